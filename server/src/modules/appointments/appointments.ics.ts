import dayjs from 'dayjs';
import { ICalEventStatus } from 'ical-generator';
import { translate, type Locale } from '../../platform/i18n/messages';
import { BRUSSELS } from '../../platform/brussels-time';
import { brusselsCalendar } from '../../platform/ical';
import type { AppointmentView } from './appointments.core';

/** One appointment as an iCalendar file (`institution`: its name in `locale`, from the settings) (ical-generator, `platform/ical.ts`): Brussels local times with their VTIMEZONE. */
export function appointmentIcs(v: AppointmentView, opts: { locale: Locale; now: Date; institution: string }): string {
  const t = (key: string) => translate(opts.locale, key, { desk: v.desk.name, staff: v.staff.name, site: v.site.name, institution: opts.institution });
  const location = [v.site.name, v.site.address, v.site.postalCode].filter(Boolean).join(', ');
  const cal = brusselsCalendar({ product: 'appointments', publish: true });
  // Day.js objects, not Dates: with a TZID, ical-generator writes a plain Date's UTC fields as if local.
  cal.createEvent({
    id: `appointment-${v.id}@relais`,
    start: dayjs(v.startsAt),
    end: dayjs(v.endsAt),
    timezone: BRUSSELS,
    stamp: opts.now,
    summary: t('ics.appointment_summary'),
    location,
    description: [t('ics.appointment_description'), v.purpose].filter(Boolean).join('\n'),
    status: v.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    sequence: v.rescheduleCount + (v.status === 'cancelled' ? 1 : 0),
  });
  return cal.toString();
}
