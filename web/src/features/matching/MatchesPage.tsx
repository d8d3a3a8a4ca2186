import { Anchor, Badge, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatDate, formatDateTime } from '../../app/i18n';
import { today } from '../../app/time';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { TableScroll } from '../../ui/TableScroll';
import { FOLLOW_UPS, MATCH_STATUSES, NOT_HIRED_REASONS, OUTCOMES, inLanguage, useMatchStep, useMatches, type Match, type MatchesQuery } from './api';
import './i18n';

type Dialog = { kind: 'meeting' | 'outcome' | 'followUp'; match: Match } | null;

/** Staff: the proposed matches and what came of them: introduction, the meeting, its outcome, the 3-month follow-up. */
export function MatchesPage() {
  const { t, i18n } = useTranslation('matching');
  const [params] = useSearchParams();
  const offerId = Number(params.get('offerId')) || undefined;
  const [status, setStatus] = useState<MatchesQuery['status'] | ''>('');
  const matches = useMatches({ ...(offerId ? { offerId } : {}), ...(status ? { status } : {}) });
  const step = useMatchStep();
  const canWrite = useCan('matching.write');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [done, setDone] = useState('');
  const run = (id: number, s: Parameters<typeof step.mutate>[0]['s'], message: string) => step.mutate({ id, s }, { onSuccess: () => (setDialog(null), setDone(message)) });

  return (
    <Stack>
      <PageHeader title={t('matches.title')} />
      <NativeSelect
        label={t('matches.status')}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as typeof status)}
        data={[{ value: '', label: t('matches.allStatuses') }, ...MATCH_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
        maw={320}
      />
      {done && (
        <Text role="status" c="#1b5e20">
          {done}
        </Text>
      )}
      <ProblemAlert error={matches.error ?? (dialog ? null : step.error)} />
      {matches.isPending ? (
        <Loading />
      ) : matches.data?.items.length ? (
        <TableScroll minWidth={860} label={t('matches.caption')}>
          <Table striped verticalSpacing="sm">
            <caption className="visually-hidden">{t('matches.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('matches.candidate')}</Table.Th>
                <Table.Th>{t('matches.offer')}</Table.Th>
                <Table.Th>{t('matches.status')}</Table.Th>
                <Table.Th>{t('matches.details')}</Table.Th>
                {canWrite && <Table.Th>{t('matches.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {matches.data.items.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/matching/people/${m.personId}`}>
                      {m.pseudonym}
                    </Anchor>
                    <Text size="xs">{t('rank.percent', { score: m.score })}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/matching/offers/${m.offerId}`}>
                      {inLanguage(m.offerTitle, i18n.language)}
                    </Anchor>
                    <Text size="xs">{m.employer}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="filled" color={m.status === 'closed' ? 'dark' : m.status === 'declined' || m.status === 'withdrawn' ? 'gray.7' : '#1b5e20'}>
                      {t(`status.${m.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text size="xs">{t('matches.proposedAt', { at: formatDate(m.proposedAt) })}</Text>
                      {m.meetRequestedAt && <Text size="xs">{t('matches.meetRequested', { at: formatDate(m.meetRequestedAt) })}</Text>}
                      {m.meetingAt && <Text size="xs">{t('matches.meeting', { at: formatDateTime(m.meetingAt), place: m.meetingPlace ?? '' })}</Text>}
                      {m.notified && <Text size="xs">{t(`matches.notified.${m.notified}`)}</Text>}
                      {m.outcome && <Text size="xs">{t(`outcome.${m.outcome}`)}{m.notHiredReason ? ` (${t(`reason.${m.notHiredReason}`)})` : ''}</Text>}
                      {m.followUpDue && !m.followUp && <Text size="xs">{t('matches.followUpDue', { date: formatDate(m.followUpDue) })}</Text>}
                      {m.followUp && <Text size="xs">{t('matches.followUpDone', { followUp: t(`followUp.${m.followUp}`) })}</Text>}
                    </Stack>
                  </Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <Group gap="xs">
                        {['proposed', 'meet_requested', 'declined'].includes(m.status) && (
                          <Button size="xs" onClick={() => run(m.id, { step: 'introduction', body: { agreed: true } }, t('matches.agreedDone'))} aria-label={t('matches.agreeLabel', { pseudonym: m.pseudonym })}>
                            {t('matches.agree')}
                          </Button>
                        )}
                        {['proposed', 'meet_requested', 'agreed'].includes(m.status) && (
                          <Button size="xs" variant="default" onClick={() => run(m.id, { step: 'introduction', body: { agreed: false } }, t('matches.declinedDone'))} aria-label={t('matches.declineLabel', { pseudonym: m.pseudonym })}>
                            {t('matches.decline')}
                          </Button>
                        )}
                        {['agreed', 'meeting_planned'].includes(m.status) && (
                          <Button size="xs" variant={m.status === 'agreed' ? 'filled' : 'default'} onClick={() => (step.reset(), setDialog({ kind: 'meeting', match: m }))}>
                            {m.status === 'agreed' ? t('matches.plan') : t('matches.replan')}
                          </Button>
                        )}
                        {m.status === 'meeting_planned' && (
                          <Button size="xs" onClick={() => (step.reset(), setDialog({ kind: 'outcome', match: m }))}>
                            {t('matches.recordOutcome')}
                          </Button>
                        )}
                        {m.outcomeAt && !m.followUp && (
                          <Button size="xs" variant="default" onClick={() => (step.reset(), setDialog({ kind: 'followUp', match: m }))}>
                            {t('matches.recordFollowUp')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : (
        <Text>{t('matches.none')}</Text>
      )}
      <Modal
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog ? t(`matches.${dialog.kind}Title`, { pseudonym: dialog.match.pseudonym }) : ''}
      >
        <ProblemAlert error={step.error} />
        {dialog?.kind === 'meeting' && <MeetingForm pending={step.isPending} onSubmit={(body) => run(dialog.match.id, { step: 'meeting', body }, t('matches.plannedDone'))} />}
        {dialog?.kind === 'outcome' && <OutcomeForm pending={step.isPending} onSubmit={(body) => run(dialog.match.id, { step: 'outcome', body }, t('matches.outcomeDone'))} />}
        {dialog?.kind === 'followUp' && <FollowUpForm pending={step.isPending} onSubmit={(followUp) => run(dialog.match.id, { step: 'follow-up', body: { followUp } }, t('matches.followUpSaved'))} />}
      </Modal>
    </Stack>
  );
}

function MeetingForm({ pending, onSubmit }: { pending: boolean; onSubmit: (b: { date: string; time: string; place: string; attendees: string }) => void }) {
  const { t } = useTranslation('matching');
  const [f, setF] = useState({ date: today(), time: '10:00', place: '', attendees: '' });
  const submit = (e: FormEvent) => (e.preventDefault(), onSubmit({ ...f, place: f.place.trim(), attendees: f.attendees.trim() }));
  return (
    <form onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={2}>
          <TextInput type="date" label={t('matches.date')} value={f.date} onChange={(e) => setF({ ...f, date: e.currentTarget.value })} required />
          <TextInput type="time" label={t('matches.time')} value={f.time} onChange={(e) => setF({ ...f, time: e.currentTarget.value })} required />
        </SimpleGrid>
        <TextInput label={t('matches.place')} value={f.place} onChange={(e) => setF({ ...f, place: e.currentTarget.value })} required maxLength={200} />
        <TextInput label={t('matches.attendees')} description={t('matches.attendeesHint')} value={f.attendees} onChange={(e) => setF({ ...f, attendees: e.currentTarget.value })} required maxLength={500} />
        <Button type="submit" loading={pending}>
          {t('matches.planSubmit')}
        </Button>
      </Stack>
    </form>
  );
}

function OutcomeForm({ pending, onSubmit }: { pending: boolean; onSubmit: (b: { outcome: (typeof OUTCOMES)[number]; reason?: (typeof NOT_HIRED_REASONS)[number] | null }) => void }) {
  const { t } = useTranslation('matching');
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>('hired');
  const [reason, setReason] = useState<(typeof NOT_HIRED_REASONS)[number]>('skills');
  return (
    <form onSubmit={(e) => (e.preventDefault(), onSubmit(outcome === 'not_hired' ? { outcome, reason } : { outcome }))}>
      <Stack>
        <NativeSelect label={t('matches.outcome')} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value as typeof outcome)} data={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))} />
        {outcome === 'not_hired' && <NativeSelect label={t('matches.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value as typeof reason)} data={NOT_HIRED_REASONS.map((r) => ({ value: r, label: t(`reason.${r}`) }))} />}
        <Button type="submit" loading={pending}>
          {t('matches.save')}
        </Button>
      </Stack>
    </form>
  );
}

function FollowUpForm({ pending, onSubmit }: { pending: boolean; onSubmit: (f: (typeof FOLLOW_UPS)[number]) => void }) {
  const { t } = useTranslation('matching');
  const [f, setF] = useState<(typeof FOLLOW_UPS)[number]>('in_job');
  return (
    <form onSubmit={(e) => (e.preventDefault(), onSubmit(f))}>
      <Stack>
        <NativeSelect label={t('matches.followUp')} value={f} onChange={(e) => setF(e.currentTarget.value as typeof f)} data={FOLLOW_UPS.map((o) => ({ value: o, label: t(`followUp.${o}`) }))} />
        <Button type="submit" loading={pending}>
          {t('matches.save')}
        </Button>
      </Stack>
    </form>
  );
}
