import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import { conflict, invalid, notFound, type FieldError } from '../../platform/http/errors';
import { screeningRules, surveys, type RuleCondition } from './surveys.table';
import type { AnswersInput, RuleInput } from './surveys.schemas';
import type { QuestionRow, SurveysCore, SurveysDeps } from './surveys.core';
import type { createSurveysAnswers } from './surveys.answers';

export type RuleRow = typeof screeningRules.$inferSelect;
type Answer = AnswersInput['answers'][number];

/** Whether a condition makes sense for its question: an option of a choice, a value of the scale. */
export function checkConditions(questions: QuestionRow[], conditions: RuleCondition[]): void {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const fields: FieldError[] = [];
  conditions.forEach((c, i) => {
    const path = `body.conditions.${i}`;
    const q = byId.get(c.questionId);
    if (!q) return fields.push({ path: `${path}.questionId`, code: 'error.survey.question_unknown' });
    const keys = new Set(q.options.map((o) => o.key));
    const bad = (code: string, params?: Record<string, unknown>) => fields.push({ path: `${path}.value`, code, params });
    if (q.kind === 'scale') {
      if (c.op === 'includes') return bad('error.screening.op_not_for_question');
      if (typeof c.value !== 'number' || c.value < q.scaleMin! || c.value > q.scaleMax!) return bad('error.survey.scale_out_of_range', { min: q.scaleMin, max: q.scaleMax });
    } else if (q.kind === 'single' || q.kind === 'multiple') {
      if (c.op === 'at_least' || c.op === 'at_most' || (q.kind === 'single' && c.op === 'includes')) return bad('error.screening.op_not_for_question');
      if (typeof c.value !== 'string' || !keys.has(c.value)) return bad('error.survey.option_unknown');
    } else {
      if (c.op === 'at_least' || c.op === 'at_most' || typeof c.value !== 'string') return bad('error.screening.op_not_for_question');
    }
  });
  if (fields.length) throw invalid(fields);
}

/** Whether one condition holds for the answers given (an unanswered question never matches). */
function holds(c: RuleCondition, answers: Map<number, Answer>): boolean {
  const a = answers.get(c.questionId);
  if (!a) return false;
  switch (c.op) {
    case 'equals':
      if (a.scale !== undefined) return a.scale === c.value;
      if (a.choices) return a.choices.length === 1 && a.choices[0] === c.value;
      return typeof c.value === 'string' && (a.text ?? '').trim().toLowerCase() === c.value.toLowerCase();
    case 'includes':
      if (a.choices) return a.choices.includes(String(c.value));
      return typeof c.value === 'string' && (a.text ?? '').toLowerCase().includes(c.value.toLowerCase());
    case 'at_least':
      return a.scale !== undefined && a.scale >= Number(c.value);
    case 'at_most':
      return a.scale !== undefined && a.scale <= Number(c.value);
  }
}

/** The rules that orient these answers, in the rules' order: the first one, or all of them. */
export function evaluateRules(rules: RuleRow[], answers: Answer[], mode: 'first' | 'all'): RuleRow[] {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  const matched = rules.filter((r) => r.active && r.conditions.every((c) => holds(c, byQuestion)));
  return mode === 'first' ? matched.slice(0, 1) : matched;
}

/** Screening at the entrance of a themed fair: rules written by staff, evaluated here, answers kept anonymous. */
export function createSurveysScreening(deps: SurveysDeps & { core: SurveysCore; answers: ReturnType<typeof createSurveysAnswers> }) {
  const { db, audit, core } = deps;

  async function screeningSurvey(id: number) {
    const s = await core.load(id);
    if (s.purpose !== 'screening') throw conflict('error.screening.not_a_screening');
    return s;
  }
  const rulesOf = (surveyId: number) => db.select().from(screeningRules).where(eq(screeningRules.surveyId, surveyId)).orderBy(asc(screeningRules.position), asc(screeningRules.id));
  const presentRule = (r: RuleRow) => ({ id: r.id, position: r.position, conditions: r.conditions, targetFr: r.targetFr, targetNl: r.targetNl, targetEn: r.targetEn, active: r.active });

  return {
    rulesOf,
    async rules(surveyId: number) {
      const s = await screeningSurvey(surveyId);
      return { matchMode: s.matchMode, items: (await rulesOf(surveyId)).map(presentRule) };
    },
    async createRule(actor: Actor, surveyId: number, input: RuleInput) {
      await screeningSurvey(surveyId);
      checkConditions(await core.questionsOf(surveyId), input.conditions);
      return db.transaction(async (tx) => {
        const position = input.position ?? (await tx.select().from(screeningRules).where(eq(screeningRules.surveyId, surveyId))).length * 10;
        const [r] = await tx
          .insert(screeningRules)
          .values({ surveyId, position, conditions: input.conditions, targetFr: input.targetFr, targetNl: input.targetNl, targetEn: input.targetEn ?? null, active: input.active ?? true })
          .returning();
        await audit.record(actor, { action: 'screening.rule_create', entityType: 'survey', entityId: surveyId, details: { ruleId: r.id } }, tx);
        return presentRule(r);
      });
    },
    async updateRule(actor: Actor, surveyId: number, ruleId: number, input: RuleInput) {
      await screeningSurvey(surveyId);
      checkConditions(await core.questionsOf(surveyId), input.conditions);
      return db.transaction(async (tx) => {
        const [r] = await tx
          .update(screeningRules)
          .set({ conditions: input.conditions, targetFr: input.targetFr, targetNl: input.targetNl, targetEn: input.targetEn ?? null, ...(input.position !== undefined ? { position: input.position } : {}), active: input.active ?? true })
          .where(and(eq(screeningRules.id, ruleId), eq(screeningRules.surveyId, surveyId)))
          .returning();
        if (!r) throw notFound('what.screening_rule');
        await audit.record(actor, { action: 'screening.rule_update', entityType: 'survey', entityId: surveyId, details: { ruleId } }, tx);
        return presentRule(r);
      });
    },
    async deleteRule(actor: Actor, surveyId: number, ruleId: number) {
      await db.transaction(async (tx) => {
        const [r] = await tx.delete(screeningRules).where(and(eq(screeningRules.id, ruleId), eq(screeningRules.surveyId, surveyId))).returning();
        if (!r) throw notFound('what.screening_rule');
        await audit.record(actor, { action: 'screening.rule_delete', entityType: 'survey', entityId: surveyId, details: { ruleId } }, tx);
      });
    },
    /** A candidate screened at the desk: the answers are stored anonymously with the rules that matched, and the orientation is returned. */
    async screen(actor: Actor, surveyId: number, input: AnswersInput) {
      const s = await screeningSurvey(surveyId);
      const matched = evaluateRules(await rulesOf(surveyId), input.answers, s.matchMode);
      await deps.answers.answerFor(actor, surveyId, null, input, matched.map((r) => r.id));
      return { orientations: matched.map((r) => ({ ruleId: r.id, targetFr: r.targetFr, targetNl: r.targetNl, targetEn: r.targetEn })) };
    },
    async setMatchMode(actor: Actor, surveyId: number, matchMode: 'first' | 'all') {
      await screeningSurvey(surveyId);
      await db.transaction(async (tx) => {
        await tx.update(surveys).set({ matchMode }).where(eq(surveys.id, surveyId));
        await audit.record(actor, { action: 'screening.match_mode', entityType: 'survey', entityId: surveyId, details: { matchMode } }, tx);
      });
    },
  };
}
