import { Anchor, Badge, Button, Group, Image, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fileUrl } from '../../app/api';
import { useCan, useMe } from '../../app/auth';
import { formatDateTime } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { Pager } from '../../ui/Pager';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { PersonPicker, type PersonHit } from '../people/public';
import { startHelped, useSessions, type DiagnosticStarted, type Lang } from './api';
import { Taker } from './Taker';
import { ResultSheet } from './ResultSheet';
import { BRUSSELS_COMMUNES } from './communes';
import './i18n';

/** Staff's diagnostics: start one with a person (a helper records it), the public link's QR code, the list. */
export function DiagnosticsPage() {
  const { t, i18n } = useTranslation('diagnostic');
  const me = useMe().data;
  const partner = !!me?.roles.includes('partner');
  const mayTake = useCan('diagnostic.take');
  const [page, setPage] = useState(1);
  const sessions = useSessions({ page, status: 'all' });
  // A page may send a person to diagnose (the mentoring pair's "second diagnostic").
  const sent = (useLocation().state as { person?: PersonHit } | null)?.person ?? null;
  const [person, setPerson] = useState<PersonHit | null>(sent);
  const [reference, setReference] = useState('');
  const [commune, setCommune] = useState('');
  const [lang, setLang] = useState<Lang>((i18n.language as Lang) ?? 'fr');
  const [running, setRunning] = useState<{ started: DiagnosticStarted; name: string; finished: boolean } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const [showQr, setShowQr] = useState(false);
  const [missing, setMissing] = useState(false);

  if (running) {
    return (
      <>
        <PageHeader title={t('take.helpedFor', { name: running.name })} />
        <div lang={lang}>
          {running.finished ? (
            <ResultSheet token={running.started.token} lang={lang} staff onFinish={() => (setRunning(null), void sessions.refetch())} />
          ) : (
            <Taker token={running.started.token} initial={running.started.state} lang={lang} readAloud={false} onFinished={() => setRunning({ ...running, finished: true })} />
          )}
        </div>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t('list.title')}
        actions={
          mayTake && (
            <Button variant="default" onClick={() => setShowQr(!showQr)} aria-expanded={showQr}>
              {t('list.qr')}
            </Button>
          )
        }
      />
        {showQr && (
          <Paper withBorder p="md" mb="md">
            <Group wrap="wrap" align="center">
              <Image src={fileUrl('/api/diagnostic/link/qr.svg')} alt={t('list.qrAlt')} w={160} h={160} />
              <Text>{t('list.publicLink', { url: `${window.location.origin}/p/diagnostic` })}</Text>
            </Group>
          </Paper>
        )}
      {mayTake && (
        <Paper withBorder p="md" mb="md">
          <Title order={2} size="h4" mb="sm">
            {t('list.start')}
          </Title>
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              if (!person && !reference.trim()) return setMissing(true);
              setMissing(false);
              setStarting(true);
              setError(null);
              try {
                const started = await startHelped({ ...(person ? { personId: person.id } : { reference: reference.trim() }), locale: lang, commune: commune || person?.commune || null });
                setRunning({ started, name: person ? `${person.firstName} ${person.lastName}` : reference.trim(), finished: false });
              } catch (err) {
                setError(err);
              } finally {
                setStarting(false);
              }
            }}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {partner ? (
                <TextInput label={t('list.reference')} value={reference} onChange={(e) => setReference(e.currentTarget.value)} maxLength={120} />
              ) : (
                <PersonPicker label={t('list.person')} value={person} onChange={(p) => (setPerson(p), p?.commune && setCommune(p.commune))} allowCreate={false} />
              )}
              <NativeSelect label={t('list.commune')} value={commune} onChange={(e) => setCommune(e.currentTarget.value)} data={[{ value: '', label: '—' }, ...BRUSSELS_COMMUNES.map((c) => ({ value: c.fr, label: i18n.language === 'nl' ? c.nl : c.fr }))]} />
              <NativeSelect
                label={t('list.language')}
                value={lang}
                onChange={(e) => setLang(e.currentTarget.value as Lang)}
                data={[
                  { value: 'fr', label: 'Français' },
                  { value: 'nl', label: 'Nederlands' },
                  { value: 'en', label: 'English' },
                ]}
              />
            </SimpleGrid>
            {missing && (
              <Text role="alert" c="red.9" mt="xs">
                {t('list.choosePerson')}
              </Text>
            )}
            <ProblemAlert error={error} />
            <Button type="submit" mt="md" loading={starting}>
              {t('list.begin')}
            </Button>
          </form>
        </Paper>
      )}
      <ProblemAlert error={sessions.error} />
      {sessions.isPending ? (
        <Loading />
      ) : sessions.data && sessions.data.items.length === 0 ? (
        <Text>{t('list.none')}</Text>
      ) : (
        sessions.data && (
          <Stack gap="xs">
            <TableScroll minWidth={640} label={t('list.caption')}>
              <Table striped>
                <caption className="sr-only" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                  {t('list.caption')}
                </caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('list.started')}</Table.Th>
                    <Table.Th>{t('list.who')}</Table.Th>
                    <Table.Th>{t('list.mode')}</Table.Th>
                    <Table.Th>{t('list.overall')}</Table.Th>
                    <Table.Th>{t('list.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sessions.data.items.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/diagnostic/sessions/${s.id}`}>
                          {formatDateTime(s.startedAt)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{s.person ? `${s.person.firstName} ${s.person.lastName}` : (s.reference ?? t('list.anonymous'))}{s.organisation ? ` · ${s.organisation.name}` : ''}</Table.Td>
                      <Table.Td>{s.mode === 'alone' ? t('list.alone') : t('list.helped', { name: s.helper ?? '?' })}</Table.Td>
                      <Table.Td>{s.overallLevel !== null ? t(`level.${s.overallLevel}`) : '—'}</Table.Td>
                      <Table.Td>
                        <Badge variant="filled" color={s.finishedAt ? 'teal.9' : 'gray.7'} style={{ textTransform: 'none' }}>
                          {s.finishedAt ? t('list.done') : t('list.open')}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <Pager page={sessions.data.page} pageSize={sessions.data.pageSize} total={sessions.data.total} onChange={setPage} />
          </Stack>
        )
      )}
    </>
  );
}
