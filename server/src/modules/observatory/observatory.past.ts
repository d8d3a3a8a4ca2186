import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import { AppError, type FieldError } from '../../platform/http/errors';
import { addMessages, LOCALES, translate, verbatim, type Locale } from '../../platform/i18n/messages';
import type { ReportChart, ReportFigure, ReportSection } from '../../platform/registries';
import { createMemo, figure, type FigureUnit, type Memo } from '../../platform/stats';
import type { ExportColumn, ExportSheet } from '../../platform/http/export';
import { readSheet } from '../imports/public';
import { importedFigures } from './observatory.table';
import type { ObservatoryService, Versions } from './observatory.service';

/**
 * Earlier years' figures (issue 16, "Earlier years"): the lines of the people-reached table and the report's figures and
 * breakdown values of a past year, brought in from a file or a form with their source, so that the comparison with the
 * year before works from the first day.
 *
 * Keys: `reach.<line>` for a line of the people-reached table, `<section>.<figure>` for a key figure of a report section,
 * `<section>.<chart>.<value>` for a value of one of its breakdowns. The known keys are those the report and the table give
 * today (this year and the last), listed in the template; a breakdown value the report does not list today (a reason of
 * visit nobody gave this year) is accepted with a label.
 *
 * Records win: a line of the table with a figure from the records that year, or a report section with any figure from the
 * records that year, shows the records; its imported figures are kept, listed as "not shown", and come back if the records
 * go. Every figure says where it comes from (`origin`: tracked or imported).
 */

