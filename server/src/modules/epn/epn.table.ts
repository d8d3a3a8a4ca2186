import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, boolean, index, uniqueIndex, check, primaryKey } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';

export const WORKSTATION_STATES = ['available', 'out_of_order'] as const;
export const VISIT_STATUSES = ['waiting', 'open', 'closed', 'left'] as const;
export const VISIT_GENDERS = ['F', 'M', 'X'] as const;
/** The report's age brackets ("Entre 20 => 30" ... "Entre 60 => +"), plus under 20. */
export const AGE_BRACKETS = ['under_20', '20_30', '30_40', '40_50', '50_60', '60_plus'] as const;

/** The PCs of the public digital space (10 at the Maison de l'Emploi). "In use" is derived from open visits. */
export const epnWorkstations = pgTable(
  'epn_workstations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    state: text('state', { enum: WORKSTATION_STATES }).notNull().default('available'),
    stateNote: text('state_note'),
    position: integer('position').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('epn_workstations_name_unique').on(sql`lower(${t.name})`),
    check('epn_workstations_state_known', sql`${t.state} in ('available', 'out_of_order')`),
  ],
);

/** Kinds of help given during a visit (e-guichet, e-stamping, CV...). Configurable; built-in ones have a code. */
export const epnHelpKinds = pgTable(
  'epn_help_kinds',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** stable code of the built-in kinds (the UI translates `epn.help.<code>`); null for kinds added by users */
    code: text('code'),
    label: text('label').notNull(),
    position: integer('position').notNull().default(0),
    active: boolean('active').notNull().default(true),
  },
  (t) => [uniqueIndex('epn_help_kinds_code_unique').on(t.code), uniqueIndex('epn_help_kinds_label_unique').on(sql`lower(${t.label})`)],
);

/**
 * One visit to the space: on the waiting list (waiting), at a PC (open), finished (closed) or gone before
 * getting a PC (left). Linked to a person, or anonymous with sex and age bracket only. Sex and age bracket
 * are kept on every visit (for linked people, as they were on the day) so that statistics survive erasure.
 */
export const epnVisits = pgTable(
  'epn_visits',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    status: text('status', { enum: VISIT_STATUSES }).notNull(),
    workstationId: integer('workstation_id').references(() => epnWorkstations.id),
    /** FK to people(id): declared in the epn_constraints migration (another module's table). */
    personId: integer('person_id'),
    gender: text('gender', { enum: VISIT_GENDERS }),
    ageBracket: text('age_bracket', { enum: AGE_BRACKETS }),
    /** a short name for the board ("Hélène D.", or a nickname for an anonymous visitor); cleared on erasure */
    label: text('label'),
    queuedAt: timestamp('queued_at', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** closed by the system at closing time, not by staff */
    autoClosed: boolean('auto_closed').notNull().default(false),
    notes: text('notes'),
    /** the tool or file the record comes from, and its id there (unique per source): a second import updates it */
    source: text('source'),
    externalId: text('external_id'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('epn_visits_source_external_unique').on(t.source, t.externalId),
    check('epn_visits_external_with_source', sql`(${t.source} is null) = (${t.externalId} is null)`),
    // One workstation cannot hold two open visits; one person is not twice in the room or the queue.
    uniqueIndex('epn_visits_one_open_per_workstation').on(t.workstationId).where(sql`status = 'open'`),
    uniqueIndex('epn_visits_one_current_per_person').on(t.personId).where(sql`status in ('open', 'waiting') and person_id is not null`),
    index('epn_visits_started_idx').on(t.startedAt),
    index('epn_visits_person_idx').on(t.personId),
    check('epn_visits_status_known', sql`${t.status} in ('waiting', 'open', 'closed', 'left')`),
    check('epn_visits_gender_known', sql`${t.gender} is null or ${t.gender} in ('F', 'M', 'X')`),
    check('epn_visits_age_bracket_known', sql`${t.ageBracket} is null or ${t.ageBracket} in ('under_20', '20_30', '30_40', '40_50', '50_60', '60_plus')`),
    check('epn_visits_waiting_shape', sql`${t.status} <> 'waiting' or (${t.queuedAt} is not null and ${t.startedAt} is null and ${t.workstationId} is null)`),
    check('epn_visits_open_shape', sql`${t.status} <> 'open' or (${t.workstationId} is not null and ${t.startedAt} is not null and ${t.endedAt} is null)`),
    check('epn_visits_closed_shape', sql`${t.status} <> 'closed' or (${t.startedAt} is not null and ${t.endedAt} is not null and ${t.endedAt} >= ${t.startedAt})`),
  ],
);

/** The kinds of help given during a visit (several per visit). */
export const epnVisitHelp = pgTable(
  'epn_visit_help',
  {
    visitId: integer('visit_id')
      .notNull()
      .references(() => epnVisits.id, { onDelete: 'cascade' }),
    helpKindId: integer('help_kind_id')
      .notNull()
      .references(() => epnHelpKinds.id),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.helpKindId] }), index('epn_visit_help_kind_idx').on(t.helpKindId)],
);
