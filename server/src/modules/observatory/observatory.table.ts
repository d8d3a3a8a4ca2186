import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, date, primaryKey, uniqueIndex, check, doublePrecision, jsonb, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';

/** A funded project (Allo-Digiparcours, 100% Horeca, Contrat de Quartier Durable Versailles...). */
export const projects = pgTable(
  'projects',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    /** the description in French and in Dutch, written by staff; either may be missing (never replaced by the other) */
    descriptionFr: text('description_fr'),
    descriptionNl: text('description_nl'),
    /** names of funders (City of Brussels, Brussels Region, Actiris...) */
    funders: text('funders').array().notNull().default(sql`'{}'::text[]`),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    neighbourhood: text('neighbourhood'),
    /** e.g. over_50, under_30, women, neet */
    targetGroups: text('target_groups').array().notNull().default(sql`'{}'::text[]`),
    parentId: integer('parent_id').references((): AnyPgColumn => projects.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('projects_period', sql`${t.periodEnd} >= ${t.periodStart}`), uniqueIndex('projects_name_unique').on(sql`lower(${t.name})`)],
);

/** A target figure of a project, measured by one "people reached" line (e.g. 'allo_digiparcours' >= 50). */
export const projectObjectives = pgTable(
  'project_objectives',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** what the objective says, in French and in Dutch; at least one of them */
    labelFr: text('label_fr'),
    labelNl: text('label_nl'),
    /** key of a people-reached line (tracked or entered by hand) */
    activityKey: text('activity_key').notNull(),
    target: integer('target').notNull(),
  },
  (t) => [
    check('project_objectives_target', sql`${t.target} >= 0`),
    check('project_objectives_label', sql`coalesce(length(trim(${t.labelFr})), 0) + coalesce(length(trim(${t.labelNl})), 0) > 0`),
  ],
);

/** Figures not tracked person by person (door counts, web analytics, followers), per year and activity. */
export const manualFigures = pgTable(
  'manual_figures',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    year: integer('year').notNull(),
    activityKey: text('activity_key').notNull(),
    label: text('label').notNull(),
    /** the label in Dutch and in English (open data gives the three); missing when nobody wrote it */
    labelNl: text('label_nl'),
    labelEn: text('label_en'),
    value: integer('value').notNull(),
    /** what the figure counts: head_count (at the door), external (an outside tool), participations, distinct_people */
    unit: text('unit').notNull(),
    source: text('source').notNull(),
    enteredBy: integer('entered_by').references(() => users.id),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('manual_figures_year_key').on(t.year, t.activityKey),
    check('manual_figures_value', sql`${t.value} >= 0`),
    check('manual_figures_source', sql`length(trim(${t.source})) > 0`),
    check('manual_figures_unit', sql`${t.unit} in ('head_count','external','participations','distinct_people')`),
  ],
);

/** Texts of the annual report written by staff (introduction, perspectives...), kept with the year. */
export const reportTexts = pgTable(
  'report_texts',
  {
    year: integer('year').notNull(),
    section: text('section').notNull(),
    /** each language has its own version; a missing one is shown as missing, never replaced by another */
    locale: text('locale').notNull().default('fr'),
    body: text('body').notNull(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.year, t.section, t.locale] }), check('report_texts_locale', sql`${t.locale} in ('fr','nl','en')`)],
);

/** A text in French, Dutch and English (null where there is none). */
type Labels = { fr: string | null; nl: string | null; en: string | null };

/**
 * Figures of past years brought in from an earlier report or another tool (one row per line of the people-reached
 * table and per figure or breakdown value of the report), so that the comparison with the year before works from the
 * first day. Records win: a line or a section that has records for a year shows them, and its imported figures are
 * kept but not shown (observatory.past.ts).
 */
export const importedFigures = pgTable(
  'imported_figures',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    year: integer('year').notNull(),
    /** `reach.<line>`, `<section>.<figure>` or `<section>.<chart>.<value>` */
    key: text('key').notNull(),
    /** line: of the people-reached table; figure: a key figure of a section; breakdown: a value of a section's chart */
    kind: text('kind').notNull(),
    /** the report section (null for a line), and the chart of a breakdown value */
    section: text('section'),
    chart: text('chart'),
    /** the line's, figure's or value's own key */
    item: text('item').notNull(),
    value: doublePrecision('value').notNull(),
    /** a line's unit (distinct_people, participations...) or a figure's (count, percent, decimal, hours, euros) */
    unit: text('unit').notNull(),
    /** labels as they were when the figure was imported, shown when the report no longer has that part */
    labels: jsonb('labels').$type<Labels>().notNull(),
    sectionTitles: jsonb('section_titles').$type<Labels>(),
    chartTitles: jsonb('chart_titles').$type<Labels>(),
    chartKind: text('chart_kind'),
    /** where the figure comes from, e.g. "Rapport annuel 2022" */
    source: text('source').notNull(),
    fileName: text('file_name'),
    importedBy: integer('imported_by').references(() => users.id),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('imported_figures_year_key').on(t.year, t.key),
    check('imported_figures_value', sql`${t.value} >= 0`),
    check('imported_figures_source', sql`length(trim(${t.source})) > 0`),
    check('imported_figures_kind', sql`${t.kind} in ('line','figure','breakdown')`),
  ],
);
