import { z } from 'zod';
import { idOut, instantOut, localDateOut, queryId, requiredText, text, isoDate, bodyId } from '../../platform/http/schemas';
import { GENDERS, PROFESSIONAL_STATUSES, STUDY_LEVELS } from '../people/people.service';
import { isValidNiss, normaliseNiss } from '../people/niss';
import { IMPORT_KINDS, IMPORT_STATUSES } from './imports.table';
import { PERSON_FIELDS } from './imports.fields';

/** A field a column gives: one of the people file's, or of the kind of history's (checked against the kind). */
const field = z.string().regex(/^[a-zA-Z]{2,40}$/, 'error.import.field_unknown');
void PERSON_FIELDS;

export const uploadBody = z.strictObject({
  kind: z.enum(IMPORT_KINDS),
  source: z.string().trim().min(1).max(60).regex(/^[\p{L}\p{N} ._-]+$/u, 'error.import.source_invalid'),
  fileName: requiredText(200),
  /** the file, base64-encoded (20 MB at most) */
  content: z.string().min(1).max(28_000_000).regex(/^[A-Za-z0-9+/=\r\n]+$/, 'error.import.not_base64'),
});

export const rowParams = z.strictObject({ id: queryId, row: z.coerce.number().int().min(0).max(1_000_000) });
export const pageQuery = z.strictObject({
  filter: z.enum(['all', 'errors', 'duplicates']).default('all'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export const mappingBody = z.strictObject({ mapping: z.array(field.nullable()).max(200) });
export const fixBody = z.strictObject({ values: z.record(field, z.string().max(5000)).refine((v) => Object.keys(v).length <= 50) });
export const decisionBody = z.strictObject({
  decision: z.discriminatedUnion('action', [
    z.strictObject({ action: z.literal('skip') }),
    z.strictObject({ action: z.literal('new') }),
    z.strictObject({ action: z.literal('link'), personId: bodyId }),
    z.strictObject({ action: z.literal('merge'), personId: bodyId }),
  ]).nullable(),
});

export const countsSchema = z
  .object({
    rows: z.number().int(),
    new: z.number().int(),
    update: z.number().int(),
    duplicate: z.number().int(),
    error: z.number().int(),
    waiting: z.number().int().meta({ description: 'rows of history whose person is not in the registry yet' }),
    willCreate: z.number().int(),
    willUpdate: z.number().int(),
    willRefuse: z.number().int(),
    willSkip: z.number().int(),
    noted: z.number().int().optional().meta({ description: 'rows written otherwise than they say, each with its note (a participation beyond the places goes on the waiting list); absent from imports recorded before it was counted' }),
    created: z.number().int().optional(),
    updated: z.number().int().optional(),
  })
  .meta({ id: 'ImportCounts' });

export const batchSchema = z
  .object({
    id: idOut,
    kind: z.enum(IMPORT_KINDS),
    source: z.string(),
    fileName: z.string(),
    status: z.enum(IMPORT_STATUSES),
    headers: z.array(z.string()),
    mapping: z.array(field.nullable()),
    counts: countsSchema.nullable(),
    createdAt: instantOut,
    committedAt: instantOut.nullable(),
    undoneAt: instantOut.nullable(),
  })
  .meta({ id: 'ImportBatch' });

export const uploadAnswer = batchSchema.extend({ mappingRemembered: z.boolean() });

const cells = z.record(z.string(), z.string());
export const rowSchema = z
  .object({
    index: z.number().int(),
    cells,
    errors: z.record(z.string(), z.string()).meta({ description: 'per field, the reason in the reader\'s language' }),
    notes: z.record(z.string(), z.string()).meta({ description: "per field, how the row is written otherwise than it says (a participation beyond the session's places: on the waiting list), in the reader's language" }),
    status: z.enum(['new', 'update', 'duplicate', 'error', 'skipped', 'waiting']),
    plan: z.enum(['create', 'update', 'refuse', 'skip']),
    duplicateOf: z
      .object({
        personId: idOut.nullable(),
        row: z.number().int().nullable(),
        name: z.string(),
        birthDate: localDateOut.nullable(),
        reason: z.enum(['same_niss', 'same_birth_date_and_name', 'same_external_id']),
      })
      .nullable(),
    updates: idOut.nullable(),
    decision: decisionBody.shape.decision,
    fixed: z.array(field),
  })
  .meta({ id: 'ImportRow' });

export const batchDetail = batchSchema.extend({ rows: z.array(rowSchema), total: z.number().int() }).meta({ id: 'ImportBatchDetail' });
export const listAnswer = z.object({
  items: z.array(batchSchema),
  fields: z.array(field),
  /** the fields of each kind of file */
  kinds: z.array(z.object({ kind: z.enum(IMPORT_KINDS), fields: z.array(field), required: z.array(field) })),
});
export const fixAnswer = z.object({ row: rowSchema, counts: countsSchema });
export const progressAnswer = z.object({ phase: z.enum(['idle', 'checking', 'writing', 'done']), done: z.number().int(), total: z.number().int() });

const niss = z
  .string()
  .trim()
  .max(20)
  .transform((v) => normaliseNiss(v))
  .refine((v) => isValidNiss(v), 'error.niss_invalid');

export const bulkPerson = z.strictObject({
  externalId: requiredText(100),
  firstName: requiredText(100),
  lastName: requiredText(100),
  birthDate: isoDate.nullable().optional(),
  gender: z.enum(GENDERS).optional(),
  studyLevel: z.enum(STUDY_LEVELS).optional(),
  professionalStatus: z.enum(PROFESSIONAL_STATUSES).optional(),
  postalCode: z.string().trim().regex(/^\d{4}$/, 'error.postal_code_invalid').nullable().optional(),
  commune: text(100).nullable().optional(),
  phone: z.string().trim().max(40).regex(/^[0-9+()./\s-]*$/).nullable().optional(),
  email: z.string().trim().toLowerCase().email().max(200).nullable().optional(),
  languages: z.array(z.string().trim().min(2).max(40)).max(20).optional(),
  niss: niss.nullable().optional(),
  firstContactDate: isoDate.optional(),
  notes: text(5000).nullable().optional(),
});
export const bulkPeopleBody = z.strictObject({
  source: uploadBody.shape.source,
  items: z.array(bulkPerson).min(1).max(5000),
});
export const bulkPeopleAnswer = z.object({
  items: z.array(
    z
      .object({
        externalId: z.string(),
        id: idOut.nullable().meta({ description: 'null when the item is refused' }),
        result: z.enum(['created', 'updated', 'unchanged', 'linked', 'refused']).meta({ description: 'refused: an id given again in the batch (the first item with it is written)' }),
        errors: z.record(z.string(), z.string()).meta({ description: "per field, the reason in the reader's language" }),
      })
      .meta({ id: 'BulkPersonResult' }),
  ),
});

/** The bulk API for a kind of history: items with the columns of a file (texts, read by the same rules). */
export const bulkHistoryBody = (fields: readonly string[], withPerson = true) =>
  z.strictObject({
    source: uploadBody.shape.source,
    items: z
      .array(
        z.strictObject({
          externalId: requiredText(100),
          ...(withPerson ? { personExternalId: text(100).optional(), personNiss: z.string().trim().max(20).optional() } : {}),
          ...Object.fromEntries(fields.map((f) => [f, z.string().max(5000).optional()])),
        }),
      )
      .min(1)
      .max(5000),
  });
export const bulkHistoryAnswer = z.object({
  items: z.array(
    z
      .object({
        externalId: z.string(),
        id: idOut.nullable(),
        result: z.enum(['created', 'updated', 'unchanged', 'refused', 'waiting']),
        errors: z.record(z.string(), z.string()).meta({ description: "per field, the reason in the reader's language" }),
        notes: z.record(z.string(), z.string()).meta({ description: "per field, how the item was written otherwise than it says (a participation beyond the session's places: on the waiting list), in the reader's language" }),
      })
      .meta({ id: 'BulkHistoryResult' }),
  ),
});
