import { z } from 'zod';
import { bodyId, idOut, instantOut, queryId, requiredText } from '../../platform/http/schemas';
import { checkPeriod, periodFields } from '../../platform/stats';
import { AREAS } from './diagnostic.engine';
import { ITEM_KINDS, SESSION_MODES } from './diagnostic.table';

const locale = z.enum(['fr', 'nl', 'en']);
const level = z.number().int().min(0, 'error.diagnostic.level_range').max(4, 'error.diagnostic.level_range');

/** A text in the three languages: none may be missing (the bank is read in FR, NL and EN). */
const translated = (max: number) => z.strictObject({ fr: requiredText(max), nl: requiredText(max), en: requiredText(max) });
const pictogram = z.string().trim().min(1).max(16);

export const optionBody = z.strictObject({ key: z.string().regex(/^[a-z0-9_]{1,20}$/, 'error.code_invalid'), pictogram, label: translated(200) });
export const itemBody = z
  .strictObject({
    code: z.string().trim().regex(/^[a-z0-9_]{2,40}$/, 'error.code_invalid'),
    area: z.enum(AREAS),
    level: z.number().int().min(1, 'error.diagnostic.level_range').max(4, 'error.diagnostic.level_range'),
    difficulty: z.number().min(-0.5).max(0.5).default(0),
    kind: z.enum(ITEM_KINDS),
    pictogram,
    prompt: translated(300),
    scene: z.enum(['screen', 'browser', 'mail', 'phone', 'desktop', 'form', 'eguichet', 'video']).nullable().default(null),
    task: z.enum(['e_guichet', 'e_stamping', 'temp_contract', 'tax_on_web', 'pc_banking', 'video_interview']).nullable().default(null),
    options: z.array(optionBody).max(6).default([]),
    dragLabel: translated(60).nullable().default(null),
    /** the right option's key (choices), or the accepted answers (typed) */
    answer: z.string().trim().min(1).max(40).optional(),
    accept: z.array(z.string().trim().min(1).max(60)).max(10).optional(),
    caseSensitive: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'type') {
      if (!v.accept?.length) ctx.addIssue({ code: 'custom', message: 'error.diagnostic.accept_needed', path: ['accept'] });
    } else if (v.kind !== 'self') {
      if (v.options.length < 2) ctx.addIssue({ code: 'custom', message: 'error.diagnostic.options_needed', path: ['options'] });
      if (!v.answer || !v.options.some((o) => o.key === v.answer)) ctx.addIssue({ code: 'custom', message: 'error.diagnostic.answer_not_an_option', path: ['answer'] });
      if (new Set(v.options.map((o) => o.key)).size !== v.options.length) ctx.addIssue({ code: 'custom', message: 'error.diagnostic.options_unique', path: ['options'] });
    }
    if (v.kind === 'drag' && !v.dragLabel) ctx.addIssue({ code: 'custom', message: 'error.diagnostic.drag_label_needed', path: ['dragLabel'] });
  });
export type ItemInput = z.infer<typeof itemBody>;
export const itemPatch = z.strictObject({ active: z.boolean() });
export const codeParam = z.strictObject({ code: z.string().regex(/^[a-z0-9_]{2,40}$/, 'error.code_invalid') });

export const startPublicBody = z.strictObject({ locale: locale.default('fr'), commune: z.string().trim().max(60).nullable().optional() });
export const startHelpedBody = z.strictObject({
  personId: bodyId.optional(),
  reference: z.string().trim().min(1).max(120).optional(),
  locale: locale.default('fr'),
  commune: z.string().trim().max(60).nullable().optional(),
});
export type StartHelpedInput = z.infer<typeof startHelpedBody>;
export const tokenParam = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'error.diagnostic.unknown_link') });
export const answerBody = z.strictObject({
  itemCode: z.string().regex(/^[a-z0-9_]{2,40}$/, 'error.diagnostic.not_current_item'),
  /** the option's key or the typed text; null: "I don't know" */
  response: z.string().max(200).nullable(),
});
export type AnswerInput = z.infer<typeof answerBody>;
export const resultQuery = z.strictObject({ locale: locale.optional() });

