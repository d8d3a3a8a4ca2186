import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

/**
 * Table exports for spreadsheets: xlsx keeps real numbers and dates (not text), csv is UTF-8 with a BOM
 * and semicolons, which is what Excel in Belgium opens correctly.
 */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => string | number | Date | null | undefined;
  /** Excel number format, e.g. '0', '0.0%', 'dd/mm/yyyy' */
  format?: string;
  width?: number;
}

export interface ExportSheet<T = unknown> {
  name: string;
  columns: ExportColumn<T>[];
  rows: T[];
}

export async function toXlsx(sheets: ExportSheet<never>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Relais';
  for (const s of sheets) {
    // Excel limits sheet names to 31 characters and forbids some characters.
    const ws = wb.addWorksheet(s.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
    ws.columns = s.columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(12, c.header.length + 2), style: c.format ? { numFmt: c.format } : {} }));
    ws.getRow(1).font = { bold: true };
    for (const r of s.rows) ws.addRow(s.columns.map((c) => c.value(r) ?? null));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function csvCell(v: string | number | Date | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = v instanceof Date ? v.toISOString() : String(v);
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<T>(sheet: ExportSheet<T>): string {
  const lines = [sheet.columns.map((c) => csvCell(c.header)).join(';')];
  for (const r of sheet.rows) lines.push(sheet.columns.map((c) => csvCell(c.value(r))).join(';'));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export async function sendExport(reply: FastifyReply, format: 'xlsx' | 'csv', filename: string, sheets: ExportSheet<never>[]) {
  if (format === 'xlsx') {
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${filename}.xlsx"`)
      .send(await toXlsx(sheets));
  }
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}.csv"`)
    .send(toCsv(sheets[0] as ExportSheet<unknown>));
}
