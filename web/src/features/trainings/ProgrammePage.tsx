import { Anchor, Badge, Button, Group, List, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { formatDate } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { useCreateSession, useProgramme } from './api';
import './i18n';

/** A programme: what it is, with whom, its sessions, its outcome rate; and a form to plan a session. */
export function ProgrammePage() {
  const { t } = useTranslation('trainings');
  const id = Number(useParams().id);
  const p = useProgramme(id);
  const outcomes = useQuery({
    queryKey: ['trainings', 'programme', id, 'outcomes'],
    queryFn: ({ signal }) => api<{ participants: number; positive: number; rate: number | null }>(`/api/trainings/programmes/${id}/outcomes`, { signal }),
  });
  const create = useCreateSession(id);
  const [form, setForm] = useState({ title: '', room: '', capacity: 12 as number | string, days: '', from: '09:00', to: '12:30' });
  if (p.isPending) return <Loading />;
  if (!p.data) return <ProblemAlert error={p.error} />;
  const d = p.data;
  return (
    <>
      <PageHeader title={d.name} />
      <Stack>
        {d.description && <Text>{d.description}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Text size="sm">
            <b>{t('programme.targetPublic')} :</b> {d.targetPublic ?? '—'}
          </Text>
          <Text size="sm">
            <b>{t('programme.funder')} :</b> {d.funder ?? '—'}
          </Text>
          <Text size="sm">
            <b>{t('programme.partners')} :</b> {d.partners.map((x) => x.name).join(', ') || '—'}
          </Text>
          <Text size="sm">
            <b>{t('programme.trainers')} :</b> {d.trainers.map((x) => x.name).join(', ') || '—'}
          </Text>
        </SimpleGrid>
        {outcomes.data && outcomes.data.participants > 0 && (
          <Text fw={600}>{t('programme.outcomes', { positive: outcomes.data.positive, participants: outcomes.data.participants, rate: outcomes.data.rate ?? 0 })}</Text>
        )}
        {d.questions.length > 0 && (
          <div>
            <Title order={2} size="h4">
              {t('programme.questionsList')}
            </Title>
            <List size="sm">
              {d.questions.filter((q) => q.active).map((q) => (
                <List.Item key={q.id}>{q.text}</List.Item>
              ))}
            </List>
          </div>
        )}
        <Title order={2} size="h4">
          {t('programme.sessions')}
        </Title>
        {d.sessions.length === 0 ? (
          <Text>{t('programme.noSessions')}</Text>
        ) : (
          <TableScroll minWidth={560} label={t('programme.sessions')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('session.title')}</Table.Th>
                  <Table.Th scope="col">{t('session.days')}</Table.Th>
                  <Table.Th scope="col">{t('session.status')}</Table.Th>
                  <Table.Th scope="col">{t('participants.title')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.sessions.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/trainings/sessions/${s.id}`} fw={600}>
                        {s.title || `#${s.id}`}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{s.days.map((x) => formatDate(x.date)).join(', ')}</Table.Td>
                    <Table.Td>
                      <Badge color={s.status === 'cancelled' ? 'red.9' : 'blue.8'}>
                        {t(`status.${s.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {t('session.enrolled', { enrolled: s.enrolled, capacity: s.capacity })}
                      {s.waiting > 0 && ` · ${t('session.waiting', { count: s.waiting })}`}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        <Paper
          withBorder
          p="md"
          component="form"
          aria-labelledby="new-session"
          onSubmit={(e) => {
            e.preventDefault();
            const days = form.days
              .split(/[\n,;]+/)
              .map((x) => x.trim())
              .filter(Boolean)
              .map((date) => ({ date, from: form.from, to: form.to }));
            create.mutate({ title: form.title || null, room: form.room || null, capacity: Number(form.capacity), days }, { onSuccess: () => setForm({ ...form, title: '', days: '' }) });
          }}
        >
          <Title order={2} size="h4" id="new-session" mb="sm">
            {t('session.newTitle')}
          </Title>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('session.title')} value={form.title} onChange={(e) => setForm({ ...form, title: e.currentTarget.value })} />
              <TextInput label={t('session.room')} value={form.room} onChange={(e) => setForm({ ...form, room: e.currentTarget.value })} />
              <NumberInput label={t('session.capacity')} value={form.capacity} onChange={(v) => setForm({ ...form, capacity: v })} required allowDecimal={false} />
            </SimpleGrid>
            <Textarea label={t('session.days')} value={form.days} onChange={(e) => setForm({ ...form, days: e.currentTarget.value })} required autosize minRows={3} placeholder="2026-03-07" />
            <SimpleGrid cols={{ base: 2 }}>
              <TextInput type="time" label={t('session.from')} value={form.from} onChange={(e) => setForm({ ...form, from: e.currentTarget.value })} required />
              <TextInput type="time" label={t('session.to')} value={form.to} onChange={(e) => setForm({ ...form, to: e.currentTarget.value })} required />
            </SimpleGrid>
            <ProblemAlert error={create.error} />
            <Group>
              <Button type="submit" loading={create.isPending}>
                {t('session.add')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </>
  );
}
