import type { FastifyReply } from 'fastify';
import { sendTables, type Cell, type ExportTable } from '../tabular-export';

/**
 * Typed columns over rows of any shape, turned into the tables that platform/tabular-export writes.
 * A csv export holds the first sheet only (csv has no sheets).
 */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => Cell | undefined;
  /** Excel number format, e.g. '0', '0.0%', 'dd/mm/yyyy' */
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
    columns: sheet.columns.map((c) => c.header),
    rows: sheet.rows.map((r) => sheet.columns.map((c) => c.value(r) ?? null)),
    formats: sheet.columns.map((c) => c.format),
  };
}

export async function sendExport(reply: FastifyReply, format: 'xlsx' | 'csv', filename: string, sheets: ExportSheet<never>[]) {
  const tables = sheets.map((s) => sheetToTable(s as unknown as ExportSheet<unknown>));
  return sendTables(reply, format, filename, format === 'csv' ? tables.slice(0, 1) : tables);
}
