import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCan } from '../../app/auth';
import { formatDate, formatDateTime } from '../../app/i18n';
import { today } from '../../app/time';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import {
  labelOf,
  useAddNote,
  useDeleteInterview,
  useFollowups,
  useInterview,
  useNotes,
  useOpenFollowup,
  useUpdateFollowup,
  useUpdateNote,
  type Note,
} from './api';
import { interviewPersonName } from './InterviewsPage';
import './i18n';
import { keepTyped } from '../../app/mutation';
import { useUnsavedGuard } from '../../app/unsaved';


/** One interview: what was done, the person's follow-up, and (for the social worker only) the confidential notes. */
export function InterviewPage() {
  const { t } = useTranslation('socialdesk');
  const id = Number(useParams().id);
  const canWrite = useCan('socialdesk.write');
  const canReadNotes = useCan('socialdesk.notes');
  const navigate = useNavigate();
  const interview = useInterview(id);
  const remove = useDeleteInterview();
  if (interview.isPending) return <Loading />;
  const i = interview.data;
  if (!i) return <ProblemAlert error={interview.error} />;
  const name = interviewPersonName(i, t('list.erased'));
  return (
    <>
      <PageHeader
        title={t('detail.title', { date: formatDate(i.date), name })}
        actions={
          canWrite && (
            <>
              <Button component={Link} to={`/socialdesk/interviews/${i.id}/edit`} variant="default">
                {t('detail.edit')}
              </Button>
              <Button
                color="red"
                variant="light"
                loading={remove.isPending}
                onClick={() => window.confirm(t('detail.deleteConfirm')) && remove.mutate(i.id, { onSuccess: () => navigate('/socialdesk') })}
              >
                {t('detail.delete')}
              </Button>
            </>
          )
        }
      />
      <ProblemAlert error={remove.error} />
      <Stack>
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <Field label={t('form.site')} value={i.siteName ?? ''} />
            <Field label={t('form.kind')} value={t(`kind.${i.kind}`)} />
            <Field label={t('list.categories')} value={i.categories.map((c) => labelOf(c)).join(', ')} />
            <Field label={t('detail.referrals')} value={i.referrals.map((r) => r.name).join(', ') || t('detail.none')} />
            <Field label={t('form.actions')} value={i.actions ?? t('detail.none')} />
            <Field label={t('detail.next')} value={[i.nextStepDate ? formatDate(i.nextStepDate) : '', i.nextStep ?? ''].filter(Boolean).join(' – ') || t('detail.none')} />
          </SimpleGrid>
          <Anchor component={Link} to={`/people/${i.personId}`} size="sm" mt="sm" display="inline-block">
            {t('detail.person')}
          </Anchor>
        </Paper>
        <FollowupPanel personId={i.personId} canWrite={canWrite} />
        {canReadNotes ? (
          <NotesPanel interviewId={i.id} />
        ) : (
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="xs">
              {t('notes.title')}
            </Title>
            <Text size="sm">{i.hasConfidentialNotes ? t('notes.reserved') : t('notes.noneReserved')}</Text>
          </Paper>
        )}
      </Stack>
    </>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </div>
  );
}

export function FollowupPanel({ personId, canWrite }: { personId: number; canWrite: boolean }) {
  const { t } = useTranslation('socialdesk');
  const f = useFollowups(personId);
  const open = useOpenFollowup(personId);
  const update = useUpdateFollowup();
  const [date, setDate] = useState(today());
  const [closingNote, setClosingNote] = useState('');
  const d = f.data;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('followup.title')}
      </Title>
      <ProblemAlert error={f.error ?? open.error ?? update.error} />
      {d && (
        <Stack gap="xs">
          <Text size="sm" role="status">
            {d.current ? t('followup.open', { date: formatDate(d.current.startDate) }) : d.items.length ? t('followup.closed', { date: formatDate(d.items.at(-1)!.endDate) }) : t('followup.none')}
          </Text>
          {d.firstStartDate && (
            <Text size="xs" c="dimmed">
              {t('followup.first', { date: formatDate(d.firstStartDate), year: d.firstStartDate.slice(0, 4) })}
            </Text>
          )}
          {canWrite && (
            <Group align="end" gap="xs" wrap="wrap">
              <TextInput type="date" label={d.current ? t('followup.endDate') : t('followup.startDate')} value={date} onChange={(e) => setDate(e.currentTarget.value)} />
              {d.current && <TextInput label={t('followup.closingNote')} value={closingNote} maxLength={1000} onChange={(e) => setClosingNote(e.currentTarget.value)} />}
              {d.current ? (
                <Button variant="default" loading={update.isPending} onClick={() => update.mutate({ id: d.current!.id, endDate: date, closingNote: closingNote.trim() || null })}>
                  {t('followup.close')}
                </Button>
              ) : (
                <>
                  <Button variant="default" loading={open.isPending} onClick={() => open.mutate(date)}>
                    {t('followup.start')}
                  </Button>
                  {d.items.length > 0 && (
                    <Button variant="subtle" loading={update.isPending} onClick={() => update.mutate({ id: d.items.at(-1)!.id, endDate: null })}>
                      {t('followup.reopen')}
                    </Button>
                  )}
                </>
              )}
            </Group>
          )}
        </Stack>
      )}
    </Paper>
  );
}

function NotesPanel({ interviewId }: { interviewId: number }) {
  const { t } = useTranslation('socialdesk');
  const notes = useNotes(interviewId, true);
  const add = useAddNote(interviewId);
  const [body, setBody] = useState('');
  // a note typed and not added yet is not lost by leaving the page
  useUnsavedGuard(body.trim() !== '' && !add.isPending);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('notes.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('notes.audited')}
      </Text>
      <ProblemAlert error={notes.error} />
      {notes.isPending ? (
        <Loading />
      ) : notes.data?.items.length ? (
        <Stack gap="xs" mb="sm">
          {notes.data.items.map((n) => (
            <NoteItem key={n.id} note={n} />
          ))}
        </Stack>
      ) : (
        <Text size="sm" mb="sm">
          {t('notes.none')}
        </Text>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (body.trim()) add.mutate(body.trim(), { onSuccess: () => setBody(keepTyped(body, '')) });
        }}
      >
        <Textarea label={t('notes.body')} autosize minRows={3} maxLength={20000} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
        <ProblemAlert error={add.error} />
        <Button type="submit" mt="xs" loading={add.isPending} disabled={!body.trim()}>
          {t('notes.add')}
        </Button>
      </form>
    </Paper>
  );
}

function NoteItem({ note }: { note: Note }) {
  const { t } = useTranslation('socialdesk');
  const update = useUpdateNote();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
      <Text size="xs" c="dimmed">
        {t('notes.written', { date: formatDateTime(note.createdAt) })}
      </Text>
      {editing === null ? (
        <>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {note.body}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(note.body)}>
            {t('notes.edit')}
          </Button>
        </>
      ) : (
        <Stack gap={4}>
          <Textarea label={t('notes.editLabel')} autosize minRows={2} value={editing} onChange={(e) => setEditing(e.currentTarget.value)} />
          <ProblemAlert error={update.error} />
          <Group gap="xs">
            <Button size="compact-sm" loading={update.isPending} disabled={!editing.trim()} onClick={() => update.mutate({ id: note.id, body: editing.trim() }, { onSuccess: () => setEditing(null) })}>
              {t('common:actions.save')}
            </Button>
            <Button size="compact-sm" variant="default" onClick={() => setEditing(null)}>
              {t('common:actions.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}

