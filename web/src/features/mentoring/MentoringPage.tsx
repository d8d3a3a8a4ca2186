import { Anchor, Badge, Button, Checkbox, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { download, fileUrl } from '../../app/api';
import { useCan } from '../../app/auth';
import { currentYear } from '../../app/time';
import { formatNumber } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { PersonPicker, type PersonHit } from '../people/public';
import { useCreateMentor, useCreatePair, useMentoringStats, useMentors, usePairs } from './api';
import './i18n';

function NewMentor() {
  const { t } = useTranslation('mentoring');
  const create = useCreateMentor();
  const [person, setPerson] = useState<PersonHit | null>(null);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [trainedOn, setTrainedOn] = useState('');
  const [training, setTraining] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(
          { ...(person ? { personId: person.id } : { name: name.trim() || null }), phone: phone.trim() || null, trainedOn: trainedOn || null, training: training.trim() || null },
          { onSuccess: () => (setPerson(null), setName(''), setPhone(''), setTrainedOn(''), setTraining('')) },
        );
      }}
    >
      <Stack gap="sm">
        <PersonPicker label={t('page.fromRegistry')} value={person} onChange={setPerson} allowCreate={false} />
        {!person && <TextInput label={t('page.volunteer')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={120} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('page.phone')} value={phone} onChange={(e) => setPhone(e.currentTarget.value)} maxLength={40} />
          <TextInput type="date" label={t('page.trainedOn')} value={trainedOn} onChange={(e) => setTrainedOn(e.currentTarget.value)} />
          <TextInput label={t('page.training')} value={training} onChange={(e) => setTraining(e.currentTarget.value)} maxLength={200} />
        </SimpleGrid>
        <ProblemAlert error={create.error} />
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('page.add')}
        </Button>
      </Stack>
    </form>
  );
}

function NewPair({ mentors }: { mentors: { id: number; name: string }[] }) {
  const { t } = useTranslation('mentoring');
  const create = useCreatePair();
  const [mentorId, setMentorId] = useState('');
  const [mentee, setMentee] = useState<PersonHit | null>(null);
  const [now, setNow] = useState(true);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!mentorId || !mentee) return;
        create.mutate({ mentorId: Number(mentorId), menteeId: mentee.id, status: now ? 'active' : 'proposed' }, { onSuccess: () => (setMentee(null), setMentorId('')) });
      }}
    >
      <Stack gap="sm">
        <NativeSelect label={t('page.mentor')} value={mentorId} onChange={(e) => setMentorId(e.currentTarget.value)} data={[{ value: '', label: t('page.chooseMentor') }, ...mentors.map((m) => ({ value: String(m.id), label: m.name }))]} />
        <PersonPicker label={t('page.mentee')} value={mentee} onChange={setMentee} allowCreate={false} />
        <Checkbox label={t('page.startNow')} checked={now} onChange={(e) => setNow(e.currentTarget.checked)} />
        <ProblemAlert error={create.error} />
        <Button type="submit" loading={create.isPending} disabled={!mentorId || !mentee} style={{ alignSelf: 'flex-start' }}>
          {t('page.create')}
        </Button>
      </Stack>
    </form>
  );
}

/** The mentoring: this year's figures, the open pairs with the mentee's progress, the mentors; new mentors and pairs. */
export function MentoringPage() {
  const { t } = useTranslation('mentoring');
  const { t: td } = useTranslation('diagnostic');
  const mayWrite = useCan('mentoring.write');
  const year = currentYear();
  const mentors = useMentors();
  const pairs = usePairs();
  const stats = useMentoringStats(year);
  return (
    <>
      <PageHeader
        title={t('page.title')}
        actions={
          <Button variant="default" onClick={() => download(fileUrl('/api/mentoring/stats/export', { year, format: 'xlsx' }))}>
            {t('page.export')}
          </Button>
        }
      />
      {stats.data && (
        <SimpleGrid cols={{ base: 2, sm: 6 }} mb="md" aria-label={t('page.figures')}>
          {(['mentorsTrained', 'pairsActive', 'sessions', 'hours', 'mentees', 'menteesImproved'] as const).map((k) => (
            <Paper withBorder p="sm" key={k}>
              <Text size="sm">{t(`fig.${k}`)}</Text>
              <Text fz={24} fw={700}>
                {formatNumber(stats.data[k], { maximumFractionDigits: 1 })}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <Title order={2} size="h3" mb="sm">
        {t('page.pairs')}
      </Title>
      <ProblemAlert error={pairs.error} />
      {pairs.isPending ? (
        <Loading />
      ) : pairs.data?.items.length === 0 ? (
        <Text mb="md">{t('page.none')}</Text>
      ) : (
        <TableScroll minWidth={640} label={t('page.pairs')}>
          <Table striped mb="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('page.mentee')}</Table.Th>
                <Table.Th>{t('page.mentor')}</Table.Th>
                <Table.Th>{t('page.status')}</Table.Th>
                <Table.Th ta="right">{t('page.sessions')}</Table.Th>
                <Table.Th>{t('page.progress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pairs.data?.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/mentoring/pairs/${p.id}`} aria-label={t('page.view', { name: `${p.mentee.firstName} ${p.mentee.lastName}` })}>
                      {p.mentee.firstName} {p.mentee.lastName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.mentor.name}</Table.Td>
                  <Table.Td>
                    <Badge variant="filled" style={{ textTransform: 'none' }} color={p.status === 'active' ? 'teal.9' : 'gray.7'}>
                      {t(`status.${p.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{p.sessions}</Table.Td>
                  <Table.Td>
                    {p.firstDiagnostic
                      ? `${td(`level.${p.firstDiagnostic.overallLevel}`)}${p.latestDiagnostic ? ` → ${td(`level.${p.latestDiagnostic.overallLevel}`)}` : ''}`
                      : t('page.noDiagnostic')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {mayWrite && (
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('page.newPair')}
            </Title>
            <NewPair mentors={mentors.data?.items ?? []} />
          </Paper>
        )}
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('page.mentors')}
          </Title>
          {mentors.data?.items.length === 0 && <Text>{t('page.noMentor')}</Text>}
          <Stack gap={4} mb="md">
            {mentors.data?.items.map((m) => (
              <Text key={m.id}>
                <b>{m.name}</b>
                {m.training ? ` · ${m.training}` : ''} · {t('page.openPairs', { count: m.openPairs })}
              </Text>
            ))}
          </Stack>
          {mayWrite && (
            <>
              <Title order={3} size="h5" mb="xs">
                {t('page.newMentor')}
              </Title>
              <NewMentor />
            </>
          )}
        </Paper>
      </SimpleGrid>
    </>
  );
}
