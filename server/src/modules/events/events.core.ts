import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { customAlphabet } from 'nanoid';
import type { ModuleContext } from '../../platform/module';
import type { Db, Tx } from '../../platform/db/database';
import type { Actor } from '../../platform/audit/audit.service';
import type { Role } from '../../platform/auth/roles';
import type { Locale } from '../../platform/i18n/messages';
import { notFound } from '../../platform/http/errors';
import { brusselsDay, brusselsTime } from '../../platform/brussels-time';
import { users } from '../../platform/auth/auth.table';
import { eventItemRegistrations, eventItems, eventPartners, eventRegistrations, events, eventStaff } from './events.table';

export type EventRow = typeof events.$inferSelect;
export type ItemRow = typeof eventItems.$inferSelect;
export type RegistrationRow = typeof eventRegistrations.$inferSelect;
/** Who acts, with roles (the rooms module decides from them whether a booking is confirmed or requested). */
export type Caller = Actor & { userId: number; roles: readonly Role[] };
export type DbOrTx = Db | Tx;

/** The ticket alphabet: digits and capitals without 0/O and 1/I, which people misread. */
export const TICKET_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const TICKET_LENGTH = 16;
export const newSecret = customAlphabet(TICKET_ALPHABET, TICKET_LENGTH);
/** Public registrations per address and hour. */
export const PUBLIC_REGISTRATIONS_PER_HOUR = 10;
/** Statuses that hold a place. */
export const HOLDS_PLACE = ['registered', 'offered'] as const;

/** What other modules show of an event (`ctx.services.events.summary(id)`), re-exported by public.ts. */
export interface EventSummary {
  id: number;
  kind: string;
  title: { fr: string; nl: string; en: string | null };
  /** RFC 3339 instants */
  startsAt: string;
  endsAt: string;
  /** the room's name or the outside venue's; null when not known yet */
  place: string | null;
}

export interface EventsDeps {
  ctx: ModuleContext;
  db: Db;
  clock: ModuleContext['clock'];
  audit: ModuleContext['audit'];
}

export const titleOf = (t: { titleFr: string; titleNl: string; titleEn: string | null }, locale: Locale) =>
  locale === 'nl' ? t.titleNl : locale === 'en' ? (t.titleEn ?? t.titleFr) : t.titleFr;
export const textsOf = (t: { titleFr: string; titleNl: string; titleEn: string | null }) => ({ fr: t.titleFr, nl: t.titleNl, en: t.titleEn });

