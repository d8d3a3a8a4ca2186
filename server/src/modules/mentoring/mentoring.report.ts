import type { ModuleContext } from '../../platform/module';
import { translate } from '../../platform/i18n/messages';
import { figure } from '../../platform/stats';
import type { MentoringService } from './mentoring.service';

const FIGURES = ['mentorsTrained', 'pairsActive', 'sessions', 'hours', 'mentees', 'menteesRetested', 'menteesImproved'] as const;

/** The mentoring's section of the annual report: mentors trained, pairs, sessions, progress between diagnostics. */
export function registerMentoringReport(ctx: ModuleContext, service: MentoringService) {
  ctx.registry.reportSection({
    key: 'digital_mentoring',
    order: 56,
    async build({ year, locale, memo }) {
      const get = (y: number) => memo.get(`mentoring.year:${y}`, () => service.stats({ year: y }));
      const [s, prev] = await Promise.all([get(year), get(year - 1)]);
      if (!s.sessions && !prev.sessions && !s.mentorsTrained && !prev.mentorsTrained) return null;
      const t = (k: string) => translate(locale, k);
      const monthName = new Intl.DateTimeFormat({ fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' }[locale], { month: 'long', timeZone: 'UTC' });
      return {
        key: 'digital_mentoring',
        title: t('report.digital_mentoring'),
        figures: FIGURES.map((k) => ({ key: k, label: t(`mentoring.fig.${k}`), ...figure(s[k], prev[k], k === 'hours' ? 'hours' : 'count') })),
        charts: [
          {
            key: 'mentoring_months',
            title: t('report.mentoring_months'),
            kind: 'bar',
            data: Array.from({ length: 12 }, (_, i) => {
              const m = String(i + 1).padStart(2, '0');
              return { key: m, label: monthName.format(new Date(Date.UTC(2020, i, 15))), value: s.byMonth.find((x) => x.month.endsWith(`-${m}`))?.sessions ?? 0, previous: prev.byMonth.find((x) => x.month.endsWith(`-${m}`))?.sessions ?? 0 };
            }),
          },
        ],
      };
    },
  });
}
