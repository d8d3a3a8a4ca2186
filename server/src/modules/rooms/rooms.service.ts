import crypto from 'node:crypto';
import { and, asc, eq, gt, gte, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import type { Actor, AuditService } from '../../platform/audit/audit.service';
import type { Mailer } from '../../platform/mailer';
import type { Role } from '../../platform/auth/roles';
import type { Services } from '../../platform/module';
import { AppError, conflict, forbidden, notFound } from '../../platform/http/errors';
import { brusselsDay, brusselsInstant, brusselsTime, brusselsYearRange, isoWeekday, nextDay } from '../../platform/brussels-time';
import type { OpeningPeriod } from '../sites/sites.table';
import { roomBookings, roomClosures, roomOrganisationSettings, roomRequestAttempts, rooms, roomSeries, type BookingStatus, type Equipment } from './rooms.table';
import type { BookingInput, BookingPatch, ClosureInput, ListQuery, MoveInput, PublicRequestInput, RoomInput, RoomPatch, SeriesInput } from './rooms.schemas';
import { expandSeries } from './rooms.recurrence';
import { buildFeed } from './rooms.ical';

export type Room = typeof rooms.$inferSelect;
export type BookingRow = typeof roomBookings.$inferSelect;
export type Closure = typeof roomClosures.$inferSelect;

/** The acting user with roles: what a booking may do depends on them (logistics confirms, others request). */
export type Caller = Actor & { userId: number; roles: readonly Role[] };

/** Roles that manage rooms and bookings. The admin runs the installation and may act for logistics. */
export const ROOM_MANAGERS = ['admin', 'logistics'] as const satisfies readonly Role[];
/** Roles that read statistics and statements. */
export const ROOM_STATS_READERS = ['admin', 'logistics', 'director'] as const satisfies readonly Role[];

/** Opening hours used when no site defines them: 8:30-16:30 on weekdays. */
export const FALLBACK_OPENING: OpeningPeriod[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '08:30', to: '16:30' }));

/** Public requests allowed per IP and hour. */
export const PUBLIC_REQUESTS_PER_HOUR = 5;
/** A booking of at most this many hours is charged the half-day price. */
export const HALF_DAY_HOURS = 4;

const LIVE: BookingStatus[] = ['requested', 'confirmed'];
const HOUR = 3_600_000;

export interface Booking {
  id: number;
  roomId: number;
  roomName: string;
  startsAt: Date;
  endsAt: Date;
  status: BookingStatus;
  organisationId: number | null;
  organisationName: string | null;
  requesterOrganisation: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  purpose: string;
  attendees: number | null;
  layout: string | null;
  showPublicly: boolean | null;
  activity: { kind: string; id: number } | null;
  seriesId: number | null;
  detached: boolean;
  reference: string | null;
  source: string;
  decisionMessage: string | null;
  decidedAt: Date | null;
  requestedBy: number | null;
  amountCents: number;
  createdAt: Date;
}

interface OrgInfo {
  id: number;
  name: string;
  isInternalPartner: boolean;
  showPublicly: boolean;
  freeOfCharge: boolean;
}

/** Thrown inside a transaction when a confirmed booking is in the way; the 409 is built after the rollback
 * (PGlite has one connection: a query outside the transaction would wait for it). */
class Taken extends Error {}

const isManager = (c: Caller) => c.roles.some((r) => (ROOM_MANAGERS as readonly string[]).includes(r));

/** The SQLSTATE and constraint of a database error, through Drizzle's wrapping. */
function pgError(err: unknown): { code?: string; constraint?: string } {
  let e = err as { code?: string; constraint?: string; cause?: unknown } | undefined;
  for (let i = 0; e && i < 5; i++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return { code: e.code, constraint: e.constraint };
    e = e.cause as typeof e;
  }
  return {};
}

const overlaps = (startsAt: Date, endsAt: Date) =>
  sql`tstzrange(${roomBookings.startsAt}, ${roomBookings.endsAt}, '[)') && tstzrange(${startsAt.toISOString()}::timestamptz, ${endsAt.toISOString()}::timestamptz, '[)')`;
const closureOverlaps = (startsAt: Date, endsAt: Date) =>
  sql`tstzrange(${roomClosures.startsAt}, ${roomClosures.endsAt}, '[)') && tstzrange(${startsAt.toISOString()}::timestamptz, ${endsAt.toISOString()}::timestamptz, '[)')`;

function referenceCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let s = '';
  for (let i = 0; i < 8; i++) s += alphabet[crypto.randomInt(alphabet.length)];
  return `SAL-${s.slice(0, 4)}-${s.slice(4)}`;
}

/** Minutes since local midnight of HH:MM. */
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmmOf = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** The calendar day n days after (or before) YYYY-MM-DD. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * brusselsInstant (dayjs.tz) and brusselsDay (Intl) are slow, and statistics ask them the same few values
 * again and again (each opening period of each day of a year, thousands of bookings starting at the same
 * hours): both are pure, so their answers are kept (a bounded cache, emptied when full).
 */
const instantCache = new Map<string, number>();
function instantMs(day: string, time: string): number {
  const k = `${day} ${time}`;
  let v = instantCache.get(k);
  if (v === undefined) {
    if (instantCache.size >= 50_000) instantCache.clear();
    instantCache.set(k, (v = brusselsInstant(day, time).getTime()));
  }
  return v;
}
const dayCache = new Map<number, string>();
/** brusselsDay, memoised per UTC hour (Brussels is a whole number of hours from UTC, so one hour has one local day). */
function dayOf(d: Date): string {
  const h = Math.floor(d.getTime() / HOUR);
  let v = dayCache.get(h);
  if (v === undefined) {
    if (dayCache.size >= 50_000) dayCache.clear();
    dayCache.set(h, (v = brusselsDay(d)));
  }
  return v;
}

/** Brussels calendar days touched by [start, end). */
function localDays(startsAt: Date, endsAt: Date): string[] {
  const days: string[] = [];
  const last = dayOf(new Date(endsAt.getTime() - 1));
  for (let d = dayOf(startsAt); d <= last; d = nextDay(d)) days.push(d);
  return days;
}

/** The price of a booking: free, the half-day price up to 4 hours, else the day price per day touched. */
export function priceOf(room: Pick<Room, 'halfDayPriceCents' | 'dayPriceCents'>, free: boolean, startsAt: Date, endsAt: Date): { cents: number; tariff: 'free' | 'half_day' | 'day' } {
  if (free) return { cents: 0, tariff: 'free' };
  const days = localDays(startsAt, endsAt).length;
  const hours = (endsAt.getTime() - startsAt.getTime()) / HOUR;
  if (days === 1 && hours <= HALF_DAY_HOURS) return { cents: room.halfDayPriceCents, tariff: 'half_day' };
  return { cents: room.dayPriceCents * days, tariff: 'day' };
}

/** Milliseconds of [start, end) inside a day's opening periods. */
function openOverlapMs(startsAt: Date, endsAt: Date, hours: OpeningPeriod[]): number {
  let total = 0;
  for (const day of localDays(startsAt, endsAt)) {
    const wd = isoWeekday(day);
    for (const p of hours.filter((h) => h.weekday === wd)) {
      const from = instantMs(day, p.from);
      const to = instantMs(day, p.to);
      total += Math.max(0, Math.min(to, endsAt.getTime()) - Math.max(from, startsAt.getTime()));
    }
  }
  return total;
}

