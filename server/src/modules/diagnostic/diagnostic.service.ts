import type { ModuleContext } from '../../platform/module';
import type { DiagnosticDeps } from './diagnostic.core';
import { createDiagnosticBank } from './diagnostic.bank';
import { createDiagnosticOrientation } from './diagnostic.orientation';
import { createDiagnosticTaking } from './diagnostic.taking';
import { createDiagnosticRecords } from './diagnostic.records';
import { createDiagnosticStats } from './diagnostic.stats';

export type DiagnosticService = ReturnType<typeof createDiagnosticService>;

/** The diagnostic: the item bank, taking it, the orientation, staff's records, the figures; one file each, composed here. */
export function createDiagnosticService(ctx: ModuleContext) {
  const deps: DiagnosticDeps = { db: ctx.db, clock: ctx.clock, audit: ctx.audit, auth: ctx.auth, services: ctx.services };
  const bank = createDiagnosticBank(deps);
  const orientation = createDiagnosticOrientation(deps);
  const taking = createDiagnosticTaking({ ...deps, bank, orientation });
  const records = createDiagnosticRecords({ ...deps, bank, taking, orientation });
  return { ...bank, ...orientation, ...taking, ...records, ...createDiagnosticStats(deps) };
}
