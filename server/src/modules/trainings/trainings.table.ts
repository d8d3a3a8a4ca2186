import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, boolean, date, index, uniqueIndex, check, primaryKey, foreignKey, unique } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';

export const SESSION_STATUSES = ['planned', 'running', 'done', 'cancelled'] as const;
export const PARTICIPANT_STATUSES = ['enrolled', 'waiting', 'withdrawn'] as const;
export const OUTCOMES = ['unknown', 'entered_training', 'found_job', 'still_looking'] as const;

/** A training programme (REF, Nouveaux Départs, digital inclusion for women, smartphone repair...). */
export const trainingProgrammes = pgTable(
  'training_programmes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** the texts staff write, in French (name required) and in Dutch (null: not translated yet, shown as such) */
    name: text('name').notNull(),
    nameNl: text('name_nl'),
    description: text('description'),
    descriptionNl: text('description_nl'),
    targetPublic: text('target_public'),
    targetPublicNl: text('target_public_nl'),
    /** funder or project, free text for now */
    funder: text('funder'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('training_programmes_name_unique').on(sql`lower(${t.name})`)],
);

/** Partner organisations of a programme. FK to organisations(id) in the trainings_constraints migration. */
export const trainingProgrammePartners = pgTable(
  'training_programme_partners',
  {
    programmeId: integer('programme_id')
      .notNull()
      .references(() => trainingProgrammes.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.organisationId] })],
);

/** Trainers (staff users) of a programme. */
export const trainingProgrammeTrainers = pgTable(
  'training_programme_trainers',
  {
    programmeId: integer('programme_id')
      .notNull()
      .references(() => trainingProgrammes.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.userId] })],
);

/** The questions of a programme's end-of-training evaluation (satisfaction 1-5 each). */
export const trainingQuestions = pgTable(
  'training_questions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => trainingProgrammes.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    position: integer('position').notNull().default(0),
    active: boolean('active').notNull().default(true),
  },
  (t) => [index('training_questions_programme_idx').on(t.programmeId)],
);

/** One run of a programme, over one or several days. */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => trainingProgrammes.id),
    title: text('title'),
    titleNl: text('title_nl'),
    room: text('room'),
    capacity: integer('capacity').notNull(),
    status: text('status', { enum: SESSION_STATUSES }).notNull().default('planned'),
    cancelReason: text('cancel_reason'),
    /** open to the public: the website's agenda shows it (set by the trainer in the session form) */
    isPublic: boolean('is_public').notNull().default(false),
    /** random token of the public evaluation link (QR code); null until the evaluation is first opened */
    evaluationToken: text('evaluation_token'),
    evaluationOpen: boolean('evaluation_open').notNull().default(false),
    evaluationClosedAt: timestamp('evaluation_closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_sessions_programme_idx').on(t.programmeId),
    uniqueIndex('training_sessions_token_unique').on(t.evaluationToken),
    check('training_sessions_capacity_non_negative', sql`${t.capacity} >= 0`),
    check('training_sessions_status_known', sql`${t.status} in ('planned', 'running', 'done', 'cancelled')`),
    check('training_sessions_cancel_reason', sql`${t.status} <> 'cancelled' or coalesce(length(trim(${t.cancelReason})), 0) > 0`),
    check('training_sessions_open_needs_token', sql`not ${t.evaluationOpen} or ${t.evaluationToken} is not null`),
  ],
);

