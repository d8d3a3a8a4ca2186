import ical, { ICalCalendarMethod, type ICalCalendar } from 'ical-generator';
import { BRUSSELS } from './brussels-time';

/** Europe/Brussels as a VTIMEZONE (EU rules: last Sunday of March 2:00 -> CEST, last Sunday of October 3:00 -> CET). */
const BRUSSELS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Brussels',
  'X-LIC-LOCATION:Europe/Brussels',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * Every iCalendar file of Relais (room feeds, an appointment's .ics) is written by ical-generator through this:
 * events in `BRUSSELS` local time (give them `timezone: BRUSSELS` and Day.js starts and ends) with the zone's
 * VTIMEZONE; the stamps stay UTC.
 */
export function brusselsCalendar(opts: { product: string; name?: string; ttlSeconds?: number; publish?: boolean }): ICalCalendar {
  return ical({
    ...(opts.name ? { name: opts.name } : {}),
    prodId: { company: 'Relais', product: opts.product, language: 'FR' },
    // name null: no calendar-wide zone (stamps stay UTC); the generator adds the VTIMEZONE the events use.
    timezone: { name: null, generator: (tz) => (tz === BRUSSELS ? BRUSSELS_VTIMEZONE : null) },
    ...(opts.ttlSeconds ? { ttl: opts.ttlSeconds } : {}),
    ...(opts.publish ? { method: ICalCalendarMethod.PUBLISH } : {}),
  });
}
