import { z } from 'zod';
import { idOut, idParam, instantOut, isoDate, localDateOut, localTimeOut, queryId, requiredText, text, year } from '../../platform/http/schemas';
import { figureSchema } from '../../platform/stats';
import { OUTCOMES, PARTICIPANT_STATUSES, REQUEST_STATUSES, SESSION_STATUSES } from './trainings.table';

const id = z.number().int().positive();
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'error.time_invalid');

/** The texts staff write have a French and a Dutch version (`…Nl`: null until translated, shown as missing). */
export const programmeBody = z.strictObject({
  name: requiredText(200),
  nameNl: text(200).nullable().optional(),
  description: text(5000).nullable().optional(),
  descriptionNl: text(5000).nullable().optional(),
  targetPublic: text(500).nullable().optional(),
  targetPublicNl: text(500).nullable().optional(),
  funder: text(300).nullable().optional(),
  partnerIds: z.array(id).max(50).default([]),
  trainerIds: z.array(id).max(20).default([]),
  /** the end-of-training evaluation questions (satisfaction 1-5 each) */
  questions: z.array(requiredText(300)).max(30).default([]),
});
export type ProgrammeInput = z.infer<typeof programmeBody>;

export const programmePatch = z.strictObject({
  name: requiredText(200).optional(),
  nameNl: text(200).nullable().optional(),
  description: text(5000).nullable().optional(),
  descriptionNl: text(5000).nullable().optional(),
  targetPublic: text(500).nullable().optional(),
  targetPublicNl: text(500).nullable().optional(),
  funder: text(300).nullable().optional(),
  partnerIds: z.array(id).max(50).optional(),
  trainerIds: z.array(id).max(20).optional(),
  active: z.boolean().optional(),
});
export type ProgrammePatch = z.infer<typeof programmePatch>;

export const questionBody = z.strictObject({ text: requiredText(300), position: z.number().int().min(0).max(1000).optional() });
export const questionPatch = z.strictObject({
  text: requiredText(300).optional(),
  position: z.number().int().min(0).max(1000).optional(),
  active: z.boolean().optional(),
});

/** One day of a session, Brussels time: { date: '2022-03-07', from: '09:00', to: '12:30' }. */
export const sessionDay = z
  .strictObject({ date: isoDate, from: hhmm, to: hhmm })
  .refine((d) => d.to > d.from, { message: 'error.end_before_start', path: ['to'] });
export type SessionDayInput = z.infer<typeof sessionDay>;

const days = z
  .array(sessionDay)
  .min(1)
  .max(100)
  .refine((ds) => new Set(ds.map((d) => d.date)).size === ds.length, 'error.training_day_twice');
const capacity = z.number().int().min(0, 'error.capacity_negative').max(10_000);

export const sessionBody = z.strictObject({
  title: text(200).nullable().optional(),
  titleNl: text(200).nullable().optional(),
  room: text(200).nullable().optional(),
  capacity,
  days,
  /** open to the public: the website's agenda shows it, with how to register */
  isPublic: z.boolean().optional(),
});
export type SessionInput = z.infer<typeof sessionBody>;

export const sessionPatch = z.strictObject({
  title: text(200).nullable().optional(),
  titleNl: text(200).nullable().optional(),
  room: text(200).nullable().optional(),
  capacity: capacity.optional(),
  isPublic: z.boolean().optional(),
  /** the full list of days: days kept (same date) keep their attendance, days removed lose it */
  days: days.optional(),
});
export type SessionPatch = z.infer<typeof sessionPatch>;

export const sessionStatusBody = z
  .strictObject({ status: z.enum(SESSION_STATUSES), reason: text(500).optional() })
  .refine((s) => s.status !== 'cancelled' || !!s.reason, { message: 'error.training_cancel_reason', path: ['reason'] });

/** A participant: a person of the registry, or a professional (name, organisation, job title). */
export const participantBody = z
  .strictObject({
    personId: id.optional(),
    professionalName: text(200).optional(),
    organisationId: id.optional(),
    jobTitle: text(200).optional(),
  })
  .refine((p) => (p.personId !== undefined) !== !!p.professionalName, { message: 'error.training_participant_who', path: ['personId'] });
export type ParticipantInput = z.infer<typeof participantBody>;

export const withdrawBody = z.strictObject({ reason: text(500).optional() });

