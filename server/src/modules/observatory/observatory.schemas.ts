import { z } from 'zod';
import { idOut, instantOut, isoDate, localDateOut, pagination, requiredText, text } from '../../platform/http/schemas';
import { LOCALES } from '../../platform/i18n/messages';
import { figureSchema, yearParam } from '../../platform/stats';
import { LICENCE_IDS, MANUAL_UNITS, TARGET_GROUPS } from './observatory.service';

// --- requests --------------------------------------------------------------------------------------

/** `?year=YYYY`; without it, the default year of every page (platform/stats.ts `defaultYear`). */
export const yearQuery = z.strictObject({ year: yearParam.optional() });
export const exportQuery = z.strictObject({ year: yearParam.optional(), format: z.enum(['xlsx', 'csv']).default('xlsx') });
export const peopleBehindParams = z.strictObject({ key: z.string().regex(/^[a-z0-9_:.-]{2,100}$/) });
export const peopleBehindQuery = z.strictObject({ year: yearParam.optional(), ...pagination });
/** Open data: one year, or every year when none is given. */
export const openDataQuery = z.strictObject({ year: yearParam.optional(), format: z.enum(['json', 'csv']).default('json') });

const optionalText = (max: number) => text(max).nullable().optional();

export const manualFigureBody = z.strictObject({
  year: yearParam,
  activityKey: z.string().trim().regex(/^[a-z0-9_:.-]{2,100}$/),
  /** the label in French; Dutch and English beside it (open data publishes the three) */
  label: requiredText(200),
  labelNl: optionalText(200),
  labelEn: optionalText(200),
  value: z.number().int().min(0).max(100_000_000),
  unit: z.enum(MANUAL_UNITS),
  source: requiredText(300),
});

export const reportTextBody = z.strictObject({ year: yearParam, locale: z.enum(LOCALES), body: text(20_000) });

export const projectBody = z.strictObject({
  name: requiredText(200),
  descriptionFr: optionalText(5000),
  descriptionNl: optionalText(5000),
  funders: z.array(requiredText(200)).max(20).default([]),
  periodStart: isoDate,
  periodEnd: isoDate,
  neighbourhood: optionalText(200),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(20).default([]),
  parentId: z.number().int().positive().nullable().optional(),
  objectives: z
    .array(z.strictObject({ labelFr: optionalText(200), labelNl: optionalText(200), activityKey: requiredText(100), target: z.number().int().min(0).max(10_000_000) }))
    .max(50)
    .default([]),
});

export const settingsBody = z.strictObject({
  licence: z.enum(LICENCE_IDS),
  publisher: z.strictObject({ fr: requiredText(200), nl: requiredText(200), en: requiredText(200) }),
  contactEmail: z.email().max(200).nullable(),
});

// --- answers ---------------------------------------------------------------------------------------

const int = z.number().int();
const versions = z
  .object({ fr: z.string().nullable(), nl: z.string().nullable(), en: z.string().nullable() })
  .meta({ id: 'TextVersions', description: 'A text in each language; null where nobody wrote it (it is never filled in from another language).' });

const unit = z.enum(MANUAL_UNITS);
const origin = z.enum(['tracked', 'manual', 'imported']);
/** where a report figure comes from: the records in Relais, or a past year's figure imported with its source */
const figureOrigin = z.enum(['tracked', 'imported']);

export const reachLineSchema = z
  .object({
    key: z.string(),
    /** the label in the caller's language; when it was not written in that language, `labelMissing` and the label of another one */
    label: z.string(),
    labelMissing: z.boolean(),
    origin,
    unit,
    value: int,
    distinctPeople: int.nullable(),
    participations: int.nullable(),
    anonymous: int.nullable(),
    source: z.string().nullable(),
    enteredAt: instantOut.nullable(),
    supersededManual: z.object({ value: int, source: z.string() }).nullable(),
    /** a figure imported for this line that the records replace (the records win) */
    supersededImport: z.object({ value: z.number(), source: z.string() }).nullable(),
    /** the caller may list the people this line counts (GET .../lines/{key}/people) */
    peopleListable: z.boolean(),
  })
  .meta({ id: 'ObservatoryReachLine', description: 'One line of the people-reached table: what it counts, its figure, where it comes from.' });

