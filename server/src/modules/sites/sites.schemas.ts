import { z } from 'zod';
import { idOut, instantOut, localTime, requiredText, text } from '../../platform/http/schemas';

export const SITE_KINDS = ['main', 'desk', 'antenna'] as const;

export const openingPeriod = z
  .strictObject({ weekday: z.number().int().min(1).max(7), from: localTime, to: localTime })
  .refine((p) => p.from < p.to, { message: 'error.end_before_start', path: ['to'] });

export const siteBody = z.strictObject({
  name: requiredText(120),
  kind: z.enum(SITE_KINDS),
  address: text(300).nullable().optional(),
  postalCode: z.string().regex(/^\d{4}$/, 'error.postal_code_invalid').nullable().optional(),
  openingHours: z.array(openingPeriod).max(50).default([]),
  active: z.boolean().optional(),
});
export const sitePatch = siteBody.partial();
export const sitesQuery = z.strictObject({ all: z.enum(['true', 'false']).optional() });

// --- answers ---------------------------------------------------------------------------------------

export const siteSchema = z
  .object({
    id: idOut,
    name: z.string(),
    kind: z.enum(SITE_KINDS),
    address: z.string().nullable(),
    postalCode: z.string().nullable(),
    openingHours: z.array(z.object({ weekday: z.number().int(), from: z.string(), to: z.string() })).meta({ description: 'local Brussels hours, 1 = Monday' }),
    active: z.boolean(),
    createdAt: instantOut,
  })
  .meta({ id: 'Site', description: "A place where the Centrale works, with its opening hours." });
export const sitesAnswer = z.object({ items: z.array(siteSchema) }).meta({ id: 'Sites' });
