import { and, eq, gt, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database';
import { brusselsYearRange } from '../../platform/brussels-time';
import type { TimelineEntry } from '../people/people.service';
import { appointmentDesks, appointments } from './appointments.table';
import { DESK_CONTENT } from './appointments.permissions';
import { shortDate, type AppointmentStats, type AppointmentsCore, type AppointmentsDeps } from './appointments.core';

/** Yearly figures (read by the social desk and the observatory), and the person's timeline and erasure. */
export function createAppointmentStats(deps: AppointmentsDeps & { core: AppointmentsCore }) {
  const { db, clock, core } = deps;
  const { present } = core;

  return {
    /** Figures of a calendar year (Brussels time), read by the social desk statistics and the observatory. */
    async statsForYear(year: number): Promise<AppointmentStats> {
      const { from, to } = brusselsYearRange(year);
      const rows = await db
        .select({
          deskId: appointments.deskId,
          booked: sql<number>`count(*)::int`,
          attended: sql<number>`count(*) filter (where ${appointments.status} = 'attended')::int`,
          noShows: sql<number>`count(*) filter (where ${appointments.status} = 'no_show')::int`,
          cancelled: sql<number>`count(*) filter (where ${appointments.status} = 'cancelled')::int`,
          distinctPeopleAttended: sql<number>`count(distinct ${appointments.personId}) filter (where ${appointments.status} = 'attended')::int`,
        })
        .from(appointments)
        .where(and(gte(appointments.startsAt, from), lt(appointments.startsAt, to)))
        .groupBy(appointments.deskId);
      const [totals] = await db
        .select({
          booked: sql<number>`count(*)::int`,
          attended: sql<number>`count(*) filter (where ${appointments.status} = 'attended')::int`,
          noShows: sql<number>`count(*) filter (where ${appointments.status} = 'no_show')::int`,
          cancelled: sql<number>`count(*) filter (where ${appointments.status} = 'cancelled')::int`,
          pending: sql<number>`count(*) filter (where ${appointments.status} = 'booked')::int`,
          distinctPeopleAttended: sql<number>`count(distinct ${appointments.personId}) filter (where ${appointments.status} = 'attended')::int`,
        })
        .from(appointments)
        .where(and(gte(appointments.startsAt, from), lt(appointments.startsAt, to)));
      const desks = rows.length ? await db.select().from(appointmentDesks).where(inArray(appointmentDesks.id, rows.map((r) => r.deskId))) : [];
      const deskById = new Map(desks.map((d) => [d.id, d]));
      const known = totals.attended + totals.noShows;
      return {
        year,
        ...totals,
        noShowRate: known ? Math.round((totals.noShows / known) * 1000) / 1000 : null,
        byDesk: rows
          .map((r) => ({ ...r, deskName: deskById.get(r.deskId)?.name ?? '', siteId: deskById.get(r.deskId)?.siteId ?? 0 }))
          .sort((a, b) => a.deskId - b.deskId),
      };
    },

    // ---- hooks for the people module ----
    /** Each entry carries the read permission of its desk's module: others see that there was an appointment, and when. */
    async timeline(personId: number): Promise<TimelineEntry[]> {
      const rows = await db.select().from(appointments).where(eq(appointments.personId, personId));
      const views = await present(rows);
      return views.flatMap((v) => {
        const summary = `${v.desk.name} — ${shortDate(v.date)} ${v.start}`;
        const base = {
          module: 'appointments',
          summary,
          link: `/appointments/${v.id}`,
          access: DESK_CONTENT[v.desk.module],
          data: { appointmentId: v.id, status: v.status, startsAt: v.startsAt, staff: v.staff.name, site: v.site.name },
        };
        const out: TimelineEntry[] = [{ ...base, at: v.createdAt, kind: 'timeline.appointment_booked' }];
        if (v.status === 'attended') out.push({ ...base, at: v.startsAt, kind: 'timeline.appointment_attended' });
        if (v.status === 'no_show') out.push({ ...base, at: v.startsAt, kind: 'timeline.appointment_no_show' });
        if (v.status === 'cancelled' && v.cancelledAt) out.push({ ...base, at: v.cancelledAt, kind: 'timeline.appointment_cancelled' });
        return out;
      });
    },

    /** GDPR erasure: free text goes, future appointments are cancelled; dates and outcomes stay for the statistics. */
    async erase(tx: Tx, personId: number) {
      const now = clock.now();
      await tx
        .update(appointments)
        .set({ status: 'cancelled', cancelledAt: now, updatedAt: now })
        .where(and(eq(appointments.personId, personId), eq(appointments.status, 'booked'), gt(appointments.startsAt, now)));
      await tx.update(appointments).set({ purpose: null, notes: null, cancelReason: null, updatedAt: now }).where(eq(appointments.personId, personId));
    },
  };
}