addMessages({
  fr: {
    'past.col.key': 'Clé',
    'past.col.section': 'Partie du rapport',
    'past.col.group': 'Groupe',
    'past.col.label': 'Libellé',
    'past.col.unit': 'Unité',
    'past.col.value': 'Valeur',
    'past.col.new_label': 'Libellé d’une nouvelle valeur',
    'past.kind.line': 'Ligne du tableau',
    'past.kind.figure': 'Indicateur',
    'past.file_template': 'modele-chiffres-{{year}}',
    'reach.origin.imported': 'importé (années précédentes)',
    'report.origin_of': 'Origine {{year}}',
    'report.source_of': 'Source {{year}}',
    'report.origin.tracked': 'Relais (fiches)',
    'report.origin.imported': 'importé',
    'error.past_figures.not_past': "Seules les années terminées peuvent être importées ({{year}} n'est pas terminée).",
    'error.past_figures.invalid': '{{count}} ligne(s) refusée(s) : rien n’a été importé.',
    'error.past_figures.unknown_key': 'Ligne {{row}} : la clé « {{key}} » n’est ni une ligne du tableau ni un chiffre du rapport (le modèle donne les clés).',
    'error.past_figures.not_a_number': 'Ligne {{row}} ({{key}}) : « {{value}} » n’est pas un nombre.',
    'error.past_figures.negative': 'Ligne {{row}} ({{key}}) : un chiffre ne peut pas être négatif.',
    'error.past_figures.not_whole': 'Ligne {{row}} ({{key}}) : un nombre entier est attendu.',
    'error.past_figures.percent_fraction': 'Ligne {{row}} ({{key}}) : un pourcentage s’écrit « 16,4 % » ou 0,164.',
    'error.past_figures.too_large': 'Ligne {{row}} ({{key}}) : ce chiffre est trop grand.',
    'error.past_figures.duplicate_key': 'Ligne {{row}} : la clé « {{key}} » est déjà donnée plus haut.',
    'error.past_figures.columns_missing': 'Le fichier doit avoir une colonne « Clé » et une colonne « Valeur » (voir le modèle).',
    'error.past_figures.nothing': 'Aucun chiffre à importer : la colonne « Valeur » est vide.',
    'error.past_figures.none_for_year': 'Aucun chiffre importé pour {{year}}.',
  },
  nl: {
    'past.col.key': 'Sleutel',
    'past.col.section': 'Deel van het verslag',
    'past.col.group': 'Groep',
    'past.col.label': 'Omschrijving',
    'past.col.unit': 'Eenheid',
    'past.col.value': 'Waarde',
    'past.col.new_label': 'Omschrijving van een nieuwe waarde',
    'past.kind.line': 'Regel van de tabel',
    'past.kind.figure': 'Kerncijfer',
    'past.file_template': 'sjabloon-cijfers-{{year}}',
    'reach.origin.imported': 'geïmporteerd (vorige jaren)',
    'report.origin_of': 'Herkomst {{year}}',
    'report.source_of': 'Bron {{year}}',
    'report.origin.tracked': 'Relais (dossiers)',
    'report.origin.imported': 'geïmporteerd',
    'error.past_figures.not_past': 'Alleen afgelopen jaren kunnen worden geïmporteerd ({{year}} is nog niet voorbij).',
    'error.past_figures.invalid': '{{count}} regel(s) geweigerd: er is niets geïmporteerd.',
    'error.past_figures.unknown_key': 'Regel {{row}}: de sleutel "{{key}}" is geen regel van de tabel en geen cijfer van het verslag (het sjabloon geeft de sleutels).',
    'error.past_figures.not_a_number': 'Regel {{row}} ({{key}}): "{{value}}" is geen getal.',
    'error.past_figures.negative': 'Regel {{row}} ({{key}}): een cijfer kan niet negatief zijn.',
    'error.past_figures.not_whole': 'Regel {{row}} ({{key}}): een geheel getal wordt verwacht.',
    'error.past_figures.percent_fraction': 'Regel {{row}} ({{key}}): een percentage schrijf je als "16,4 %" of 0,164.',
    'error.past_figures.too_large': 'Regel {{row}} ({{key}}): dit cijfer is te groot.',
    'error.past_figures.duplicate_key': 'Regel {{row}}: de sleutel "{{key}}" staat al hoger.',
    'error.past_figures.columns_missing': 'Het bestand moet een kolom "Sleutel" en een kolom "Waarde" hebben (zie het sjabloon).',
    'error.past_figures.nothing': 'Geen cijfers om te importeren: de kolom "Waarde" is leeg.',
    'error.past_figures.none_for_year': 'Geen geïmporteerde cijfers voor {{year}}.',
  },
  en: {
    'past.col.key': 'Key',
    'past.col.section': 'Part of the report',
    'past.col.group': 'Group',
    'past.col.label': 'Label',
    'past.col.unit': 'Unit',
    'past.col.value': 'Value',
    'past.col.new_label': 'Label of a new value',
    'past.kind.line': 'Line of the table',
    'past.kind.figure': 'Key figure',
    'past.file_template': 'figures-template-{{year}}',
    'reach.origin.imported': 'imported (earlier years)',
    'report.origin_of': 'Origin {{year}}',
    'report.source_of': 'Source {{year}}',
    'report.origin.tracked': 'Relais (records)',
    'report.origin.imported': 'imported',
    'error.past_figures.not_past': 'Only years that are over can be imported ({{year}} is not over).',
    'error.past_figures.invalid': '{{count}} row(s) refused: nothing was imported.',
    'error.past_figures.unknown_key': 'Row {{row}}: the key "{{key}}" is neither a line of the table nor a figure of the report (the template gives the keys).',
    'error.past_figures.not_a_number': 'Row {{row}} ({{key}}): "{{value}}" is not a number.',
    'error.past_figures.negative': 'Row {{row}} ({{key}}): a figure cannot be negative.',
    'error.past_figures.not_whole': 'Row {{row}} ({{key}}): a whole number is expected.',
    'error.past_figures.percent_fraction': 'Row {{row}} ({{key}}): a percentage is written "16.4 %" or 0.164.',
    'error.past_figures.too_large': 'Row {{row}} ({{key}}): this figure is too large.',
    'error.past_figures.duplicate_key': 'Row {{row}}: the key "{{key}}" is already given above.',
    'error.past_figures.columns_missing': 'The file needs a "Key" column and a "Value" column (see the template).',
    'error.past_figures.nothing': 'No figures to import: the "Value" column is empty.',
    'error.past_figures.none_for_year': 'No imported figures for {{year}}.',
  },
});

export type Origin = 'tracked' | 'imported';
export type ImportedRow = typeof importedFigures.$inferSelect;

