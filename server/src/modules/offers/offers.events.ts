/**
 * What this module needs of an event (a job fair): the events module publishes it as `ctx.services.events`.
 * The events module is listed after or beside this one, so this module never imports it: it reads the lookup
 * at call time, and when it is absent an event id is still accepted (shown as "event #id").
 */
export interface EventSummary {
  id: number;
  kind: string;
  title: { fr: string; nl: string; en: string | null };
  startsAt: string;
  endsAt: string;
  place: string | null;
}

export interface EventLookup {
  summary(id: number): Promise<EventSummary | null>;
}

/** The lookup the events module published, if any (read at call time, so that a test may inject one). */
export const eventLookup = (services: object): EventLookup | undefined => (services as { events?: EventLookup }).events;
