import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Checkbox, Container, Group, Image, NativeSelect, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInstitutionVars } from '../../app/institution';
import { LANGUAGES, formatDate, formatDateTime, formatTime, setLanguage, type Language } from '../../app/i18n';
import { ApiError } from '../../app/api';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { inLanguage, usePublicEvent, usePublicEvents, usePublicRegister, useTicket, useTicketAction, type PublicEvent } from './api';
import './i18n';

function useTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Maison de l'Emploi`;
  }, [title]);
}

function PublicLanguage() {
  const { t, i18n } = useTranslation('events');
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

function When({ e }: { e: { startsAt: string; endsAt: string } }) {
  const sameDay = formatDate(e.startsAt) === formatDate(e.endsAt);
  return <>{sameDay ? `${formatDate(e.startsAt, { dateStyle: 'full' })}, ${formatTime(e.startsAt)} – ${formatTime(e.endsAt)}` : `${formatDateTime(e.startsAt)} – ${formatDateTime(e.endsAt)}`}</>;
}

function Shell({ title, children }: { title: string; children: React.ReactNode }) {
  useTitle(title);
  return (
    <Container size="sm" py="md" px="sm" component="main">
      <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
        <Title order={1} size="h2">
          {title}
        </Title>
        <PublicLanguage />
      </Group>
      {children}
    </Container>
  );
}

/** Public page: the events still to come. */
export function PublicEventsPage() {
  const { t } = useTranslation('events');
  const list = usePublicEvents();
  return (
    <Shell title={t('public.title')}>
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : !list.data?.items.length ? (
        <Text>{t('public.none')}</Text>
      ) : (
        <Stack component="ul" style={{ listStyle: 'none', padding: 0 }}>
          {list.data.items.map((e) => (
            <Card withBorder component="li" key={e.id}>
              <Badge variant="light">{t(`kind.${e.kind}`)}</Badge>
              <Title order={2} size="h4" mt="xs">
                {inLanguage(e.title)}
              </Title>
              <Text size="sm">
                <When e={e} />
              </Text>
              {e.place && <Text size="sm">{[e.place, e.venueAddress].filter(Boolean).join(', ')}</Text>}
              <Button component={Link} to={`/p/events/${e.id}`} mt="sm" disabled={!e.registrationOpen}>
                {t('public.register')}
                <span className="visually-hidden">: {inLanguage(e.title)}</span>
              </Button>
            </Card>
          ))}
        </Stack>
      )}
    </Shell>
  );
}

function stateNote(e: PublicEvent, t: (k: string) => string) {
  if (e.registrationState === 'waiting_list') return t('public.waitingNote');
  if (e.registrationState === 'closed') return t('public.closed');
  if (e.registrationState === 'full') return t('public.full');
  if (e.registrationState === 'not_yet_open') return t('public.notYet');
  return null;
}

