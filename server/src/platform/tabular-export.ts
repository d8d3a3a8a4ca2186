import ExcelJS from 'exceljs';

/** A titled table of a statistics export: one sheet in xlsx, one block in csv. */
export interface ExportTable {
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
}

const csvCell = (v: string | number | null) => {
  if (v === null) return '';
  const s = String(v);
  // Cells starting with = + - @ are formulas in spreadsheets: neutralise them.
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** CSV with ';' (what Excel expects in Belgium) and a BOM so accents open right. */
export function toCsv(tables: ExportTable[]): Buffer {
  const blocks = tables.map((t) => [csvCell(t.title), t.columns.map(csvCell).join(';'), ...t.rows.map((r) => r.map(csvCell).join(';'))].join('\r\n'));
  return Buffer.from('\uFEFF' + blocks.join('\r\n\r\n') + '\r\n', 'utf8');
}

export async function toXlsx(tables: ExportTable[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Relais';
  const used = new Set<string>();
  for (const t of tables) {
    let name = t.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
    for (let i = 2; used.has(name); i++) name = `${name.slice(0, 28)} ${i}`;
    used.add(name);
    const ws = wb.addWorksheet(name);
    ws.addRow(t.columns).font = { bold: true };
    for (const r of t.rows) ws.addRow(r);
    ws.columns.forEach((c, i) => (c.width = Math.min(50, Math.max(10, ...[t.columns[i], ...t.rows.map((r) => r[i])].map((v) => String(v ?? '').length + 2)))));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/** Sends tables as an xlsx or csv download named `<filename>.<format>`. */
export async function sendTables(reply: import('fastify').FastifyReply, format: 'xlsx' | 'csv', filename: string, tables: ExportTable[]) {
  const body = format === 'xlsx' ? await toXlsx(tables) : toCsv(tables);
  return reply
    .header('content-type', format === 'xlsx' ? XLSX_TYPE : CSV_TYPE)
    .header('content-disposition', `attachment; filename="${filename}.${format}"`)
    .send(body);
}
