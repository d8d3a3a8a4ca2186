import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';

// Foreign keys to people, organisations and offers are declared in the migration (SQL): a module never imports
// another module's table.

export const JOB_FAMILIES = ['horeca', 'cleaning', 'logistics', 'retail', 'care', 'construction', 'security', 'administration', 'it'] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const DAYPARTS = ['morning', 'afternoon', 'evening', 'night'] as const;
export const TRANSPORTS = ['walk', 'bike', 'public_transport', 'car'] as const;
export const PROGRAMMES = ['over_50', 'youthstart', 'jobroad'] as const;
export const MATCH_STATUSES = ['proposed', 'meet_requested', 'agreed', 'declined', 'meeting_planned', 'closed', 'withdrawn'] as const;
export const OUTCOMES = ['hired', 'not_hired', 'no_show'] as const;
export const NOT_HIRED_REASONS = ['skills', 'language', 'availability', 'travel', 'candidate_declined', 'position_filled', 'other'] as const;
export const FOLLOW_UPS = ['in_job', 'other_job', 'training', 'looking', 'lost_contact'] as const;
export const CIRCLE_KINDS = ['circle', 'workshop', 'job_sur_mesure'] as const;
export const SOLUTION_KINDS = ['training', 'job', 'social_help', 'language_course', 'housing', 'health', 'administrative', 'other'] as const;
export const APPOINTMENT_OUTCOMES = ['kept', 'missed', 'rescheduled'] as const;
/** Self-declared, optional, for the service's aggregated equality figures only (never scored, never shown to an employer). */
export const EQUALITY_GROUPS = ['woman', 'over_50', 'under_26', 'foreign_origin', 'disability', 'single_parent'] as const;

