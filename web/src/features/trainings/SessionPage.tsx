import { Anchor, Badge, Button, Checkbox, Group, Image, NativeSelect, Paper, Radio, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { today } from '../../app/time';
import { formatDate, formatDateTime, formatNumber } from '../../app/i18n';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { ApiError } from '../../app/api';
import { TableScroll } from '../../ui/TableScroll';
import {
  OUTCOMES,
  SESSION_STATUSES,
  useAcceptRequest,
  useAttendance,
  useDeclineRequest,
  useEnrol,
  useEvaluations,
  useEvaluationSwitch,
  useOrganisations,
  useOutcome,
  usePersonSearch,
  useRequests,
  useSession,
  useSessionStatus,
  useUpdateSession,
  useWithdraw,
  type Outcome,
  type Participant,
  type SessionDetail,
  type SessionStatus,
  type TrainingRequest,
} from './api';
import './i18n';

const nameOf = (p: Participant) => p.name ?? p.professionalName ?? `#${p.id}`;

/** One session: days, participants with attendance per day, waiting list, outcomes, evaluation. */
export function SessionPage() {
  const { t } = useTranslation('trainings');
  const id = Number(useParams().id);
  const s = useSession(id);
  if (s.isPending) return <Loading />;
  if (!s.data) return <ProblemAlert error={s.error} />;
  const d = s.data;
  return (
    <>
      <PageHeader title={`${d.programme.name} — ${d.title ?? `#${d.id}`}`} />
      <Stack>
        <Group gap="sm" wrap="wrap">
          <Anchor component={Link} to={`/trainings/programmes/${d.programme.id}`}>
            {d.programme.name}
          </Anchor>
          <Badge color={d.status === 'cancelled' ? 'red.9' : 'blue.8'}>{t(`status.${d.status}`)}</Badge>
          <Text size="sm">
            {t('session.enrolled', { enrolled: d.enrolled, capacity: d.capacity })}
            {d.waitingList.length > 0 && ` · ${t('session.waiting', { count: d.waitingList.length })}`}
          </Text>
          {d.room && <Text size="sm">{d.room}</Text>}
        </Group>
        {d.cancelReason && <Text c="red.9">{t('session.cancelled', { reason: d.cancelReason })}</Text>}
        <Text size="sm">{d.days.map((x) => `${formatDate(x.date)} ${x.from}–${x.to}`).join(' · ')}</Text>
        <PublicSwitch session={d} />
        <StatusForm session={d} />
        <Requests session={d} />
        <Participants session={d} />
        {d.status !== 'cancelled' && <EnrolForm sessionId={d.id} />}
        <Evaluation session={d} />
      </Stack>
    </>
  );
}

interface Duplicate {
  id: number;
  firstName: string;
  lastName: string;
  birthDate: string | null;
}

/**
 * The requests for a place sent from the website: the trainer accepts one (the person of the registry it is, after
 * the duplicate check, or a new one; enrolled, or on the waiting list when full) or declines it.
 */
function Requests({ session }: { session: SessionDetail }) {
  const { t } = useTranslation('trainings');
  const list = useRequests(session.id);
  const accept = useAcceptRequest();
  const decline = useDeclineRequest();
  const [done, setDone] = useState('');
  const [dups, setDups] = useState<{ request: TrainingRequest; candidates: Duplicate[] } | null>(null);
  if (!session.isPublic && !list.data?.length) return null;
  const pending = (list.data ?? []).filter((r) => r.status === 'pending');
  const decided = (list.data ?? []).length - pending.length;
  const name = (r: TrainingRequest) => `${r.firstName} ${r.lastName}`;
  const told = (x: { told: 'email' | 'manual' | 'none' }) => (x.told === 'email' ? t('requests.toldEmail') : x.told === 'manual' ? t('requests.toldManual') : '');
  const doAccept = (r: TrainingRequest, body: { personId?: number; confirmNotDuplicate?: boolean }) => {
    setDone('');
    accept.mutate(
      { id: r.id, body },
      {
        onSuccess: (x) => {
          setDups(null);
          setDone(`${t(x.participantStatus === 'waiting' ? 'requests.acceptedWaiting' : 'requests.accepted', { name: name(r) })} ${told(x)}`.trim());
        },
        onError: (e) => {
          if (e instanceof ApiError && e.problem.code === 'error.possible_duplicate') setDups({ request: r, candidates: (e.problem.duplicates as Duplicate[] | undefined) ?? [] });
        },
      },
    );
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('requests.title')}
      </Title>
      {list.error && <ProblemAlert error={list.error} />}
      {accept.error && !dups && <ProblemAlert error={accept.error} />}
      {decline.error && <ProblemAlert error={decline.error} />}
      {pending.length === 0 ? (
        <Text size="sm">{t('requests.none')}</Text>
      ) : (
        <TableScroll minWidth={720} label={t('requests.title')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('requests.name')}</Table.Th>
                <Table.Th>{t('requests.contact')}</Table.Th>
                <Table.Th>{t('requests.commune')}</Table.Th>
                <Table.Th>{t('requests.sent')}</Table.Th>
                <Table.Th>{t('requests.reference')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    {name(r)}
                    {r.waitingList && (
                      <Badge ml="xs" color="orange.9" variant="light">
                        {t('requests.waitingList')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{[r.phone, r.email].filter(Boolean).join(' · ')}</Table.Td>
                  <Table.Td>{r.commune ?? ''}</Table.Td>
                  <Table.Td>{formatDateTime(r.createdAt)}</Table.Td>
                  <Table.Td>{r.reference}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" aria-label={t('requests.acceptOf', { name: name(r) })} loading={accept.isPending && accept.variables?.id === r.id} onClick={() => doAccept(r, {})}>
                        {t('requests.accept')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('requests.declineOf', { name: name(r) })}
                        loading={decline.isPending && decline.variables?.id === r.id}
                        onClick={() => {
                          setDone('');
                          decline.mutate({ id: r.id }, { onSuccess: (x) => setDone(`${t('requests.declined', { name: name(r) })} ${told(x)}`.trim()) });
                        }}
                      >
                        {t('requests.decline')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {dups && (
        <Stack gap="xs" mt="sm" role="group" aria-label={t('requests.duplicates', { name: name(dups.request) })}>
          <Text size="sm">{t('requests.duplicates', { name: name(dups.request) })}</Text>
          <Group gap="xs" wrap="wrap">
            {dups.candidates.map((d) => (
              <Button key={d.id} size="xs" variant="light" onClick={() => doAccept(dups.request, { personId: d.id })}>
                {d.birthDate ? t('requests.isPersonBorn', { name: `${d.firstName} ${d.lastName}`, date: formatDate(d.birthDate) }) : t('requests.isPerson', { name: `${d.firstName} ${d.lastName}` })}
              </Button>
            ))}
            <Button size="xs" variant="default" onClick={() => doAccept(dups.request, { confirmNotDuplicate: true })}>
              {t('requests.newPerson')}
            </Button>
          </Group>
        </Stack>
      )}
      <Text size="sm" role="status" mt={done ? 'sm' : 0}>
        {done}
      </Text>
      {decided > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('requests.decided', { count: decided })}
        </Text>
      )}
    </Paper>
  );
}

/** Open to the public: the website's agenda shows the session (saved as soon as it is ticked). */
function PublicSwitch({ session }: { session: SessionDetail }) {
  const { t } = useTranslation('trainings');
  const update = useUpdateSession(session.id);
  return (
    <Stack gap={4}>
      <Checkbox
        label={t('session.public')}
        description={t('session.publicHint')}
        checked={session.isPublic}
        disabled={update.isPending}
        onChange={(e) => update.mutate({ isPublic: e.currentTarget.checked })}
      />
      {update.isSuccess && (
        <Text role="status" size="sm" c="teal.9">
          {t('session.publicSaved')}
        </Text>
      )}
      <ProblemAlert error={update.error} />
    </Stack>
  );
}

function StatusForm({ session }: { session: SessionDetail }) {
  const { t } = useTranslation('trainings');
  const change = useSessionStatus(session.id);
  const [status, setStatus] = useState<SessionStatus>(session.status);
  const [reason, setReason] = useState('');
  return (
    <Paper withBorder p="sm" component="form" onSubmit={(e) => (e.preventDefault(), change.mutate({ status, ...(reason ? { reason } : {}) }))}>
      <Group align="end" wrap="wrap">
        <NativeSelect label={t('session.setStatus')} value={status} onChange={(e) => setStatus(e.currentTarget.value as SessionStatus)} data={SESSION_STATUSES.map((v) => ({ value: v, label: t(`status.${v}`) }))} />
        {status === 'cancelled' && <TextInput label={t('session.cancelReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required />}
        <Button type="submit" variant="default" loading={change.isPending}>
          {t('session.apply')}
        </Button>
      </Group>
      <ProblemAlert error={change.error} />
    </Paper>
  );
}

function Participants({ session }: { session: SessionDetail }) {
  const { t } = useTranslation('trainings');
  const todayDate = today();
  const [day, setDay] = useState(session.days.find((x) => x.date >= todayDate)?.date ?? session.days.at(-1)?.date ?? '');
  const enrolled = session.participants.filter((p) => p.status === 'enrolled');
  const [present, setPresent] = useState<Record<number, boolean>>({});
  useEffect(() => setPresent(Object.fromEntries(enrolled.map((p) => [p.id, p.attendance[day] ?? false]))), [day, session]); // eslint-disable-line react-hooks/exhaustive-deps
  const attendance = useAttendance(session.id);
  const [tickSaved, setTickSaved] = useState('');
  /** A tick is saved as it is made: nothing is lost when the trainer switches day or leaves the page. */
  const tick = (p: Participant, checked: boolean) => {
    const date = day;
    setPresent((now) => ({ ...now, [p.id]: checked }));
    setTickSaved('');
    attendance.mutate(
      { date, entries: [{ participantId: p.id, present: checked }] },
      {
        onSuccess: () => setTickSaved(t(checked ? 'participants.tickPresent' : 'participants.tickAbsent', { name: nameOf(p), date: formatDate(date) })),
        // Refused: the box shows again what is recorded.
        onError: () => setPresent((now) => ({ ...now, [p.id]: p.attendance[date] ?? false })),
      },
    );
  };
  const withdraw = useWithdraw();
  const outcome = useOutcome();
  const [outcomeSaved, setOutcomeSaved] = useState('');
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('participants.title')}
      </Title>
      {session.participants.length === 0 ? (
        <Text>{t('participants.none')}</Text>
      ) : (
        <>
          {session.days.length > 0 && session.status !== 'cancelled' && (
            <NativeSelect mb="sm" label={t('participants.day')} maw={320} value={day} onChange={(e) => setDay(e.currentTarget.value)} data={session.days.map((x) => ({ value: x.date, label: formatDate(x.date) }))} />
          )}
          <TableScroll minWidth={720} label={t('participants.title')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('participants.name')}</Table.Th>
                  <Table.Th scope="col">{day && formatDate(day)}</Table.Th>
                  <Table.Th scope="col">{t('participants.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('participants.status')}</Table.Th>
                  <Table.Th scope="col">{t('participants.outcome')}</Table.Th>
                  <Table.Th scope="col" pos="relative">
                    <span className="visually-hidden">{t('participants.withdraw')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {session.participants.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{p.personId ? <Anchor component={Link} to={`/people/${p.personId}`}>{nameOf(p)}</Anchor> : nameOf(p)}</Table.Td>
                    <Table.Td>
                      {p.status === 'enrolled' && (
                        <Checkbox
                          aria-label={t('participants.presentOn', { name: nameOf(p), date: formatDate(day) })}
                          checked={present[p.id] ?? false}
                          onChange={(e) => tick(p, e.currentTarget.checked)}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>{[p.organisationName, p.jobTitle].filter(Boolean).join(' — ')}</Table.Td>
                    <Table.Td>{t(`participantStatus.${p.status}`)}</Table.Td>
                    <Table.Td>
                      {p.status === 'enrolled' && (
                        <NativeSelect
                          aria-label={t('participants.outcomeOf', { name: nameOf(p) })}
                          value={p.outcome}
                          onChange={(e) => {
                            const value = e.currentTarget.value as Outcome;
                            setOutcomeSaved('');
                            outcome.mutate({ id: p.id, outcome: value }, { onSuccess: () => setOutcomeSaved(t('participants.outcomeSaved', { name: nameOf(p), outcome: t(`outcome.${value}`) })) });
                          }}
                          data={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      {p.status === 'enrolled' && (
                        <Group gap={4} wrap="nowrap">
                          <Button size="xs" variant="subtle" component={Link} to={`/trainings/participants/${p.id}/certificate`} aria-label={t('participants.certificateOf', { name: nameOf(p) })}>
                            {t('participants.certificate')}
                          </Button>
                          <Button size="xs" variant="default" onClick={() => withdraw.mutate({ id: p.id })} aria-label={t('participants.withdrawOf', { name: nameOf(p) })}>
                            {t('participants.withdraw')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {day && enrolled.length > 0 && session.status !== 'cancelled' && (
            <Stack mt="sm" gap={4}>
              <Text size="sm">{t('participants.savedAsTicked')}</Text>
              <Text role="status" size="sm" c="teal.9" mih="1.5em">
                {tickSaved}
              </Text>
            </Stack>
          )}
        </>
      )}
      {outcomeSaved && (
        <Text role="status" size="sm" c="teal.9" mt="sm">
          {outcomeSaved}
        </Text>
      )}
      <ProblemAlert error={attendance.error ?? withdraw.error ?? outcome.error} />
      {session.waitingList.length > 0 && (
        <>
          <Title order={3} size="h5" mt="md" id={`waiting-${session.id}`}>
            {t('participants.waitingList')}
          </Title>
          <ol aria-labelledby={`waiting-${session.id}`}>
            {session.waitingList.map((p) => (
              <li key={p.id}>
                {nameOf(p)} — {t('participantStatus.waiting')}{' '}
                <Button size="xs" variant="subtle" onClick={() => withdraw.mutate({ id: p.id })} aria-label={t('participants.withdrawOf', { name: nameOf(p) })}>
                  {t('participants.withdraw')}
                </Button>
              </li>
            ))}
          </ol>
        </>
      )}
    </Paper>
  );
}

function EnrolForm({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation('trainings');
  const enrol = useEnrol(sessionId);
  const orgs = useOrganisations();
  const [kind, setKind] = useState<'person' | 'professional'>('person');
  const [q, setQ] = useState('');
  const [pro, setPro] = useState({ name: '', organisationId: '', jobTitle: '' });
  const found = usePersonSearch(kind === 'person' ? q : '');
  const [done, setDone] = useState('');
  const enrolled = (name: string) => (r: unknown) => {
    setDone(t((r as { status?: string }).status === 'waiting' ? 'participants.queued' : 'participants.enrolled', { name }));
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('participants.enrolTitle')}
      </Title>
      <Stack gap="sm">
        <Radio.Group label={t('participants.kind')} value={kind} onChange={(v) => setKind(v as 'person' | 'professional')}>
          <Group mt={4}>
            <Radio value="person" label={t('participants.person')} />
            <Radio value="professional" label={t('participants.professional')} />
          </Group>
        </Radio.Group>
        {kind === 'person' ? (
          <>
            <TextInput label={t('participants.search')} type="search" value={q} onChange={(e) => setQ(e.currentTarget.value)} autoComplete="off" />
            <Group gap="xs" wrap="wrap">
              {found.data?.items.map((p) => {
                const name = `${p.firstName} ${p.lastName}`;
                return (
                  <Button key={p.id} size="xs" variant="light" aria-label={t('participants.pick', { name })} loading={enrol.isPending && enrol.variables?.personId === p.id} disabled={enrol.isPending} onClick={() => (setDone(''), enrol.mutate({ personId: p.id }, { onSuccess: (r) => (setQ(''), enrolled(name)(r)) }))}>
                    {name}
                  </Button>
                );
              })}
            </Group>
          </>
        ) : (
          <Stack
            component="form"
            gap="sm"
            onSubmit={(e) => {
              e.preventDefault();
              setDone('');
              const name = pro.name;
              enrol.mutate(
                { professionalName: pro.name, ...(pro.organisationId ? { organisationId: Number(pro.organisationId) } : {}), ...(pro.jobTitle ? { jobTitle: pro.jobTitle } : {}) },
                { onSuccess: (r) => (setPro((now) => ({ ...now, name: '', jobTitle: '' })), enrolled(name)(r)) },
              );
            }}
          >
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('participants.professionalName')} required value={pro.name} onChange={(e) => setPro({ ...pro, name: e.currentTarget.value })} />
              <NativeSelect
                label={t('participants.organisationPick')}
                value={pro.organisationId}
                onChange={(e) => setPro({ ...pro, organisationId: e.currentTarget.value })}
                data={[{ value: '', label: t('participants.noOrganisation') }, ...(orgs.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name }))]}
              />
              <TextInput label={t('participants.jobTitle')} value={pro.jobTitle} onChange={(e) => setPro({ ...pro, jobTitle: e.currentTarget.value })} />
            </SimpleGrid>
            <Group>
              <Button type="submit" loading={enrol.isPending}>
                {t('participants.enrol')}
              </Button>
            </Group>
          </Stack>
        )}
        <ProblemAlert error={enrol.error} />
        {done && (
          <Text role="status" size="sm" c="teal.9">
            {done}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function Evaluation({ session }: { session: SessionDetail }) {
  const { t } = useTranslation('trainings');
  const mayRun = useCan('trainings.manage');
  const results = useEvaluations(session.id);
  const toggle = useEvaluationSwitch(session.id);
  const url = session.evaluationToken ? `${window.location.origin}/p/evaluation/${session.evaluationToken}` : null;
  const r = results.data;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('evaluation.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm" role="status">
          {session.evaluationOpen ? t('evaluation.isOpen') : t('evaluation.isClosed')}
        </Text>
        {(session.evaluationOpen || session.evaluationClosedAt) && <Text size="sm">{session.evaluationOpen ? t('evaluation.cap') : t('evaluation.newLink')}</Text>}
        {mayRun && session.status !== 'cancelled' && (
          <Group>
            <Button variant={session.evaluationOpen ? 'default' : 'filled'} onClick={() => toggle.mutate(!session.evaluationOpen)} loading={toggle.isPending}>
              {session.evaluationOpen ? t('evaluation.close') : t('evaluation.open')}
            </Button>
          </Group>
        )}
        <ProblemAlert error={toggle.error} />
        {session.evaluationOpen && url && (
          <Group align="center" wrap="wrap">
            <Image src={`/api/trainings/sessions/${session.id}/evaluation/qr.svg?v=${session.evaluationToken}`} alt={t('evaluation.qr')} w={200} h={200} />
            <Text size="sm">
              {t('evaluation.link')} : <Anchor href={url}>{url}</Anchor>
            </Text>
          </Group>
        )}
        {r && (
          <>
            <Text fw={600}>
              {t('evaluation.forms', { count: r.forms })}
              {r.average !== null && ` — ${t('evaluation.average')} ${formatNumber(r.average)} / 5`}
            </Text>
            {r.forms > 0 && (
              <TableScroll minWidth={480} label={t('evaluation.title')}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('evaluation.question')}</Table.Th>
                      <Table.Th scope="col" ta="right">{t('evaluation.answers')}</Table.Th>
                      <Table.Th scope="col" ta="right">{t('evaluation.average')}</Table.Th>
                      {[1, 2, 3, 4, 5].map((n) => (
                        <Table.Th scope="col" ta="right" key={n}>
                          {n}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {r.questions.map((q) => (
                      <Table.Tr key={q.id}>
                        <Table.Th scope="row">{q.text}</Table.Th>
                        <Table.Td ta="right">{q.answers}</Table.Td>
                        <Table.Td ta="right">{q.average === null ? '—' : formatNumber(q.average)}</Table.Td>
                        {q.distribution.map((n, i) => (
                          <Table.Td ta="right" key={i}>
                            {n}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
            {r.comments.length > 0 && (
              <>
                <Title order={3} size="h5">
                  {t('evaluation.comments')}
                </Title>
                <ul>
                  {r.comments.map((c, i) => (
                    <li key={i}>{c.text}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
