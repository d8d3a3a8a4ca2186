import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import type { Actor, AuditService } from '../../platform/audit/audit.service';
import type { OutboxService } from '../../platform/outbox/outbox.service';
import type { Role } from '../../platform/auth/roles';
import { conflict, forbidden, notFound } from '../../platform/http/errors';
import { brusselsDay, brusselsInstant, nextDay } from '../../platform/brussels-time';
import type { OpeningPeriod, SitesService } from '../sites/sites.service';
import type { OrganisationsService } from '../organisations/organisations.service';
import { roomBookings, roomClosures, roomOrganisationSettings, rooms, type BookingStatus } from './rooms.table';
import { roomsPermissions } from './rooms.permissions';

/** What every part of the rooms service is built from (one object, given by createRoomsService). */
export interface RoomsDeps {
  db: Db;
  clock: Clock;
  audit: AuditService;
  outbox: OutboxService;
  sites: SitesService;
  organisations: OrganisationsService;
  log?: { error: (o: object, m: string) => void };
}

export type Room = typeof rooms.$inferSelect;
export type BookingRow = typeof roomBookings.$inferSelect;
export type Closure = typeof roomClosures.$inferSelect;

/** The acting user with roles: what a booking may do depends on them (logistics confirms, others request). */
export type Caller = Actor & { userId: number; roles: readonly Role[] };

/** Roles that manage rooms and bookings. The admin runs the installation and may act for logistics. */
export const ROOM_MANAGERS: readonly Role[] = roomsPermissions.manage.roles;
/** Roles that read statistics and statements. */
export const ROOM_STATS_READERS: readonly Role[] = roomsPermissions.stats.roles;

/** Opening hours used when no site defines them: 8:30-16:30 on weekdays. */
export const FALLBACK_OPENING: OpeningPeriod[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '08:30', to: '16:30' }));

/** Public requests allowed per IP and hour. */
export const PUBLIC_REQUESTS_PER_HOUR = 5;
/** A booking of at most this many hours is charged the half-day price. */
export const HALF_DAY_HOURS = 4;

export const LIVE: BookingStatus[] = ['requested', 'confirmed'];
export const HOUR = 3_600_000;

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
  source: 'staff' | 'public';
  decisionMessage: string | null;
  decidedAt: Date | null;
  requestedBy: number | null;
  amountCents: number;
  createdAt: Date;
}

export interface OrgInfo {
  id: number;
  name: string;
  isInternalPartner: boolean;
  showPublicly: boolean;
  freeOfCharge: boolean;
}

/** Thrown inside a transaction when a confirmed booking is in the way; the 409 is built after the rollback
 * (PGlite has one connection: a query outside the transaction would wait for it). */
export class Taken extends Error {}

export const isManager = (c: Pick<Caller, 'roles'>) => c.roles.some((r) => ROOM_MANAGERS.includes(r));

/**
 * A booking as this caller may read it. A requester's contact (name, e-mail, phone), the body a public requester
 * typed and the decision's message reach the room managers and the staff member who asked for the booking; to
 * anyone else the booking says who has the room only through the registry's organisation.
 */
export function bookingFor<B extends Booking>(caller: Pick<Caller, 'roles' | 'userId'>, b: B): B {
  if (isManager(caller) || (b.requestedBy !== null && b.requestedBy === caller.userId)) return b;
  return {
    ...b,
    organisationName: b.organisationId ? b.organisationName : null,
    requesterOrganisation: null,
    contactName: null,
    contactEmail: null,
    contactPhone: null,
    decisionMessage: null,
  };
}

export const overlaps = (startsAt: Date, endsAt: Date) =>
  sql`tstzrange(${roomBookings.startsAt}, ${roomBookings.endsAt}, '[)') && tstzrange(${startsAt.toISOString()}::timestamptz, ${endsAt.toISOString()}::timestamptz, '[)')`;
export const closureOverlaps = (startsAt: Date, endsAt: Date) =>
  sql`tstzrange(${roomClosures.startsAt}, ${roomClosures.endsAt}, '[)') && tstzrange(${startsAt.toISOString()}::timestamptz, ${endsAt.toISOString()}::timestamptz, '[)')`;

/** Minutes since local midnight of HH:MM. */
export const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const hhmmOf = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export { addDays } from '../../platform/brussels-time';

/**
 * brusselsInstant (dayjs.tz) and brusselsDay (Intl) are slow, and statistics ask them the same few values
 * again and again (each opening period of each day of a year, thousands of bookings starting at the same
 * hours): both are pure, so their answers are kept (a bounded cache, emptied when full).
 */
const instantCache = new Map<string, number>();
export function instantMs(day: string, time: string): number {
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
export function dayOf(d: Date): string {
  const h = Math.floor(d.getTime() / HOUR);
  let v = dayCache.get(h);
  if (v === undefined) {
    if (dayCache.size >= 50_000) dayCache.clear();
    dayCache.set(h, (v = brusselsDay(d)));
  }
  return v;
}

/** Brussels calendar days touched by [start, end). */
export function localDays(startsAt: Date, endsAt: Date): string[] {
  const days: string[] = [];
  const last = dayOf(new Date(endsAt.getTime() - 1));
  for (let d = dayOf(startsAt); d <= last; d = nextDay(d)) days.push(d);
  return days;
}

export type RoomsCore = ReturnType<typeof createRoomsCore>;

/** Loading and presenting rooms and bookings, shared by every part of the service. */
export function createRoomsCore(deps: RoomsDeps) {
  const { db, sites, organisations } = deps;

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
    const [orgs, settings] = await Promise.all([organisations.list({ includeInactive: true }), db.select().from(roomOrganisationSettings)]);
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
    const o = await organisations.get(id); // 404 when unknown
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

  /**
   * The name shown on public pages: the registry organisation's when it (or the booking) agreed, else null
   * ("reserved"). What a public requester typed as their body never goes public: it may be a private person's name.
   */
  function publicLabel(b: BookingRow, orgs: Map<number, OrgInfo>): string | null {
    const org = b.organisationId ? orgs.get(b.organisationId) : undefined;
    if (!org) return null;
    const show = b.showPublicly ?? org.showPublicly;
    return show ? org.name : null;
  }

  async function openingHoursOf(room: Room): Promise<OpeningPeriod[]> {
    try {
      if (room.siteId) {
        const s = await sites.get(room.siteId);
        if (s.openingHours.length) return s.openingHours;
      }
      const all = await sites.list();
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

  function mayChange(caller: Caller, b: BookingRow) {
    if (isManager(caller)) return;
    if (b.requestedBy === caller.userId && b.status === 'requested') return;
    throw forbidden();
  }

  const listRooms = (includeInactive = false) => db.select().from(rooms).where(includeInactive ? undefined : eq(rooms.active, true)).orderBy(asc(rooms.name));

  return { loadRoom, loadBooking, organisationsById, organisationInfo, isFree, roomNames, present, presentMany, publicLabel, openingHoursOf, collisions, closuresDuring, closedError, mayChange, listRooms };
}
