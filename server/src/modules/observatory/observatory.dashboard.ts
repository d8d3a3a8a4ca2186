import type { ModuleContext } from '../../platform/module';
import type { Role } from '../../platform/auth/roles';

/** One activity month by month, this year beside the year before. */
export interface DashboardSeries {
  key: 'front_desk_visits' | 'epn_visits' | 'room_bookings';
  /** where the figures behind it are listed */
  link: string;
  months: number[];
  previous: number[];
  total: number;
  previousTotal: number;
}

/** Which roles see which activity on their home page: their own work; the director and admin see all. */
const SERIES_ROLES: Record<DashboardSeries['key'], readonly Role[]> = {
  front_desk_visits: ['admin', 'director', 'reception'],
  epn_visits: ['admin', 'director', 'trainer', 'reception'],
  room_bookings: ['admin', 'director', 'logistics'],
};
const PROJECT_ROLES: readonly Role[] = ['admin', 'director', 'project_officer'];

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export async function buildDashboard(ctx: ModuleContext, roles: readonly Role[]) {
  const s = ctx.services;
  const year = s.observatory.currentYear();
  const wants = (key: DashboardSeries['key']) => SERIES_ROLES[key].some((r) => roles.includes(r));
  const series: DashboardSeries[] = [];
  const byMonth = (periods: { period: string; total: number }[]) => Array.from({ length: 12 }, (_, i) => periods.find((p) => Number(p.period.slice(5, 7)) === i + 1)?.total ?? 0);

  if (wants('front_desk_visits')) {
    const [cur, prev] = await Promise.all(
      [year, year - 1].map((y) => s.frontdesk.stats({ from: `${y}-01-01`, to: `${y}-12-31`, groupBy: 'month' })),
    );
    const months = byMonth(cur.periods);
    const previous = byMonth(prev.periods);
    series.push({ key: 'front_desk_visits', link: '/frontdesk/stats', months, previous, total: sum(months), previousTotal: sum(previous) });
  }
  if (wants('epn_visits')) {
    const [cur, prev] = await Promise.all([s.epn.statsForYear(year), s.epn.statsForYear(year - 1)]);
    series.push({ key: 'epn_visits', link: '/epn/stats', months: cur.perMonth, previous: prev.perMonth, total: cur.visits, previousTotal: prev.visits });
  }
  if (wants('room_bookings')) {
    const r = await s.rooms.statsForYear(year);
    const months = r.byMonth.map((m) => m.bookings);
    const previous = r.byMonth.map((m) => m.previousYearBookings);
    series.push({ key: 'room_bookings', link: '/rooms/stats', months, previous, total: sum(months), previousTotal: sum(previous) });
  }
  let projects: Awaited<ReturnType<typeof s.observatory.projectProgress>>[] = [];
  if (PROJECT_ROLES.some((r) => roles.includes(r))) {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(ctx.clock.now());
    const running = (await s.observatory.listProjects()).filter((p) => p.periodStart <= today && p.periodEnd >= today && p.objectives.length > 0);
    projects = await Promise.all(running.map((p) => s.observatory.projectProgress(p.id)));
  }
  return { year, series, projects };
}
