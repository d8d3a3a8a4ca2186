import { z } from 'zod';
import { httpUrl, idOut, instantOut, isoDate, isoDateTime, localDateOut, localTimeOut, queryId, requiredText, text } from '../../platform/http/schemas';
import { figureSchema } from '../../platform/stats';
import { brusselsInstant, brusselsWallTime, nextDay } from '../../platform/brussels-time';
import { BOOKING_STATUSES, EQUIPMENT } from './rooms.table';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'error.time_invalid');
const cents = z.number().int().min(0).max(10_000_000);
const email = z.string().trim().toLowerCase().email().max(200);
const phone = z.string().trim().max(40).regex(/^[0-9+()./\s-]*$/);
const id = z.number().int().positive();

/**
 * When: instants with their offset (`startsAt`, `endsAt`), or a Brussels day with local wall times (`date`, `startTime`,
 * `endTime`) that the server resolves (refusing the hour skipped when summer time starts), so that a client never
 * computes an offset. Either way the service gets instants.
 */
const whenFields = { startsAt: isoDateTime.optional(), endsAt: isoDateTime.optional(), date: isoDate.optional(), startTime: hhmm.optional(), endTime: hhmm.optional() };
type When = { startsAt?: Date; endsAt?: Date; date?: string; startTime?: string; endTime?: string };
function resolveWhen<T extends When>(v: T, ctx: z.RefinementCtx, required: boolean): Omit<T, 'date' | 'startTime' | 'endTime'> {
  const { date, startTime, endTime, ...rest } = v;
  const local = date !== undefined || startTime !== undefined || endTime !== undefined;
  if (local) {
    if (v.startsAt || v.endsAt) ctx.addIssue({ code: 'custom', message: 'error.at_or_local_time', path: ['startsAt'] });
    for (const [k, x] of Object.entries({ date, startTime, endTime })) if (x === undefined) ctx.addIssue({ code: 'custom', message: 'error.date_and_time_together', path: [k] });
    if (date && startTime && endTime) {
      const startsAt = brusselsWallTime(date, startTime);
      const endsAt = brusselsWallTime(date, endTime);
      if (!startsAt) ctx.addIssue({ code: 'custom', message: 'error.time_does_not_exist', path: ['startTime'] });
      if (!endsAt) ctx.addIssue({ code: 'custom', message: 'error.time_does_not_exist', path: ['endTime'] });
      return { ...rest, startsAt: startsAt ?? undefined, endsAt: endsAt ?? undefined } as Omit<T, 'date' | 'startTime' | 'endTime'>;
    }
  } else if (required) {
    if (!v.startsAt) ctx.addIssue({ code: 'custom', message: 'error.rooms.when_required', path: ['startsAt'] });
    if (!v.endsAt) ctx.addIssue({ code: 'custom', message: 'error.rooms.when_required', path: ['endsAt'] });
  }
  return rest;
}
const endAfterStart = (b: { startsAt?: Date; endsAt?: Date }) => !b.startsAt || !b.endsAt || b.endsAt > b.startsAt;

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

