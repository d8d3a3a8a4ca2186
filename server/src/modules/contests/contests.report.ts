import type { ModuleContext } from '../../platform/module';
import { translate } from '../../platform/i18n/messages';
import { figure } from '../../platform/stats';
import { contestsPermissions } from './contests.permissions';
import type { ContestsService } from './contests.service';

/** The contests' section of the annual report and their line of the people-reached table (the candidates). */
export function registerContestsReport(ctx: ModuleContext, service: ContestsService) {
  ctx.registry.reportSection({
    key: 'contests',
    order: 85,
    async build({ year, locale, memo }) {
      const [now, prev] = await Promise.all([memo.get(`contests.year:${year}`, () => service.yearFigures(year)), memo.get(`contests.year:${year - 1}`, () => service.yearFigures(year - 1))]);
      if (!now.contests && !prev.contests) return null;
      const t = (k: string) => translate(locale, k);
      return {
        key: 'contests',
        title: t('report.contests'),
        figures: [
          { key: 'contests', label: t('report.contests_held'), ...figure(now.contests, prev.contests) },
          { key: 'candidates', label: t('report.contests_candidates'), ...figure(now.candidates, prev.candidates) },
          { key: 'identified', label: t('report.contests_identified'), ...figure(now.identified, prev.identified) },
        ],
        charts: [],
      };
    },
  });
  ctx.reach.register({
    key: 'contests',
    labelKey: 'reach.contests',
    unit: 'participations',
    peopleAccess: contestsPermissions.read,
    async lines(year) {
      const f = await service.yearFigures(year);
      if (!f.candidates) return [];
      return [{ key: 'contests', labelKey: 'reach.contests', unit: 'participations', value: f.candidates, participations: f.candidates, distinctPeople: f.identified, anonymous: f.anonymous, personIds: f.personIds }];
    },
  });
}
