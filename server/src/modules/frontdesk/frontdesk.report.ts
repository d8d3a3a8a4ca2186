import type { ModuleContext } from '../../platform/module';
import { addMessages, translate } from '../../platform/i18n/messages';
import { figure } from '../../platform/stats';
import { frontdeskPermissions } from './frontdesk.permissions';
import { labelOf, type FrontdeskService } from './frontdesk.service';
import { eq } from 'drizzle-orm';
import { monthlyCounts } from '../../platform/stats';
import { frontdeskVisits } from './frontdesk.table';

addMessages({
  fr: {
    'dashboard.front_desk_visits': 'Visites à l’accueil',
    'report.front_desk': 'Accueil de première ligne',
    'report.desk_visits': 'Visites à l’accueil',
    'report.desk_reasons': 'Visites selon le motif',
  },
  nl: {
    'dashboard.front_desk_visits': 'Bezoeken aan het onthaal',
    'report.front_desk': 'Eerstelijnsonthaal',
    'report.desk_visits': 'Bezoeken aan het onthaal',
    'report.desk_reasons': 'Bezoeken naar reden',
  },
  en: {
    'dashboard.front_desk_visits': 'Front-desk visits',
    'report.front_desk': 'Front desk',
    'report.desk_visits': 'Front-desk visits',
    'report.desk_reasons': 'Visits by reason',
  },
});

/** The front desk's section of the annual report: visits, anonymous visits, distinct people, visits by reason. */
export function registerFrontdeskReport(ctx: ModuleContext, service: FrontdeskService) {
  ctx.registry.reportSection({
    key: 'front_desk',
    order: 20,
    async build({ year, locale, memo }) {
      const [desk, prev] = await Promise.all([service.yearStats(year, memo), service.yearStats(year - 1, memo)]);
      const t = (key: string) => translate(locale, key);
      const prevReason = (code: string) => prev.byReason.find((r) => r.code === code)?.count ?? 0;
      return {
        key: 'front_desk',
        title: t('report.front_desk'),
        figures: [
          { key: 'visits', label: t('report.desk_visits'), ...figure(desk.total, prev.total) },
          { key: 'anonymous', label: t('report.anonymous_visits'), ...figure(desk.anonymous, prev.anonymous) },
          { key: 'distinct_people', label: t('report.distinct_people'), ...figure(desk.distinctPeople, prev.distinctPeople) },
        ],
        charts: [
          {
            key: 'desk_reasons',
            title: t('report.desk_reasons'),
            kind: 'bar',
            data: desk.byReason.map((r) => ({ key: r.code, label: labelOf(r, locale), value: r.count, previous: prevReason(r.code) })),
          },
        ],
      };
    },
  });
  ctx.registry.dashboardSeries({
    order: 20,
    key: 'front_desk_visits',
    labelKey: 'dashboard.front_desk_visits',
    access: frontdeskPermissions.dashboard,
    link: '/frontdesk/stats',
    async months(year, memo) {
      const s = await memo.get(`frontdesk.months:${year}`, () => service.stats({ from: `${year}-01-01`, to: `${year}-12-31`, groupBy: 'month' }, memo));
      return Array.from({ length: 12 }, (_, i) => s.periods.find((p) => Number(p.period.slice(5, 7)) === i + 1)?.total ?? 0);
    },
    // the visits this user logged
    mine: (year, userId) => monthlyCounts(ctx.db, frontdeskVisits, frontdeskVisits.at, year, eq(frontdeskVisits.createdBy, userId)),
  });
}
