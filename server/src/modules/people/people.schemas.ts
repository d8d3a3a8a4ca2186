import { z } from 'zod';
import { bodyId, idOut, instantOut, isoDate, localDateOut, requiredText, text, pagination, queryId } from '../../platform/http/schemas';
import { GENDERS, PROFESSIONAL_STATUSES, STUDY_LEVELS } from './people.table';
import { isValidNiss, normaliseNiss } from './niss';
import { DUPLICATE_REASONS } from './people.matching';

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
  professionalStatus: z.enum(PROFESSIONAL_STATUSES).default('unknown'),
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

export const exportQuery = z.strictObject({
  /** only a social worker's export may hold confidential social notes */
  includeConfidential: z.enum(['true', 'false']).optional(),
  /** the language of the export; by default the person's own (their languages), else the staff member's */
  locale: z.enum(['fr', 'nl', 'en']).optional(),
});

export const suspectedQuery = z.strictObject({ ...pagination });
export const dismissBody = z.strictObject({ otherId: bodyId });

// --- answers ---------------------------------------------------------------------------------------

const nullableText = z.string().nullable();

export const personHitSchema = z
  .object({
    id: idOut,
    firstName: z.string(),
    lastName: z.string(),
    birthDate: localDateOut.nullable(),
    commune: nullableText,
    erased: z.boolean(),
    merged: z.boolean(),
  })
  .meta({ id: 'PersonHit', description: 'What a search tells about a person: enough to pick the right one (the record comes on open).' });

export const searchAnswer = z
  .object({
    items: z.array(personHitSchema),
    total: z.number().int(),
    /** true: there are more than `total` matches (a search counts up to a cap) */
    totalIsMinimum: z.boolean(),
  })
  .meta({ id: 'PeopleSearch' });

export const personSchema = z
  .object({
    id: idOut,
    firstName: z.string(),
    lastName: z.string(),
    birthDate: localDateOut.nullable(),
    birthYear: z.number().int().nullable(),
    age: z.number().int().nullable(),
    gender: z.enum(GENDERS),
    studyLevel: z.enum(STUDY_LEVELS),
    professionalStatus: z.enum(PROFESSIONAL_STATUSES),
    postalCode: nullableText,
    commune: nullableText,
    neighbourhood: nullableText,
    phone: nullableText,
    email: nullableText,
    languages: z.array(z.string()),
    niss: nullableText,
    firstContactDate: localDateOut,
    notes: nullableText,
    mergedIntoId: idOut.nullable(),
    erasedAt: instantOut.nullable(),
    lastActivityAt: instantOut,
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .meta({ id: 'Person', description: "A person's whole record (given on open, and each read is audited)." });

export const consentSchema = z
  .object({ id: idOut, personId: idOut, purpose: z.enum(CONSENT_PURPOSES).or(z.string()), givenAt: instantOut, recordedBy: idOut.nullable(), withdrawnAt: instantOut.nullable() })
  .meta({ id: 'PersonConsent' });

export const personDetailSchema = personSchema.extend({ consents: z.array(consentSchema) }).meta({ id: 'PersonDetail' });

export const duplicateSchema = z
  .object({
    id: idOut,
    firstName: z.string(),
    lastName: z.string(),
    birthDate: localDateOut.nullable(),
    postalCode: nullableText,
    commune: nullableText,
    score: z.number(),
    reason: z.enum(['same_name_and_birth_date', 'similar_name']),
  })
  .meta({ id: 'PersonDuplicate', description: 'A record that may describe the same person as the one being typed.' });
export const duplicatesAnswer = z.object({ items: z.array(duplicateSchema) });

export const suspectedAnswer = z
  .object({
    items: z.array(z.object({ a: personHitSchema, b: personHitSchema, reasons: z.array(z.enum(DUPLICATE_REASONS)) })),
    total: z.number().int(),
  })
  .meta({ id: 'PeopleSuspectedDuplicates', description: 'Pairs of records that may be one person, strongest first.' });

export const communesAnswer = z.object({ items: z.array(z.object({ fr: z.string(), nl: z.string(), postalCodes: z.array(z.string()) }).meta({ id: 'Commune' })) });

export const timelineEntrySchema = z
  .object({
    at: z.string().meta({ description: 'a local date YYYY-MM-DD or an instant' }),
    module: z.string(),
    kind: z.string(),
    summary: z.string().nullable().optional(),
    redacted: z.boolean().optional(),
    link: z.string().optional(),
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'TimelineEntry' });
export const timelineAnswer = z.object({ items: z.array(timelineEntrySchema) });

export const retentionAnswer = z.object({ years: z.number().int(), cutoff: instantOut, items: z.array(personSchema), total: z.number().int() });
export const retentionYears = z.object({ years: z.number().int() });

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const gdprSectionSchema = z
  .object({
    key: z.string(),
    module: z.string(),
    title: z.string(),
    columns: z.array(z.object({ key: z.string(), label: z.string() })),
    rows: z.array(z.record(z.string(), cell)),
    withheld: z.string().optional(),
  })
  .meta({ id: 'GdprSection', description: 'One part of what Relais holds about a person, with its labels in the language of the export.' });

export const gdprExportSchema = z
  .object({
    exportedAt: instantOut,
    locale: z.enum(['fr', 'nl', 'en']),
    person: z.object({ id: idOut, firstName: z.string(), lastName: z.string(), erased: z.boolean() }),
    sections: z.array(gdprSectionSchema),
  })
  .meta({ id: 'GdprExport', description: 'Everything Relais holds about a person, from every module (GDPR right of access).' });
