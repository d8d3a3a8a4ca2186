import { z } from 'zod';
import { idOut, instantOut, isoDate, localDateOut, pagination, text } from '../../platform/http/schemas';
import { checkPeriod, figureSchema, periodFields } from '../../platform/stats';
import { INTERVIEW_KINDS } from './socialdesk.table';

const id = z.number().int().positive();
const categoryCode = z.string().trim().regex(/^[a-z0-9_]{2,40}$/, 'error.socialdesk.unknown_category');

const interviewFields = {
  personId: id,
  date: isoDate,
  siteId: id,
  kind: z.enum(INTERVIEW_KINDS),
  /** Problem categories (codes of the configurable list), at least one. */
  categories: z.array(categoryCode).min(1).max(20),
  actions: text(5000).nullable().optional(),
  referrals: z
    .array(z.strictObject({ organisationId: id, note: text(500).nullable().optional() }))
    .max(20)
    .default([]),
  nextStep: text(1000).nullable().optional(),
  nextStepDate: isoDate.nullable().optional(),
};

export const interviewBody = z
  .strictObject(interviewFields)
  .refine((b) => !b.nextStepDate || b.nextStepDate >= b.date, { message: 'error.socialdesk.next_step_before_interview', path: ['nextStepDate'] });
export type InterviewInput = z.infer<typeof interviewBody>;

export const interviewPatch = z.strictObject({ ...interviewFields, referrals: interviewFields.referrals.unwrap() }).omit({ personId: true }).partial();
export type InterviewPatch = z.infer<typeof interviewPatch>;

export const interviewsQuery = z
  .strictObject({
    personId: z.coerce.number().int().positive().optional(),
    siteId: z.coerce.number().int().positive().optional(),
    category: categoryCode.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    ...pagination,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'error.end_before_start', path: ['to'] });
export type InterviewsQuery = z.infer<typeof interviewsQuery>;

export const noteBody = z.strictObject({ body: z.string().trim().min(1).max(20000) });

export const followupOpenBody = z.strictObject({ startDate: isoDate });
export const followupPatch = z
  .strictObject({ startDate: isoDate, endDate: isoDate.nullable(), closingNote: text(1000).nullable() })
  .partial()
  .refine((b) => !b.startDate || !b.endDate || b.endDate >= b.startDate, { message: 'error.end_before_start', path: ['endDate'] });
export type FollowupPatch = z.infer<typeof followupPatch>;

/** `?year=` as every statistics of the platform (`platform/stats.ts`), the current year without it */
export const drillQuery = z.strictObject({ ...periodFields, key: z.string().max(100) }).superRefine(checkPeriod);
export const statsExportQuery = z.strictObject({ ...periodFields, key: z.string().max(100).optional(), format: z.enum(['xlsx', 'csv']).default('xlsx') }).superRefine(checkPeriod);

// --- answers ---------------------------------------------------------------------------------------

const int = z.number().int();
const labelsOut = { labelFr: z.string(), labelNl: z.string(), labelEn: z.string() };

export const interviewSchema = z
  .object({
    id: idOut,
    personId: idOut,
    person: z.object({ id: idOut, firstName: z.string(), lastName: z.string(), erased: z.boolean() }).nullable(),
    date: localDateOut,
    siteId: idOut,
    siteName: z.string().nullable(),
    kind: z.enum(INTERVIEW_KINDS),
    categories: z.array(z.object({ code: z.string(), ...labelsOut })),
    actions: z.string().nullable(),
    referrals: z.array(z.object({ organisationId: idOut, name: z.string().nullable(), note: z.string().nullable() })),
    nextStep: z.string().nullable(),
    nextStepDate: localDateOut.nullable(),
    hasConfidentialNotes: z.boolean().meta({ description: 'whether the social worker wrote confidential notes (their text: GET .../notes, social worker only)' }),
    createdBy: idOut.nullable(),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .meta({ id: 'SocialdeskInterview' });
export const interviewsAnswer = z.object({ items: z.array(interviewSchema), total: int });

export const noteSchema = z
  .object({ id: idOut, interviewId: idOut, body: z.string(), createdBy: idOut.nullable(), createdAt: instantOut, updatedAt: instantOut })
  .meta({ id: 'SocialdeskNote', description: 'A confidential note: the social worker only.' });
export const notesAnswer = z.object({ items: z.array(noteSchema) });

export const followupSchema = z
  .object({ id: idOut, personId: idOut, startDate: localDateOut, endDate: localDateOut.nullable(), status: z.enum(['open', 'closed']), closingNote: z.string().nullable() })
  .meta({ id: 'SocialdeskFollowup' });
export const followupsAnswer = z
  .object({ personId: idOut, status: z.enum(['open', 'closed', 'none']), firstStartDate: localDateOut.nullable(), current: followupSchema.nullable(), items: z.array(followupSchema) })
  .meta({ id: 'SocialdeskFollowups' });

/** a figure of `platform/stats.ts` with the key its drill-down answers to */
const figureOut = { key: z.string(), value: int, previous: int, change: z.number().nullable(), unit: z.literal('count') };
const siteFigure = z.object({ siteId: idOut, siteName: z.string(), ...figureOut });
const noShowFigures = z.object({ booked: figureSchema, attended: figureSchema, noShows: figureSchema, noShowRate: figureSchema });
export const statsAnswer = z
  .object({
    /** the year when the period is one calendar year, else null */
    year: int.nullable(),
    from: localDateOut,
    to: localDateOut,
    newArrivals: z.object({
      total: z.object(figureOut),
      byAgeClass: z.array(z.object({ ageClass: z.string(), ...figureOut })),
      byGender: z.array(z.object({ gender: z.string(), ...figureOut })),
      byStudyLevel: z.array(z.object({ studyLevel: z.string(), ...figureOut })),
      byProfessionalStatus: z.array(z.object({ professionalStatus: z.string(), ...figureOut })),
    }),
    peopleSeen: z.object({ total: z.object(figureOut), bySite: z.array(siteFigure) }),
    interviews: z.object({ total: z.object(figureOut), bySite: z.array(siteFigure), byKind: z.array(z.object({ kind: z.enum(INTERVIEW_KINDS), ...figureOut })) }),
    categories: z.array(z.object({ code: z.string(), ...labelsOut, interviews: z.object(figureOut), people: z.object(figureOut) })),
    noShows: noShowFigures.nullable(),
  })
  .meta({ id: 'SocialdeskStats', description: "A year's figures beside the year before's; each figure's key is what the drill-down answers to." });

export const drillAnswer = z
  .object({
    /** the year when the period is one calendar year, else null */
    year: int.nullable(),
    key: z.string(),
    kind: z.enum(['people', 'interviews']),
    count: int,
    people: z.array(
      z.object({
        personId: idOut,
        firstName: z.string(),
        lastName: z.string(),
        erased: z.boolean(),
        gender: z.string().nullable(),
        birthYear: int.nullable(),
        ageClass: z.string(),
        studyLevel: z.string().nullable(),
        professionalStatus: z.string().nullable(),
        followupStart: localDateOut.nullable(),
        interviews: int,
      }),
    ),
    interviews: z.array(interviewSchema),
  })
  .meta({ id: 'SocialdeskDrill' });
