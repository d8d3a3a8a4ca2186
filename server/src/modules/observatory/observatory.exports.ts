import { translate, type Locale } from '../../platform/i18n/messages';
import type { ExportColumn, ExportSheet } from '../../platform/http/export';
import type { FigureUnit } from '../../platform/stats';
import type { Origin, OriginSection } from './observatory.past';
import type { AnnualReport, PeopleReachedAnswer } from './observatory.report';

/**
 * The spreadsheets of the observatory. Counts, percentages and averages each have their own columns with
 * their own number format (a rate is a fraction shown as a percentage, never a plain number in a count
 * column); codes are written as labels; a csv is one table (one long table with a `section` column).
 */

const COUNT = '#,##0';
const PERCENT = '0.0%';
const DECIMAL = '0.0';

type ReachRow = {
  label: string;
  unit: string;
  value: number | null;
  previous: number | null;
  change: number | null;
  origin: string | null;
  source: string | null;
  previousOrigin: string | null;
  previousSource: string | null;
};

/** The people-reached table of both years, with the sum of every line and the distinct people beside it. */
export function peopleReachedSheet(r: PeopleReachedAnswer, locale: Locale, name = translate(locale, 'report.people_reached')): ExportSheet<ReachRow> {
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  const label = (row: { label: string; labelMissing: boolean }) => (row.labelMissing ? t('label.missing', { text: row.label }) : row.label);
  const rows: ReachRow[] = [
    ...r.rows.map((x) => ({
      label: label(x),
      unit: t(`unit.${x.unit}`),
      value: x.value,
      previous: x.previous,
      change: x.change,
      origin: x.value === null ? null : t(`reach.origin.${x.origin}`),
      source: x.source,
      previousOrigin: x.previousOrigin ? t(`reach.origin.${x.previousOrigin}`) : null,
      previousSource: x.previousSource,
    })),
    // a sum of different units: no relative change
    { label: t('reach.total_sum'), unit: t('unit.mixed'), value: r.total, previous: r.previous.total, change: null, origin: null, source: null, previousOrigin: null, previousSource: null },
    {
      label: t('reach.distinct_all'),
      unit: t('unit.distinct_people'),
      value: r.distinctPeopleAllTracked,
      previous: r.previous.distinctPeopleAllTracked,
      change: changeOf(r.distinctPeopleAllTracked, r.previous.distinctPeopleAllTracked),
      origin: t('reach.origin.tracked'),
      source: null,
      previousOrigin: t('reach.origin.tracked'),
      previousSource: null,
    },
  ];
  const columns: ExportColumn<ReachRow>[] = [
    { header: t('export.activity'), value: (x) => x.label, width: 48 },
    { header: t('export.unit'), value: (x) => x.unit, width: 24 },
    { header: t('report.value', { year: r.year }), value: (x) => x.value, format: COUNT },
    { header: t('report.value', { year: r.year - 1 }), value: (x) => x.previous, format: COUNT },
    { header: t('report.change'), value: (x) => x.change, format: PERCENT },
    { header: t('report.origin_of', { year: r.year }), value: (x) => x.origin, width: 24 },
    { header: t('report.source_of', { year: r.year }), value: (x) => x.source, width: 36 },
    { header: t('report.origin_of', { year: r.year - 1 }), value: (x) => x.previousOrigin, width: 24 },
    { header: t('report.source_of', { year: r.year - 1 }), value: (x) => x.previousSource, width: 36 },
  ];
  return { name, columns, rows };
}

const changeOf = (value: number, previous: number) => (previous === 0 ? null : (value - previous) / previous);

/** Which column a figure's value goes to: counts, percentages, or averages and hours. */
const columnOf = (unit: FigureUnit): 'count' | 'percent' | 'decimal' => (unit === 'percent' ? 'percent' : unit === 'decimal' || unit === 'hours' ? 'decimal' : 'count');

type FigureRow = {
  section: string;
  group: string;
  item: string;
  unit: FigureUnit;
  value: number | null;
  previous: number | null;
  change: number | null;
  /** where each year's figure comes from (its label): the records, or imported (a past year) */
  origin: string | null;
  previousOrigin: string | null;
};

