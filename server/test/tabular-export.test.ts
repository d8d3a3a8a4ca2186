import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import { isValidSheetName, neutralise, sheetName, tableToCsv, tabularFile, toXlsx, type ExportTable } from '../src/platform/tabular-export';

const table: ExportTable = {
  title: "'t Kriekske vzw",
  columns: [
    { header: 'Organisation', kind: 'text' },
    { header: 'Heures', kind: 'hours' },
    { header: 'Taux', kind: 'percent' },
    { header: 'Jour', kind: 'date' },
    { header: 'Début', kind: 'datetime' },
    { header: 'Heure', kind: 'time' },
    { header: 'Tarif', kind: 'code', label: (c) => ({ half_day: 'demi-journée' })[c] ?? c },
    { header: 'Montant', kind: 'currency' },
  ],
  rows: [
    ["'t Kriekske vzw", 3.5, 0.164, '2026-11-20', new Date('2026-11-20T13:30:00Z'), new Date('2026-07-01T07:05:00Z'), 'half_day', 1234.5],
    ['  =10*10', 0.1 + 0.2, null, new Date('2026-03-29T22:30:00Z'), '2026-03-30 08:00', '09:15', 'other', -3],
  ],
};

const csvRows = (buf: Buffer, delimiter: string) => parse(buf.toString('utf8').replace(/^\uFEFF/, ''), { delimiter }) as string[][];

describe('spreadsheet exports', () => {
  it('gives a valid sheet name for any organisation name, and a neutral one when nothing is left', () => {
    const used = new Set<string>();
    const names = ["'t Kriekske vzw", 'History', 'history', "Club t'", '[Salle]: A/B?*\\', "''", 'x'.repeat(40), 'x'.repeat(40), '  =10*10'].map((n) =>
      sheetName(n, used, `Feuille ${used.size + 1}`),
    );
    for (const n of names) expect(isValidSheetName(n), n).toBe(true);
    expect(names[0]).toBe('t Kriekske vzw');
    expect(names[1]).toBe('Feuille 2');
    expect(names[3]).toBe('Club t');
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('makes text that a spreadsheet would run as a formula inert, also after spaces and in full-width forms', () => {
    for (const s of ['=1+1', '  =10*10', '\t=1', '+1', '-1', '@SUM(A1)', '＝1+1', '　=1', '\r=1']) expect(neutralise(s), s).toBe(`'${s}`);
    for (const s of ["'t Kriekske vzw", 'Ségolène', 'a=b', '']) expect(neutralise(s)).toBe(s);
  });

  it('writes csv in French and Dutch with semicolons and decimal commas, in English with commas and points, dates as local dates', () => {
    for (const [locale, delimiter, decimal] of [['fr', ';', ','], ['nl', ';', ','], ['en', ',', '.']] as const) {
      const rows = csvRows(tableToCsv(table, locale), delimiter);
      expect(rows[1]).toEqual(["'t Kriekske vzw", `3${decimal}5`, `0${decimal}164`, '2026-11-20', '2026-11-20 14:30', '09:05', 'demi-journée', `1234${decimal}5`]);
      expect(rows[2]).toEqual(["'  =10*10", `0${decimal}3`, '', '2026-03-30', '2026-03-30 08:00', '09:15', 'other', '-3']);
    }
  });

  it('writes xlsx with real numbers, real local dates and number formats per kind', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsx([table, { ...table, title: 'History' }], 'nl')) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['t Kriekske vzw', 'Blad 2']);
    const row = wb.worksheets[0].getRow(2);
    expect(row.getCell(1).value).toBe("'t Kriekske vzw");
    expect(row.getCell(2).value).toBe(3.5);
    expect(row.getCell(3).value).toBe(0.164);
    expect(row.getCell(3).numFmt).toBe('0.0%');
    expect(row.getCell(4).value).toEqual(new Date('2026-11-20T00:00:00Z'));
    expect(row.getCell(4).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(5).value).toEqual(new Date('2026-11-20T14:30:00Z'));
    expect(row.getCell(6).value).toEqual(new Date('1899-12-30T09:05:00Z')); // a time of day: a fraction of a day
    expect(row.getCell(6).numFmt).toBe('hh:mm');
    expect(row.getCell(7).value).toBe('demi-journée');
    expect(wb.worksheets[0].getRow(3).getCell(1).value).toBe("'  =10*10");
  });

  it('answers one table as a csv and several as a zip of one csv per table', async () => {
    const one = await tabularFile('csv', [table], 'fr');
    expect(one.contentType).toBe('text/csv; charset=utf-8');
    const several = await tabularFile('csv', [table, { ...table, title: 'Par mois / année' }], 'en');
    expect(several.contentType).toBe('application/zip');
    const zip = await JSZip.loadAsync(several.body);
    expect(Object.keys(zip.files)).toEqual(['01-t-Kriekske-vzw.csv', '02-Par-mois-année.csv']);
    const second = csvRows(await zip.file('02-Par-mois-année.csv')!.async('nodebuffer'), ',');
    expect(second[1][1]).toBe('3.5');
  });
});