/** A closure: instants, or whole Brussels days `fromDate` to `toDate` (both included). */
export const closureBody = z
  .strictObject({ startsAt: isoDateTime.optional(), endsAt: isoDateTime.optional(), fromDate: isoDate.optional(), toDate: isoDate.optional(), reason: text(500).nullable().optional() })
  .transform(({ fromDate, toDate, ...c }, ctx) => {
    if (fromDate !== undefined || toDate !== undefined) {
      if (c.startsAt || c.endsAt) ctx.addIssue({ code: 'custom', message: 'error.at_or_local_time', path: ['startsAt'] });
      if (!fromDate || !toDate) {
        ctx.addIssue({ code: 'custom', message: 'error.date_and_time_together', path: [fromDate ? 'toDate' : 'fromDate'] });
        return z.NEVER;
      }
      return { ...c, startsAt: brusselsInstant(fromDate), endsAt: brusselsInstant(nextDay(toDate)) };
    }
    if (!c.startsAt || !c.endsAt) {
      ctx.addIssue({ code: 'custom', message: 'error.rooms.when_required', path: [c.startsAt ? 'endsAt' : 'startsAt'] });
      return z.NEVER;
    }
    return { ...c, startsAt: c.startsAt, endsAt: c.endsAt };
  })
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
  .strictObject({ roomId: id, ...whenFields, ...bookingDetails })
  .transform((v, ctx) => {
    const b = resolveWhen(v, ctx, true);
    if (!b.startsAt || !b.endsAt) return z.NEVER;
    return { ...b, startsAt: b.startsAt, endsAt: b.endsAt };
  })
  .refine(endAfterStart, { message: 'error.end_before_start', path: ['endsAt'] });
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
    /** for a date that is not free: book it in another room and/or at another time instead, in the same series (the occurrence is marked detached) */
    instead: z
      .array(
        z
          .strictObject({ day: isoDate, roomId: id.optional(), startTime: hhmm.optional(), endTime: hhmm.optional() })
          .refine((x) => !x.startTime || !x.endTime || x.endTime > x.startTime, { message: 'error.end_before_start', path: ['endTime'] }),
      )
      .max(100)
      .optional(),
    ...bookingDetails,
  })
  .refine((b) => b.endTime > b.startTime, { message: 'error.end_before_start', path: ['endTime'] });
export type SeriesInput = z.infer<typeof seriesBody>;

export const moveBody = z
  .strictObject({ roomId: id.optional(), ...whenFields })
  .transform((v, ctx) => resolveWhen(v, ctx, false))
  .refine(endAfterStart, { message: 'error.end_before_start', path: ['endsAt'] });
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

const exportFormat = z.enum(['xlsx', 'csv']).default('xlsx');
const statementFields = {
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'error.month_invalid'),
  organisationId: queryId.optional(),
};
export const statementQuery = z.strictObject(statementFields);
export const statementExportQuery = z.strictObject({ ...statementFields, format: exportFormat });
/** One year (default: the current year in Brussels). */
export const allQuery = z.strictObject({ all: z.enum(['true', 'false']).optional() });
export const closuresQuery = z.strictObject({ roomId: queryId.optional() });
export const freeSlotsQuery = z.strictObject({ date: isoDate });
export const referenceParam = z.strictObject({ reference: z.string().regex(/^SAL-[A-Z0-9]{4}-[A-Z0-9]{4}$/) });
export const cancelSeriesBody = z.strictObject({ from: isoDate.optional() });

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

// --- answers ---------------------------------------------------------------------------------------

const int = z.number().int();
const equipment = z.array(z.enum(EQUIPMENT));
const slot = z.object({ from: localTimeOut, to: localTimeOut });

