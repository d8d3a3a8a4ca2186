import JSZip from 'jszip';
import { stringify } from 'csv-stringify/sync';
import contentDisposition from 'content-disposition';
import type { FastifyReply } from 'fastify';
import { brusselsDay, brusselsTime } from './brussels-time';
import { addMessages, translate, type Locale } from './i18n/messages';

/**
 * The one writer of spreadsheet exports (every xlsx and csv of Relais goes through it).
 *
 * - A column declares its kind (`count`, `decimal`, `percent` (a fraction), `currency`, `hours`, `date`,
 *   `datetime`, `time`, `text`, or `code` whose values become labels through a function). xlsx keeps real
 *   numbers and real dates with a number format for the kind; csv writes them the way the reader's locale
 *   reads them back as numbers and dates.
 * - csv follows the language of the request: fr and nl separate with `;` and write decimals with a comma
 *   (what LibreOffice and Excel with a Belgian locale expect), en with `,` and a point. Dates are local
 *   Brussels dates `2026-11-20` and date-times `2026-11-20 14:30`; percentages are fractions (0.164).
 *   UTF-8 with a BOM, CRLF line ends.
 * - A csv holds one table. An export of several tables answers, as csv, a zip of one csv per table
 *   (`application/zip`); a route that can do so declares `download('xlsx', 'csv', 'zip')`.
 * - Text that a spreadsheet would run as a formula (starting, after trimming, with = + - @, a tab or a
 *   carriage return, or their full-width forms) is prefixed with an apostrophe, in xlsx and csv.
 * - Sheet names come from user data: any title gives a valid Excel sheet name (at most 31 characters, none of
 *   []:*?/\, no apostrophe at either end, not "History", unique), else a neutral name.
 *
 * Values: a `Date` is an instant, shown in Brussels time; a local date is a `YYYY-MM-DD` string (a `date`
 * column also takes `YYYY-MM` and `YYYY`, the first day of the month or year).
 */
export type Cell = string | number | Date | null;

export type ColumnKind = 'text' | 'count' | 'decimal' | 'percent' | 'currency' | 'hours' | 'date' | 'datetime' | 'time' | 'code';

export interface TableColumn {
  header: string;
  /** What the column holds; without it, each cell is written by its own type (number, Date or text). */
  kind?: ColumnKind;
  /** For `code` columns: the label of a code (in the language of the export). */
  label?: (code: string) => string;
  /** An Excel number format replacing the kind's, e.g. 'mmmm yyyy' for a month. */
  format?: string;
  width?: number;
}

/** A titled table: one sheet in xlsx, one csv. */
export interface ExportTable {
  title: string;
  columns: (string | TableColumn)[];
  rows: (Cell | undefined)[][];
  /** Excel number formats per column (older form of `TableColumn.format`; a format also implies a kind). */
  formats?: (string | undefined)[];
}

export type TabularFormat = 'xlsx' | 'csv';

addMessages({
  fr: { 'export.sheet': 'Feuille {{n}}', 'export.table': 'tableau-{{n}}' },
  nl: { 'export.sheet': 'Blad {{n}}', 'export.table': 'tabel-{{n}}' },
  en: { 'export.sheet': 'Sheet {{n}}', 'export.table': 'table-{{n}}' },
});

// ---------------------------------------------------------------------------------------------------
// Columns and cells

const KIND_FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  code: undefined,
  count: '0',
  decimal: '0.0#',
  hours: '0.0#',
  percent: '0.0%',
  currency: '#,##0.00',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  time: 'hh:mm',
};

