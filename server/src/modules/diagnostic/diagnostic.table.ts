import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, boolean, real, jsonb, index, check, uniqueIndex, primaryKey } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';
import { AREAS } from './diagnostic.engine';

// Foreign keys to other modules' tables (people, organisations, training_programmes) are declared in the
// migration (custom SQL at the end of the diagnostic migration): a module never imports another module's table.

export const ITEM_KINDS = ['tap', 'choice', 'type', 'drag', 'task', 'self'] as const;
export const SESSION_MODES = ['alone', 'helped'] as const;
const list = (xs: readonly string[]) => sql.raw(xs.map((x) => `'${x}'`).join(', '));

/** The item bank: one row per item, its text in FR/NL/EN and its answer (never sent to the taker). */
export const diagnosticItems = pgTable(
  'diagnostic_items',
  {
    code: text('code').primaryKey(),
    /** the bank version that brought the item (1: the bank written with the project) */
    bankVersion: integer('bank_version').notNull(),
    area: text('area', { enum: AREAS }).notNull(),
    level: integer('level').notNull(),
    difficulty: real('difficulty').notNull().default(0),
    kind: text('kind', { enum: ITEM_KINDS }).notNull(),
    /** prompt, options (key, pictogram, label), scene, task, dragLabel: what the page shows */
    content: jsonb('content').notNull(),
    /** the right option's key, or the accepted typed answers */
    answer: jsonb('answer').notNull(),
    active: boolean('active').notNull().default(true),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('diagnostic_items_code_format', sql`${t.code} ~ '^[a-z0-9_]{2,40}$'`),
    check('diagnostic_items_area_known', sql`${t.area} in (${list(AREAS)})`),
    check('diagnostic_items_kind_known', sql`${t.kind} in (${list(ITEM_KINDS)})`),
    check('diagnostic_items_level_range', sql`${t.level} between 1 and 4`),
    check('diagnostic_items_difficulty_range', sql`${t.difficulty} between -0.5 and 0.5`),
  ],
);

/** A partner account (role partner) belongs to one organisation: it sees only the diagnostics made by it. */
export const diagnosticPartnerAccounts = pgTable('diagnostic_partner_accounts', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  organisationId: integer('organisation_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Which training programmes fit which overall level (the orientation), set by the trainers. */
export const diagnosticProgrammeLevels = pgTable(
  'diagnostic_programme_levels',
  {
    programmeId: integer('programme_id').primaryKey(),
    minLevel: integer('min_level').notNull(),
    maxLevel: integer('max_level').notNull(),
  },
  (t) => [check('diagnostic_programme_levels_range', sql`0 <= ${t.minLevel} and ${t.minLevel} <= ${t.maxLevel} and ${t.maxLevel} <= 4`)],
);

/** One diagnostic: taken alone (public link) or with a helper who records it for a person. */
export const diagnosticSessions = pgTable(
  'diagnostic_sessions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** SHA-256 of the secret token of the taking link (the token itself is never stored) */
    tokenHash: text('token_hash').notNull(),
    mode: text('mode', { enum: SESSION_MODES }).notNull(),
    personId: integer('person_id'),
    /** a partner's own reference for its job seeker (partners do not see the Centrale's registry) */
    reference: text('reference'),
    /** the partner organisation that made it; null: the Centrale */
    organisationId: integer('organisation_id'),
    helperId: integer('helper_id').references(() => users.id),
    locale: text('locale').notNull().default('fr'),
    /** the taker's commune (Brussels, French name), to list the nearest partners */
    commune: text('commune'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** the item the taker is answering: an answer to another item is refused */
    currentItem: text('current_item').references(() => diagnosticItems.code),
    /** level per area once finished: { information: 2, ... } */
    levels: jsonb('levels'),
    overallLevel: integer('overall_level'),
  },
  (t) => [
    uniqueIndex('diagnostic_sessions_token_unique').on(t.tokenHash),
    index('diagnostic_sessions_person_idx').on(t.personId),
    index('diagnostic_sessions_org_idx').on(t.organisationId),
    index('diagnostic_sessions_started_idx').on(t.startedAt),
    check('diagnostic_sessions_mode_known', sql`${t.mode} in (${list(SESSION_MODES)})`),
    check('diagnostic_sessions_helper_when_helped', sql`(${t.mode} = 'helped') = (${t.helperId} is not null)`),
    check('diagnostic_sessions_locale_known', sql`${t.locale} in ('fr','nl','en')`),
    check('diagnostic_sessions_overall_range', sql`${t.overallLevel} is null or ${t.overallLevel} between 0 and 4`),
    check('diagnostic_sessions_finished_after_start', sql`${t.finishedAt} is null or ${t.finishedAt} >= ${t.startedAt}`),
    check('diagnostic_sessions_finished_has_levels', sql`(${t.finishedAt} is null) = (${t.levels} is null)`),
    check('diagnostic_sessions_reference_length', sql`${t.reference} is null or length(${t.reference}) <= 120`),
  ],
);

/** Each answer given, in order. */
export const diagnosticAnswers = pgTable(
  'diagnostic_answers',
  {
    sessionId: integer('session_id')
      .notNull()
      .references(() => diagnosticSessions.id, { onDelete: 'cascade' }),
    itemCode: text('item_code')
      .notNull()
      .references(() => diagnosticItems.code),
    position: integer('position').notNull(),
    /** the option key or typed text; null: "I don't know" */
    response: text('response'),
    correct: boolean('correct').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.itemCode] }),
    uniqueIndex('diagnostic_answers_position_unique').on(t.sessionId, t.position),
    check('diagnostic_answers_response_length', sql`${t.response} is null or length(${t.response}) <= 200`),
  ],
);

/** What the result sheet oriented the person to (kept: the report counts orientations and trainings joined). */
export const diagnosticOrientations = pgTable(
  'diagnostic_orientations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => diagnosticSessions.id, { onDelete: 'cascade' }),
    programmeId: integer('programme_id'),
    organisationId: integer('organisation_id'),
  },
  (t) => [
    index('diagnostic_orientations_session_idx').on(t.sessionId),
    check('diagnostic_orientations_one_target', sql`(${t.programmeId} is null) <> (${t.organisationId} is null)`),
  ],
);
