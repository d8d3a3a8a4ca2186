import { z } from 'zod';
import { idOut, instantOut, isoDate, isoDateTime, localDateOut, localTimeOut, requiredText, text } from '../../platform/http/schemas';
import { figureSchema } from '../../platform/stats';
import { AGE_BRACKETS, VISIT_GENDERS, VISIT_STATUSES, WORKSTATION_STATES } from './epn.table';

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

/**
 * Who the visitor is: a person of the registry, or anonymous with sex and age bracket only, each of them given
 * or said to be unknown (null): the figures then count it as unknown instead of a guess.
 */
const visitor = {
  personId: id.optional(),
  gender: z.enum(VISIT_GENDERS).nullable().optional(),
  ageBracket: z.enum(AGE_BRACKETS).nullable().optional(),
  /** a short name for the board (e.g. a nickname of an anonymous visitor) */
  label: text(60).optional(),
};
const describesVisitor = (v: { personId?: number; gender?: string | null; ageBracket?: string | null }) =>
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


// --- answers ---------------------------------------------------------------------------------------

const int = z.number().int();
/** A timestamp column of a row (a Date, written as RFC 3339). */
const at = z.date();

export const allQuery = z.strictObject({ all: z.enum(['true', 'false']).optional() });

export const workstationSchema = z
  .object({ id: idOut, name: z.string(), state: z.enum(WORKSTATION_STATES), stateNote: z.string().nullable(), position: int, active: z.boolean() })
  .meta({ id: 'EpnWorkstation', description: 'A PC of the public digital space; "in use" is derived from open visits.' });
export const workstationsAnswer = z.object({ items: z.array(workstationSchema) });

export const helpKindSchema = z
  .object({
    id: idOut,
    /** the code of a built-in kind (the web translates it); null for kinds added by users */
    code: z.string().nullable(),
    label: z.string(),
    position: int,
    active: z.boolean(),
  })
  .meta({ id: 'EpnHelpKind', description: 'A kind of help given during a visit.' });
export const helpKindsAnswer = z.object({ items: z.array(helpKindSchema) });

const openingPeriodOut = z.object({ weekday: int, from: localTimeOut, to: localTimeOut });
export const openingHoursAnswer = z.object({ periods: z.array(openingPeriodOut) }).meta({ id: 'EpnOpeningHours', description: 'The opening periods of the week, Brussels time.' });

export const visitSchema = z
  .object({
    id: idOut,
    status: z.enum(VISIT_STATUSES),
    workstationId: idOut.nullable(),
    personId: idOut.nullable(),
    gender: z.enum(VISIT_GENDERS).nullable(),
    ageBracket: z.enum(AGE_BRACKETS).nullable(),
    label: z.string().nullable(),
    queuedAt: at.nullable(),
    startedAt: at.nullable(),
    endedAt: at.nullable(),
    autoClosed: z.boolean(),
    notes: z.string().nullable(),
    helpKindIds: z.array(idOut),
  })
  .meta({ id: 'EpnVisit', description: 'A visit: on the waiting list, at a PC, finished, or gone before getting a PC.' });
export const visitsAnswer = z.object({ items: z.array(visitSchema), total: int });

const boardVisit = z.object({
  id: idOut,
  personId: idOut.nullable(),
  label: z.string().nullable(),
  gender: z.enum(VISIT_GENDERS).nullable(),
  ageBracket: z.enum(AGE_BRACKETS).nullable(),
  helpKindIds: z.array(idOut),
  since: instantOut,
  minutes: int,
});
export const boardAnswer = z
  .object({
    now: instantOut,
    day: localDateOut,
    isOpen: z.boolean(),
    openingHours: z.array(openingPeriodOut),
    workstations: z.array(
      z.object({ id: idOut, name: z.string(), state: z.enum(['free', 'in_use', 'out_of_order']), stateNote: z.string().nullable(), visit: boardVisit.nullable() }),
    ),
    waiting: z.array(boardVisit.extend({ position: int })),
    todayCount: int,
  })
  .meta({ id: 'EpnBoard', description: 'The live room: each PC (free, in use since..., out of order), the waiting list and the visits of the day.' });

const counts = z.array(int);
/** A year or a period of the space in the platform's shape: each figure `{ value, previous, change, unit }` beside the same period a year before. */
export const statsAnswer = z
  .object({
    /** the year when the period is one calendar year, else null */
    year: int.nullable(),
    from: localDateOut,
    to: localDateOut,
    visits: figureSchema,
    identifiedVisits: figureSchema,
    anonymousVisits: figureSchema,
    distinctPeople: figureSchema,
    coachingSessions: figureSchema,
    autoClosed: figureSchema,
    averageMinutes: figureSchema,
    /** visits per calendar month, January first, of the period and of the same period a year before */
    perMonth: counts,
    previousPerMonth: counts,
    bySex: z.object({ F: int, M: int, X: int, unknown: int }),
    byAgeBracket: z.object(Object.fromEntries([...AGE_BRACKETS, 'unknown'].map((k) => [k, int])) as Record<(typeof AGE_BRACKETS)[number] | 'unknown', typeof int>),
    byHelpKind: z.array(z.object({ id: idOut, code: z.string().nullable(), label: z.string(), count: int })),
  })
  .meta({ id: 'EpnStats', description: 'A year or a period of the space (visits counted on the Brussels date they started), each figure beside the same period a year before.' });
