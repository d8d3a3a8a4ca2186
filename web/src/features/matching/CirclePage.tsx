import { Badge, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatDate, formatDateTime } from '../../app/i18n';
import { today } from '../../app/time';
import { TableScroll } from '../../ui/TableScroll';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { useOrganisations } from '../organisations/public';
import { PersonPicker, type PersonHit } from '../people/public';
import {
  APPOINTMENT_OUTCOMES,
  FOLLOW_UPS,
  SOLUTION_KINDS,
  inLanguage,
  useAddAppointment,
  useAddCase,
  useAddSolution,
  useAppointmentOutcome,
  useAttendance,
  useCaseFollowUp,
  useCircle,
  useCircleHeld,
  useCircles,
  useRevokeAppointmentLink,
  useUpdateCase,
  useUpdateCircle,
  type Case,
  type Circle,
} from './api';
import { CircleFields } from './CircleFields';
import './i18n';

/** Staff: one circle, its cases, the solutions proposed to each and the appointment at a partner each leaves with. */
export function CirclePage() {
  const { t, i18n } = useTranslation('matching');
  const id = Number(useParams().id);
  const circle = useCircle(id);
  const held = useCircleHeld();
  const canWrite = useCan('matching.write');
  const [editing, setEditing] = useState(false);
  if (circle.isPending) return <Loading />;
  if (!circle.data) return <ProblemAlert error={circle.error} />;
  const c = circle.data;
  return (
    <Stack>
      <PageHeader
        title={inLanguage(c.title, i18n.language)}
        actions={
          canWrite && (
            <>
              <Button variant="default" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
                {t('circleEdit.edit')}
              </Button>
              {!c.heldAt && (
                <Button onClick={() => held.mutate(c.id)} loading={held.isPending}>
                  {t('circle.markHeld')}
                </Button>
              )}
            </>
          )
        }
      />
      {editing && <EditCircle c={c} onDone={() => setEditing(false)} />}
      <Text>
        {t(`circleKind.${c.kind}`)} · {formatDateTime(c.startsAt)}
        {c.endsOn ? ` (${t('days.range', { from: formatDate(c.days[0]), to: formatDate(c.endsOn) })})` : ''} · {c.place}
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
      <Attendance c={c} canWrite={canWrite} />
    </Stack>
  );
}

