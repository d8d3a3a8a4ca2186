import { asc, eq } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import { translate } from '../../platform/i18n/messages';
import { brusselsDay } from '../../platform/brussels-time';
import { equipmentAssets, equipmentLoans } from './equipment.table';

/** The register's part of a person's own data (GDPR access): the equipment lent to them, out and back. */
export function registerEquipmentGdpr(ctx: ModuleContext) {
  ctx.registry.gdprPart({
    key: 'equipment',
    tables: ['equipment_loans'],
    async collect({ personId, locale }) {
      const rows = await ctx.db
        .select({ loan: equipmentLoans, asset: { tag: equipmentAssets.tag, name: equipmentAssets.name, kind: equipmentAssets.kind } })
        .from(equipmentLoans)
        .innerJoin(equipmentAssets, eq(equipmentAssets.id, equipmentLoans.assetId))
        .where(eq(equipmentLoans.personId, personId))
        .orderBy(asc(equipmentLoans.outAt), asc(equipmentLoans.id));
      if (!rows.length) return [];
      const T = (k: string) => translate(locale, `equipment.gdpr.${k}`);
      return [
        {
          key: 'equipment_loans',
          title: T('title'),
          columns: ['asset', 'out', 'due', 'back', 'state', 'note'].map((key) => ({ key, label: T(key) })),
          rows: rows.map(({ loan: l, asset: a }) => ({
            asset: `${translate(locale, `equipment.kind.${a.kind}`)} ${a.name} (${a.tag})`,
            out: brusselsDay(l.outAt),
            due: l.dueBack,
            back: l.returnedAt ? brusselsDay(l.returnedAt) : null,
            state: l.returnState ? translate(locale, `equipment.return.${l.returnState}`) : null,
            note: [l.outNote, l.returnNote].filter(Boolean).join(' / ') || null,
          })),
        },
      ];
    },
  });
}
