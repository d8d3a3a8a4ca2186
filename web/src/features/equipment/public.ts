/**
 * What the equipment feature offers the other features: the list of what an event borrowed, for the event's page
 * (`<EventLoans eventId={event.id} />`, shown to those who may read the register).
 */
export { EventLoans } from './EventLoans';
