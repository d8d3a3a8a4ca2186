import { hashLinkToken, newLinkToken } from '../../platform/private-links';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import type { DbOrTx, Tx } from '../../platform/db/database';
import { AppError, conflict, invalid, invalidField, notFound } from '../../platform/http/errors';
import { contestCandidates, contestConflicts, contestCriteria, contestJurors, contests, contestScores } from './contests.table';
import type { CandidateInput, ContestInput, CriterionInput, ScoresInput } from './contests.schemas';
import { rankContest } from './contests.ranking';

export type ContestsService = ReturnType<typeof createContestsService>;
type ContestRow = typeof contests.$inferSelect;

const hashToken = (token: string) => hashLinkToken(token, 'base64url');

/** Pitch contests: candidates, weighted criteria, jurors scoring on their phone, conflicts of interest, the live ranking. */
export function createContestsService(ctx: ModuleContext) {
  const { db, clock, audit } = ctx;

  async function load(id: number, tx: DbOrTx = db, lock = false): Promise<ContestRow> {
    const q = tx.select().from(contests).where(eq(contests.id, id));
    const [c] = lock ? await q.for('update') : await q;
    if (!c) throw notFound('what.contest');
    return c;
  }
  /** A contest that may still change: refused once closed (results locked). */
  async function editable(id: number, tx: Tx) {
    const c = await load(id, tx, true);
    if (c.status === 'closed') throw conflict('error.contest.closed');
    return c;
  }
  const head = (c: ContestRow) => ({ id: c.id, name: c.name, eventId: c.eventId, heldOn: c.heldOn, status: c.status, closedAt: c.closedAt?.toISOString() ?? null });
  const criteriaOf = (id: number, tx: DbOrTx = db) => tx.select().from(contestCriteria).where(eq(contestCriteria.contestId, id)).orderBy(asc(contestCriteria.position), asc(contestCriteria.id));
  const candidatesOf = (id: number, tx: DbOrTx = db) => tx.select().from(contestCandidates).where(eq(contestCandidates.contestId, id)).orderBy(asc(contestCandidates.position), asc(contestCandidates.id));
  const jurorsOf = (id: number, tx: DbOrTx = db) => tx.select().from(contestJurors).where(eq(contestJurors.contestId, id)).orderBy(asc(contestJurors.id));
  async function conflictsOf(jurorIds: number[], tx: DbOrTx = db) {
    return jurorIds.length ? tx.select().from(contestConflicts).where(inArray(contestConflicts.jurorId, jurorIds)) : [];
  }
  async function scoresOf(jurorIds: number[], tx: DbOrTx = db) {
    return jurorIds.length ? tx.select().from(contestScores).where(inArray(contestScores.jurorId, jurorIds)) : [];
  }

  async function full(c: ContestRow, tx: DbOrTx = db) {
    const [criteria, candidates, jurors] = await Promise.all([criteriaOf(c.id, tx), candidatesOf(c.id, tx), jurorsOf(c.id, tx)]);
    const ids = jurors.map((j) => j.id);
    const [conf, scores] = await Promise.all([conflictsOf(ids, tx), scoresOf(ids, tx)]);
    return {
      ...head(c),
      criteria: criteria.map((x) => ({ id: x.id, name: x.name, weight: x.weight, maxScore: x.maxScore, position: x.position })),
      candidates: candidates.map((x) => ({ id: x.id, name: x.name, project: x.project, personId: x.personId, position: x.position })),
      jurors: jurors.map((j) => ({ id: j.id, name: j.name, revoked: j.revokedAt !== null, scored: new Set(scores.filter((s) => s.jurorId === j.id).map((s) => s.candidateId)).size })),
      conflicts: conf.map((x) => ({ jurorId: x.jurorId, candidateId: x.candidateId })),
    };
  }

  /** The juror behind a link: 404 unknown, 403 revoked. */
  async function jurorOf(token: string, tx: DbOrTx = db) {
    const [j] = await tx.select().from(contestJurors).where(eq(contestJurors.tokenHash, hashToken(token)));
    if (!j) throw notFound('what.juror_link');
    if (j.revokedAt) throw new AppError(403, 'error.contest.juror_revoked');
    return j;
  }

  async function ranking(id: number) {
    const c = await load(id);
    const [criteria, candidates, jurors] = await Promise.all([criteriaOf(id), candidatesOf(id), jurorsOf(id)]);
    const active = jurors.filter((j) => !j.revokedAt).map((j) => j.id);
    const [conf, scores] = await Promise.all([conflictsOf(active), scoresOf(active)]);
    return {
      contestId: id,
      status: c.status,
      criteria: criteria.map((x) => ({ id: x.id, name: x.name, weight: x.weight, maxScore: x.maxScore, position: x.position })),
      jurors: active.length,
      items: rankContest({ criteria, candidates, jurorIds: active, conflicts: conf, scores }),
    };
  }

  const record = (actor: Actor, action: string, contestId: number, details: Record<string, unknown> | undefined, tx: Tx) =>
    audit.record(actor, { action: `contest.${action}`, entityType: 'contest', entityId: contestId, details }, tx);

  return {
    ranking,
    async list() {
      const rows = await db
        .select({
          c: contests,
          candidates: sql<number>`(select count(*)::int from contest_candidates x where x.contest_id = "contests"."id")`,
          jurors: sql<number>`(select count(*)::int from contest_jurors x where x.contest_id = "contests"."id" and x.revoked_at is null)`,
        })
        .from(contests)
        .orderBy(desc(contests.createdAt), desc(contests.id));
      return rows.map((r) => ({ ...head(r.c), candidates: r.candidates, jurors: r.jurors }));
    },
    async get(id: number) {
      return full(await load(id));
    },
    /** For the events module: the contests of an event. */
    async ofEvent(eventId: number) {
      return (await db.select().from(contests).where(eq(contests.eventId, eventId))).map(head);
    },
    async create(actor: Actor, input: ContestInput) {
      return db.transaction(async (tx) => {
        const [c] = await tx.insert(contests).values({ name: input.name, eventId: input.eventId ?? null, heldOn: input.heldOn ?? null, createdBy: actor.userId }).returning();
        await record(actor, 'create', c.id, { eventId: c.eventId }, tx);
        return full(c, tx);
      });
    },
    async update(actor: Actor, id: number, patch: Partial<ContestInput>) {
      return db.transaction(async (tx) => {
        await editable(id, tx);
        const [c] = await tx.update(contests).set(patch).where(eq(contests.id, id)).returning();
        await record(actor, 'update', id, patch, tx);
        return full(c, tx);
      });
    },
    /** Criteria change only before the contest opens: a mark counts once every criterion is scored. */
    async addCriterion(actor: Actor, id: number, input: CriterionInput) {
      return db.transaction(async (tx) => {
        const c = await editable(id, tx);
        if (c.status !== 'draft') throw conflict('error.contest.criteria_frozen');
        const position = ((await criteriaOf(id, tx)).at(-1)?.position ?? 0) + 10;
        const [x] = await tx.insert(contestCriteria).values({ contestId: id, name: input.name, weight: input.weight, maxScore: input.maxScore ?? 10, position }).returning();
        await record(actor, 'criterion_add', id, { criterionId: x.id, weight: x.weight }, tx);
        return full(c, tx);
      });
    },
    async removeCriterion(actor: Actor, id: number, criterionId: number) {
      return db.transaction(async (tx) => {
        const c = await editable(id, tx);
        if (c.status !== 'draft') throw conflict('error.contest.criteria_frozen');
        const [x] = await tx.delete(contestCriteria).where(and(eq(contestCriteria.id, criterionId), eq(contestCriteria.contestId, id))).returning();
        if (!x) throw notFound('what.contest_criterion');
        await record(actor, 'criterion_remove', id, { criterionId }, tx);
        return full(c, tx);
      });
    },
    async addCandidate(actor: Actor, id: number, input: CandidateInput) {
      return db.transaction(async (tx) => {
        const c = await editable(id, tx);
        if (input.personId) {
          try {
            await ctx.services.people.assertLinkable(input.personId, tx);
          } catch (e) {
            if (e instanceof AppError && e.status === 404) throw invalidField('body.personId', 'error.unknown_person');
            throw e;
          }
        }
        const position = ((await candidatesOf(id, tx)).at(-1)?.position ?? 0) + 10;
        const [x] = await tx.insert(contestCandidates).values({ contestId: id, name: input.name, project: input.project ?? null, personId: input.personId ?? null, position }).returning();
        await record(actor, 'candidate_add', id, { candidateId: x.id, ...(x.personId ? { personId: x.personId } : {}) }, tx);
        return full(c, tx);
      });
    },
    async removeCandidate(actor: Actor, id: number, candidateId: number) {
      return db.transaction(async (tx) => {
        const c = await editable(id, tx);
        const [x] = await tx.delete(contestCandidates).where(and(eq(contestCandidates.id, candidateId), eq(contestCandidates.contestId, id))).returning();
        if (!x) throw notFound('what.contest_candidate');
        await record(actor, 'candidate_remove', id, { candidateId, ...(x.personId ? { personId: x.personId } : {}) }, tx);
        return full(c, tx);
      });
    },
    /** A juror and the private link's token (shown once; stored hashed). */
    async addJuror(actor: Actor, id: number, name: string) {
      return db.transaction(async (tx) => {
        await editable(id, tx);
        const token = newLinkToken();
        const [j] = await tx.insert(contestJurors).values({ contestId: id, name, tokenHash: hashToken(token) }).returning();
        await record(actor, 'juror_add', id, { jurorId: j.id }, tx);
        return { id: j.id, name: j.name, token };
      });
    },
    /** A new link for a juror (the old one stops working); also gives a revoked juror a link again. */
    async renewJurorLink(actor: Actor, id: number, jurorId: number) {
      return db.transaction(async (tx) => {
        await editable(id, tx);
        const token = newLinkToken();
        const [j] = await tx.update(contestJurors).set({ tokenHash: hashToken(token), revokedAt: null }).where(and(eq(contestJurors.id, jurorId), eq(contestJurors.contestId, id))).returning();
        if (!j) throw notFound('what.juror');
        await record(actor, 'juror_link_renew', id, { jurorId }, tx);
        return { id: j.id, name: j.name, token };
      });
    },
    /** Revokes a juror's link: it is refused from now on, and the juror's scores no longer count. */
    async revokeJuror(actor: Actor, id: number, jurorId: number) {
      return db.transaction(async (tx) => {
        const c = await editable(id, tx);
        const [j] = await tx.update(contestJurors).set({ revokedAt: clock.now() }).where(and(eq(contestJurors.id, jurorId), eq(contestJurors.contestId, id), isNull(contestJurors.revokedAt))).returning();
        if (!j) {
          const [exists] = await tx.select().from(contestJurors).where(and(eq(contestJurors.id, jurorId), eq(contestJurors.contestId, id)));
          if (!exists) throw notFound('what.juror');
        }
        await record(actor, 'juror_revoke', id, { jurorId }, tx);
        return full(c, tx);
      });
    },
    /** Flags (or clears) a conflict of interest; a juror's scores of that candidate are removed. */
    async setConflict(actor: Actor, id: number, input: { jurorId: number; candidateId: number; conflict: boolean }) {
      await db.transaction(async (tx) => {
        await editable(id, tx);
        const [j] = await tx.select().from(contestJurors).where(and(eq(contestJurors.id, input.jurorId), eq(contestJurors.contestId, id)));
        const [k] = await tx.select().from(contestCandidates).where(and(eq(contestCandidates.id, input.candidateId), eq(contestCandidates.contestId, id)));
        if (!j || !k) throw invalid([{ path: j ? 'body.candidateId' : 'body.jurorId', code: 'error.contest.not_in_contest' }]);
        if (input.conflict) {
          await tx.insert(contestConflicts).values({ jurorId: j.id, candidateId: k.id }).onConflictDoNothing();
          await tx.delete(contestScores).where(and(eq(contestScores.jurorId, j.id), eq(contestScores.candidateId, k.id)));
        } else await tx.delete(contestConflicts).where(and(eq(contestConflicts.jurorId, j.id), eq(contestConflicts.candidateId, k.id)));
        await record(actor, input.conflict ? 'conflict_set' : 'conflict_clear', id, { jurorId: j.id, candidateId: k.id }, tx);
      });
    },
    async open(actor: Actor, id: number) {
      return db.transaction(async (tx) => {
        const c = await editable(id, tx);
        if (!(await criteriaOf(id, tx)).length) throw conflict('error.contest.no_criteria');
        const [u] = await tx.update(contests).set({ status: 'open' }).where(eq(contests.id, id)).returning();
        if (c.status !== 'open') await record(actor, 'open', id, undefined, tx);
        return full(u, tx);
      });
    },
    /** Closes the contest: the ranking is final, scores and changes are refused from now on. */
    async close(actor: Actor, id: number) {
      return db.transaction(async (tx) => {
        const c = await load(id, tx, true);
        if (c.status === 'closed') return full(c, tx);
        const [u] = await tx.update(contests).set({ status: 'closed', closedAt: clock.now() }).where(eq(contests.id, id)).returning();
        await record(actor, 'close', id, undefined, tx);
        return full(u, tx);
      });
    },

    // ---------- the juror's phone ----------
    async jurySheet(token: string) {
      const j = await jurorOf(token);
      const c = await load(j.contestId);
      const [criteria, candidates, conf, scores] = await Promise.all([criteriaOf(c.id), candidatesOf(c.id), conflictsOf([j.id]), scoresOf([j.id])]);
      const conflicted = new Set(conf.map((x) => x.candidateId));
      return {
        contest: { name: c.name, status: c.status, heldOn: c.heldOn },
        juror: j.name,
        criteria: criteria.map((x) => ({ id: x.id, name: x.name, weight: x.weight, maxScore: x.maxScore, position: x.position })),
        candidates: candidates.map((k) => ({
          id: k.id,
          name: k.name,
          project: k.project,
          conflict: conflicted.has(k.id),
          scores: scores.filter((s) => s.candidateId === k.id).map((s) => ({ criterionId: s.criterionId, score: s.score })),
        })),
      };
    },
    /** A juror scores a candidate on every criterion (again, until the contest closes). */
    async score(token: string, candidateId: number, input: ScoresInput) {
      return db.transaction(async (tx) => {
        const j = await jurorOf(token, tx);
        const c = await load(j.contestId, tx, true);
        if (c.status === 'closed') throw conflict('error.contest.closed');
        if (c.status === 'draft') throw conflict('error.contest.not_open');
        const [k] = await tx.select().from(contestCandidates).where(and(eq(contestCandidates.id, candidateId), eq(contestCandidates.contestId, c.id)));
        if (!k) throw notFound('what.contest_candidate');
        const [conf] = await tx.select().from(contestConflicts).where(and(eq(contestConflicts.jurorId, j.id), eq(contestConflicts.candidateId, k.id)));
        if (conf) throw new AppError(403, 'error.contest.conflict_of_interest');
        const criteria = await criteriaOf(c.id, tx);
        const byId = new Map(criteria.map((x) => [x.id, x]));
        const fields = input.scores.flatMap((s, i) => {
          const x = byId.get(s.criterionId);
          if (!x) return [{ path: `body.scores.${i}.criterionId`, code: 'error.contest.criterion_unknown' }];
          if (s.score > x.maxScore) return [{ path: `body.scores.${i}.score`, code: 'error.contest.score_out_of_range', params: { max: x.maxScore } }];
          return [];
        });
        const given = new Set(input.scores.map((s) => s.criterionId));
        if (given.size !== input.scores.length) fields.push({ path: 'body.scores', code: 'error.contest.criterion_twice' });
        else if (!fields.length && criteria.some((x) => !given.has(x.id))) fields.push({ path: 'body.scores', code: 'error.contest.every_criterion' });
        if (fields.length) throw invalid(fields);
        const now = clock.now();
        for (const s of input.scores)
          await tx
            .insert(contestScores)
            .values({ jurorId: j.id, candidateId: k.id, criterionId: s.criterionId, score: s.score, updatedAt: now })
            .onConflictDoUpdate({ target: [contestScores.jurorId, contestScores.candidateId, contestScores.criterionId], set: { score: s.score, updatedAt: now } });
        await audit.record({ userId: null, name: `juror: ${j.name}`.slice(0, 200) }, { action: 'contest.score', entityType: 'contest', entityId: c.id, details: { jurorId: j.id, candidateId: k.id } }, tx);
        return { candidateId: k.id, scores: input.scores };
      });
    },

    // ---------- reporting ----------
    /** Contests held in a year (held_on, else created), their candidates and those known in the registry. */
    async yearFigures(year: number) {
      const inYear = sql`coalesce(${contests.heldOn}, to_char(${contests.createdAt}, 'YYYY-MM-DD')) like ${`${year}-%`}`;
      const [row] = await db
        .select({
          contests: sql<number>`count(distinct ${contests.id})::int`,
          candidates: sql<number>`count(${contestCandidates.id})::int`,
          identified: sql<number>`count(distinct ${contestCandidates.personId})::int`,
          anonymous: sql<number>`count(${contestCandidates.id}) filter (where ${contestCandidates.personId} is null)::int`,
        })
        .from(contests)
        .leftJoin(contestCandidates, eq(contestCandidates.contestId, contests.id))
        .where(inYear);
      return { ...row, personIds: sql`select distinct cc.person_id from contest_candidates cc join contests c on c.id = cc.contest_id where cc.person_id is not null and coalesce(c.held_on, to_char(c.created_at, 'YYYY-MM-DD')) like ${`${year}-%`}` };
    },
    async erase(tx: Tx, personId: number) {
      // The candidate stays in the ranking, without the name of the person.
      await tx.update(contestCandidates).set({ personId: null, name: '—' }).where(eq(contestCandidates.personId, personId));
    },
  };
}
