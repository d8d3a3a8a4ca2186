import { useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Container, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, formatDate, setLanguage, type Language } from '../../app/i18n';
import { ApiError } from '../../app/api';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { brusselsNow, brusselsToday, useFreeSlots, usePublicRooms, useRequestStatus, useSubmitRequest } from './api';
import { useBrowserValue } from '../../app/hydration';
import { useTitle } from './title';
import './i18n';

/** The next quarter of an hour after a HH:MM (23:59 at most). */
function nextQuarter(hhmm: string) {
  const [h, m] = hhmm.split(':').map(Number);
  const q = Math.min(Math.floor((h * 60 + m) / 15) * 15 + 15, 23 * 60 + 59);
  return `${String(Math.floor(q / 60)).padStart(2, '0')}:${String(q % 60).padStart(2, '0')}`;
}


/** The occupation page is the website's (written by the server): its former address leads there in this language. */
const occupationHref = (language: string) => `/p/rooms?lang=${language}`;

/** The public pages' language choice (French and Dutch first: Brussels is bilingual). */
function PublicLanguage() {
  const { t, i18n } = useTranslation('rooms');
  const names: Record<Language, string> = { fr: 'Français', nl: 'Nederlands', en: 'English' };
  return (
    <NativeSelect
      label={t('public.language')}
      size="xs"
      w={140}
      value={i18n.language}
      data={LANGUAGES.map((l) => ({ value: l, label: names[l] }))}
      onChange={(e) => setLanguage(e.currentTarget.value as Language)}
    />
  );
}

