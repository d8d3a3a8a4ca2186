import { z } from 'zod';
import { idOut, instantOut, isoDate, isoDateTime, localDateOut, localTimeOut, requiredText, text } from '../../platform/http/schemas';
import { figureSchema } from '../../platform/stats';
import { APPOINTMENT_STATUSES, DESK_MODULES } from './appointments.table';

const id = z.number().int().positive();
const queryId = z.coerce.number().int().positive().max(2_147_483_647);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'error.time_invalid');

export const deskPeriod = z
  .strictObject({ weekday: z.number().int().min(1).max(7), from: hhmm, to: hhmm })
  .refine((p) => p.from < p.to, { message: 'error.end_before_start', path: ['to'] });

const noOverlappingPeriods = (hours: { weekday: number; from: string; to: string }[]) =>
  hours.every((a, i) => hours.every((b, j) => i === j || a.weekday !== b.weekday || a.to <= b.from || b.to <= a.from));

export const deskBody = z.strictObject({
  siteId: id,
  name: requiredText(120),
  staffUserId: id,
  slotMinutes: z.number().int().min(5).max(240).default(30),
  hours: z.array(deskPeriod).min(1).max(30).refine(noOverlappingPeriods, 'error.desk_hours_overlap'),
  /** whose work the desk is (what its appointments are about is for that module's readers); the social desk's by default */
  module: z.enum(DESK_MODULES).default('socialdesk'),
  active: z.boolean().optional(),
});
export type DeskInput = z.input<typeof deskBody>;

export const deskPatch = z.strictObject({
  name: requiredText(120).optional(),
  staffUserId: id.optional(),
  slotMinutes: z.number().int().min(5).max(240).optional(),
  hours: z.array(deskPeriod).min(1).max(30).refine(noOverlappingPeriods, 'error.desk_hours_overlap').optional(),
  module: z.enum(DESK_MODULES).optional(),
  active: z.boolean().optional(),
});
export type DeskPatch = z.infer<typeof deskPatch>;

export const deskListQuery = z.strictObject({
  siteId: queryId.optional(),
  all: z.enum(['true', 'false']).optional(),
});

export const slotsQuery = z.strictObject({
  date: isoDate,
  staffUserId: queryId.optional(),
});

const endAfterStart = (v: { startsAt: Date; endsAt?: Date }) => !v.endsAt || v.endsAt > v.startsAt;

export const bookBody = z
  .strictObject({
    deskId: id,
    personId: id,
    /** defaults to the desk's staff member */
    staffUserId: id.optional(),
    startsAt: isoDateTime,
    /** defaults to one slot of the desk */
    endsAt: isoDateTime.optional(),
    purpose: text(300).nullable().optional(),
    notes: text(2000).nullable().optional(),
  })
  .refine(endAfterStart, { message: 'error.end_before_start', path: ['endsAt'] });
export type BookInput = z.infer<typeof bookBody>;

export const rescheduleBody = z
  .strictObject({
    startsAt: isoDateTime,
    endsAt: isoDateTime.optional(),
    deskId: id.optional(),
    staffUserId: id.optional(),
  })
  .refine(endAfterStart, { message: 'error.end_before_start', path: ['endsAt'] });
export type RescheduleInput = z.infer<typeof rescheduleBody>;

export const cancelBody = z.strictObject({ reason: text(500).nullable().optional() });

export const outcomeBody = z.strictObject({
  /** 'booked' undoes a recorded outcome */
  outcome: z.enum(['attended', 'no_show', 'booked']),
});

export const notesBody = z.strictObject({
  purpose: text(300).nullable().optional(),
  notes: text(2000).nullable().optional(),
});

export const calendarQuery = z
  .strictObject({
    view: z.enum(['day', 'week']).default('week'),
    date: isoDate,
    staffUserId: queryId.optional(),
    siteId: queryId.optional(),
    deskId: queryId.optional(),
    includeCancelled: z.enum(['true', 'false']).optional(),
  });
export type CalendarQuery = z.infer<typeof calendarQuery>;

export const dateQuery = z.strictObject({ date: isoDate.optional() });
export const remindersBody = z.strictObject({ date: isoDate.optional() });

// --- answers ---------------------------------------------------------------------------------------

const int = z.number().int();
const periodOut = z.object({ weekday: int, from: localTimeOut, to: localTimeOut });

