import type { ModuleContext } from '../../platform/module';
import { translate } from '../../platform/i18n/messages';
import { figure } from '../../platform/stats';
import { ASSET_KINDS } from './equipment.table';
import type { EquipmentService } from './equipment.service';

/** The register's section of the annual report ("Parc informatique"): maintenance, loans, backups, the equipment by kind. */
export function registerEquipmentReport(ctx: ModuleContext, service: EquipmentService) {
  ctx.registry.reportSection({
    key: 'equipment',
    order: 75,
    async build({ year, locale, memo }) {
      const [s, p] = await Promise.all([
        memo.get(`equipment.year:${year}`, () => service.statsForYear(year)),
        memo.get(`equipment.year:${year - 1}`, () => service.statsForYear(year - 1)),
      ]);
      if (!s.interventions && !s.incidents && !s.loans && !s.backups && !Object.values(s.assetsByKind).some(Boolean)) return null;
      const t = (key: string) => translate(locale, key);
      return {
        key: 'equipment',
        title: t('report.equipment'),
        figures: [
          { key: 'interventions', label: t('report.equipment_interventions'), ...figure(s.interventions, p.interventions) },
          { key: 'incidents', label: t('report.equipment_incidents'), ...figure(s.incidents, p.incidents) },
          { key: 'hours', label: t('report.equipment_hours'), ...figure(Math.round(s.hoursSpent * 10) / 10, Math.round(p.hoursSpent * 10) / 10, 'hours') },
          { key: 'loans', label: t('report.equipment_loans'), ...figure(s.loans, p.loans) },
          { key: 'events', label: t('report.equipment_events'), ...figure(s.eventsServed, p.eventsServed) },
          { key: 'backups', label: t('report.equipment_backups'), ...figure(s.backups, p.backups) },
          { key: 'purchased', label: t('report.equipment_purchased'), ...figure(s.purchased, p.purchased) },
        ],
        charts: [
          {
            key: 'equipment_by_kind',
            title: t('report.equipment_by_kind'),
            kind: 'bar',
            data: ASSET_KINDS.filter((k) => s.assetsByKind[k] || p.assetsByKind[k]).map((k) => ({
              key: k,
              label: t(`equipment.kind.${k}`),
              value: s.assetsByKind[k],
              previous: p.assetsByKind[k],
            })),
          },
        ],
      };
    },
  });
}
