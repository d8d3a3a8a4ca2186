import { ActionIcon, Anchor, Badge, Button, Checkbox, Group, List, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { useUnsavedGuard } from '../../app/unsaved';
import { useCreateSession, useOutcomes, useProgramme, useUpdateProgramme } from './api';
import './i18n';

/** A programme: what it is, with whom, its sessions, its outcome rate; and a form to plan a session. */
export function ProgrammePage() {
  const { t } = useTranslation('trainings');
  const id = Number(useParams().id);
  const p = useProgramme(id);
  const outcomes = useOutcomes(id);
  if (p.isPending) return <Loading />;
  if (!p.data) return <ProblemAlert error={p.error} />;
  const d = p.data;
  return (
    <>
      <PageHeader title={d.name} />
      <Stack>
        {d.description && <Text>{d.description}</Text>}
        {(!d.nameNl || (d.description && !d.descriptionNl) || (d.targetPublic && !d.targetPublicNl)) && (
          <Text size="sm" fw={500}>
            {t('programme.notTranslated')}
          </Text>
        )}
        <ProgrammeTextsForm programme={d} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Text size="sm">
            <b>{t('common:labelled', { label: t('programme.targetPublic') })}</b> {d.targetPublic ?? '—'}
          </Text>
          <Text size="sm">
            <b>{t('common:labelled', { label: t('programme.funder') })}</b> {d.funder ?? '—'}
          </Text>
          <Text size="sm">
            <b>{t('common:labelled', { label: t('programme.partners') })}</b> {d.partners.map((x) => x.name).join(', ') || '—'}
          </Text>
          <Text size="sm">
            <b>{t('common:labelled', { label: t('programme.trainers') })}</b> {d.trainers.map((x) => x.name).join(', ') || '—'}
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
                      {s.isPublic && (
                        <Badge color="teal.9" ml={4}>
                          {t('session.publicBadge')}
                        </Badge>
                      )}
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
        <NewSessionForm programmeId={id} />
      </Stack>
    </>
  );
}

interface DayRow {
  key: number;
  date: string;
  from: string;
  to: string;
}

type ProgrammeTexts = { id: number; name: string; nameNl: string | null; description: string | null; descriptionNl: string | null; targetPublic: string | null; targetPublicNl: string | null };
const textsOf = (p: ProgrammeTexts) => ({ name: p.name, nameNl: p.nameNl ?? '', description: p.description ?? '', descriptionNl: p.descriptionNl ?? '', targetPublic: p.targetPublic ?? '', targetPublicNl: p.targetPublicNl ?? '' });

/** The programme's texts in French and Dutch side by side, behind a button (the Dutch ones are what the Dutch website shows). */
function ProgrammeTextsForm({ programme }: { programme: ProgrammeTexts }) {
  const { t } = useTranslation('trainings');
  const update = useUpdateProgramme(programme.id);
  const [open, setOpen] = useState(false);
  const saved = textsOf(programme);
  const [form, setForm] = useState(saved);
  const dirty = open && (Object.keys(saved) as (keyof typeof saved)[]).some((k) => form[k] !== saved[k]);
  useUnsavedGuard(dirty);
  const set = (k: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value });
  if (!open)
    return (
      <Group>
        <Button variant="default" onClick={() => (setForm(saved), setOpen(true))}>
          {t('programme.editTexts')}
        </Button>
        {update.isSuccess && (
          <Text size="sm" role="status">
            {t('programme.saved')}
          </Text>
        )}
      </Group>
    );
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-labelledby="programme-texts"
      onSubmit={(e) => {
        e.preventDefault();
        const orNull = (v: string) => v.trim() || null;
        update.mutate(
          { name: form.name, nameNl: orNull(form.nameNl), description: orNull(form.description), descriptionNl: orNull(form.descriptionNl), targetPublic: orNull(form.targetPublic), targetPublicNl: orNull(form.targetPublicNl) },
          { onSuccess: () => setOpen(false) },
        );
      }}
    >
      <Title order={2} size="h4" id="programme-texts" mb="sm">
        {t('programme.textsLegend')}
      </Title>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('programme.name')} required value={form.name} onChange={set('name')} maxLength={200} />
          <TextInput label={t('programme.nameNl')} lang="nl" value={form.nameNl} onChange={set('nameNl')} maxLength={200} />
          <Textarea label={t('programme.description')} value={form.description} onChange={set('description')} autosize minRows={2} maxLength={5000} />
          <Textarea label={t('programme.descriptionNl')} lang="nl" value={form.descriptionNl} onChange={set('descriptionNl')} autosize minRows={2} maxLength={5000} />
          <TextInput label={t('programme.targetPublic')} value={form.targetPublic} onChange={set('targetPublic')} maxLength={500} />
          <TextInput label={t('programme.targetPublicNl')} lang="nl" value={form.targetPublicNl} onChange={set('targetPublicNl')} maxLength={500} />
        </SimpleGrid>
        <ProblemAlert error={update.error} />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('programme.save')}
          </Button>
          <Button variant="subtle" onClick={() => setOpen(false)}>
            {t('common:actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * Plans a session: title, room, capacity and its days, one row per day with a native date picker
 * (phones show their own calendar) and the hours; a new day starts a week after the last one, same hours.
 */
function NewSessionForm({ programmeId }: { programmeId: number }) {
  const { t } = useTranslation('trainings');
  const create = useCreateSession(programmeId);
  const [form, setForm] = useState({ title: '', titleNl: '', room: '', capacity: 12 as number | string, isPublic: false });
  const [days, setDays] = useState<DayRow[]>([{ key: 1, date: '', from: '09:00', to: '12:30' }]);
  const [created, setCreated] = useState('');
  const setDay = (key: number, patch: Partial<DayRow>) => setDays(days.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const addDay = () => {
    const last = days.at(-1);
    const next = last?.date ? dayjs(last.date).add(7, 'day').format('YYYY-MM-DD') : '';
    setDays([...days, { key: Math.max(0, ...days.map((d) => d.key)) + 1, date: next, from: last?.from ?? '09:00', to: last?.to ?? '12:30' }]);
  };
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-labelledby="new-session"
      onSubmit={(e) => {
        e.preventDefault();
        setCreated('');
        create.mutate(
          { title: form.title || null, titleNl: form.titleNl || null, room: form.room || null, capacity: Number(form.capacity), isPublic: form.isPublic, days: days.filter((d) => d.date).map(({ date, from, to }) => ({ date, from, to })) },
          {
            onSuccess: (s) => {
              setCreated(t('session.created', { title: s.title || `#${s.id}` }));
              setForm((now) => ({ ...now, title: '', titleNl: '' }));
              setDays([{ key: 1, date: '', from: days[0]?.from ?? '09:00', to: days[0]?.to ?? '12:30' }]);
            },
          },
        );
      }}
    >
      <Title order={2} size="h4" id="new-session" mb="sm">
        {t('session.newTitle')}
      </Title>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('session.title')} value={form.title} onChange={(e) => setForm({ ...form, title: e.currentTarget.value })} maxLength={200} />
          <TextInput label={t('session.titleNl')} lang="nl" value={form.titleNl} onChange={(e) => setForm({ ...form, titleNl: e.currentTarget.value })} maxLength={200} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('session.room')} value={form.room} onChange={(e) => setForm({ ...form, room: e.currentTarget.value })} maxLength={200} />
          <NumberInput label={t('session.capacity')} value={form.capacity} onChange={(v) => setForm({ ...form, capacity: v })} required min={0} allowDecimal={false} allowNegative={false} />
        </SimpleGrid>
        <Checkbox label={t('session.public')} description={t('session.publicHint')} checked={form.isPublic} onChange={(e) => setForm({ ...form, isPublic: e.currentTarget.checked })} />
        <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Text component="legend" fw={500} size="sm" mb={4}>
            {t('session.daysLegend')}
          </Text>
          {days.map((d, i) => (
            <Group key={d.key} gap="xs" align="end" wrap="wrap">
              <TextInput type="date" label={t('session.dayN', { n: i + 1 })} value={d.date} onChange={(e) => setDay(d.key, { date: e.currentTarget.value })} required w={170} />
              <Group gap="xs" align="end" wrap="nowrap">
                <TextInput type="time" label={t('session.fromN', { n: i + 1 })} value={d.from} onChange={(e) => setDay(d.key, { from: e.currentTarget.value })} required w={116} />
                <TextInput type="time" label={t('session.toN', { n: i + 1 })} value={d.to} onChange={(e) => setDay(d.key, { to: e.currentTarget.value })} required w={116} />
                {days.length > 1 && (
                  <ActionIcon variant="default" size={36} aria-label={t('session.removeDay', { n: i + 1 })} onClick={() => setDays(days.filter((x) => x.key !== d.key))}>
                    ×
                  </ActionIcon>
                )}
              </Group>
            </Group>
          ))}
          <Group>
            <Button variant="default" size="xs" onClick={addDay}>
              {t('session.addDay')}
            </Button>
          </Group>
        </Stack>
        <ProblemAlert error={create.error} />
        {created && (
          <Text role="status" c="teal.9" size="sm">
            {created}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('session.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
