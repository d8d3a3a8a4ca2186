/**
 * What the events module offers the modules listed after it (offers, surveys...): use `ctx.services.events`.
 *
 *   const fair = await ctx.services.events.summary(eventId); // null when there is no such event
 */
export interface EventSummary {
  id: number;
  kind: string;
  title: { fr: string; nl: string; en: string | null };
  /** RFC 3339 instants */
  startsAt: string;
  endsAt: string;
  /** the room's name or the outside venue's; null when not known yet */
  place: string | null;
}
export type { EventsService } from './events.service';
export { EVENT_KINDS } from './events.table';