const reachYear = {
  year: int,
  lines: z.array(reachLineSchema),
  /** the sum of every line, whatever each counts: participations, distinct people and door counts */
  total: int,
  totalByUnit: z.object({ distinct_people: int, participations: int, head_count: int, external: int }),
  /** distinct identified people across all tracked activities (a person met twice counts once) */
  distinctPeopleAllTracked: int,
  empty: z.boolean(),
};

export const reachRowSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    labelMissing: z.boolean(),
    unit,
    /** where this year's figure comes from */
    origin,
    source: z.string().nullable(),
    /** where the year before's figure comes from (null: no figure that year) */
    previousOrigin: origin.nullable(),
    previousSource: z.string().nullable(),
    /** null: no such line that year (a hand-entered figure not entered) */
    value: int.nullable(),
    previous: int.nullable(),
    /** relative change as a fraction */
    change: z.number().nullable(),
    peopleListable: z.boolean(),
  })
  .meta({ id: 'ObservatoryReachRow', description: 'A line of the table of both years: every line of the year or of the year before.' });

export const peopleReachedSchema = z
  .object({
    ...reachYear,
    /** the year is not over: its figures will still change */
    provisional: z.boolean(),
    /** the year every page opens on */
    defaultYear: int,
    previous: z.object(reachYear),
    /** the lines of both years, this year's first */
    rows: z.array(reachRowSchema),
  })
  .meta({ id: 'ObservatoryPeopleReached', description: 'The people-reached table of a year beside the year before.' });

export const peopleBehindAnswer = z.object({
  year: int,
  key: z.string(),
  total: int,
  items: z.array(z.object({ id: idOut, firstName: z.string(), lastName: z.string(), erased: z.boolean() })),
});

export const reportFigureSchema = figureSchema
  .extend({ key: z.string(), label: z.string(), note: z.string().optional(), origin: figureOrigin, previousOrigin: figureOrigin.nullable() })
  .meta({ id: 'ReportFigure', description: 'A key figure of a report section, beside the year before.' });
export const reportChartSchema = z
  .object({
    key: z.string(),
    title: z.string(),
    kind: z.enum(['bar', 'donut']),
    data: z.array(z.object({ key: z.string(), label: z.string(), value: z.number(), previous: z.number().nullable(), origin: figureOrigin, previousOrigin: figureOrigin.nullable() })),
  })
  .meta({ id: 'ReportChart', description: 'A breakdown of a report section, each item beside the year before.' });
export const reportSectionSchema = z
  .object({ key: z.string(), title: z.string(), figures: z.array(reportFigureSchema), charts: z.array(reportChartSchema) })
  .meta({ id: 'ReportSection', description: "A module's section of the annual report." });

export const reportSchema = z
  .object({
    year: int,
    provisional: z.boolean(),
    defaultYear: int,
    generatedAt: instantOut,
    empty: z.boolean(),
    /** who publishes the report, in the caller's language */
    publisher: z.string(),
    peopleReached: peopleReachedSchema,
    sections: z.array(reportSectionSchema),
    /** the sources of the imported figures of the year and of the year before, for the legend */
    imported: z.array(z.object({ year: int, sources: z.array(z.string()) })),
    /** the parts that take a text written by staff, in the report's order */
    textSections: z.array(z.string()),
    /** section -> its text in each language */
    texts: z.record(z.string(), versions),
  })
  .meta({ id: 'ObservatoryReport', description: 'The annual report of a year, organised like the printed one.' });

export const reportTextsAnswer = z.object({ year: int, textSections: z.array(z.string()), texts: z.record(z.string(), versions) });
export const reportTextAnswer = z.object({ section: z.string(), versions });

