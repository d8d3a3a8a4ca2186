import { and, asc, eq, gte, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import { brusselsInstant, isoWeekday, nextDay } from '../../platform/brussels-time';
import { appointments } from './appointments.table';
import type { CalendarQuery } from './appointments.schemas';
import { mondayOf, type AppointmentsCore, type AppointmentsDeps, type Viewer } from './appointments.core';

/** The day and week calendars, per staff member, site or desk. */
export function createAppointmentCalendar(deps: AppointmentsDeps & { core: AppointmentsCore }) {
  const { db, auth, sites, core } = deps;
  const { presentFor } = core;

  return {
    /** Day or week (Monday to Sunday) calendar, per staff member, site or desk, with the desks' opening periods. */
    async calendar(q: CalendarQuery, viewer: Viewer) {
      const from = q.view === 'day' ? q.date : mondayOf(q.date);
      const days: string[] = [from];
      if (q.view === 'week') for (let i = 1; i < 7; i++) days.push(nextDay(days[i - 1]));
      const to = nextDay(days[days.length - 1]);
      const desks = (await core.allDesks()).filter((d) => (!q.siteId || d.siteId === q.siteId) && (!q.deskId || d.id === q.deskId));
      const deskIds = desks.map((d) => d.id);
      const conds: (SQL | undefined)[] = [gte(appointments.startsAt, brusselsInstant(from)), lt(appointments.startsAt, brusselsInstant(to))];
      if (q.staffUserId) conds.push(eq(appointments.staffUserId, q.staffUserId));
      if (q.siteId || q.deskId) conds.push(deskIds.length ? inArray(appointments.deskId, deskIds) : sql`false`);
      if (q.includeCancelled !== 'true') conds.push(ne(appointments.status, 'cancelled'));
      const rows = await db
        .select()
        .from(appointments)
        .where(and(...conds))
        .orderBy(asc(appointments.startsAt), asc(appointments.id));
      const items = await presentFor(rows, viewer);
      const siteList = await sites.list(true);
      const siteName = new Map(siteList.map((s) => [s.id, s.name]));
      const users = new Map((await auth.listUsers()).map((u) => [u.id, u.name]));
      return {
        view: q.view,
        from,
        to: days[days.length - 1],
        filter: { staffUserId: q.staffUserId ?? null, siteId: q.siteId ?? null, deskId: q.deskId ?? null },
        days: days.map((day) => ({
          date: day,
          weekday: isoWeekday(day),
          /** when desks are open that day (for the staff member: the desks they hold) */
          sessions: desks
            .filter((d) => d.active && (!q.staffUserId || d.staffUserId === q.staffUserId))
            .flatMap((d) =>
              d.hours
                .filter((p) => p.weekday === isoWeekday(day))
                .map((p) => ({
                  deskId: d.id,
                  deskName: d.name,
                  siteId: d.siteId,
                  siteName: siteName.get(d.siteId) ?? '',
                  staffUserId: d.staffUserId,
                  staffName: users.get(d.staffUserId) ?? '',
                  slotMinutes: d.slotMinutes,
                  from: p.from,
                  to: p.to,
                  startsAt: brusselsInstant(day, p.from).toISOString(),
                  endsAt: brusselsInstant(day, p.to).toISOString(),
                })),
            )
            .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.deskId - b.deskId)),
          appointments: items.filter((a) => a.date === day),
        })),
      };
    },
  };
}
