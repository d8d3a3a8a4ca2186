import type { FastifyReply } from 'fastify';
import { sendTables, type Cell, type ColumnKind, type ExportTable, type TabularFormat } from '../tabular-export';

/**
 * Typed columns over rows of any shape, turned into the tables that platform/tabular-export writes
 * (one sheet each in xlsx; as csv, one csv, or a zip of one csv per sheet when there are several).
 *
 * A column says what it holds with `kind` (see ColumnKind): `count`, `decimal`, `percent` (a fraction),
 * `currency`, `hours`, `date` (a `YYYY-MM-DD` local date or an instant), `datetime` and `time` (instants,
 * shown in Brussels time), `text`, or `code` with `label` turning a code into words.
 */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => Cell | undefined;
  kind?: ColumnKind;
  /** For `code` columns: the label of a code, in the language of the export. */
  label?: (code: string) => string;
  /** An Excel number format replacing the kind's (e.g. 'mmmm yyyy'); a format alone also implies a kind. */
  format?: string;
  width?: number;
}

export interface ExportSheet<T = unknown> {
  name: string;
  columns: ExportColumn<T>[];
  rows: T[];
}

export function sheetToTable<T>(sheet: ExportSheet<T>): ExportTable {
  return {
    title: sheet.name,
    columns: sheet.columns.map((c) => ({ header: c.header, kind: c.kind, label: c.label, format: c.format, width: c.width })),
    rows: sheet.rows.map((r) => sheet.columns.map((c) => c.value(r) ?? null)),
  };
}

/** Sends sheets as `<filename>.xlsx`, `.csv` (one sheet) or `.zip` (csv, several sheets), in the request's language. */
export async function sendExport(reply: FastifyReply, format: TabularFormat, filename: string, sheets: ExportSheet<never>[]) {
  const tables = sheets.map((s) => sheetToTable(s as unknown as ExportSheet<unknown>));
  return sendTables(reply, format, filename, tables);
}
