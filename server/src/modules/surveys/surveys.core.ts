import { hashLinkToken } from '../../platform/private-links';
import { asc, eq, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { DbOrTx } from '../../platform/db/database';
import { notFound } from '../../platform/http/errors';
import type { Locale } from '../../platform/i18n/messages';
import { surveyQuestions, surveyResponses, surveys } from './surveys.table';

export type SurveyRow = typeof surveys.$inferSelect;
export type QuestionRow = typeof surveyQuestions.$inferSelect;
export type SurveysDeps = Pick<ModuleContext, 'db' | 'clock' | 'audit' | 'services'>;

/** A random link token (24 bytes, base64url: 32 characters). */
export { newLinkToken as newToken } from '../../platform/private-links';
/** What is stored of a personal link's token. */
export const hashToken = (token: string) => hashLinkToken(token, 'base64url');

/** The text of the caller's language; English falls back to French when none was written. */
export const inLocale = (fr: string, nl: string, en: string | null | undefined, locale: Locale) => (locale === 'nl' ? nl : locale === 'en' ? (en ?? fr) : fr);

export function createSurveysCore({ db }: SurveysDeps) {
  /**
   * Subject types whose module opens and closes their surveys itself (training sessions: the evaluation link on the
   * session's page): the surveys pages neither open nor close them, and the survey's own open flag does not refuse
   * the answers that module passes on (it has checked its own link).
   */
  const answeringOwnedElsewhere = new Set<string>();
  const ownedElsewhere = (s: Pick<SurveyRow, 'subjectType'>) => s.subjectType !== null && answeringOwnedElsewhere.has(s.subjectType);
  async function load(id: number, tx: DbOrTx = db, lock = false): Promise<SurveyRow> {
    const q = tx.select().from(surveys).where(eq(surveys.id, id));
    const [s] = lock ? await q.for('update') : await q;
    if (!s) throw notFound('what.survey');
    return s;
  }
  async function questionsOf(surveyId: number, tx: DbOrTx = db): Promise<QuestionRow[]> {
    return tx.select().from(surveyQuestions).where(eq(surveyQuestions.surveyId, surveyId)).orderBy(asc(surveyQuestions.position), asc(surveyQuestions.id));
  }
  async function answerCount(surveyId: number, tx: DbOrTx = db): Promise<number> {
    const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId));
    return n;
  }
  const presentQuestion = (q: QuestionRow) => ({
    id: q.id,
    position: q.position,
    kind: q.kind,
    textFr: q.textFr,
    textNl: q.textNl,
    textEn: q.textEn,
    scaleMin: q.scaleMin,
    scaleMax: q.scaleMax,
    options: q.options.map((o) => ({ key: o.key, labelFr: o.labelFr, labelNl: o.labelNl, labelEn: o.labelEn ?? null })),
    required: q.required,
  });
  const presentHead = (s: SurveyRow, answers: number) => ({
    id: s.id,
    purpose: s.purpose,
    titleFr: s.titleFr,
    titleNl: s.titleNl,
    titleEn: s.titleEn,
    introFr: s.introFr,
    introNl: s.introNl,
    introEn: s.introEn,
    subjectType: s.subjectType,
    subjectId: s.subjectId,
    open: s.open,
    openedElsewhere: ownedElsewhere(s),
    publicLink: s.publicLink,
    publicToken: s.open && s.publicLink ? s.publicToken : null,
    maxAnswers: s.maxAnswers,
    matchMode: s.matchMode,
    answers,
    openedAt: s.openedAt?.toISOString() ?? null,
    closedAt: s.closedAt?.toISOString() ?? null,
  });
  async function present(s: SurveyRow, tx: DbOrTx = db) {
    const [questions, answers] = await Promise.all([questionsOf(s.id, tx), answerCount(s.id, tx)]);
    return { ...presentHead(s, answers), questions: questions.map(presentQuestion) };
  }
  return { answeringOwnedElsewhere, ownedElsewhere, load, questionsOf, answerCount, present, presentHead, presentQuestion };
}
export type SurveysCore = ReturnType<typeof createSurveysCore>;