export function createEventsCore(deps: EventsDeps) {
  const { db, ctx } = deps;

  async function loadEvent(id: number, tx: DbOrTx = db, lock = false): Promise<EventRow> {
    const q = tx.select().from(events).where(eq(events.id, id));
    const [row] = lock ? await q.for('update') : await q;
    if (!row) throw notFound('what.event');
    return row;
  }

  async function roomNames(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rooms = await ctx.services.rooms.listRooms(true);
    return new Map(rooms.filter((r) => ids.includes(r.id)).map((r) => [r.id, r.name]));
  }

  const placeOf = (e: EventRow, rooms: Map<number, string>) => (e.roomId ? (rooms.get(e.roomId) ?? null) : (e.venueName ?? null));

  /** Places held (registered or offered) and waiting, per event. */
  async function placeCounts(eventIds: number[], tx: DbOrTx = db) {
    const out = new Map<number, { registered: number; waiting: number }>();
    if (!eventIds.length) return out;
    const rows = await tx
      .select({
        eventId: eventRegistrations.eventId,
        held: sql<number>`count(*) filter (where ${eventRegistrations.status} in ('registered','offered'))::int`,
        waiting: sql<number>`count(*) filter (where ${eventRegistrations.status} = 'waiting')::int`,
      })
      .from(eventRegistrations)
      .where(inArray(eventRegistrations.eventId, eventIds))
      .groupBy(eventRegistrations.eventId);
    for (const r of rows) out.set(r.eventId, { registered: r.held, waiting: r.waiting });
    return out;
  }

  async function itemsOf(eventIds: number[], tx: DbOrTx = db) {
    if (!eventIds.length) return [];
    const items = await tx.select().from(eventItems).where(inArray(eventItems.eventId, eventIds)).orderBy(asc(eventItems.startsAt), asc(eventItems.id));
    const counts = items.length
      ? await tx
          .select({ itemId: eventItemRegistrations.itemId, n: sql<number>`count(*)::int` })
          .from(eventItemRegistrations)
          .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventItemRegistrations.registrationId))
          .where(and(inArray(eventItemRegistrations.itemId, items.map((i) => i.id)), inArray(eventRegistrations.status, [...HOLDS_PLACE])))
          .groupBy(eventItemRegistrations.itemId)
      : [];
    const n = new Map(counts.map((c) => [c.itemId, c.n]));
    return items.map((i) => {
      const registered = n.get(i.id) ?? 0;
      return {
        eventId: i.eventId,
        id: i.id,
        kind: i.kind,
        title: textsOf(i),
        startsAt: i.startsAt.toISOString(),
        endsAt: i.endsAt.toISOString(),
        speakers: i.speakers,
        room: i.room,
        capacity: i.capacity,
        registered,
        placesLeft: i.capacity === null ? null : Math.max(0, i.capacity - registered),
      };
    });
  }

  /** Events as the staff screens show them. */
  async function present(rows: EventRow[], full = true) {
    const ids = rows.map((r) => r.id);
    const [rooms, counts, items, partners, staff, orgs] = await Promise.all([
      roomNames([...new Set(rows.map((r) => r.roomId).filter((x): x is number => x !== null))]),
      placeCounts(ids),
      full ? itemsOf(ids) : Promise.resolve([]),
      ids.length ? db.select().from(eventPartners).where(inArray(eventPartners.eventId, ids)) : Promise.resolve([]),
      full && ids.length
        ? db.select({ eventId: eventStaff.eventId, id: users.id, name: users.name }).from(eventStaff).innerJoin(users, eq(users.id, eventStaff.userId)).where(inArray(eventStaff.eventId, ids))
        : Promise.resolve([]),
      ctx.services.organisations.list({ includeInactive: true }),
    ]);
    const orgName = new Map(orgs.map((o) => [o.id, o.name]));
    return rows.map((e) => {
      const c = counts.get(e.id) ?? { registered: 0, waiting: 0 };
      return {
        id: e.id,
        kind: e.kind,
        status: e.status,
        title: textsOf(e),
        description: { fr: e.descriptionFr, nl: e.descriptionNl, en: e.descriptionEn },
        startsAt: e.startsAt.toISOString(),
        endsAt: e.endsAt.toISOString(),
        localStartDate: brusselsDay(e.startsAt),
        localStartTime: brusselsTime(e.startsAt),
        localEndDate: brusselsDay(e.endsAt),
        localEndTime: brusselsTime(e.endsAt),
        roomId: e.roomId,
        roomName: e.roomId ? (rooms.get(e.roomId) ?? null) : null,
        roomBookingId: e.roomBookingId,
        venueName: e.venueName,
        venueAddress: e.venueAddress,
        place: placeOf(e, rooms),
        capacity: e.capacity,
        targetPublics: e.targetPublics as EventRow['targetPublics'] as never,
        partners: partners.filter((p) => p.eventId === e.id).map((p) => ({ id: p.organisationId, name: orgName.get(p.organisationId) ?? '' })),
        staff: staff.filter((s) => s.eventId === e.id).map((s) => ({ id: s.id, name: s.name })),
        registrationOpensAt: e.registrationOpensAt?.toISOString() ?? null,
        registrationClosesAt: e.registrationClosesAt?.toISOString() ?? null,
        waitingList: e.waitingList,
        offerHours: e.offerHours,
        questions: e.questions.map((q) => ({ ...q, labelEn: q.labelEn ?? null })),
        items: items.filter((i) => i.eventId === e.id).map(({ eventId: _e, ...i }) => i),
        registered: c.registered,
        waiting: c.waiting,
        placesLeft: e.capacity === null ? null : Math.max(0, e.capacity - c.registered),
      };
    });
  }

  /** Whether registering is possible now, and how. */
  function registrationState(e: EventRow, registered: number, now: Date): 'open' | 'waiting_list' | 'full' | 'closed' | 'not_yet_open' {
    if (e.status !== 'published' || e.endsAt <= now) return 'closed';
    if (e.registrationOpensAt && now < e.registrationOpensAt) return 'not_yet_open';
    const closed = (e.registrationClosesAt && now >= e.registrationClosesAt) || false;
    const full = e.capacity !== null && registered >= e.capacity;
    if (closed || full) return e.waitingList ? 'waiting_list' : closed ? 'closed' : 'full';
    return 'open';
  }

  return { loadEvent, roomNames, placeOf, placeCounts, itemsOf, present, registrationState };
}
export type EventsCore = ReturnType<typeof createEventsCore>;