export const attendanceBody = z.strictObject({
  date: isoDate,
  entries: z
    .array(z.strictObject({ participantId: id, present: z.boolean() }))
    .min(1)
    .max(500),
});
export type AttendanceInput = z.infer<typeof attendanceBody>;

export const outcomeBody = z.strictObject({
  outcome: z.enum(OUTCOMES),
  date: isoDate.nullable().optional(),
  note: text(1000).nullable().optional(),
});
export type OutcomeInput = z.infer<typeof outcomeBody>;

export const evaluationBody = z.strictObject({
  answers: z
    .array(z.strictObject({ questionId: id, score: z.number().int().min(1, 'error.score_range').max(5, 'error.score_range') }))
    .min(1)
    .max(30)
    .refine((as) => new Set(as.map((a) => a.questionId)).size === as.length, 'error.training_question_twice'),
  comments: text(3000).optional(),
});
export type EvaluationInput = z.infer<typeof evaluationBody>;

/**
 * A visitor's request for a place, as the website's form sends it (every field a string; the checkbox "on" when
 * ticked). Each message is a key of the server catalog: the site shows the form again with them, in its language.
 */
const formText = (max: number, required: string) => z.string({ message: required }).trim().min(1, required).max(max, 'error.training_request_too_long');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'error.training_request_too_long')
    .optional()
    .transform((v) => v || null);
export const publicRequestInput = z
  .object({
    firstName: formText(100, 'error.training_request_first_name'),
    lastName: formText(100, 'error.training_request_last_name'),
    email: optionalText(200)
      .refine((v) => v === null || z.email().safeParse(v).success, 'error.training_request_email')
      .transform((v) => v?.toLowerCase() ?? null),
    phone: optionalText(40).refine((v) => v === null || (/^[0-9+()./\s-]+$/.test(v) && v.replace(/\D/g, '').length >= 8), 'error.training_request_phone'),
    commune: optionalText(100),
    consent: z.string({ message: 'error.training_request_consent' }).refine((v) => v === 'on' || v === 'true' || v === 'yes', 'error.training_request_consent'),
    locale: z.enum(['fr', 'nl', 'en']).catch('fr'),
    /** the random token written in the form's page: the same form sent twice is one request */
    token: z.string({ message: 'error.training_request_form_stale' }).regex(/^[A-Za-z0-9_-]{16,64}$/, 'error.training_request_form_stale'),
    /** a honeypot, hidden from people: robots fill it */
    website: z.string().optional(),
  })
  .refine((f) => f.email !== null || f.phone !== null, { message: 'error.training_request_contact', path: ['email'] });
export type PublicRequestInput = z.input<typeof publicRequestInput>;

/** Accepting a request: the person of the registry it is (a candidate of the duplicate check), or a new person. */
export const acceptRequestBody = z.strictObject({
  personId: id.optional(),
  /** set when the trainer saw the possible duplicates and the visitor is none of them */
  confirmNotDuplicate: z.boolean().optional(),
});
export type AcceptRequestInput = z.infer<typeof acceptRequestBody>;

export const tokenParam = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'error.evaluation_link_unknown') });
export const yearQuery = z.strictObject({ year: year.optional() });
export const programmesQuery = z.strictObject({ all: z.enum(['true', 'false']).optional() });

// --- answers ---------------------------------------------------------------------------------------

const int = z.number().int();
/** A timestamp column of a row (a Date, written as RFC 3339). */
const at = z.date();

export const questionParams = idParam.extend({ questionId: queryId });

export const questionSchema = z
  .object({ id: idOut, programmeId: idOut, text: z.string(), position: int, active: z.boolean() })
  .meta({ id: 'TrainingQuestion', description: 'A question of the end-of-training evaluation (satisfaction 1-5).' });

export const sessionDaySchema = z
  .object({ id: idOut, date: localDateOut, from: localTimeOut, to: localTimeOut, startsAt: instantOut, endsAt: instantOut, hours: z.number() })
  .meta({ id: 'TrainingSessionDay', description: 'One day of a session, Brussels time, with its length in hours.' });

const sessionFields = {
  id: idOut,
  programmeId: idOut,
  title: z.string().nullable(),
  titleNl: z.string().nullable(),
  room: z.string().nullable(),
  capacity: int,
  status: z.enum(SESSION_STATUSES),
  cancelReason: z.string().nullable(),
  isPublic: z.boolean().meta({ description: "open to the public: shown in the website's agenda" }),
  evaluationOpen: z.boolean(),
  evaluationClosedAt: at.nullable(),
  days: z.array(sessionDaySchema),
};
export const sessionSummarySchema = z
  .object({ ...sessionFields, enrolled: int, waiting: int })
  .meta({ id: 'TrainingSessionSummary', description: 'A session as the programme lists it: days, places taken, waiting list.' });