function sectionRows(sec: OriginSection, locale: Locale): FigureRow[] {
  const figures = translate(locale, 'report.figure');
  const origin = (o: Origin) => translate(locale, `report.origin.${o}`);
  return [
    ...sec.figures.map((f) => ({
      section: sec.title,
      group: figures,
      item: f.note ? `${f.label} (${f.note})` : f.label,
      unit: f.unit,
      value: f.value,
      previous: f.previous,
      change: f.change,
      origin: f.value === null ? null : origin(f.origin),
      previousOrigin: f.previous === null || !f.previousOrigin ? null : origin(f.previousOrigin),
    })),
    ...sec.charts.flatMap((c) =>
      c.data.map((d) => ({
        section: sec.title,
        group: c.title,
        item: d.label,
        unit: 'count' as const,
        value: d.value,
        previous: d.previous,
        change: d.previous ? (d.value - d.previous) / d.previous : null,
        origin: origin(d.origin),
        previousOrigin: d.previous === null || !d.previousOrigin ? null : origin(d.previousOrigin),
      })),
    ),
  ];
}

function figureColumns(year: number, locale: Locale, withSection: boolean): ExportColumn<FigureRow>[] {
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  const only = (kind: 'count' | 'percent' | 'decimal', pick: (x: FigureRow) => number | null) => (x: FigureRow) => (columnOf(x.unit) === kind ? pick(x) : null);
  return [
    ...(withSection ? [{ header: t('report.section'), value: (x: FigureRow) => x.section, width: 30 }] : []),
    { header: t('report.group'), value: (x) => x.group, width: 36 },
    { header: t('report.chart_item'), value: (x) => x.item, width: 44 },
    { header: t('report.figure_unit'), value: (x) => t(`figure_unit.${x.unit}`), width: 14 },
    { header: t('report.count_of', { year }), value: only('count', (x) => x.value), format: COUNT },
    { header: t('report.count_of', { year: year - 1 }), value: only('count', (x) => x.previous), format: COUNT },
    { header: t('report.percent_of', { year }), value: only('percent', (x) => x.value), format: PERCENT },
    { header: t('report.percent_of', { year: year - 1 }), value: only('percent', (x) => x.previous), format: PERCENT },
    { header: t('report.decimal_of', { year }), value: only('decimal', (x) => x.value), format: DECIMAL },
    { header: t('report.decimal_of', { year: year - 1 }), value: only('decimal', (x) => x.previous), format: DECIMAL },
    { header: t('report.change'), value: (x) => x.change, format: PERCENT },
    { header: t('report.origin_of', { year }), value: (x) => x.origin, width: 24 },
    { header: t('report.origin_of', { year: year - 1 }), value: (x) => x.previousOrigin, width: 24 },
  ];
}

/** xlsx: the people reached, then one sheet per section. */
export function reportSheets(report: AnnualReport, locale: Locale): ExportSheet<never>[] {
  return [
    peopleReachedSheet(report.peopleReached, locale),
    ...report.sections.map((sec) => ({ name: sec.title, columns: figureColumns(report.year, locale, false), rows: sectionRows(sec, locale) })),
  ] as unknown as ExportSheet<never>[];
}

/** csv: one long table, a `section` column telling where each row belongs (the people reached included). */
export function reportTable(report: AnnualReport, locale: Locale): ExportSheet<never> {
  const reached = peopleReachedSheet(report.peopleReached, locale);
  const title = translate(locale, 'report.people_reached');
  const reachedRows: FigureRow[] = reached.rows.map((r) => ({
    section: title,
    group: r.unit,
    item: r.label,
    unit: 'count',
    value: r.value,
    previous: r.previous,
    change: r.change,
    origin: r.origin,
    previousOrigin: r.previousOrigin,
  }));
  return {
    name: title,
    columns: figureColumns(report.year, locale, true),
    rows: [...reachedRows, ...report.sections.flatMap((sec) => sectionRows(sec, locale))],
  } as unknown as ExportSheet<never>;
}
