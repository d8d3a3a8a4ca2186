import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Checkbox, Fieldset, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { useDebouncedValue } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EventLoans } from '../equipment/public';
import { useCan } from '../../app/auth';
import { formatDate, formatDateTime, formatTime } from '../../app/i18n';
import { localDate, localTime } from '../../app/time';
import { ApiError } from '../../app/api';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { TableScroll } from '../../ui/TableScroll';
import { PersonPicker, type PersonHit } from '../people/public';
import { inLanguage, useAddItem, useCancelRegistration, useDeleteItem, useUpdateItem, useDeskRegister, useEvent, useLinkPerson, useLive, useRegistrations, type EventItem, type Live } from './api';
import { EventForm, brusselsIso } from './EventForm';
import './i18n';

function Figure({ label, value }: { label: string; value: number | string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

/** Live figures: registered, checked in, walk-ins, inside now; per hour (a chart) and per desk. */
export function LiveFigures({ live }: { live: Live }) {
  const { t } = useTranslation('events');
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Figure label={t('live.registered')} value={live.capacity ? `${live.registered} / ${live.capacity}` : live.registered} />
        <Figure label={t('live.checkedIn')} value={live.checkedIn} />
        <Figure label={t('live.walkIns')} value={live.walkIns} />
        <Figure label={t('live.insideNow')} value={live.insideNow ?? '—'} />
      </SimpleGrid>
      {live.perHour.length > 0 && (
        <div>
          <Title order={3} size="h5" mb="xs">
            {t('live.perHour')}
          </Title>
          <BarChart
            h={220}
            data={live.perHour.map((h) => ({ hour: h.hour, [t('live.checkIns')]: h.checkIns, [t('live.walk')]: h.walkIns }))}
            dataKey="hour"
            type="stacked"
            series={[
              { name: t('live.checkIns'), color: 'blue.6' },
              { name: t('live.walk'), color: 'teal.6' },
            ]}
            withLegend
          />
          <Table mt="xs" className="visually-hidden">
              <caption>{t('live.perHour')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('live.hour')}</Table.Th>
                  <Table.Th>{t('live.checkIns')}</Table.Th>
                  <Table.Th>{t('live.walk')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {live.perHour.map((h) => (
                  <Table.Tr key={`${h.date} ${h.hour}`}>
                    <Table.Td>{h.hour}</Table.Td>
                    <Table.Td>{h.checkIns}</Table.Td>
                    <Table.Td>{h.walkIns}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
        </div>
      )}
      {live.perDesk.length > 0 && (
        <Text size="sm">
          {t('live.perDeskLine', { list: live.perDesk.map((d) => `${d.desk} ${d.checkIns}`).join(' · ') })}
        </Text>
      )}
    </Stack>
  );
}

function DeskRegistration({ event }: { event: EventItem }) {
  const { t } = useTranslation('events');
  const register = useDeskRegister(event.id);
  const link = useLinkPerson(event.id);
  const [person, setPerson] = useState<PersonHit | null>(null);
  const [names, setNames] = useState({ firstName: '', lastName: '', email: '' });
  const [checkIn, setCheckIn] = useState(true);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    register.mutate(
      { ...(person ? { personId: person.id, firstName: person.firstName, lastName: person.lastName } : { firstName: names.firstName, lastName: names.lastName, email: names.email || null }), consent: true, checkInAt: checkIn ? t('detail.desk').slice(0, 60) : undefined },
      {
        onSuccess: () => {
          setPerson(null);
          setNames({ firstName: '', lastName: '', email: '' });
        },
      },
    );
  };
  const done = register.data;
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit}>
      <Title order={2} size="h3" mb="sm">
        {t('detail.desk')}
      </Title>
      <Stack gap="sm">
        <PersonPicker label={t('detail.person')} value={person} onChange={setPerson} allowCreate={false} />
        {!person && (
          <>
            <Text size="sm">{t('detail.orNames')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('detail.firstName')} value={names.firstName} onChange={(e) => setNames({ ...names, firstName: e.currentTarget.value })} />
              <TextInput label={t('detail.lastName')} value={names.lastName} onChange={(e) => setNames({ ...names, lastName: e.currentTarget.value })} />
              <TextInput label={t('detail.email')} type="email" value={names.email} onChange={(e) => setNames({ ...names, email: e.currentTarget.value })} />
            </SimpleGrid>
          </>
        )}
        <Checkbox label={t('detail.checkInNow')} checked={checkIn} onChange={(e) => setCheckIn(e.currentTarget.checked)} />
        <ProblemAlert error={register.error} />
        {done && (
          <Alert color="green" role="status">
            {t('detail.registered', { name: `${done.registration.firstName} ${done.registration.lastName}`, status: t(`regStatus.${done.registration.status}`) })}
            {done.duplicates.length > 0 && !done.registration.personId && !link.data && (
              <>
                <Text size="sm">{t('detail.duplicates', { names: done.duplicates.map((d) => `${d.firstName} ${d.lastName}`).join(', ') })}</Text>
                <Group gap="xs" mt="xs">
                  {done.duplicates.slice(0, 3).map((d) => (
                    <Button key={d.id} size="xs" variant="default" loading={link.isPending} onClick={() => link.mutate({ registrationId: done.registration.id, personId: d.id })}>
                      {t('detail.link', { name: `${d.firstName} ${d.lastName}${d.birthDate ? ` (${d.birthDate})` : ''}` })}
                    </Button>
                  ))}
                </Group>
              </>
            )}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={register.isPending}>
            {t('detail.register')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

type Item = EventItem['items'][number];

/** Adds a talk or workshop to the programme, or changes one (given): FR/NL/EN titles side by side, day, times, speakers, room, capacity. */
function ItemForm({ event, item, onDone }: { event: EventItem; item?: Item; onDone: () => void }) {
  const { t } = useTranslation('events');
  const add = useAddItem(event.id);
  const update = useUpdateItem(event.id);
  const mutation = item ? update : add;
  const [f, setF] = useState({
    kind: item?.kind ?? 'talk',
    titleFr: item?.title.fr ?? '',
    titleNl: item?.title.nl ?? '',
    titleEn: item?.title.en ?? '',
    day: item ? localDate(item.startsAt) : event.localStartDate,
    from: item ? localTime(item.startsAt) : '10:00',
    to: item ? localTime(item.endsAt) : '11:00',
    speakers: item?.speakers ?? '',
    room: item?.room ?? '',
  });
  const [capacity, setCapacity] = useState<number | string>(item?.capacity ?? '');
  const errors = mutation.error instanceof ApiError ? mutation.error.fieldErrors() : {};
  const set = (k: keyof typeof f) => (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value });
  const multiDay = event.localStartDate !== event.localEndDate;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body = {
      kind: f.kind as 'talk' | 'workshop',
      titleFr: f.titleFr,
      titleNl: f.titleNl,
      titleEn: f.titleEn || null,
      startsAt: brusselsIso(f.day, f.from),
      endsAt: brusselsIso(f.day, f.to),
      speakers: f.speakers || null,
      room: f.room || null,
      capacity: capacity === '' ? null : Number(capacity),
    };
    if (item) update.mutate({ itemId: item.id, body }, { onSuccess: onDone });
    else add.mutate(body, { onSuccess: () => {
      setF({ ...f, titleFr: '', titleNl: '', titleEn: '', speakers: '' });
      setCapacity('');
      onDone();
    } });
  };
  const legend = item ? t('detail.editItem', { title: inLanguage(item.title) }) : t('detail.newItem');
  return (
    <form onSubmit={submit} noValidate>
    <Fieldset legend={legend} mt="sm">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput label={t('detail.itemTitleFr')} required value={f.titleFr} onChange={set('titleFr')} error={errors.titleFr} />
          <TextInput label={t('detail.itemTitleNl')} required value={f.titleNl} onChange={set('titleNl')} error={errors.titleNl} />
          <TextInput label={t('detail.itemTitleEn')} value={f.titleEn} onChange={set('titleEn')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <NativeSelect label={t('detail.itemKind')} value={f.kind} onChange={set('kind')} data={[{ value: 'talk', label: t('detail.talk') }, { value: 'workshop', label: t('detail.workshop') }]} />
          {multiDay && <TextInput type="date" label={t('detail.day')} value={f.day} min={event.localStartDate} max={event.localEndDate} onChange={set('day')} />}
          <TextInput type="time" label={t('detail.from')} value={f.from} onChange={set('from')} error={errors.startsAt} />
          <TextInput type="time" label={t('detail.to')} value={f.to} onChange={set('to')} error={errors.endsAt} />
          <TextInput label={t('detail.speakers')} value={f.speakers} onChange={set('speakers')} />
          <TextInput label={t('detail.room')} value={f.room} onChange={set('room')} />
          <NumberInput label={t('detail.capacity')} min={1} value={capacity} onChange={setCapacity} error={errors.capacity} />
        </SimpleGrid>
        <ProblemAlert error={mutation.error} />
        <Group>
          <Button type="submit" variant={item ? 'filled' : 'light'} loading={mutation.isPending}>
            {item ? t('detail.saveItem') : t('detail.addItem')}
          </Button>
          {item && (
            <Button variant="default" onClick={onDone}>
              {t('form.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Fieldset>
    </form>
  );
}

/** The programme: its items by time; organisers add, change and remove them. */
function Programme({ event, canManage }: { event: EventItem; canManage: boolean }) {
  const { t } = useTranslation('events');
  const remove = useDeleteItem(event.id);
  const [editing, setEditing] = useState<number | null>(null);
  const multiDay = event.localStartDate !== event.localEndDate;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="sm">
        {t('detail.programme')}
      </Title>
      {event.items.length === 0 ? (
        <Text size="sm">{t('detail.noItems')}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {event.items.map((i) => (
            <li key={i.id}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text size="sm">
                  {multiDay ? `${formatDate(i.startsAt)} ` : ''}
                  {formatTime(i.startsAt)}–{formatTime(i.endsAt)} · <strong>{inLanguage(i.title)}</strong> ({t(`detail.${i.kind}`)}){i.speakers ? ` · ${i.speakers}` : ''}
                  {i.room ? ` · ${i.room}` : ''} · {t('detail.itemPlaces', { registered: i.registered, capacity: i.capacity ?? '∞' })}
                </Text>
                {canManage && (
                  <Group gap={4}>
                    <Button size="xs" variant="default" onClick={() => setEditing(editing === i.id ? null : i.id)} aria-label={t('detail.editItem', { title: inLanguage(i.title) })}>
                      {t('detail.edit')}
                    </Button>
                    <Button size="xs" variant="outline" color="red.9" onClick={() => remove.mutate(i.id)} aria-label={t('detail.removeItem', { title: inLanguage(i.title) })}>
                      {t('detail.remove')}
                    </Button>
                  </Group>
                )}
              </Group>
              {editing === i.id && <ItemForm key={`edit-${i.id}`} event={event} item={i} onDone={() => setEditing(null)} />}
            </li>
          ))}
        </Stack>
      )}
      <ProblemAlert error={remove.error} />
      {canManage && editing === null && <ItemForm event={event} onDone={() => undefined} />}
    </Paper>
  );
}

function Registrations({ event }: { event: EventItem }) {
  const { t } = useTranslation('events');
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const list = useRegistrations(event.id, debounced);
  const cancel = useCancelRegistration(event.id);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="sm">
        {t('detail.registrations')} {list.data ? `(${list.data.total})` : ''}
      </Title>
      <TextInput label={t('detail.search')} type="search" value={q} onChange={(e) => setQ(e.currentTarget.value)} maw={360} />
      <ProblemAlert error={list.error ?? cancel.error} />
      {list.data && (
        <TableScroll minWidth={520}>
          <Table mt="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('detail.name')}</Table.Th>
                <Table.Th>{t('detail.status')}</Table.Th>
                <Table.Th>{t('detail.checkedIn')}</Table.Th>
                <Table.Th>{t('detail.source')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    {r.personId ? (
                      <Anchor component={Link} to={`/people/${r.personId}`}>
                        {r.firstName} {r.lastName}
                      </Anchor>
                    ) : (
                      `${r.firstName} ${r.lastName}`
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={r.status === 'registered' ? 'teal.9' : r.status === 'cancelled' || r.status === 'expired' ? 'gray.8' : 'violet.9'}>
                      {t(`regStatus.${r.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{r.checkedIn ? `${formatTime(r.checkedIn.at)} · ${r.checkedIn.desk}` : '—'}</Table.Td>
                  <Table.Td>{t(`source.${r.source}`)}</Table.Td>
                  <Table.Td>
                    {(r.status === 'registered' || r.status === 'waiting' || r.status === 'offered') && !r.checkedIn && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => cancel.mutate(r.id)} aria-label={t('detail.cancel', { name: `${r.firstName} ${r.lastName}` })}>
                        ✕
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Paper>
  );
}

/** One event: its place and texts, the live figures, the desk registration, the programme, the registrations. */
export function EventPage() {
  const { t } = useTranslation('events');
  const id = Number(useParams().id);
  const event = useEvent(id);
  const live = useLive(id, 10_000);
  const canManage = useCan('events.manage');
  const canDoor = useCan('events.checkin');
  const [editing, setEditing] = useState(false);
  if (event.isPending) return <Loading />;
  if (!event.data) return <ProblemAlert error={event.error} />;
  const e = event.data;
  return (
    <Stack>
      <PageHeader
        title={inLanguage(e.title)}
        actions={
          canManage && (
            <Button variant={editing ? 'default' : 'filled'} onClick={() => setEditing((x) => !x)}>
              {t('detail.editEvent')}
            </Button>
          )
        }
      />
      {editing && <EventForm event={e} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />}
      <Group gap="xs">
        <Badge variant="light">{t(`kind.${e.kind}`)}</Badge>
        <Badge color={e.status === 'published' ? 'teal.9' : 'gray.8'}>{t(`status.${e.status}`)}</Badge>
      </Group>
      <Text>
        {formatDateTime(e.startsAt)} – {formatDateTime(e.endsAt)} · {[e.place, e.venueAddress].filter(Boolean).join(', ') || '—'}
      </Text>
      {e.partners.length > 0 && <Text size="sm">{e.partners.map((p) => p.name).join(', ')}</Text>}
      {e.staff.length > 0 && <Text size="sm">{t('detail.staff', { names: e.staff.map((s) => s.name).join(', ') })}</Text>}
      <Group>
        {canDoor && (
          <>
            <Button component={Link} to={`/events/${e.id}/checkin`}>
              {t('detail.checkin')}
            </Button>
            <Button component={Link} to={`/events/${e.id}/door`} variant="light">
              {t('detail.door')}
            </Button>
          </>
        )}
        {e.status === 'published' && (
          <Anchor href={`/p/events/${e.id}`} target="_blank">
            {t('detail.publicPage')}
          </Anchor>
        )}
      </Group>
      <Paper withBorder p="md">
        <Title order={2} size="h3" mb="sm">
          {t('detail.live')}
        </Title>
        {live.data ? <LiveFigures live={live.data} /> : <Loading />}
      </Paper>
      {canDoor && <DeskRegistration event={e} />}
      <Programme event={e} canManage={canManage} />
      {canDoor && <Registrations event={e} />}
      <EventLoans eventId={e.id} />
    </Stack>
  );
}