/** Public request form: a room and a day show the free slots; the request gets a reference code. */
export function PublicRequestPage() {
  const { t, i18n } = useTranslation('rooms');
  useTitle(t('request.title'));
  const rooms = usePublicRooms();
  const submit = useSubmitRequest();
  const [roomId, setRoomId] = useState<string>('');
  const [date, setDate] = useState('');
  const today = useBrowserValue(brusselsToday, undefined);
  const [form, setForm] = useState({ startTime: '', endTime: '', organisation: '', contactName: '', contactEmail: '', contactPhone: '', purpose: '', layout: '', website: '' });
  const [attendees, setAttendees] = useState('');
  const [showPublicly, setShowPublicly] = useState(false);
  const slots = useFreeSlots(roomId ? Number(roomId) : null, date);
  // Today, only what is still ahead can be asked for: a slot starts at the next quarter of an hour at the earliest.
  const free = (slots.data?.free ?? []).flatMap((s) => {
    if (date !== brusselsToday()) return [s];
    const earliest = nextQuarter(brusselsNow());
    if (s.to <= earliest) return [];
    return [{ from: s.from < earliest ? earliest : s.from, to: s.to }];
  });
  const fieldErrors = submit.error instanceof ApiError ? submit.error.fieldErrors() : {};
  const field = (name: keyof typeof form) => ({
    value: form[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setForm({ ...form, [name]: e.currentTarget.value }),
    error: fieldErrors[name],
  });

  if (submit.data)
    return (
      <Container size="sm" py="md" component="main">
        <Title order={1} mb="md">
          {t('request.title')}
        </Title>
        <Alert color="green" role="status" variant="light">
          {t(submit.data.byEmail ? 'request.sentByEmail' : 'request.sentNoEmail', { reference: submit.data.reference })}
        </Alert>
        <Anchor component={Link} to={`/p/rooms/request/${submit.data.reference}`} mt="md" display="block">
          {t('request.follow')}
        </Anchor>
        <Anchor href={occupationHref(i18n.language)} mt="md" display="block">
          {t('request.back')}
        </Anchor>
      </Container>
    );

  return (
    <Container size="sm" py="md" component="main">
      <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
        <Title order={1}>{t('request.title')}</Title>
        <PublicLanguage />
      </Group>
      <Text mb="md">{t('request.intro')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit.mutate({
            roomId: Number(roomId),
            date,
            startTime: form.startTime,
            endTime: form.endTime,
            organisation: form.organisation,
            contactName: form.contactName,
            contactEmail: form.contactEmail,
            contactPhone: form.contactPhone || null,
            purpose: form.purpose,
            attendees: Number(attendees) || 0,
            layout: form.layout || null,
            showPublicly,
            ...(form.website ? { website: form.website } : {}),
          });
        }}
      >
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('request.room')}
              required
              value={roomId}
              onChange={(e) => setRoomId(e.currentTarget.value)}
              data={[{ value: '', label: '—' }, ...(rooms.data?.items ?? []).map((r) => ({ value: String(r.id), label: `${r.name} (${t('public.seats', { count: r.capacity })})` }))]}
              error={fieldErrors.roomId}
            />
            <TextInput type="date" label={t('request.date')} required value={date} min={today} onChange={(e) => setDate(e.currentTarget.value)} error={fieldErrors.date} />
          </SimpleGrid>
          {slots.data && (
            <Paper withBorder p="sm" role="region" aria-label={t('request.freeSlots')}>
              <Text fw={600} size="sm">
                {t('request.freeSlots')}
              </Text>
              {slots.data.opening.length === 0 ? (
                <Text size="sm">{t('request.closedDay')}</Text>
              ) : free.length === 0 ? (
                <Text size="sm">{t('request.noFree')}</Text>
              ) : (
                <Group gap={6} mt={4} wrap="wrap">
                  {free.map((s) => (
                    <Button key={s.from} size="compact-sm" variant="light" onClick={() => setForm({ ...form, startTime: s.from, endTime: s.to })}>
                      {s.from}–{s.to}
                    </Button>
                  ))}
                </Group>
              )}
            </Paper>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="time" label={t('request.start')} required {...field('startTime')} />
            <TextInput type="time" label={t('request.end')} required {...field('endTime')} />
          </SimpleGrid>
          <TextInput label={t('request.organisation')} required maxLength={200} {...field('organisation')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('request.contactName')} required maxLength={200} autoComplete="name" {...field('contactName')} />
            <TextInput type="email" label={t('request.contactEmail')} required maxLength={200} autoComplete="email" {...field('contactEmail')} />
          </SimpleGrid>
          <TextInput type="tel" label={t('request.contactPhone')} maxLength={40} autoComplete="tel" {...field('contactPhone')} />
          <TextInput label={t('request.purpose')} required maxLength={300} {...field('purpose')} />
          {/* A number field of the browser (its own keypad on a phone): Mantine's NumberInput would add 13 KB to a page meant for phones. */}
          <TextInput
            type="number"
            inputMode="numeric"
            label={t('request.attendees')}
            required
            min={1}
            max={1000}
            step={1}
            value={attendees}
            onChange={(e) => setAttendees(e.currentTarget.value)}
            error={fieldErrors.attendees}
          />
          <Textarea label={t('request.layout')} maxLength={500} {...field('layout')} />
          <Checkbox label={t('request.showPublicly')} checked={showPublicly} onChange={(e) => setShowPublicly(e.currentTarget.checked)} />
          {/* Honeypot: hidden from people and from assistive technology; robots fill it. */}
          <div style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }} aria-hidden="true">
            <label>
              {t('request.honeypot')}
              <input type="text" name="website" tabIndex={-1} autoComplete="off" value={form.website} onChange={(e) => setForm({ ...form, website: e.currentTarget.value })} />
            </label>
          </div>
          <ProblemAlert error={submit.error} />
          <Button type="submit" loading={submit.isPending}>
            {t('request.send')}
          </Button>
          <Anchor href={occupationHref(i18n.language)}>
            {t('request.back')}
          </Anchor>
        </Stack>
      </form>
    </Container>
  );
}

/** The public requester's follow-up page: what became of the request, by its reference (no account, nothing else shown). */
export function PublicRequestStatusPage() {
  const { t, i18n } = useTranslation('rooms');
  const { reference = '' } = useParams();
  useTitle(t('follow.title', { reference }));
  const status = useRequestStatus(reference);
  const s = status.data;
  return (
    <Container size="sm" py="md" component="main">
      <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
        <Title order={1}>{t('follow.title', { reference })}</Title>
        <PublicLanguage />
      </Group>
      {status.isPending ? (
        <Loading />
      ) : status.error ? (
        <ProblemAlert error={status.error} />
      ) : (
        s && (
          <Stack>
            <Text>
              {t('follow.what', { room: s.room, day: formatDate(s.date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }), from: s.startTime, to: s.endTime })}
            </Text>
            <Alert color={s.status === 'confirmed' ? 'green' : s.status === 'requested' ? 'blue' : 'gray'} variant="light" role="status" title={t(`follow.status.${s.status}`)}>
              {s.message ? t('follow.message', { message: s.message }) : t(`follow.hint.${s.status}`)}
            </Alert>
          </Stack>
        )
      )}
      <Anchor href={occupationHref(i18n.language)} mt="md" display="block">
        {t('follow.back')}
      </Anchor>
    </Container>
  );
}
