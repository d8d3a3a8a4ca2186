import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, date, numeric, index, check, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';

// Foreign keys to the organisations registry are declared in the migration (SQL): a module never imports another
// module's table. `event_id` has no foreign key: the events module is written beside this one (see offers.events.ts).

export const EXHIBITOR_KINDS = ['employer', 'training', 'support'] as const;
export const CONTRACT_TYPES = ['permanent', 'fixed_term', 'temp_agency', 'student', 'internship', 'work_study', 'article_60', 'self_employed', 'other'] as const;
export const WORKING_TIMES = ['full_time', 'part_time'] as const;
export const OFFER_SOURCES = ['fair', 'partner', 'staff'] as const;
export const OFFER_STATUSES = ['draft', 'published', 'filled', 'expired'] as const;

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/** An organisation of the registry holding a stand at an event (a job fair). */
export const offersExhibitors = pgTable(
  'offers_exhibitors',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer('event_id').notNull(),
    organisationId: integer('organisation_id').notNull(),
    kind: text('kind', { enum: EXHIBITOR_KINDS }).notNull(),
    stand: text('stand'),
    /** the organisation's contact for the fair (an organisation contact, not a person of the registry) */
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    /** job seekers met at the stand, and what came of it (counted by the exhibitor through its link, or by staff) */
    metCount: integer('met_count').notNull().default(0),
    cvReceived: integer('cv_received').notNull().default(0),
    interviewsPlanned: integer('interviews_planned').notNull().default(0),
    hired: integer('hired').notNull().default(0),
    /** the private link: SHA-256 of its random token (the token itself is shown once), its end and its revocation */
    linkTokenHash: text('link_token_hash'),
    linkExpiresAt: timestamp('link_expires_at', { withTimezone: true }),
    linkRevokedAt: timestamp('link_revoked_at', { withTimezone: true }),
    linkCreatedAt: timestamp('link_created_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('offers_exhibitors_event_organisation_unique').on(t.eventId, t.organisationId),
    uniqueIndex('offers_exhibitors_link_unique').on(t.linkTokenHash),
    index('offers_exhibitors_organisation_idx').on(t.organisationId),
    check('offers_exhibitors_kind_known', sql`${t.kind} in (${list(EXHIBITOR_KINDS)})`),
    check('offers_exhibitors_counts_positive', sql`${t.metCount} >= 0 and ${t.cvReceived} >= 0 and ${t.interviewsPlanned} >= 0 and ${t.hired} >= 0`),
    check('offers_exhibitors_link_complete', sql`(${t.linkTokenHash} is null) = (${t.linkExpiresAt} is null)`),
  ],
);

/** A job offer: posted by staff, a partner, or an exhibitor through its link. */
export const offersOffers = pgTable(
  'offers_offers',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    titleFr: text('title_fr').notNull(),
    titleNl: text('title_nl').notNull(),
    titleEn: text('title_en'),
    /** the employer, an organisation of the registry */
    organisationId: integer('organisation_id').notNull(),
    contractType: text('contract_type', { enum: CONTRACT_TYPES }).notNull(),
    workingTime: text('working_time', { enum: WORKING_TIMES }).notNull(),
    hoursPerWeek: numeric('hours_per_week', { precision: 4, scale: 1, mode: 'number' }),
    commune: text('commune'),
    address: text('address'),
    descriptionFr: text('description_fr'),
    descriptionNl: text('description_nl'),
    descriptionEn: text('description_en'),
    positions: integer('positions').notNull().default(1),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    /** languages asked, ISO 639-1 codes */
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    /** the last day the offer is valid (a local date); after it the offer is expired */
    validThrough: date('valid_through').notNull(),
    source: text('source', { enum: OFFER_SOURCES }).notNull(),
    status: text('status', { enum: OFFER_STATUSES }).notNull().default('draft'),
    eventId: integer('event_id'),
    /** the exhibitor that posted it through its link (only that exhibitor may change it there) */
    exhibitorId: integer('exhibitor_id').references(() => offersExhibitors.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('offers_offers_status_valid_idx').on(t.status, t.validThrough),
    index('offers_offers_event_idx').on(t.eventId),
    index('offers_offers_exhibitor_idx').on(t.exhibitorId),
    index('offers_offers_organisation_idx').on(t.organisationId),
    check('offers_offers_contract_known', sql`${t.contractType} in (${list(CONTRACT_TYPES)})`),
    check('offers_offers_working_time_known', sql`${t.workingTime} in (${list(WORKING_TIMES)})`),
    check('offers_offers_source_known', sql`${t.source} in (${list(OFFER_SOURCES)})`),
    check('offers_offers_status_known', sql`${t.status} in (${list(OFFER_STATUSES)})`),
    check('offers_offers_positions_range', sql`${t.positions} between 1 and 1000`),
    check('offers_offers_hours_range', sql`${t.hoursPerWeek} is null or (${t.hoursPerWeek} > 0 and ${t.hoursPerWeek} <= 60)`),
    check('offers_offers_titles_present', sql`length(trim(${t.titleFr})) > 0 and length(trim(${t.titleNl})) > 0`),
    check('offers_offers_valid_through_range', sql`${t.validThrough} between '2000-01-01' and '2100-12-31'`),
  ],
);
