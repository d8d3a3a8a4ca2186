import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, boolean, index, uniqueIndex, check } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';

export const EQUIPMENT = ['projector', 'interactive_screen', 'video_conference', 'pcs'] as const;
export type Equipment = (typeof EQUIPMENT)[number];
export const BOOKING_STATUSES = ['requested', 'confirmed', 'refused', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** A meeting room of the Maison de l'Emploi, rented to partners and outside bodies. Prices in euro cents. */
export const rooms = pgTable(
  'rooms',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    capacity: integer('capacity').notNull(),
    equipment: text('equipment').array().$type<Equipment[]>().notNull().default(sql`'{}'::text[]`),
    photoUrl: text('photo_url'),
    accessNotes: text('access_notes'),
    /** the site whose opening hours apply (loose reference to sites.id); null = the main site */
    /** the site the room is at; foreign key to sites(id) in migration 0016 (a module never imports another module's table) */
    siteId: integer('site_id'),
    halfDayPriceCents: integer('half_day_price_cents').notNull().default(0),
    dayPriceCents: integer('day_price_cents').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('rooms_name_unique').on(sql`lower(${t.name})`),
    check('rooms_capacity_positive', sql`${t.capacity} > 0 and ${t.capacity} <= 1000`),
    check('rooms_prices_positive', sql`${t.halfDayPriceCents} >= 0 and ${t.dayPriceCents} >= 0`),
  ],
);

/** A period when a room cannot be booked (works, painting...). No two closures of a room overlap (rooms_constraints migration). */
export const roomClosures = pgTable(
  'room_closures',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('room_closures_period', sql`${t.endsAt} > ${t.startsAt}`), index('room_closures_room_idx').on(t.roomId, t.startsAt)],
);

/** A recurring booking: an RFC 5545 RRULE expanded in Brussels wall time; each occurrence is a row of room_bookings. */
export const roomSeries = pgTable('room_series', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  roomId: integer('room_id')
    .notNull()
    .references(() => rooms.id),
  /** the RRULE as given (without DTSTART), e.g. FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630 */
  rrule: text('rrule').notNull(),
  /** first day (Brussels) and local times of each occurrence */
  firstDay: text('first_day').notNull(),
  startTime: text('start_time').notNull(),
  endTime: text('end_time').notNull(),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A booking of a room. No two confirmed bookings of a room overlap: an exclusion constraint on
 * (room_id, tstzrange(starts_at, ends_at)) where status = 'confirmed' (rooms_constraints migration).
 */
export const roomBookings = pgTable(
  'room_bookings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    status: text('status').$type<BookingStatus>().notNull().default('requested'),
    /** the organisation of the registry (FK in rooms_constraints); null for a public request from an unknown body */
    organisationId: integer('organisation_id'),
    /** the body's name as the requester typed it (public requests) */
    requesterOrganisation: text('requester_organisation'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    purpose: text('purpose').notNull(),
    attendees: integer('attendees'),
    layout: text('layout'),
    /** null = follow the organisation's choice */
    showPublicly: boolean('show_publicly'),
    /** loose link to the activity the booking serves, e.g. ('training_session', 12) */
    activityKind: text('activity_kind'),
    activityId: integer('activity_id'),
    seriesId: integer('series_id').references(() => roomSeries.id),
    /** an occurrence of a series changed by hand (moved) */
    detached: boolean('detached').notNull().default(false),
    /** reference code given to a public requester */
    reference: text('reference'),
    source: text('source').$type<'staff' | 'public'>().notNull().default('staff'),
    /** the tool or file the booking was imported from, and its id there (unique per source): a second import updates it */
    importSource: text('import_source'),
    externalId: text('external_id'),
    decisionMessage: text('decision_message'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: integer('decided_by').references(() => users.id),
    requestedBy: integer('requested_by').references(() => users.id),
    /** amount due, computed from the room's tariff when the booking is made, moved or confirmed */
    amountCents: integer('amount_cents').notNull().default(0),
    /** RFC 5545 SEQUENCE of the booking in the iCalendar feeds: one more each time its start, end or room changes */
    sequence: integer('sequence').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('room_bookings_period', sql`${t.endsAt} > ${t.startsAt}`),
    check('room_bookings_status', sql`${t.status} in ('requested', 'confirmed', 'refused', 'cancelled')`),
    check('room_bookings_attendees', sql`${t.attendees} is null or (${t.attendees} > 0 and ${t.attendees} <= 1000)`),
    uniqueIndex('room_bookings_reference_unique').on(t.reference),
    index('room_bookings_room_start_idx').on(t.roomId, t.startsAt),
    index('room_bookings_start_idx').on(t.startsAt),
    index('room_bookings_series_idx').on(t.seriesId),
    index('room_bookings_organisation_idx').on(t.organisationId),
    uniqueIndex('room_bookings_import_external_unique').on(t.importSource, t.externalId),
    check('room_bookings_external_with_import_source', sql`(${t.importSource} is null) = (${t.externalId} is null)`),
  ],
);

/** Per-organisation choices of logistics: shown by name on the public pages, and free of charge. FK in rooms_constraints. */
export const roomOrganisationSettings = pgTable('room_organisation_settings', {
  organisationId: integer('organisation_id').primaryKey(),
  showPublicly: boolean('show_publicly').notNull().default(false),
  freeOfCharge: boolean('free_of_charge').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

