import { z } from 'zod';
import { idOut, instantOut, isoDate, isoDateTime, localDateOut, localTime, localTimeOut, text } from '../../platform/http/schemas';
import { listCode } from '../../platform/lists';
import { checkPeriod, periodFields } from '../../platform/stats';
import { INTERNAL_SERVICES } from './frontdesk.table';

const id = z.number().int().positive();

const visitFields = {
  /** When the visitor came, as an instant with offset; or as a local `date` and `time` (Brussels); now when omitted. */
  at: isoDateTime.optional(),
  date: isoDate.optional(),
  time: localTime.optional(),
  siteId: id,
  /** null or absent: an anonymous visitor. */
  personId: id.nullable().optional(),
  reason: listCode('error.frontdesk.unknown_reason'),
  orientationService: z.enum(INTERNAL_SERVICES).nullable().optional(),
  orientationOrganisationId: id.nullable().optional(),
  note: text(1000).nullable().optional(),
};
/** `at`, or `date` with `time`, or none of them. */
const oneWayOfTelling = (v: { at?: Date; date?: string; time?: string }, ctx: z.RefinementCtx) => {
  if (v.at && (v.date || v.time)) ctx.addIssue({ code: 'custom', message: 'error.at_or_local_time', path: ['at'] });
  else if (!v.date !== !v.time) ctx.addIssue({ code: 'custom', message: 'error.date_and_time_together', path: [v.date ? 'time' : 'date'] });
};
export const visitBody = z.strictObject(visitFields).superRefine(oneWayOfTelling);
export type VisitInput = z.infer<typeof visitBody>;

export const visitPatch = z.strictObject(visitFields).partial().superRefine(oneWayOfTelling);
export type VisitPatch = z.infer<typeof visitPatch>;

export const dayQuery = z.strictObject({ siteId: z.coerce.number().int().positive(), date: isoDate.optional() });

const statsFields = {
  ...periodFields,
  groupBy: z.enum(['day', 'month', 'year']).default('month'),
  siteId: z.coerce.number().int().positive().optional(),
};
/** The statistics of a period (`year`, or `from`/`to`: see platform/stats.ts), grouped by day, month or year. */
export const statsQuery = z.strictObject(statsFields).superRefine(checkPeriod);
export type StatsQuery = z.infer<typeof statsQuery>;

export const exportQuery = z.strictObject({ ...statsFields, format: z.enum(['xlsx', 'csv']).default('xlsx') }).superRefine(checkPeriod);

// --- answers ---------------------------------------------------------------------------------------

const int = z.number().int();
const labels = { labelFr: z.string(), labelNl: z.string(), labelEn: z.string() };

export const visitSchema = z
  .object({
    id: idOut,
    at: instantOut,
    localDate: localDateOut,
    localTime: localTimeOut,
    siteId: idOut,
    siteName: z.string().nullable(),
    personId: idOut.nullable(),
    person: z.object({ id: idOut, firstName: z.string(), lastName: z.string(), erased: z.boolean() }).nullable(),
    reason: z.object({ id: idOut, code: z.string(), ...labels }),
    orientationService: z.enum(INTERNAL_SERVICES).nullable(),
    orientationOrganisation: z.object({ id: idOut, name: z.string() }).nullable(),
    outOfHours: z.boolean(),
    note: z.string().nullable(),
  })
  .meta({ id: 'FrontdeskVisit', description: 'A visitor received at the front desk.' });

export const dayAnswer = z
  .object({
    date: localDateOut,
    site: z.object({ id: idOut, name: z.string() }),
    openingHours: z.array(z.object({ from: z.string(), to: z.string() })),
    count: int,
    anonymous: int,
    outOfHours: int,
    byReason: z.array(z.object({ code: z.string(), count: int })),
    items: z.array(visitSchema),
  })
  .meta({ id: 'FrontdeskDay', description: "One site's day at the desk, latest visit first." });

export const orientationSchema = z.object({
  key: z.string(),
  kind: z.enum(['none', 'service', 'organisation']),
  code: z.string().nullable(),
  organisationId: idOut.nullable(),
  name: z.string().nullable(),
  count: int,
});

const counts = z.record(z.string(), int);
export const statsAnswer = z
  .object({
    from: localDateOut,
    to: localDateOut,
    groupBy: z.enum(['day', 'month', 'year']),
    siteId: idOut.nullable(),
    total: int,
    anonymous: int,
    identified: int,
    distinctPeople: int,
    outOfHours: int,
    periods: z.array(
      z.object({
        period: z.string(),
        total: int,
        anonymous: int,
        outOfHours: int,
        distinctPeople: int,
        byReason: counts,
        byOrientation: counts,
      }),
    ),
    byReason: z.array(z.object({ code: z.string(), ...labels, count: int })),
    byOrientation: z.array(orientationSchema),
  })
  .meta({ id: 'FrontdeskStats', description: 'Visits over a period, by period, reason and orientation.' });