export const deskSchema = z
  .object({
    id: idOut,
    siteId: idOut,
    name: z.string(),
    staffUserId: idOut,
    slotMinutes: int,
    hours: z.array(periodOut),
    module: z.enum(DESK_MODULES).meta({ description: "whose work the desk is: its appointments' purpose and notes are for that module's readers only" }),
    active: z.boolean(),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .meta({ id: 'AppointmentDesk' });
export const desksAnswer = z.object({ items: z.array(deskSchema) });

export const appointmentSchema = z
  .object({
    id: idOut,
    status: z.enum(APPOINTMENT_STATUSES),
    startsAt: instantOut,
    endsAt: instantOut,
    date: localDateOut,
    start: localTimeOut,
    end: localTimeOut,
    durationMinutes: int,
    desk: z.object({ id: idOut, name: z.string(), module: z.enum(DESK_MODULES) }),
    site: z.object({ id: idOut, name: z.string(), address: z.string().nullable(), postalCode: z.string().nullable() }),
    staff: z.object({ id: idOut, name: z.string() }),
    person: z.object({ id: idOut, firstName: z.string(), lastName: z.string(), erased: z.boolean() }),
    purpose: z.string().nullable(),
    notes: z.string().nullable(),
    cancelReason: z.string().nullable(),
    cancelledAt: instantOut.nullable(),
    outcomeAt: instantOut.nullable(),
    rescheduleCount: int,
    reminderSentAt: instantOut.nullable(),
    createdAt: instantOut,
    withheld: z.boolean().meta({ description: "purpose, notes and cancel reason are kept from the caller: the desk's module is not theirs" }),
  })
  .meta({ id: 'Appointment' });

export const busySlotSchema = z
  .object({ id: idOut, busy: z.literal(true), startsAt: instantOut, endsAt: instantOut, date: localDateOut, start: localTimeOut, end: localTimeOut })
  .meta({ id: 'AppointmentBusySlot', description: 'An appointment of a desk whose work is not the caller’s: that the person is busy, and when.' });
export const personAppointmentsAnswer = z.object({ items: z.array(z.union([appointmentSchema, busySlotSchema])) });

export const slotsAnswer = z.object({
  date: localDateOut,
  desk: z.object({ id: idOut, name: z.string(), siteId: idOut, slotMinutes: int, active: z.boolean() }),
  staffUserId: idOut,
  slots: z.array(
    z.object({ startsAt: instantOut, endsAt: instantOut, start: localTimeOut, end: localTimeOut, free: z.boolean(), past: z.boolean() }).meta({ id: 'AppointmentSlot' }),
  ),
});

export const calendarSessionSchema = z
  .object({
    deskId: idOut,
    deskName: z.string(),
    siteId: idOut,
    siteName: z.string(),
    staffUserId: idOut,
    staffName: z.string(),
    slotMinutes: int,
    from: localTimeOut,
    to: localTimeOut,
    startsAt: instantOut,
    endsAt: instantOut,
  })
  .meta({ id: 'AppointmentSession' });
export const calendarAnswer = z
  .object({
    view: z.enum(['day', 'week']),
    from: localDateOut,
    to: localDateOut,
    filter: z.object({ staffUserId: idOut.nullable(), siteId: idOut.nullable(), deskId: idOut.nullable() }),
    days: z.array(z.object({ date: localDateOut, weekday: int, sessions: z.array(calendarSessionSchema), appointments: z.array(appointmentSchema) })),
  })
  .meta({ id: 'AppointmentCalendar' });

export const staffAnswer = z.object({ items: z.array(z.object({ id: idOut, name: z.string(), roles: z.array(z.string()) }).meta({ id: 'AppointmentStaff' })) });

export const callListAnswer = z
  .object({
    date: localDateOut,
    mailEnabled: z.boolean(),
    total: int,
    items: z.array(
      z.object({
        appointmentId: idOut,
        date: localDateOut,
        start: localTimeOut,
        end: localTimeOut,
        desk: appointmentSchema.shape.desk,
        site: appointmentSchema.shape.site,
        staff: appointmentSchema.shape.staff,
        purpose: z.string().nullable(),
        person: z.object({ id: idOut, firstName: z.string(), lastName: z.string(), phone: z.string().nullable(), email: z.string().nullable(), locale: z.enum(['fr', 'nl', 'en']) }),
        reason: z.enum(['mail_not_configured', 'no_email', 'no_email_consent', 'reminder_not_sent']),
      }),
    ),
  })
  .meta({ id: 'AppointmentCallList' });

export const remindersAnswer = z
  .object({ date: localDateOut, mailEnabled: z.boolean(), queued: int.meta({ description: 'e-mails handed to the outbox, which sends them' }), skipped: int })
  .meta({ id: 'AppointmentReminders' });

const deskStats = { booked: int, attended: int, noShows: int, cancelled: int, distinctPeopleAttended: int };
export const statsAnswer = z
  .object({
    /** the year when the period is one calendar year, else null */
    year: int.nullable(),
    from: localDateOut,
    to: localDateOut,
    booked: figureSchema,
    attended: figureSchema,
    noShows: figureSchema,
    cancelled: figureSchema,
    pending: figureSchema,
    distinctPeopleAttended: figureSchema,
    noShowRate: figureSchema.meta({ description: 'no-shows / (attended + no-shows), a fraction' }),
    byDesk: z.array(z.object({ deskId: idOut, deskName: z.string(), siteId: idOut, ...deskStats })),
  })
  .meta({ id: 'AppointmentStats', description: 'A year or a period of appointments, each figure beside the same period a year before.' });

export const cardAnswer = z
  .object({
    appointment: appointmentSchema,
    locale: z.enum(['fr', 'nl', 'en']),
    person: z.object({ firstName: z.string(), lastName: z.string() }),
    when: z.object({ date: localDateOut, longDate: z.string(), start: localTimeOut, end: localTimeOut }),
    where: z.object({ site: z.string(), address: z.string().nullable(), postalCode: z.string().nullable(), desk: z.string() }),
    with: z.string(),
    purpose: z.string().nullable(),
    icsUrl: z.string(),
  })
  .meta({ id: 'AppointmentCard' });
