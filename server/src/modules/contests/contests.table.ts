import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';

// contest_candidates.person_id references people(id): declared in the migration (a module never imports
// another module's table). contests.event_id is a reference without a foreign key (events attach later).

export const CONTEST_STATUSES = ['draft', 'open', 'closed'] as const;

/** A pitch contest (Fundtruck): candidates, weighted criteria, jurors scoring through private links. */
export const contests = pgTable(
  'contests',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    /** the event it is part of, when there is one (no foreign key) */
    eventId: integer('event_id'),
    heldOn: text('held_on'),
    status: text('status', { enum: CONTEST_STATUSES }).notNull().default('draft'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('contests_status_known', sql`${t.status} in ('draft', 'open', 'closed')`),
    check('contests_closed_at', sql`(${t.status} = 'closed') = (${t.closedAt} is not null)`),
    check('contests_held_on_format', sql`${t.heldOn} is null or ${t.heldOn} ~ '^\\d{4}-\\d{2}-\\d{2}$'`),
  ],
);

export const contestCriteria = pgTable(
  'contest_criteria',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    contestId: integer('contest_id')
      .notNull()
      .references(() => contests.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** relative weight (1 to 100): the ranking is the weighted mean of the criteria, each as a share of its maximum */
    weight: integer('weight').notNull(),
    maxScore: integer('max_score').notNull().default(10),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    index('contest_criteria_contest_idx').on(t.contestId),
    check('contest_criteria_weight_range', sql`${t.weight} between 1 and 100`),
    check('contest_criteria_max_range', sql`${t.maxScore} between 1 and 100`),
  ],
);

export const contestCandidates = pgTable(
  'contest_candidates',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    contestId: integer('contest_id')
      .notNull()
      .references(() => contests.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    project: text('project'),
    /** the candidate in the people registry, when known */
    personId: integer('person_id'),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('contest_candidates_contest_idx').on(t.contestId), index('contest_candidates_person_idx').on(t.personId)],
);

/** A juror: no account, a private link whose token is stored hashed; revoking it ends the link. */
export const contestJurors = pgTable(
  'contest_jurors',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    contestId: integer('contest_id')
      .notNull()
      .references(() => contests.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('contest_jurors_token_unique').on(t.tokenHash), index('contest_jurors_contest_idx').on(t.contestId)],
);

/** A conflict of interest: this juror does not score this candidate. */
export const contestConflicts = pgTable(
  'contest_conflicts',
  {
    jurorId: integer('juror_id')
      .notNull()
      .references(() => contestJurors.id, { onDelete: 'cascade' }),
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => contestCandidates.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ name: 'contest_conflicts_pk', columns: [t.jurorId, t.candidateId] })],
);

export const contestScores = pgTable(
  'contest_scores',
  {
    jurorId: integer('juror_id')
      .notNull()
      .references(() => contestJurors.id, { onDelete: 'cascade' }),
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => contestCandidates.id, { onDelete: 'cascade' }),
    criterionId: integer('criterion_id')
      .notNull()
      .references(() => contestCriteria.id, { onDelete: 'cascade' }),
    score: integer('score').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'contest_scores_pk', columns: [t.jurorId, t.candidateId, t.criterionId] }),
    index('contest_scores_candidate_idx').on(t.candidateId),
    check('contest_scores_range', sql`${t.score} between 0 and 100`),
  ],
);