/** The kind an Excel format implies (for columns that give a format and no kind). */
function kindOfFormat(format: string | undefined): ColumnKind | undefined {
  if (!format) return undefined;
  if (format.includes('%')) return 'percent';
  const date = /[dy]/i.test(format);
  const time = /h/i.test(format);
  if (date && time) return 'datetime';
  if (date || /^m+(\W|$)/.test(format)) return 'date';
  if (time) return 'time';
  if (/^[#,]*0$/.test(format)) return 'count';
  if (/0[.,]0/.test(format)) return 'decimal';
  return undefined;
}

interface Column {
  header: string;
  kind?: ColumnKind;
  label?: (code: string) => string;
  format?: string;
  width?: number;
}

function columnsOf(t: ExportTable): Column[] {
  return t.columns.map((c, i) => {
    const col: TableColumn = typeof c === 'string' ? { header: c } : c;
    const format = col.format ?? t.formats?.[i];
    const kind = col.kind ?? kindOfFormat(format);
    return { header: col.header, kind, label: col.label, format: format ?? (kind ? KIND_FORMATS[kind] : undefined), width: col.width };
  });
}

const NUMERIC = new Set<ColumnKind>(['count', 'decimal', 'percent', 'currency', 'hours']);

/** A typed cell, independent of the file format. */
type Typed =
  | { t: 'empty' }
  | { t: 'text'; v: string }
  | { t: 'number'; v: number; format?: string }
  | { t: 'date'; day: string; format?: string }
  | { t: 'datetime'; day: string; time: string; format?: string }
  | { t: 'time'; time: string; format?: string };

const LOCAL_DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const LOCAL_DATETIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/;
const LOCAL_TIME = /^(\d{2}:\d{2})(?::\d{2})?$/;

function typed(v: Cell | undefined, col: Column): Typed {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return { t: 'empty' };
  const { kind, format } = col;
  if (kind === 'code' && typeof v === 'string') return { t: 'text', v: col.label ? col.label(v) : v };
  if (typeof v === 'number') {
    if (kind === 'text' || kind === 'code') return { t: 'text', v: String(v) };
    // A number in a numeric column takes the column's format; elsewhere (a year in a date column...) none.
    const numeric = kind === undefined || NUMERIC.has(kind);
    return { t: 'number', v, format: numeric ? format : undefined };
  }
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { t: 'empty' };
    const day = brusselsDay(v);
    const time = brusselsTime(v);
    if (kind === 'date') return { t: 'date', day, format };
    if (kind === 'time') return { t: 'time', time, format };
    if (kind === 'datetime') return { t: 'datetime', day, time, format };
    return { t: 'datetime', day, time, format: KIND_FORMATS.datetime };
  }
  if (kind === 'date') {
    const m = LOCAL_DAY.exec(v);
    if (m) return { t: 'date', day: `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`, format };
  }
  if (kind === 'datetime') {
    const m = LOCAL_DATETIME.exec(v);
    if (m) return { t: 'datetime', day: m[1], time: m[2], format };
    const d = LOCAL_DAY.exec(v);
    if (d && d[3]) return { t: 'date', day: v, format: KIND_FORMATS.date };
  }
  if (kind === 'time') {
    const m = LOCAL_TIME.exec(v);
    if (m) return { t: 'time', time: m[1], format };
  }
  return { t: 'text', v };
}

// A spreadsheet runs a cell as a formula when it starts with one of these, also after the spaces that an
// import with "trim spaces" removes; full-width forms are folded to them by some programs.
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\u2212]/;
/** Text a spreadsheet would take as a formula, made inert with a leading apostrophe. */
export function neutralise(s: string): string {
  return FORMULA_START.test(s) || FORMULA_START.test(s.replace(/^[\s\u00A0\u2000-\u200B\u3000\uFEFF]+/, '')) ? `'${s}` : s;
}

// ---------------------------------------------------------------------------------------------------
// Sheet names

const MAX_SHEET_NAME = 31;

/** True when Excel accepts this sheet name (LibreOffice is more lenient; Excel refuses the file or repairs it). */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME &&
    !/[[\]:*?/\\]/.test(name) &&
    !/[\u0000-\u001F\u007F]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.trim() === name &&
    name.toLowerCase() !== 'history'
  );
}

/** A valid, unique sheet name from any text; `neutral` when nothing usable is left. */
export function sheetName(title: string, used: Set<string>, neutral: string): string {
  const clean = (s: string) =>
    s
      .replace(/[[\]:*?/\\\u0000-\u001F\u007F]/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s']+|[\s']+$/g, '');
  let name = clean(clean(title).slice(0, MAX_SHEET_NAME));
  if (!isValidSheetName(name)) name = neutral;
  const base = name;
  for (let i = 2; used.has(name.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    name = clean(base.slice(0, MAX_SHEET_NAME - suffix.length)) + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}

// ---------------------------------------------------------------------------------------------------
// xlsx

const utcDate = (day: string, time = '00:00') => new Date(`${day}T${time}:00.000Z`);
const dayFraction = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return (h * 60 + m) / 1440;
};

