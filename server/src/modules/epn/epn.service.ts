import type { ModuleContext } from '../../platform/module';
import { createEpnCore, type EpnDeps } from './epn.core';
import { createEpnSetup } from './epn.setup';
import { createEpnVisits } from './epn.visits';
import { createEpnStats } from './epn.stats';

export { ageBracketOf, closingInstant, COACHING_CODE, DEFAULT_EPN_HOURS } from './epn.core';
export type { AgeBracket, HelpKind, Visit, Workstation } from './epn.core';
export type { WorkstationListener } from './epn.setup';

export type EpnService = ReturnType<typeof createEpnService>;

/** The EPN service: configuration, visits and statistics, each in its own file, composed here. */
export function createEpnService(ctx: ModuleContext) {
  const deps: EpnDeps = { db: ctx.db, clock: ctx.clock, audit: ctx.audit, people: ctx.services.people, referenceCache: ctx.referenceCache };
  const core = createEpnCore(deps);
  const setup = createEpnSetup({ ...deps, core });
  return {
    ...setup,
    ...createEpnVisits({ ...deps, core, setup }),
    ...createEpnStats({ ...deps, core, setup }),
  };
}