/** What a key stands for, with its labels in the three languages. */
export interface CatalogEntry {
  key: string;
  kind: 'line' | 'figure' | 'breakdown';
  section: string | null;
  chart: string | null;
  item: string;
  unit: string;
  labels: Versions;
  sectionTitles: Versions | null;
  chartTitles: Versions | null;
  chartKind: 'bar' | 'donut' | null;
}
interface ChartEntry {
  section: string;
  chart: string;
  sectionTitles: Versions;
  chartTitles: Versions;
  chartKind: 'bar' | 'donut';
}
export interface Catalog {
  entries: CatalogEntry[];
  byKey: Map<string, CatalogEntry>;
  /** `<section>.<chart>` -> the chart, for a value it does not list today */
  charts: Map<string, ChartEntry>;
}

/** One figure to bring in: as typed in a form or read from a file (value as text then). */
export interface PastFigureInput {
  key: string;
  value: number | string;
  label?: string | null;
}

const MAX_VALUE = 100_000_000;
const empty = (): Versions => ({ fr: null, nl: null, en: null });

/** The sections as their modules build them (figures and charts with their `access`), in the report's order. */
export async function rawSections(ctx: ModuleContext, year: number, locale: Locale, memo: Memo): Promise<{ key: string; section: ReportSection | null }[]> {
  return Promise.all(ctx.registry.reportSections().map(async (s) => ({ key: s.key, section: await s.build({ year, locale, memo }) })));
}

/** Whether a section counts anything from the records for its year (`value`) or the year before (`previous`). */
export function hasRecords(section: ReportSection | null, side: 'value' | 'previous'): boolean {
  if (!section) return false;
  const some = (v: number | null) => v !== null && v !== 0;
  return section.figures.some((f) => some(f[side])) || section.charts.some((c) => c.data.some((d) => some(d[side])));
}

