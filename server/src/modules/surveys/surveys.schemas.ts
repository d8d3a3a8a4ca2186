import { z } from 'zod';
import { bodyId, idOut, queryId, requiredText, text } from '../../platform/http/schemas';
import { MATCH_MODES, QUESTION_KINDS, SURVEY_PURPOSES } from './surveys.table';

const optionalText = (max: number) => text(max).nullable().optional();
/** A token of a public or personal link (base64url). */
export const tokenParam = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'error.survey.link_unknown') });

const optionKey = z.string().trim().regex(/^[a-z0-9_]{1,40}$/, 'error.survey.option_key_invalid');
export const optionBody = z.strictObject({ key: optionKey, labelFr: requiredText(200), labelNl: requiredText(200), labelEn: optionalText(200) });

export const questionBody = z
  .strictObject({
    kind: z.enum(QUESTION_KINDS),
    textFr: requiredText(500),
    textNl: requiredText(500),
    textEn: optionalText(500),
    /** scale questions: 5 (1 to 5) or 10 (0 to 10) */
    scale: z.union([z.literal(5), z.literal(10)]).optional(),
    options: z.array(optionBody).max(30).optional(),
    required: z.boolean().optional(),
  })
  .superRefine((q, ctx) => {
    if (q.kind === 'scale' && !q.scale) ctx.addIssue({ code: 'custom', path: ['scale'], message: 'error.survey.scale_needed' });
    if (q.kind !== 'scale' && q.scale) ctx.addIssue({ code: 'custom', path: ['scale'], message: 'error.survey.scale_only_for_scale' });
    const choice = q.kind === 'single' || q.kind === 'multiple';
    if (choice && (q.options?.length ?? 0) < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: 'error.survey.options_needed' });
    if (!choice && q.options?.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'error.survey.options_only_for_choice' });
    const keys = (q.options ?? []).map((o) => o.key);
    if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'error.survey.option_key_twice' });
  });
export type QuestionInput = z.infer<typeof questionBody>;

const subjectType = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'error.survey.subject_type_invalid');
export const surveyBody = z
  .strictObject({
    purpose: z.enum(SURVEY_PURPOSES).optional(),
    titleFr: requiredText(200),
    titleNl: requiredText(200),
    titleEn: optionalText(200),
    introFr: optionalText(2000),
    introNl: optionalText(2000),
    introEn: optionalText(2000),
    subjectType: subjectType.nullable().optional(),
    subjectId: bodyId.nullable().optional(),
    publicLink: z.boolean().optional(),
    maxAnswers: z.number().int().min(1).max(100_000).nullable().optional(),
    matchMode: z.enum(MATCH_MODES).optional(),
    questions: z.array(questionBody).max(60).optional(),
  })
  .superRefine((s, ctx) => {
    if (!s.subjectType !== !s.subjectId) ctx.addIssue({ code: 'custom', path: ['subjectId'], message: 'error.survey.subject_pair' });
  });
export type SurveyInput = z.infer<typeof surveyBody>;
export const surveyPatch = z.strictObject({
  titleFr: requiredText(200),
  titleNl: requiredText(200),
  titleEn: optionalText(200),
  introFr: optionalText(2000),
  introNl: optionalText(2000),
  introEn: optionalText(2000),
  publicLink: z.boolean(),
  maxAnswers: z.number().int().min(1).max(100_000).nullable(),
  matchMode: z.enum(MATCH_MODES),
}).partial();
export type SurveyPatch = z.infer<typeof surveyPatch>;

export const listQuery = z.strictObject({
  purpose: z.enum(SURVEY_PURPOSES).optional(),
  subjectType: subjectType.optional(),
  subjectId: queryId.optional(),
});

export const answerItem = z.strictObject({
  questionId: bodyId,
  scale: z.number().int().min(0).max(10).optional(),
  choices: z.array(optionKey).max(30).optional(),
  text: text(3000).optional(),
});
export const answersBody = z.strictObject({ answers: z.array(answerItem).max(60) });
export type AnswersInput = z.infer<typeof answersBody>;

export const invitationBody = z.strictObject({
  participantKey: z.string().trim().min(1).max(120),
  personId: bodyId.nullable().optional(),
});
export const exportQuery = z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

// --- screening rules ----------------------------------------------------------------------------------

export const conditionBody = z.strictObject({
  questionId: bodyId,
  op: z.enum(['equals', 'includes', 'at_least', 'at_most']),
  value: z.union([z.string().trim().min(1).max(40), z.number().int().min(0).max(10)]),
});
export const ruleBody = z.strictObject({
  conditions: z.array(conditionBody).min(1).max(10),
  targetFr: requiredText(200),
  targetNl: requiredText(200),
  targetEn: optionalText(200),
  position: z.number().int().min(0).max(10_000).optional(),
  active: z.boolean().optional(),
});
export type RuleInput = z.infer<typeof ruleBody>;
export const ruleParams = z.strictObject({ id: queryId, ruleId: queryId });

