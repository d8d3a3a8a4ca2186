import { useState } from 'react';
import dayjs from 'dayjs';
import { ActionIcon, Button, Checkbox, Fieldset, Group, MultiSelect, NativeSelect, NumberInput, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useInstitutionVars } from '../../app/institution';
import { ApiError } from '../../app/api';
import { TIME_ZONE, localDate, localTime } from '../../app/time';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useOrganisations } from '../organisations/public';
import { EVENT_KINDS, QUESTION_TYPES, TARGET_PUBLICS, useCreateEvent, useStaffChoices, useUpdateEvent, type EventInput, type EventItem } from './api';
import { useRoomOptions } from './rooms';
import './i18n';

/** A Brussels wall time ("2026-10-06", "10:00") as an instant with its offset, through the app's time zone setup (dayjs). */
export const brusselsIso = (date: string, time: string) => dayjs.tz(`${date}T${time}`, TIME_ZONE).format();

type Question = EventInput['questions'] extends (infer Q)[] | undefined ? Q : never;
/** A question being edited: its choices as typed, one a line. */
type DraftQuestion = { key: string; type: Question['type']; labelFr: string; labelNl: string; labelEn: string; required: boolean; choices: string };

const draftOf = (q: EventItem['questions'][number]): DraftQuestion => ({
  key: q.key,
  type: q.type,
  labelFr: q.labelFr,
  labelNl: q.labelNl,
  labelEn: q.labelEn ?? '',
  required: q.required,
  choices: (q.choices ?? []).join('\n'),
});
/** A key for a new question that no other question of the event uses. */
const freshKey = (taken: string[]) => {
  for (let i = 1; ; i++) if (!taken.includes(`q${i}`)) return `q${i}`;
};

