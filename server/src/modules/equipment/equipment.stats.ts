import { and, gte, lt, lte, ne, or, sql, isNull } from 'drizzle-orm';
import { brusselsYearRange } from '../../platform/brussels-time';
import { equipmentAssets, equipmentBackups, equipmentInterventions, equipmentLoans, ASSET_KINDS, type AssetKind } from './equipment.table';
import type { EquipmentCore, EquipmentDeps } from './equipment.core';

/** The year's figures of the register (the annual report's "parc informatique"), read-only. */
export function createEquipmentStats(deps: EquipmentDeps & { core: EquipmentCore }) {
  const { db } = deps;
  return {
    async statsForYear(year: number) {
      const { from, to } = brusselsYearRange(year);
      const first = `${year}-01-01`;
      const last = `${year}-12-31`;
      const [[work], [loans], [backups], [bought], kinds] = await Promise.all([
        db
          .select({
            incidents: sql<number>`count(*) filter (where ${equipmentInterventions.kind} = 'incident')`.mapWith(Number),
            interventions: sql<number>`count(*) filter (where ${equipmentInterventions.kind} = 'intervention')`.mapWith(Number),
            minutes: sql<number>`coalesce(sum(${equipmentInterventions.minutesSpent}), 0)`.mapWith(Number),
            cost: sql<number>`coalesce(sum(${equipmentInterventions.cost}), 0)`.mapWith(Number),
          })
          .from(equipmentInterventions)
          .where(and(gte(equipmentInterventions.day, first), lte(equipmentInterventions.day, last))),
        db
          .select({
            loans: sql<number>`count(*)`.mapWith(Number),
            events: sql<number>`count(distinct lower(${equipmentLoans.eventTitle})) filter (where ${equipmentLoans.borrowerKind} = 'event')`.mapWith(Number),
            partners: sql<number>`count(distinct ${equipmentLoans.organisationId})`.mapWith(Number),
          })
          .from(equipmentLoans)
          .where(and(gte(equipmentLoans.outAt, from), lt(equipmentLoans.outAt, to))),
        db
          .select({ count: sql<number>`count(*) filter (where ${equipmentBackups.ok})`.mapWith(Number) })
          .from(equipmentBackups)
          .where(and(gte(equipmentBackups.at, from), lt(equipmentBackups.at, to))),
        db
          .select({ count: sql<number>`count(*)`.mapWith(Number), amount: sql<number>`coalesce(sum(${equipmentAssets.purchasePrice}), 0)`.mapWith(Number) })
          .from(equipmentAssets)
          .where(and(gte(equipmentAssets.purchaseDate, first), lte(equipmentAssets.purchaseDate, last))),
        // Kept at the end of the year: bought by then (or of unknown date) and not retired (an asset retired is counted
        // in the years before, as we do not keep the day it was retired).
        db
          .select({ kind: equipmentAssets.kind, count: sql<number>`count(*)`.mapWith(Number) })
          .from(equipmentAssets)
          .where(and(ne(equipmentAssets.status, 'retired'), or(isNull(equipmentAssets.purchaseDate), lte(equipmentAssets.purchaseDate, last))))
          .groupBy(equipmentAssets.kind),
      ]);
      const byKind = Object.fromEntries(ASSET_KINDS.map((k) => [k, 0])) as Record<AssetKind, number>;
      for (const k of kinds) byKind[k.kind] = k.count;
      return {
        year,
        incidents: work.incidents,
        interventions: work.interventions,
        hoursSpent: work.minutes / 60,
        maintenanceCost: work.cost,
        loans: loans.loans,
        eventsServed: loans.events,
        partnersServed: loans.partners,
        backups: backups.count,
        purchased: bought.count,
        purchaseAmount: bought.amount,
        assetsByKind: byKind,
      };
    },
  };
}
