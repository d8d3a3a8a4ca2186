import { z } from 'zod';
import { bodyId, idOut, instantOut, isoDate, localDateOut, localTime, queryId, requiredText, text } from '../../platform/http/schemas';
import { checkPeriod, figureSchema, periodFields } from '../../platform/stats';
import {
  APPOINTMENT_OUTCOMES,
  CEFR_LEVELS,
  CIRCLE_KINDS,
  DAYPARTS,
  EQUALITY_GROUPS,
  FOLLOW_UPS,
  JOB_FAMILIES,
  MATCH_STATUSES,
  NOT_HIRED_REASONS,
  OUTCOMES,
  PROGRAMMES,
  SOLUTION_KINDS,
  TRANSPORTS,
} from './matching.table';
import { CRITERION_KINDS, RESULTS } from './matching.scoring';
import { COMMUNE_CENTRES } from './matching.catalog';

const int = z.number().int();
const optionalText = (max: number) => text(max).nullable().optional();
const unique = <T extends z.ZodTypeAny>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((a) => new Set(a).size === a.length, 'error.matching.duplicate');

const languageCode = z.string().trim().toLowerCase().regex(/^[a-z]{2}$/, 'error.matching.language_invalid');
const cefrLevel = z.enum(CEFR_LEVELS, { error: 'error.matching.cefr_invalid' });
const languageLevels = z
  .array(z.strictObject({ code: languageCode, level: cefrLevel }))
  .max(12)
  .refine((a) => new Set(a.map((l) => l.code)).size === a.length, 'error.matching.duplicate');
const postalCode = z.string().refine((c) => Object.hasOwn(COMMUNE_CENTRES, c), 'error.matching.postal_code_unknown');
const skillIds = unique(bodyId, 60);
const experience = z.partialRecord(z.enum(JOB_FAMILIES), z.number().int().min(0, 'error.matching.months_invalid').max(600, 'error.matching.months_invalid'));
const escoUri = z.string().trim().max(200).regex(/^http:\/\/data\.europa\.eu\/esco\/(skill|occupation)\/[0-9a-f-]{36}$/, 'error.matching.esco_invalid');
const phone = z.string().trim().max(40).regex(/^[+0-9 ./()-]{6,40}$/, 'error.matching.phone_invalid');
const email = z.string().trim().toLowerCase().email().max(200);

export const tokenParam = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'error.matching.link_unknown') });
export const tokenMatchParams = z.strictObject({ token: tokenParam.shape.token, id: queryId });
export const offerParam = z.strictObject({ offerId: queryId });

// --- skills catalogue -------------------------------------------------------------------------------

export const skillBody = z.strictObject({
  family: z.enum(JOB_FAMILIES),
  labelFr: requiredText(120),
  labelNl: requiredText(120),
  labelEn: requiredText(120),
  escoUri: escoUri.nullable().optional(),
  active: z.boolean().default(true),
});
export type SkillInput = z.infer<typeof skillBody>;
export const skillPatch = z.strictObject({ ...skillBody.shape, active: z.boolean() }).partial();
export type SkillPatch = z.infer<typeof skillPatch>;
export const skillsQuery = z.strictObject({ family: z.enum(JOB_FAMILIES).optional(), includeInactive: z.enum(['true', 'false']).optional() });

const labels = z.object({ fr: z.string(), nl: z.string(), en: z.string() });
export const skillSchema = z
  .object({ id: idOut, family: z.enum(JOB_FAMILIES), label: labels, escoUri: z.string().nullable(), active: z.boolean() })
  .meta({ id: 'MatchingSkill', description: 'A skill of the catalogue, with its ESCO concept where one exists.' });
export const skillsAnswer = z.object({ items: z.array(skillSchema) });

// --- candidate profiles -----------------------------------------------------------------------------

const profileFields = {
  skillIds,
  experience,
  languages: languageLevels,
  drivingLicence: z.boolean(),
  days: unique(z.number().int().min(1).max(7), 7),
  dayparts: unique(z.enum(DAYPARTS), 4),
  availableFrom: isoDate.nullable(),
  maxKm: z.number().int().min(0).max(200).nullable(),
  transports: unique(z.enum(TRANSPORTS), 4),
  fromPostalCode: postalCode.nullable(),
  wishedFamilies: unique(z.enum(JOB_FAMILIES), 9),
  wishes: optionalText(2000),
  programmes: unique(z.enum(PROGRAMMES), 3),
  /** optional self-declared equality data, with its own consent (aggregated figures of the service only) */
  equalityGroups: unique(z.enum(EQUALITY_GROUPS), 6),
};

