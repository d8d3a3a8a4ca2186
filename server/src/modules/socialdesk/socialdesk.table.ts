import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, date, index, check, uniqueIndex, primaryKey } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';
import { listTable } from '../../platform/lists/table';

// Foreign keys to other modules' tables (people, sites, organisations) are declared in the migrations
// (0007_frontdesk_socialdesk.sql): a module never imports another module's table.

export const INTERVIEW_KINDS = ['appointment', 'drop_in', 'phone'] as const;

/** Problem categories of the social desk; the list is configurable (platform/lists: labels in the three languages). */
export const socialdeskCategories = listTable('socialdesk_categories');

/**
 * A person's follow-up by the social worker. A person is a "new arrival" of year Y when their first
 * follow-up started in Y. A person has at most one open follow-up (socialdesk_one_open_followup); when two
 * followed people are merged, the social desk's merge hook joins their open follow-ups first.
 */
export const socialdeskFollowups = pgTable(
  'socialdesk_followups',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    closingNote: text('closing_note'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('socialdesk_followups_person_idx').on(t.personId),
    uniqueIndex('socialdesk_one_open_followup').on(t.personId).where(sql`end_date is null`),
    index('socialdesk_followups_start_idx').on(t.startDate),
    check('socialdesk_followups_end_after_start', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    check('socialdesk_followups_date_range', sql`${t.startDate} between '2000-01-01' and '2100-12-31'`),
  ],
);

/** An individual interview with the social worker. */
export const socialdeskInterviews = pgTable(
  'socialdesk_interviews',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id').notNull(),
    date: date('date').notNull(),
    siteId: integer('site_id').notNull(),
    kind: text('kind', { enum: INTERVIEW_KINDS }).notNull(),
    actions: text('actions'),
    nextStep: text('next_step'),
    nextStepDate: date('next_step_date'),
    /** the tool or file the record comes from, and its id there (unique per source): a second import updates it */
    source: text('source'),
    externalId: text('external_id'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('socialdesk_interviews_person_idx').on(t.personId),
    uniqueIndex('socialdesk_interviews_source_external_unique').on(t.source, t.externalId),
    check('socialdesk_interviews_external_with_source', sql`(${t.source} is null) = (${t.externalId} is null)`),
    index('socialdesk_interviews_date_idx').on(t.date),
    check('socialdesk_interviews_kind_known', sql`${t.kind} in (${sql.raw(INTERVIEW_KINDS.map((k) => `'${k}'`).join(', '))})`),
    check('socialdesk_interviews_next_after_date', sql`${t.nextStepDate} is null or ${t.nextStepDate} >= ${t.date}`),
    check('socialdesk_interviews_date_range', sql`${t.date} between '2000-01-01' and '2100-12-31'`),
    check('socialdesk_interviews_text_length', sql`length(coalesce(${t.actions}, '')) <= 5000 and length(coalesce(${t.nextStep}, '')) <= 1000`),
  ],
);

export const socialdeskInterviewCategories = pgTable(
  'socialdesk_interview_categories',
  {
    interviewId: integer('interview_id')
      .notNull()
      .references(() => socialdeskInterviews.id, { onDelete: 'cascade' }),
    categoryId: integer('category_id')
      .notNull()
      .references(() => socialdeskCategories.id),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.categoryId] }), index('socialdesk_interview_categories_category_idx').on(t.categoryId)],
);

/** Referrals made during an interview to partner organisations of the registry. */
export const socialdeskReferrals = pgTable(
  'socialdesk_referrals',
  {
    interviewId: integer('interview_id')
      .notNull()
      .references(() => socialdeskInterviews.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id').notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.organisationId] }), index('socialdesk_referrals_organisation_idx').on(t.organisationId)],
);

/**
 * Confidential notes of an interview: only the social_worker role reads or writes them (not the
 * director, not an admin); every read is audited. Kept apart so no other query can leak them.
 */
export const socialdeskConfidentialNotes = pgTable(
  'socialdesk_confidential_notes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    interviewId: integer('interview_id')
      .notNull()
      .references(() => socialdeskInterviews.id, { onDelete: 'cascade' }),
    /** The interview's person, so that erasure and merge reach the notes directly. */
    personId: integer('person_id').notNull(),
    body: text('body').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('socialdesk_notes_interview_idx').on(t.interviewId),
    index('socialdesk_notes_person_idx').on(t.personId),
    check('socialdesk_notes_body_length', sql`length(${t.body}) between 1 and 20000`),
  ],
);
