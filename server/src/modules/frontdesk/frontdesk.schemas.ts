import { z } from 'zod';
import { isoDate, isoDateTime, requiredText, text } from '../../platform/http/schemas';
import { INTERNAL_SERVICES } from './frontdesk.table';

export const code = (message: string) => z.string().trim().regex(/^[a-z0-9_]{2,40}$/, message);
const id = z.number().int().positive();

export const visitBody = z.strictObject({
  /** When the visitor came; now when omitted. */
  at: isoDateTime.optional(),
  siteId: id,
  /** null or absent: an anonymous visitor. */
  personId: id.nullable().optional(),
  reason: code('error.frontdesk.unknown_reason'),
  orientationService: z.enum(INTERNAL_SERVICES).nullable().optional(),
  orientationOrganisationId: id.nullable().optional(),
  note: text(1000).nullable().optional(),
});
export type VisitInput = z.infer<typeof visitBody>;

export const visitPatch = visitBody.partial();
export type VisitPatch = z.infer<typeof visitPatch>;

export const dayQuery = z.strictObject({ siteId: z.coerce.number().int().positive(), date: isoDate.optional() });

export const statsQuery = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    groupBy: z.enum(['day', 'month', 'year']).default('month'),
    siteId: z.coerce.number().int().positive().optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'error.end_before_start', path: ['to'] });
export type StatsQuery = z.infer<typeof statsQuery>;

export const exportQuery = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    groupBy: z.enum(['day', 'month', 'year']).default('month'),
    siteId: z.coerce.number().int().positive().optional(),
    format: z.enum(['xlsx', 'csv']).default('xlsx'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'error.end_before_start', path: ['to'] });

export const labelsBody = {
  labelFr: requiredText(120),
  labelNl: requiredText(120),
  labelEn: requiredText(120),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
};
export const listItemBody = z.strictObject({ code: code('error.code_invalid'), ...labelsBody });
export const listItemPatch = z.strictObject({ ...labelsBody, active: z.boolean() }).partial();
export type ListItemInput = z.infer<typeof listItemBody>;
export type ListItemPatch = z.infer<typeof listItemPatch>;
