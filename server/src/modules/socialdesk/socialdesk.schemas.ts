import { z } from 'zod';
import { isoDate, pagination, text, year } from '../../platform/http/schemas';
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

export const statsQuery = z.strictObject({ year });
export const drillQuery = z.strictObject({ year, key: z.string().max(100) });
export const statsExportQuery = z.strictObject({ year, key: z.string().max(100).optional(), format: z.enum(['xlsx', 'csv']).default('xlsx') });

const labels = {
  labelFr: z.string().trim().min(1).max(120),
  labelNl: z.string().trim().min(1).max(120),
  labelEn: z.string().trim().min(1).max(120),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
};
export const categoryBody = z.strictObject({ code: z.string().trim().regex(/^[a-z0-9_]{2,40}$/, 'error.code_invalid'), ...labels });
export const categoryPatch = z.strictObject({ ...labels, active: z.boolean() }).partial();
export type CategoryInput = z.infer<typeof categoryBody>;
export type CategoryPatch = z.infer<typeof categoryPatch>;