export type RoomsService = ReturnType<typeof createRoomsService>;

export function createRoomsService(deps: { db: Db; clock: Clock; audit: AuditService; mailer: Mailer; services: Services; log?: { error: (o: object, m: string) => void } }) {
  const { db, clock, audit, mailer, services } = deps;

  async function loadRoom(id: number, tx: DbOrTx = db, activeOnly = true): Promise<Room> {
    const [r] = await tx.select().from(rooms).where(eq(rooms.id, id));
    if (!r || (activeOnly && !r.active)) throw notFound('what.room');
    return r;
  }

  async function loadBooking(id: number, tx: DbOrTx = db, lock = false): Promise<BookingRow> {
    const q = tx.select().from(roomBookings).where(eq(roomBookings.id, id));
    const [b] = lock ? await q.for('update') : await q;
    if (!b) throw notFound('what.booking');
    return b;
  }

  /** Organisations of the registry with the room settings, by id (all, including inactive: old bookings keep their name). */
  async function organisationsById(): Promise<Map<number, OrgInfo>> {
    const [orgs, settings] = await Promise.all([services.organisations.list({ includeInactive: true }), db.select().from(roomOrganisationSettings)]);
    const s = new Map(settings.map((x) => [x.organisationId, x]));
    return new Map(
      orgs.map((o) => [
        o.id,
        { id: o.id, name: o.name, isInternalPartner: o.isInternalPartner, showPublicly: s.get(o.id)?.showPublicly ?? false, freeOfCharge: s.get(o.id)?.freeOfCharge ?? false },
      ]),
    );
  }

  async function organisationInfo(id: number | null | undefined): Promise<OrgInfo | null> {
    if (id == null) return null;
    const o = await services.organisations.get(id); // 404 when unknown
    const [s] = await db.select().from(roomOrganisationSettings).where(eq(roomOrganisationSettings.organisationId, id));
    return { id: o.id, name: o.name, isInternalPartner: o.isInternalPartner, showPublicly: s?.showPublicly ?? false, freeOfCharge: s?.freeOfCharge ?? false };
  }

  const isFree = (org: OrgInfo | null) => !!org && (org.isInternalPartner || org.freeOfCharge);

  async function roomNames(): Promise<Map<number, string>> {
    const rs = await db.select({ id: rooms.id, name: rooms.name }).from(rooms);
    return new Map(rs.map((r) => [r.id, r.name]));
  }

  function present(b: BookingRow, names: Map<number, string>, orgs: Map<number, OrgInfo>): Booking {
    return {
      id: b.id,
      roomId: b.roomId,
      roomName: names.get(b.roomId) ?? '',
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      status: b.status as BookingStatus,
      organisationId: b.organisationId,
      organisationName: b.organisationId ? (orgs.get(b.organisationId)?.name ?? null) : b.requesterOrganisation,
      requesterOrganisation: b.requesterOrganisation,
      contactName: b.contactName,
      contactEmail: b.contactEmail,
      contactPhone: b.contactPhone,
      purpose: b.purpose,
      attendees: b.attendees,
      layout: b.layout,
      showPublicly: b.showPublicly,
      activity: b.activityKind && b.activityId ? { kind: b.activityKind, id: b.activityId } : null,
      seriesId: b.seriesId,
      detached: b.detached,
      reference: b.reference,
      source: b.source,
      decisionMessage: b.decisionMessage,
      decidedAt: b.decidedAt,
      requestedBy: b.requestedBy,
      amountCents: b.amountCents,
      createdAt: b.createdAt,
    };
  }

  async function presentMany(rows: BookingRow[]): Promise<Booking[]> {
    if (!rows.length) return [];
    const [names, orgs] = await Promise.all([roomNames(), organisationsById()]);
    return rows.map((b) => present(b, names, orgs));
  }

  /** The name shown on public pages: the organisation's when it (or the booking) agreed, else null ("occupied"). */
  function publicLabel(b: BookingRow, orgs: Map<number, OrgInfo>): string | null {
    const org = b.organisationId ? orgs.get(b.organisationId) : undefined;
    const show = b.showPublicly ?? org?.showPublicly ?? false;
    if (!show) return null;
    return org?.name ?? b.requesterOrganisation ?? null;
  }

  async function openingHoursOf(room: Room): Promise<OpeningPeriod[]> {
    try {
      if (room.siteId) {
        const s = await services.sites.get(room.siteId);
        if (s.openingHours.length) return s.openingHours;
      }
      const all = await services.sites.list();
      const main = all.find((s) => s.kind === 'main' && s.openingHours.length);
      if (main) return main.openingHours;
    } catch {
      // a removed site: fall back to the usual hours
    }
    return FALLBACK_OPENING;
  }

  /** The confirmed bookings of a room that overlap a period (excluding one booking). */
  async function collisions(tx: DbOrTx, roomId: number, startsAt: Date, endsAt: Date, excludeId?: number) {
    return tx
      .select()
      .from(roomBookings)
      .where(and(eq(roomBookings.roomId, roomId), eq(roomBookings.status, 'confirmed'), overlaps(startsAt, endsAt), excludeId ? ne(roomBookings.id, excludeId) : undefined))
      .orderBy(asc(roomBookings.startsAt));
  }

  async function closuresDuring(tx: DbOrTx, roomId: number, startsAt: Date, endsAt: Date) {
    return tx.select().from(roomClosures).where(and(eq(roomClosures.roomId, roomId), closureOverlaps(startsAt, endsAt)));
  }

  const closedError = (c: Closure) =>
    conflict('error.room_closed', {}, { closure: { id: c.id, startsAt: c.startsAt, endsAt: c.endsAt, reason: c.reason } });

  /** The 409 of an overlap: names the booking it collides with and proposes the rooms free at that time. */
  async function takenError(roomId: number, startsAt: Date, endsAt: Date, attendees: number | null | undefined, excludeId?: number): Promise<AppError> {
    const [hit] = await collisions(db, roomId, startsAt, endsAt, excludeId);
    const freeRooms = await service.findFree({ startsAt, endsAt, capacity: attendees ?? undefined });
    const names = await roomNames();
    let collidesWith: Record<string, unknown> | null = null;
    if (hit) {
      const org = hit.organisationId ? await organisationInfo(hit.organisationId).catch(() => null) : null;
      collidesWith = {
        id: hit.id,
        roomId: hit.roomId,
        roomName: names.get(hit.roomId),
        startsAt: hit.startsAt,
        endsAt: hit.endsAt,
        purpose: hit.purpose,
        organisationName: org?.name ?? hit.requesterOrganisation,
      };
    }
    return conflict('error.room_taken', { room: names.get(roomId) ?? '' }, { collidesWith, freeRooms: freeRooms.filter((r) => r.id !== roomId) });
  }

  /** Turns a database refusal (exclusion constraint, closure trigger) into the domain's 409. */
  async function mapWriteError(err: unknown, ctx: { roomId: number; startsAt: Date; endsAt: Date; attendees?: number | null; excludeId?: number }): Promise<never> {
    const { code, constraint } = pgError(err);
    if (err instanceof Taken || code === '23P01') throw await takenError(ctx.roomId, ctx.startsAt, ctx.endsAt, ctx.attendees, ctx.excludeId);
    if (code === '23514' && (constraint === 'room_bookings_closure' || String((err as Error)?.message ?? '').includes('closed'))) {
      const [c] = await closuresDuring(db, ctx.roomId, ctx.startsAt, ctx.endsAt);
      if (c) throw closedError(c);
    }
    throw err;
  }

  async function sendMail(to: string | null, subject: string, text: string) {
    if (!to || !mailer.enabled) return;
    try {
      await mailer.send({ to, subject, text });
    } catch (err) {
      deps.log?.error({ err }, 'room booking e-mail not sent');
    }
  }

  function describe(b: BookingRow, roomName: string) {
    return `${roomName} — ${brusselsDay(b.startsAt).split('-').reverse().join('/')} ${brusselsTime(b.startsAt)}-${brusselsTime(b.endsAt)}`;
  }

  async function mailDecision(b: BookingRow) {
    if (!b.contactEmail) return;
    const room = await loadRoom(b.roomId, db, false);
    const what = describe(b, room.name);
    const ref = b.reference ? ` (${b.reference})` : '';
    const msg = b.decisionMessage ? `\n\n${b.decisionMessage}\n` : '\n';
    if (b.status === 'confirmed') {
      await sendMail(
        b.contactEmail,
        `Réservation confirmée / Reservatie bevestigd${ref}`,
        `Bonjour,\n\nVotre demande de salle est confirmée : ${what}.${msg}\nGoedendag,\n\nUw zaalaanvraag is bevestigd: ${what}.\n\nMaison de l'Emploi — Logistique`,
      );
    } else if (b.status === 'refused') {
      await sendMail(
        b.contactEmail,
        `Demande de salle refusée / Zaalaanvraag geweigerd${ref}`,
        `Bonjour,\n\nNous ne pouvons pas accepter votre demande : ${what}.${msg}\nGoedendag,\n\nWij kunnen uw aanvraag niet aanvaarden: ${what}.\n\nMaison de l'Emploi — Logistique`,
      );
    } else if (b.status === 'cancelled') {
      await sendMail(
        b.contactEmail,
        `Réservation annulée / Reservatie geannuleerd${ref}`,
        `Bonjour,\n\nVotre réservation est annulée : ${what}.${msg}\nGoedendag,\n\nUw reservatie is geannuleerd: ${what}.\n\nMaison de l'Emploi — Logistique`,
      );
    }
  }

  function mayChange(caller: Caller, b: BookingRow) {
    if (isManager(caller)) return;
    if (b.requestedBy === caller.userId && b.status === 'requested') return;
    throw forbidden();
  }

  const service = {
    isManager,

    // ---------- rooms ----------
    listRooms: (includeInactive = false) => db.select().from(rooms).where(includeInactive ? undefined : eq(rooms.active, true)).orderBy(asc(rooms.name)),
    getRoom: (id: number) => loadRoom(id, db, false),

    async createRoom(actor: Actor, input: RoomInput): Promise<Room> {
      if (input.siteId) await services.sites.get(input.siteId);
      return db.transaction(async (tx) => {
        const [r] = await tx.insert(rooms).values(input).returning();
        await audit.record(actor, { action: 'room.create', entityType: 'room', entityId: r.id, details: { name: r.name } }, tx);
        return r;
      });
    },

    async updateRoom(actor: Actor, id: number, input: RoomPatch): Promise<Room> {
      if (input.siteId) await services.sites.get(input.siteId);
      return db.transaction(async (tx) => {
        const [r] = await tx.update(rooms).set({ ...input, updatedAt: clock.now() }).where(eq(rooms.id, id)).returning();
        if (!r) throw notFound('what.room');
        await audit.record(actor, { action: 'room.update', entityType: 'room', entityId: id, details: input }, tx);
        return r;
      });
    },

    // ---------- closures ----------
    listClosures: (roomId?: number) =>
      db.select().from(roomClosures).where(roomId ? eq(roomClosures.roomId, roomId) : undefined).orderBy(asc(roomClosures.startsAt)),

    async addClosure(actor: Actor, roomId: number, input: ClosureInput): Promise<Closure> {
      await loadRoom(roomId, db, false);
      try {
        return await db.transaction(async (tx) => {
          const live = await tx
            .select({ id: roomBookings.id, startsAt: roomBookings.startsAt, endsAt: roomBookings.endsAt, status: roomBookings.status })
            .from(roomBookings)
            .where(and(eq(roomBookings.roomId, roomId), inArray(roomBookings.status, LIVE), overlaps(input.startsAt, input.endsAt)))
            .orderBy(asc(roomBookings.startsAt));
          if (live.length) throw conflict('error.closure_has_bookings', { count: live.length }, { bookings: live });
          const [c] = await tx.insert(roomClosures).values({ roomId, startsAt: input.startsAt, endsAt: input.endsAt, reason: input.reason ?? null }).returning();
          await audit.record(actor, { action: 'room.closure.create', entityType: 'room', entityId: roomId, details: { closureId: c.id, startsAt: c.startsAt, endsAt: c.endsAt } }, tx);
          return c;
        });
      } catch (err) {
        if (pgError(err).code === '23P01') throw conflict('error.closure_overlap');
        throw err;
      }
    },

    async removeClosure(actor: Actor, closureId: number): Promise<void> {
      await db.transaction(async (tx) => {
        const [c] = await tx.delete(roomClosures).where(eq(roomClosures.id, closureId)).returning();
        if (!c) throw notFound('what.closure');
        await audit.record(actor, { action: 'room.closure.delete', entityType: 'room', entityId: c.roomId, details: { closureId, startsAt: c.startsAt, endsAt: c.endsAt } }, tx);
      });
    },

    // ---------- finding rooms and times ----------
    /** Active rooms with enough seats and the equipment asked, free (no confirmed booking, no closure) during the period. */
    async findFree(q: { startsAt: Date; endsAt: Date; capacity?: number; equipment?: Equipment[] }) {
      const conds: SQL[] = [eq(rooms.active, true)];
      if (q.capacity) conds.push(gte(rooms.capacity, q.capacity));
      if (q.equipment?.length) conds.push(sql`${rooms.equipment} @> ${sql.raw(`ARRAY[${q.equipment.map((e) => `'${e}'`).join(',')}]::text[]`)}`);
      const busy = db
        .select({ id: roomBookings.roomId })
        .from(roomBookings)
        .where(and(eq(roomBookings.status, 'confirmed'), overlaps(q.startsAt, q.endsAt)));
      const closed = db.select({ id: roomClosures.roomId }).from(roomClosures).where(closureOverlaps(q.startsAt, q.endsAt));
      conds.push(sql`${rooms.id} not in (${busy})`, sql`${rooms.id} not in (${closed})`);
      const rs = await db
        .select({ id: rooms.id, name: rooms.name, capacity: rooms.capacity, equipment: rooms.equipment })
        .from(rooms)
        .where(and(...conds))
        .orderBy(asc(rooms.capacity), asc(rooms.name));
      return rs;
    },

    /** Week/day view data: every active room with its live bookings and closures from `from` for `days` days. */
    async calendar(q: { from: string; days: number }) {
      let to = q.from;
      for (let i = 0; i < q.days; i++) to = nextDay(to);
      const start = brusselsInstant(q.from);
      const end = brusselsInstant(to);
      const [rs, bookings, closures] = await Promise.all([
        service.listRooms(),
        db
          .select()
          .from(roomBookings)
          .where(and(inArray(roomBookings.status, LIVE), lt(roomBookings.startsAt, end), gt(roomBookings.endsAt, start)))
          .orderBy(asc(roomBookings.startsAt)),
        db.select().from(roomClosures).where(and(lt(roomClosures.startsAt, end), gt(roomClosures.endsAt, start))),
      ]);
      const items = await presentMany(bookings);
      return {
        from: q.from,
        to,
        rooms: rs.map((r) => ({ ...r, bookings: items.filter((b) => b.roomId === r.id), closures: closures.filter((c) => c.roomId === r.id) })),
      };
    },

    async listBookings(q: ListQuery) {
      const conds: (SQL | undefined)[] = [
        q.from ? gte(roomBookings.endsAt, brusselsInstant(q.from)) : undefined,
        q.to ? lt(roomBookings.startsAt, brusselsInstant(nextDay(q.to))) : undefined,
        q.roomId ? eq(roomBookings.roomId, q.roomId) : undefined,
        q.organisationId ? eq(roomBookings.organisationId, q.organisationId) : undefined,
        q.status ? eq(roomBookings.status, q.status) : undefined,
        q.seriesId ? eq(roomBookings.seriesId, q.seriesId) : undefined,
      ];
      const cond = and(...conds);
      const [rows, [{ total }]] = await Promise.all([
        db.select().from(roomBookings).where(cond).orderBy(asc(roomBookings.startsAt), asc(roomBookings.id)).limit(q.limit).offset(q.offset),
        db.select({ total: sql<number>`count(*)::int` }).from(roomBookings).where(cond),
      ]);
      return { items: await presentMany(rows), total };
    },

    async getBooking(id: number): Promise<Booking> {
      const [b] = await presentMany([await loadBooking(id)]);
      return b;
    },

    // ---------- booking ----------
    /** Logistics books (confirmed unless it asks 'requested'); other staff request. */
    async createBooking(caller: Caller, input: BookingInput): Promise<Booking> {
      const room = await loadRoom(input.roomId);
      const org = await organisationInfo(input.organisationId);
      if (input.attendees && input.attendees > room.capacity) throw new AppError(400, 'error.validation', {}, [{ path: 'body.attendees', code: 'error.room_too_small', params: { capacity: room.capacity } }]);
      const status: BookingStatus = isManager(caller) ? (input.status ?? 'confirmed') : 'requested';
      const price = priceOf(room, isFree(org), input.startsAt, input.endsAt);
      const ctx = { roomId: room.id, startsAt: input.startsAt, endsAt: input.endsAt, attendees: input.attendees };
      let row: BookingRow;
      try {
        row = await db.transaction(async (tx) => {
          const [closed] = await closuresDuring(tx, room.id, input.startsAt, input.endsAt);
          if (closed) throw closedError(closed);
          if ((await collisions(tx, room.id, input.startsAt, input.endsAt)).length) throw new Taken();
          const [b] = await tx
            .insert(roomBookings)
            .values({
              roomId: room.id,
              startsAt: input.startsAt,
              endsAt: input.endsAt,
              status,
              organisationId: org?.id ?? null,
              contactName: input.contactName ?? null,
              contactEmail: input.contactEmail ?? null,
              contactPhone: input.contactPhone ?? null,
              purpose: input.purpose,
              attendees: input.attendees ?? null,
              layout: input.layout ?? null,
              showPublicly: input.showPublicly ?? null,
              activityKind: input.activity?.kind ?? null,
              activityId: input.activity?.id ?? null,
              requestedBy: caller.userId,
              decidedBy: status === 'confirmed' ? caller.userId : null,
              decidedAt: status === 'confirmed' ? clock.now() : null,
              amountCents: price.cents,
            })
            .returning();
          await audit.record(caller, { action: 'room.booking.create', entityType: 'room_booking', entityId: b.id, details: { roomId: b.roomId, startsAt: b.startsAt, endsAt: b.endsAt, status } }, tx);
          return b;
        });
      } catch (err) {
        if (err instanceof AppError) throw err;
        return mapWriteError(err, ctx);
      }
      return service.getBooking(row.id);
    },

    /** A recurring booking: every occurrence becomes a booking (so the exclusion constraint covers each one). */
    async createSeries(caller: Caller, input: SeriesInput) {
      const room = await loadRoom(input.roomId);
      const org = await organisationInfo(input.organisationId);
      if (input.attendees && input.attendees > room.capacity) throw new AppError(400, 'error.validation', {}, [{ path: 'body.attendees', code: 'error.room_too_small', params: { capacity: room.capacity } }]);
      const occurrences = expandSeries(input);
      const status: BookingStatus = isManager(caller) ? (input.status ?? 'confirmed') : 'requested';
      const free = isFree(org);
      try {
        const created = await db.transaction(async (tx) => {
          const skipped: { day: string; startsAt: Date; endsAt: Date; reason: 'closed' | 'taken'; bookingId?: number }[] = [];
          const keep: typeof occurrences = [];
          for (const o of occurrences) {
            const [closed] = await closuresDuring(tx, room.id, o.startsAt, o.endsAt);
            if (closed) {
              skipped.push({ ...o, reason: 'closed' });
              continue;
            }
            const [hit] = await collisions(tx, room.id, o.startsAt, o.endsAt);
            if (hit) {
              skipped.push({ ...o, reason: 'taken', bookingId: hit.id });
              continue;
            }
            keep.push(o);
          }
          if (skipped.length && !input.skipConflicts) throw conflict('error.series_conflicts', { count: skipped.length }, { conflicts: skipped });
          if (!keep.length) throw conflict('error.series_conflicts', { count: skipped.length }, { conflicts: skipped });
          const [series] = await tx
            .insert(roomSeries)
            .values({ roomId: room.id, rrule: input.rrule.replace(/^RRULE:/i, ''), firstDay: input.firstDay, startTime: input.startTime, endTime: input.endTime, createdBy: caller.userId })
            .returning();
          const rows = await tx
            .insert(roomBookings)
            .values(
              keep.map((o) => ({
                roomId: room.id,
                startsAt: o.startsAt,
                endsAt: o.endsAt,
                status,
                organisationId: org?.id ?? null,
                contactName: input.contactName ?? null,
                contactEmail: input.contactEmail ?? null,
                contactPhone: input.contactPhone ?? null,
                purpose: input.purpose,
                attendees: input.attendees ?? null,
                layout: input.layout ?? null,
                showPublicly: input.showPublicly ?? null,
                activityKind: input.activity?.kind ?? null,
                activityId: input.activity?.id ?? null,
                seriesId: series.id,
                requestedBy: caller.userId,
                decidedBy: status === 'confirmed' ? caller.userId : null,
                decidedAt: status === 'confirmed' ? clock.now() : null,
                amountCents: priceOf(room, free, o.startsAt, o.endsAt).cents,
              })),
            )
            .returning();
          await audit.record(
            caller,
            { action: 'room.series.create', entityType: 'room_series', entityId: series.id, details: { roomId: room.id, rrule: series.rrule, occurrences: rows.length, skipped: skipped.length, status } },
            tx,
          );
          return { series, rows, skipped };
        });
        return { series: created.series, bookings: await presentMany(created.rows), skipped: created.skipped };
      } catch (err) {
        if (err instanceof AppError) throw err;
        return mapWriteError(err, { roomId: room.id, startsAt: occurrences[0].startsAt, endsAt: occurrences[occurrences.length - 1].endsAt, attendees: input.attendees });
      }
    },

    async getSeries(id: number) {
      const [s] = await db.select().from(roomSeries).where(eq(roomSeries.id, id));
      if (!s) throw notFound('what.series');
      const rows = await db.select().from(roomBookings).where(eq(roomBookings.seriesId, id)).orderBy(asc(roomBookings.startsAt));
      return { ...s, bookings: await presentMany(rows) };
    },

    /** Moves a booking (another time and/or room). A moved occurrence stays in its series, marked detached. */
    async moveBooking(caller: Caller, id: number, input: MoveInput): Promise<Booking> {
      const current = await loadBooking(id);
      mayChange(caller, current);
      if (!LIVE.includes(current.status as BookingStatus)) throw conflict('error.booking_not_live');
      const roomId = input.roomId ?? current.roomId;
      const startsAt = input.startsAt ?? current.startsAt;
      const endsAt = input.endsAt ?? (input.startsAt ? new Date(input.startsAt.getTime() + (current.endsAt.getTime() - current.startsAt.getTime())) : current.endsAt);
      if (endsAt <= startsAt) throw new AppError(400, 'error.validation', {}, [{ path: 'body.endsAt', code: 'error.end_before_start' }]);
      const room = await loadRoom(roomId);
      if (current.attendees && current.attendees > room.capacity)
        throw new AppError(400, 'error.validation', {}, [{ path: 'body.roomId', code: 'error.room_too_small', params: { capacity: room.capacity } }]);
      const org = current.organisationId ? await organisationInfo(current.organisationId) : null;
      const ctx = { roomId, startsAt, endsAt, attendees: current.attendees, excludeId: id };
      try {
        await db.transaction(async (tx) => {
          const b = await loadBooking(id, tx, true);
          const [closed] = await closuresDuring(tx, roomId, startsAt, endsAt);
          if (closed) throw closedError(closed);
          if ((await collisions(tx, roomId, startsAt, endsAt, id)).length) throw new Taken();
          await tx
            .update(roomBookings)
            .set({ roomId, startsAt, endsAt, detached: b.seriesId !== null, amountCents: priceOf(room, isFree(org), startsAt, endsAt).cents, updatedAt: clock.now() })
            .where(eq(roomBookings.id, id));
          await audit.record(
            caller,
            { action: 'room.booking.move', entityType: 'room_booking', entityId: id, details: { from: { roomId: b.roomId, startsAt: b.startsAt, endsAt: b.endsAt }, to: { roomId, startsAt, endsAt } } },
            tx,
          );
        });
      } catch (err) {
        if (err instanceof AppError) throw err;
        return mapWriteError(err, ctx);
      }
      return service.getBooking(id);
    },

    async updateBooking(caller: Caller, id: number, input: BookingPatch): Promise<Booking> {
      const current = await loadBooking(id);
      mayChange(caller, current);
      const org = input.organisationId !== undefined ? await organisationInfo(input.organisationId) : undefined;
      const room = await loadRoom(current.roomId, db, false);
      if (input.attendees && input.attendees > room.capacity)
        throw new AppError(400, 'error.validation', {}, [{ path: 'body.attendees', code: 'error.room_too_small', params: { capacity: room.capacity } }]);
      await db.transaction(async (tx) => {
        const set: Partial<typeof roomBookings.$inferInsert> = { ...input, updatedAt: clock.now() };
        if (org !== undefined) set.amountCents = priceOf(room, isFree(org), current.startsAt, current.endsAt).cents;
        await tx.update(roomBookings).set(set).where(eq(roomBookings.id, id));
        await audit.record(caller, { action: 'room.booking.update', entityType: 'room_booking', entityId: id, details: { fields: Object.keys(input) } }, tx);
      });
      return service.getBooking(id);
    },

    async confirm(caller: Caller, id: number, message?: string | null): Promise<Booking> {
      const current = await loadBooking(id);
      if (current.status !== 'requested') throw conflict('error.booking_not_pending');
      const org = current.organisationId ? await organisationInfo(current.organisationId) : null;
      const room = await loadRoom(current.roomId, db, false);
      let row: BookingRow;
      try {
        row = await db.transaction(async (tx) => {
          const b = await loadBooking(id, tx, true);
          if (b.status !== 'requested') throw conflict('error.booking_not_pending');
          if ((await collisions(tx, b.roomId, b.startsAt, b.endsAt, id)).length) throw new Taken();
          const [u] = await tx
            .update(roomBookings)
            .set({ status: 'confirmed', decisionMessage: message ?? null, decidedAt: clock.now(), decidedBy: caller.userId, amountCents: priceOf(room, isFree(org), b.startsAt, b.endsAt).cents, updatedAt: clock.now() })
            .where(eq(roomBookings.id, id))
            .returning();
          await audit.record(caller, { action: 'room.booking.confirm', entityType: 'room_booking', entityId: id }, tx);
          return u;
        });
      } catch (err) {
        if (err instanceof AppError) throw err;
        return mapWriteError(err, { roomId: current.roomId, startsAt: current.startsAt, endsAt: current.endsAt, attendees: current.attendees, excludeId: id });
      }
      await mailDecision(row);
      return service.getBooking(id);
    },

    async refuse(caller: Caller, id: number, message?: string | null): Promise<Booking> {
      const row = await db.transaction(async (tx) => {
        const b = await loadBooking(id, tx, true);
        if (b.status !== 'requested') throw conflict('error.booking_not_pending');
        const [u] = await tx
          .update(roomBookings)
          .set({ status: 'refused', decisionMessage: message ?? null, decidedAt: clock.now(), decidedBy: caller.userId, updatedAt: clock.now() })
          .where(eq(roomBookings.id, id))
          .returning();
        await audit.record(caller, { action: 'room.booking.refuse', entityType: 'room_booking', entityId: id }, tx);
        return u;
      });
      await mailDecision(row);
      return service.getBooking(id);
    },

    async cancel(caller: Caller, id: number, message?: string | null): Promise<Booking> {
      const current = await loadBooking(id);
      if (!isManager(caller) && current.requestedBy !== caller.userId) throw forbidden();
      const row = await db.transaction(async (tx) => {
        const b = await loadBooking(id, tx, true);
        if (!LIVE.includes(b.status as BookingStatus)) throw conflict('error.booking_not_live');
        const [u] = await tx
          .update(roomBookings)
          .set({ status: 'cancelled', decisionMessage: message ?? b.decisionMessage, updatedAt: clock.now() })
          .where(eq(roomBookings.id, id))
          .returning();
        await audit.record(caller, { action: 'room.booking.cancel', entityType: 'room_booking', entityId: id }, tx);
        return u;
      });
      if (row.source === 'public') await mailDecision(row);
      return service.getBooking(id);
    },

    /** Cancels the live occurrences of a series from a day on (all when no day). */
    async cancelSeries(caller: Caller, seriesId: number, fromDay?: string) {
      const [s] = await db.select().from(roomSeries).where(eq(roomSeries.id, seriesId));
      if (!s) throw notFound('what.series');
      if (!isManager(caller) && s.createdBy !== caller.userId) throw forbidden();
      return db.transaction(async (tx) => {
        const rows = await tx
          .update(roomBookings)
          .set({ status: 'cancelled', updatedAt: clock.now() })
          .where(
            and(
              eq(roomBookings.seriesId, seriesId),
              inArray(roomBookings.status, LIVE),
              fromDay ? gte(roomBookings.startsAt, brusselsInstant(fromDay)) : undefined,
              isManager(caller) ? undefined : eq(roomBookings.status, 'requested'),
            ),
          )
          .returning({ id: roomBookings.id });
        await audit.record(caller, { action: 'room.series.cancel', entityType: 'room_series', entityId: seriesId, details: { fromDay: fromDay ?? null, cancelled: rows.length } }, tx);
        return { cancelled: rows.length };
      });
    },

    /** Confirms every requested occurrence of a series; all or nothing. */
    async confirmSeries(caller: Caller, seriesId: number, message?: string | null) {
      const [s] = await db.select().from(roomSeries).where(eq(roomSeries.id, seriesId));
      if (!s) throw notFound('what.series');
      try {
        return await db.transaction(async (tx) => {
          const pending = await tx
            .select()
            .from(roomBookings)
            .where(and(eq(roomBookings.seriesId, seriesId), eq(roomBookings.status, 'requested')))
            .orderBy(asc(roomBookings.startsAt))
            .for('update');
          const conflicts: { bookingId: number; startsAt: Date; endsAt: Date; collidesWith: number }[] = [];
          for (const b of pending) {
            const [hit] = await collisions(tx, b.roomId, b.startsAt, b.endsAt, b.id);
            if (hit) conflicts.push({ bookingId: b.id, startsAt: b.startsAt, endsAt: b.endsAt, collidesWith: hit.id });
          }
          if (conflicts.length) throw conflict('error.series_conflicts', { count: conflicts.length }, { conflicts });
          if (pending.length)
            await tx
              .update(roomBookings)
              .set({ status: 'confirmed', decisionMessage: message ?? null, decidedAt: clock.now(), decidedBy: caller.userId, updatedAt: clock.now() })
              .where(inArray(roomBookings.id, pending.map((b) => b.id)));
          await audit.record(caller, { action: 'room.series.confirm', entityType: 'room_series', entityId: seriesId, details: { confirmed: pending.length } }, tx);
          return { confirmed: pending.length };
        });
      } catch (err) {
        if (pgError(err).code === '23P01') throw conflict('error.series_conflicts', { count: 1 }, { conflicts: [] });
        throw err;
      }
    },

    // ---------- organisations' room settings ----------
    async organisationSettings() {
      const orgs = await organisationsById();
      return [...orgs.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    },

    async setOrganisationSettings(actor: Actor, organisationId: number, input: { showPublicly?: boolean; freeOfCharge?: boolean }) {
      await services.organisations.get(organisationId);
      await db.transaction(async (tx) => {
        await tx
          .insert(roomOrganisationSettings)
          .values({ organisationId, showPublicly: input.showPublicly ?? false, freeOfCharge: input.freeOfCharge ?? false, updatedAt: clock.now() })
          .onConflictDoUpdate({ target: roomOrganisationSettings.organisationId, set: { ...input, updatedAt: clock.now() } });
        await audit.record(actor, { action: 'room.organisation_settings.update', entityType: 'organisation', entityId: organisationId, details: input }, tx);
      });
      return organisationInfo(organisationId);
    },

    // ---------- public side ----------
    async publicRooms() {
      const rs = await service.listRooms();
      return rs.map((r) => ({ id: r.id, name: r.name, capacity: r.capacity, equipment: r.equipment, photoUrl: r.photoUrl, accessNotes: r.accessNotes }));
    },

    /** A room's opening periods of a day, the taken slots and the free ones (local HH:MM), without saying who booked. */
    async freeSlots(roomId: number, day: string) {
      const room = await loadRoom(roomId);
      const hours = (await openingHoursOf(room)).filter((h) => h.weekday === isoWeekday(day));
      const start = brusselsInstant(day);
      const end = brusselsInstant(nextDay(day));
      const [bookings, closures] = await Promise.all([
        db
          .select({ startsAt: roomBookings.startsAt, endsAt: roomBookings.endsAt })
          .from(roomBookings)
          .where(and(eq(roomBookings.roomId, roomId), eq(roomBookings.status, 'confirmed'), lt(roomBookings.startsAt, end), gt(roomBookings.endsAt, start))),
        db.select({ startsAt: roomClosures.startsAt, endsAt: roomClosures.endsAt }).from(roomClosures).where(and(eq(roomClosures.roomId, roomId), lt(roomClosures.startsAt, end), gt(roomClosures.endsAt, start))),
      ]);
      const toMin = (d: Date) => (d <= start ? 0 : d >= end ? 24 * 60 : minutes(brusselsTime(d)));
      const busy = [...bookings, ...closures].map((b) => ({ from: toMin(b.startsAt), to: toMin(b.endsAt) })).sort((a, b) => a.from - b.from);
      const free: { from: string; to: string }[] = [];
      for (const p of hours) {
        let cursor = minutes(p.from);
        const stop = minutes(p.to);
        for (const b of busy) {
          if (b.to <= cursor || b.from >= stop) continue;
          if (b.from > cursor) free.push({ from: hhmmOf(cursor), to: hhmmOf(b.from) });
          cursor = Math.max(cursor, b.to);
        }
        if (cursor < stop) free.push({ from: hhmmOf(cursor), to: hhmmOf(stop) });
      }
      return {
        room: { id: room.id, name: room.name, capacity: room.capacity },
        date: day,
        opening: hours.map((h) => ({ from: h.from, to: h.to })),
        taken: busy.map((b) => ({ from: hhmmOf(b.from), to: hhmmOf(Math.min(b.to, 24 * 60 - 1)) })),
        free,
      };
    },

    /**
     * A request from the public form. A filled honeypot gets an accepted-looking answer and nothing is stored.
     * At most PUBLIC_REQUESTS_PER_HOUR stored requests per IP and hour, counted in the database (holds across processes).
     */
    async submitPublicRequest(ip: string, input: PublicRequestInput): Promise<{ reference: string; status: 'requested' }> {
      if (input.website && input.website.trim() !== '') return { reference: referenceCode(), status: 'requested' };
      const room = await loadRoom(input.roomId);
      if (input.attendees > room.capacity) throw new AppError(400, 'error.validation', {}, [{ path: 'body.attendees', code: 'error.room_too_small', params: { capacity: room.capacity } }]);
      const startsAt = brusselsInstant(input.date, input.startTime);
      const endsAt = brusselsInstant(input.date, input.endTime);
      if (startsAt <= clock.now()) throw new AppError(400, 'error.validation', {}, [{ path: 'body.date', code: 'error.date_in_past' }]);
      const actor: Actor = { userId: null, name: `public: ${input.contactName}`.slice(0, 200), ip };
      const reference = referenceCode();
      let row: BookingRow;
      try {
        row = await db.transaction(async (tx) => {
          // One IP at a time: the count and the insert cannot interleave between processes.
          await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'rooms.request:' + ip}))`);
          const since = new Date(clock.now().getTime() - HOUR);
          const [{ n, oldest }] = await tx
            .select({ n: sql<number>`count(*)::int`, oldest: sql<string | null>`min(${roomRequestAttempts.at})` })
            .from(roomRequestAttempts)
            .where(and(eq(roomRequestAttempts.ip, ip), gt(roomRequestAttempts.at, since)));
          if (n >= PUBLIC_REQUESTS_PER_HOUR) {
            const retry = oldest ? Math.max(1, Math.ceil((new Date(oldest).getTime() + HOUR - clock.now().getTime()) / 1000)) : 3600;
            throw new AppError(429, 'error.too_many_requests', { minutes: Math.ceil(retry / 60) }, [], { retryAfterSeconds: retry });
          }
          const [closed] = await closuresDuring(tx, room.id, startsAt, endsAt);
          if (closed) throw conflict('error.slot_unavailable');
          if ((await collisions(tx, room.id, startsAt, endsAt)).length) throw conflict('error.slot_unavailable');
          await tx.insert(roomRequestAttempts).values({ ip, at: clock.now() });
          const [b] = await tx
            .insert(roomBookings)
            .values({
              roomId: room.id,
              startsAt,
              endsAt,
              status: 'requested',
              source: 'public',
              reference,
              requesterOrganisation: input.organisation,
              contactName: input.contactName,
              contactEmail: input.contactEmail,
              contactPhone: input.contactPhone ?? null,
              purpose: input.purpose,
              attendees: input.attendees,
              layout: input.layout ?? null,
              showPublicly: input.showPublicly ?? false,
              amountCents: priceOf(room, false, startsAt, endsAt).cents,
            })
            .returning();
          await audit.record(actor, { action: 'room.booking.public_request', entityType: 'room_booking', entityId: b.id, details: { roomId: room.id, reference } }, tx);
          return b;
        });
      } catch (err) {
        if (err instanceof AppError) throw err;
        if (pgError(err).code === '23514') throw conflict('error.slot_unavailable');
        throw err;
      }
      await sendMail(
        row.contactEmail,
        `Demande de salle reçue / Zaalaanvraag ontvangen (${reference})`,
        `Bonjour,\n\nNous avons bien reçu votre demande : ${describe(row, room.name)}.\nRéférence : ${reference}. Le service logistique vous répondra.\n\n` +
          `Goedendag,\n\nWij hebben uw aanvraag goed ontvangen: ${describe(row, room.name)}.\nReferentie: ${reference}. De logistieke dienst antwoordt u.\n\nMaison de l'Emploi — Logistique`,
      );
      return { reference, status: 'requested' };
    },

    /** What a requester may see of their request, by its reference code. */
    async publicRequestStatus(reference: string) {
      const [b] = await db.select().from(roomBookings).where(and(eq(roomBookings.reference, reference), eq(roomBookings.source, 'public')));
      if (!b) throw notFound('what.booking');
      const room = await loadRoom(b.roomId, db, false);
      return { reference, status: b.status, room: room.name, date: brusselsDay(b.startsAt), startTime: brusselsTime(b.startsAt), endTime: brusselsTime(b.endsAt), message: b.decisionMessage };
    },

    /** Public occupation: per room, the day's and the week's taken slots, named only with the organisation's consent. */
    async occupation(day?: string) {
      const today = day ?? brusselsDay(clock.now());
      const wd = isoWeekday(today);
      const monday = addDays(today, 1 - wd);
      const sunday = addDays(monday, 6);
      const from = brusselsInstant(monday);
      const to = brusselsInstant(nextDay(sunday));
      const [rs, bookings, closures, orgs] = await Promise.all([
        service.listRooms(),
        db
          .select()
          .from(roomBookings)
          .where(and(eq(roomBookings.status, 'confirmed'), lt(roomBookings.startsAt, to), gt(roomBookings.endsAt, from)))
          .orderBy(asc(roomBookings.startsAt)),
        db.select().from(roomClosures).where(and(lt(roomClosures.startsAt, to), gt(roomClosures.endsAt, from))),
        organisationsById(),
      ]);
      const slot = (b: BookingRow) => ({
        day: brusselsDay(b.startsAt),
        from: brusselsTime(b.startsAt),
        to: brusselsTime(b.endsAt),
        startsAt: b.startsAt,
        endsAt: b.endsAt,
        organisation: publicLabel(b, orgs),
      });
      return {
        date: today,
        week: { from: monday, to: sunday },
        rooms: rs.map((r) => {
          const mine = bookings.filter((b) => b.roomId === r.id).map(slot);
          return {
            id: r.id,
            name: r.name,
            capacity: r.capacity,
            equipment: r.equipment,
            today: mine.filter((s) => s.day === today),
            week: mine,
            closures: closures.filter((c) => c.roomId === r.id).map((c) => ({ startsAt: c.startsAt, endsAt: c.endsAt })),
          };
        }),
      };
    },

    /** The entrance screen: today's confirmed bookings, room by room, with what is on now. */
    async screen() {
      const now = clock.now();
      const today = brusselsDay(now);
      const from = brusselsInstant(today);
      const to = brusselsInstant(nextDay(today));
      const [rs, bookings, orgs] = await Promise.all([
        service.listRooms(),
        db
          .select()
          .from(roomBookings)
          .where(and(eq(roomBookings.status, 'confirmed'), lt(roomBookings.startsAt, to), gt(roomBookings.endsAt, from)))
          .orderBy(asc(roomBookings.startsAt)),
        organisationsById(),
      ]);
      return {
        generatedAt: now,
        date: today,
        rooms: rs.map((r) => ({
          id: r.id,
          name: r.name,
          accessNotes: r.accessNotes,
          bookings: bookings
            .filter((b) => b.roomId === r.id)
            .map((b) => ({
              from: brusselsTime(b.startsAt),
              to: brusselsTime(b.endsAt),
              startsAt: b.startsAt,
              endsAt: b.endsAt,
              organisation: publicLabel(b, orgs),
              now: b.startsAt <= now && now < b.endsAt,
              past: b.endsAt <= now,
            })),
        })),
      };
    },

    /** iCalendar feed of the confirmed bookings (30 days back, a year ahead) of one room or all; no personal data. */
    async icsFeed(roomId?: number): Promise<string> {
      const now = clock.now();
      const room = roomId ? await loadRoom(roomId) : null;
      const from = new Date(now.getTime() - 30 * 24 * HOUR);
      const to = new Date(now.getTime() + 366 * 24 * HOUR);
      const [names, orgs, bookings] = await Promise.all([
        roomNames(),
        organisationsById(),
        db
          .select()
          .from(roomBookings)
          .where(and(eq(roomBookings.status, 'confirmed'), roomId ? eq(roomBookings.roomId, roomId) : undefined, lt(roomBookings.startsAt, to), gt(roomBookings.endsAt, from)))
          .orderBy(asc(roomBookings.startsAt)),
      ]);
      const events = bookings.map((b) => ({
        uid: `room-booking-${b.id}@relais`,
        startsAt: b.startsAt,
        endsAt: b.endsAt,
        summary: publicLabel(b, orgs) ?? 'Occupé / Bezet',
        location: `${names.get(b.roomId) ?? ''}, Maison de l'Emploi`,
        updatedAt: b.updatedAt,
      }));
      return buildFeed(room ? `${room.name} — Maison de l'Emploi` : "Salles — Maison de l'Emploi", events, now);
    },

    // ---------- money ----------
    /** A month's confirmed bookings per organisation, with the amount due. */
    async statement(q: { month: string; organisationId?: number }) {
      const [y, m] = q.month.split('-').map(Number);
      const from = brusselsInstant(`${q.month}-01`);
      const to = brusselsInstant(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`);
      if (q.organisationId) await services.organisations.get(q.organisationId);
      const rows = await db
        .select()
        .from(roomBookings)
        .where(and(eq(roomBookings.status, 'confirmed'), gte(roomBookings.startsAt, from), lt(roomBookings.startsAt, to), q.organisationId ? eq(roomBookings.organisationId, q.organisationId) : undefined))
        .orderBy(asc(roomBookings.startsAt));
      const [names, orgs, roomRows] = await Promise.all([roomNames(), organisationsById(), db.select().from(rooms)]);
      const roomById = new Map(roomRows.map((r) => [r.id, r]));
      const groups = new Map<string, { organisationId: number | null; name: string; free: boolean; bookings: StatementLine[]; totalCents: number; hours: number }>();
      for (const b of rows) {
        const org = b.organisationId ? orgs.get(b.organisationId) : undefined;
        const key = org ? `o${org.id}` : `n${(b.requesterOrganisation ?? '').toLowerCase()}`;
        const name = org?.name ?? b.requesterOrganisation ?? '—';
        const free = isFree(org ?? null);
        const room = roomById.get(b.roomId)!;
        const price = priceOf(room, free, b.startsAt, b.endsAt);
        const hours = (b.endsAt.getTime() - b.startsAt.getTime()) / HOUR;
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { organisationId: org?.id ?? null, name, free, bookings: [], totalCents: 0, hours: 0 }));
        g.bookings.push({
          bookingId: b.id,
          organisation: name,
          room: names.get(b.roomId) ?? '',
          day: brusselsDay(b.startsAt),
          from: brusselsTime(b.startsAt),
          to: brusselsTime(b.endsAt),
          startsAt: b.startsAt,
          endsAt: b.endsAt,
          hours,
          purpose: b.purpose,
          tariff: price.tariff,
          amountCents: b.amountCents,
        });
        g.totalCents += b.amountCents;
        g.hours += hours;
      }
      const organisations = [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
      return { month: q.month, organisations, totalCents: organisations.reduce((s, g) => s + g.totalCents, 0) };
    },

    // ---------- statistics (read-only, for the observatory too) ----------
    async statsForYear(yearNumber: number) {
      const compute = async (y: number) => {
        const { from, to } = brusselsYearRange(y);
        const rows = await db
          .select({
            roomId: roomBookings.roomId,
            startsAt: roomBookings.startsAt,
            endsAt: roomBookings.endsAt,
            organisationId: roomBookings.organisationId,
            requesterOrganisation: roomBookings.requesterOrganisation,
            amountCents: roomBookings.amountCents,
          })
          .from(roomBookings)
          .where(and(eq(roomBookings.status, 'confirmed'), gte(roomBookings.startsAt, from), lt(roomBookings.startsAt, to)));
        return rows;
      };
      type BookingRow = Awaited<ReturnType<typeof compute>>[number];
      const [rows, previousRows, roomRows, orgs] = await Promise.all([compute(yearNumber), compute(yearNumber - 1), db.select().from(rooms).orderBy(asc(rooms.name)), organisationsById()]);
      const hoursOf = (b: BookingRow) => (b.endsAt.getTime() - b.startsAt.getTime()) / HOUR;
      const byMonth = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, bookings: 0, hours: 0, previousYearBookings: 0 }));
      for (const b of rows) {
        const mm = Number(dayOf(b.startsAt).slice(5, 7)) - 1;
        byMonth[mm].bookings++;
        byMonth[mm].hours += hoursOf(b);
      }
      for (const b of previousRows) byMonth[Number(dayOf(b.startsAt).slice(5, 7)) - 1].previousYearBookings++;
      const orgMap = new Map<string, { organisationId: number | null; name: string; bookings: number; hours: number; amountCents: number; previousYearBookings: number }>();
      const orgKey = (b: BookingRow) => (b.organisationId ? `o${b.organisationId}` : `n${(b.requesterOrganisation ?? '').toLowerCase()}`);
      const orgEntry = (b: BookingRow) => {
        const k = orgKey(b);
        let e = orgMap.get(k);
        if (!e) {
          const name = (b.organisationId ? orgs.get(b.organisationId)?.name : b.requesterOrganisation) ?? '—';
          orgMap.set(k, (e = { organisationId: b.organisationId, name, bookings: 0, hours: 0, amountCents: 0, previousYearBookings: 0 }));
        }
        return e;
      };
      for (const b of rows) {
        const e = orgEntry(b);
        e.bookings++;
        e.hours += hoursOf(b);
        e.amountCents += b.amountCents;
      }
      for (const b of previousRows) orgEntry(b).previousYearBookings++;
      // Opening hours per weekday, for the occupancy rate (the same for rooms of one site).
      const { from, to } = brusselsYearRange(yearNumber);
      const openMsByHours = new Map<string, number>();
      const hoursBySite = new Map<number | null, Promise<OpeningPeriod[]>>();
      const byRoom = [];
      for (const r of roomRows) {
        let hoursP = hoursBySite.get(r.siteId);
        if (!hoursP) hoursBySite.set(r.siteId, (hoursP = openingHoursOf(r)));
        const hours = await hoursP;
        const hoursKey = JSON.stringify(hours);
        let openMs = openMsByHours.get(hoursKey);
        if (openMs === undefined) {
          openMs = 0;
          for (let d = dayOf(from); instantMs(d, '00:00') < to.getTime(); d = nextDay(d)) {
            for (const p of hours.filter((h) => h.weekday === isoWeekday(d))) openMs += instantMs(d, p.to) - instantMs(d, p.from);
          }
          openMsByHours.set(hoursKey, openMs);
        }
        const mine = rows.filter((b) => b.roomId === r.id);
        const bookedOpenMs = mine.reduce((s, b) => s + openOverlapMs(b.startsAt, b.endsAt, hours), 0);
        byRoom.push({
          roomId: r.id,
          name: r.name,
          bookings: mine.length,
          hours: mine.reduce((s, b) => s + hoursOf(b), 0),
          openingHours: openMs / HOUR,
          hoursInOpeningHours: bookedOpenMs / HOUR,
          occupancyRate: openMs ? bookedOpenMs / openMs : 0,
          previousYearBookings: previousRows.filter((b) => b.roomId === r.id).length,
        });
      }
      const total = rows.length;
      const previous = previousRows.length;
      return {
        year: yearNumber,
        bookings: total,
        hours: rows.reduce((s, b) => s + hoursOf(b), 0),
        amountCents: rows.reduce((s, b) => s + b.amountCents, 0),
        previousYear: { year: yearNumber - 1, bookings: previous, hours: previousRows.reduce((s, b) => s + hoursOf(b), 0) },
        /** relative change on the year before (0.5 = +50 %), null when the year before had none */
        change: previous ? (total - previous) / previous : null,
        byMonth,
        byOrganisation: [...orgMap.values()].filter((e) => e.bookings > 0 || e.previousYearBookings > 0).sort((a, b) => b.bookings - a.bookings || a.name.localeCompare(b.name, 'fr')),
        byRoom,
      };
    },
  };
  return service;
}

export interface StatementLine {
  bookingId: number;
  organisation: string;
  room: string;
  day: string;
  from: string;
  to: string;
  startsAt: Date;
  endsAt: Date;
  hours: number;
  purpose: string;
  tariff: 'free' | 'half_day' | 'day';
  amountCents: number;
}
