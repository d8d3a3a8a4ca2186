import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import { BRUSSELS, isoWeekday, nextDay } from '../../platform/brussels-time';
import { figure, periodRange, previousPeriod, yearPeriod, type Period } from '../../platform/stats';
import type { OpeningPeriod } from '../sites/sites.service';
import { roomBookings, rooms } from './rooms.table';
import { dayOf, HOUR, instantMs, localDays, type RoomsCore, type RoomsDeps } from './rooms.core';

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

/** Yearly figures (bookings, hours, occupancy of the opening hours), read by the observatory too. */
export function createRoomsStats(deps: RoomsDeps & { core: RoomsCore }) {
  const { db, core } = deps;
  const { organisationsById, openingHoursOf } = core;

  const part = {
    // ---------- statistics (read-only, for the observatory too) ----------
    /** With `requesters`, the bodies public requesters typed are one line under that label (for readers who are not room managers). */
    statsForYear: (yearNumber: number, opts: { requesters?: string } = {}) => part.statsForPeriod(yearPeriod(yearNumber), opts),

    /**
     * A year's confirmed bookings beside the year before's, as the annual report and the home dashboard show them:
     * how many, their hours, per month and per room. One statement for both years (grouping sets), and none of the
     * occupancy `statsForPeriod` works out booking by booking.
     */
    async yearCounts(year: number) {
      const cur = periodRange(yearPeriod(year));
      const before = periodRange(yearPeriod(year - 1));
      type Row = { cur: boolean; roomId: number | null; month: number | null; g: number; bookings: number; secs: number };
      const [res, roomRows] = await Promise.all([
        db.execute(sql`
          select cur, room_id as "roomId", month, grouping(room_id, month)::int as g, count(*)::int as bookings, coalesce(sum(secs), 0)::float8 as secs
          from (select ${roomBookings.startsAt} >= ${cur.from.toISOString()}::timestamptz as cur, ${roomBookings.roomId} as room_id,
                       extract(month from ${roomBookings.startsAt} at time zone '${sql.raw(BRUSSELS)}')::int as month,
                       extract(epoch from ${roomBookings.endsAt} - ${roomBookings.startsAt}) as secs
                from ${roomBookings}
                where ${and(eq(roomBookings.status, 'confirmed'), gte(roomBookings.startsAt, before.from), lt(roomBookings.startsAt, cur.to))}) b
          group by grouping sets ((cur), (cur, room_id), (cur, month))`),
        db.select({ id: rooms.id, name: rooms.name }).from(rooms).orderBy(asc(rooms.name)),
      ]);
      const rows = (res as unknown as { rows: Row[] }).rows;
      // grouping(room_id, month): 3 a year's totals, 1 per room, 2 per month
      const of = (g: number, isCur: boolean, match: (r: Row) => boolean = () => true) => rows.find((r) => r.g === g && r.cur === isCur && match(r));
      const total = (isCur: boolean) => ({ bookings: of(3, isCur)?.bookings ?? 0, hours: (of(3, isCur)?.secs ?? 0) / 3600 });
      const month = (isCur: boolean, m: number) => of(2, isCur, (r) => Number(r.month) === m)?.bookings ?? 0;
      const room = (isCur: boolean, id: number) => of(1, isCur, (r) => r.roomId === id)?.bookings ?? 0;
      return {
        year,
        ...total(true),
        previousYear: { year: year - 1, ...total(false) },
        byMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, bookings: month(true, i + 1), previousYearBookings: month(false, i + 1) })),
        byRoom: roomRows.map((r) => ({ roomId: r.id, name: r.name, bookings: room(true, r.id), previousYearBookings: room(false, r.id) })),
      };
    },

    /** A period's bookings (those starting on its Brussels days, both ends included) beside the same period a year before. */
    async statsForPeriod(p: Period, opts: { requesters?: string } = {}) {
      const compute = async (q: Period) => {
        const { from, to } = periodRange(q);
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
      const [rows, previousRows, roomRows, orgs] = await Promise.all([compute(p), compute(previousPeriod(p)), db.select().from(rooms).orderBy(asc(rooms.name)), organisationsById()]);
      const hoursOf = (b: BookingRow) => (b.endsAt.getTime() - b.startsAt.getTime()) / HOUR;
      const byMonth = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, bookings: 0, hours: 0, previousYearBookings: 0 }));
      for (const b of rows) {
        const mm = Number(dayOf(b.startsAt).slice(5, 7)) - 1;
        byMonth[mm].bookings++;
        byMonth[mm].hours += hoursOf(b);
      }
      for (const b of previousRows) byMonth[Number(dayOf(b.startsAt).slice(5, 7)) - 1].previousYearBookings++;
      const orgMap = new Map<string, { organisationId: number | null; name: string; bookings: number; hours: number; amountCents: number; previousYearBookings: number }>();
      const typed = (b: BookingRow) => opts.requesters ?? b.requesterOrganisation;
      const orgKey = (b: BookingRow) => (b.organisationId ? `o${b.organisationId}` : `n${(typed(b) ?? '').toLowerCase()}`);
      const orgEntry = (b: BookingRow) => {
        const k = orgKey(b);
        let e = orgMap.get(k);
        if (!e) {
          const name = (b.organisationId ? orgs.get(b.organisationId)?.name : typed(b)) ?? '—';
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
      const { from, to } = periodRange(p);
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
            for (const h of hours.filter((x) => x.weekday === isoWeekday(d))) openMs += instantMs(d, h.to) - instantMs(d, h.from);
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
        year: p.year,
        from: p.from,
        to: p.to,
        bookings: total,
        hours: rows.reduce((s, b) => s + hoursOf(b), 0),
        amountCents: rows.reduce((s, b) => s + b.amountCents, 0),
        previousYear: { year: p.year === null ? null : p.year - 1, bookings: previous, hours: previousRows.reduce((s, b) => s + hoursOf(b), 0), amountCents: previousRows.reduce((s, b) => s + b.amountCents, 0) },
        /** relative change on the year before (0.5 = +50 %), null when the year before had none */
        change: previous ? (total - previous) / previous : null,
        byMonth,
        byOrganisation: [...orgMap.values()].filter((e) => e.bookings > 0 || e.previousYearBookings > 0).sort((a, b) => b.bookings - a.bookings || a.name.localeCompare(b.name, 'fr')),
        byRoom,
      };
    },

    /** A period of bookings in the platform's shape (`platform/stats.ts`): each figure beside the same period a year before. */
    async stats(p: Period, opts: { requesters?: string } = {}) {
      const s = await part.statsForPeriod(p, opts);
      return {
        year: s.year,
        from: s.from,
        to: s.to,
        bookings: figure(s.bookings, s.previousYear.bookings),
        hours: figure(s.hours, s.previousYear.hours, 'hours'),
        amount: figure(s.amountCents / 100, s.previousYear.amountCents / 100, 'euros'),
        byMonth: s.byMonth,
        byOrganisation: s.byOrganisation,
        byRoom: s.byRoom,
      };
    },
  };
  return part;
}
