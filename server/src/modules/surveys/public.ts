/**
 * What the surveys module offers the modules listed after it: the app's one survey engine, on `ctx.services.surveys`.
 * A module that holds its own answering link (the trainings' QR code per session) keeps a survey about its record
 * and sends the answers through it, inside its own transaction:
 *
 *   const s = await ctx.services.surveys.ensureForSubject(tx, actor, { type: 'training_session', id }, { titleFr, titleNl, questions });
 *   await ctx.services.surveys.answerWithin(tx, actor, s.id, null, { answers }, { max: present, error: () => conflict(...) });
 *
 * Anonymous answers stay apart from who answered; results (charts) and the export come with the survey.
 */
export type { SurveysService, KeyedQuestion } from './surveys.service';
export type { AnswerCap } from './surveys.answers';