export const profileBody = z
  .strictObject({
    personId: bodyId,
    /** the person agrees to this profile being kept and proposed to employers (without their name) */
    consent: z.literal(true, { error: 'error.matching.consent_required' }),
    equalityConsent: z.boolean().default(false),
    skillIds: profileFields.skillIds.default([]),
    experience: profileFields.experience.default({}),
    languages: profileFields.languages.default([]),
    drivingLicence: profileFields.drivingLicence.default(false),
    days: profileFields.days.default([]),
    dayparts: profileFields.dayparts.default([]),
    availableFrom: profileFields.availableFrom.optional(),
    maxKm: profileFields.maxKm.optional(),
    transports: profileFields.transports.default([]),
    fromPostalCode: profileFields.fromPostalCode.optional(),
    wishedFamilies: profileFields.wishedFamilies.default([]),
    wishes: profileFields.wishes,
    programmes: profileFields.programmes.default([]),
    equalityGroups: profileFields.equalityGroups.default([]),
  })
  .refine((v) => v.equalityConsent || v.equalityGroups.length === 0, { message: 'error.matching.equality_consent_required', path: ['equalityGroups'] });
export type ProfileInput = z.infer<typeof profileBody>;
export const profilePatch = z.strictObject({ ...profileFields, equalityConsent: z.boolean() }).partial();
export type ProfilePatch = z.infer<typeof profilePatch>;
export const profilesQuery = z.strictObject({ programme: z.enum(PROGRAMMES).optional(), personId: queryId.optional(), limit: z.coerce.number().int().min(1).max(500).default(100), offset: z.coerce.number().int().min(0).max(1_000_000).default(0) });