export const sessionsQuery = z.strictObject({
  ...periodFields,
  personId: queryId.optional(),
  status: z.enum(['finished', 'open', 'all']).default('all'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
}).superRefine(checkPeriod);
export const programmeLevelBody = z
  .strictObject({ minLevel: level, maxLevel: level })
  .refine((v) => v.minLevel <= v.maxLevel, { message: 'error.diagnostic.level_order', path: ['maxLevel'] });
export const partnerAccountBody = z.strictObject({ organisationId: bodyId });
/** A new partner service account: a worker of an organisation of the registry, with a temporary password. */
export const partnerAccountCreateBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254),
  organisationId: bodyId,
  password: z.string().max(200),
  locale: locale.optional(),
});
export type PartnerAccountCreateInput = z.infer<typeof partnerAccountCreateBody>;
export const partnerAccountPatch = z
  .strictObject({ organisationId: bodyId.optional(), active: z.boolean().optional() })
  .refine((v) => v.organisationId !== undefined || v.active !== undefined, { message: 'error.diagnostic.nothing_to_change' });
export const userParam = z.strictObject({ userId: queryId });

export const statsQuery = z.strictObject({ ...periodFields }).superRefine(checkPeriod);
export const exportQuery = z.strictObject({ ...periodFields, format: z.enum(['xlsx', 'csv']).default('xlsx') }).superRefine(checkPeriod);

// --- answers ---------------------------------------------------------------------------------------

const int = z.number().int();
const texts = z.object({ fr: z.string(), nl: z.string(), en: z.string() });
export const areaSchema = z.enum(AREAS);
const option = z.object({ key: z.string(), pictogram: z.string(), label: texts });

export const itemSchema = z
  .object({
    code: z.string(),
    area: areaSchema,
    kind: z.enum(ITEM_KINDS),
    pictogram: z.string(),
    prompt: texts,
    scene: z.string().nullable(),
    task: z.string().nullable(),
    options: z.array(option),
    dragLabel: texts.nullable(),
  })
  .meta({ id: 'DiagnosticItem', description: 'One question as the taker sees it (never its answer).' });

export const bankItemSchema = z
  .object({
    code: z.string(),
    bankVersion: int,
    area: areaSchema,
    level: int,
    difficulty: z.number(),
    kind: z.enum(ITEM_KINDS),
    pictogram: z.string(),
    prompt: texts,
    scene: z.string().nullable(),
    task: z.string().nullable(),
    options: z.array(option),
    dragLabel: texts.nullable(),
    answer: z.string().nullable(),
    accept: z.array(z.string()),
    active: z.boolean(),
  })
  .meta({ id: 'DiagnosticBankItem', description: 'An item of the bank, with its answer (for the trainers who keep the bank).' });
export const bankAnswer = z.object({ items: z.array(bankItemSchema), counts: z.array(z.object({ area: areaSchema, level: int, count: int })) });

export const areaLevelSchema = z.object({ area: areaSchema, level: int, asked: int, correct: int });

const orientationSchema = z.object({
  overallLevel: int,
  programmes: z.array(
    z.object({
      id: idOut,
      name: z.string(),
      description: z.string().nullable(),
      sessions: z.array(z.object({ id: idOut, title: z.string().nullable(), firstDay: z.string().nullable(), seatsLeft: int.nullable() })),
    }),
  ),
  partners: z.array(
    z.object({ id: idOut, name: z.string(), address: z.string().nullable(), postalCode: z.string().nullable(), phone: z.string().nullable(), website: z.string().nullable(), commune: z.string().nullable(), distanceKm: z.number().nullable() }),
  ),
  epn: z.boolean(),
});

