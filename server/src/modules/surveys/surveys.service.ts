import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import type { DbOrTx, Tx } from '../../platform/db/database';
import { conflict, notFound } from '../../platform/http/errors';
import { screeningRules, surveyAnswers, surveyInvitations, surveyParticipations, surveyQuestions, surveyResponses, surveys } from './surveys.table';
import type { QuestionInput, SurveyInput, SurveyPatch } from './surveys.schemas';
import { createSurveysCore, newToken } from './surveys.core';
import { createSurveysAnswers } from './surveys.answers';
import { createSurveysScreening } from './surveys.screening';

export type SurveysService = ReturnType<typeof createSurveysService>;

const questionValues = (surveyId: number, q: QuestionInput & { key?: string }, position: number) => ({
  surveyId,
  position,
  kind: q.kind,
  textFr: q.textFr,
  textNl: q.textNl,
  textEn: q.textEn ?? null,
  scaleMin: q.kind === 'scale' ? (q.scale === 10 ? 0 : 1) : null,
  scaleMax: q.kind === 'scale' ? (q.scale ?? 5) : null,
  options: (q.options ?? []).map((o) => ({ key: o.key, labelFr: o.labelFr, labelNl: o.labelNl, labelEn: o.labelEn ?? null })),
  required: q.required ?? true,
  key: q.key ?? null,
});

/** A question another module asks, under its own key. */
export type KeyedQuestion = QuestionInput & { key: string };

/**
 * The survey engine of the whole app (satisfaction surveys, evaluations, screening forms at a fair's entrance).
 * Other modules create a survey for their subject (`createForSubject`), invite their participants and read the
 * results through this service.
 */
