import { z } from 'zod';
import { isoDate, isoDateTime, requiredText, text, year } from '../../platform/http/schemas';

const id = z.number().int().positive();
const queryId = z.coerce.number().int().positive();
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
  active: z.boolean().optional(),
});
export type DeskInput = z.infer<typeof deskBody>;

export const deskPatch = z.strictObject({
  name: requiredText(120).optional(),
  staffUserId: id.optional(),
  slotMinutes: z.number().int().min(5).max(240).optional(),
  hours: z.array(deskPeriod).min(1).max(30).refine(noOverlappingPeriods, 'error.desk_hours_overlap').optional(),
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
export const statsQuery = z.strictObject({ year });
