import type { ModuleContext } from '../../platform/module';
import { createEventsCore, type EventsDeps } from './events.core';
import { createEventsCatalog } from './events.catalog';
import { createEventsRegistrations } from './events.registrations';
import { createEventsCheckin } from './events.checkin';
import { createEventsStats } from './events.stats';

export type EventsService = ReturnType<typeof createEventsService>;
export type { Caller } from './events.core';

/** The events service: events and their programme, registrations and the waiting list, the door, statistics. */
export function createEventsService(ctx: ModuleContext) {
  const deps: EventsDeps = { ctx, db: ctx.db, clock: ctx.clock, audit: ctx.audit };
  const core = createEventsCore(deps);
  return {
    ...createEventsCatalog({ ...deps, core }),
    ...createEventsRegistrations({ ...deps, core }),
    ...createEventsCheckin({ ...deps, core }),
    ...createEventsStats({ ...deps, core }),
  };
}
