import { Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatDate, formatDateTime } from '../../app/i18n';
import { today } from '../../app/time';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { useOrganisations } from '../organisations/public';
import { PersonPicker, type PersonHit } from '../people/public';
import { SOLUTION_KINDS, inLanguage, useAddAppointment, useAddCase, useAddSolution, useCircle, useCircleHeld, type Case } from './api';
import './i18n';

/** Staff: one circle, its cases, the solutions proposed to each and the appointment at a partner each leaves with. */
export function CirclePage() {
  const { t, i18n } = useTranslation('matching');
  const id = Number(useParams().id);
  const circle = useCircle(id);
  const held = useCircleHeld();
  const canWrite = useCan('matching.write');
  if (circle.isPending) return <Loading />;
  if (!circle.data) return <ProblemAlert error={circle.error} />;
  const c = circle.data;
  return (
    <Stack>
      <PageHeader
        title={inLanguage(c.title, i18n.language)}
        actions={
          canWrite &&
          !c.heldAt && (
            <Button onClick={() => held.mutate(c.id)} loading={held.isPending}>
              {t('circle.markHeld')}
            </Button>
          )
        }
      />
      <Text>
        {t(`circleKind.${c.kind}`)} · {formatDateTime(c.startsAt)} · {c.place}
      </Text>
      <Text size="sm">{t('circle.partners', { names: c.partners.map((p) => p.name).join(', ') || '—' })}</Text>
      {c.heldAt && <Text role="status">{t('circle.heldAt', { at: formatDateTime(c.heldAt) })}</Text>}
      <ProblemAlert error={held.error} />
      <Title order={2} size="h3">
        {t('circle.cases', { count: c.cases.length })}
      </Title>
      {c.cases.map((k) => (
        <CaseCard key={k.id} k={k} canWrite={canWrite} />
      ))}
      {canWrite && <NewCase circleId={c.id} />}
    </Stack>
  );
}

function CaseCard({ k, canWrite }: { k: Case; canWrite: boolean }) {
  const { t } = useTranslation('matching');
  const name = `${k.person.firstName} ${k.person.lastName}`;
  return (
    <Paper withBorder p="md" component="section" aria-label={name}>
      <Title order={3} size="h4">
        {name}
      </Title>
      <Text mb="xs">{k.need}</Text>
      {k.solutions.length > 0 && (
        <Stack gap={2} mb="xs">
          {k.solutions.map((s) => (
            <Text size="sm" key={s.id}>
              <Badge variant="light" color="dark" size="sm" mr={6}>
                {t(`solution.${s.kind}`)}
              </Badge>
              {s.description}
            </Text>
          ))}
        </Stack>
      )}
      {k.appointments.map((a) => (
        <Text size="sm" key={a.id}>
          {t('circle.appointment', { org: a.organisation.name, at: formatDateTime(a.startsAt), place: a.place, contact: a.contactName })}
          {' · '}
          {a.outcome ? t(`partner.outcome.${a.outcome}`) : a.confirmedAt ? t('circle.confirmed') : t('circle.unconfirmed')}
        </Text>
      ))}
      {k.followUpDue && !k.followUp && <Text size="xs">{t('matches.followUpDue', { date: formatDate(k.followUpDue) })}</Text>}
      {canWrite && (
        <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm">
          <SolutionForm caseId={k.id} name={name} />
          <AppointmentForm caseId={k.id} name={name} />
        </SimpleGrid>
      )}
    </Paper>
  );
}

function SolutionForm({ caseId, name }: { caseId: number; name: string }) {
  const { t } = useTranslation('matching');
  const add = useAddSolution();
  const [kind, setKind] = useState<(typeof SOLUTION_KINDS)[number]>('training');
  const [description, setDescription] = useState('');
  const submit = (e: FormEvent) => (e.preventDefault(), add.mutate({ id: caseId, body: { kind, description: description.trim() } }, { onSuccess: () => setDescription('') }));
  return (
    <form onSubmit={submit} aria-label={t('circle.solutionFor', { name })}>
      <Stack gap="xs">
        <ProblemAlert error={add.error} />
        <NativeSelect label={t('circle.solutionKind')} value={kind} onChange={(e) => setKind(e.currentTarget.value as typeof kind)} data={SOLUTION_KINDS.map((s) => ({ value: s, label: t(`solution.${s}`) }))} />
        <TextInput label={t('circle.solution')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} required maxLength={1000} />
        <Button type="submit" size="xs" variant="default" loading={add.isPending}>
          {t('circle.addSolution')}
        </Button>
      </Stack>
    </form>
  );
}

function AppointmentForm({ caseId, name }: { caseId: number; name: string }) {
  const { t } = useTranslation('matching');
  const add = useAddAppointment();
  const orgs = useOrganisations('', false);
  const [f, setF] = useState({ organisationId: '', date: today(), time: '10:00', place: '', contactName: '' });
  const [link, setLink] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ id: caseId, body: { ...f, organisationId: Number(f.organisationId) } }, { onSuccess: (a) => setLink(`${window.location.origin}${a.link.path}`) });
  };
  return (
    <form onSubmit={submit} aria-label={t('circle.appointmentFor', { name })}>
      <Stack gap="xs">
        <ProblemAlert error={add.error} />
        <NativeSelect
          label={t('circle.partner')}
          value={f.organisationId}
          onChange={(e) => setF({ ...f, organisationId: e.currentTarget.value })}
          data={[{ value: '', label: '—' }, ...(orgs.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name }))]}
          required
        />
        <Group grow>
          <TextInput type="date" label={t('matches.date')} value={f.date} onChange={(e) => setF({ ...f, date: e.currentTarget.value })} required />
          <TextInput type="time" label={t('matches.time')} value={f.time} onChange={(e) => setF({ ...f, time: e.currentTarget.value })} required />
        </Group>
        <TextInput label={t('matches.place')} value={f.place} onChange={(e) => setF({ ...f, place: e.currentTarget.value })} required maxLength={200} />
        <TextInput label={t('circle.contact')} value={f.contactName} onChange={(e) => setF({ ...f, contactName: e.currentTarget.value })} required maxLength={120} />
        <Button type="submit" size="xs" loading={add.isPending}>
          {t('circle.addAppointment')}
        </Button>
        {link && <TextInput label={t('circle.partnerLink')} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />}
      </Stack>
    </form>
  );
}

function NewCase({ circleId }: { circleId: number }) {
  const { t } = useTranslation('matching');
  const add = useAddCase();
  const [person, setPerson] = useState<PersonHit | null>(null);
  const [need, setNeed] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (person) add.mutate({ personId: person.id, need: need.trim(), circleId }, { onSuccess: () => (setPerson(null), setNeed('')) });
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('circle.newCase')}
      </Title>
      <ProblemAlert error={add.error} />
      <form onSubmit={submit}>
        <Stack>
          <PersonPicker label={t('hub.person')} value={person} onChange={setPerson} allowCreate={false} />
          <Textarea label={t('circle.need')} value={need} onChange={(e) => setNeed(e.currentTarget.value)} required maxLength={2000} autosize minRows={2} />
          <Button type="submit" disabled={!person} loading={add.isPending} maw={240}>
            {t('circle.addCase')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