export function createSurveysService(ctx: ModuleContext) {
  const deps = { db: ctx.db, clock: ctx.clock, audit: ctx.audit, services: ctx.services };
  const { db, clock, audit } = deps;
  const core = createSurveysCore(deps);
  const answers = createSurveysAnswers({ ...deps, core });
  const screening = createSurveysScreening({ ...deps, core, answers });

  async function assertNoAnswers(surveyId: number, tx: Tx) {
    if ((await core.answerCount(surveyId, tx)) > 0) throw conflict('error.survey.has_answers');
  }

  async function create(actor: Actor, input: SurveyInput) {
    return db.transaction(async (tx) => {
      const [s] = await tx
        .insert(surveys)
        .values({
          purpose: input.purpose ?? 'survey',
          titleFr: input.titleFr,
          titleNl: input.titleNl,
          titleEn: input.titleEn ?? null,
          introFr: input.introFr ?? null,
          introNl: input.introNl ?? null,
          introEn: input.introEn ?? null,
          subjectType: input.subjectType ?? null,
          subjectId: input.subjectId ?? null,
          publicLink: input.publicLink ?? true,
          maxAnswers: input.maxAnswers ?? null,
          matchMode: input.matchMode ?? 'first',
          createdBy: actor.userId,
        })
        .returning();
      if (input.questions?.length) await tx.insert(surveyQuestions).values(input.questions.map((q, i) => questionValues(s.id, q, (i + 1) * 10)));
      await audit.record(actor, { action: 'survey.create', entityType: 'survey', entityId: s.id, details: { subjectType: s.subjectType, subjectId: s.subjectId, purpose: s.purpose } }, tx);
      return core.present(s, tx);
    });
  }

  async function results(surveyId: number) {
    const s = await core.load(surveyId);
    const [questions, responses, rules] = await Promise.all([core.questionsOf(surveyId), answers.responseRows(surveyId), s.purpose === 'screening' ? screening.rulesOf(surveyId) : Promise.resolve([])]);
    const total = await core.answerCount(surveyId);
    const matchedRows = s.purpose === 'screening' ? await db.select({ m: surveyResponses.matchedRules }).from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)) : [];
    return {
      surveyId,
      open: s.open,
      answers: total,
      questions: questions.map((q) => {
        const given = responses.map((r) => r.answers.get(q.id)).filter((a) => a !== undefined);
        const scales = given.map((a) => a.scale).filter((v): v is number => v !== null);
        const counts =
          q.kind === 'scale'
            ? Array.from({ length: q.scaleMax! - q.scaleMin! + 1 }, (_, i) => {
                const v = q.scaleMin! + i;
                return { key: String(v), labelFr: String(v), labelNl: String(v), labelEn: String(v), count: scales.filter((x) => x === v).length };
              })
            : q.options.map((o) => ({ key: o.key, labelFr: o.labelFr, labelNl: o.labelNl, labelEn: o.labelEn ?? null, count: given.filter((a) => a.choices?.includes(o.key)).length }));
        return {
          id: q.id,
          kind: q.kind,
          textFr: q.textFr,
          textNl: q.textNl,
          textEn: q.textEn,
          answered: given.length,
          average: scales.length ? Math.round((scales.reduce((a, b) => a + b, 0) / scales.length) * 100) / 100 : null,
          counts,
          texts: q.kind === 'text' ? given.map((a) => a.text ?? '').filter(Boolean).sort((a, b) => a.localeCompare(b)) : [],
        };
      }),
      orientations: rules.map((r) => ({ ruleId: r.id, targetFr: r.targetFr, targetNl: r.targetNl, targetEn: r.targetEn, count: matchedRows.filter((m) => m.m?.includes(r.id)).length })),
      unoriented: matchedRows.filter((m) => !m.m?.length).length,
    };
  }

  /** Subject types whose satisfaction their own module reports (training sessions: the trainings section). */
  const reportedElsewhere = new Set<string>();

  const service = {
    core,
    /** Another module reports the satisfaction of its own subjects: the surveys section leaves them out (no double count). */
    reportsOwnSatisfaction(subjectType: string) {
      reportedElsewhere.add(subjectType);
    },
    /**
     * Another module opens and closes its own subjects' surveys (a training session's evaluation link): the surveys
     * pages may not, and the answers it passes through answerWithin are taken whatever the survey's open flag.
     */
    opensOwnSurveys(subjectType: string) {
      core.answeringOwnedElsewhere.add(subjectType);
    },
    ...answers,
    screening,
    create,
    results,
    /** For another module: a survey about one of its records ('event', 42), with its questions. */
    createForSubject: (actor: Actor, subject: { type: string; id: number }, input: Omit<SurveyInput, 'subjectType' | 'subjectId'>) =>
      create(actor, { ...input, subjectType: subject.type, subjectId: subject.id }),

    /**
     * For another module that holds its own link (a training session's QR code): the survey about one of its records,
     * made open and without a public link of its own when there is none yet, within the caller's transaction. Its
     * keyed questions follow the caller's while nothing is answered (added, reworded, removed); once answered they no
     * longer change (the results would mix two forms). Answers go through answerWithin.
     */
    async ensureForSubject(tx: Tx, actor: Actor, subject: { type: string; id: number }, input: { titleFr: string; titleNl: string; titleEn?: string | null; questions: KeyedQuestion[] }) {
      let [s] = await tx.select().from(surveys).where(and(eq(surveys.subjectType, subject.type), eq(surveys.subjectId, subject.id))).orderBy(asc(surveys.id)).limit(1).for('update');
      if (!s) {
        [s] = await tx
          .insert(surveys)
          .values({ purpose: 'survey', titleFr: input.titleFr, titleNl: input.titleNl, titleEn: input.titleEn ?? null, subjectType: subject.type, subjectId: subject.id, publicLink: false, open: true, openedAt: clock.now(), createdBy: actor.userId })
          .returning();
        await audit.record(actor, { action: 'survey.create', entityType: 'survey', entityId: s.id, details: { subjectType: subject.type, subjectId: subject.id, purpose: 'survey' } }, tx);
      }
      if ((await core.answerCount(s.id, tx)) === 0) {
        const existing = await core.questionsOf(s.id, tx);
        const wanted = new Map(input.questions.map((q, i) => [q.key, { q, position: (i + 1) * 10 }]));
        const gone = existing.filter((e) => !e.key || !wanted.has(e.key));
        if (gone.length) await tx.delete(surveyQuestions).where(inArray(surveyQuestions.id, gone.map((g) => g.id)));
        for (const [key, { q, position }] of wanted) {
          const values = questionValues(s.id, q, position);
          const e = existing.find((x) => x.key === key);
          if (!e) await tx.insert(surveyQuestions).values(values);
          else await tx.update(surveyQuestions).set(values).where(eq(surveyQuestions.id, e.id));
        }
      }
      return { id: s.id, questions: (await core.questionsOf(s.id, tx)).map((q) => ({ id: q.id, key: q.key, kind: q.kind })) };
    },

    /** The survey about a record of another module, if any (its id and keyed questions). */
    async forSubject(subject: { type: string; id: number }, tx: DbOrTx = db) {
      const [s] = await tx.select({ id: surveys.id }).from(surveys).where(and(eq(surveys.subjectType, subject.type), eq(surveys.subjectId, subject.id))).orderBy(asc(surveys.id)).limit(1);
      if (!s) return null;
      return { id: s.id, questions: (await core.questionsOf(s.id, tx)).map((q) => ({ id: q.id, key: q.key, kind: q.kind })) };
    },

    /**
     * Figures per record of another module (training sessions): the answer forms and the scale answers (their sum and
     * number, so that the caller averages over several records), optionally only of questions whose key starts so.
     */
    async subjectFigures(subjectType: string, subjectIds: number[], keyPrefix?: string) {
      if (!subjectIds.length) return [];
      const rows = await db
        .select({
          subjectId: surveys.subjectId,
          forms: sql<number>`count(distinct ${surveyResponses.id})::int`,
          scaleSum: sql<number>`coalesce(sum(${surveyAnswers.scale}) filter (where ${surveyQuestions.kind} = 'scale'${keyPrefix ? sql` and ${surveyQuestions.key} like ${keyPrefix + '%'}` : sql``}), 0)::int`,
          scaleCount: sql<number>`(count(${surveyAnswers.scale}) filter (where ${surveyQuestions.kind} = 'scale'${keyPrefix ? sql` and ${surveyQuestions.key} like ${keyPrefix + '%'}` : sql``}))::int`,
        })
        .from(surveys)
        .innerJoin(surveyResponses, eq(surveyResponses.surveyId, surveys.id))
        .leftJoin(surveyAnswers, eq(surveyAnswers.responseId, surveyResponses.id))
        .leftJoin(surveyQuestions, eq(surveyQuestions.id, surveyAnswers.questionId))
        .where(and(eq(surveys.subjectType, subjectType), inArray(surveys.subjectId, subjectIds)))
        .groupBy(surveys.subjectId);
      return rows.map((r) => ({ subjectId: r.subjectId!, forms: r.forms, scaleSum: Number(r.scaleSum), scaleCount: Number(r.scaleCount) }));
    },

    async list(q: { purpose?: 'survey' | 'screening'; subjectType?: string; subjectId?: number }) {
      const rows = await db
        .select({ s: surveys, answers: sql<number>`(select count(*)::int from ${surveyResponses} r where r.survey_id = "surveys"."id")`, questionCount: sql<number>`(select count(*)::int from ${surveyQuestions} q where q.survey_id = "surveys"."id")` })
        .from(surveys)
        .where(and(q.purpose ? eq(surveys.purpose, q.purpose) : undefined, q.subjectType ? eq(surveys.subjectType, q.subjectType) : undefined, q.subjectId ? eq(surveys.subjectId, q.subjectId) : undefined))
        .orderBy(desc(surveys.createdAt), desc(surveys.id));
      return rows.map((r) => ({ ...core.presentHead(r.s, r.answers), questionCount: r.questionCount }));
    },

    async get(id: number) {
      return core.present(await core.load(id));
    },

    async update(actor: Actor, id: number, patch: SurveyPatch) {
      return db.transaction(async (tx) => {
        await core.load(id, tx, true);
        const [s] = await tx.update(surveys).set(patch).where(eq(surveys.id, id)).returning();
        await audit.record(actor, { action: 'survey.update', entityType: 'survey', entityId: id, details: patch }, tx);
        return core.present(s, tx);
      });
    },

    /** Adds a question; the questions of a survey that has answers no longer change (its results would mix two forms). */
    async addQuestion(actor: Actor, id: number, q: QuestionInput) {
      return db.transaction(async (tx) => {
        await core.load(id, tx, true);
        await assertNoAnswers(id, tx);
        const existing = await core.questionsOf(id, tx);
        const position = (existing.at(-1)?.position ?? 0) + 10;
        const [row] = await tx.insert(surveyQuestions).values(questionValues(id, q, position)).returning();
        await audit.record(actor, { action: 'survey.question_add', entityType: 'survey', entityId: id, details: { questionId: row.id, kind: row.kind } }, tx);
        return core.presentQuestion(row);
      });
    },

    async deleteQuestion(actor: Actor, id: number, questionId: number) {
      await db.transaction(async (tx) => {
        await core.load(id, tx, true);
        await assertNoAnswers(id, tx);
        const rules = await tx.select().from(screeningRules).where(eq(screeningRules.surveyId, id));
        if (rules.some((r) => r.conditions.some((c) => c.questionId === questionId))) throw conflict('error.screening.question_in_rule');
        const [q] = await tx.delete(surveyQuestions).where(and(eq(surveyQuestions.id, questionId), eq(surveyQuestions.surveyId, id))).returning();
        if (!q) throw notFound('what.survey_question');
        await audit.record(actor, { action: 'survey.question_delete', entityType: 'survey', entityId: id, details: { questionId } }, tx);
      });
    },

    /** Opens the survey for answers, with a new public token each time (a link of an earlier opening no longer works). */
    async open(actor: Actor, id: number) {
      return db.transaction(async (tx) => {
        const s = await core.load(id, tx, true);
        if (core.ownedElsewhere(s)) throw conflict('error.survey.opened_elsewhere');
        if (!(await core.questionsOf(id, tx)).length) throw conflict('error.survey.no_questions');
        if (s.open) return core.present(s, tx);
        const [u] = await tx.update(surveys).set({ open: true, publicToken: newToken(), openedAt: clock.now(), closedAt: null }).where(eq(surveys.id, id)).returning();
        await audit.record(actor, { action: 'survey.open', entityType: 'survey', entityId: id }, tx);
        return core.present(u, tx);
      });
    },

    async close(actor: Actor, id: number) {
      return db.transaction(async (tx) => {
        const s = await core.load(id, tx, true);
        if (core.ownedElsewhere(s)) throw conflict('error.survey.opened_elsewhere');
        if (!s.open) return core.present(s, tx);
        const [u] = await tx.update(surveys).set({ open: false, closedAt: clock.now() }).where(eq(surveys.id, id)).returning();
        await audit.record(actor, { action: 'survey.close', entityType: 'survey', entityId: id }, tx);
        return core.present(u, tx);
      });
    },

    async remove(actor: Actor, id: number) {
      await db.transaction(async (tx) => {
        await core.load(id, tx, true);
        await assertNoAnswers(id, tx);
        await tx.delete(surveys).where(eq(surveys.id, id));
        await audit.record(actor, { action: 'survey.delete', entityType: 'survey', entityId: id }, tx);
      });
    },

    /**
     * Satisfaction per subject over a year (for the annual report): the surveys with answers that year, the
     * number of answers and the mean of their scale questions as a fraction of the scale (0 to 1).
     */
    async satisfaction(year: number) {
      const from = `${year}-01-01`;
      const to = `${year}-12-31`;
      const rows = await db
        .select({
          id: surveys.id,
          titleFr: surveys.titleFr,
          titleNl: surveys.titleNl,
          titleEn: surveys.titleEn,
          subjectType: surveys.subjectType,
          subjectId: surveys.subjectId,
          answers: sql<number>`count(distinct ${surveyResponses.id})::int`,
          score: sql<number | null>`avg((${surveyAnswers.scale} - ${surveyQuestions.scaleMin})::float / nullif(${surveyQuestions.scaleMax} - ${surveyQuestions.scaleMin}, 0))`,
        })
        .from(surveys)
        .innerJoin(surveyResponses, eq(surveyResponses.surveyId, surveys.id))
        .leftJoin(surveyAnswers, eq(surveyAnswers.responseId, surveyResponses.id))
        .leftJoin(surveyQuestions, and(eq(surveyQuestions.id, surveyAnswers.questionId), eq(surveyQuestions.kind, 'scale')))
        .where(and(eq(surveys.purpose, 'survey'), gte(surveyResponses.answeredOn, from), lte(surveyResponses.answeredOn, to)))
        .groupBy(surveys.id)
        .orderBy(asc(surveys.id));
      return rows.filter((r) => !r.subjectType || !reportedElsewhere.has(r.subjectType)).map((r) => ({ ...r, score: r.score === null ? null : Number(r.score) }));
    },

    /** Candidates screened over a year (for the annual report). */
    async screenedCount(year: number) {
      const [{ n }] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(surveyResponses)
        .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
        .where(and(eq(surveys.purpose, 'screening'), gte(surveyResponses.answeredOn, `${year}-01-01`), lte(surveyResponses.answeredOn, `${year}-12-31`)));
      return n;
    },

    /** GDPR erasure: the invitations and participations keep the refusal of a second answer, without the person. */
    async erase(tx: Tx, personId: number) {
      await tx.update(surveyInvitations).set({ personId: null }).where(eq(surveyInvitations.personId, personId));
      await tx.update(surveyParticipations).set({ personId: null }).where(eq(surveyParticipations.personId, personId));
    },

  };
  return service;
}