/** Public page: one event and its registration form (no account). */
export function PublicRegisterPage() {
  const { t, i18n } = useTranslation('events');
  const inst = useInstitutionVars();
  const id = Number(useParams().id);
  const event = usePublicEvent(id);
  const register = usePublicRegister(id);
  const navigate = useNavigate();
  const [form, setForm] = useState({ firstName: '', lastName: '', email: '', phone: '', website: '' });
  const [answers, setAnswers] = useState<Record<string, string | boolean>>({});
  const [items, setItems] = useState<number[]>([]);
  const [consent, setConsent] = useState(false);
  const e = event.data;
  const fieldErrors = register.error instanceof ApiError ? register.error.fieldErrors() : {};
  if (event.isPending)
    return (
      <Shell title={t('public.title')}>
        <Loading />
      </Shell>
    );
  if (!e) return <Shell title={t('public.title')}>{<ProblemAlert error={event.error} />}</Shell>;
  const note = stateNote(e, t);
  const submit = (ev: React.FormEvent) => {
    ev.preventDefault();
    register.mutate(
      {
        firstName: form.firstName,
        lastName: form.lastName,
        email: form.email || null,
        phone: form.phone || null,
        locale: i18n.language as Language,
        answers: Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== '')),
        itemIds: items,
        consent: consent as true,
        website: form.website,
      },
      { onSuccess: (r) => navigate(`/p/events/ticket/${r.secret}`, { state: { delivery: r.delivery } }) },
    );
  };
  const label = (q: { labelFr: string; labelNl: string; labelEn?: string | null }) => inLanguage({ fr: q.labelFr, nl: q.labelNl, en: q.labelEn ?? null });
  return (
    <Shell title={inLanguage(e.title)}>
      <Anchor component={Link} to="/p/events" size="sm">
        {t('public.back')}
      </Anchor>
      <Paper withBorder p="sm" my="sm">
        <Text>
          <strong>{t('public.when')}</strong> <When e={e} />
        </Text>
        {e.place && (
          <Text>
            <strong>{t('public.where')}</strong> {[e.place, e.venueAddress].filter(Boolean).join(', ')}
          </Text>
        )}
        {e.partners.length > 0 && (
          <Text>
            <strong>{t('public.partners')}</strong> {e.partners.map((p) => p.name).join(', ')}
          </Text>
        )}
        {inLanguage(e.description) && <Text mt="xs" style={{ whiteSpace: 'pre-line' }}>{inLanguage(e.description)}</Text>}
      </Paper>
      {note && (
        <Alert color={e.registrationOpen ? 'yellow' : 'gray'} mb="sm">
          {note}
        </Alert>
      )}
      {e.registrationOpen && (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={2} size="h3">
              {t('public.form')}
            </Title>
            <TextInput label={t('public.firstName')} required autoComplete="given-name" value={form.firstName} onChange={(x) => setForm({ ...form, firstName: x.currentTarget.value })} error={fieldErrors.firstName} />
            <TextInput label={t('public.lastName')} required autoComplete="family-name" value={form.lastName} onChange={(x) => setForm({ ...form, lastName: x.currentTarget.value })} error={fieldErrors.lastName} />
            <TextInput label={t('public.email')} type="email" autoComplete="email" value={form.email} onChange={(x) => setForm({ ...form, email: x.currentTarget.value })} error={fieldErrors.email} />
            <TextInput label={t('public.phone')} type="tel" autoComplete="tel" value={form.phone} onChange={(x) => setForm({ ...form, phone: x.currentTarget.value })} error={fieldErrors.phone} />
            {e.questions.map((q) =>
              q.type === 'yes_no' ? (
                <Radio.Group key={q.key} label={label(q)} required={q.required} value={answers[q.key] === undefined ? '' : String(answers[q.key])} onChange={(v) => setAnswers({ ...answers, [q.key]: v === 'true' })} error={fieldErrors[`answers.${q.key}`]}>
                  <Group mt="xs">
                    <Radio value="true" label={t('public.yes')} />
                    <Radio value="false" label={t('public.no')} />
                  </Group>
                </Radio.Group>
              ) : q.type === 'choice' ? (
                <NativeSelect
                  key={q.key}
                  label={label(q)}
                  required={q.required}
                  value={String(answers[q.key] ?? '')}
                  data={[{ value: '', label: t('public.choose') }, ...(q.choices ?? []).map((c) => ({ value: c, label: c }))]}
                  onChange={(x) => setAnswers({ ...answers, [q.key]: x.currentTarget.value })}
                  error={fieldErrors[`answers.${q.key}`]}
                />
              ) : (
                <TextInput key={q.key} label={label(q)} required={q.required} value={String(answers[q.key] ?? '')} onChange={(x) => setAnswers({ ...answers, [q.key]: x.currentTarget.value })} error={fieldErrors[`answers.${q.key}`]} />
              ),
            )}
            {e.items.length > 0 && (
              <Checkbox.Group label={t('public.programme')} value={items.map(String)} onChange={(v) => setItems(v.map(Number))}>
                <Stack gap="xs" mt="xs">
                  {e.items.map((it) => (
                    <Checkbox key={it.id} value={String(it.id)} disabled={it.placesLeft === 0} label={`${formatTime(it.startsAt)} – ${formatTime(it.endsAt)} · ${inLanguage(it.title)}${it.speakers ? ` (${it.speakers})` : ''}`} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
            {/* a honeypot for robots: hidden from people and screen readers */}
            <div aria-hidden="true" style={{ position: 'absolute', left: '-10000px' }}>
              <label>
                Website
                <input tabIndex={-1} autoComplete="off" value={form.website} onChange={(x) => setForm({ ...form, website: x.currentTarget.value })} />
              </label>
            </div>
            <Checkbox label={t('public.consent', inst)} checked={consent} onChange={(x) => setConsent(x.currentTarget.checked)} error={fieldErrors.consent} />
            <ProblemAlert error={register.error} />
            <Button type="submit" loading={register.isPending} size="md">
              {t('public.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Shell>
  );
}

/** Public page: the ticket (QR code), its state, cancel or accept an offered place. */
export function TicketPage() {
  const { t } = useTranslation('events');
  const secret = useParams().secret ?? '';
  const ticket = useTicket(secret);
  const action = useTicketAction(secret);
  // How the ticket was sent, as the registration form left it in the navigation's state (none when the link is opened).
  const delivery = (typeof history === 'undefined' ? undefined : (history.state?.usr as { delivery?: string } | undefined))?.delivery;
  const d = ticket.data;
  if (ticket.isPending)
    return (
      <Shell title={t('public.ticket')}>
        <Loading />
      </Shell>
    );
  if (!d) return <Shell title={t('public.ticket')}>{<ProblemAlert error={ticket.error} />}</Shell>;
  const statusText =
    d.status === 'registered'
      ? t('public.statusRegistered')
      : d.status === 'waiting'
        ? t('public.statusWaiting', { position: d.position })
        : d.status === 'offered'
          ? t('public.statusOffered', { until: formatDateTime(d.offeredUntil) })
          : d.status === 'cancelled'
            ? t('public.statusCancelled')
            : t('public.statusExpired');
  return (
    <Shell title={t('public.ticket')}>
      <Stack>
        <Paper withBorder p="md">
          <Title order={2} size="h3">
            {inLanguage(d.event.title)}
          </Title>
          <Text>
            <When e={d.event} />
          </Text>
          {d.event.place && <Text>{[d.event.place, d.event.venueAddress].filter(Boolean).join(', ')}</Text>}
          <Text mt="sm" fw={700}>
            {d.firstName} {d.lastName}
          </Text>
          <Alert mt="sm" color={d.status === 'registered' ? 'green' : d.status === 'cancelled' || d.status === 'expired' ? 'gray' : 'yellow'} role="status">
            {statusText}
          </Alert>
          {d.status === 'registered' && (
            <Stack align="center" mt="md" gap="xs">
              <Text size="sm">{t('public.ticketIntro')}</Text>
              <Image src={`/api/public/events/tickets/${d.secret}/qr.png`} alt={t('public.qrAlt', { code: d.secret })} w={240} h={240} />
              <Text ff="monospace" size="lg" data-testid="ticket-code">
                {t('public.ticketCode', { code: d.secret })}
              </Text>
            </Stack>
          )}
          {d.checkedInAt && <Text mt="sm">{t('public.checkedIn', { at: formatDateTime(d.checkedInAt) })}</Text>}
          {d.items.length > 0 && (
            <Stack gap={2} mt="sm">
              {d.items.map((i) => (
                <Text key={i.id} size="sm">
                  {formatTime(i.startsAt)} · {inLanguage(i.title)}
                </Text>
              ))}
            </Stack>
          )}
        </Paper>
        {delivery && <Text size="sm">{delivery === 'email' ? t('public.sentEmail') : t('public.sentManual')}</Text>}
        <ProblemAlert error={action.error} />
        <Group>
          {d.status === 'offered' && (
            <Button onClick={() => action.mutate('accept')} loading={action.isPending}>
              {t('public.accept')}
            </Button>
          )}
          {d.status === 'registered' && (
            <Button variant="default" onClick={() => window.print()}>
              {t('public.print')}
            </Button>
          )}
          {(d.status === 'registered' || d.status === 'waiting' || d.status === 'offered') && !d.checkedInAt && (
            <Button color="red" variant="light" loading={action.isPending} onClick={() => window.confirm(t('public.cancelConfirm')) && action.mutate('cancel')}>
              {t('public.cancel')}
            </Button>
          )}
        </Group>
        <Anchor component={Link} to="/p/events" size="sm">
          {t('public.back')}
        </Anchor>
      </Stack>
    </Shell>
  );
}
