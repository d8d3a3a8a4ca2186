import type { ModuleContext } from '../../platform/module';
import { allows, type Role } from '../../platform/auth/roles';
import { translate, type Locale } from '../../platform/i18n/messages';
import { brusselsDay } from '../../platform/brussels-time';
import { createMemo, defaultYear } from '../../platform/stats';
import { observatoryPermissions } from './observatory.permissions';

/** One activity month by month, this year beside the year before. */
export interface DashboardSeries {
  key: string;
  label: string;
  /** where the figures behind it are detailed */
  link: string;
  /** 'mine': what the user recorded; 'all': the whole organisation's (the module cannot tell who recorded what) */
  scope: 'mine' | 'all';
  months: number[];
  previous: number[];
  total: number;
  previousTotal: number;
  /** the organisation's total of the year, beside the user's own */
  allTotal: number;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The home dashboard: the series that modules register (`ctx.registry.dashboardSeries`), each shown to
 * the roles whose work it is, and the running projects for those who follow them.
 */
export async function buildDashboard(ctx: ModuleContext, user: { id: number; roles: readonly Role[] }, locale: Locale) {
  const roles = user.roles;
  const s = ctx.services;
  const year = defaultYear(ctx.clock);
  const memo = createMemo();
  const series: DashboardSeries[] = await Promise.all(
    ctx.registry
      .dashboards()
      .filter((source) => allows(source.access, roles))
      .map(async (source) => {
        const all = await source.months(year, memo);
        // Staff see what they recorded themselves; the director, who records none of it, the organisation's.
        const mine = source.mine && !roles.includes('director') ? source.mine : null;
        const scope = mine ? ('mine' as const) : ('all' as const);
        const [months, previous] = mine ? await Promise.all([mine(year, user.id), mine(year - 1, user.id)]) : [all, await source.months(year - 1, memo)];
        return { key: source.key, label: translate(locale, source.labelKey), link: source.link, scope, months, previous, total: sum(months), previousTotal: sum(previous), allTotal: sum(all) };
      }),
  );
  let projects: Awaited<ReturnType<typeof s.observatory.projectProgress>>[] = [];
  if (allows(observatoryPermissions.followProjects, roles)) {
    const today = brusselsDay(ctx.clock.now());
    const running = (await s.observatory.listProjects()).filter((p) => p.periodStart <= today && p.periodEnd >= today && p.objectives.length > 0);
    projects = await Promise.all(running.map((p) => s.observatory.projectProgress(p.id, undefined, memo)));
  }
  return { year, series, projects };
}
