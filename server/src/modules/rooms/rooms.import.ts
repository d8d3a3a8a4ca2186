import { and, inArray, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { HistoryImportAdapter } from '../../platform/imports';
import { historyTableWriter } from '../../platform/import-writer';
import { normCell, parseTime, brusselsCellInstant, cellsOf, historyDay } from '../../platform/import-cells';
import { priceOf } from './rooms.tariffs';
import { roomBookings, roomClosures, roomOrganisationSettings, rooms, type BookingStatus } from './rooms.table';

/** A room booking as an import writes it. */
export interface ImportedBooking {
  roomId: number;
  startsAt: Date;
  endsAt: Date;
  status: BookingStatus;
  organisationId: number | null;
  /** the body's name as the file gives it, when the registry does not know it */
  requesterOrganisation: string | null;
  purpose: string;
  attendees: number | null;
  amountCents: number;
}
type RoomInfo = { id: number; capacity: number; halfDayPriceCents: number; dayPriceCents: number };
interface Lookups {
  rooms: Map<string, RoomInfo>;
  organisations: Map<string, { id: number; free: boolean }>;
}

export const BOOKING_FIELDS = ['room', 'date', 'start', 'end', 'organisation', 'purpose', 'attendees', 'status'] as const;

const STATUS_WORDS: Record<string, BookingStatus> = {
  confirmed: 'confirmed', confirme: 'confirmed', confirmee: 'confirmed', reserve: 'confirmed', bevestigd: 'confirmed', geboekt: 'confirmed',
  requested: 'requested', demande: 'requested', demandee: 'requested', 'en attente': 'requested', aangevraagd: 'requested', 'in afwachting': 'requested', pending: 'requested',
  refused: 'refused', refuse: 'refused', refusee: 'refused', geweigerd: 'refused', rejected: 'refused',
  cancelled: 'cancelled', annule: 'cancelled', annulee: 'cancelled', geannuleerd: 'cancelled', canceled: 'cancelled',
};

const sameInstant = (a: unknown, b: unknown) => (a instanceof Date ? a.getTime() : a) === (b instanceof Date ? b.getTime() : b);
/** A change of the booking's room, start or end (what a calendar must be told of). */
const moves = (current: Record<string, unknown>, change: Record<string, unknown>) =>
  (['roomId', 'startsAt', 'endsAt'] as const).some((k) => k in change && !sameInstant(current[k], change[k]));

const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/**
 * The rooms' import adapter (issue 16): bookings of past years (and to come) from a file or another tool, each
 * with its source's id (a second import updates it). A booking belongs to an organisation, not to a person: the
 * row names the room, the day and hours (Brussels), the organisation (of the registry by its name, else kept as
 * the name typed), the purpose, the attendees and the status (confirmed when not given). The amount is the room's
 * tariff (nothing for internal partners and bodies free of charge), as for a booking made at the desk. A confirmed
 * booking over another confirmed one of the room, or a booking inside a closure of the room, is refused at the
 * check, with the reason, before anything is written.
 */
export function createRoomsImport(ctx: ModuleContext): HistoryImportAdapter<ImportedBooking, Lookups> {
  const { db } = ctx;
  const writer = historyTableWriter<ImportedBooking>({
    db,
    table: roomBookings,
    tableName: 'room_bookings',
    // `source` says who asked (staff or public); the import's source is `import_source`.
    sourceKey: 'importSource',
    now: () => ctx.clock.now(),
    columns: (w) => ({
      ...w.value,
      // Known from the booking's day, not from the hour of the import: a second import of the same file changes nothing.
      decidedAt: w.value.status === 'confirmed' || w.value.status === 'refused' ? w.value.startsAt : null,
    }),
    // As a move at the desk: the feeds' SEQUENCE grows when the room, start or end changes (an undo of a move too),
    // so that subscribed calendars replace the event; LAST-MODIFIED is the update's stamp.
    follows: (current, change) => (moves(current, change) ? { sequence: Number(current.sequence) + 1 } : {}),
  });
  return {
    kind: 'room_bookings',
    withoutPerson: true,
    fields: BOOKING_FIELDS,
    required: ['room', 'date', 'start', 'end', 'purpose'],
    headerNames: {
      room: ['salle', 'local', 'salle reservee', 'zaal', 'lokaal', 'ruimte', 'room'],
      date: ['date', 'jour', 'datum', 'date de reservation', 'reservatiedatum', 'booking date', 'day'],
      start: ['debut', 'heure de debut', 'de', 'begin', 'beginuur', 'van', 'start', 'from', 'start time'],
      end: ['fin', 'heure de fin', 'a', 'einde', 'einduur', 'tot', 'end', 'to', 'end time'],
      organisation: ['organisation', 'organisme', 'association', 'demandeur', 'organisatie', 'vereniging', 'aanvrager', 'organization', 'requester'],
      purpose: ['objet', 'motif', 'activite', 'evenement', 'onderwerp', 'activiteit', 'doel', 'purpose', 'activity', 'event'],
      attendees: ['participants', 'nombre de participants', 'personnes', 'deelnemers', 'aantal deelnemers', 'attendees', 'people'],
      status: ['statut', 'etat', 'status', 'toestand'],
    },
    async lookups() {
      const list = await db.select().from(rooms);
      const roomMap = new Map<string, RoomInfo>(list.flatMap((r) => [[normCell(r.name), r] as const, [String(r.id), r] as const]));
      const settings = new Map((await db.select().from(roomOrganisationSettings)).map((s) => [s.organisationId, s]));
      const organisations = new Map<string, { id: number; free: boolean }>();
      for (const o of await ctx.services.organisations.list({ includeInactive: true }))
        organisations.set(normCell(o.name), { id: o.id, free: o.isInternalPartner || !!settings.get(o.id)?.freeOfCharge });
      return { rooms: roomMap, organisations };
    },
    check(cells, l) {
      const errors: Record<string, string> = {};
      const get = cellsOf(cells);
      const room = get('room') ? l.rooms.get(normCell(get('room'))) : undefined;
      if (!get('room')) errors.room = 'error.import.required';
      else if (!room) errors.room = 'error.import.room_unknown';
      const day = historyDay(get('date'), errors);
      const start = get('start') ? parseTime(get('start')) : null;
      if (!start) errors.start = get('start') ? 'error.import.time_invalid' : 'error.import.required';
      const end = get('end') ? parseTime(get('end')) : null;
      if (!end) errors.end = get('end') ? 'error.import.time_invalid' : 'error.import.required';
      else if (start && end <= start) errors.end = 'error.import.end_before_start';
      const orgName = get('organisation');
      const org = orgName ? l.organisations.get(normCell(orgName)) ?? null : null;
      if (orgName.length > 200) errors.organisation = 'error.import.too_long';
      const purpose = get('purpose');
      if (!purpose) errors.purpose = 'error.import.required';
      else if (purpose.length > 500) errors.purpose = 'error.import.too_long';
      const attendees = get('attendees') ? Number(get('attendees')) : null;
      if (attendees !== null && (!Number.isInteger(attendees) || attendees < 1 || attendees > 1000)) errors.attendees = 'error.import.attendees_invalid';
      else if (attendees && room && attendees > room.capacity) errors.attendees = 'error.import.room_too_small';
      const status = get('status') ? STATUS_WORDS[normCell(get('status'))] ?? STATUS_WORDS[get('status')] : 'confirmed';
      if (!status) errors.status = 'error.import.booking_status_unknown';
      let startsAt: Date | null = null;
      let endsAt: Date | null = null;
      if (day && start && end && !errors.end) {
        startsAt = brusselsCellInstant(day, start);
        endsAt = brusselsCellInstant(day, end);
        if (!startsAt) errors.start = 'error.import.time_invalid';
        else if (!endsAt) errors.end = 'error.import.time_invalid';
      }
      if (Object.keys(errors).length) return { value: null, errors };
      return {
        value: {
          roomId: room!.id,
          startsAt: startsAt!,
          endsAt: endsAt!,
          status: status!,
          organisationId: org?.id ?? null,
          requesterOrganisation: org ? null : orgName || null,
          purpose,
          attendees,
          amountCents: priceOf(room!, !!org?.free, startsAt!, endsAt!).cents,
        },
        errors,
      };
    },
    /** No two confirmed bookings of a room at once, nor a booking in a closure (the database's rules), within the file and with the registry. */
    async verify(items) {
      const refusals: ({ field: string; key: string } | null)[] = items.map(() => null);
      const live = items.map((x, i) => ({ ...x, i })).filter((x) => x.value.status === 'confirmed' || x.value.status === 'requested');
      if (!live.length) return refusals;
      const roomIds = [...new Set(live.map((x) => x.value.roomId))];
      const from = new Date(Math.min(...live.map((x) => x.value.startsAt.getTime()))).toISOString();
      const to = new Date(Math.max(...live.map((x) => x.value.endsAt.getTime()))).toISOString();
      const during = sql`starts_at < ${to} and ends_at > ${from}`;
      const closures = await db.select().from(roomClosures).where(and(inArray(roomClosures.roomId, roomIds), during));
      const updated = new Set(live.map((x) => x.updates).filter((x): x is number => x !== null));
      const held = (await db.select().from(roomBookings).where(and(inArray(roomBookings.roomId, roomIds), sql`status = 'confirmed'`, during))).filter((b) => !updated.has(b.id));
      const kept = held.map((b) => ({ roomId: b.roomId, startsAt: b.startsAt, endsAt: b.endsAt }));
      for (const x of live) {
        const v = x.value;
        if (closures.some((c) => c.roomId === v.roomId && overlaps(c, v))) refusals[x.i] = { field: 'date', key: 'error.import.room_closed' };
        else if (v.status === 'confirmed' && kept.some((k) => k.roomId === v.roomId && overlaps(k, v))) refusals[x.i] = { field: 'start', key: 'error.import.room_taken' };
        else if (v.status === 'confirmed') kept.push(v);
      }
      return refusals;
    },
    existing: writer.existing,
    async write(tx, actor, items, onProgress) {
      const written = await writer.write(tx, actor, items, onProgress);
      await ctx.audit.record(actor, { action: 'rooms.booking_import', entityType: 'room_booking', details: { written: written.filter((w) => w.action !== 'unchanged').length } }, tx);
      return written;
    },
    undo: (tx, _actor, written) => writer.undo(tx, written),
  };
}
