import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Container, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, formatDate, formatTime, setLanguage, type Language } from '../../app/i18n';
import { ApiError } from '../../app/api';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { SCREEN_REFRESH_MS, brusselsNow, brusselsToday, useFreeSlots, usePublicRooms, useRequestStatus, useScreen, useSubmitRequest, type ScreenData } from './api';
import './i18n';

/** The next quarter of an hour after a HH:MM (23:59 at most). */
function nextQuarter(hhmm: string) {
  const [h, m] = hhmm.split(':').map(Number);
  const q = Math.min(Math.floor((h * 60 + m) / 15) * 15 + 15, 23 * 60 + 59);
  return `${String(Math.floor(q / 60)).padStart(2, '0')}:${String(q % 60).padStart(2, '0')}`;
}

function useTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Maison de l'Emploi`;
  }, [title]);
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
  const [form, setForm] = useState({ startTime: '', endTime: '', organisation: '', contactName: '', contactEmail: '', contactPhone: '', purpose: '', layout: '', website: '' });
  const [attendees, setAttendees] = useState<number | string>('');
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
            <TextInput type="date" label={t('request.date')} required value={date} min={brusselsToday()} onChange={(e) => setDate(e.currentTarget.value)} error={fieldErrors.date} />
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
          <NumberInput label={t('request.attendees')} required min={1} max={1000} value={attendees} onChange={setAttendees} error={fieldErrors.attendees} />
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

/**
 * The entrance screen: today's bookings room by room, in large type (readable from 3 m), refreshed every minute.
 * When the network is down it keeps the last data and says so discreetly.
 */
export function EntranceScreenPage() {
  const { t } = useTranslation('rooms');
  useTitle(t('screen.title'));
  const screen = useScreen();
  const [last, setLast] = useState<ScreenData | null>(() => {
    try {
      return JSON.parse(localStorage.getItem('relais.rooms.screen') ?? 'null') as ScreenData | null;
    } catch {
      return null;
    }
  });
  useEffect(() => {
    if (screen.data) {
      setLast(screen.data);
      try {
        localStorage.setItem('relais.rooms.screen', JSON.stringify(screen.data));
      } catch {
        // storage full or disabled: keep the data in memory only
      }
    }
  }, [screen.data]);
  // Reload the page once a day (new build, memory) at night.
  useEffect(() => {
    const id = setInterval(() => {
      if (brusselsNow().startsWith('04:') && navigator.onLine) window.location.reload();
    }, 3_600_000);
    return () => clearInterval(id);
  }, []);
  // A clock that ticks between refreshes: data older than two refreshes is stale even if no request has failed yet.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(id);
  }, []);
  const data = screen.data ?? last;
  const failed = !!screen.error && screen.errorUpdatedAt >= screen.dataUpdatedAt;
  // (Times of this browser's clock, not the server's: a screen's clock may be off.)
  const old = screen.data ? now - screen.dataUpdatedAt > 2.5 * SCREEN_REFRESH_MS : !screen.isFetching;
  const stale = !!data && (failed || old || data.date !== brusselsToday());
  return (
    <main style={{ minHeight: '100vh', background: '#0b2545', color: '#fff', padding: '2vw 3vw', fontSize: 'clamp(20px, 2.4vw, 44px)' }}>
      <Group justify="space-between" align="baseline" mb="1vw" wrap="nowrap">
        <h1 style={{ fontSize: '1.8em', margin: 0 }}>{t('screen.title')}</h1>
        <span style={{ fontSize: '1em' }}>{data ? formatDate(data.date, { weekday: 'long', day: 'numeric', month: 'long' }) : ''}</span>
      </Group>
      {!data ? (
        screen.error ? <ProblemAlert error={screen.error} /> : <Loading />
      ) : (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 28vw), 1fr))', gap: '1.5vw' }}>
          {data.rooms.map((room) => {
            const upcoming = room.bookings.filter((b) => !b.past);
            return (
              <section key={room.id} style={{ background: 'rgba(255,255,255,0.08)', borderRadius: 12, padding: '1vw 1.5vw' }} aria-labelledby={`screen-room-${room.id}`}>
                <h2 id={`screen-room-${room.id}`} style={{ fontSize: '1.3em', margin: '0 0 0.4em' }}>
                  {room.name}
                </h2>
                {upcoming.length === 0 ? (
                  <p style={{ margin: 0, opacity: 0.85 }}>{t('screen.none')}</p>
                ) : (
                  <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                    {upcoming.map((b, i) => (
                      <li key={i} style={{ padding: '0.2em 0', fontWeight: b.now ? 700 : 400 }}>
                        {b.from}–{b.to} · {b.organisation ?? t('screen.occupied')}
                        {b.now && <span style={{ marginLeft: '0.5em', background: '#ffd166', color: '#0b2545', borderRadius: 6, padding: '0 0.3em', fontSize: '0.7em' }}>{t('screen.now')}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
      <p role="status" aria-live="polite" style={{ position: 'fixed', bottom: 8, right: 16, margin: 0, fontSize: 16, opacity: 0.8 }}>
        {data && (stale ? t('screen.offline', { time: formatTime(data.generatedAt) }) : t('screen.updated', { time: formatTime(data.generatedAt) }))}
      </p>
    </main>
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