const programmeFields = {
  id: idOut,
  name: z.string(),
  nameNl: z.string().nullable(),
  description: z.string().nullable(),
  descriptionNl: z.string().nullable(),
  targetPublic: z.string().nullable(),
  targetPublicNl: z.string().nullable(),
  funder: z.string().nullable(),
  active: z.boolean(),
};
export const programmeListItem = z
  .object({ ...programmeFields, sessionCount: int, participantCount: int, nextDay: localDateOut.nullable() })
  .meta({ id: 'TrainingProgramme', description: 'A training programme, with its sessions and participants counted and its next day.' });
export const programmesAnswer = z.object({ items: z.array(programmeListItem) });

const named = z.object({ id: idOut, name: z.string().nullable() });
export const programmeDetail = z
  .object({ ...programmeFields, partners: z.array(named), trainers: z.array(named), questions: z.array(questionSchema), sessions: z.array(sessionSummarySchema) })
  .meta({ id: 'TrainingProgrammeDetail', description: 'A programme with its partners, trainers, evaluation questions and sessions.' });

const participantFields = {
  id: idOut,
  sessionId: idOut,
  personId: idOut.nullable(),
  professionalName: z.string().nullable(),
  organisationId: idOut.nullable(),
  jobTitle: z.string().nullable(),
  status: z.enum(PARTICIPANT_STATUSES),
  enrolledAt: at.nullable(),
  waitingSince: at.nullable(),
  withdrawnAt: at.nullable(),
  withdrawReason: z.string().nullable(),
  outcome: z.enum(OUTCOMES),
  outcomeDate: localDateOut.nullable(),
  outcomeNote: z.string().nullable(),
};
export const participantSchema = z.object(participantFields).meta({ id: 'TrainingParticipant', description: 'A participant of a session: enrolled, waiting or withdrawn, and the outcome.' });
export const withdrawAnswer = participantSchema.extend({ promoted: z.array(idOut) });

export const sessionParticipant = z
  .object({
    ...participantFields,
    name: z.string().nullable(),
    organisationName: z.string().nullable(),
    /** present (true) or absent (false) per day (YYYY-MM-DD); a day not taken yet is missing */
    attendance: z.record(z.string(), z.boolean()),
    /** on the waiting list: the place in it */
    position: int.optional(),
  })
  .meta({ id: 'TrainingSessionParticipant', description: 'A participant as the session shows them: name, organisation, attendance per day.' });

export const sessionDetail = z
  .object({
    ...sessionFields,
    programme: z.object({ id: idOut, name: z.string() }),
    /** the token of the public evaluation link while it is open */
    evaluationToken: z.string().nullable(),
    enrolled: int,
    participants: z.array(sessionParticipant),
    waitingList: z.array(sessionParticipant),
  })
  .meta({ id: 'TrainingSession', description: 'A session with its days, participants (attendance per day) and waiting list.' });

export const attendanceAnswer = z.object({ date: localDateOut, recorded: int, present: int });

const byOutcome = z.object(Object.fromEntries(OUTCOMES.map((o) => [o, int])) as Record<(typeof OUTCOMES)[number], typeof int>);
const outcomeFigures = { participants: int, positive: int, known: int, rate: z.number().nullable(), byOutcome };
export const outcomesAnswer = z
  .object({ programmeId: idOut, year: int.nullable(), ...outcomeFigures, sessions: z.array(z.object({ sessionId: idOut, title: z.string().nullable(), ...outcomeFigures })) })
  .meta({ id: 'TrainingOutcomes', description: "What became of a programme's participants (rate in percent of the known outcomes)." });

export const certificateSchema = z
  .object({
    participant: z.object({ id: idOut, name: z.string(), birthDate: localDateOut.nullable(), organisation: z.string().nullable(), jobTitle: z.string().nullable() }),
    programme: z.object({ id: idOut, name: z.string(), description: z.string().nullable() }),
    session: z.object({ id: idOut, title: z.string().nullable(), room: z.string().nullable(), days: z.array(sessionDaySchema) }),
    attendedDays: z.array(sessionDaySchema),
    attendedHours: z.number(),
    totalHours: z.number(),
    trainers: z.array(z.string()),
    issuedOn: localDateOut,
    /** the institution's settings, in the reader's language */
    issuer: z.object({ name: z.string(), address: z.string(), signatoryName: z.string().nullable(), signatoryTitle: z.string().nullable(), logoUrl: z.string().nullable() }),
  })
  .meta({ id: 'TrainingCertificate', description: 'What a printed attendance certificate shows.' });

