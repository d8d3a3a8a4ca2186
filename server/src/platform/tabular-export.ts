import type { FastifyReply } from 'fastify';

/**
 * The one writer of spreadsheet exports. xlsx keeps real numbers and dates (not text); csv is UTF-8 with
 * a BOM and semicolons, which is what Excel in Belgium opens correctly.
 */
export type Cell = string | number | Date | null;

/** A titled table: one sheet in xlsx, one block in csv (the title line is written only when there are several). */
export interface ExportTable {
  title: string;
  columns: string[];
  rows: Cell[][];
  /** Excel number formats per column, e.g. '0', '0.0%', 'dd/mm/yyyy' */
  formats?: (string | undefined)[];
}

const csvCell = (v: Cell) => {
  if (v === null || v === undefined) return '';
  const s = v instanceof Date ? v.toISOString() : String(v);
  // Cells starting with = + - @ are formulas in spreadsheets: neutralise them.
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function toCsv(tables: ExportTable[]): Buffer {
  const withTitles = tables.length > 1;
  const blocks = tables.map((t) =>
    [...(withTitles ? [csvCell(t.title)] : []), t.columns.map(csvCell).join(';'), ...t.rows.map((r) => r.map(csvCell).join(';'))].join('\r\n'),
  );
  return Buffer.from('\uFEFF' + blocks.join('\r\n\r\n') + '\r\n', 'utf8');
}

export async function toXlsx(tables: ExportTable[]): Promise<Buffer> {
  // Loaded on the first export: exceljs is large, and most processes never write a spreadsheet.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Relais';
  const used = new Set<string>();
  for (const t of tables) {
    // Excel limits sheet names to 31 characters, unique, without some characters.
    let name = t.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet';
    for (let i = 2; used.has(name); i++) name = `${name.slice(0, 28)} ${i}`;
    used.add(name);
    const ws = wb.addWorksheet(name);
    ws.addRow(t.columns).font = { bold: true };
    for (const r of t.rows) ws.addRow(r);
    ws.columns.forEach((c, i) => {
      c.width = Math.min(50, Math.max(10, ...[t.columns[i], ...t.rows.map((r) => r[i])].map((v) => String(v instanceof Date ? '2000-01-01' : (v ?? '')).length + 2)));
      const fmt = t.formats?.[i];
      if (fmt) c.numFmt = fmt;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/** Sends tables as an xlsx or csv download named `<filename>.<format>`. */
export async function sendTables(reply: FastifyReply, format: 'xlsx' | 'csv', filename: string, tables: ExportTable[]) {
  const body = format === 'xlsx' ? await toXlsx(tables) : toCsv(tables);
  return reply
    .header('content-type', format === 'xlsx' ? XLSX_TYPE : CSV_TYPE)
    .header('content-disposition', `attachment; filename="${filename}.${format}"`)
    .send(body);
}
