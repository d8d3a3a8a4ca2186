import { Badge, Button, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatDate } from '../../app/i18n';
import { today } from '../../app/time';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { LevelsTable } from '../diagnostic/public';
import { useLogSession, usePair, useUpdatePair } from './api';
import './i18n';

const AREAS = ['information', 'communication', 'content', 'safety', 'problem_solving'] as const;

/** One pair: start or end it, log sessions, and the mentee's first and latest diagnostic side by side. */
export function PairPage() {
  const { t } = useTranslation('mentoring');
  const { t: td } = useTranslation('diagnostic');
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const mayWrite = useCan('mentoring.write');
  const pair = usePair(id);
  const update = useUpdatePair(id);
  const log = useLogSession(id);
  const [on, setOn] = useState(today());
  const [minutes, setMinutes] = useState<number | string>(60);
  const [areas, setAreas] = useState<string[]>([]);
  const [topics, setTopics] = useState('');
  if (pair.isPending) return <Loading />;
  const p = pair.data;
  if (!p) return <ProblemAlert error={pair.error} />;
  const menteeName = `${p.mentee.firstName} ${p.mentee.lastName}`;
  return (
    <>
      <PageHeader title={t('pair.title', { mentor: p.mentor.name, mentee: menteeName })} />
      <Stack>
        <Group gap="sm" wrap="wrap">
          <Badge size="lg" variant="filled" style={{ textTransform: 'none' }} color={p.status === 'active' ? 'teal.9' : 'gray.7'}>
            {t(`status.${p.status}`)}
          </Badge>
          {p.startsOn && <Text>{formatDate(p.startsOn)}{p.endsOn ? ` → ${formatDate(p.endsOn)}` : ''}</Text>}
          {mayWrite && p.status === 'proposed' && (
            <Button loading={update.isPending} onClick={() => update.mutate({ status: 'active' })}>
              {t('pair.start')}
            </Button>
          )}
          {mayWrite && p.status === 'active' && (
            <Button variant="default" loading={update.isPending} onClick={() => update.mutate({ status: 'ended' })}>
              {t('pair.end')}
            </Button>
          )}
        </Group>
        <ProblemAlert error={update.error} />
        <Paper withBorder p="md">
          <Group justify="space-between" mb="sm" wrap="wrap">
            <Title order={2} size="h4">
              {t('pair.progress', { name: menteeName })}
            </Title>
            <Button
              variant="light"
              onClick={() => navigate('/diagnostic', { state: { person: { id: p.mentee.id, firstName: p.mentee.firstName, lastName: p.mentee.lastName, birthDate: null, commune: null, erased: false, merged: false } } })}
            >
              {t('pair.newDiagnostic')}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {p.firstDiagnostic ? <LevelsTable levels={p.firstDiagnostic.levels} caption={`${t('pair.first')} · ${formatDate(p.firstDiagnostic.finishedAt)}`} /> : <Text>{t('page.noDiagnostic')}</Text>}
            {p.latestDiagnostic ? <LevelsTable levels={p.latestDiagnostic.levels} caption={`${t('pair.latest')} · ${formatDate(p.latestDiagnostic.finishedAt)}`} /> : <Text>{t('pair.noSecond')}</Text>}
          </SimpleGrid>
        </Paper>
        {mayWrite && p.status === 'active' && (
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('pair.log')}
            </Title>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                log.mutate({ on, minutes: Number(minutes), areas: areas as (typeof AREAS)[number][], topics: topics.trim() || null }, { onSuccess: () => (setTopics(''), setAreas([])) });
              }}
            >
              <Stack gap="sm">
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput type="date" label={t('pair.on')} value={on} onChange={(e) => setOn(e.currentTarget.value)} required />
                  <NumberInput label={t('pair.minutes')} value={minutes} onChange={setMinutes} min={5} max={480} step={15} required />
                </SimpleGrid>
                <Checkbox.Group label={t('pair.areas')} value={areas} onChange={setAreas}>
                  <Group mt="xs" gap="md" wrap="wrap">
                    {AREAS.map((a) => (
                      <Checkbox key={a} value={a} label={td(`area.${a}`)} />
                    ))}
                  </Group>
                </Checkbox.Group>
                <Textarea label={t('pair.topics')} value={topics} onChange={(e) => setTopics(e.currentTarget.value)} maxLength={1000} autosize minRows={2} />
                <ProblemAlert error={log.error} />
                {log.isSuccess && (
                  <Text role="status" c="teal.9">
                    {t('pair.saved')}
                  </Text>
                )}
                <Button type="submit" loading={log.isPending} style={{ alignSelf: 'flex-start' }}>
                  {t('pair.save')}
                </Button>
              </Stack>
            </form>
          </Paper>
        )}
        <Title order={2} size="h4">
          {t('pair.sessions')}
        </Title>
        {p.sessionList.length === 0 ? (
          <Text>{t('pair.none')}</Text>
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pair.on')}</Table.Th>
                <Table.Th>{t('pair.minutes')}</Table.Th>
                <Table.Th>{t('pair.topics')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.sessionList.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{formatDate(s.on)}</Table.Td>
                  <Table.Td>{s.minutes}</Table.Td>
                  <Table.Td>
                    {s.areas.map((a) => td(`area.${a}`)).join(', ')}
                    {s.topics ? <Text size="sm">{s.topics}</Text> : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </>
  );
}
