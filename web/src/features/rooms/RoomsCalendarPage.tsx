import { useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, List, Modal, NativeSelect, NumberInput, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { ApiError } from '../../app/api';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { Loading } from '../../ui/Loading';
import {
  addDays,
  brusselsToday,
  localDay,
  localTime,
  mondayOf,
  useCancelSeries,
  useCreateBooking,
  useCreateSeries,
  useUpdateBooking,
  useDecide,
  useMove,
  useOrganisations,
  usePending,
  useRoomCalendar,
  type Booking,
  type TakenProblem,
} from './api';
import './i18n';

/** How the requester was told of a decision or change, in words (the server says: e-mailed, listed for staff, nobody to tell). */
function useTold() {
  const { t } = useTranslation('rooms');
  return (r: { requesterTold?: 'email' | 'listed' | 'none' }) => t(`told.${r.requesterTold ?? 'none'}`);
}

const STATUS_COLOURS = { requested: 'orange', confirmed: 'blue', refused: 'gray', cancelled: 'gray' } as const;

function BookingCard({ b, draggable, onMove, onChange }: { b: Booking; draggable: boolean; onMove: (b: Booking) => void; onChange: (b: Booking) => void }) {
  const { t } = useTranslation('rooms');
  return (
    <Paper
      withBorder
      p={6}
      mb={4}
      draggable={draggable}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/x-relais-booking', String(b.id));
        e.dataTransfer.effectAllowed = 'move';
      }}
      style={{ cursor: draggable ? 'grab' : undefined }}
    >
      <Text size="sm" fw={600}>
        {localTime(b.startsAt)}–{localTime(b.endsAt)}
      </Text>
      <Text size="sm">{b.organisationName ?? b.purpose}</Text>
      {b.organisationName && (
        <Text size="xs" c="dimmed">
          {b.purpose}
        </Text>
      )}
      <Group gap={4} mt={2} wrap="wrap">
        <Badge size="sm" variant="light" color={STATUS_COLOURS[b.status]} c="dark.8">
          {t(`status.${b.status}`)}
        </Badge>
        {draggable && (
          <Button
            size="compact-xs"
            variant="subtle"
            aria-label={t('calendar.moveLabel', { purpose: b.purpose, day: formatDate(localDay(b.startsAt), { weekday: 'long', day: 'numeric', month: 'long' }), time: localTime(b.startsAt) })}
            onClick={() => onMove(b)}
          >
            {t('calendar.move')}
          </Button>
        )}
        {draggable && (
          <Button
            size="compact-xs"
            variant="default"
            aria-label={t('calendar.changeLabel', { purpose: b.purpose, day: formatDate(localDay(b.startsAt), { weekday: 'long', day: 'numeric', month: 'long' }), time: localTime(b.startsAt) })}
            onClick={() => onChange(b)}
          >
            {t('calendar.change')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

/** Week or day view of every room, with drag-and-drop moves for logistics, the new booking form and the pending requests. */
export function RoomsCalendarPage() {
  const { t } = useTranslation('rooms');
  const told = useTold();
  const canManage = useCan('rooms.manage');
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'day' ? 'day' : 'week';
  const date = params.get('date') ?? brusselsToday();
  const from = view === 'day' ? date : mondayOf(date);
  const days = view === 'day' ? 1 : 7;
  const calendar = useRoomCalendar(from, days);
  const pending = usePending(canManage);
  const move = useMove();
  const decide = useDecide();
  const create = useCreateBooking();
  const createSeries = useCreateSeries();
  const [moving, setMoving] = useState<Booking | null>(null);
  const [changing, setChanging] = useState<Booking | null>(null);
  const [seriesConflicts, setSeriesConflicts] = useState<SeriesConflict[] | null>(null);
  const [booking, setBooking] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [messages, setMessages] = useState<Record<number, string>>({});

  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const dayList = Array.from({ length: days }, (_, i) => addDays(from, i));
  const all = calendar.data?.rooms.flatMap((r) => r.bookings) ?? [];

  const moveTo = (b: Booking, roomId: number, day: string, start = localTime(b.startsAt), end = localTime(b.endsAt)) =>
    move.mutate(
      { id: b.id, roomId, date: day, startTime: start, endTime: end },
      {
        onSuccess: (r) => {
          setStatus(`${t('calendar.moved')} ${t(`told.${r.requesterTold}`)}`);
          setMoving(null);
        },
      },
    );

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        actions={
          <Button
            onClick={() => {
              create.reset();
              createSeries.reset();
              setBooking(true);
            }}
            disabled={!calendar.data}
          >
            {t('calendar.book')}
          </Button>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="rooms-view-label">
            {t('calendar.view')}
          </Text>
          <SegmentedControl
            aria-labelledby="rooms-view-label"
            value={view}
            onChange={(v) => set('view', v)}
            data={[
              { value: 'day', label: t('calendar.day') },
              { value: 'week', label: t('calendar.week') },
            ]}
          />
        </Stack>
        <TextInput type="date" label={t('calendar.date')} value={date} onChange={(e) => e.currentTarget.value && set('date', e.currentTarget.value)} />
      </SimpleGrid>
      <Group mb="md" gap="xs" wrap="wrap">
        <Button variant="default" onClick={() => set('date', addDays(date, -days))}>
          {t('calendar.previous')}
        </Button>
        <Button variant="default" onClick={() => set('date', brusselsToday())}>
          {t('calendar.today')}
        </Button>
        <Button variant="default" onClick={() => set('date', addDays(date, days))}>
          {t('calendar.next')}
        </Button>
      </Group>
      {canManage && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('calendar.dragHint')}
        </Text>
      )}
      <div role="status" aria-live="polite">
        {status && (
          <Alert color="green" variant="light" mb="sm" withCloseButton closeButtonLabel={t('calendar.close')} onClose={() => setStatus(null)}>
            {status}
          </Alert>
        )}
      </div>
      <ProblemAlert error={calendar.error ?? decide.error} />
      {!moving && <BookingProblem error={move.error} />}
      {calendar.isPending ? (
        <Loading />
      ) : (
        <TableScroll minWidth={view === 'day' ? 480 : 1100} label={t('calendar.caption', { from: formatDate(from), to: formatDate(addDays(from, days - 1)) })}>
          <Table withColumnBorders verticalSpacing="xs">
            <caption className="visually-hidden">{t('calendar.caption', { from: formatDate(from), to: formatDate(addDays(from, days - 1)) })}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('calendar.room')}</Table.Th>
                {dayList.map((d) => (
                  <Table.Th scope="col" key={d}>
                    {formatDate(d, { weekday: 'short', day: 'numeric', month: 'short' })}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {calendar.data?.rooms.map((room) => (
                <Table.Tr key={room.id}>
                  <Table.Th scope="row" style={{ verticalAlign: 'top', minWidth: 130 }}>
                    {room.name}
                    <Text size="xs" c="dimmed">
                      {t('calendar.seats', { count: room.capacity })}
                    </Text>
                  </Table.Th>
                  {dayList.map((d) => {
                    const items = room.bookings.filter((b) => localDay(b.startsAt) === d);
                    const closed = room.closures.some((c) => localDay(c.startsAt) <= d && d <= localDay(new Date(new Date(c.endsAt).getTime() - 1).toISOString()));
                    return (
                      <Table.Td
                        key={d}
                        style={{ verticalAlign: 'top', minWidth: 140 }}
                        onDragOver={canManage ? (e) => e.preventDefault() : undefined}
                        onDrop={
                          canManage
                            ? (e) => {
                                e.preventDefault();
                                const id = Number(e.dataTransfer.getData('text/x-relais-booking'));
                                const b = all.find((x) => x.id === id);
                                if (b && (b.roomId !== room.id || localDay(b.startsAt) !== d)) moveTo(b, room.id, d);
                              }
                            : undefined
                        }
                      >
                        {closed && (
                          <Badge color="gray" variant="outline" c="dark.8" mb={4}>
                            {t('calendar.closed')}
                          </Badge>
                        )}
                        {items.map((b) => (
                          <BookingCard
                            key={b.id}
                            b={b}
                            draggable={canManage}
                            onMove={(x) => {
                              move.reset();
                              setMoving(x);
                            }}
                            onChange={setChanging}
                          />
                        ))}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}

      {canManage && (
        <Paper withBorder p="md" mt="lg" component="section" aria-labelledby="rooms-pending-title">
          <Title order={2} size="h3" mb="sm" id="rooms-pending-title">
            {t('pending.title')}
          </Title>
          {pending.data && pending.data.items.length === 0 ? (
            <Text>{t('pending.none')}</Text>
          ) : (
            <TableScroll minWidth={800} label={t('pending.title')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('pending.when')}</Table.Th>
                    <Table.Th scope="col">{t('calendar.room')}</Table.Th>
                    <Table.Th scope="col">{t('pending.who')}</Table.Th>
                    <Table.Th scope="col">{t('pending.what')}</Table.Th>
                    <Table.Th scope="col">{t('pending.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {pending.data?.items.map((b) => (
                    <Table.Tr key={b.id}>
                      <Table.Td>
                        {formatDate(localDay(b.startsAt))} {localTime(b.startsAt)}–{localTime(b.endsAt)}
                      </Table.Td>
                      <Table.Td>{b.roomName}</Table.Td>
                      <Table.Td>
                        {b.organisationName}
                        <Text size="xs" c="dimmed">
                          {[b.contactName, b.contactEmail, b.reference].filter(Boolean).join(' · ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {b.purpose}
                        {b.attendees ? ` (${b.attendees})` : ''}
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4}>
                          <Textarea
                            size="xs"
                            autosize
                            minRows={1}
                            label={t('pending.message')}
                            value={messages[b.id] ?? ''}
                            onChange={(e) => setMessages({ ...messages, [b.id]: e.currentTarget.value })}
                          />
                          <Group gap={4}>
                            <Button size="compact-xs" aria-label={t('pending.confirmLabel', { purpose: b.purpose })} disabled={decide.isPending} onClick={() =>
                                decide.mutate({ id: b.id, decision: 'confirm', message: messages[b.id] }, { onSuccess: (r) => setStatus(`${t('pending.confirmed', { purpose: b.purpose, who: b.organisationName ?? b.contactName ?? '' })} ${told(r)}`) })
                              }>
                              {t('pending.confirm')}
                            </Button>
                            <Button size="compact-xs" color="red" variant="light" aria-label={t('pending.refuseLabel', { purpose: b.purpose })} disabled={decide.isPending} onClick={() =>
                                decide.mutate({ id: b.id, decision: 'refuse', message: messages[b.id] }, { onSuccess: (r) => setStatus(`${t('pending.refused', { purpose: b.purpose, who: b.organisationName ?? b.contactName ?? '' })} ${told(r)}`) })
                              }>
                              {t('pending.refuse')}
                            </Button>
                          </Group>
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </Paper>
      )}

      {moving && calendar.data && (
        <MoveModal booking={moving} rooms={calendar.data.rooms.map((r) => ({ value: String(r.id), label: r.name }))} onClose={() => setMoving(null)} onMove={(roomId, day, s, e) => moveTo(moving, roomId, day, s, e)} error={move.error} pending={move.isPending} />
      )}
      {changing && calendar.data && (
        <ChangeModal
          booking={changing}
          onClose={() => setChanging(null)}
          onDone={(message) => {
            setChanging(null);
            setStatus(message);
          }}
        />
      )}
      {booking && calendar.data && (
        <BookModal
          rooms={calendar.data.rooms.map((r) => ({ value: String(r.id), label: r.name }))}
          day={date}
          error={seriesConflicts ? null : (create.error ?? createSeries.error)}
          pending={create.isPending || createSeries.isPending}
          conflicts={seriesConflicts}
          onClose={() => {
            setBooking(false);
            setSeriesConflicts(null);
          }}
          onEdit={() => setSeriesConflicts(null)}
          onBook={(body, until, skipConflicts, instead) =>
            until
              ? createSeries.mutate(
                  {
                    roomId: body.roomId,
                    firstDay: body.date,
                    startTime: body.startTime,
                    endTime: body.endTime,
                    rrule: `FREQ=WEEKLY;UNTIL=${until.replace(/-/g, '')}`,
                    purpose: body.purpose,
                    attendees: body.attendees,
                    organisationId: body.organisationId,
                    skipConflicts,
                    instead: instead.length ? instead : undefined,
                  },
                  {
                    onSuccess: (r) => {
                      setBooking(false);
                      setSeriesConflicts(null);
                      const otherwise = r.bookings.filter((b) => b.detached);
                      setStatus(
                        [
                          r.skipped.length
                            ? t('calendar.seriesBookedSkipping', { count: r.bookings.length, dates: r.skipped.map((x) => formatDate(x.day, { weekday: 'long', day: 'numeric', month: 'long' })).join(', ') })
                            : t('calendar.seriesBookedAll', { count: r.bookings.length }),
                          otherwise.length
                            ? t('calendar.seriesBookedInstead', {
                                count: otherwise.length,
                                dates: otherwise
                                  .map((b) => t('calendar.insteadWhat', { day: formatDate(localDay(b.startsAt), { weekday: 'long', day: 'numeric', month: 'long' }), room: b.roomName, from: localTime(b.startsAt), to: localTime(b.endsAt) }))
                                  .join(', '),
                              })
                            : '',
                        ]
                          .filter(Boolean)
                          .join(' '),
                      );
                    },
                    onError: (e) => {
                      const list = e instanceof ApiError && e.problem.code === 'error.series_conflicts' ? (e.problem.conflicts as SeriesConflict[] | undefined) : undefined;
                      if (list?.length) setSeriesConflicts(list);
                    },
                  },
                )
              : create.mutate(body, {
                  onSuccess: (b) => {
                    setBooking(false);
                    setStatus(t('calendar.booked', { status: t(`status.${b.status}`) }));
                  },
                })
          }
        />
      )}
    </>
  );
}

/**
 * An API error of a booking form. A taken room says which booking it collides with and proposes the rooms free
 * at that time (a button per room picks it in the form when `onPick` is given).
 */
function BookingProblem({ error, onPick }: { error: unknown; onPick?: (roomId: number) => void }) {
  const { t } = useTranslation('rooms');
  if (!(error instanceof ApiError) || error.problem.code !== 'error.room_taken') return <ProblemAlert error={error} />;
  const { collidesWith: hit, freeRooms = [] } = error.problem as unknown as TakenProblem;
  return (
    <Alert color="red" role="alert" variant="light" title={error.problem.title}>
      <Stack gap="xs">
        {hit && (
          <Text size="sm">
            {t('conflict.collidesWith', {
              what: hit.organisationName ? `${hit.purpose} (${hit.organisationName})` : hit.purpose,
              room: hit.roomName ?? '',
              day: formatDate(localDay(hit.startsAt), { weekday: 'long', day: 'numeric', month: 'long' }),
              from: localTime(hit.startsAt),
              to: localTime(hit.endsAt),
            })}
          </Text>
        )}
        {freeRooms.length === 0 ? (
          <Text size="sm">{t('conflict.noneFree')}</Text>
        ) : (
          <>
            <Text size="sm" fw={600} id="rooms-free-proposal">
              {t('conflict.freeRooms')}
            </Text>
            <List size="sm" aria-labelledby="rooms-free-proposal">
              {freeRooms.map((r) => (
                <List.Item key={r.id}>
                  {onPick ? (
                    <Button size="compact-sm" variant="light" onClick={() => onPick(r.id)}>
                      {t('conflict.pick', { room: r.name, count: r.capacity })}
                    </Button>
                  ) : (
                    t('conflict.room', { room: r.name, count: r.capacity })
                  )}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Alert>
  );
}

function MoveModal({ booking, rooms, onClose, onMove, error, pending }: { booking: Booking; rooms: { value: string; label: string }[]; onClose: () => void; onMove: (roomId: number, day: string, start: string, end: string) => void; error: unknown; pending: boolean }) {
  const { t } = useTranslation('rooms');
  const [roomId, setRoomId] = useState(String(booking.roomId));
  const [day, setDay] = useState(localDay(booking.startsAt));
  const [start, setStart] = useState(localTime(booking.startsAt));
  const [end, setEnd] = useState(localTime(booking.endsAt));
  return (
    <Modal opened onClose={onClose} title={t('calendar.moveTitle', { purpose: booking.purpose })} closeButtonProps={{ 'aria-label': t('calendar.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onMove(Number(roomId), day, start, end);
        }}
      >
        <Stack>
          <NativeSelect label={t('calendar.newRoom')} data={rooms} value={roomId} onChange={(e) => setRoomId(e.currentTarget.value)} />
          <TextInput type="date" label={t('calendar.newDay')} value={day} onChange={(e) => setDay(e.currentTarget.value)} required />
          <SimpleGrid cols={2}>
            <TextInput type="time" label={t('calendar.start')} value={start} onChange={(e) => setStart(e.currentTarget.value)} required />
            <TextInput type="time" label={t('calendar.end')} value={end} onChange={(e) => setEnd(e.currentTarget.value)} required />
          </SimpleGrid>
          <BookingProblem error={error} onPick={(id) => setRoomId(String(id))} />
          <Button type="submit" loading={pending}>
            {t('calendar.save')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

function BookModal({
  rooms,
  day: initialDay,
  onClose,
  onBook,
  onEdit,
  error,
  pending,
  conflicts,
}: {
  rooms: { value: string; label: string }[];
  day: string;
  onClose: () => void;
  onBook: (
    b: { roomId: number; date: string; startTime: string; endTime: string; purpose: string; attendees?: number | null; organisationId?: number | null },
    repeatUntil: string | null,
    skipConflicts: boolean,
    instead: Instead[],
  ) => void;
  onEdit: () => void;
  error: unknown;
  pending: boolean;
  conflicts: SeriesConflict[] | null;
}) {
  const { t } = useTranslation('rooms');
  const organisations = useOrganisations();
  const [roomId, setRoomId] = useState(rooms[0]?.value ?? '');
  const [organisationId, setOrganisationId] = useState('');
  const [day, setDay] = useState(initialDay);
  const [start, setStart] = useState('09:00');
  const [end, setEnd] = useState('12:00');
  const [purpose, setPurpose] = useState('');
  const [attendees, setAttendees] = useState<number | string>('');
  const [repeat, setRepeat] = useState(false);
  const [until, setUntil] = useState('');
  // per date not free: '' (not booked), a free room's id, or 'time' (the same room at another time)
  const [choice, setChoice] = useState<Record<string, { pick: string; start: string; end: string }>>({});
  const chosen = (conflicts ?? []).flatMap((c): Instead[] => {
    const x = choice[c.day];
    if (!x?.pick) return [];
    return x.pick === 'time' ? [{ day: c.day, startTime: x.start, endTime: x.end }] : [{ day: c.day, roomId: Number(x.pick) }];
  });
  const roomName = (id: string) => rooms.find((r) => r.value === id)?.label ?? '';
  return (
    <Modal opened onClose={onClose} title={t('calendar.bookTitle')} closeButtonProps={{ 'aria-label': t('calendar.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onBook(
            {
              roomId: Number(roomId),
              date: day,
              startTime: start,
              endTime: end,
              purpose,
              attendees: attendees === '' ? null : Number(attendees),
              organisationId: organisationId ? Number(organisationId) : null,
            },
            repeat && until ? until : null,
            conflicts !== null,
            chosen,
          );
        }}
      >
        <Stack>
          <NativeSelect label={t('calendar.newRoom')} data={rooms} value={roomId} onChange={(e) => setRoomId(e.currentTarget.value)} />
          <NativeSelect
            label={t('calendar.organisation')}
            value={organisationId}
            onChange={(e) => setOrganisationId(e.currentTarget.value)}
            data={[{ value: '', label: t('calendar.noOrganisation') }, ...(organisations.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name }))]}
          />
          <TextInput type="date" label={repeat ? t('calendar.firstDay') : t('calendar.newDay')} value={day} onChange={(e) => setDay(e.currentTarget.value)} required />
          <SimpleGrid cols={2}>
            <TextInput type="time" label={t('calendar.start')} value={start} onChange={(e) => setStart(e.currentTarget.value)} required />
            <TextInput type="time" label={t('calendar.end')} value={end} onChange={(e) => setEnd(e.currentTarget.value)} required />
          </SimpleGrid>
          <TextInput label={t('calendar.purpose')} value={purpose} onChange={(e) => setPurpose(e.currentTarget.value)} required maxLength={300} />
          <NumberInput label={t('calendar.attendees')} value={attendees} onChange={setAttendees} min={1} max={1000} />
          <Checkbox label={t('calendar.repeatWeekly')} checked={repeat} onChange={(e) => setRepeat(e.currentTarget.checked)} />
          {repeat && <TextInput type="date" label={t('calendar.repeatUntil')} value={until} min={day} onChange={(e) => setUntil(e.currentTarget.value)} required />}
          <BookingProblem error={error} onPick={(id) => setRoomId(String(id))} />
          {conflicts && (
            <Alert color="orange" role="alert" variant="light" title={t('calendar.seriesConflictsTitle', { count: conflicts.length })}>
              <Stack gap="sm">
                {conflicts.map((c) => {
                  const dayText = formatDate(c.day, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
                  const x = choice[c.day] ?? { pick: '', start, end };
                  const setX = (next: Partial<typeof x>) => setChoice((all) => ({ ...all, [c.day]: { ...x, ...next } }));
                  return (
                    <Stack key={c.day} gap={4} component="fieldset" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
                      <Text size="sm" component="legend" fw={600}>
                        {t(c.reason === 'closed' ? 'calendar.conflictClosed' : 'calendar.conflictTaken', { day: dayText })}
                      </Text>
                      <NativeSelect
                        label={t('calendar.insteadLabel', { day: dayText })}
                        value={x.pick}
                        onChange={(e) => setX({ pick: e.currentTarget.value })}
                        data={[
                          { value: '', label: t('calendar.insteadSkip') },
                          ...(c.freeRooms ?? []).map((r) => ({ value: String(r.id), label: t('calendar.insteadRoom', { room: r.name, count: r.capacity }) })),
                          { value: 'time', label: t('calendar.insteadTime', { room: roomName(roomId) }) },
                        ]}
                      />
                      {x.pick === 'time' && (
                        <SimpleGrid cols={2}>
                          <TextInput type="time" label={t('calendar.insteadStart', { day: dayText })} value={x.start} onChange={(e) => setX({ start: e.currentTarget.value })} required />
                          <TextInput type="time" label={t('calendar.insteadEnd', { day: dayText })} value={x.end} onChange={(e) => setX({ end: e.currentTarget.value })} required />
                        </SimpleGrid>
                      )}
                    </Stack>
                  );
                })}
              </Stack>
              <Text size="sm" mt="xs">
                {t('calendar.seriesConflictsHint')}
              </Text>
              <Button size="compact-sm" variant="default" mt="xs" onClick={onEdit}>
                {t('calendar.seriesConflictsEdit')}
              </Button>
            </Alert>
          )}
          <Button type="submit" loading={pending}>
            {conflicts ? (chosen.length ? t('calendar.bookWithChoices') : t('calendar.bookOthers', { count: conflicts.length })) : t('calendar.book')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

interface SeriesConflict {
  day: string;
  startsAt: string;
  endsAt: string;
  reason: 'closed' | 'taken';
  bookingId?: number;
  /** the rooms free at that time (for another room instead) */
  freeRooms?: { id: number; name: string; capacity: number }[];
}
/** What to book instead on a date not free: another room, or the same room at another time. */
type Instead = { day: string; roomId?: number; startTime?: string; endTime?: string };

/** Logistics changes a booking's details or cancels it: this date, this date and the following ones of its series, or the whole series. */
function ChangeModal({ booking, onClose, onDone }: { booking: Booking; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation('rooms');
  const organisations = useOrganisations();
  const update = useUpdateBooking();
  const decide = useDecide();
  const cancelSeries = useCancelSeries();
  const [purpose, setPurpose] = useState(booking.purpose);
  const [organisationId, setOrganisationId] = useState(booking.organisationId ? String(booking.organisationId) : '');
  const [attendees, setAttendees] = useState<number | string>(booking.attendees ?? '');
  const [message, setMessage] = useState('');
  const day = localDay(booking.startsAt);
  const dayText = formatDate(day, { weekday: 'long', day: 'numeric', month: 'long' });
  const busy = update.isPending || decide.isPending || cancelSeries.isPending;
  const live = booking.status === 'requested' || booking.status === 'confirmed';
  const hasContact = Boolean(booking.contactEmail || booking.contactPhone);
  const told = useTold();
  return (
    <Modal opened onClose={onClose} title={t('calendar.changeTitle', { purpose: booking.purpose, day: dayText })} closeButtonProps={{ 'aria-label': t('calendar.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate(
            { id: booking.id, purpose, organisationId: organisationId ? Number(organisationId) : null, attendees: attendees === '' ? null : Number(attendees) },
            { onSuccess: (r) => onDone(`${t('calendar.changed', { purpose })} ${t(`told.${r.requesterTold}`)}`) },
          );
        }}
      >
        <Stack>
          <TextInput label={t('calendar.purpose')} value={purpose} onChange={(e) => setPurpose(e.currentTarget.value)} required maxLength={300} />
          <NativeSelect
            label={t('calendar.organisation')}
            value={organisationId}
            onChange={(e) => setOrganisationId(e.currentTarget.value)}
            data={[{ value: '', label: t('calendar.noOrganisation') }, ...(organisations.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name }))]}
          />
          <NumberInput label={t('calendar.attendees')} value={attendees} onChange={setAttendees} min={1} max={1000} />
          <ProblemAlert error={update.error} />
          <Button type="submit" loading={update.isPending} disabled={busy && !update.isPending}>
            {t('calendar.save')}
          </Button>
        </Stack>
      </form>
      {live && (
        <Stack mt="lg" gap="xs" component="section" aria-labelledby="rooms-cancel-title">
          <Title order={3} size="h4" id="rooms-cancel-title">
            {t('calendar.cancelTitle')}
          </Title>
          {hasContact && (
            <Textarea label={t('calendar.cancelMessage')} description={t('calendar.cancelMessageHint')} autosize minRows={2} maxLength={2000} value={message} onChange={(e) => setMessage(e.currentTarget.value)} />
          )}
          <ProblemAlert error={decide.error ?? cancelSeries.error} />
          <Button
            color="red"
            variant="light"
            loading={decide.isPending}
            disabled={busy}
            onClick={() => decide.mutate({ id: booking.id, decision: 'cancel', message: message.trim() || undefined }, { onSuccess: (r) => onDone(`${t('calendar.cancelledOne', { purpose: booking.purpose, day: dayText })} ${told(r)}`) })}
          >
            {t('calendar.cancelOne', { day: dayText })}
          </Button>
          {booking.seriesId && (
            <>
              <Button
                color="red"
                variant="light"
                disabled={busy}
                onClick={() => cancelSeries.mutate({ id: booking.seriesId!, from: day }, { onSuccess: (r) => onDone(`${t('calendar.cancelledRest', { count: r.cancelled, purpose: booking.purpose, day: dayText })} ${t(`told.${r.requesterTold}`)}`) })}
              >
                {t('calendar.cancelRest', { day: dayText })}
              </Button>
              <Button
                color="red"
                variant="light"
                disabled={busy}
                onClick={() => cancelSeries.mutate({ id: booking.seriesId! }, { onSuccess: (r) => onDone(`${t('calendar.cancelledAll', { count: r.cancelled, purpose: booking.purpose })} ${t(`told.${r.requesterTold}`)}`) })}
              >
                {t('calendar.cancelAll')}
              </Button>
            </>
          )}
        </Stack>
      )}
    </Modal>
  );
}
