import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, boolean, index, check, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';
import { listTable } from '../../platform/lists/table';

// Foreign keys to other modules' tables (people, sites, organisations) are declared in the migrations
// (0007_frontdesk_socialdesk.sql): a module never imports another module's table.

/** Internal services a visitor can be oriented to (the partners of the registry are the other choice). */
export const INTERNAL_SERVICES = ['information', 'social_desk', 'epn', 'it_training', 'projects', 'rooms', 'actiris_desk', 'other'] as const;

/** Why visitors come to the desk; the list is configurable (platform/lists: labels in the three languages). */
export const frontdeskReasons = listTable('frontdesk_reasons');

/** One visitor received at the front desk (anonymous or linked to a person). */
export const frontdeskVisits = pgTable(
  'frontdesk_visits',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    siteId: integer('site_id').notNull(),
    personId: integer('person_id'),
    reasonId: integer('reason_id')
      .notNull()
      .references(() => frontdeskReasons.id),
    /** Oriented to an internal service (code of INTERNAL_SERVICES) ... */
    orientationService: text('orientation_service', { enum: INTERNAL_SERVICES }),
    /** ... or to a partner organisation of the registry (never both). */
    orientationOrganisationId: integer('orientation_organisation_id'),
    /** Outside the site's opening hours when it was recorded: flagged, not refused. */
    outOfHours: boolean('out_of_hours').notNull().default(false),
    note: text('note'),
    /** the tool or file the record comes from, and its id there (unique per source): a second import updates it */
    source: text('source'),
    externalId: text('external_id'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('frontdesk_visits_site_at_idx').on(t.siteId, t.at),
    index('frontdesk_visits_at_idx').on(t.at),
    index('frontdesk_visits_person_idx').on(t.personId),
    uniqueIndex('frontdesk_visits_source_external_unique').on(t.source, t.externalId),
    check('frontdesk_visits_external_with_source', sql`(${t.source} is null) = (${t.externalId} is null)`),
    check('frontdesk_visits_one_orientation', sql`${t.orientationService} is null or ${t.orientationOrganisationId} is null`),
    check(
      'frontdesk_visits_service_known',
      sql`${t.orientationService} is null or ${t.orientationService} in (${sql.raw(INTERNAL_SERVICES.map((s) => `'${s}'`).join(', '))})`,
    ),
    check('frontdesk_visits_at_range', sql`${t.at} >= '2000-01-01T00:00:00Z' and ${t.at} < '2101-01-01T00:00:00Z'`),
    check('frontdesk_visits_note_length', sql`${t.note} is null or length(${t.note}) <= 1000`),
  ],
);
