import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import { BRUSSELS } from '../../platform/brussels-time';
import { brusselsCalendar } from '../../platform/ical';

dayjs.extend(utc);
dayjs.extend(timezone);

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
  const cal = brusselsCalendar({ name, product: 'rooms', ttlSeconds: 15 * 60 });
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
