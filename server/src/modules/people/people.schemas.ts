import { z } from 'zod';
import { isoDate, requiredText, text, pagination, queryId } from '../../platform/http/schemas';
import { GENDERS, PROFESSIONAL_STATUSES, STUDY_LEVELS } from './people.table';
import { isValidNiss, normaliseNiss } from './niss';

export const CONSENT_PURPOSES = ['data_processing', 'contact_by_email', 'contact_by_sms', 'share_with_partners', 'photos'] as const;

const niss = z
  .string()
  .trim()
  .max(20)
  .transform((v) => normaliseNiss(v))
  .refine((v) => v === '' || isValidNiss(v), 'error.niss_invalid')
  .transform((v) => (v === '' ? null : v));

export const personBody = z.strictObject({
  firstName: requiredText(100),
  lastName: requiredText(100),
  birthDate: isoDate.nullable().optional(),
  gender: z.enum(GENDERS).default('unspecified'),
  studyLevel: z.enum(STUDY_LEVELS).default('unknown'),
  professionalStatus: z.enum(PROFESSIONAL_STATUSES).default('other'),
  postalCode: z.string().trim().regex(/^\d{4}$/, 'error.postal_code_invalid').nullable().optional(),
  commune: text(100).nullable().optional(),
  neighbourhood: text(100).nullable().optional(),
  phone: z.string().trim().max(40).regex(/^[0-9+()./\s-]*$/).nullable().optional(),
  email: z.string().trim().toLowerCase().email().max(200).nullable().optional().or(z.literal('').transform(() => null)),
  languages: z.array(z.string().trim().min(2).max(40)).max(20).default([]),
  niss: niss.nullable().optional(),
  firstContactDate: isoDate.optional(),
  notes: text(5000).nullable().optional(),
  /** Set when staff saw the duplicate warning and still want a new record. */
  confirmNotDuplicate: z.boolean().optional(),
  consents: z.array(z.enum(CONSENT_PURPOSES)).max(CONSENT_PURPOSES.length).optional(),
});
export type PersonInput = z.infer<typeof personBody>;

export const personPatch = personBody.omit({ confirmNotDuplicate: true, consents: true }).partial().extend({
  gender: z.enum(GENDERS).optional(),
  studyLevel: z.enum(STUDY_LEVELS).optional(),
  professionalStatus: z.enum(PROFESSIONAL_STATUSES).optional(),
  languages: z.array(z.string().trim().min(2).max(40)).max(20).optional(),
});
export type PersonPatch = z.infer<typeof personPatch>;

export const searchQuery = z.strictObject({
  q: z.string().max(200).optional(),
  ...pagination,
});

export const duplicatesQuery = z.strictObject({
  firstName: z.string().trim().max(100),
  lastName: z.string().trim().max(100),
  birthDate: isoDate.optional(),
  excludeId: queryId.optional(),
});