export const manualFigureSchema = z
  .object({
    id: idOut,
    year: int,
    activityKey: z.string(),
    label: z.string(),
    labelNl: z.string().nullable(),
    labelEn: z.string().nullable(),
    value: int,
    unit,
    source: z.string(),
    enteredBy: idOut.nullable(),
    enteredAt: instantOut,
  })
  .meta({ id: 'ObservatoryManualFigure', description: 'A figure not tracked person by person, entered by hand with its source.' });
export const manualFiguresAnswer = z.object({ items: z.array(manualFigureSchema) });

export const objectiveSchema = z
  .object({ id: idOut, projectId: idOut, activityKey: z.string(), target: int, labelFr: z.string().nullable(), labelNl: z.string().nullable() })
  .meta({ id: 'ProjectObjective', description: 'A target figure of a project, measured by one people-reached line; its text in French and in Dutch.' });
export const projectSchema = z
  .object({
    id: idOut,
    name: z.string(),
    descriptionFr: z.string().nullable(),
    descriptionNl: z.string().nullable(),
    funders: z.array(z.string()),
    periodStart: localDateOut,
    periodEnd: localDateOut,
    neighbourhood: z.string().nullable(),
    /** codes of TARGET_GROUPS (labels in the web catalog) */
    targetGroups: z.array(z.string()),
    parentId: idOut.nullable(),
    createdAt: instantOut,
    updatedAt: instantOut,
    objectives: z.array(objectiveSchema),
  })
  .meta({ id: 'Project', description: 'A funded project with its period, target groups and objectives.' });
export const projectsAnswer = z.object({ items: z.array(projectSchema) });
export const progressSchema = z
  .object({
    project: projectSchema,
    at: localDateOut,
    objectives: z.array(objectiveSchema.extend({ value: int, ratio: z.number().nullable() })),
  })
  .meta({ id: 'ProjectProgress', description: "A project's objectives against what the records count, up to a date." });

export const dashboardSchema = z
  .object({
    year: int,
    series: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        link: z.string(),
        scope: z.enum(['mine', 'all']).meta({ description: "'mine': what the user recorded; 'all': the whole organisation's" }),
        months: z.array(z.number()),
        previous: z.array(z.number()),
        total: z.number(),
        previousTotal: z.number(),
        allTotal: z.number().meta({ description: "the organisation's total of the year" }),
      }),
    ),
    projects: z.array(progressSchema),
  })
  .meta({ id: 'ObservatoryDashboard', description: "The home page: the user's activities month by month against last year, and running projects." });

export const settingsSchema = z
  .object({
    licence: z.enum(LICENCE_IDS),
    publisher: z.object({ fr: z.string(), nl: z.string(), en: z.string() }),
    contactEmail: z.string().nullable(),
    licences: z.array(z.object({ id: z.enum(LICENCE_IDS), title: z.string(), url: z.string() })),
  })
  .meta({ id: 'ObservatorySettings', description: 'The licence of the open data and the name of the publisher.' });

export const openDataRowSchema = z
  .object({
    year: int,
    row_type: z.enum(['activity', 'total', 'distinct_people']),
    activity: z.string(),
    label_fr: z.string().nullable(),
    label_nl: z.string().nullable(),
    label_en: z.string().nullable(),
    unit: z.enum([...MANUAL_UNITS, 'mixed']),
    origin,
    value: int.nullable(),
    suppressed: z.boolean(),
    provisional: z.boolean(),
    source: z.string().nullable(),
  })
  .meta({ id: 'OpenDataRow', description: 'One published figure; value is null when suppressed.' });
export const openDataSchema = z
  .object({
    title: versions,
    publisher: z.string(),
    licence: z.object({ id: z.string(), title: z.string(), url: z.string() }),
    generatedAt: instantOut,
    years: z.array(int),
    /** fewer distinct people than this behind a figure: suppressed */
    threshold: int,
    schema: z.string(),
    rows: z.array(openDataRowSchema),
  })
  .meta({ id: 'OpenData', description: 'The people reached per activity and year, as published (aggregates only).' });

