import type { EventSummary, EventsService } from '../events/public';

/**
 * What this module needs of an event (a job fair): the events module's summary, published as
 * `ctx.services.events` (registered before this module). It is read at call time, so that a test may inject
 * a lookup of its own; without one an event id is still accepted (shown as "event #id").
 */
export type { EventSummary };
export type EventLookup = Pick<EventsService, 'summary'>;

/** The lookup the events module published, if any. */
export const eventLookup = (services: { events?: EventLookup }): EventLookup | undefined => services.events;
