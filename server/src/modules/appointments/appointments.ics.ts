import { translate, type Locale } from '../../platform/i18n/messages';
import type { AppointmentView } from './appointments.core';

/**
 * A minimal RFC 5545 writer for one appointment: local Brussels times with TZID=Europe/Brussels
 * and the zone's definition (CET/CEST rules since 1996), CRLF line ends, escaped text, lines folded at 75 octets.
 */
const VTIMEZONE = [
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
];

export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without cutting a UTF-8 character. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + n > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const local = (date: string, hhmm: string) => `${date.replace(/-/g, '')}T${hhmm.replace(':', '')}00`;
const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function appointmentIcs(v: AppointmentView, opts: { locale: Locale; now: Date }): string {
  const t = (key: string) => translate(opts.locale, key, { desk: v.desk.name, staff: v.staff.name, site: v.site.name });
  const location = [v.site.name, v.site.address, v.site.postalCode].filter(Boolean).join(', ');
  // The end's wall-clock day is the start's (appointments stay within one desk period).
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Relais//Appointments//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:appointment-${v.id}@relais`,
    `DTSTAMP:${utcStamp(opts.now)}`,
    `DTSTART;TZID=Europe/Brussels:${local(v.date, v.start)}`,
    `DTEND;TZID=Europe/Brussels:${local(v.date, v.end)}`,
    `SUMMARY:${escapeText(t('ics.appointment_summary'))}`,
    `LOCATION:${escapeText(location)}`,
    `DESCRIPTION:${escapeText([t('ics.appointment_description'), v.purpose].filter(Boolean).join('\n'))}`,
    `STATUS:${v.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    `SEQUENCE:${v.rescheduleCount + (v.status === 'cancelled' ? 1 : 0)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
