import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import type { Tx } from '../../platform/db/database';
import { conflict, notFound } from '../../platform/http/errors';
import { screeningRules, surveyAnswers, surveyInvitations, surveyParticipations, surveyQuestions, surveyResponses, surveys } from './surveys.table';
import type { QuestionInput, SurveyInput, SurveyPatch } from './surveys.schemas';
import { createSurveysCore, newToken } from './surveys.core';
import { createSurveysAnswers } from './surveys.answers';
import { createSurveysScreening } from './surveys.screening';

export type SurveysService = ReturnType<typeof createSurveysService>;

const questionValues = (surveyId: number, q: QuestionInput, position: number) => ({
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
});

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

  const service = {
    core,
    ...answers,
    screening,
    create,
    results,
    /** For another module: a survey about one of its records ('event', 42), with its questions. */
    createForSubject: (actor: Actor, subject: { type: string; id: number }, input: Omit<SurveyInput, 'subjectType' | 'subjectId'>) =>
      create(actor, { ...input, subjectType: subject.type, subjectId: subject.id }),

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
      return rows.map((r) => ({ ...r, score: r.score === null ? null : Number(r.score) }));
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
