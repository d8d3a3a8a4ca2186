import crypto from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../platform/db/database';
import type { Actor } from '../../platform/audit/audit.service';
import { AppError, conflict, invalidField, notFound } from '../../platform/http/errors';
import { translate } from '../../platform/i18n/messages';
import { takeHourlySlot } from '../../platform/http/throttle';
import {
  trainingAttendance,
  trainingEvaluationOldLinks,
  trainingParticipants,
  trainingQuestions,
  trainingSessions,
} from './trainings.table';
import type { EvaluationInput } from './trainings.schemas';
import type { SessionRow, TrainingsCore, TrainingsDeps } from './trainings.core';

/** How many answers one address may send through public links in an hour (a whole group behind one Wi-Fi fits). */
export const EVALUATIONS_PER_ADDRESS_PER_HOUR = 20;
/** The evaluations are the survey engine's surveys about training sessions (one per session). */
const SUBJECT = 'training_session';
/** A survey question's key: the programme's evaluation question it asks ("tq:12"), or the comments. */
const questionKey = (programmeQuestionId: number) => `tq:${programmeQuestionId}`;
const COMMENTS = 'comments';

/**
 * End-of-training evaluations: the link (a QR code per session, renewed on reopening), its limits, and the answers,
 * which the app's one survey engine keeps (the surveys module: anonymous, apart from who sent them) in a survey
 * about the session whose questions are the programme's evaluation questions (scale 1-5) and a comment.
 */
