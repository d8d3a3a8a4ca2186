import { z } from 'zod';
import { bodyId, idOut, isoDate, queryId, requiredText, text } from '../../platform/http/schemas';
import { CONTEST_STATUSES } from './contests.table';

export const contestBody = z.strictObject({
  name: requiredText(200),
  /** the event this contest is part of (a reference, no check) */
  eventId: bodyId.nullable().optional(),
  heldOn: isoDate.nullable().optional(),
});
export type ContestInput = z.infer<typeof contestBody>;
export const contestPatch = contestBody.partial();
export const criterionBody = z.strictObject({
  name: requiredText(120),
  weight: z.number().int().min(1, 'error.contest.weight_range').max(100, 'error.contest.weight_range'),
  maxScore: z.number().int().min(1).max(100).optional(),
});
export type CriterionInput = z.infer<typeof criterionBody>;
export const candidateBody = z.strictObject({ name: requiredText(200), project: text(300).nullable().optional(), personId: bodyId.nullable().optional() });
export type CandidateInput = z.infer<typeof candidateBody>;
export const jurorBody = z.strictObject({ name: requiredText(200) });
export const conflictBody = z.strictObject({ jurorId: bodyId, candidateId: bodyId, conflict: z.boolean() });
export const itemParams = z.strictObject({ id: queryId, itemId: queryId });
export const jurorToken = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'error.contest.link_unknown') });
export const scoreParams = z.strictObject({ token: jurorToken.shape.token, candidateId: queryId });
export const scoresBody = z.strictObject({
  scores: z.array(z.strictObject({ criterionId: bodyId, score: z.number().int('error.contest.score_range').min(0, 'error.contest.score_range').max(100, 'error.contest.score_range') })).min(1).max(30),
});
export type ScoresInput = z.infer<typeof scoresBody>;
export const exportQuery = z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

// --- answers ---------------------------------------------------------------------------------------

const int = z.number().int();
const criterion = z.object({ id: idOut, name: z.string(), weight: int, maxScore: int, position: int }).meta({ id: 'ContestCriterion' });
const candidate = z.object({ id: idOut, name: z.string(), project: z.string().nullable(), personId: idOut.nullable(), position: int }).meta({ id: 'ContestCandidate' });
const juror = z.object({ id: idOut, name: z.string(), revoked: z.boolean(), scored: int }).meta({ id: 'ContestJuror' });
export const contestHead = z.object({
  id: idOut,
  name: z.string(),
  eventId: idOut.nullable(),
  heldOn: z.iso.date().nullable(),
  status: z.enum(CONTEST_STATUSES),
  closedAt: z.iso.datetime({ offset: true }).nullable(),
});
export const contestSchema = contestHead
  .extend({
    criteria: z.array(criterion),
    candidates: z.array(candidate),
    jurors: z.array(juror),
    conflicts: z.array(z.object({ jurorId: idOut, candidateId: idOut })),
  })
  .meta({ id: 'Contest', description: 'A pitch contest with its criteria, candidates, jurors (never their links) and conflicts of interest.' });
export const contestList = z.object({ items: z.array(contestHead.extend({ candidates: int, jurors: int })) });
export const jurorLinkAnswer = z.object({ id: idOut, name: z.string(), token: z.string() }).meta({ id: 'ContestJurorLink', description: "A juror's private link token, shown only now (stored hashed)." });
const tie = z.union([
  z.object({ rule: z.literal('criterion'), criterionId: idOut, criterionName: z.string(), againstCandidateId: idOut }),
  z.object({ rule: z.literal('tie'), withCandidateIds: z.array(idOut) }),
]);
export const rankingSchema = z
  .object({
    contestId: idOut,
    status: z.enum(CONTEST_STATUSES),
    criteria: z.array(criterion),
    jurors: int,
    items: z.array(
      z.object({
        rank: int.nullable(),
        candidateId: idOut,
        name: z.string(),
        project: z.string().nullable(),
        score: z.number().nullable(),
        jurorsScored: int,
        jurorsExpected: int,
        conflicts: int,
        criteria: z.array(z.object({ criterionId: idOut, average: z.number().nullable() })),
        tie: tie.nullable(),
      }),
    ),
  })
  .meta({ id: 'ContestRanking', description: 'Candidates by weighted score on 100 (mean of the jurors without conflict), with how each tie was broken or that it stands.' });
export const jurySheet = z
  .object({
    contest: z.object({ name: z.string(), status: z.enum(CONTEST_STATUSES), heldOn: z.iso.date().nullable() }),
    juror: z.string(),
    criteria: z.array(criterion),
    candidates: z.array(z.object({ id: idOut, name: z.string(), project: z.string().nullable(), conflict: z.boolean(), scores: z.array(z.object({ criterionId: idOut, score: int })) })),
  })
  .meta({ id: 'ContestJurySheet', description: "What a juror sees through the private link: the candidates and the juror's own scores." });
export const scoredAnswer = z.object({ candidateId: idOut, scores: z.array(z.object({ criterionId: idOut, score: int })) }).meta({ id: 'ContestScored' });
