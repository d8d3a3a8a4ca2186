import type { ModuleContext } from '../../platform/module';
import { translate } from '../../platform/i18n/messages';
import { figure } from '../../platform/stats';
import { diagnosticPermissions } from './diagnostic.permissions';
import type { DiagnosticService } from './diagnostic.service';

/** The diagnostic's section of the annual report (people diagnosed, levels, communes, orientations) and its home series. */
export function registerDiagnosticReport(ctx: ModuleContext, service: DiagnosticService) {
  const year = (y: number, memo: { get<T>(k: string, f: () => Promise<T>): Promise<T> }) => memo.get(`diagnostic.year:${y}`, () => service.yearStats(y));
  ctx.registry.reportSection({
    key: 'digital_diagnostic',
    order: 55,
    async build({ year: y, locale, memo }) {
      const [s, prev] = await Promise.all([year(y, memo), year(y - 1, memo)]);
      if (!s.started && !prev.started) return null;
      const t = (key: string) => translate(locale, key);
      const f = (key: string, v: number, p: number) => ({ key, label: t(`diagnostic.fig.${key}`), ...figure(v, p) });
      return {
        key: 'digital_diagnostic',
        title: t('report.digital_diagnostic'),
        figures: [
          f('finished', s.finished, prev.finished),
          f('distinct_people', s.distinctPeople, prev.distinctPeople),
          f('anonymous', s.anonymous, prev.anonymous),
          f('orientations', s.orientations, prev.orientations),
          f('joined_training', s.joinedTraining, prev.joinedTraining),
          f('retested', s.retested, prev.retested),
          f('improved', s.improved, prev.improved),
        ],
        charts: [
          {
            key: 'digital_levels',
            title: t('report.digital_levels'),
            kind: 'bar',
            data: s.overall.map((v, l) => ({ key: String(l), label: t(`diagnostic.level.${l}`), value: v, previous: prev.overall[l] })),
          },
          {
            key: 'digital_communes',
            title: t('report.digital_communes'),
            kind: 'bar',
            data: s.byCommune.map((c) => ({ key: c.commune, label: c.commune, value: c.count, previous: prev.byCommune.find((p) => p.commune === c.commune)?.count ?? 0 })),
          },
        ],
      };
    },
  });
  ctx.registry.dashboardSeries({
    order: 55,
    key: 'digital_diagnostics',
    labelKey: 'dashboard.digital_diagnostics',
    access: diagnosticPermissions.stats,
    link: '/diagnostic/stats',
    async months(y, memo) {
      const s = await year(y, memo);
      return Array.from({ length: 12 }, (_, i) => s.byMonth.find((m) => Number(m.month.slice(5, 7)) === i + 1)?.finished ?? 0);
    },
  });
}
