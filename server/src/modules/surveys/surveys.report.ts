import type { ModuleContext } from '../../platform/module';
import { translate } from '../../platform/i18n/messages';
import { figure } from '../../platform/stats';
import { inLocale } from './surveys.core';
import type { SurveysService } from './surveys.service';

/**
 * The surveys' section of the annual report: answers, the mean satisfaction (scale answers as a share of
 * their scale, so that 1-5 and 0-10 add up), satisfaction per survey (its subject), candidates screened.
 */
export function registerSurveysReport(ctx: ModuleContext, service: SurveysService) {
  ctx.registry.reportSection({
    key: 'surveys',
    order: 80,
    async build({ year, locale, memo }) {
      const [now, prev, screened, screenedBefore] = await Promise.all([
        memo.get(`surveys.satisfaction:${year}`, () => service.satisfaction(year)),
        memo.get(`surveys.satisfaction:${year - 1}`, () => service.satisfaction(year - 1)),
        memo.get(`surveys.screened:${year}`, () => service.screenedCount(year)),
        memo.get(`surveys.screened:${year - 1}`, () => service.screenedCount(year - 1)),
      ]);
      if (!now.length && !prev.length && !screened && !screenedBefore) return null;
      const t = (k: string) => translate(locale, k);
      const answers = (xs: typeof now) => xs.reduce((a, s) => a + s.answers, 0);
      const mean = (xs: typeof now) => {
        const scored = xs.filter((s) => s.score !== null);
        const w = scored.reduce((a, s) => a + s.answers, 0);
        return w ? scored.reduce((a, s) => a + s.score! * s.answers, 0) / w : null;
      };
      const previousOf = (s: (typeof now)[number]) => prev.find((p) => p.subjectType !== null && p.subjectType === s.subjectType && p.subjectId === s.subjectId)?.score ?? null;
      return {
        key: 'surveys',
        title: t('report.surveys'),
        figures: [
          { key: 'answers', label: t('report.surveys_answers'), ...figure(answers(now), answers(prev)) },
          { key: 'satisfaction', label: t('report.surveys_satisfaction'), ...figure(mean(now), mean(prev), 'percent') },
          { key: 'screened', label: t('report.screened'), ...figure(screened, screenedBefore) },
        ],
        charts: [
          {
            key: 'satisfaction_by_survey',
            title: t('report.surveys_by_survey'),
            kind: 'bar' as const,
            data: now.filter((s) => s.score !== null).map((s) => ({ key: `survey_${s.id}`, label: inLocale(s.titleFr, s.titleNl, s.titleEn, locale), value: Math.round(s.score! * 1000) / 1000, previous: previousOf(s) })),
          },
        ],
      };
    },
  });
}
