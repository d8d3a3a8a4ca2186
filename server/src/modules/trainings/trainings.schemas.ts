import { z } from 'zod';
import { isoDate, requiredText, text, year } from '../../platform/http/schemas';
import { OUTCOMES, SESSION_STATUSES } from './trainings.table';

const id = z.number().int().positive();
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'error.time_invalid');

export const programmeBody = z.strictObject({
  name: requiredText(200),
  description: text(5000).nullable().optional(),
  targetPublic: text(500).nullable().optional(),
  funder: text(300).nullable().optional(),
  partnerIds: z.array(id).max(50).default([]),
  trainerIds: z.array(id).max(20).default([]),
  /** the end-of-training evaluation questions (satisfaction 1-5 each) */
  questions: z.array(requiredText(300)).max(30).default([]),
});
export type ProgrammeInput = z.infer<typeof programmeBody>;

export const programmePatch = z.strictObject({
  name: requiredText(200).optional(),
  description: text(5000).nullable().optional(),
  targetPublic: text(500).nullable().optional(),
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
  room: text(200).nullable().optional(),
  capacity,
  days,
});
export type SessionInput = z.infer<typeof sessionBody>;

export const sessionPatch = z.strictObject({
  title: text(200).nullable().optional(),
  room: text(200).nullable().optional(),
  capacity: capacity.optional(),
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

export const tokenParam = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'error.evaluation_link_unknown') });
export const yearParam = z.strictObject({ year });
export const yearQuery = z.strictObject({ year: year.optional() });
export const programmesQuery = z.strictObject({ all: z.enum(['true', 'false']).optional() });