const list = (values: readonly (string | number)[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/** The skills catalogue (edited by staff), with the ESCO concept where one exists. */
export const matchingSkills = pgTable(
  'matching_skills',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    family: text('family', { enum: JOB_FAMILIES }).notNull(),
    labelFr: text('label_fr').notNull(),
    labelNl: text('label_nl').notNull(),
    labelEn: text('label_en').notNull(),
    escoUri: text('esco_uri'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('matching_skills_label_unique').on(t.family, t.labelFr),
    check('matching_skills_family_known', sql`${t.family} in (${list(JOB_FAMILIES)})`),
    check('matching_skills_esco_uri', sql`${t.escoUri} is null or ${t.escoUri} like 'http://data.europa.eu/esco/%'`),
  ],
);

/** A job seeker's candidate profile, built with them; it belongs to them (consent, withdrawal). */
export const matchingProfiles = pgTable(
  'matching_profiles',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id').notNull(),
    /** what an employer sees instead of a name */
    pseudonym: text('pseudonym').notNull(),
    skillIds: integer('skill_ids').array().notNull().default(sql`'{}'::int[]`),
    /** months of experience per job family */
    experience: jsonb('experience').$type<Record<string, number>>().notNull().default({}),
    /** [{ code: ISO 639-1, level: CEFR }] */
    languages: jsonb('languages').$type<{ code: string; level: (typeof CEFR_LEVELS)[number] }[]>().notNull().default([]),
    drivingLicence: boolean('driving_licence').notNull().default(false),
    days: integer('days').array().notNull().default(sql`'{}'::int[]`),
    dayparts: text('dayparts').array().notNull().default(sql`'{}'::text[]`),
    availableFrom: date('available_from'),
    maxKm: integer('max_km'),
    transports: text('transports').array().notNull().default(sql`'{}'::text[]`),
    /** the Brussels commune the person travels from (postal code of the commune), never shown to an employer */
    fromPostalCode: text('from_postal_code'),
    wishedFamilies: text('wished_families').array().notNull().default(sql`'{}'::text[]`),
    wishes: text('wishes'),
    programmes: text('programmes').array().notNull().default(sql`'{}'::text[]`),
    /** self-declared equality data, given with its own consent (aggregated figures of the service only) */
    equalityGroups: text('equality_groups').array().notNull().default(sql`'{}'::text[]`),
    equalityConsentAt: timestamp('equality_consent_at', { withTimezone: true }),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    consentWithdrawnAt: timestamp('consent_withdrawn_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('matching_profiles_person_unique').on(t.personId),
    uniqueIndex('matching_profiles_pseudonym_unique').on(t.pseudonym),
    index('matching_profiles_skills_idx').using('gin', t.skillIds),
    check('matching_profiles_max_km', sql`${t.maxKm} is null or ${t.maxKm} between 0 and 200`),
  ],
);

/** What an offer of the offers module asks, for the matching (one row per offer). */
export const matchingRequirements = pgTable(
  'matching_requirements',
  {
    offerId: integer('offer_id').primaryKey(),
    family: text('family', { enum: JOB_FAMILIES }),
    minExperienceMonths: integer('min_experience_months').notNull().default(0),
    essentialSkillIds: integer('essential_skill_ids').array().notNull().default(sql`'{}'::int[]`),
    niceSkillIds: integer('nice_skill_ids').array().notNull().default(sql`'{}'::int[]`),
    languages: jsonb('languages').$type<{ code: string; level: (typeof CEFR_LEVELS)[number] }[]>().notNull().default([]),
    drivingLicence: boolean('driving_licence').notNull().default(false),
    days: integer('days').array().notNull().default(sql`'{}'::int[]`),
    dayparts: text('dayparts').array().notNull().default(sql`'{}'::text[]`),
    startBy: date('start_by'),
    /** where the work is (postal code of a Brussels commune) */
    postalCode: text('postal_code'),
    /** the offer is reserved to this programme's members: it filters, it never scores */
    programme: text('programme', { enum: PROGRAMMES }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('matching_requirements_experience', sql`${t.minExperienceMonths} between 0 and 600`)],
);

/** The employer's private link to an offer's proposed candidates (no account; hashed, revocable, expiring). */
export const matchingLinks = pgTable(
  'matching_links',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    offerId: integer('offer_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('matching_links_token_unique').on(t.tokenHash), index('matching_links_offer_idx').on(t.offerId)],
);

/** A candidate proposed by staff for an offer, and what came of it. */
export const matchingMatches = pgTable(
  'matching_matches',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    offerId: integer('offer_id').notNull(),
    profileId: integer('profile_id')
      .notNull()
      .references(() => matchingProfiles.id, { onDelete: 'cascade' }),
    status: text('status', { enum: MATCH_STATUSES }).notNull().default('proposed'),
    score: integer('score').notNull(),
    proposedBy: integer('proposed_by').references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
    meetRequestedAt: timestamp('meet_requested_at', { withTimezone: true }),
    /** the person agreed to be introduced to this employer (recorded by staff), or declined */
    introductionConsentAt: timestamp('introduction_consent_at', { withTimezone: true }),
    declinedAt: timestamp('declined_at', { withTimezone: true }),
    revealedAt: timestamp('revealed_at', { withTimezone: true }),
    meetingAt: timestamp('meeting_at', { withTimezone: true }),
    meetingPlace: text('meeting_place'),
    meetingAttendees: text('meeting_attendees'),
    outcome: text('outcome', { enum: OUTCOMES }),
    notHiredReason: text('not_hired_reason', { enum: NOT_HIRED_REASONS }),
    outcomeAt: timestamp('outcome_at', { withTimezone: true }),
    followUp: text('follow_up', { enum: FOLLOW_UPS }),
    followUpAt: timestamp('follow_up_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('matching_matches_offer_profile_unique').on(t.offerId, t.profileId),
    index('matching_matches_profile_idx').on(t.profileId),
    check('matching_matches_status_known', sql`${t.status} in (${list(MATCH_STATUSES)})`),
    check('matching_matches_reason', sql`(${t.outcome} = 'not_hired') = (${t.notHiredReason} is not null)`),
    check('matching_matches_reveal_consented', sql`${t.revealedAt} is null or ${t.introductionConsentAt} is not null`),
  ],
);

/** A circle (cercle professionnel), a workshop (Atelier Solutions) or a "job sur mesure" session. */
export const matchingCircles = pgTable(
  'matching_circles',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind', { enum: CIRCLE_KINDS }).notNull(),
    titleFr: text('title_fr').notNull(),
    titleNl: text('title_nl').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    /** the last day of a workshop held over several days (Brussels); null when it is held on one day */
    endsOn: date('ends_on'),
    place: text('place').notNull(),
    /** partner organisations invited (organisations registry) */
    partnerIds: integer('partner_ids').array().notNull().default(sql`'{}'::int[]`),
    heldAt: timestamp('held_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('matching_circles_kind_known', sql`${t.kind} in (${list(CIRCLE_KINDS)})`)],
);

/** A job seeker's need, recorded by a referent, put on a circle's agenda. */
export const matchingCases = pgTable(
  'matching_cases',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id').notNull(),
    need: text('need').notNull(),
    circleId: integer('circle_id').references(() => matchingCircles.id, { onDelete: 'set null' }),
    referentId: integer('referent_id').references(() => users.id),
    followUp: text('follow_up', { enum: FOLLOW_UPS }),
    followUpAt: timestamp('follow_up_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('matching_cases_person_idx').on(t.personId), index('matching_cases_circle_idx').on(t.circleId)],
);

/** A solution proposed to a case during its circle. */
export const matchingSolutions = pgTable(
  'matching_solutions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer('case_id')
      .notNull()
      .references(() => matchingCases.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: SOLUTION_KINDS }).notNull(),
    description: text('description').notNull(),
    organisationId: integer('organisation_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('matching_solutions_case_idx').on(t.caseId), check('matching_solutions_kind_known', sql`${t.kind} in (${list(SOLUTION_KINDS)})`)],
);

/** The appointment a case leaves with, at a partner; the partner confirms it through a private link. */
export const matchingAppointments = pgTable(
  'matching_appointments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer('case_id')
      .notNull()
      .references(() => matchingCases.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    outcome: text('outcome', { enum: APPOINTMENT_OUTCOMES }),
    outcomeAt: timestamp('outcome_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('matching_appointments_token_unique').on(t.tokenHash), index('matching_appointments_case_idx').on(t.caseId)],
);

/** Who came to a workshop or circle, day by day (a workshop may run over several days). */
export const matchingAttendance = pgTable(
  'matching_attendance',
  {
    circleId: integer('circle_id')
      .notNull()
      .references(() => matchingCircles.id, { onDelete: 'cascade' }),
    personId: integer('person_id').notNull(),
    /** the day of the session (Brussels), between the circle's first and last day */
    day: date('day').notNull(),
    present: boolean('present').notNull(),
  },
  (t) => [primaryKey({ columns: [t.circleId, t.personId, t.day] })],
);

/**
 * One row: a number that grows with every change to the profiles (a trigger, in the migration), read in the same
 * snapshot as the profiles, so that a process may keep the ranking's columns in memory while the number stays the
 * same (across processes too).
 */
export const matchingProfilesVersion = pgTable(
  'matching_profiles_version',
  {
    id: integer('id').primaryKey().default(1),
    version: bigint('version', { mode: 'number' }).notNull().default(0),
  },
  (t) => [check('matching_profiles_version_one_row', sql`${t.id} = 1`)],
);