// --- answers ------------------------------------------------------------------------------------------

const int = z.number().int();
const option = z.object({ key: z.string(), labelFr: z.string(), labelNl: z.string(), labelEn: z.string().nullable() });
export const questionSchema = z
  .object({
    id: idOut,
    position: int,
    kind: z.enum(QUESTION_KINDS),
    textFr: z.string(),
    textNl: z.string(),
    textEn: z.string().nullable(),
    scaleMin: int.nullable(),
    scaleMax: int.nullable(),
    options: z.array(option),
    required: z.boolean(),
  })
  .meta({ id: 'SurveyQuestion' });

const titles = { titleFr: z.string(), titleNl: z.string(), titleEn: z.string().nullable(), introFr: z.string().nullable(), introNl: z.string().nullable(), introEn: z.string().nullable() };
export const surveySchema = z
  .object({
    id: idOut,
    purpose: z.enum(SURVEY_PURPOSES),
    ...titles,
    subjectType: z.string().nullable(),
    subjectId: idOut.nullable(),
    open: z.boolean(),
    /** its module opens and closes it (a training session's evaluation): the surveys pages do not */
    openedElsewhere: z.boolean(),
    publicLink: z.boolean(),
    /** the public link's token, while the survey is open and has one */
    publicToken: z.string().nullable(),
    maxAnswers: int.nullable(),
    matchMode: z.enum(MATCH_MODES),
    answers: int,
    openedAt: z.iso.datetime({ offset: true }).nullable(),
    closedAt: z.iso.datetime({ offset: true }).nullable(),
    questions: z.array(questionSchema),
  })
  .meta({ id: 'Survey', description: 'A survey or a screening form, with its questions.' });
export const surveyListAnswer = z.object({ items: z.array(surveySchema.omit({ questions: true }).extend({ questionCount: int })) });

export const publicFormSchema = z
  .object({ id: idOut, purpose: z.enum(SURVEY_PURPOSES), ...titles, questions: z.array(questionSchema) })
  .meta({ id: 'SurveyPublicForm', description: 'What an answering link shows: the texts and the questions, nothing about who answered.' });
export const submittedAnswer = z.object({ received: z.literal(true) }).meta({ id: 'SurveySubmitted' });
export const invitationAnswer = z.object({ id: idOut, token: z.string(), participantKey: z.string() }).meta({ id: 'SurveyInvitation' });

export const resultsSchema = z
  .object({
    surveyId: idOut,
    open: z.boolean(),
    answers: int,
    questions: z.array(
      z.object({
        id: idOut,
        kind: z.enum(QUESTION_KINDS),
        textFr: z.string(),
        textNl: z.string(),
        textEn: z.string().nullable(),
        answered: int,
        /** scale: the mean, null without answers */
        average: z.number().nullable(),
        /** scale: one count per value from scaleMin to scaleMax; choices: one count per option */
        counts: z.array(z.object({ key: z.string(), labelFr: z.string(), labelNl: z.string(), labelEn: z.string().nullable(), count: int })),
        /** text answers, in no particular order */
        texts: z.array(z.string()),
      }),
    ),
    /** screening: candidates per orientation */
    orientations: z.array(z.object({ ruleId: idOut, targetFr: z.string(), targetNl: z.string(), targetEn: z.string().nullable(), count: int })),
    unoriented: int,
  })
  .meta({ id: 'SurveyResults', description: 'Counts per question and option, the mean of scales, text answers in no order.' });

export const ruleSchema = z
  .object({
    id: idOut,
    position: int,
    conditions: z.array(z.object({ questionId: idOut, op: z.enum(['equals', 'includes', 'at_least', 'at_most']), value: z.union([z.string(), z.number()]) })),
    targetFr: z.string(),
    targetNl: z.string(),
    targetEn: z.string().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'ScreeningRule', description: 'When every condition holds, the candidate is oriented to the target (a stand, a training).' });
export const rulesAnswer = z.object({ matchMode: z.enum(MATCH_MODES), items: z.array(ruleSchema) });
export const screeningAnswer = z
  .object({ orientations: z.array(z.object({ ruleId: idOut, targetFr: z.string(), targetNl: z.string(), targetEn: z.string().nullable() })) })
  .meta({ id: 'ScreeningOrientation', description: 'Where the candidate is oriented (empty: no rule matched, the general desk).' });