export async function toXlsx(tables: ExportTable[], locale: Locale = 'fr'): Promise<Buffer> {
  // Loaded on the first export: exceljs is large, and most processes never write a spreadsheet.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Relais';
  const used = new Set<string>();
  tables.forEach((t, ti) => {
    const cols = columnsOf(t);
    const ws = wb.addWorksheet(sheetName(t.title, used, translate(locale, 'export.sheet', { n: ti + 1 })));
    const header = ws.addRow(cols.map((c) => neutralise(c.header)));
    header.font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for (const r of t.rows) {
      const row = ws.addRow([]);
      cols.forEach((col, i) => {
        const c = typed(r[i], col);
        const cell = row.getCell(i + 1);
        switch (c.t) {
          case 'empty':
            return;
          case 'text':
            cell.value = neutralise(c.v);
            return;
          case 'number':
            cell.value = c.v;
            if (c.format) cell.numFmt = c.format;
            return;
          case 'date':
            // Spreadsheets have no time zones: the serial number of the local date (exceljs counts in UTC).
            cell.value = utcDate(c.day);
            cell.numFmt = c.format ?? KIND_FORMATS.date!;
            return;
          case 'datetime':
            cell.value = utcDate(c.day, c.time);
            cell.numFmt = c.format ?? KIND_FORMATS.datetime!;
            return;
          case 'time':
            cell.value = dayFraction(c.time);
            cell.numFmt = c.format ?? KIND_FORMATS.time!;
            return;
        }
      });
    }
    ws.columns.forEach((c, i) => {
      const col = cols[i];
      c.width =
        col?.width ??
        Math.min(50, Math.max(10, ...[col?.header ?? '', ...t.rows.map((r) => r[i])].map((v) => (v instanceof Date ? 16 : String(v ?? '').length + 2))));
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------------
// csv

/** How csv is written in a language: fr and nl as Belgian spreadsheets read it, en as English ones. */
export const CSV_DIALECT: Record<Locale, { delimiter: string; decimal: string }> = {
  fr: { delimiter: ';', decimal: ',' },
  nl: { delimiter: ';', decimal: ',' },
  en: { delimiter: ',', decimal: '.' },
};

/** A number as text, without exponent or binary noise (0.1 + 0.2 -> 0.3), with the locale's decimal mark. */
function csvNumber(v: number, decimal: string): string {
  const s = Number.isInteger(v) ? String(v) : v.toFixed(10).replace(/0+$/, '').replace(/\.$/, '');
  return decimal === '.' ? s : s.replace('.', decimal);
}

function csvCell(c: Typed, decimal: string): string {
  switch (c.t) {
    case 'empty':
      return '';
    case 'text':
      return neutralise(c.v);
    case 'number':
      return csvNumber(c.v, decimal);
    case 'date':
      return c.day;
    case 'datetime':
      return `${c.day} ${c.time}`;
    case 'time':
      return c.time;
  }
}

/** One table as csv in the language's dialect. */
export function tableToCsv(t: ExportTable, locale: Locale = 'fr'): Buffer {
  const { delimiter, decimal } = CSV_DIALECT[locale];
  const cols = columnsOf(t);
  const records = [cols.map((c) => neutralise(c.header)), ...t.rows.map((r) => cols.map((col, i) => csvCell(typed(r[i], col), decimal)))];
  return Buffer.from(stringify(records, { delimiter, bom: true, record_delimiter: 'windows' }), 'utf8');
}

/** The csv of a one-table export (an export of several tables is a zip: see `tabularFile`). */
export function toCsv(tables: ExportTable[], locale: Locale = 'fr'): Buffer {
  return tableToCsv(tables[0] ?? { title: '', columns: [], rows: [] }, locale);
}

/** A file name (without extension) that every system accepts, from any text. */
export function safeFileName(s: string, fallback: string): string {
  const clean = s
    .normalize('NFC')
    .replace(/[\u0000-\u001F\u007F<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.']+|[-.']+$/g, '')
    .slice(0, 80);
  return clean || fallback;
}

export interface TabularFile {
  body: Buffer;
  contentType: string;
  extension: 'xlsx' | 'csv' | 'zip';
}

/** The file of an export: xlsx, a csv (one table) or a zip of csv files (several tables). */
export async function tabularFile(format: TabularFormat, tables: ExportTable[], locale: Locale): Promise<TabularFile> {
  if (format === 'xlsx') return { body: await toXlsx(tables, locale), contentType: XLSX_TYPE, extension: 'xlsx' };
  if (tables.length === 1) return { body: tableToCsv(tables[0], locale), contentType: CSV_TYPE, extension: 'csv' };
  const zip = new JSZip();
  const used = new Set<string>();
  tables.forEach((t, i) => {
    const n = String(i + 1).padStart(2, '0');
    let name = `${n}-${safeFileName(t.title, translate(locale, 'export.table', { n: i + 1 }))}`;
    while (used.has(name.toLowerCase())) name += '-';
    used.add(name.toLowerCase());
    zip.file(`${name}.csv`, tableToCsv(t, locale), { date: new Date('2000-01-01T00:00:00Z') });
  });
  return { body: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), contentType: ZIP_TYPE, extension: 'zip' };
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';
export const ZIP_TYPE = 'application/zip';

/**
 * Sends tables as a download named `<filename>.<xlsx|csv|zip>`, in the language of the request
 * (`request.locale`: the user's saved language).
 */
export async function sendTables(reply: FastifyReply, format: TabularFormat, filename: string, tables: ExportTable[]) {
  const locale = reply.request.locale ?? 'fr';
  const file = await tabularFile(format, tables, locale);
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(`${safeFileName(filename, 'export')}.${file.extension}`))
    .send(file.body);
}
