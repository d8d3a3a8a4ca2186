import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, boolean, date, index, check, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';

// Foreign keys to people and organisations are declared in the migration (custom SQL).

export const PAIR_STATUSES = ['proposed', 'active', 'ended'] as const;
const list = (xs: readonly string[]) => sql.raw(xs.map((x) => `'${x}'`).join(', '));

/** A mentor ("Diginôme"): a person of the registry or a volunteer, with when and where they were trained. */
export const mentoringMentors = pgTable(
  'mentoring_mentors',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id'),
    /** a volunteer outside the registry */
    name: text('name'),
    phone: text('phone'),
    email: text('email'),
    trainedOn: date('trained_on', { mode: 'string' }),
    training: text('training'),
    active: boolean('active').notNull().default(true),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('mentoring_mentors_person_unique').on(t.personId),
    check('mentoring_mentors_person_or_name', sql`${t.personId} is not null or ${t.name} is not null`),
    check('mentoring_mentors_name_length', sql`${t.name} is null or length(${t.name}) between 1 and 120`),
    check('mentoring_mentors_training_length', sql`${t.training} is null or length(${t.training}) <= 200`),
  ],
);

/** A mentor and a mentee (a person of the registry, in digital divide). */
export const mentoringPairs = pgTable(
  'mentoring_pairs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    mentorId: integer('mentor_id')
      .notNull()
      .references(() => mentoringMentors.id),
    menteeId: integer('mentee_id').notNull(),
    status: text('status', { enum: PAIR_STATUSES }).notNull().default('proposed'),
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('mentoring_pairs_mentee_idx').on(t.menteeId),
    index('mentoring_pairs_mentor_idx').on(t.mentorId),
    // A mentee has at most one pair that is not ended.
    uniqueIndex('mentoring_pairs_one_open_per_mentee').on(t.menteeId).where(sql`${t.status} <> 'ended'`),
    check('mentoring_pairs_status_known', sql`${t.status} in (${list(PAIR_STATUSES)})`),
    check('mentoring_pairs_active_has_start', sql`${t.status} = 'proposed' or ${t.startsOn} is not null`),
    check('mentoring_pairs_ended_has_end', sql`(${t.status} = 'ended') = (${t.endsOn} is not null)`),
    check('mentoring_pairs_end_after_start', sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    check('mentoring_pairs_note_length', sql`${t.note} is null or length(${t.note}) <= 1000`),
  ],
);

/** A mentoring session: when, how long, what was worked on (DigComp areas and free words). */
export const mentoringSessions = pgTable(
  'mentoring_sessions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    pairId: integer('pair_id')
      .notNull()
      .references(() => mentoringPairs.id, { onDelete: 'cascade' }),
    on: date('on', { mode: 'string' }).notNull(),
    minutes: integer('minutes').notNull(),
    areas: text('areas').array().notNull().default(sql`'{}'::text[]`),
    topics: text('topics'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('mentoring_sessions_pair_idx').on(t.pairId, t.on),
    check('mentoring_sessions_minutes_range', sql`${t.minutes} between 5 and 480`),
    check('mentoring_sessions_topics_length', sql`${t.topics} is null or length(${t.topics}) <= 1000`),
  ],
);
