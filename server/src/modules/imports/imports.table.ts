import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, json, jsonb, check, primaryKey, index } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';

/** What a file may hold: people, or a kind of history whose module registered an adapter (platform/imports.ts). */
export const IMPORT_KINDS = ['people', 'frontdesk_visits', 'socialdesk_interviews', 'epn_visits', 'training_participations', 'appointments', 'room_bookings'] as const;
export const IMPORT_STATUSES = ['draft', 'committed', 'undone'] as const;

/** What staff decided for a row that may be a person already known. */
export type RowDecision = { action: 'skip' } | { action: 'new' } | { action: 'link'; personId: number } | { action: 'merge'; personId: number };

/**
 * One uploaded file, from its upload to its commit (and its undo): the cells as read, the column mapping, the
 * cells fixed by hand, the decisions on duplicates, and, once committed, what each row wrote.
 */
export const importBatches = pgTable(
  'import_batches',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind', { enum: IMPORT_KINDS }).notNull(),
    /** the tool or file the records come from; with the rows' external ids, what makes a second import update */
    source: text('source').notNull(),
    fileName: text('file_name').notNull(),
    status: text('status', { enum: IMPORT_STATUSES }).notNull().default('draft'),
    headers: text('headers').array().notNull(),
    /** the cells as read, of a file uploaded before `import_row_chunks` (since: empty, the rows are there) */
    rows: jsonb('rows').$type<string[][]>().notNull(),
    mapping: jsonb('mapping').$type<(string | null)[]>().notNull(),
    fixes: jsonb('fixes').$type<Record<string, Record<string, string>>>().notNull().default({}),
    decisions: jsonb('decisions').$type<Record<string, RowDecision>>().notNull().default({}),
    counts: jsonb('counts').$type<Record<string, number>>(),
    /** what each row wrote, of an import committed before `import_written_chunks` (since: empty, it is there) */
    written: jsonb('written').$type<unknown[]>(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    committedBy: integer('committed_by').references(() => users.id),
    committedAt: timestamp('committed_at', { withTimezone: true }),
    undoneBy: integer('undone_by').references(() => users.id),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
  },
  (t) => [
    index('import_batches_created_idx').on(t.createdAt),
    check('import_batches_source_format', sql`length(${t.source}) between 1 and 60`),
    check('import_batches_committed', sql`(${t.status} = 'draft') = (${t.committedAt} is null)`),
  ],
);

/** The mapping last used for a file of this shape (same header names), proposed for the next one. */
export const importMappings = pgTable(
  'import_mappings',
  {
    kind: text('kind', { enum: IMPORT_KINDS }).notNull(),
    signature: text('signature').notNull(),
    mapping: jsonb('mapping').$type<(string | null)[]>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.signature] })],
);

/**
 * A draft's rows, as read from its file, a thousand at a time: a file of 50,000 rows is written and read in small
 * parts, never as one value (the embedded database keeps the memory a single large value takes). `json`, not
 * `jsonb`: the cells are stored and given back as they are, never searched. Gone once the file is committed.
 */
export const importRowChunks = pgTable(
  'import_row_chunks',
  {
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    /** the chunk's place: rows n * ROWS_PER_CHUNK onwards */
    n: integer('n').notNull(),
    rows: json('rows').$type<string[][]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.n] })],
);

/**
 * What a committed import wrote (what its undo needs), a thousand rows at a time, for the same reason as the rows:
 * `jsonb`, so that a person's GDPR export and erasure find the imports that wrote their record (`@>`).
 */
export const importWrittenChunks = pgTable(
  'import_written_chunks',
  {
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    n: integer('n').notNull(),
    written: jsonb('written').$type<unknown[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.n] })],
);
