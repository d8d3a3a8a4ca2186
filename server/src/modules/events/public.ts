/**
 * What the events module offers the modules listed after it (offers, surveys...): use `ctx.services.events`.
 *
 *   const fair = await ctx.services.events.summary(eventId); // null when there is no such event
 */
export type { EventSummary } from './events.core';
export type { EventsService } from './events.service';
export { EVENT_KINDS } from './events.table';
