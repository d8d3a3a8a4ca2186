import { z } from 'zod';
import { httpUrl, isoDate, isoDateTime, requiredText, text, year } from '../../platform/http/schemas';
import { BOOKING_STATUSES, EQUIPMENT } from './rooms.table';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'error.time_invalid');
const cents = z.number().int().min(0).max(10_000_000);
const email = z.string().trim().toLowerCase().email().max(200);
const phone = z.string().trim().max(40).regex(/^[0-9+()./\s-]*$/);
const id = z.number().int().positive();

export const roomBody = z.strictObject({
  name: requiredText(120),
  capacity: z.number().int().min(1).max(1000),
  equipment: z.array(z.enum(EQUIPMENT)).max(EQUIPMENT.length).default([]),
  photoUrl: httpUrl(500).nullable().optional(),
  accessNotes: text(2000).nullable().optional(),
  siteId: id.nullable().optional(),
  halfDayPriceCents: cents.default(0),
  dayPriceCents: cents.default(0),
  active: z.boolean().optional(),
});
export type RoomInput = z.infer<typeof roomBody>;
export const roomPatch = roomBody.partial().extend({
  equipment: z.array(z.enum(EQUIPMENT)).max(EQUIPMENT.length).optional(),
  halfDayPriceCents: cents.optional(),
  dayPriceCents: cents.optional(),
});
export type RoomPatch = z.infer<typeof roomPatch>;

export const closureBody = z
  .strictObject({ startsAt: isoDateTime, endsAt: isoDateTime, reason: text(500).nullable().optional() })
  .refine((c) => c.endsAt > c.startsAt, { message: 'error.end_before_start', path: ['endsAt'] });
export type ClosureInput = z.infer<typeof closureBody>;

/** What a booking says besides its time and room. */
const bookingDetails = {
  organisationId: id.nullable().optional(),
  contactName: text(200).nullable().optional(),
  contactEmail: email.nullable().optional(),
  contactPhone: phone.nullable().optional(),
  purpose: requiredText(300),
  attendees: z.number().int().min(1).max(1000).nullable().optional(),
  layout: text(500).nullable().optional(),
  showPublicly: z.boolean().nullable().optional(),
  activity: z.strictObject({ kind: z.string().trim().regex(/^[a-z_]{2,40}$/), id }).nullable().optional(),
  /** logistics only: 'requested' to pencil in without confirming */
  status: z.enum(['requested', 'confirmed']).optional(),
};

export const bookingBody = z
  .strictObject({ roomId: id, startsAt: isoDateTime, endsAt: isoDateTime, ...bookingDetails })
  .refine((b) => b.endsAt > b.startsAt, { message: 'error.end_before_start', path: ['endsAt'] });
export type BookingInput = z.infer<typeof bookingBody>;

export const seriesBody = z
  .strictObject({
    roomId: id,
    /** first day of the series (Brussels) and the local wall-clock times of every occurrence */
    firstDay: isoDate,
    startTime: hhmm,
    endTime: hhmm,
    /** RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630 or FREQ=WEEKLY;INTERVAL=2;COUNT=10 */
    rrule: z.string().trim().min(6).max(300),
    /** create the free occurrences and report the others instead of refusing the whole series */
    skipConflicts: z.boolean().optional(),
    ...bookingDetails,
  })
  .refine((b) => b.endTime > b.startTime, { message: 'error.end_before_start', path: ['endTime'] });
export type SeriesInput = z.infer<typeof seriesBody>;

export const moveBody = z
  .strictObject({ roomId: id.optional(), startsAt: isoDateTime.optional(), endsAt: isoDateTime.optional() })
  .refine((b) => !(b.startsAt && b.endsAt) || b.endsAt > b.startsAt, { message: 'error.end_before_start', path: ['endsAt'] });
export type MoveInput = z.infer<typeof moveBody>;

export const bookingPatch = z.strictObject({
  organisationId: id.nullable().optional(),
  contactName: text(200).nullable().optional(),
  contactEmail: email.nullable().optional(),
  contactPhone: phone.nullable().optional(),
  purpose: requiredText(300).optional(),
  attendees: z.number().int().min(1).max(1000).nullable().optional(),
  layout: text(500).nullable().optional(),
  showPublicly: z.boolean().nullable().optional(),
});
export type BookingPatch = z.infer<typeof bookingPatch>;

export const decisionBody = z.strictObject({ message: text(2000).nullable().optional() });

export const listQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  roomId: z.coerce.number().int().positive().optional(),
  organisationId: z.coerce.number().int().positive().optional(),
  status: z.enum(BOOKING_STATUSES).optional(),
  seriesId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListQuery = z.infer<typeof listQuery>;

export const calendarQuery = z.strictObject({
  from: isoDate,
  days: z.coerce.number().int().min(1).max(31).default(7),
});

const equipmentList = z
  .string()
  .max(200)
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.enum(EQUIPMENT)));

export const freeQuery = z
  .strictObject({
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    capacity: z.coerce.number().int().min(1).max(1000).optional(),
    equipment: equipmentList.optional(),
  })
  .refine((q) => q.endsAt > q.startsAt, { message: 'error.end_before_start', path: ['endsAt'] });

export const organisationSettingsBody = z.strictObject({ showPublicly: z.boolean().optional(), freeOfCharge: z.boolean().optional() });

export const formatQuery = z.enum(['json', 'xlsx', 'csv']).default('json');
export const statementQuery = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'error.month_invalid'),
  organisationId: z.coerce.number().int().positive().optional(),
  format: formatQuery,
});
export const statsQuery = z.strictObject({ year, format: formatQuery });

// Public side
export const publicDayQuery = z.strictObject({ date: isoDate.optional() });

export const publicRequestBody = z
  .strictObject({
    roomId: id,
    date: isoDate,
    startTime: hhmm,
    endTime: hhmm,
    organisation: requiredText(200),
    contactName: requiredText(200),
    contactEmail: email,
    contactPhone: phone.nullable().optional(),
    purpose: requiredText(300),
    attendees: z.number().int().min(1).max(1000),
    layout: text(500).nullable().optional(),
    showPublicly: z.boolean().optional(),
    /** honeypot: a field hidden from people; robots fill it */
    website: z.string().max(500).optional(),
  })
  .refine((b) => b.endTime > b.startTime, { message: 'error.end_before_start', path: ['endTime'] });
export type PublicRequestInput = z.infer<typeof publicRequestBody>;
