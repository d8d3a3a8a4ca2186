import crypto from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import type { Tx } from '../../platform/db/database';
import { AppError, conflict, invalid, notFound, type FieldError } from '../../platform/http/errors';
import { brusselsDay } from '../../platform/brussels-time';
import { takeHourlySlot } from '../../platform/http/throttle';
import { surveyAnswers, surveyInvitations, surveyParticipations, surveyResponses, surveys } from './surveys.table';
import type { AnswersInput } from './surveys.schemas';
import { hashToken, type QuestionRow, type SurveyRow, type SurveysCore, type SurveysDeps } from './surveys.core';

/** Answers through the public link per address, survey and hour (a shared office address still gets a few). */
export const PUBLIC_ANSWERS_PER_HOUR = 20;

type Answer = AnswersInput['answers'][number];
/** Who answers: a participant known by a key (an invitation, a registration), or nobody known (the public link). */
export type Participant = { key: string; personId?: number | null } | null;

/** A cap set by the asking module for this answer (the participants present at a training), with its own refusal. */
export type AnswerCap = { max: number; error: () => AppError };

/** Checks answers against the questions: every required one answered, values in range, known options. */
export function checkAnswers(questions: QuestionRow[], answers: Answer[]): void {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const fields: FieldError[] = [];
  const seen = new Set<number>();
  answers.forEach((a, i) => {
    const path = `body.answers.${i}`;
    const q = byId.get(a.questionId);
    if (!q) return fields.push({ path: `${path}.questionId`, code: 'error.survey.question_unknown' });
    if (seen.has(q.id)) return fields.push({ path: `${path}.questionId`, code: 'error.survey.answered_twice' });
    seen.add(q.id);
    const keys = new Set(q.options.map((o) => o.key));
    if (q.kind === 'scale') {
      if (a.scale === undefined || a.choices !== undefined || a.text !== undefined) return fields.push({ path: `${path}.scale`, code: 'error.survey.scale_expected' });
      if (a.scale < q.scaleMin! || a.scale > q.scaleMax!) fields.push({ path: `${path}.scale`, code: 'error.survey.scale_out_of_range', params: { min: q.scaleMin, max: q.scaleMax } });
    } else if (q.kind === 'single' || q.kind === 'multiple') {
      if (!a.choices || a.scale !== undefined || a.text !== undefined) return fields.push({ path: `${path}.choices`, code: 'error.survey.choice_expected' });
      if (q.kind === 'single' && a.choices.length !== 1) return fields.push({ path: `${path}.choices`, code: 'error.survey.one_choice' });
      if (q.kind === 'multiple' && (a.choices.length === 0 || new Set(a.choices).size !== a.choices.length)) return fields.push({ path: `${path}.choices`, code: 'error.survey.choices_invalid' });
      if (a.choices.some((c) => !keys.has(c))) fields.push({ path: `${path}.choices`, code: 'error.survey.option_unknown' });
    } else if (!a.text || a.scale !== undefined || a.choices !== undefined) fields.push({ path: `${path}.text`, code: 'error.survey.text_expected' });
  });
  questions.forEach((q) => {
    if (q.required && !seen.has(q.id)) fields.push({ path: 'body.answers', code: 'error.survey.question_missing', params: { question: q.textFr } });
  });
  if (fields.length) throw invalid(fields);
}

/**
 * Answering. "Who answered" (survey_participations) and "what was answered" (survey_responses, survey_answers)
 * are written apart: the response has a random id and only its day, no person, invitation or address; the
 * participation has no time and no response id. A second answer of the same participant is refused by the
 * participation's primary key.
 */
