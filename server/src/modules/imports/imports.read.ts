import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '../../platform/http/errors';

/** What an uploaded file holds: its header and its rows, every cell as text (dates of xlsx cells as YYYY-MM-DD). */
export interface Sheet {
  headers: string[];
  rows: string[][];
}

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_ROWS = 250_000;

const notSheet = () => new AppError(400, 'error.import.not_a_spreadsheet');

/**
 * Reads an xlsx or csv file, whatever its name says: an xlsx is a zip (PK), a csv is text without NUL bytes, in
 * UTF-8 (with or without BOM), UTF-16 (with BOM) or Windows-1252, separated by ; , tab or |. Both are streamed.
 */
export async function readSheet(file: Buffer): Promise<Sheet> {
  if (file.length === 0) throw new AppError(400, 'error.import.empty_file');
  if (file.length > MAX_FILE_BYTES) throw new AppError(400, 'error.import.too_large', { max: 20 });
  const zip = file[0] === 0x50 && file[1] === 0x4b && file[2] === 0x03 && file[3] === 0x04;
  const all = zip ? await readXlsx(file) : await readCsv(file);
  // Rows of nothing are dropped; the first row left is the header.
  const rows = all.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
  if (!rows.length) throw new AppError(400, 'error.import.empty_file');
  const headers = rows[0];
  const named = headers.filter((h) => h !== '');
  // A header names its columns: at least two, mostly not numbers or dates.
  const looksLikeData = named.filter((h) => /^[\d\s.,:/-]+$/.test(h)).length;
  if (named.length < 2 || looksLikeData > named.length / 2) throw new AppError(400, 'error.import.no_header');
  if (rows.length - 1 > MAX_ROWS) throw new AppError(400, 'error.import.too_many_rows', { max: MAX_ROWS });
  const width = headers.length;
  return { headers, rows: rows.slice(1).map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')) };
}

function decodeText(file: Buffer): string {
  if (file[0] === 0xff && file[1] === 0xfe) return new TextDecoder('utf-16le').decode(file.subarray(2));
  if (file[0] === 0xfe && file[1] === 0xff) return new TextDecoder('utf-16be').decode(file.subarray(2));
  const head = file.subarray(0, 64 * 1024);
  if (head.includes(0)) throw notSheet();
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(file);
  } catch {
    // Not UTF-8: Excel's "CSV" on a Belgian Windows writes Windows-1252.
    return new TextDecoder('windows-1252').decode(file);
  }
}

/** The separator that splits the first lines most evenly (quoted parts aside). */
function sniffDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim()).slice(0, 20);
  let best = ',';
  let bestScore = -1;
  for (const d of [';', ',', '\t', '|']) {
    const counts = lines.map((l) => l.replace(/"[^"]*"/g, '').split(d).length - 1);
    if (!counts[0]) continue;
    const same = counts.filter((c) => c === counts[0]).length;
    const score = same * 1000 + counts[0];
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

async function readCsv(file: Buffer): Promise<string[][]> {
  const text = decodeText(file);
  // Control characters other than tab and line breaks mean a binary file.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 64 * 1024))) throw notSheet();
  const rows: string[][] = [];
  const parser = Readable.from([text]).pipe(parse({ delimiter: sniffDelimiter(text), relax_column_count: true, relax_quotes: true, bom: true, skip_empty_lines: true }));
  try {
    for await (const record of parser) {
      rows.push(record as string[]);
      if (rows.length > MAX_ROWS + 1) break;
    }
  } catch {
    throw notSheet();
  }
  return rows;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell of exceljs as text: dates as their calendar day (exceljs gives them at UTC midnight), formulas by result. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const day = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
    const h = v.getUTCHours();
    const m = v.getUTCMinutes();
    return h || m ? `${day} ${pad(h)}:${pad(m)}` : day;
  }
  if (typeof v === 'object') {
    const o = v as { result?: unknown; text?: unknown; richText?: { text: string }[]; hyperlink?: string; error?: string };
    if ('result' in o) return cellText(o.result);
    if (o.richText) return o.richText.map((t) => t.text).join('');
    if (typeof o.text === 'string') return o.text;
    if (o.error) return '';
  }
  return String(v);
}

async function readXlsx(file: Buffer): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const rows: string[][] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([file]), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit' });
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<{ values: unknown[] }>) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        rows.push(Array.from(values, cellText));
        if (rows.length > MAX_ROWS + 1) break;
      }
      break; // the first sheet only
    }
  } catch {
    throw notSheet();
  }
  return rows;
}
