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
  months: number[];
  previous: number[];
  total: number;
  previousTotal: number;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The home dashboard: the series that modules register (`ctx.registry.dashboardSeries`), each shown to
 * the roles whose work it is, and the running projects for those who follow them.
 */
export async function buildDashboard(ctx: ModuleContext, roles: readonly Role[], locale: Locale) {
  const s = ctx.services;
  const year = defaultYear(ctx.clock);
  const memo = createMemo();
  const series: DashboardSeries[] = await Promise.all(
    ctx.registry
      .dashboards()
      .filter((source) => allows(source.access, roles))
      .map(async (source) => {
        const [months, previous] = await Promise.all([source.months(year, memo), source.months(year - 1, memo)]);
        return { key: source.key, label: translate(locale, source.labelKey), link: source.link, months, previous, total: sum(months), previousTotal: sum(previous) };
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
