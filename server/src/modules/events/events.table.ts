import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, boolean, index, check, uniqueIndex, jsonb, primaryKey } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';

// Foreign keys to other modules' tables (people, organisations) are declared in the migration (SQL):
// a module never imports another module's table.

export const EVENT_KINDS = ['job_fair', 'themed_fair', 'info_session', 'workshop', 'conference', 'contest', 'internal'] as const;
export const EVENT_STATUSES = ['draft', 'published', 'closed', 'cancelled'] as const;
export const TARGET_PUBLICS = ['job_seekers', 'young_people', 'employers', 'partners', 'newcomers', 'women', 'seniors', 'students', 'staff', 'general_public'] as const;
export const PROGRAMME_KINDS = ['talk', 'workshop'] as const;
/** registered: holds a place; waiting: on the waiting list; offered: a freed place is offered until `offeredUntil`. */
export const REGISTRATION_STATUSES = ['registered', 'waiting', 'offered', 'cancelled', 'expired'] as const;
export const QUESTION_TYPES = ['text', 'yes_no', 'choice', 'number'] as const;
export const AGE_BANDS = ['under_18', '18_25', '26_35', '36_45', '46_55', 'over_55'] as const;
export const DOOR_SEXES = ['female', 'male', 'other'] as const;
export const DOOR_STATUSES = ['job_seeker', 'employed', 'student', 'other'] as const;

export type EventQuestion = { key: string; type: (typeof QUESTION_TYPES)[number]; labelFr: string; labelNl: string; labelEn?: string | null; required: boolean; choices?: string[] };

/** An event: a job fair, an information session, a workshop... one or several days. */
export const events = pgTable(
  'events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    status: text('status', { enum: EVENT_STATUSES }).notNull().default('draft'),
    titleFr: text('title_fr').notNull(),
    titleNl: text('title_nl').notNull(),
    titleEn: text('title_en'),
    descriptionFr: text('description_fr'),
    descriptionNl: text('description_nl'),
    descriptionEn: text('description_en'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** one of our rooms (booked through the rooms module) ... */
    roomId: integer('room_id'),
    roomBookingId: integer('room_booking_id'),
    /** ... or an outside venue with its address */
    venueName: text('venue_name'),
    venueAddress: text('venue_address'),
    /** places for registrations; null: no limit */
    capacity: integer('capacity'),
    targetPublics: text('target_publics').array().notNull().default(sql`'{}'::text[]`),
    registrationOpensAt: timestamp('registration_opens_at', { withTimezone: true }),
    registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
    waitingList: boolean('waiting_list').notNull().default(true),
    /** how long a freed place stays offered to the first on the waiting list */
    offerHours: integer('offer_hours').notNull().default(48),
    questions: jsonb('questions').$type<EventQuestion[]>().notNull().default([]),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('events_starts_idx').on(t.startsAt),
    check('events_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('events_one_place', sql`${t.roomId} is null or ${t.venueName} is null`),
    check('events_capacity_positive', sql`${t.capacity} is null or ${t.capacity} > 0`),
    check('events_registration_window', sql`${t.registrationOpensAt} is null or ${t.registrationClosesAt} is null or ${t.registrationClosesAt} > ${t.registrationOpensAt}`),
    check('events_offer_hours', sql`${t.offerHours} between 1 and 720`),
  ],
);

export const eventPartners = pgTable(
  'event_partners',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.organisationId] })],
);

export const eventStaff = pgTable(
  'event_staff',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] })],
);

/** The programme: talks and workshops with their times, speakers, room and own capacity. */
export const eventItems = pgTable(
  'event_items',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: PROGRAMME_KINDS }).notNull(),
    titleFr: text('title_fr').notNull(),
    titleNl: text('title_nl').notNull(),
    titleEn: text('title_en'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    speakers: text('speakers'),
    room: text('room'),
    capacity: integer('capacity'),
  },
  (t) => [
    index('event_items_event_idx').on(t.eventId),
    check('event_items_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('event_items_capacity_positive', sql`${t.capacity} is null or ${t.capacity} > 0`),
  ],
);

/** A registration, public (no account) or at the desk; optionally linked to a person of the registry. */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    /** the ticket's secret (QR code), from an unambiguous alphabet */
    secret: text('secret').notNull(),
    status: text('status', { enum: REGISTRATION_STATUSES }).notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    locale: text('locale', { enum: ['fr', 'nl', 'en'] }).notNull().default('fr'),
    answers: jsonb('answers').$type<Record<string, string | number | boolean>>().notNull().default({}),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    personId: integer('person_id'),
    source: text('source', { enum: ['public', 'desk'] }).notNull(),
    offeredUntil: timestamp('offered_until', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('event_registrations_secret_unique').on(t.secret),
    index('event_registrations_event_idx').on(t.eventId, t.status, t.createdAt),
    index('event_registrations_person_idx').on(t.personId),
    check('event_registrations_secret_format', sql`${t.secret} ~ '^[2-9A-HJ-NP-Z]{12,40}$'`),
    check('event_registrations_offer', sql`(${t.status} = 'offered') = (${t.offeredUntil} is not null)`),
  ],
);

/** A registration to a programme item (within the item's capacity). */
export const eventItemRegistrations = pgTable(
  'event_item_registrations',
  {
    itemId: integer('item_id')
      .notNull()
      .references(() => eventItems.id, { onDelete: 'cascade' }),
    registrationId: integer('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.registrationId] }), index('event_item_registrations_reg_idx').on(t.registrationId)],
);

/** The one check-in of a registration (the unique index: first scan wins, never a double count). */
export const eventCheckins = pgTable(
  'event_checkins',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    registrationId: integer('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    desk: text('desk').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** the client's nonce of the scan that checked in: the same scan sent again gets the same answer */
    nonce: text('nonce').notNull(),
    method: text('method', { enum: ['qr', 'name'] }).notNull(),
    createdBy: integer('created_by').references(() => users.id),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('event_checkins_one_per_registration').on(t.registrationId),
    uniqueIndex('event_checkins_nonce_unique').on(t.nonce),
    index('event_checkins_event_idx').on(t.eventId, t.at),
  ],
);

/** The door counter: one tap per walk-in entry (or exit), optional one-tap profile; undone taps stay, marked. */
export const eventDoorCounts = pgTable(
  'event_door_counts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    device: text('device').notNull(),
    direction: text('direction', { enum: ['in', 'out'] }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    nonce: text('nonce').notNull(),
    sex: text('sex', { enum: DOOR_SEXES }),
    ageBand: text('age_band', { enum: AGE_BANDS }),
    status: text('status', { enum: DOOR_STATUSES }),
    postalCode: text('postal_code'),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
  },
  (t) => [uniqueIndex('event_door_counts_nonce_unique').on(t.nonce), index('event_door_counts_event_idx').on(t.eventId, t.at)],
);

