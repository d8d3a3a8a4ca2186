import type { ModuleContext } from '../../platform/module';
import { createAppointmentsCore, type AppointmentsDeps } from './appointments.core';
import { createAppointmentDesks } from './appointments.desks';
import { createAppointmentBookings } from './appointments.bookings';
import { createAppointmentCalendar } from './appointments.calendar';
import { createAppointmentReminders } from './appointments.reminders';
import { createAppointmentStats } from './appointments.stats';

export { fitsDeskHours, longDate, personLocale } from './appointments.core';
export type { AppointmentStats, AppointmentView, CallReason, Desk, Slot } from './appointments.core';
export { reminderJob } from './appointments.reminders';

export type AppointmentsService = ReturnType<typeof createAppointmentsService>;

/** The appointments service: desks, bookings, calendars, reminders and statistics, each in its own file, composed here. */
export function createAppointmentsService(ctx: ModuleContext) {
  const deps: AppointmentsDeps = {
    db: ctx.db,
    clock: ctx.clock,
    audit: ctx.audit,
    auth: ctx.auth,
    outbox: ctx.outbox,
    institution: ctx.institution,
    people: ctx.services.people,
    sites: ctx.services.sites,
    referenceCache: ctx.referenceCache,
  };
  const core = createAppointmentsCore(deps);
  const bookings = createAppointmentBookings({ ...deps, core });
  return {
    ...createAppointmentDesks({ ...deps, core }),
    ...bookings,
    ...createAppointmentCalendar({ ...deps, core }),
    ...createAppointmentReminders({ ...deps, core, get: bookings.get }),
    ...createAppointmentStats({ ...deps, core }),
  };
}