/** A number as typed in a Belgian or English spreadsheet: `1 234`, `12,5`, `12.5`, `16,4 %`. */
export function parseFigure(raw: number | string): { value: number; percent: boolean } | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw, percent: false } : null;
  let s = raw.replace(/[\s\u00a0\u202f']/g, '');
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  if (!/^[-+]?\d+([.,]\d+)?$/.test(s) && !/^[-+]?[.,]\d+$/.test(s)) return null;
  const n = Number(s.replace(',', '.'));
  if (!Number.isFinite(n)) return null;
  return { value: percent ? n / 100 : n, percent };
}

const normalise = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export type PastFigures = ReturnType<typeof createPastFigures>;

export function createPastFigures(ctx: ModuleContext, service: ObservatoryService) {
  const { db, clock, audit } = ctx;

  function assertPastYear(year: number) {
    service.assertReportableYear(year);
    if (year >= service.currentYear()) throw new AppError(400, 'error.past_figures.not_past', { year });
  }

  /** The keys the table and the report give today (this year and the last), with their labels in the three languages. */
  async function catalog(memo: Memo = createMemo()): Promise<Catalog> {
    const now = service.currentYear();
    const years = [now, now - 1];
    const entries = new Map<string, CatalogEntry>();
    const charts = new Map<string, ChartEntry>();
    const put = (e: CatalogEntry, locale: Locale, label: string, sectionTitle: string | null, chartTitle: string | null) => {
      const known = entries.get(e.key) ?? e;
      entries.set(e.key, known);
      known.labels[locale] ??= label;
      if (known.sectionTitles && sectionTitle) known.sectionTitles[locale] ??= sectionTitle;
      if (known.chartTitles && chartTitle) known.chartTitles[locale] ??= chartTitle;
    };
    for (const year of years) {
      const reached = await service.peopleReached(year, memo);
      for (const l of reached.lines) {
        if (l.origin === 'imported') continue;
        const key = `reach.${l.key}`;
        if (!entries.has(key)) entries.set(key, { key, kind: 'line', section: null, chart: null, item: l.key, unit: l.unit, labels: { ...l.labels }, sectionTitles: null, chartTitles: null, chartKind: null });
      }
    }
    for (const locale of LOCALES) {
      for (const year of years) {
        for (const { key: sk, section } of await rawSections(ctx, year, locale, memo)) {
          if (!section) continue;
          for (const f of section.figures) {
            const key = `${sk}.${f.key}`;
            put({ key, kind: 'figure', section: sk, chart: null, item: f.key, unit: f.unit, labels: empty(), sectionTitles: empty(), chartTitles: null, chartKind: null }, locale, f.note ? `${f.label} (${f.note})` : f.label, section.title, null);
          }
          for (const c of section.charts) {
            const ck = `${sk}.${c.key}`;
            const chart = charts.get(ck) ?? { section: sk, chart: c.key, sectionTitles: empty(), chartTitles: empty(), chartKind: c.kind };
            charts.set(ck, chart);
            chart.sectionTitles[locale] ??= section.title;
            chart.chartTitles[locale] ??= c.title;
            for (const d of c.data) {
              const key = `${ck}.${d.key}`;
              put({ key, kind: 'breakdown', section: sk, chart: c.key, item: d.key, unit: 'count', labels: empty(), sectionTitles: empty(), chartTitles: empty(), chartKind: c.kind }, locale, d.label, section.title, c.title);
            }
          }
        }
      }
    }
    // keys of the people-reached table first, then the report in its order
    const list = [...entries.values()];
    return { entries: list, byKey: entries, charts };
  }

  /** Checks every row against the catalog: either all are good, or a 400 naming each refused row (nothing written). */
  function validate(cat: Catalog, rows: { input: PastFigureInput; row: number }[]) {
    const errors: FieldError[] = [];
    const good: { entry: CatalogEntry; value: number }[] = [];
    const seen = new Set<string>();
    for (const { input, row } of rows) {
      const key = input.key.trim();
      const label = input.label?.trim() || null;
      const fail = (code: string, params: Record<string, unknown> = {}) =>
        errors.push({ path: `rows.${row}`, code: `error.past_figures.${code}`, params: { row, key: verbatim(key), ...params } });
      let entry = cat.byKey.get(key);
      if (!entry && label) {
        // a value of a known breakdown that the report does not list today, named by the file
        const at = key.lastIndexOf('.');
        const chart = at > 0 ? cat.charts.get(key.slice(0, at)) : undefined;
        const item = key.slice(at + 1);
        if (chart && /^[a-z0-9_:-]{1,100}$/.test(item))
          entry = { key, kind: 'breakdown', section: chart.section, chart: chart.chart, item, unit: 'count', labels: { fr: label, nl: label, en: label }, sectionTitles: chart.sectionTitles, chartTitles: chart.chartTitles, chartKind: chart.chartKind };
      }
      if (!entry) {
        fail('unknown_key');
        continue;
      }
      if (seen.has(key)) {
        fail('duplicate_key');
        continue;
      }
      seen.add(key);
      const parsed = parseFigure(input.value);
      if (!parsed) {
        fail('not_a_number', { value: verbatim(String(input.value).slice(0, 40)) });
        continue;
      }
      const { value } = parsed;
      if (value < 0) fail('negative');
      else if (value > MAX_VALUE) fail('too_large');
      else if (entry.unit === 'percent' && value > 1) fail('percent_fraction');
      else if ((entry.kind !== 'figure' || entry.unit === 'count') && !Number.isInteger(value)) fail('not_whole');
      else good.push({ entry, value });
    }
    if (errors.length) throw new AppError(400, 'error.past_figures.invalid', { count: errors.length }, errors);
    if (!good.length) throw new AppError(400, 'error.past_figures.nothing');
    return good;
  }

  /** Which of a year's imported figures the records replace (the records win). */
  async function superseded(year: number, rows: ImportedRow[], memo: Memo): Promise<Set<string>> {
    const out = new Set<string>();
    const reached = await service.peopleReached(year, memo);
    // A line the records count (a figure imported for it, or one a dry run would import, gives way).
    const keys = new Set(rows.map((r) => r.key));
    for (const l of reached.lines) if (l.supersededImport || (l.origin === 'tracked' && l.value > 0 && keys.has(`reach.${l.key}`))) out.add(`reach.${l.key}`);
    const sectionsWithRows = new Set(rows.filter((r) => r.section).map((r) => r.section!));
    if (sectionsWithRows.size) {
      const sections = await rawSections(ctx, year, 'fr', memo);
      for (const { key, section } of sections) if (sectionsWithRows.has(key) && hasRecords(section, 'value')) rows.filter((r) => r.section === key).forEach((r) => out.add(r.key));
    }
    return out;
  }

  const rowOut = (r: ImportedRow, replaced: Set<string>) => ({
    key: r.key,
    kind: r.kind as CatalogEntry['kind'],
    labels: r.labels,
    sectionTitles: r.sectionTitles ?? null,
    chartTitles: r.chartTitles ?? null,
    unit: r.unit,
    value: r.value,
    source: r.source,
    fileName: r.fileName,
    importedAt: r.importedAt.toISOString(),
    /** the records of that year replace it (it is kept, not shown) */
    superseded: replaced.has(r.key),
  });

  const pf = {
    catalog,
    assertPastYear,

    /** A year's imported figures, each saying whether the records replace it. */
    async list(year: number) {
      service.assertReportableYear(year);
      const rows = await db.select().from(importedFigures).where(eq(importedFigures.year, year)).orderBy(asc(importedFigures.id));
      const replaced = await superseded(year, rows, createMemo());
      const years = (await db.selectDistinct({ year: importedFigures.year }).from(importedFigures).orderBy(asc(importedFigures.year))).map((r) => r.year);
      return { year, years, items: rows.map((r) => rowOut(r, replaced)) };
    },

    /**
     * Brings a year's figures in (created, changed or left as they were: a second import of the same figures changes
     * nothing). A dry run checks the same and answers what the import would do, figure by figure, and the year's
     * figures as they would be (with those the records would replace), writing nothing.
     */
    async save(actor: Actor, input: { year: number; source: string; fileName?: string | null; rows: { input: PastFigureInput; row: number }[]; dryRun?: boolean }) {
      assertPastYear(input.year);
      const memo = createMemo();
      const good = validate(await catalog(memo), input.rows);
      const source = input.source.trim();
      const fileName = input.fileName?.trim() || null;
      const fieldsOf = (entry: CatalogEntry, value: number) => ({
        kind: entry.kind,
        section: entry.section,
        chart: entry.chart,
        item: entry.item,
        value,
        unit: entry.unit,
        labels: entry.labels,
        sectionTitles: entry.sectionTitles,
        chartTitles: entry.chartTitles,
        chartKind: entry.chartKind,
        source,
      });
      const changed = (before: ImportedRow, entry: CatalogEntry, value: number) =>
        before.value !== value || before.source !== source || LOCALES.some((l) => (before.labels[l] ?? null) !== (entry.labels[l] ?? null));
      if (input.dryRun) {
        const held = await db.select().from(importedFigures).where(eq(importedFigures.year, input.year)).orderBy(asc(importedFigures.id));
        const byKey = new Map(held.map((r) => [r.key, r]));
        const after = new Map(held.map((r) => [r.key, r]));
        const changes = good.map(({ entry, value }) => {
          const before = byKey.get(entry.key);
          const action = !before ? ('create' as const) : changed(before, entry, value) ? ('update' as const) : ('unchanged' as const);
          if (action !== 'unchanged')
            after.set(entry.key, { ...(before ?? { id: 0, year: input.year, key: entry.key }), ...fieldsOf(entry, value), fileName, importedBy: actor.userId, importedAt: clock.now() } as ImportedRow);
          return { key: entry.key, action, value, previous: before?.value ?? null };
        });
        const rows = [...after.values()];
        const replaced = await superseded(input.year, rows, memo);
        const n = (a: string) => changes.filter((c) => c.action === a).length;
        return { year: input.year, dryRun: true, created: n('create'), updated: n('update'), unchanged: n('unchanged'), changes, superseded: rows.filter((r) => replaced.has(r.key)).map((r) => r.key), items: rows.map((r) => rowOut(r, replaced)) };
      }
      const counts = await db.transaction(async (tx) => {
        const existing = await tx
          .select()
          .from(importedFigures)
          .where(and(eq(importedFigures.year, input.year), inArray(importedFigures.key, good.map((g) => g.entry.key))));
        const byKey = new Map(existing.map((r) => [r.key, r]));
        let created = 0;
        let updated = 0;
        let unchanged = 0;
        const changes: { key: string; action: 'create' | 'update' | 'unchanged'; value: number; previous: number | null }[] = [];
        for (const { entry, value } of good) {
          const fields = fieldsOf(entry, value);
          const before = byKey.get(entry.key);
          changes.push({ key: entry.key, action: !before ? 'create' : changed(before, entry, value) ? 'update' : 'unchanged', value, previous: before?.value ?? null });
          if (!before) {
            await tx.insert(importedFigures).values({ year: input.year, key: entry.key, ...fields, fileName, importedBy: actor.userId, importedAt: clock.now() });
            created++;
          } else if (changed(before, entry, value)) {
            await tx.update(importedFigures).set({ ...fields, fileName, importedBy: actor.userId, importedAt: clock.now() }).where(eq(importedFigures.id, before.id));
            updated++;
          } else unchanged++;
        }
        if (created || updated)
          await audit.record(actor, { action: 'observatory.past_figures_import', entityType: 'imported_figures', entityId: String(input.year), details: { source, fileName, created, updated, unchanged } }, tx);
        return { created, updated, unchanged, changes };
      });
      const list = await pf.list(input.year);
      return { year: input.year, dryRun: false, ...counts, superseded: list.items.filter((i) => i.superseded).map((i) => i.key), items: list.items };
    },

    /** Reads a file (xlsx or csv, by its content): a `Key` and a `Value` column (headers in French, Dutch or English), an optional `Label`. */
    async importFile(actor: Actor, input: { year: number; source: string; fileName?: string | null; content: string; dryRun?: boolean }) {
      assertPastYear(input.year);
      const sheet = await readSheet(Buffer.from(input.content, 'base64'));
      const names = (code: string) => new Set([...LOCALES.map((l) => normalise(translate(l, code))), normalise(code.replace('past.col.', ''))]);
      const find = (code: string) => sheet.headers.findIndex((h) => names(code).has(normalise(h)));
      const keyAt = find('past.col.key');
      const valueAt = find('past.col.value');
      let labelAt = find('past.col.new_label');
      if (labelAt < 0) labelAt = sheet.headers.findIndex((h) => ['label', 'libelle', 'omschrijving'].includes(normalise(h)));
      if (keyAt < 0 || valueAt < 0) throw new AppError(400, 'error.past_figures.columns_missing');
      // a row without a value is a line of the template left blank: not imported
      const rows = sheet.rows
        .map((cells, i) => ({ input: { key: cells[keyAt] ?? '', value: cells[valueAt] ?? '', label: labelAt >= 0 ? cells[labelAt] : null }, row: i + 2 }))
        .filter((r) => String(r.input.value).trim() !== '');
      return pf.save(actor, { year: input.year, source: input.source, fileName: input.fileName, rows, dryRun: input.dryRun });
    },

    /** Undoes a year's import: every figure imported for it. */
    async deleteYear(actor: Actor, year: number) {
      const n = await db.transaction(async (tx) => {
        const gone = await tx.delete(importedFigures).where(eq(importedFigures.year, year)).returning({ id: importedFigures.id });
        if (!gone.length) throw new AppError(404, 'error.past_figures.none_for_year', { year });
        await audit.record(actor, { action: 'observatory.past_figures_delete', entityType: 'imported_figures', entityId: String(year), details: { deleted: gone.length } }, tx);
        return gone.length;
      });
      return { year, deleted: n };
    },

    /** The template to fill in: every key the table and the report give today, with the year's imported values if any. */
    async template(year: number, locale: Locale): Promise<ExportSheet<CatalogEntry & { value: number | null }>> {
      assertPastYear(year);
      const cat = await catalog();
      const saved = new Map((await db.select().from(importedFigures).where(eq(importedFigures.year, year))).map((r) => [r.key, r]));
      const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
      const label = (v: Versions | null) => (v ? (v[locale] ?? v.fr ?? v.nl ?? v.en ?? '') : '');
      const rows = cat.entries.map((e) => ({ ...e, value: saved.get(e.key)?.value ?? null }));
      // values imported earlier that the report no longer lists (a named breakdown value) stay in the template
      for (const r of saved.values()) if (!cat.byKey.has(r.key)) rows.push({ key: r.key, kind: r.kind as CatalogEntry['kind'], section: r.section, chart: r.chart, item: r.item, unit: r.unit, labels: r.labels, sectionTitles: r.sectionTitles, chartTitles: r.chartTitles, chartKind: null, value: r.value });
      const unitLabel = (e: CatalogEntry) => (e.kind === 'line' ? t(`unit.${e.unit}`) : t(`figure_unit.${e.unit}`));
      const columns: ExportColumn<CatalogEntry & { value: number | null }>[] = [
        { header: t('past.col.key'), value: (e) => e.key, width: 40 },
        { header: t('past.col.section'), value: (e) => (e.kind === 'line' ? t('report.people_reached') : label(e.sectionTitles)), width: 30 },
        { header: t('past.col.group'), value: (e) => (e.kind === 'line' ? t('past.kind.line') : e.kind === 'figure' ? t('past.kind.figure') : label(e.chartTitles)), width: 30 },
        { header: t('past.col.label'), value: (e) => label(e.labels), width: 48 },
        { header: t('past.col.unit'), value: unitLabel, width: 22 },
        { header: t('past.col.value'), value: (e) => e.value, kind: 'decimal', format: '#,##0.###' },
        { header: t('past.col.new_label'), value: () => null, width: 30 },
      ];
      return { name: t('past.file_template', { year }), columns, rows };
    },

    /** A year's imported rows (for the report and the table of that year). */
    async rowsOf(year: number, memo: Memo): Promise<ImportedRow[]> {
      return memo.get(`observatory.imported:${year}`, () => db.select().from(importedFigures).where(eq(importedFigures.year, year)).orderBy(asc(importedFigures.id)));
    },
  };
  return pf;
}

// --- the report with the imported figures ---------------------------------------------------------------

export type OriginFigure = ReportFigure & { origin: Origin; previousOrigin: Origin | null };
export type OriginDatum = ReportChart['data'][number] & { origin: Origin; previousOrigin: Origin | null };
export type OriginChart = Omit<ReportChart, 'data'> & { data: OriginDatum[] };
export type OriginSection = Omit<ReportSection, 'figures' | 'charts'> & { figures: OriginFigure[]; charts: OriginChart[] };

const pick = (v: Versions | null, locale: Locale) => (v ? (v[locale] ?? v.fr ?? v.nl ?? v.en ?? '') : '');

/**
 * A section of year Y with the figures imported for Y (when the section has no records that year) and for Y-1 (when it
 * has none for the year before), each figure and value saying where it comes from. `skeleton` is the same section built
 * for the current year: its titles, labels and access when the module gives nothing for Y.
 */
export function overlaySection(input: {
  key: string;
  section: ReportSection | null;
  skeleton: ReportSection | null;
  now: ImportedRow[];
  before: ImportedRow[];
  locale: Locale;
}): OriginSection | null {
  const { key, section, skeleton, locale } = input;
  const recordsNow = hasRecords(section, 'value');
  const recordsBefore = hasRecords(section, 'previous');
  const now = recordsNow ? [] : input.now;
  const before = recordsBefore ? [] : input.before;
  const tracked = (prev: number | null): Origin | null => (prev === null && !section ? null : 'tracked');
  const base: OriginSection | null = section
    ? {
        ...section,
        figures: section.figures.map((f) => ({ ...f, origin: 'tracked', previousOrigin: 'tracked' })),
        charts: section.charts.map((c) => ({ ...c, data: c.data.map((d) => ({ ...d, origin: 'tracked', previousOrigin: d.previous === null ? null : 'tracked' })) })),
      }
    : null;
  if (!now.length && !before.length) return base;
  const sourceRow = now[0] ?? before[0];
  const out: OriginSection = base ?? { key, title: skeleton?.title ?? pick(sourceRow.sectionTitles, locale), figures: [], charts: [] };
  const nowOf = (kind: string, chart: string | null, item: string) => now.find((r) => r.kind === kind && r.chart === chart && r.item === item);
  const beforeOf = (kind: string, chart: string | null, item: string) => before.find((r) => r.kind === kind && r.chart === chart && r.item === item);

  // key figures
  const figureKeys = [...new Set([...now, ...before].filter((r) => r.kind === 'figure').map((r) => r.item))];
  for (const item of figureKeys) {
    if (!out.figures.some((f) => f.key === item)) {
      const sk = skeleton?.figures.find((f) => f.key === item);
      const row = (nowOf('figure', null, item) ?? beforeOf('figure', null, item))!;
      const unit = (sk?.unit ?? row.unit) as FigureUnit;
      out.figures.push({
        ...(sk ? { key: sk.key, label: sk.label, note: sk.note, access: sk.access } : { key: item, label: pick(row.labels, locale) }),
        ...figure(section ? 0 : null, section ? 0 : null, unit),
        origin: 'tracked',
        previousOrigin: tracked(null),
      } as OriginFigure);
    }
  }
  out.figures = out.figures.map((f) => {
    const n = nowOf('figure', null, f.key);
    const b = beforeOf('figure', null, f.key);
    if (!n && !b) return f;
    const value = n ? n.value : f.value;
    const previous = b ? b.value : f.previous;
    return { ...f, ...figure(value, previous, f.unit), origin: n ? 'imported' : f.origin, previousOrigin: b ? 'imported' : f.previousOrigin };
  });

  // breakdowns
  const chartKeys = [...new Set([...now, ...before].filter((r) => r.kind === 'breakdown').map((r) => r.chart!))];
  for (const ck of chartKeys) {
    let chart = out.charts.find((c) => c.key === ck);
    if (!chart) {
      const sk = skeleton?.charts.find((c) => c.key === ck);
      const row = [...now, ...before].find((r) => r.kind === 'breakdown' && r.chart === ck)!;
      chart = sk ? { key: sk.key, title: sk.title, kind: sk.kind, access: sk.access, data: [] } : { key: ck, title: pick(row.chartTitles, locale), kind: (row.chartKind as 'bar' | 'donut') ?? 'bar', data: [] };
      out.charts.push(chart);
    }
    const items = [...new Set([...now, ...before].filter((r) => r.kind === 'breakdown' && r.chart === ck).map((r) => r.item))];
    for (const item of items) {
      if (chart.data.some((d) => d.key === item)) continue;
      const label = skeleton?.charts.find((c) => c.key === ck)?.data.find((d) => d.key === item)?.label ?? pick([...now, ...before].find((r) => r.chart === ck && r.item === item)!.labels, locale);
      chart.data.push({ key: item, label, value: 0, previous: section ? 0 : null, origin: 'tracked', previousOrigin: section ? 'tracked' : null });
    }
    chart.data = chart.data.map((d) => {
      const n = nowOf('breakdown', ck, d.key);
      const b = beforeOf('breakdown', ck, d.key);
      return n || b ? { ...d, value: n ? n.value : d.value, previous: b ? b.value : d.previous, origin: n ? 'imported' : d.origin, previousOrigin: b ? 'imported' : d.previousOrigin } : d;
    });
  }
  // a section the module gives nothing for: only what was imported, nothing of the records' empty parts
  if (!section) {
    out.figures = out.figures.filter((f) => f.value !== null || f.previous !== null);
    out.charts = out.charts.filter((c) => c.data.length);
  }
  return out;
}

/** The report's sections of a year, the imported figures laid over those the records do not give. */
export async function sectionsWithImported(ctx: ModuleContext, past: PastFigures, year: number, locale: Locale, memo: Memo): Promise<OriginSection[]> {
  const [built, now, before] = await Promise.all([rawSections(ctx, year, locale, memo), past.rowsOf(year, memo), past.rowsOf(year - 1, memo)]);
  const needSkeleton = built.some(({ key, section }) => !section && (now.some((r) => r.section === key) || before.some((r) => r.section === key)));
  const current = ctx.services.observatory.currentYear();
  // titles and labels of today's report for a section or part the module gives nothing for (its access too)
  const skeletons = needSkeleton || now.length || before.length ? await rawSections(ctx, current, locale, memo) : [];
  const out: OriginSection[] = [];
  for (const { key, section } of built) {
    const s = overlaySection({
      key,
      section,
      skeleton: skeletons.find((x) => x.key === key)?.section ?? null,
      now: now.filter((r) => r.section === key),
      before: before.filter((r) => r.section === key),
      locale,
    });
    if (s) out.push(s);
  }
  return out;
}

/** The sources of a year's and the year before's imported figures, for the legend. */
export async function importedSources(past: PastFigures, year: number, memo: Memo) {
  const [now, before] = await Promise.all([past.rowsOf(year, memo), past.rowsOf(year - 1, memo)]);
  const sources = (rows: ImportedRow[]) => [...new Set(rows.map((r) => r.source))];
  return [
    { year, sources: sources(now) },
    { year: year - 1, sources: sources(before) },
  ].filter((x) => x.sources.length);
}

export { MAX_VALUE as PAST_MAX_VALUE };