const availability = z.object({ days: z.array(int), dayparts: z.array(z.enum(DAYPARTS)), availableFrom: localDateOut.nullable() });
export const profileSchema = z
  .object({
    id: idOut,
    pseudonym: z.string(),
    person: z.object({ id: idOut, firstName: z.string(), lastName: z.string() }),
    skills: z.array(z.object({ id: idOut, label: labels })),
    experience: z.array(z.object({ family: z.enum(JOB_FAMILIES), months: int })),
    languages: z.array(z.object({ code: z.string(), level: z.enum(CEFR_LEVELS) })),
    drivingLicence: z.boolean(),
    availability,
    mobility: z.object({ maxKm: int.nullable(), transports: z.array(z.enum(TRANSPORTS)), fromPostalCode: z.string().nullable() }),
    wishedFamilies: z.array(z.enum(JOB_FAMILIES)),
    wishes: z.string().nullable(),
    programmes: z.array(z.enum(PROGRAMMES)),
    equalityGroups: z.array(z.enum(EQUALITY_GROUPS)),
    consentAt: instantOut.nullable(),
    consentWithdrawnAt: instantOut.nullable(),
    equalityConsentAt: instantOut.nullable(),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .meta({ id: 'MatchingProfile', description: "A job seeker's candidate profile as staff see it (with the person's name)." });
export const profilesAnswer = z.object({ items: z.array(profileSchema), total: int });

// --- offers' requirements and rankings --------------------------------------------------------------

export const requirementBody = z
  .strictObject({
    family: z.enum(JOB_FAMILIES).nullable().default(null),
    minExperienceMonths: z.number().int().min(0, 'error.matching.months_invalid').max(600, 'error.matching.months_invalid').default(0),
    essentialSkillIds: skillIds.default([]),
    niceSkillIds: skillIds.default([]),
    languages: languageLevels.default([]),
    drivingLicence: z.boolean().default(false),
    days: unique(z.number().int().min(1).max(7), 7).default([]),
    dayparts: unique(z.enum(DAYPARTS), 4).default([]),
    startBy: isoDate.nullable().default(null),
    postalCode: postalCode.nullable().default(null),
    programme: z.enum(PROGRAMMES).nullable().default(null),
  })
  .refine((v) => !v.essentialSkillIds.some((s) => v.niceSkillIds.includes(s)), { message: 'error.matching.skill_twice', path: ['niceSkillIds'] });
export type RequirementInput = z.infer<typeof requirementBody>;

export const requirementSchema = z
  .object({
    offerId: idOut,
    family: z.enum(JOB_FAMILIES).nullable(),
    minExperienceMonths: int,
    essentialSkillIds: z.array(int),
    niceSkillIds: z.array(int),
    languages: z.array(z.object({ code: z.string(), level: z.enum(CEFR_LEVELS) })),
    drivingLicence: z.boolean(),
    days: z.array(int),
    dayparts: z.array(z.enum(DAYPARTS)),
    startBy: localDateOut.nullable(),
    postalCode: z.string().nullable(),
    programme: z.enum(PROGRAMMES).nullable(),
  })
  .meta({ id: 'MatchingRequirement', description: 'What an offer asks, for the matching (weights in MatchingCriterion).' });

export const criterionSchema = z
  .object({
    kind: z.enum(CRITERION_KINDS),
    ref: z.string().nullable(),
    /** the skill's or language's name in the caller's language, or the job family's */
    label: z.string().nullable(),
    weight: int,
    result: z.enum(RESULTS),
    required: z.string().nullable(),
    actual: z.string().nullable(),
  })
  .meta({ id: 'MatchingCriterion', description: 'One requirement of an offer: met, partly met or not met, with its weight.' });

export const rankQuery = z.strictObject({ programme: z.enum(PROGRAMMES).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) });
export const candidatesAnswer = z
  .object({
    offerId: idOut,
    items: z.array(z.object({ profileId: idOut, pseudonym: z.string(), personId: idOut, score: int, criteria: z.array(criterionSchema), matchId: idOut.nullable() })),
  })
  .meta({ id: 'MatchingCandidates', description: "An offer's candidates, best first, each with the explained score (staff's view)." });
export const offersForAnswer = z
  .object({
    profileId: idOut,
    items: z.array(z.object({ offerId: idOut, title: z.object({ fr: z.string(), nl: z.string(), en: z.string().nullable() }), employer: z.string(), score: int, criteria: z.array(criterionSchema), matchId: idOut.nullable() })),
  })
  .meta({ id: 'MatchingOffersFor', description: "A candidate's offers, best first, each with the explained score." });

// --- matches ----------------------------------------------------------------------------------------

export const matchBody = z.strictObject({ offerId: bodyId, profileId: bodyId });
export const matchesQuery = z.strictObject({ offerId: queryId.optional(), profileId: queryId.optional(), status: z.enum(MATCH_STATUSES).optional() });
export const introductionBody = z.strictObject({ agreed: z.boolean() });
export const meetingBody = z.strictObject({ date: isoDate, time: localTime, place: requiredText(200), attendees: requiredText(500) });
export type MeetingInput = z.infer<typeof meetingBody>;
export const outcomeBody = z
  .strictObject({ outcome: z.enum(OUTCOMES), reason: z.enum(NOT_HIRED_REASONS).nullable().optional() })
  .refine((v) => (v.outcome === 'not_hired') === !!v.reason, { message: 'error.matching.reason_required', path: ['reason'] });
export type OutcomeInput = z.infer<typeof outcomeBody>;
export const followUpBody = z.strictObject({ followUp: z.enum(FOLLOW_UPS) });

export const matchSchema = z
  .object({
    id: idOut,
    offerId: idOut,
    offerTitle: z.object({ fr: z.string(), nl: z.string(), en: z.string().nullable() }),
    employer: z.string(),
    profileId: idOut,
    pseudonym: z.string(),
    personId: idOut,
    status: z.enum(MATCH_STATUSES),
    score: int,
    proposedAt: instantOut,
    meetRequestedAt: instantOut.nullable(),
    introductionConsentAt: instantOut.nullable(),
    declinedAt: instantOut.nullable(),
    revealedAt: instantOut.nullable(),
    meetingAt: instantOut.nullable(),
    meetingPlace: z.string().nullable(),
    meetingAttendees: z.string().nullable(),
    outcome: z.enum(OUTCOMES).nullable(),
    notHiredReason: z.enum(NOT_HIRED_REASONS).nullable(),
    outcomeAt: instantOut.nullable(),
    /** when the 3-month follow-up is due (three months after the outcome) */
    followUpDue: localDateOut.nullable(),
    followUp: z.enum(FOLLOW_UPS).nullable(),
    followUpAt: instantOut.nullable(),
    /** how the job seeker was told of the meeting: e-mail, or a call by staff (the outbox's call list) */
    notified: z.enum(['email', 'manual']).nullable().optional(),
  })
  .meta({ id: 'MatchingMatch', description: 'A candidate proposed for an offer, and what came of it.' });
export const matchesAnswer = z.object({ items: z.array(matchSchema) });

export const linkBody = z.strictObject({ validUntil: isoDate.optional() });
export const linkAnswer = z
  .object({ token: z.string(), path: z.string(), expiresAt: instantOut })
  .meta({ id: 'MatchingLink', description: 'A private link: the token is shown this once (only its hash is kept).' });

// --- what an employer sees through its link ----------------------------------------------------------
// Strict schemas built field by field: no name, photo, age, birth date, sex, nationality, origin, address, commune,
// health, belief, civil status, wealth, social origin, equality data, programme or free text written about the
// person can be serialised here. matching.test.ts walks these schemas and every answer of the link.

export const employerCandidateSchema = z
  .strictObject({
    matchId: idOut,
    pseudonym: z.string(),
    score: int,
    criteria: z.array(criterionSchema),
    skills: z.array(z.object({ id: idOut, label: z.string() })),
    experience: z.array(z.object({ family: z.enum(JOB_FAMILIES), months: int })),
    languages: z.array(z.object({ code: z.string(), level: z.enum(CEFR_LEVELS) })),
    drivingLicence: z.boolean(),
    availability,
    mobility: z.object({ maxKm: int.nullable(), transports: z.array(z.enum(TRANSPORTS)) }),
    meetRequested: z.boolean(),
    introductionAgreed: z.boolean(),
    meeting: z.object({ at: instantOut, place: z.string() }).nullable(),
  })
  .meta({ id: 'MatchingEmployerCandidate', description: 'A pseudonymous candidate as an employer sees it: skills and conditions only.' });

export const employerSpaceAnswer = z
  .strictObject({
    offer: z.object({ id: idOut, title: z.object({ fr: z.string(), nl: z.string(), en: z.string().nullable() }), employer: z.string() }),
    expiresAt: instantOut,
    candidates: z.array(employerCandidateSchema),
  })
  .meta({ id: 'MatchingEmployerSpace', description: "What an employer sees through its private link: the offer's pseudonymous candidates." });

/** The identity, answered only by the explicit reveal step, after the person agreed to be introduced. */
export const revealAnswer = z
  .strictObject({ matchId: idOut, pseudonym: z.string(), firstName: z.string(), lastName: z.string(), email: z.string().nullable(), phone: z.string().nullable() })
  .meta({ id: 'MatchingReveal', description: 'The candidate introduced by name, after they agreed (audited).' });

// --- circles ----------------------------------------------------------------------------------------

export const circleBody = z.strictObject({
  kind: z.enum(CIRCLE_KINDS),
  titleFr: requiredText(160),
  titleNl: requiredText(160),
  date: isoDate,
  time: localTime,
  /** the last day of a workshop held over several days (none for one day) */
  endsOn: isoDate.nullable().optional(),
  place: requiredText(200),
  partnerIds: unique(bodyId, 40).default([]),
});
export type CircleInput = z.infer<typeof circleBody>;
export const circlePatch = z.strictObject({ ...circleBody.shape, partnerIds: unique(bodyId, 40) }).partial();
export type CirclePatch = z.infer<typeof circlePatch>;
export const caseBody = z.strictObject({ personId: bodyId, need: requiredText(2000), circleId: bodyId.nullable().optional() });
export type CaseInput = z.infer<typeof caseBody>;
export const casePatch = z.strictObject({ need: requiredText(2000), circleId: bodyId.nullable() }).partial();
export const solutionBody = z.strictObject({ kind: z.enum(SOLUTION_KINDS), description: requiredText(1000), organisationId: bodyId.nullable().optional() });
export const appointmentBody = z.strictObject({
  organisationId: bodyId,
  date: isoDate,
  time: localTime,
  place: requiredText(200),
  contactName: requiredText(120),
  contactPhone: phone.nullable().optional(),
  contactEmail: email.nullable().optional(),
});
export type AppointmentInput = z.infer<typeof appointmentBody>;
/** `day`: which day of a workshop held over several days (its first day when not given). */
export const attendanceBody = z.strictObject({ personId: bodyId, present: z.boolean(), day: isoDate.optional() });
export const appointmentOutcomeBody = z.strictObject({ outcome: z.enum(APPOINTMENT_OUTCOMES) });
export const partnerAnswerBody = z
  .strictObject({ confirmed: z.boolean().optional(), outcome: z.enum(APPOINTMENT_OUTCOMES).optional() })
  .refine((v) => v.confirmed !== undefined || v.outcome !== undefined, { message: 'error.matching.nothing_to_record' });

const appointmentOut = z.object({
  id: idOut,
  organisation: z.object({ id: idOut, name: z.string() }),
  startsAt: instantOut,
  place: z.string(),
  contactName: z.string(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  confirmedAt: instantOut.nullable(),
  outcome: z.enum(APPOINTMENT_OUTCOMES).nullable(),
  outcomeAt: instantOut.nullable(),
  revokedAt: instantOut.nullable(),
});
export const appointmentCreated = appointmentOut.extend({ link: linkAnswer }).meta({ id: 'MatchingAppointmentCreated' });
export const caseSchema = z
  .object({
    id: idOut,
    person: z.object({ id: idOut, firstName: z.string(), lastName: z.string() }),
    need: z.string(),
    circleId: idOut.nullable(),
    solutions: z.array(z.object({ id: idOut, kind: z.enum(SOLUTION_KINDS), description: z.string(), organisationId: idOut.nullable() })),
    appointments: z.array(appointmentOut),
    followUpDue: localDateOut.nullable(),
    followUp: z.enum(FOLLOW_UPS).nullable(),
    followUpAt: instantOut.nullable(),
    createdAt: instantOut,
  })
  .meta({ id: 'MatchingCase', description: "A job seeker's need brought to a circle, its solutions and partner appointments." });
export const circleSchema = z
  .object({
    id: idOut,
    kind: z.enum(CIRCLE_KINDS),
    title: z.object({ fr: z.string(), nl: z.string() }),
    startsAt: instantOut,
    endsOn: localDateOut.nullable(),
    /** every day of the session, first to last (one for a one-day circle) */
    days: z.array(localDateOut),
    place: z.string(),
    partners: z.array(z.object({ id: idOut, name: z.string() })),
    heldAt: instantOut.nullable(),
    cases: z.array(caseSchema),
    attendance: z.array(z.object({ personId: idOut, firstName: z.string(), lastName: z.string(), day: localDateOut, present: z.boolean() })),
  })
  .meta({ id: 'MatchingCircle', description: 'A circle, workshop or "job sur mesure" session, its cases and attendance.' });
export const circlesAnswer = z.object({ items: z.array(circleSchema.omit({ cases: true, attendance: true }).extend({ cases: int })) });
export const casesQuery = z.strictObject({ circleId: queryId.optional(), personId: queryId.optional(), unscheduled: z.enum(['true', 'false']).optional() });
export const casesAnswer = z.object({ items: z.array(caseSchema) });

export const partnerSpaceAnswer = z
  .strictObject({
    organisation: z.string(),
    startsAt: instantOut,
    place: z.string(),
    contactName: z.string(),
    /** who comes: first name and last name only, so that the partner can welcome them */
    person: z.object({ firstName: z.string(), lastName: z.string() }),
    confirmedAt: instantOut.nullable(),
    outcome: z.enum(APPOINTMENT_OUTCOMES).nullable(),
    expiresAt: instantOut,
  })
  .meta({ id: 'MatchingPartnerSpace', description: 'What a partner sees of an appointment through its private link.' });

// --- statistics -------------------------------------------------------------------------------------

export const statsQuery = z.strictObject(periodFields).superRefine(checkPeriod);
export const statsExportQuery = z.strictObject({ ...periodFields, format: z.enum(['xlsx', 'csv']).default('xlsx') }).superRefine(checkPeriod);
export const statsAnswer = z
  .object({
    from: localDateOut,
    to: localDateOut,
    profiles: figureSchema,
    proposed: figureSchema,
    meetings: figureSchema,
    hires: figureSchema,
    inJobAtThreeMonths: figureSchema,
    circles: figureSchema,
    cases: figureSchema,
    solutions: figureSchema,
    appointmentsKept: figureSchema,
    peopleReached: figureSchema,
    byProgramme: z.array(z.object({ programme: z.enum(PROGRAMMES), profiles: int, proposed: int, meetings: int, hired: int })),
    byOutcome: z.array(z.object({ outcome: z.enum(OUTCOMES), reason: z.enum(NOT_HIRED_REASONS).nullable(), count: int })),
    bySolution: z.array(z.object({ kind: z.enum(SOLUTION_KINDS), count: int })),
    /** by self-declared group, for the service only (never for an employer); a group of fewer than 5 people is not shown */
    byGroup: z.array(z.object({ group: z.enum(EQUALITY_GROUPS), people: int, proposed: int, meetings: int, hired: int })),
    byMonth: z.array(z.object({ month: z.string(), proposed: int, meetings: int, hired: int, appointmentsKept: int })),
  })
  .meta({ id: 'MatchingStats', description: 'Profiles, matchings, meetings, hires, circles, cases, solutions and partner appointments over a period.' });
