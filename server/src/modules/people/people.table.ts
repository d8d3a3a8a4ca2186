import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, date, index, uniqueIndex, check, primaryKey, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';

export const GENDERS = ['F', 'M', 'X', 'unspecified'] as const;
export const STUDY_LEVELS = [
  'none_primary',
  'lower_secondary',
  'upper_secondary',
  'higher_non_university',
  'university',
  'foreign_not_recognised',
  'unknown',
] as const;
export const PROFESSIONAL_STATUSES = [
  'job_seeker_actiris',
  'cpas_beneficiary',
  'employed',
  'student',
  'no_status',
  'other',
  /** not asked or not said (a quick-created visitor): counted as unknown, never as 'other' */
  'unknown',
] as const;

/** A person the Centrale works with (job seeker, visitor, participant). */
export const people = pgTable(
  'people',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: date('birth_date'),
    /** Kept after erasure so that age-class statistics stay true. */
    birthYear: integer('birth_year'),
    gender: text('gender', { enum: GENDERS }).notNull().default('unspecified'),
    studyLevel: text('study_level', { enum: STUDY_LEVELS }).notNull().default('unknown'),
    professionalStatus: text('professional_status', { enum: PROFESSIONAL_STATUSES }).notNull().default('unknown'),
    postalCode: text('postal_code'),
    commune: text('commune'),
    neighbourhood: text('neighbourhood'),
    phone: text('phone'),
    email: text('email'),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    niss: text('niss'),
    firstContactDate: date('first_contact_date').notNull().default(sql`current_date`),
    notes: text('notes'),
    /**
     * The name as search and the duplicate checks compare its spelling (trigrams): lower case, without accents,
     * apostrophes or hyphens, a surname of several words also in one ("Van den Broeck" -> "van den broeck vandenbroeck").
     * SQL function relais_person_search_text (migration 0014).
     */
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(sql`relais_person_search_text(first_name, last_name)`),
    /** How the name sounds: phonetic codes of its words (people.matching.ts `matchKeys`), written with every name; null until computed. */
    matchKeys: text('match_keys').array(),
    /** The phone number as search compares it: digits, Belgian numbers in national form (relais_phone_key, migration 0014). */
    phoneKey: text('phone_key').generatedAlwaysAs(sql`relais_phone_key(phone)`),
    /** Where the record came from when it was imported or sent by another tool ('actiris', 'import', ...), with its id there. */
    source: text('source'),
    externalId: text('external_id'),
    mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => people.id),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: integer('created_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // fastupdate off: a search never scans a pending list of recent entries (PGlite has no autovacuum to merge it,
    // and on PostgreSQL it holds up to 4 MB between two vacuums); writes of names are rare beside searches.
    index('people_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`).with({ fastupdate: false }),
    index('people_match_keys_idx').using('gin', t.matchKeys).with({ fastupdate: false }),
    index('people_phone_key_idx').using('btree', sql`${t.phoneKey} text_pattern_ops`),
    index('people_email_idx').on(t.email),
    /** the first page of everybody, in name order, without sorting the registry */
    index('people_live_name_idx').on(t.lastName, t.firstName, t.id).where(sql`merged_into_id is null and erased_at is null`),
    index('people_birth_date_idx').on(t.birthDate),
    index('people_niss_idx').on(t.niss),
    /** A second import (or API call) with the same identifiers updates the record, it never duplicates it. */
    uniqueIndex('people_source_external_id_key').on(t.source, t.externalId).where(sql`external_id is not null`),
    check('people_external_id_with_source', sql`${t.externalId} is null or ${t.source} is not null`),
    check('people_niss_format', sql`${t.niss} is null or ${t.niss} ~ '^[0-9]{11}$'`),
    check('people_postal_code_format', sql`${t.postalCode} is null or ${t.postalCode} ~ '^[0-9]{4}$'`),
    check('people_names_length', sql`length(${t.firstName}) <= 200 and length(${t.lastName}) <= 200`),
  ],
);

/** GDPR consent: what the person agreed to, when, and who recorded it. */
export const personConsents = pgTable(
  'person_consents',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    purpose: text('purpose').notNull(), // data_processing | contact_by_email | contact_by_sms | share_with_partners | photos
    givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: integer('recorded_by').references(() => users.id),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [index('person_consents_person_idx').on(t.personId)],
);

/**
 * Two records that the list of suspected duplicates proposed and that staff said are two different people:
 * the pair is not proposed again. `person_a` < `person_b`.
 */
export const personDuplicateDismissals = pgTable(
  'person_duplicate_dismissals',
  {
    personA: integer('person_a')
      .notNull()
      .references(() => people.id),
    personB: integer('person_b')
      .notNull()
      .references(() => people.id),
    dismissedBy: integer('dismissed_by').references(() => users.id),
    dismissedAt: timestamp('dismissed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personA, t.personB] }),
    index('person_duplicate_dismissals_b_idx').on(t.personB),
    check('person_duplicate_dismissals_order', sql`${t.personA} < ${t.personB}`),
  ],
);
