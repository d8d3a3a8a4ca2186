import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import i18n from '../../app/i18n';
import { call, client } from '../../app/api';
import { Alert, Anchor, Badge, Button, Group, MultiSelect, NativeSelect, Paper, Radio, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatDate } from '../../app/i18n';
import { today } from '../../app/time';
import { PersonPicker, type PersonHit } from '../people/public';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { useAssets, useLend, useLoans, useOrganisations, type Loan, type LoanInput } from './api';
import { ReturnLoan } from './ReturnLoan';
import './i18n';

/** What is lent and to whom: lend equipment to an event, a partner or a person, see what is still out, take it back. */
export function LoansPage() {
  const { t } = useTranslation('equipment');
  const canManage = useCan('equipment.manage');
  const out = useLoans({ out: 'true' });
  const history = useLoans({ out: 'false' });
  return (
    <>
      <PageHeader title={t('loans.title')} />
      <Stack gap="lg">
        {canManage && <LendForm />}
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            {t('loans.outNow')}
          </Title>
          {out.isPending ? <Loading /> : out.data?.items.length ? <LoanTable loans={out.data.items} caption={t('loans.caption')} canManage={canManage} /> : <Text size="sm">{t('loans.noneOut')}</Text>}
          <ProblemAlert error={out.error} />
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            {t('loans.history')}
          </Title>
          {history.isPending ? <Loading /> : <LoanTable loans={(history.data?.items ?? []).slice(0, 50)} caption={t('loans.captionHistory')} canManage={false} />}
        </Paper>
      </Stack>
    </>
  );
}

/** Loans as a table; those still out have their "take back" button. */
export function LoanTable({ loans, caption, canManage }: { loans: Loan[]; caption: string; canManage: boolean }) {
  const { t } = useTranslation('equipment');
  return (
    <TableScroll minWidth={680} label={caption}>
      <Table striped>
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('loans.asset')}</Table.Th>
            <Table.Th scope="col">{t('loans.borrower')}</Table.Th>
            <Table.Th scope="col">{t('loans.out')}</Table.Th>
            <Table.Th scope="col">{t('loans.due')}</Table.Th>
            <Table.Th scope="col">{t('loans.back')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loans.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>
                <Anchor component={Link} to={`/equipment/assets/${l.asset.id}`}>
                  {l.asset.name}
                </Anchor>{' '}
                <Text span size="xs">
                  ({l.asset.tag})
                </Text>
              </Table.Td>
              <Table.Td>
                {l.borrower}{' '}
                <Text span size="xs">
                  ({t(`borrowerKind.${l.borrowerKind}`)})
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(l.outAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {l.dueBack ? formatDate(l.dueBack) : ''}
                {l.late && (
                  <Badge color="red.9" variant="filled" ml={6} size="sm">
                    {t('loans.late')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {l.returnedAt ? `${formatDate(l.returnedAt)} · ${t(`returnState.${l.returnState ?? 'good'}`)}` : canManage ? <ReturnLoan loan={l} /> : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function LendForm() {
  const { t } = useTranslation('equipment');
  const [params] = useSearchParams();
  const available = useAssets({});
  const orgs = useOrganisations();
  const lend = useLend();
  const [assetIds, setAssetIds] = useState<string[]>(() => (params.get('asset') ? [params.get('asset')!] : []));
  const [kind, setKind] = useState<LoanInput['borrowerKind']>('event');
  const [eventTitle, setEventTitle] = useState('');
  const [eventId, setEventId] = useState('');
  // The events of the agenda (those who may read them); an outside event is named by hand.
  const canReadEvents = useCan('events.read');
  const events = useQuery({
    queryKey: ['equipment', 'agenda-events'],
    queryFn: ({ signal }) => call(client.GET('/api/events', { params: { query: { limit: 100 } }, signal })),
    enabled: canReadEvents,
    retry: false,
  });
  const [organisationId, setOrganisationId] = useState('');
  const [person, setPerson] = useState<PersonHit | null>(null);
  const [dueBack, setDueBack] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<number | null>(null);
  const options = useMemo(
    () => (available.data?.items ?? []).filter((a) => a.status === 'in_use' || a.status === 'in_stock').map((a) => ({ value: String(a.id), label: `${a.name} (${a.tag})` })),
    [available.data],
  );
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setDone(null);
    lend.mutate(
      {
        assetIds: assetIds.map(Number),
        borrowerKind: kind,
        ...(kind === 'event' ? (eventId ? { eventId: Number(eventId) } : { eventTitle: eventTitle.trim() }) : {}),
        ...(kind === 'organisation' && organisationId ? { organisationId: Number(organisationId) } : {}),
        ...(kind === 'person' && person ? { personId: person.id } : {}),
        ...(dueBack ? { dueBack } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      {
        onSuccess: (r) => {
          setDone(r.items.length);
          setAssetIds([]);
          setNote('');
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="lend-title">
      <Title order={2} size="h4" mb="xs" id="lend-title">
        {t('loans.lendTitle')}
      </Title>
      <Stack gap="sm">
        <MultiSelect label={t('loans.what')} description={t('loans.whatHint')} data={options} value={assetIds} onChange={setAssetIds} searchable required clearable hidePickedOptions />
        <Radio.Group label={t('loans.to')} value={kind} onChange={(v) => setKind(v as typeof kind)}>
          <Group mt={4}>
            {(['event', 'organisation', 'person'] as const).map((k) => (
              <Radio key={k} value={k} label={t(`borrowerKind.${k}`)} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {kind === 'event' && events.data && events.data.items.length > 0 && (
            <NativeSelect
              label={t('loans.agendaEvent')}
              value={eventId}
              onChange={(e) => setEventId(e.currentTarget.value)}
              data={[
                { value: '', label: t('loans.otherEvent') },
                ...events.data.items.map((ev) => ({ value: String(ev.id), label: `${ev.title[i18n.language as 'fr' | 'nl'] ?? ev.title.fr} (${formatDate(ev.startsAt)})` })),
              ]}
            />
          )}
          {kind === 'event' && !eventId && <TextInput label={t('loans.event')} description={t('loans.eventHint')} required maxLength={200} value={eventTitle} onChange={(e) => setEventTitle(e.currentTarget.value)} />}
          {kind === 'organisation' && (
            <NativeSelect
              label={t('loans.organisation')}
              required
              value={organisationId}
              onChange={(e) => setOrganisationId(e.currentTarget.value)}
              data={[{ value: '', label: '—' }, ...(orgs.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name }))]}
            />
          )}
          {kind === 'person' && <PersonPicker label={t('loans.person')} value={person} onChange={setPerson} />}
          <TextInput type="date" label={t('loans.dueBack')} min={today()} value={dueBack} onChange={(e) => setDueBack(e.currentTarget.value)} />
        </SimpleGrid>
        <TextInput label={t('loans.note')} maxLength={1000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <ProblemAlert error={lend.error} />
        {done !== null && (
          <Alert role="status" color="green">
            {t('loans.lent', { count: done })}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={lend.isPending} disabled={!assetIds.length}>
            {t('loans.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
