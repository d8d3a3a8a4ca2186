import ical from 'ical-generator';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import { BRUSSELS } from '../../platform/brussels-time';

dayjs.extend(utc);
dayjs.extend(timezone);

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

export interface FeedEvent {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string;
  updatedAt: Date;
  /** RFC 5545 SEQUENCE: grows when the event's time or place changes */
  sequence: number;
}

/** A VCALENDAR whose events carry TZID=Europe/Brussels local times and the matching VTIMEZONE. No personal data goes in. */
export function buildFeed(name: string, events: FeedEvent[], now: Date): string {
  const cal = ical({
    name,
    prodId: { company: 'Relais', product: 'rooms', language: 'FR' },
    // name null: no calendar-wide zone (stamps stay UTC); the generator adds the VTIMEZONE the events use.
    timezone: { name: null, generator: (tz) => (tz === BRUSSELS ? BRUSSELS_VTIMEZONE : null) },
    ttl: 15 * 60,
  });
  for (const e of events) {
    // Day.js objects, not Dates: with a TZID, ical-generator 10 writes a plain Date's UTC fields as if local.
    cal.createEvent({
      id: e.uid,
      start: dayjs(e.startsAt),
      end: dayjs(e.endsAt),
      timezone: BRUSSELS,
      summary: e.summary,
      location: e.location,
      stamp: now,
      lastModified: e.updatedAt,
      sequence: e.sequence,
    });
  }
  return cal.toString();
}
