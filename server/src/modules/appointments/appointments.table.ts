import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, boolean, jsonb, index, uniqueIndex, check } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';

/** The modules a desk can belong to (the content of its appointments is theirs). */
export const DESK_MODULES = ['socialdesk', 'appointments'] as const;
export type DeskModule = (typeof DESK_MODULES)[number];

export const APPOINTMENT_STATUSES = ['booked', 'attended', 'no_show', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** One weekly period of a desk, Brussels wall-clock time, e.g. { weekday: 3, from: '09:00', to: '12:00' }. */
export interface DeskPeriod {
  weekday: number; // 1 = Monday ... 7 = Sunday (ISO)
  from: string; // HH:MM
  to: string; // HH:MM
}

/**
 * A desk ("permanence") held at fixed weekly hours at a site, e.g. the job desk at the Espace Social
 * Télé-Service on Wednesday mornings 9:00-12:00, cut into slots of `slot_minutes`.
 */
export const appointmentDesks = pgTable(
  'appointment_desks',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** FK to sites(id): declared in the appointments_constraints migration (another module's table). */
    siteId: integer('site_id').notNull(),
    name: text('name').notNull(),
    /** who usually holds the desk; a booking may name another staff member */
    staffUserId: integer('staff_user_id')
      .notNull()
      .references(() => users.id),
    slotMinutes: integer('slot_minutes').notNull().default(30),
    hours: jsonb('hours').$type<DeskPeriod[]>().notNull().default([]),
    /**
     * The module whose work the desk is (appointments.permissions.ts, DESK_CONTENT): what its appointments are about
     * (purpose, notes, cancel reason) is for that module's readers only; the social desk's by default.
     */
    module: text('module', { enum: DESK_MODULES }).notNull().default('socialdesk'),
    active: boolean('active').notNull().default(true),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('appointment_desks_site_name_unique').on(t.siteId, sql`lower(${t.name})`),
    check('appointment_desks_slot_minutes_range', sql`${t.slotMinutes} between 5 and 240`),
    check('appointment_desks_name_length', sql`length(${t.name}) between 1 and 120`),
    check('appointment_desks_module_known', sql`${t.module} in ('socialdesk', 'appointments')`),
  ],
);

/**
 * An appointment of a person with a staff member at a desk. The database refuses two non-cancelled
 * appointments of one staff member whose times overlap (exclusion constraint in appointments_constraints).
 */
export const appointments = pgTable(
  'appointments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    deskId: integer('desk_id')
      .notNull()
      .references(() => appointmentDesks.id),
    /** FK to people(id): declared in the appointments_constraints migration (another module's table). */
    personId: integer('person_id').notNull(),
    staffUserId: integer('staff_user_id')
      .notNull()
      .references(() => users.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: APPOINTMENT_STATUSES }).notNull().default('booked'),
    /** what the appointment is about, e.g. "bilan des démarches"; cleared on GDPR erasure */
    purpose: text('purpose'),
    notes: text('notes'),
    cancelReason: text('cancel_reason'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** when the outcome (attended / no-show) was recorded */
    outcomeAt: timestamp('outcome_at', { withTimezone: true }),
    outcomeBy: integer('outcome_by').references(() => users.id),
    rescheduleCount: integer('reschedule_count').notNull().default(0),
    /** set when the e-mail reminder went out (reset when the appointment moves) */
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    /** the tool or file the record comes from, and its id there (unique per source): a second import updates it */
    source: text('source'),
    externalId: text('external_id'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('appointments_staff_starts_idx').on(t.staffUserId, t.startsAt),
    index('appointments_desk_starts_idx').on(t.deskId, t.startsAt),
    index('appointments_person_idx').on(t.personId),
    index('appointments_starts_idx').on(t.startsAt),
    uniqueIndex('appointments_source_external_unique').on(t.source, t.externalId),
    check('appointments_external_with_source', sql`(${t.source} is null) = (${t.externalId} is null)`),
    check('appointments_end_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('appointments_at_most_one_day', sql`${t.endsAt} - ${t.startsAt} <= interval '12 hours'`),
    check('appointments_status_known', sql`${t.status} in ('booked', 'attended', 'no_show', 'cancelled')`),
    check('appointments_cancelled_shape', sql`(${t.status} = 'cancelled') = (${t.cancelledAt} is not null)`),
  ],
);