export const evaluationOpenAnswer = z.object({ open: z.literal(true), token: z.string(), url: z.string() }).meta({ id: 'TrainingEvaluationLink', description: 'The public link of an open evaluation.' });
export const evaluationCloseAnswer = z.object({ open: z.literal(false) });
/** A paper form typed in: received (the survey engine keeps it apart from who typed it, with no id to trace it back). */
export const evaluationCreated = z.object({ received: z.literal(true) });
export const evaluationResults = z
  .object({
    sessionId: idOut,
    open: z.boolean(),
    closedAt: at.nullable(),
    forms: int,
    average: z.number().nullable(),
    questions: z.array(z.object({ id: idOut, text: z.string(), active: z.boolean(), answers: int, average: z.number().nullable(), distribution: z.array(int) })),
    /** the comments in alphabetical order (never in the order of answering: the forms are anonymous) */
    comments: z.array(z.object({ text: z.string() })),
  })
  .meta({ id: 'TrainingEvaluationResults', description: "A session's evaluation: average and distribution per question, comments." });

export const publicFormSchema = z
  .object({
    sessionId: idOut,
    programme: z.string(),
    session: z.string().nullable(),
    days: z.array(localDateOut),
    questions: z.array(z.object({ id: idOut, text: z.string() })),
    scale: z.object({ min: int, max: int }),
  })
  .meta({ id: 'TrainingPublicForm', description: 'The evaluation form behind a public link.' });
export const publicThanks = z.object({ thanks: z.literal(true) });

const rateOut = z.number().nullable();
export const statsAnswer = z
  .object({
    /** the year when the period is one calendar year, else null */
    year: int.nullable(),
    from: localDateOut,
    to: localDateOut,
    programmes: figureSchema,
    sessionsHeld: figureSchema,
    sessionsCancelled: figureSchema,
    participations: figureSchema,
    distinctPeople: figureSchema,
    professionals: figureSchema,
    attendanceRate: figureSchema,
    evaluationForms: figureSchema,
    evaluationAverage: figureSchema,
    positiveOutcomes: figureSchema,
    outcomeRate: figureSchema,
    byOrganisation: z.array(z.object({ name: z.string(), count: int })),
    /** rates as fractions (0.5 = 50 %) */
    perProgramme: z.array(
      z.object({
        id: idOut,
        name: z.string(),
        sessionsHeld: int,
        sessionsCancelled: int,
        cancelReasons: z.array(z.string()),
        participations: int,
        distinctPeople: int,
        professionals: int,
        attendanceRate: rateOut,
        evaluationForms: int,
        evaluationAverage: z.number().nullable(),
        outcomes: z.object({ positive: int, known: int, rate: rateOut }),
      }),
    ),
  })
  .meta({ id: 'TrainingStats', description: 'A year or a period of trainings (sessions counted by their first day), each figure beside the same period a year before (rates as fractions).' });

export const trainingRequestSchema = z
  .object({
    id: idOut,
    sessionId: idOut,
    reference: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    /** cleared once the request is decided */
    email: z.string().nullable(),
    phone: z.string().nullable(),
    commune: z.string().nullable(),
    locale: z.enum(['fr', 'nl', 'en']),
    /** the session was full when the visitor asked: the visitor was told it is for the waiting list */
    waitingList: z.boolean(),
    status: z.enum(REQUEST_STATUSES),
    personId: idOut.nullable(),
    participantId: idOut.nullable(),
    createdAt: at,
    decidedAt: at.nullable(),
  })
  .meta({ id: 'TrainingRequest', description: "A visitor's request for a place in a public session, sent from the website." });
export const trainingRequestsAnswer = z.object({ items: z.array(trainingRequestSchema) });
/** How the visitor is told of the decision: e-mailed, listed for staff to send or call, or nobody to tell. */
const told = z.enum(['email', 'manual', 'none']);
export const acceptRequestAnswer = z.object({ request: trainingRequestSchema, told, participantStatus: z.enum(['enrolled', 'waiting']) });
export const declineRequestAnswer = z.object({ request: trainingRequestSchema, told });