export function createSurveysAnswers(deps: SurveysDeps & { core: SurveysCore }) {
  const { db, clock, audit, core } = deps;

  async function store(tx: Tx, s: SurveyRow, participant: Participant, answers: Answer[], matchedRules: number[] | null = null, cap?: AnswerCap, byOwner = false): Promise<void> {
    // A module that opens and closes its own surveys has decided already (a training's evaluation typed in from paper).
    if (!s.open && !(byOwner && core.ownedElsewhere(s))) throw new AppError(410, 'error.survey.closed');
    const questions = await core.questionsOf(s.id, tx);
    checkAnswers(questions, answers);
    if (s.maxAnswers !== null && (await core.answerCount(s.id, tx)) >= s.maxAnswers) throw conflict('error.survey.full', { max: s.maxAnswers });
    if (cap && (await core.answerCount(s.id, tx)) >= cap.max) throw cap.error();
    if (participant) {
      const inserted = await tx
        .insert(surveyParticipations)
        .values({ surveyId: s.id, participantKey: participant.key, personId: participant.personId ?? null })
        .onConflictDoNothing()
        .returning({ key: surveyParticipations.participantKey });
      if (!inserted.length) throw conflict('error.survey.already_answered');
    }
    const [r] = await tx.insert(surveyResponses).values({ surveyId: s.id, answeredOn: brusselsDay(clock.now()), matchedRules }).returning({ id: surveyResponses.id });
    if (answers.length)
      await tx.insert(surveyAnswers).values(answers.map((a) => ({ responseId: r.id, questionId: a.questionId, scale: a.scale ?? null, choices: a.choices ?? null, text: a.text ?? null })));
  }

  /** The survey behind a link: the public token of an open survey, or a personal invitation. */
  async function resolve(token: string, tx: Tx | typeof db, lock: boolean) {
    const q = tx.select().from(surveys).where(eq(surveys.publicToken, token));
    const [s] = lock ? await q.for('update') : await q;
    if (s) {
      if (!s.publicLink) throw notFound('what.survey_link');
      return { survey: s, invitation: null };
    }
    const [inv] = await tx.select().from(surveyInvitations).where(eq(surveyInvitations.tokenHash, hashToken(token)));
    if (!inv) throw notFound('what.survey_link');
    return { survey: await core.load(inv.surveyId, tx, lock), invitation: inv };
  }

  const part = {
    /** What a link shows: 404 for an unknown link, 410 once closed, 409 when this invitation already answered. */
    async publicForm(token: string) {
      const { survey: s, invitation } = await resolve(token, db, false);
      if (!s.open) throw new AppError(410, 'error.survey.closed');
      if (invitation) {
        const [done] = await db.select().from(surveyParticipations).where(and(eq(surveyParticipations.surveyId, s.id), eq(surveyParticipations.participantKey, invitation.participantKey)));
        if (done) throw conflict('error.survey.already_answered');
      }
      const p = await core.present(s);
      return { id: p.id, purpose: p.purpose, titleFr: p.titleFr, titleNl: p.titleNl, titleEn: p.titleEn, introFr: p.introFr, introNl: p.introNl, introEn: p.introEn, questions: p.questions };
    },

    /**
     * An answer through a link. The public link: at most PUBLIC_ANSWERS_PER_HOUR per address and hour (the
     * address is kept one hour, hashed, apart from the answers) and the survey's cap. An invitation: once.
     */
    async submitByLink(ip: string, token: string, input: AnswersInput): Promise<{ received: true }> {
      await db.transaction(async (tx) => {
        const { survey: s, invitation } = await resolve(token, tx, true);
        if (!s.open) throw new AppError(410, 'error.survey.closed');
        if (!invitation) {
          await takeHourlySlot(tx, clock, { scope: `survey:${s.id}`, address: ip, perHour: PUBLIC_ANSWERS_PER_HOUR });
          await store(tx, s, null, input.answers);
        } else {
          await store(tx, s, { key: invitation.participantKey, personId: invitation.personId }, input.answers);
        }
        // Neither the address, the invitation nor the response is named: the log says only that the survey got an answer.
        await audit.record({ userId: null, name: 'public' }, { action: 'survey.answer', entityType: 'survey', entityId: s.id }, tx);
      });
      return { received: true };
    },

    /** An answer given for a participant by another module or at a desk (once per participant key). */
    async answerFor(actor: Actor, surveyId: number, participant: Participant, input: AnswersInput, matchedRules: number[] | null = null) {
      await db.transaction(async (tx) => {
        const s = await core.load(surveyId, tx, true);
        await store(tx, s, participant, input.answers, matchedRules);
        await audit.record({ userId: actor.userId, name: actor.name }, { action: 'survey.answer', entityType: 'survey', entityId: s.id }, tx);
      });
      return { received: true as const };
    },

    /**
     * An answer given through another module's own link, inside that module's transaction (it has checked its link,
     * its limits per address). The survey is locked: two answers cannot both take the cap's last place.
     */
    async answerWithin(tx: Tx, actor: Actor, surveyId: number, participant: Participant, input: AnswersInput, cap?: AnswerCap) {
      const s = await core.load(surveyId, tx, true);
      await store(tx, s, participant, input.answers, null, cap, true);
      await audit.record({ userId: actor.userId, name: actor.userId ? actor.name : 'public' }, { action: 'survey.answer', entityType: 'survey', entityId: s.id }, tx);
      return { received: true as const };
    },

    /** A personal link for a participant (a registration, a staff member): the token is shown once, stored hashed. */
    async invite(actor: Actor, surveyId: number, input: { participantKey: string; personId?: number | null }) {
      return db.transaction(async (tx) => {
        await core.load(surveyId, tx, true);
        if (input.personId) await deps.services.people.assertLinkable(input.personId, tx);
        const token = crypto.randomBytes(24).toString('base64url');
        const [inv] = await tx
          .insert(surveyInvitations)
          .values({ surveyId, tokenHash: hashToken(token), participantKey: input.participantKey, personId: input.personId ?? null })
          .returning();
        await audit.record(actor, { action: 'survey.invite', entityType: 'survey', entityId: surveyId, details: { invitationId: inv.id, participantKey: inv.participantKey, personId: inv.personId } }, tx);
        return { id: inv.id, token, participantKey: inv.participantKey };
      });
    },

    /** The answers as stored, for the export: one row per response, in random-id order (never the order of answering). */
    async responseRows(surveyId: number) {
      const rows = await db
        .select({ id: surveyResponses.id, day: surveyResponses.answeredOn, questionId: surveyAnswers.questionId, scale: surveyAnswers.scale, choices: surveyAnswers.choices, text: surveyAnswers.text })
        .from(surveyResponses)
        .leftJoin(surveyAnswers, eq(surveyAnswers.responseId, surveyResponses.id))
        .where(eq(surveyResponses.surveyId, surveyId))
        .orderBy(asc(surveyResponses.id));
      const byResponse = new Map<string, { day: string; answers: Map<number, { scale: number | null; choices: string[] | null; text: string | null }> }>();
      for (const r of rows) {
        let e = byResponse.get(r.id);
        if (!e) byResponse.set(r.id, (e = { day: r.day, answers: new Map() }));
        if (r.questionId !== null) e.answers.set(r.questionId, { scale: r.scale, choices: r.choices, text: r.text });
      }
      return [...byResponse.values()];
    },
  };
  return part;
}