function EditCircle({ c, onDone }: { c: Circle; onDone: () => void }) {
  const { t } = useTranslation('matching');
  const update = useUpdateCircle();
  const orgs = useOrganisations('', false);
  const start = new Date(c.startsAt);
  const hm = new Intl.DateTimeFormat('fr-BE', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(start);
  const [f, setF] = useState({ kind: c.kind, titleFr: c.title.fr, titleNl: c.title.nl, date: c.days[0], time: hm, endsOn: c.endsOn ?? '', place: c.place, partnerIds: c.partners.map((p) => String(p.id)) });
  const partnerData = [...new Map([...(orgs.data?.items ?? []).map((o) => [String(o.id), o.name] as const), ...c.partners.map((p) => [String(p.id), p.name] as const)]).entries()].map(([value, label]) => ({ value, label }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ id: c.id, body: { ...f, endsOn: f.endsOn || null, partnerIds: f.partnerIds.map(Number) } }, { onSuccess: onDone });
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-labelledby="edit-circle-title">
        <Title order={2} size="h4" mb="sm" id="edit-circle-title">
          {t('circleEdit.title')}
        </Title>
        <ProblemAlert error={update.error} />
        <Stack>
          <CircleFields f={f} setF={setF} partners={partnerData} />
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('circleEdit.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('circleEdit.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Attendance day by day: one row per person (those on the list and those with a case), one column per day. */
function Attendance({ c, canWrite }: { c: Circle; canWrite: boolean }) {
  const { t } = useTranslation('matching');
  const mark = useAttendance(c.id);
  const [added, setAdded] = useState<PersonHit[]>([]);
  const [person, setPerson] = useState<PersonHit | null>(null);
  const now = today();
  const people = new Map<number, string>();
  for (const a of c.attendance) people.set(a.personId, `${a.firstName} ${a.lastName}`);
  for (const k of c.cases) people.set(k.person.id, `${k.person.firstName} ${k.person.lastName}`);
  for (const p of added) if (!people.has(p.id)) people.set(p.id, `${p.firstName} ${p.lastName}`);
  const present = (personId: number, day: string) => c.attendance.some((a) => a.personId === personId && a.day === day && a.present);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="attendance-title">
      <Title order={2} size="h3" mb="xs" id="attendance-title">
        {t('attendance.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('attendance.intro')}
      </Text>
      <ProblemAlert error={mark.error} />
      {people.size === 0 ? (
        <Text size="sm">{t('attendance.none')}</Text>
      ) : (
        <TableScroll minWidth={240 + 110 * c.days.length} label={t('attendance.caption')}>
          <Table striped>
            <caption className="visually-hidden">{t('attendance.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('attendance.person')}</Table.Th>
                {c.days.map((d) => (
                  <Table.Th key={d}>{formatDate(d)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...people.entries()].map(([id, name]) => (
                <Table.Tr key={id}>
                  <Table.Th scope="row" fw={500}>
                    {name}
                  </Table.Th>
                  {c.days.map((d) => (
                    <Table.Td key={d}>
                      {d > now ? (
                        <Text size="sm">{t('attendance.notYet')}</Text>
                      ) : (
                        <Checkbox
                          aria-label={t('attendance.presentOn', { name, day: formatDate(d) })}
                          checked={present(id, d)}
                          disabled={!canWrite || mark.isPending}
                          onChange={(e) => mark.mutate({ personId: id, day: d, present: e.currentTarget.checked })}
                        />
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {canWrite && (
        <form onSubmit={(e) => (e.preventDefault(), person && (setAdded((a) => [...a, person]), setPerson(null)))}>
          <Group align="end" mt="sm" wrap="wrap">
            <PersonPicker label={t('attendance.who')} value={person} onChange={setPerson} allowCreate={false} />
            <Button type="submit" variant="default" disabled={!person}>
              {t('attendance.add')}
            </Button>
          </Group>
        </form>
      )}
    </Paper>
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
        <AppointmentLine key={a.id} a={a} name={name} canWrite={canWrite} />
      ))}
      <FollowUp k={k} name={name} canWrite={canWrite} />
      {canWrite && <EditCase k={k} name={name} />}
      {canWrite && (
        <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm">
          <SolutionForm caseId={k.id} name={name} />
          <AppointmentForm caseId={k.id} name={name} />
        </SimpleGrid>
      )}
    </Paper>
  );
}

function AppointmentLine({ a, name, canWrite }: { a: Case['appointments'][number]; name: string; canWrite: boolean }) {
  const { t } = useTranslation('matching');
  const revoke = useRevokeAppointmentLink();
  const outcome = useAppointmentOutcome();
  const past = new Date(a.startsAt).getTime() <= Date.now();
  return (
    <Stack gap={4} mb="xs">
      <Text size="sm">
        {t('circle.appointment', { org: a.organisation.name, at: formatDateTime(a.startsAt), place: a.place, contact: a.contactName })}
        {' · '}
        {a.outcome ? t(`partner.outcome.${a.outcome}`) : a.confirmedAt ? t('circle.confirmed') : t('circle.unconfirmed')}
        {a.revokedAt ? ` · ${t('appointment.revoked', { at: formatDateTime(a.revokedAt) })}` : ''}
      </Text>
      {canWrite && (
        <Group gap="xs" align="end" wrap="wrap">
          {past && (
            <NativeSelect
              size="xs"
              label={t('appointment.outcomeLabel', { name, org: a.organisation.name })}
              value={a.outcome ?? ''}
              onChange={(e) => e.currentTarget.value && outcome.mutate({ id: a.id, outcome: e.currentTarget.value as (typeof APPOINTMENT_OUTCOMES)[number] })}
              data={[{ value: '', label: t('appointment.notYet') }, ...APPOINTMENT_OUTCOMES.map((o) => ({ value: o, label: t(`partner.outcome.${o}`) }))]}
            />
          )}
          {!a.revokedAt && (
            <Button size="xs" variant="outline" color="red.9" aria-label={t('appointment.revokeLabel', { org: a.organisation.name, name })} loading={revoke.isPending} onClick={() => window.confirm(t('appointment.revokeConfirm')) && revoke.mutate(a.id)}>
              {t('appointment.revoke')}
            </Button>
          )}
        </Group>
      )}
      <ProblemAlert error={revoke.error ?? outcome.error} />
    </Stack>
  );
}

/** The 3-month follow-up of a case: what became of the person (the appointments' outcomes are above). */
function FollowUp({ k, name, canWrite }: { k: Case; name: string; canWrite: boolean }) {
  const { t } = useTranslation('matching');
  const save = useCaseFollowUp();
  const [value, setValue] = useState<string>(k.followUp ?? '');
  return (
    <Stack gap={4} my="xs">
      {k.followUp && k.followUpAt ? (
        <Text size="sm">{t('followUp3.done', { followUp: t(`followUp.${k.followUp}`), at: formatDate(k.followUpAt) })}</Text>
      ) : (
        k.followUpDue && <Text size="xs">{t('followUp3.due', { date: formatDate(k.followUpDue) })}</Text>
      )}
      {canWrite && (
        <form onSubmit={(e) => (e.preventDefault(), value && save.mutate({ id: k.id, body: { followUp: value as (typeof FOLLOW_UPS)[number] } }))}>
          <Group gap="xs" align="end" wrap="wrap">
            <NativeSelect size="xs" label={t('followUp3.titleFor', { name })} value={value} onChange={(e) => setValue(e.currentTarget.value)} data={[{ value: '', label: '—' }, ...FOLLOW_UPS.map((f) => ({ value: f, label: t(`followUp.${f}`) }))]} />
            <Button type="submit" size="xs" variant="default" disabled={!value} loading={save.isPending}>
              {t('followUp3.save')}
            </Button>
          </Group>
          <ProblemAlert error={save.error} />
        </form>
      )}
    </Stack>
  );
}

function EditCase({ k, name }: { k: Case; name: string }) {
  const { t, i18n } = useTranslation('matching');
  const [open, setOpen] = useState(false);
  const update = useUpdateCase();
  const circles = useCircles();
  const [need, setNeed] = useState(k.need);
  const [circleId, setCircleId] = useState(k.circleId ? String(k.circleId) : '');
  if (!open)
    return (
      <Button size="xs" variant="subtle" color="dark" mt={4} aria-label={t('caseEdit.editLabel', { name })} onClick={() => setOpen(true)}>
        {t('caseEdit.edit')}
      </Button>
    );
  const submit = (e: FormEvent) => (e.preventDefault(), update.mutate({ id: k.id, body: { need: need.trim(), circleId: circleId ? Number(circleId) : null } }, { onSuccess: () => setOpen(false) }));
  return (
    <form onSubmit={submit} aria-label={t('caseEdit.editLabel', { name })}>
      <Stack gap="xs" mt="xs">
        <ProblemAlert error={update.error} />
        <Textarea label={t('caseEdit.need')} value={need} onChange={(e) => setNeed(e.currentTarget.value)} required maxLength={2000} autosize minRows={2} />
        <NativeSelect label={t('caseEdit.circle')} value={circleId} onChange={(e) => setCircleId(e.currentTarget.value)} data={[{ value: '', label: t('caseEdit.noCircle') }, ...(circles.data?.items ?? []).map((c) => ({ value: String(c.id), label: `${inLanguage(c.title, i18n.language)} · ${formatDate(c.startsAt)}` }))]} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={update.isPending}>
            {t('caseEdit.save')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setOpen(false)}>
            {t('caseEdit.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
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
