import type { ModuleContext } from '../../platform/module';
import { translate } from '../../platform/i18n/messages';
import type { MatchingService } from './matching.service';

/**
 * The section of the annual report: profiles, matchings, meetings, hires and 3-month outcomes; circles, cases,
 * solutions by kind and partner appointments kept. Nothing by protected group here (that stays in the service's
 * statistics page, for those holding matching.stats).
 */
export function registerMatchingReport(ctx: ModuleContext, service: MatchingService) {
  const yearStats = (year: number) => service.stats.stats({ year });
  ctx.registry.reportSection({
    key: 'matching',
    order: 72,
    async build({ year, locale, memo }) {
      const s = await memo.get(`matching.year:${year}`, () => yearStats(year));
      if (!s.profiles.value && !s.proposed.value && !s.circles.value && !s.cases.value && !s.profiles.previous && !s.circles.previous) return null;
      const t = (key: string) => translate(locale, key);
      return {
        key: 'matching',
        title: t('report.matching'),
        figures: [
          { key: 'profiles', label: t('report.matching_profiles'), ...s.profiles },
          { key: 'proposed', label: t('report.matching_proposed'), ...s.proposed },
          { key: 'meetings', label: t('report.matching_meetings'), ...s.meetings },
          { key: 'hires', label: t('report.matching_hires'), ...s.hires },
          { key: 'in_job', label: t('report.matching_in_job'), ...s.inJobAtThreeMonths },
          { key: 'circles', label: t('report.matching_circles'), ...s.circles },
          { key: 'cases', label: t('report.matching_cases'), ...s.cases },
          { key: 'solutions', label: t('report.matching_solutions'), ...s.solutions },
          { key: 'kept', label: t('report.matching_kept'), ...s.appointmentsKept },
        ],
        charts: [
          ...(s.bySolution.length
            ? [{ key: 'matching_by_solution', title: t('report.matching_by_solution'), kind: 'bar' as const, data: s.bySolution.map((x) => ({ key: x.kind, label: t(`matching.solution.${x.kind}`), value: x.count, previous: null })) }]
            : []),
          ...(s.byProgramme.some((x) => x.hired)
            ? [{ key: 'matching_by_programme', title: t('report.matching_by_programme'), kind: 'bar' as const, data: s.byProgramme.map((x) => ({ key: x.programme, label: t(`matching.programme.${x.programme}`), value: x.hired, previous: null })) }]
            : []),
        ],
      };
    },
  });
}