export const stateSchema = z
  .object({
    status: z.enum(['question', 'finished']),
    /** answered so far, and an estimate of the total (for the progress bar) */
    answered: int,
    expected: int,
    areaIndex: int,
    item: itemSchema.nullable(),
    levels: z.array(areaLevelSchema).nullable(),
  })
  .meta({ id: 'DiagnosticState', description: 'Where a diagnostic stands: the question to answer, or the levels once finished.' });
export const startedSchema = z
  .object({ id: idOut, token: z.string(), state: stateSchema })
  .meta({ id: 'DiagnosticStarted', description: 'A new diagnostic: its secret link token (kept by the page only) and its first question.' });

export const resultSchema = z
  .object({
    finishedAt: instantOut,
    locale: z.enum(['fr', 'nl', 'en']),
    levels: z.array(areaLevelSchema),
    overallLevel: int,
    orientation: orientationSchema,
  })
  .meta({ id: 'DiagnosticResult', description: 'The result sheet: a level per area and where to go next.' });

export const sessionSchema = z
  .object({
    id: idOut,
    mode: z.enum(SESSION_MODES),
    personId: idOut.nullable(),
    person: z.object({ id: idOut, firstName: z.string(), lastName: z.string(), commune: z.string().nullable() }).nullable(),
    reference: z.string().nullable(),
    organisation: z.object({ id: idOut, name: z.string() }).nullable(),
    helper: z.string().nullable(),
    locale: z.string(),
    commune: z.string().nullable(),
    startedAt: instantOut,
    finishedAt: instantOut.nullable(),
    answered: int,
    levels: z.array(areaLevelSchema).nullable(),
    overallLevel: int.nullable(),
  })
  .meta({ id: 'DiagnosticSession', description: 'A diagnostic as staff list it.' });
export const sessionsAnswer = z.object({ items: z.array(sessionSchema), total: int, page: int, pageSize: int });
export const sessionDetail = sessionSchema
  .extend({
    answers: z.array(z.object({ position: int, itemCode: z.string(), area: areaSchema, level: int, prompt: texts, response: z.string().nullable(), correct: z.boolean(), at: instantOut })),
    orientation: orientationSchema.nullable(),
  })
  .meta({ id: 'DiagnosticSessionDetail', description: 'A diagnostic with every answer and its orientation.' });

export const progressSchema = z
  .object({ personId: idOut, diagnostics: z.array(sessionSchema), first: z.array(areaLevelSchema).nullable(), latest: z.array(areaLevelSchema).nullable(), change: int.nullable() })
  .meta({ id: 'DiagnosticProgress', description: "A person's diagnostics, the first beside the latest." });

export const programmeLevelsAnswer = z.object({
  items: z.array(z.object({ programmeId: idOut, name: z.string(), active: z.boolean(), minLevel: int.nullable(), maxLevel: int.nullable() })),
});
export const partnerAccountSchema = z
  .object({ userId: idOut, name: z.string(), email: z.string(), active: z.boolean(), organisationId: idOut.nullable(), organisationName: z.string().nullable() })
  .meta({ id: 'DiagnosticPartnerAccount', description: "A partner service's account and the organisation whose diagnostics it sees." });
export const partnerAccountsAnswer = z.object({ items: z.array(partnerAccountSchema) });

const distribution = z.array(int); // index = level 0..4
export const statsAnswer = z
  .object({
    from: z.string(),
    to: z.string(),
    finished: int,
    started: int,
    alone: int,
    helped: int,
    distinctPeople: int,
    anonymous: int,
    averageItems: z.number().nullable(),
    averageMinutes: z.number().nullable(),
    orientations: int,
    orientedPeople: int,
    joinedTraining: int,
    retested: int,
    improved: int,
    byArea: z.array(z.object({ area: areaSchema, levels: distribution })),
    overall: distribution,
    byCommune: z.array(z.object({ commune: z.string(), count: int, levels: distribution })),
    byMonth: z.array(z.object({ month: z.string(), finished: int, alone: int, helped: int })),
  })
  .meta({ id: 'DiagnosticStats', description: 'Diagnostics over a period: levels per area and per commune, orientations and trainings joined.' });