/** The event's own registration questions, FR/NL/EN side by side; choices one a line. */
function QuestionsEditor({ value, onChange, errors }: { value: DraftQuestion[]; onChange: (q: DraftQuestion[]) => void; errors: Record<string, string> }) {
  const { t } = useTranslation('events');
  const set = (i: number, patch: Partial<DraftQuestion>) => onChange(value.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  return (
    <Fieldset legend={t('form.questions')}>
      <Stack gap="sm">
        {value.length === 0 && <Text size="sm">{t('form.noQuestions')}</Text>}
        {value.map((q, i) => (
          <Paper key={q.key} withBorder p="sm" role="group" aria-label={t('form.questionN', { n: i + 1 })}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600} size="sm">
                  {t('form.questionN', { n: i + 1 })}
                </Text>
                <ActionIcon variant="outline" color="red.9" onClick={() => onChange(value.filter((_, j) => j !== i))} aria-label={t('form.removeQuestion', { n: i + 1 })}>
                  ✕
                </ActionIcon>
              </Group>
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                <TextInput label={t('form.questionFr')} required value={q.labelFr} onChange={(e) => set(i, { labelFr: e.currentTarget.value })} error={errors[`questions.${i}.labelFr`]} />
                <TextInput label={t('form.questionNl')} required value={q.labelNl} onChange={(e) => set(i, { labelNl: e.currentTarget.value })} error={errors[`questions.${i}.labelNl`]} />
                <TextInput label={t('form.questionEn')} value={q.labelEn} onChange={(e) => set(i, { labelEn: e.currentTarget.value })} />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  label={t('form.questionType')}
                  value={q.type}
                  onChange={(e) => set(i, { type: e.currentTarget.value as Question['type'] })}
                  data={QUESTION_TYPES.map((k) => ({ value: k, label: t(`form.qtype.${k}`) }))}
                />
                <Checkbox mt={{ sm: 'xl' }} label={t('form.required')} checked={q.required} onChange={(e) => set(i, { required: e.currentTarget.checked })} />
              </SimpleGrid>
              {q.type === 'choice' && (
                <Textarea label={t('form.choices')} description={t('form.choicesHint')} autosize minRows={2} value={q.choices} onChange={(e) => set(i, { choices: e.currentTarget.value })} error={errors[`questions.${i}.choices`]} />
              )}
            </Stack>
          </Paper>
        ))}
        <Group>
          <Button variant="light" onClick={() => onChange([...value, { key: freshKey(value.map((q) => q.key)), type: 'text', labelFr: '', labelNl: '', labelEn: '', required: false, choices: '' }])}>
            {t('form.addQuestion')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/**
 * Creates an event, or changes one (given): kind, status, FR/NL/EN texts side by side, days and times, one of our
 * rooms or an outside venue, capacity, publics, partners, the staff in charge, the registration window, the waiting list and the
 * registration form's own questions.
 */
export function EventForm({ event, onDone, onCancel }: { event?: EventItem; onDone: (id: number) => void; onCancel?: () => void }) {
  const { t } = useTranslation('events');
  const inst = useInstitutionVars();
  const create = useCreateEvent();
  const update = useUpdateEvent(event?.id ?? 0);
  const mutation = event ? update : create;
  const organisations = useOrganisations();
  const rooms = useRoomOptions();
  const staffChoices = useStaffChoices();
  const [f, setF] = useState({
    kind: event?.kind ?? 'info_session',
    status: event?.status ?? 'published',
    titleFr: event?.title.fr ?? '',
    titleNl: event?.title.nl ?? '',
    titleEn: event?.title.en ?? '',
    descriptionFr: event?.description.fr ?? '',
    descriptionNl: event?.description.nl ?? '',
    descriptionEn: event?.description.en ?? '',
    startDate: event?.localStartDate ?? '',
    startTime: event?.localStartTime.slice(0, 5) ?? '09:30',
    endDate: event?.localEndDate ?? '',
    endTime: event?.localEndTime.slice(0, 5) ?? '12:00',
    place: event && !event.roomId && event.venueName ? 'venue' : 'room',
    roomId: event?.roomId ? String(event.roomId) : '',
    venueName: event?.venueName ?? '',
    venueAddress: event?.venueAddress ?? '',
    closesDate: event?.registrationClosesAt ? localDate(event.registrationClosesAt) : '',
    closesTime: event?.registrationClosesAt ? localTime(event.registrationClosesAt) : '23:59',
    waitingList: event?.waitingList ?? true,
  });
  const [capacity, setCapacity] = useState<number | string>(event?.capacity ?? '');
  const [offerHours, setOfferHours] = useState<number | string>(event?.offerHours ?? 48);
  const [publics, setPublics] = useState<string[]>(event?.targetPublics ?? ['job_seekers']);
  const [partners, setPartners] = useState<string[]>(event?.partners.map((p) => String(p.id)) ?? []);
  const [staff, setStaff] = useState<string[]>(event?.staff.map((s) => String(s.id)) ?? []);
  // Those already in charge stay offered even when their account was closed since.
  const staffOptions = [...(staffChoices.data?.items ?? []), ...(event?.staff ?? []).filter((s) => !staffChoices.data?.items.some((c) => c.id === s.id))].map((s) => ({ value: String(s.id), label: s.name }));
  const [questions, setQuestions] = useState<DraftQuestion[]>(event?.questions.map(draftOf) ?? []);
  const errors = mutation.error instanceof ApiError ? mutation.error.fieldErrors() : {};
  const set = (k: keyof typeof f) => (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body: EventInput = {
      kind: f.kind as EventInput['kind'],
      status: f.status as EventInput['status'],
      titleFr: f.titleFr,
      titleNl: f.titleNl,
      titleEn: f.titleEn || null,
      descriptionFr: f.descriptionFr || null,
      descriptionNl: f.descriptionNl || null,
      descriptionEn: f.descriptionEn || null,
      startsAt: f.startDate ? brusselsIso(f.startDate, f.startTime) : '',
      endsAt: brusselsIso(f.endDate || f.startDate, f.endTime),
      roomId: f.place === 'room' && f.roomId ? Number(f.roomId) : null,
      venueName: f.place === 'venue' ? f.venueName || null : null,
      venueAddress: f.place === 'venue' ? f.venueAddress || null : null,
      capacity: capacity === '' ? null : Number(capacity),
      targetPublics: publics as EventInput['targetPublics'],
      partnerIds: partners.map(Number),
      staffIds: staff.map(Number),
      registrationClosesAt: f.closesDate ? brusselsIso(f.closesDate, f.closesTime) : null,
      waitingList: f.waitingList,
      offerHours: offerHours === '' ? undefined : Number(offerHours),
      questions: questions.map((q) => ({
        key: q.key,
        type: q.type,
        labelFr: q.labelFr,
        labelNl: q.labelNl,
        labelEn: q.labelEn || null,
        required: q.required,
        ...(q.type === 'choice' ? { choices: q.choices.split('\n').map((c) => c.trim()).filter(Boolean) } : {}),
      })),
    };
    if (event) update.mutate(body, { onSuccess: (ev) => onDone(ev.id) });
    else create.mutate(body, { onSuccess: (ev) => onDone(ev.id) });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="event-form-title">
      <Title order={2} size="h3" mb="sm" id="event-form-title">
        {event ? t('form.editTitle') : t('list.new')}
      </Title>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label={t('form.kind')} value={f.kind} onChange={set('kind')} data={EVENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          <NativeSelect
            label={t('form.status')}
            value={f.status}
            onChange={set('status')}
            data={(event ? ['draft', 'published', 'closed', 'cancelled'] : ['draft', 'published']).map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
        </SimpleGrid>
        <Fieldset legend={t('form.texts')}>
          {/* The three languages side by side (stacked on a phone): a translator sees the French beside the Dutch. */}
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Stack gap="xs">
              <TextInput label={t('form.titleFr')} required value={f.titleFr} onChange={set('titleFr')} error={errors.titleFr} />
              <Textarea label={t('form.descriptionFr')} value={f.descriptionFr} onChange={set('descriptionFr')} autosize minRows={3} />
            </Stack>
            <Stack gap="xs">
              <TextInput label={t('form.titleNl')} required value={f.titleNl} onChange={set('titleNl')} error={errors.titleNl} />
              <Textarea label={t('form.descriptionNl')} value={f.descriptionNl} onChange={set('descriptionNl')} autosize minRows={3} />
            </Stack>
            <Stack gap="xs">
              <TextInput label={t('form.titleEn')} value={f.titleEn} onChange={set('titleEn')} />
              <Textarea label={t('form.descriptionEn')} value={f.descriptionEn} onChange={set('descriptionEn')} autosize minRows={3} />
            </Stack>
          </SimpleGrid>
        </Fieldset>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <TextInput type="date" label={t('form.startDate')} required value={f.startDate} onChange={set('startDate')} error={errors.startsAt} />
          <TextInput type="time" label={t('form.startTime')} required value={f.startTime} onChange={set('startTime')} />
          <TextInput type="date" label={t('form.endDate')} value={f.endDate} onChange={set('endDate')} error={errors.endsAt} />
          <TextInput type="time" label={t('form.endTime')} required value={f.endTime} onChange={set('endTime')} />
        </SimpleGrid>
        <div>
          <Text size="sm" fw={500} id="place-kind">
            {t('form.placeKind')}
          </Text>
          <SegmentedControl
            aria-labelledby="place-kind"
            value={f.place}
            onChange={(v) => setF({ ...f, place: v })}
            data={[
              { value: 'room', label: t('form.ourRoom') },
              { value: 'venue', label: t('form.venue') },
            ]}
          />
        </div>
        {f.place === 'room' ? (
          <NativeSelect label={t('form.room')} value={f.roomId} onChange={set('roomId')} data={[{ value: '', label: '—' }, ...rooms.map((r) => ({ value: String(r.id), label: `${r.name} (${r.capacity})` }))]} error={errors.roomId} />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('form.venueName')} value={f.venueName} onChange={set('venueName')} error={errors.venueName} />
            <TextInput label={t('form.venueAddress')} value={f.venueAddress} onChange={set('venueAddress')} />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput label={t('form.capacity')} min={1} value={capacity} onChange={setCapacity} error={errors.capacity} />
          <NumberInput label={t('form.offerHours')} min={1} max={720} value={offerHours} onChange={setOfferHours} error={errors.offerHours} />
          <TextInput type="date" label={t('form.closes')} value={f.closesDate} onChange={set('closesDate')} error={errors.registrationClosesAt} />
          <TextInput type="time" label={t('form.closesTime')} value={f.closesTime} onChange={set('closesTime')} />
        </SimpleGrid>
        <MultiSelect label={t('form.publics')} data={TARGET_PUBLICS.map((p) => ({ value: p, label: t(`publics.${p}`) }))} value={publics} onChange={setPublics} />
        <MultiSelect label={t('form.partners')} searchable data={(organisations.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name }))} value={partners} onChange={setPartners} />
        <MultiSelect
          label={t('form.staff')}
          description={t('form.staffHint', inst)}
          searchable
          data={staffOptions}
          value={staff}
          onChange={setStaff}
          error={Object.entries(errors).find(([k]) => k.startsWith('staffIds'))?.[1]}
        />
        <Checkbox label={t('form.waitingList')} checked={f.waitingList} onChange={(e) => setF({ ...f, waitingList: e.currentTarget.checked })} />
        <QuestionsEditor value={questions} onChange={setQuestions} errors={errors} />
        <ProblemAlert error={mutation.error} />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {event ? t('form.save') : t('form.create')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('form.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