export const roomSchema = z
  .object({
    id: idOut,
    name: z.string(),
    capacity: int,
    equipment,
    photoUrl: z.string().nullable(),
    accessNotes: z.string().nullable(),
    siteId: idOut.nullable(),
    halfDayPriceCents: int,
    dayPriceCents: int,
    active: z.boolean(),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .meta({ id: 'Room', description: 'A meeting room, its capacity, equipment and prices (euro cents).' });
export const roomsAnswer = z.object({ items: z.array(roomSchema) });

export const closureSchema = z
  .object({ id: idOut, roomId: idOut, startsAt: instantOut, endsAt: instantOut, reason: z.string().nullable(), createdAt: instantOut })
  .meta({ id: 'RoomClosure', description: 'A period when a room cannot be booked.' });
export const closuresAnswer = z.object({ items: z.array(closureSchema) });

export const bookingSchema = z
  .object({
    id: idOut,
    roomId: idOut,
    roomName: z.string(),
    startsAt: instantOut,
    endsAt: instantOut,
    status: z.enum(BOOKING_STATUSES),
    organisationId: idOut.nullable(),
    /** the registry's organisation; for a public request, the body the requester typed (room managers only) */
    organisationName: z.string().nullable(),
    requesterOrganisation: z.string().nullable(),
    /** the contact: to the room managers and to the staff member who asked, null to others */
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    purpose: z.string(),
    attendees: int.nullable(),
    layout: z.string().nullable(),
    showPublicly: z.boolean().nullable(),
    activity: z.object({ kind: z.string(), id: idOut }).nullable(),
    seriesId: idOut.nullable(),
    detached: z.boolean(),
    reference: z.string().nullable(),
    source: z.enum(['staff', 'public']),
    decisionMessage: z.string().nullable(),
    decidedAt: instantOut.nullable(),
    requestedBy: idOut.nullable(),
    amountCents: int,
    createdAt: instantOut,
  })
  .meta({ id: 'RoomBooking', description: "A booking of a room: requested, confirmed, refused or cancelled. A public requester's details only reach the room managers." });
export const bookingsAnswer = z.object({ items: z.array(bookingSchema), total: int });
/** How the requester (the contact named on the booking) was told of a change: e-mailed, listed for staff to send or call (no mail server), or nobody to tell. */
export const requesterTold = z.enum(['email', 'listed', 'none']);
export const bookingChanged = bookingSchema.extend({ requesterTold }).meta({ id: 'RoomBookingChanged', description: 'A booking after a change, and how its requester was told.' });

export const calendarAnswer = z
  .object({
    from: localDateOut,
    to: localDateOut,
    rooms: z.array(roomSchema.extend({ bookings: z.array(bookingSchema), closures: z.array(closureSchema) })),
  })
  .meta({ id: 'RoomCalendar', description: 'Every active room with its live bookings and closures over some days.' });

export const freeRoomSchema = z.object({ id: idOut, name: z.string(), capacity: int, equipment });
export const freeRoomsAnswer = z.object({ items: z.array(freeRoomSchema) });

const seriesRow = {
  id: idOut,
  roomId: idOut,
  rrule: z.string(),
  firstDay: localDateOut,
  startTime: localTimeOut,
  endTime: localTimeOut,
  createdBy: idOut.nullable(),
  createdAt: instantOut,
};
export const seriesSchema = z.object(seriesRow).meta({ id: 'RoomSeries', description: 'A recurring booking (an RFC 5545 rule in Brussels wall time).' });
export const seriesCreated = z.object({
  series: seriesSchema,
  bookings: z.array(bookingSchema),
  /** the dates not booked (closed, or taken by another booking) when asked to skip them */
  skipped: z.array(z.object({ day: localDateOut, startsAt: instantOut, endsAt: instantOut, reason: z.enum(['closed', 'taken']), bookingId: idOut.optional() })),
});
export const seriesAnswer = z.object({ ...seriesRow, bookings: z.array(bookingSchema) });
export const seriesConfirmed = z.object({ confirmed: int });
export const seriesCancelled = z.object({ cancelled: int, requesterTold });

export const organisationSettingsSchema = z
  .object({ id: idOut, name: z.string(), isInternalPartner: z.boolean(), showPublicly: z.boolean(), freeOfCharge: z.boolean() })
  .meta({ id: 'RoomOrganisationSettings', description: 'Whether an organisation is named on the public pages and books for free.' });
export const organisationSettingsAnswer = z.object({ items: z.array(organisationSettingsSchema) });

const tariff = z.enum(['free', 'half_day', 'day']);
export const statementLineSchema = z.object({
  bookingId: idOut,
  organisation: z.string(),
  room: z.string(),
  day: localDateOut,
  from: localTimeOut,
  to: localTimeOut,
  startsAt: instantOut,
  endsAt: instantOut,
  hours: z.number(),
  purpose: z.string(),
  tariff,
  amountCents: int,
});
export const statementAnswer = z
  .object({
    month: z.string().regex(/^\d{4}-\d{2}$/),
    organisations: z.array(z.object({ organisationId: idOut.nullable(), name: z.string(), free: z.boolean(), bookings: z.array(statementLineSchema), totalCents: int, hours: z.number() })),
    totalCents: int,
  })
  .meta({ id: 'RoomStatement', description: "A month's confirmed bookings per organisation, with the amount due (euro cents)." });

export const statsAnswer = z
  .object({
    /** the year when the period is one calendar year, else null */
    year: int.nullable(),
    from: localDateOut,
    to: localDateOut,
    bookings: figureSchema,
    hours: figureSchema,
    /** what the bookings bring in, in euros */
    amount: figureSchema,
    byMonth: z.array(z.object({ month: int.min(1).max(12), bookings: int, hours: z.number(), previousYearBookings: int })),
    byOrganisation: z.array(
      z.object({ organisationId: idOut.nullable(), name: z.string(), bookings: int, hours: z.number(), amountCents: int, previousYearBookings: int }),
    ),
    /** occupancyRate: the booked share of the opening hours, a fraction */
    byRoom: z.array(
      z.object({ roomId: idOut, name: z.string(), bookings: int, hours: z.number(), openingHours: z.number(), hoursInOpeningHours: z.number(), occupancyRate: z.number(), previousYearBookings: int }),
    ),
  })
  .meta({ id: 'RoomStats', description: 'A year or a period of confirmed bookings (by the Brussels day they start), each figure beside the same period a year before: by month, organisation and room, with the occupancy of the opening hours.' });

// public answers
const publicLabel = z.string().nullable().describe("the organisation's name when it agreed to be named, else null (reserved)");
export const publicRoomSchema = z
  .object({ id: idOut, name: z.string(), capacity: int, equipment, photoUrl: z.string().nullable(), accessNotes: z.string().nullable() })
  .meta({ id: 'PublicRoom', description: 'A room as the public sees it.' });
export const publicRoomsAnswer = z.object({ items: z.array(publicRoomSchema) });
const publicSlot = z.object({ day: localDateOut, from: localTimeOut, to: localTimeOut, startsAt: instantOut, endsAt: instantOut, organisation: publicLabel });
export const occupationAnswer = z
  .object({
    date: localDateOut,
    week: z.object({ from: localDateOut, to: localDateOut }),
    rooms: z.array(
      z.object({ id: idOut, name: z.string(), capacity: int, equipment, today: z.array(publicSlot), week: z.array(publicSlot), closures: z.array(z.object({ startsAt: instantOut, endsAt: instantOut })) }),
    ),
  })
  .meta({ id: 'RoomOccupation', description: "The day's and the week's taken slots of every room, without saying who booked unless they agreed." });
export const screenAnswer = z
  .object({
    generatedAt: instantOut,
    date: localDateOut,
    rooms: z.array(
      z.object({
        id: idOut,
        name: z.string(),
        accessNotes: z.string().nullable(),
        bookings: z.array(z.object({ from: localTimeOut, to: localTimeOut, startsAt: instantOut, endsAt: instantOut, organisation: publicLabel, now: z.boolean(), past: z.boolean() })),
      }),
    ),
  })
  .meta({ id: 'RoomScreen', description: "The entrance screen: today's bookings room by room, and what is on now." });
export const freeSlotsAnswer = z
  .object({
    room: z.object({ id: idOut, name: z.string(), capacity: int }),
    date: localDateOut,
    opening: z.array(slot),
    taken: z.array(slot),
    free: z.array(slot),
  })
  .meta({ id: 'RoomFreeSlots', description: "A room's opening periods of a day, its taken and its free slots (Brussels HH:MM)." });
export const requestAccepted = z
  .object({
    reference: z.string(),
    status: z.literal('requested'),
    byEmail: z.boolean().meta({ description: 'whether the answer will also be e-mailed (a mail server is configured); otherwise only the follow-up page and a phone call tell it' }),
  })
  .meta({ id: 'RoomRequestAccepted' });
export const requestStatusAnswer = z
  .object({ reference: z.string(), status: z.enum(BOOKING_STATUSES), room: z.string(), date: localDateOut, startTime: localTimeOut, endTime: localTimeOut, message: z.string().nullable() })
  .meta({ id: 'RoomRequestStatus', description: 'What a public requester sees of their request, by its reference.' });