/** A Frictionless Table Schema descriptor (https://specs.frictionlessdata.io/table-schema/). */
export const tableSchemaAnswer = z.looseObject({ fields: z.array(z.looseObject({ name: z.string(), type: z.string() })) });
/** A DCAT-AP description in JSON-LD. */
export const dcatAnswer = z.looseObject({ '@context': z.record(z.string(), z.unknown()), '@graph': z.array(z.looseObject({ '@id': z.string(), '@type': z.string() })) });

// --- past years' figures ------------------------------------------------------------------------------

const pastSource = requiredText(300);
const pastKey = z.string().trim().min(2).max(200);
export const pastYearParam = z.strictObject({ year: yearParam });
export const pastTemplateQuery = z.strictObject({ year: yearParam, format: z.enum(['xlsx', 'csv']).default('xlsx') });
/** true: checks and answers what the import would do, writes nothing */
const dryRun = z.boolean().optional().meta({ description: 'true: a dry run, checked the same way, answering what the import would create, change and leave, and the year as it would be; nothing is written' });
export const pastFiguresBody = z.strictObject({
  year: yearParam,
  /** where the figures come from, e.g. "Rapport annuel 2022" */
  source: pastSource,
  items: z
    .array(z.strictObject({ key: pastKey, value: z.number(), label: text(200).nullable().optional() }))
    .min(1)
    .max(5000),
  dryRun,
});
export const pastFiguresFileBody = z.strictObject({
  year: yearParam,
  source: pastSource,
  fileName: text(200).nullable().optional(),
  /** the file (xlsx or csv, told apart by its content), base64-encoded, 5 MB at most */
  content: z.string().min(1).max(7_000_000).regex(/^[A-Za-z0-9+/=\r\n]+$/, 'error.import.not_base64'),
  dryRun,
});
const pastItem = z
  .object({
    key: z.string(),
    kind: z.enum(['line', 'figure', 'breakdown']),
    labels: versions,
    sectionTitles: versions.nullable(),
    chartTitles: versions.nullable(),
    unit: z.string(),
    value: z.number(),
    source: z.string(),
    fileName: z.string().nullable(),
    importedAt: instantOut,
    /** the records of that year replace it: kept, not shown */
    superseded: z.boolean(),
  })
  .meta({ id: 'ObservatoryPastFigure', description: "A past year's figure brought in with its source." });
export const pastFiguresAnswer = z
  .object({ year: int, years: z.array(int), items: z.array(pastItem) })
  .meta({ id: 'ObservatoryPastFigures', description: "A year's imported figures, and the years that have some." });
export const pastImportAnswer = z
  .object({
    year: int,
    /** a dry run: nothing was written, the counts, changes and items say what the import would do */
    dryRun: z.boolean(),
    created: int,
    updated: int,
    unchanged: int,
    changes: z.array(z.object({ key: z.string(), action: z.enum(['create', 'update', 'unchanged']), value: z.number(), previous: z.number().nullable() })).meta({ description: 'per figure given, in order: what the import does (or would do) with it, and the value it replaces' }),
    superseded: z.array(z.string()),
    items: z.array(pastItem),
  })
  .meta({ id: 'ObservatoryPastImport', description: 'What an import did (or, a dry run, would do): figures created, changed and left as they were, one by one; the year\'s figures after it; those the records replace.' });
export const pastDeleteAnswer = z.object({ year: int, deleted: int });
export const pastCatalogAnswer = z
  .object({
    items: z.array(
      z.object({ key: z.string(), kind: z.enum(['line', 'figure', 'breakdown']), unit: z.string(), labels: versions, sectionTitles: versions.nullable(), chartTitles: versions.nullable() }),
    ),
  })
  .meta({ id: 'ObservatoryPastCatalog', description: 'The keys a past year\'s figures can be given for: the lines of the table and the figures and breakdown values of the report.' });