/** The days of a session ("7, 14 and 21 March"), each with its hours. `day` is the Brussels date of starts_at. */
export const trainingSessionDays = pgTable(
  'training_session_days',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('training_session_days_session_day_unique').on(t.sessionId, t.day),
    unique('training_session_days_session_id_unique').on(t.sessionId, t.id),
    // the sessions of a year (the year of their first day) are found from that year's days, not from every session ever
    index('training_session_days_day_idx').on(t.day, t.sessionId),
    check('training_session_days_order', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * A participant of a session: a person of the registry, or a professional (name, organisation, job title).
 * FKs to people(id) and organisations(id) are in the trainings_constraints migration.
 */
export const trainingParticipants = pgTable(
  'training_participants',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => trainingSessions.id),
    personId: integer('person_id'),
    professionalName: text('professional_name'),
    organisationId: integer('organisation_id'),
    jobTitle: text('job_title'),
    status: text('status', { enum: PARTICIPANT_STATUSES }).notNull(),
    enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull(),
    /** when the participant joined the waiting list (its order); null if enrolled directly */
    waitingSince: timestamp('waiting_since', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawReason: text('withdraw_reason'),
    outcome: text('outcome', { enum: OUTCOMES }).notNull().default('unknown'),
    outcomeDate: date('outcome_date'),
    outcomeNote: text('outcome_note'),
    /** the tool or file the record comes from, and its id there (unique per source): a second import updates it */
    source: text('source'),
    externalId: text('external_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('training_participants_source_external_unique').on(t.source, t.externalId),
    check('training_participants_external_with_source', sql`(${t.source} is null) = (${t.externalId} is null)`),
    unique('training_participants_session_id_unique').on(t.sessionId, t.id),
    uniqueIndex('training_participants_person_once').on(t.sessionId, t.personId).where(sql`person_id is not null and status <> 'withdrawn'`),
    index('training_participants_person_idx').on(t.personId),
    check('training_participants_who', sql`${t.personId} is not null or coalesce(length(trim(${t.professionalName})), 0) > 0`),
    check('training_participants_status_known', sql`${t.status} in ('enrolled', 'waiting', 'withdrawn')`),
    check('training_participants_outcome_known', sql`${t.outcome} in ('unknown', 'entered_training', 'found_job', 'still_looking')`),
    check('training_participants_waiting_since', sql`${t.status} <> 'waiting' or ${t.waitingSince} is not null`),
  ],
);

/** Attendance of a participant on one day; both must belong to the same session (composite foreign keys). */
export const trainingAttendance = pgTable(
  'training_attendance',
  {
    sessionId: integer('session_id').notNull(),
    participantId: integer('participant_id').notNull(),
    sessionDayId: integer('session_day_id').notNull(),
    present: boolean('present').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.participantId, t.sessionDayId] }),
    // a year's attendance is read by its sessions
    index('training_attendance_session_idx').on(t.sessionId),
    foreignKey({ name: 'training_attendance_participant_fk', columns: [t.sessionId, t.participantId], foreignColumns: [trainingParticipants.sessionId, trainingParticipants.id] }).onDelete('cascade'),
    foreignKey({ name: 'training_attendance_day_fk', columns: [t.sessionId, t.sessionDayId], foreignColumns: [trainingSessionDays.sessionId, trainingSessionDays.id] }).onDelete('cascade'),
  ],
);

/**
 * The links of an evaluation that were replaced when it was reopened: a participant who still holds the old one
 * is told that it was replaced (not "unknown link"). Reopening always makes a new link.
 */
export const trainingEvaluationOldLinks = pgTable(
  'training_evaluation_old_links',
  {
    token: text('token').primaryKey(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('training_evaluation_old_links_session_idx').on(t.sessionId)],
);


export const REQUEST_STATUSES = ['pending', 'accepted', 'declined'] as const;

/**
 * A visitor's request for a place in a public session, sent from the website's form (no account). A trainer accepts
 * it (the person is found or created in the registry and enrolled, or put on the waiting list) or declines it. Its
 * contact details are cleared once it is decided, and the request itself is deleted 30 days after its session's last
 * day (the job `trainings.purge_requests`).
 */
export const trainingRequests = pgTable(
  'training_requests',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    /** what the visitor is told and may quote at the desk, e.g. FOR-7KQ2-M9XD */
    reference: text('reference').notNull(),
    /** the random token of the form page it was sent from: the same form sent twice is one request */
    formToken: text('form_token').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    commune: text('commune'),
    locale: text('locale').notNull(),
    /** the session was full when the request came: the visitor was told it goes on the waiting list */
    waitingList: boolean('waiting_list').notNull().default(false),
    status: text('status', { enum: REQUEST_STATUSES }).notNull().default('pending'),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    /** once accepted: the person of the registry, and their participation */
    personId: integer('person_id'),
    participantId: integer('participant_id').references(() => trainingParticipants.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: integer('decided_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('training_requests_reference_unique').on(t.reference),
    uniqueIndex('training_requests_form_token_unique').on(t.formToken),
    index('training_requests_session_idx').on(t.sessionId, t.status),
    index('training_requests_person_idx').on(t.personId),
    check('training_requests_status_known', sql`${t.status} in ('pending', 'accepted', 'declined')`),
    check('training_requests_contact', sql`${t.status} <> 'pending' or ${t.email} is not null or ${t.phone} is not null`),
  ],
);