export function createTrainingEvaluations(deps: TrainingsDeps & { core: TrainingsCore }) {
  const { db, clock, audit, surveys } = deps;
  const { loadSession, loadProgramme, daysOf } = deps.core;

  const activeQuestions = (programmeId: number, tx: DbOrTx) =>
    tx
      .select({ id: trainingQuestions.id, text: trainingQuestions.text })
      .from(trainingQuestions)
      .where(and(eq(trainingQuestions.programmeId, programmeId), eq(trainingQuestions.active, true)))
      .orderBy(asc(trainingQuestions.position), asc(trainingQuestions.id));

  /** The session's survey, made on first use; its questions follow the programme's active ones until the first answer. */
  async function surveyOf(actor: Actor, s: SessionRow, tx: Tx) {
    const programme = await loadProgramme(s.programmeId, tx);
    const name = s.title ? `${programme.name} – ${s.title}` : programme.name;
    const questions = await activeQuestions(programme.id, tx);
    return surveys.ensureForSubject(tx, actor, { type: SUBJECT, id: s.id }, {
      titleFr: translate('fr', 'training.evaluation_survey_title', { name }).slice(0, 200),
      titleNl: translate('nl', 'training.evaluation_survey_title', { name }).slice(0, 200),
      titleEn: translate('en', 'training.evaluation_survey_title', { name }).slice(0, 200),
      questions: [
        ...questions.map((q) => ({ key: questionKey(q.id), kind: 'scale' as const, scale: 5 as const, textFr: q.text, textNl: q.text, textEn: null, required: false })),
        { key: COMMENTS, kind: 'text' as const, textFr: translate('fr', 'training.evaluation_comments'), textNl: translate('nl', 'training.evaluation_comments'), textEn: translate('en', 'training.evaluation_comments'), required: false },
      ],
    });
  }

  /** The end-of-training evaluation is for a training that took place: from the start of its last day. */
  async function assertLastDayBegun(sessionId: number, tx: DbOrTx) {
    const last = (await daysOf([sessionId], tx)).at(-1);
    if (last && last.startsAt > clock.now()) throw conflict('error.training_evaluation_too_early', { date: last.day });
  }

  /** A token that is not the current link of any session: replaced by a newer link (410), or unknown (404). */
  async function refuseLink(token: string, tx: DbOrTx): Promise<never> {
    const [old] = await tx.select({ token: trainingEvaluationOldLinks.token }).from(trainingEvaluationOldLinks).where(eq(trainingEvaluationOldLinks.token, token));
    if (old) throw new AppError(410, 'error.evaluation_link_replaced');
    throw notFound('what.evaluation_link');
  }

  /**
   * How many forms a session may receive: one per participant present at least one day; before any attendance is
   * taken, one per enrolled participant.
   */
  async function expectedForms(sessionId: number, tx: DbOrTx): Promise<number> {
    const [{ present, taken }] = await tx
      .select({
        present: sql<number>`count(distinct ${trainingAttendance.participantId}) filter (where ${trainingAttendance.present})::int`,
        taken: sql<number>`count(*)::int`,
      })
      .from(trainingAttendance)
      .where(eq(trainingAttendance.sessionId, sessionId));
    if (taken > 0) return present;
    const [{ enrolled }] = await tx
      .select({ enrolled: sql<number>`count(*)::int` })
      .from(trainingParticipants)
      .where(and(eq(trainingParticipants.sessionId, sessionId), eq(trainingParticipants.status, 'enrolled')));
    return enrolled;
  }

  const part = {
    // ---------- evaluations ----------
    /**
     * Opens the end-of-training evaluation with a new link (random token). Reopening a closed evaluation makes a
     * new link too: the old one, which may have gone round, is then refused with a message that says so.
     */
    async openEvaluation(actor: Actor, sessionId: number) {
      return db.transaction(async (tx) => {
        const s = await loadSession(sessionId, tx, true);
        if (s.status === 'cancelled') throw conflict('error.training_session_cancelled');
        if (s.evaluationOpen) return { token: s.evaluationToken! };
        await assertLastDayBegun(sessionId, tx);
        if (s.evaluationToken) await tx.insert(trainingEvaluationOldLinks).values({ token: s.evaluationToken, sessionId, replacedAt: clock.now() });
        const token = crypto.randomBytes(18).toString('base64url');
        await tx.update(trainingSessions).set({ evaluationToken: token, evaluationOpen: true, evaluationClosedAt: null }).where(eq(trainingSessions.id, sessionId));
        await surveyOf(actor, s, tx);
        await audit.record(actor, { action: 'training.evaluation_open', entityType: 'training_session', entityId: sessionId, details: { newLink: !!s.evaluationToken } }, tx);
        return { token };
      });
    },

    async closeEvaluation(actor: Actor, sessionId: number) {
      return db.transaction(async (tx) => {
        await loadSession(sessionId, tx, true);
        await tx.update(trainingSessions).set({ evaluationOpen: false, evaluationClosedAt: clock.now() }).where(eq(trainingSessions.id, sessionId));
        await audit.record(actor, { action: 'training.evaluation_close', entityType: 'training_session', entityId: sessionId }, tx);
        return { open: false as const };
      });
    },

    async evaluationToken(sessionId: number): Promise<string> {
      const s = await loadSession(sessionId);
      if (!s.evaluationOpen || !s.evaluationToken) throw conflict('error.evaluation_closed');
      return s.evaluationToken;
    },

    /** The public form behind a link: 404 for an unknown link, 410 once the evaluation is closed or its link replaced. */
    async publicForm(token: string, tx: DbOrTx = db) {
      const [s] = await tx.select().from(trainingSessions).where(eq(trainingSessions.evaluationToken, token));
      if (!s) return refuseLink(token, tx);
      if (!s.evaluationOpen) throw new AppError(410, 'error.evaluation_closed');
      const programme = await loadProgramme(s.programmeId, tx);
      // The programme's active questions that the session's survey asks (it no longer changes once answered).
      const survey = await surveys.forSubject({ type: SUBJECT, id: s.id }, tx);
      const asked = new Set(survey?.questions.map((q) => q.key));
      const questions = (await activeQuestions(programme.id, tx)).filter((q) => !survey || asked.has(questionKey(q.id)));
      const days = await daysOf([s.id], tx);
      return { sessionId: s.id, programme: programme.name, session: s.title, days: days.map((d) => d.day), questions, scale: { min: 1, max: 5 } };
    },

    async submitEvaluation(actor: Actor, target: { token: string } | { sessionId: number }, input: EvaluationInput) {
      return db.transaction(async (tx) => {
        let sessionId: number;
        if ('token' in target) {
          // Lock the session so that closing and a late answer cannot cross.
          const [s] = await tx.select().from(trainingSessions).where(eq(trainingSessions.evaluationToken, target.token)).for('update');
          if (!s) return refuseLink(target.token, tx);
          if (!s.evaluationOpen) throw new AppError(410, 'error.evaluation_closed');
          sessionId = s.id;
          // Answers through the public route carry the sender's address (the demo's answers carry none).
          if (actor.ip) await takeHourlySlot(tx, clock, { scope: 'trainings.evaluation', address: actor.ip, perHour: EVALUATIONS_PER_ADDRESS_PER_HOUR });
        } else {
          sessionId = (await loadSession(target.sessionId, tx)).id;
          await assertLastDayBegun(sessionId, tx);
        }
        const s = await loadSession(sessionId, tx);
        const survey = await surveyOf(actor, s, tx);
        const asked = new Map(survey.questions.map((q) => [q.key, q.id]));
        const active = new Set((await activeQuestions(s.programmeId, tx)).map((q) => q.id));
        if (input.answers.some((a) => !active.has(a.questionId) || !asked.has(questionKey(a.questionId)))) throw invalidField('body.answers', 'error.training_question_unknown');
        const answers: { questionId: number; scale?: number; text?: string }[] = input.answers.map((a) => ({ questionId: asked.get(questionKey(a.questionId))!, scale: a.score }));
        if (input.comments && asked.has(COMMENTS)) answers.push({ questionId: asked.get(COMMENTS)!, text: input.comments });
        // Through a public link, no more forms than participants present (staff typing in paper forms are not
        // capped). The engine locks the survey: two answers cannot both take the last place.
        const expected = 'token' in target ? await expectedForms(sessionId, tx) : null;
        await surveys.answerWithin(tx, actor, survey.id, null, { answers }, expected === null ? undefined : { max: expected, error: () => conflict('error.evaluation_full', { count: expected }) });
        await audit.record(actor, { action: 'training.evaluation_submit', entityType: 'training_session', entityId: sessionId, details: { surveyId: survey.id, source: 'token' in target ? 'public' : 'staff' } }, tx);
        return { received: true as const };
      });
    },

    /** Results of a session's evaluation (from the survey engine): average and distribution per question, comments. */
    async evaluationResults(sessionId: number) {
      const s = await loadSession(sessionId);
      const questions = await db.select().from(trainingQuestions).where(eq(trainingQuestions.programmeId, s.programmeId)).orderBy(asc(trainingQuestions.position), asc(trainingQuestions.id));
      const survey = await surveys.forSubject({ type: SUBJECT, id: sessionId });
      const results = survey ? await surveys.results(survey.id) : null;
      const keyOf = new Map(survey?.questions.map((q) => [q.id, q.key]));
      const byKey = new Map(results?.questions.map((q) => [keyOf.get(q.id), q]));
      const avg = (sum: number, n: number) => (n ? Math.round((sum / n) * 100) / 100 : null);
      const scored = questions.map((q) => {
        const r = byKey.get(questionKey(q.id));
        const distribution = [1, 2, 3, 4, 5].map((v) => r?.counts.find((c) => c.key === String(v))?.count ?? 0);
        const n = distribution.reduce((a, b) => a + b, 0);
        const sum = distribution.reduce((a, c, i) => a + c * (i + 1), 0);
        return { id: q.id, text: q.text, active: q.active, answers: n, average: avg(sum, n), distribution, sum };
      });
      const total = scored.reduce((a, q) => a + q.answers, 0);
      return {
        sessionId,
        open: s.evaluationOpen,
        closedAt: s.evaluationClosedAt,
        forms: results?.answers ?? 0,
        average: avg(scored.reduce((a, q) => a + q.sum, 0), total),
        questions: scored.filter((q) => q.active || q.answers > 0).map(({ sum: _, ...q }) => q),
        // The engine gives the comments in alphabetical order, never in the order of answering (anonymous).
        comments: (byKey.get(COMMENTS)?.texts ?? []).map((text) => ({ text })),
      };
    },
  };
  return part;
}
