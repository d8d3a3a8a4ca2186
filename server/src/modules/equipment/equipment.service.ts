import type { ModuleContext } from '../../platform/module';
import { createEquipmentCore, type EquipmentDeps } from './equipment.core';
import { createEquipmentAssets } from './equipment.assets';
import { createEquipmentCare } from './equipment.care';
import { createEquipmentLoans } from './equipment.loans';
import { createEquipmentStats } from './equipment.stats';

export { LIFE_YEARS } from './equipment.core';
export type { PresentedAsset } from './equipment.core';
export type EquipmentService = ReturnType<typeof createEquipmentService>;

/** The IT equipment register: assets, their care (maintenance, backups), loans and figures, each in its own file. */
export function createEquipmentService(ctx: ModuleContext) {
  const deps: EquipmentDeps = { db: ctx.db, clock: ctx.clock, audit: ctx.audit, auth: ctx.auth, services: ctx.services };
  const core = createEquipmentCore(deps);
  const assets = createEquipmentAssets({ ...deps, core });
  return {
    ...assets,
    ...createEquipmentCare({ ...deps, core, assets }),
    ...createEquipmentLoans({ ...deps, core }),
    ...createEquipmentStats({ ...deps, core }),
  };
}
