import { z } from 'zod';
import { isoDate, isoDateTime, requiredText, text, year } from '../../platform/http/schemas';
import { AGE_BRACKETS, VISIT_GENDERS, WORKSTATION_STATES } from './epn.table';

const id = z.number().int().positive();
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'error.time_invalid');

/** One opening period of a weekday, Brussels time: { weekday: 1, from: '13:30', to: '16:30' }. */
export const openingPeriod = z
  .strictObject({ weekday: z.number().int().min(1).max(7), from: hhmm, to: hhmm })
  .refine((p) => p.to > p.from, { message: 'error.end_before_start', path: ['to'] });
export type OpeningPeriod = z.infer<typeof openingPeriod>;
export const openingHoursBody = z.strictObject({ periods: z.array(openingPeriod).max(28) });

export const workstationBody = z.strictObject({
  name: requiredText(60),
  position: z.number().int().min(0).max(1000).optional(),
});
export const workstationPatch = z.strictObject({
  name: requiredText(60).optional(),
  position: z.number().int().min(0).max(1000).optional(),
  state: z.enum(WORKSTATION_STATES).optional(),
  stateNote: text(300).nullable().optional(),
  active: z.boolean().optional(),
});

export const helpKindBody = z.strictObject({ label: requiredText(100), position: z.number().int().min(0).max(1000).optional() });
export const helpKindPatch = z.strictObject({
  label: requiredText(100).optional(),
  position: z.number().int().min(0).max(1000).optional(),
  active: z.boolean().optional(),
});

const helpKindIds = z.array(id).max(20);

/** Who the visitor is: a person of the registry, or anonymous with sex and age bracket only. */
const visitor = {
  personId: id.optional(),
  gender: z.enum(VISIT_GENDERS).optional(),
  ageBracket: z.enum(AGE_BRACKETS).optional(),
  /** a short name for the board (e.g. a nickname of an anonymous visitor) */
  label: text(60).optional(),
};
const describesVisitor = (v: { personId?: number; gender?: string; ageBracket?: string }) =>
  v.personId !== undefined ? v.gender === undefined && v.ageBracket === undefined : v.gender !== undefined && v.ageBracket !== undefined;
const visitorRule = { message: 'error.epn_visitor_required', path: ['personId'] };

export const checkInBody = z
  .strictObject({
    ...visitor,
    /** a PC; without it the first free PC is taken, or the visitor joins the waiting list */
    workstationId: id.optional(),
    helpKindIds: helpKindIds.default([]),
    notes: text(1000).optional(),
  })
  .refine(describesVisitor, visitorRule);
export type CheckInInput = z.infer<typeof checkInBody>;

export const seatBody = z.strictObject({ workstationId: id.optional() });

export const checkOutBody = z.strictObject({
  helpKindIds: helpKindIds.optional(),
  notes: text(1000).nullable().optional(),
});
export type CheckOutInput = z.infer<typeof checkOutBody>;

export const visitPatch = z.strictObject({
  helpKindIds: helpKindIds.optional(),
  notes: text(1000).nullable().optional(),
  label: text(60).nullable().optional(),
});
export type VisitPatch = z.infer<typeof visitPatch>;

/** A visit entered after the fact (from the paper sheet). */
export const pastVisitBody = z
  .strictObject({
    ...visitor,
    workstationId: id.optional(),
    startedAt: isoDateTime,
    endedAt: isoDateTime,
    helpKindIds: helpKindIds.default([]),
    notes: text(1000).optional(),
  })
  .refine(describesVisitor, visitorRule)
  .refine((v) => v.endedAt >= v.startedAt, { message: 'error.end_before_start', path: ['endedAt'] });
export type PastVisitInput = z.infer<typeof pastVisitBody>;

export const visitsQuery = z.strictObject({
  date: isoDate.optional(),
  personId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const yearParam = z.strictObject({ year });
export const exportQuery = z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx') });
