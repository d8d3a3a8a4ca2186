import { and, eq, gt, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database';
import { columnKindOf, figure, periodLabel, periodRange, previousPeriod, yearPeriod, type Period } from '../../platform/stats';
import { translate, type Locale } from '../../platform/i18n/messages';
import type { ExportTable } from '../../platform/tabular-export';
import type { TimelineEntry } from '../people/people.service';
import { appointmentDesks, appointments } from './appointments.table';
import { DESK_CONTENT } from './appointments.permissions';
import { shortDate, type AppointmentStats, type AppointmentsCore, type AppointmentsDeps } from './appointments.core';

/** Yearly figures (read by the social desk and the observatory), and the person's timeline and erasure. */
export function createAppointmentStats(deps: AppointmentsDeps & { core: AppointmentsCore }) {
  const { db, clock, core } = deps;
  const { present } = core;

  const part = {
    /** Figures of a calendar year (Brussels time), read by the social desk statistics and the observatory. */
    statsForYear: (year: number): Promise<AppointmentStats> => part.statsForPeriod(yearPeriod(year)),

    /** Figures of a period (appointments starting on its Brussels days, both ends included): one statement, per desk and in all (grouping sets). */
    async statsForPeriod(p: Period): Promise<AppointmentStats> {
      const { from, to } = periodRange(p);
      const grouped = await db
        .select({
          deskId: appointments.deskId,
          all: sql<number>`grouping(${appointments.deskId})::int`,
          booked: sql<number>`count(*)::int`,
          attended: sql<number>`count(*) filter (where ${appointments.status} = 'attended')::int`,
          noShows: sql<number>`count(*) filter (where ${appointments.status} = 'no_show')::int`,
          cancelled: sql<number>`count(*) filter (where ${appointments.status} = 'cancelled')::int`,
          pending: sql<number>`count(*) filter (where ${appointments.status} = 'booked')::int`,
          distinctPeopleAttended: sql<number>`count(distinct ${appointments.personId}) filter (where ${appointments.status} = 'attended')::int`,
        })
        .from(appointments)
        .where(and(gte(appointments.startsAt, from), lt(appointments.startsAt, to)))
        .groupBy(sql`grouping sets ((), (${appointments.deskId}))`);
      const rows = grouped.filter((r) => r.all === 0).map(({ all: _, pending: __, ...r }) => r);
      const { all: _, deskId: __, ...totals } = grouped.find((r) => r.all === 1) ?? { all: 1, deskId: 0, booked: 0, attended: 0, noShows: 0, cancelled: 0, pending: 0, distinctPeopleAttended: 0 };
      const desks = rows.length ? await db.select().from(appointmentDesks).where(inArray(appointmentDesks.id, rows.map((r) => r.deskId))) : [];
      const deskById = new Map(desks.map((d) => [d.id, d]));
      const known = totals.attended + totals.noShows;
      return {
        year: p.year,
        ...totals,
        noShowRate: known ? Math.round((totals.noShows / known) * 1000) / 1000 : null,
        byDesk: rows
          .map((r) => ({ ...r, deskName: deskById.get(r.deskId)?.name ?? '', siteId: deskById.get(r.deskId)?.siteId ?? 0 }))
          .sort((a, b) => a.deskId - b.deskId),
      };
    },

    /** A period of appointments in the platform's shape (`platform/stats.ts`): each figure beside the same period a year before. */
    async stats(p: Period) {
      const [cur, prev] = await Promise.all([part.statsForPeriod(p), part.statsForPeriod(previousPeriod(p))]);
      return {
        year: p.year,
        from: p.from,
        to: p.to,
        booked: figure(cur.booked, prev.booked),
        attended: figure(cur.attended, prev.attended),
        noShows: figure(cur.noShows, prev.noShows),
        cancelled: figure(cur.cancelled, prev.cancelled),
        pending: figure(cur.pending, prev.pending),
        distinctPeopleAttended: figure(cur.distinctPeopleAttended, prev.distinctPeopleAttended),
        noShowRate: figure(cur.noShowRate, prev.noShowRate, 'percent'),
        byDesk: cur.byDesk,
      };
    },

    /** The year's figures as tables, in a language: one column per figure and a row per year, then per desk. */
    async exportTables(p: Period, locale: Locale): Promise<ExportTable[]> {
      const s = await part.stats(p);
      const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
      const figures = [
        ['booked', s.booked],
        ['attended', s.attended],
        ['no_shows', s.noShows],
        ['cancelled', s.cancelled],
        ['pending', s.pending],
        ['distinct_people', s.distinctPeopleAttended],
        ['no_show_rate', s.noShowRate],
      ] as const;
      return [
        {
          title: t('appointments.export.sheet_year', { year: periodLabel(p) }),
          columns: [
            p.year !== null ? { header: t('appointments.export.year'), kind: 'date' as const, format: 'yyyy' } : { header: t('appointments.export.year') },
            ...figures.map(([key, f]) => ({ header: t(`appointments.export.${key}`), kind: columnKindOf(f.unit) })),
          ],
          rows: [
            // a year is a date, its first day (docs/ARCHITECTURE.md, spreadsheet exports); another period is named `from – to`
            [p.year !== null ? p.from : periodLabel(p), ...figures.map(([, f]) => f.value)],
            [p.year !== null ? previousPeriod(p).from : periodLabel(previousPeriod(p)), ...figures.map(([, f]) => f.previous)],
          ],
        },
        {
          title: t('appointments.export.sheet_desks'),
          columns: [
            t('appointments.export.desk'),
            ...(['booked', 'attended', 'no_shows', 'cancelled', 'distinct_people'] as const).map((key) => ({ header: t(`appointments.export.${key}`), kind: 'count' as const })),
          ],
          rows: s.byDesk.map((d) => [d.deskName, d.booked, d.attended, d.noShows, d.cancelled, d.distinctPeopleAttended]),
        },
      ];
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
  return part;
}
