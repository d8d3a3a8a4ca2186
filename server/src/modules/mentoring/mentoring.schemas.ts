import { z } from 'zod';
import { bodyId, idOut, instantOut, isoDate, queryId, text } from '../../platform/http/schemas';
import { checkPeriod, periodFields } from '../../platform/stats';
import { AREAS } from '../diagnostic/diagnostic.engine';
import { PAIR_STATUSES } from './mentoring.table';

export const mentorBody = z
  .strictObject({
    personId: bodyId.nullable().optional(),
    name: z.string().trim().min(1).max(120).nullable().optional(),
    phone: text(40).nullable().optional(),
    email: z.string().trim().email('error.mentoring.email_invalid').max(200).nullable().optional(),
    trainedOn: isoDate.nullable().optional(),
    training: text(200).nullable().optional(),
  })
  .refine((v) => v.personId || v.name, { message: 'error.mentoring.person_or_name', path: ['name'] });
export type MentorInput = z.infer<typeof mentorBody>;
export const mentorPatch = z.strictObject({
  name: z.string().trim().min(1).max(120).nullable().optional(),
  phone: text(40).nullable().optional(),
  email: z.string().trim().email('error.mentoring.email_invalid').max(200).nullable().optional(),
  trainedOn: isoDate.nullable().optional(),
  training: text(200).nullable().optional(),
  active: z.boolean().optional(),
});
export type MentorPatch = z.infer<typeof mentorPatch>;

export const pairBody = z.strictObject({
  mentorId: bodyId,
  menteeId: bodyId,
  status: z.enum(['proposed', 'active']).default('proposed'),
  startsOn: isoDate.nullable().optional(),
  note: text(1000).nullable().optional(),
});
export type PairInput = z.infer<typeof pairBody>;
export const pairPatch = z.strictObject({
  status: z.enum(PAIR_STATUSES).optional(),
  startsOn: isoDate.nullable().optional(),
  endsOn: isoDate.nullable().optional(),
  note: text(1000).nullable().optional(),
});
export type PairPatch = z.infer<typeof pairPatch>;
export const pairsQuery = z.strictObject({ status: z.enum([...PAIR_STATUSES, 'open', 'all']).default('open'), menteeId: queryId.optional(), mentorId: queryId.optional() });

export const sessionBody = z.strictObject({
  on: isoDate,
  minutes: z.number().int().min(5, 'error.mentoring.minutes_range').max(480, 'error.mentoring.minutes_range'),
  areas: z.array(z.enum(AREAS)).max(5).default([]),
  topics: text(1000).nullable().optional(),
});
export type SessionInput = z.infer<typeof sessionBody>;

export const statsQuery = z.strictObject({ ...periodFields }).superRefine(checkPeriod);
export const exportQuery = z.strictObject({ ...periodFields, format: z.enum(['xlsx', 'csv']).default('xlsx') }).superRefine(checkPeriod);

// --- answers ---------------------------------------------------------------------------------------
const int = z.number().int();
const who = z.object({ id: idOut, firstName: z.string(), lastName: z.string() });
export const mentorSchema = z
  .object({
    id: idOut,
    personId: idOut.nullable(),
    person: who.nullable(),
    name: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    trainedOn: z.string().nullable(),
    training: z.string().nullable(),
    active: z.boolean(),
    openPairs: int,
  })
  .meta({ id: 'MentoringMentor', description: 'A mentor: a person of the registry or a volunteer, and where they were trained.' });
export const mentorsAnswer = z.object({ items: z.array(mentorSchema) });

const levelsSchema = z.array(z.object({ area: z.enum(AREAS), level: int, asked: int, correct: int }));
const diagnosticView = z.object({ finishedAt: instantOut, overallLevel: int, levels: levelsSchema });
export const sessionSchema = z
  .object({ id: idOut, pairId: idOut, on: z.string(), minutes: int, areas: z.array(z.enum(AREAS)), topics: z.string().nullable() })
  .meta({ id: 'MentoringSession', description: 'A mentoring session: when, how long, what was worked on.' });
export const pairSchema = z
  .object({
    id: idOut,
    mentor: z.object({ id: idOut, name: z.string() }),
    mentee: who.extend({ erased: z.boolean() }),
    status: z.enum(PAIR_STATUSES),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    note: z.string().nullable(),
    sessions: int,
    minutes: int,
    lastSessionOn: z.string().nullable(),
    firstDiagnostic: diagnosticView.nullable(),
    latestDiagnostic: diagnosticView.nullable(),
  })
  .meta({ id: 'MentoringPair', description: 'A mentor and a mentee, their sessions and the mentee’s first and latest diagnostic.' });
export const pairsAnswer = z.object({ items: z.array(pairSchema) });
export const pairDetail = pairSchema.extend({ sessionList: z.array(sessionSchema) }).meta({ id: 'MentoringPairDetail', description: 'A pair with every session.' });

export const statsAnswer = z
  .object({
    from: z.string(),
    to: z.string(),
    mentorsTrained: int,
    activeMentors: int,
    pairsStarted: int,
    pairsActive: int,
    pairsEnded: int,
    sessions: int,
    hours: z.number(),
    mentees: int,
    menteesRetested: int,
    menteesImproved: int,
    byArea: z.array(z.object({ area: z.enum(AREAS), sessions: int })),
    byMonth: z.array(z.object({ month: z.string(), sessions: int, hours: z.number() })),
  })
  .meta({ id: 'MentoringStats', description: 'Mentoring over a period: mentors trained, pairs, sessions, hours, progress between diagnostics.' });
