import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';

// The foreign key of survey_invitations.person_id and survey_participations.person_id to people(id) is declared
// in the migration (a module never imports another module's table).

export const QUESTION_KINDS = ['scale', 'single', 'multiple', 'text'] as const;
export const SURVEY_PURPOSES = ['survey', 'screening'] as const;
export const MATCH_MODES = ['first', 'all'] as const;

export interface ChoiceOption {
  key: string;
  labelFr: string;
  labelNl: string;
  labelEn: string | null;
}

/** A screening rule's condition: a question, an operator and a value (see surveys.screening.ts). */
export interface RuleCondition {
  questionId: number;
  op: 'equals' | 'includes' | 'at_least' | 'at_most';
  value: string | number;
}

/**
 * A survey (or a screening form): texts in FR/NL(/EN), the subject it is about (a reference, no foreign key,
 * so events or trainings attach later), open or closed, a public link (a random token; a new one each time it
 * is reopened) with a cap on the number of answers.
 */
export const surveys = pgTable(
  'surveys',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    purpose: text('purpose', { enum: SURVEY_PURPOSES }).notNull().default('survey'),
    titleFr: text('title_fr').notNull(),
    titleNl: text('title_nl').notNull(),
    titleEn: text('title_en'),
    introFr: text('intro_fr'),
    introNl: text('intro_nl'),
    introEn: text('intro_en'),
    /** what the survey is about: 'event' 42, 'training_session' 7, 'staff_party' ... (no foreign key) */
    subjectType: text('subject_type'),
    subjectId: integer('subject_id'),
    open: boolean('open').notNull().default(false),
    /** the public link's token while the survey is open (null: answers only through invitations) */
    publicToken: text('public_token'),
    publicLink: boolean('public_link').notNull().default(true),
    maxAnswers: integer('max_answers'),
    /** screening: the first matching rule, or every matching rule */
    matchMode: text('match_mode', { enum: MATCH_MODES }).notNull().default('first'),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('surveys_public_token_unique').on(t.publicToken),
    index('surveys_subject_idx').on(t.subjectType, t.subjectId),
    check('surveys_subject_pair', sql`(${t.subjectType} is null) = (${t.subjectId} is null)`),
    check('surveys_subject_type_format', sql`${t.subjectType} is null or ${t.subjectType} ~ '^[a-z][a-z0-9_]{1,39}$'`),
    check('surveys_max_answers_positive', sql`${t.maxAnswers} is null or ${t.maxAnswers} between 1 and 100000`),
  ],
);

export const surveyQuestions = pgTable(
  'survey_questions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    kind: text('kind', { enum: QUESTION_KINDS }).notNull(),
    textFr: text('text_fr').notNull(),
    textNl: text('text_nl').notNull(),
    textEn: text('text_en'),
    /** scale: 1-5 or 0-10 */
    scaleMin: integer('scale_min'),
    scaleMax: integer('scale_max'),
    options: jsonb('options').$type<ChoiceOption[]>().notNull().default([]),
    required: boolean('required').notNull().default(true),
    /** the asking module's own name for the question ('tq:12': the training programme's question 12), or none */
    key: text('key'),
  },
  (t) => [
    index('survey_questions_survey_idx').on(t.surveyId, t.position),
    uniqueIndex('survey_questions_key_unique').on(t.surveyId, t.key),
    check('survey_questions_scale', sql`(${t.kind} = 'scale') = (${t.scaleMin} is not null) and ((${t.scaleMin} = 1 and ${t.scaleMax} = 5) or (${t.scaleMin} = 0 and ${t.scaleMax} = 10) or ${t.scaleMin} is null)`),
  ],
);

/**
 * A personal link to answer (a staff member, a registration, a participant): the token is stored hashed.
 * Answering marks the invitation used (who answered), never which answers were given.
 */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    /** what the invitation is for: 'registration:42', 'user:3', a name... (set by the caller) */
    participantKey: text('participant_key').notNull(),
    personId: integer('person_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('survey_invitations_token_unique').on(t.tokenHash),
    uniqueIndex('survey_invitations_participant_unique').on(t.surveyId, t.participantKey),
    index('survey_invitations_person_idx').on(t.personId),
  ],
);

/**
 * "Who answered": one row per participant who answered, so that a second answer is refused. It holds no link
 * to the answers and no time (the answers keep only their day), as Indico keeps submissions apart.
 */
export const surveyParticipations = pgTable(
  'survey_participations',
  {
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    participantKey: text('participant_key').notNull(),
    personId: integer('person_id'),
  },
  (t) => [primaryKey({ name: 'survey_participations_pk', columns: [t.surveyId, t.participantKey] }), index('survey_participations_person_idx').on(t.personId)],
);

/**
 * "What was answered": one row per answer form, with a random id (no sequence that follows the order of the
 * participations), the day only, and no link to a person, an invitation or an address.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    answeredOn: date('answered_on', { mode: 'string' }).notNull(),
    /** screening: the ids of the rules that oriented the candidate */
    matchedRules: jsonb('matched_rules').$type<number[]>(),
  },
  (t) => [index('survey_responses_survey_idx').on(t.surveyId, t.id)],
);

export const surveyAnswers = pgTable(
  'survey_answers',
  {
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponses.id, { onDelete: 'cascade' }),
    questionId: integer('question_id')
      .notNull()
      .references(() => surveyQuestions.id, { onDelete: 'cascade' }),
    scale: integer('scale'),
    choices: jsonb('choices').$type<string[]>(),
    text: text('text'),
  },
  (t) => [
    primaryKey({ name: 'survey_answers_pk', columns: [t.responseId, t.questionId] }),
    index('survey_answers_question_idx').on(t.questionId),
    check('survey_answers_text_length', sql`${t.text} is null or length(${t.text}) <= 3000`),
  ],
);

/** Screening rules written by staff: when every condition holds, the candidate is oriented to the target. */
export const screeningRules = pgTable(
  'screening_rules',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    conditions: jsonb('conditions').$type<RuleCondition[]>().notNull(),
    targetFr: text('target_fr').notNull(),
    targetNl: text('target_nl').notNull(),
    targetEn: text('target_en'),
    active: boolean('active').notNull().default(true),
  },
  (t) => [index('screening_rules_survey_idx').on(t.surveyId, t.position)],
);
