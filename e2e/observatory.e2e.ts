import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { checkA11y, createPerson, useRelais } from './support';

/**
 * Issue 5 (the observatory) and issue 10 (the printed report), in the director's words: last year's annual
 * report shows the figures recorded by every service, prints as numbered A4 pages that hold every figure of
 * the page (the same print from any window), and exports the same numbers to a spreadsheet; the
 * "people reached" page and the home dashboard show them too; in Dutch, it is all Dutch.
 * The year is seeded through the API.
 */
const relais = useRelais();
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
/** The current year in Brussels (the default year of every page); the report is of the year before. */
const NOW_YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date()));
const YEAR = NOW_YEAR - 1;
const PREV = YEAR - 1;
/** A figure as the page prints it ("22 947", "50 %", "4,5", "—") as a number, or null for "—". */
const num = (text: string): number | null => {
  if (text.trim() === '—' || text.trim() === '') return null;
  return Number(text.replace('−', '-').replace(/[^\d,.-]/g, '').replace(',', '.'));
};
/** The numbers in a text, digit groups joined ("20 938" is one number), as a multiset. */
const numbersIn = (text: string): Map<string, number> => {
  const joined = text.replace(/(\d)[\s\u202f\u00a0](?=\d{3}(?!\d))/g, '$1');
  const counts = new Map<string, number>();
  for (const m of joined.matchAll(/\d+(?:,\d+)?/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
};
/** An A4 page less the report's margins (15 mm each side), in CSS pixels. */
const A4_CONTENT_PX = ((210 - 30) / 25.4) * 96;
const KEEP = process.env.REPORT_PDF_DIR; // set it to keep the PDFs (to look at them)
const pdfDir = KEEP ?? fs.mkdtempSync(path.join(os.tmpdir(), 'relais-report-'));
if (KEEP) fs.mkdirSync(KEEP, { recursive: true });

beforeAll(async () => {
  const admin = await relais.api();
  const maison = (await admin.post<{ id: number }>('/api/sites', { name: "Maison de l'Emploi", kind: 'main' })).id;
  const est = (await admin.post<{ id: number }>('/api/sites', { name: 'Espace Social Télé-Service', kind: 'desk' })).id;

  const sw = await relais.apiAs('social_worker');
  const person = async (firstName: string, lastName: string, gender: string, birthDate: string) =>
    (await createPerson(sw, { firstName, lastName, gender, birthDate })).id;
  const amina = await person('Amina', 'Diallo', 'F', '1998-05-04');
  const piotr = await person('Piotr', 'Nowak', 'M', '1970-01-10');
  const jean = await person('Jean', 'Peeters', 'M', '1985-07-07');
  const interview = (personId: number, date: string, siteId: number) => sw.post('/api/socialdesk/interviews', { personId, date, siteId, kind: 'appointment', categories: ['employment'] });
  await interview(amina, `${YEAR}-02-10`, maison);
  await interview(piotr, `${YEAR}-04-02`, est);
  await interview(jean, `${PREV}-11-20`, maison);

  const reception = await relais.apiAs('reception');
  await reception.post('/api/frontdesk/visits', { siteId: maison, reason: 'information', at: `${YEAR}-01-06T10:00:00+01:00` });
  await reception.post('/api/frontdesk/visits', { siteId: maison, reason: 'job_search', personId: amina, at: `${YEAR}-03-10T10:00:00+01:00` });
  await reception.post('/api/frontdesk/visits', { siteId: maison, reason: 'information', at: `${PREV}-06-03T10:00:00+02:00` });
  await reception.post('/api/frontdesk/visits', { siteId: maison, reason: 'information' }); // today: the dashboard's current year

  const trainer = await relais.apiAs('trainer');
  const epn = (day: string, who: Record<string, unknown>) => trainer.post('/api/epn/visits/past', { startedAt: `${day}T14:00:00+01:00`, endedAt: `${day}T15:00:00+01:00`, ...who });
  await epn(`${YEAR}-02-03`, { personId: amina });
  await epn(`${YEAR}-10-06`, { gender: 'F', ageBracket: '30_40' });
  await epn(`${YEAR}-11-03`, { gender: 'M', ageBracket: '60_plus' });
  await epn(`${PREV}-03-04`, { gender: 'F', ageBracket: 'under_20' });

  const po = await relais.apiAs('project_officer');
  const programme = await po.post<{ id: number }>('/api/trainings/programmes', { name: 'Nouveaux départs' });
  const session = await po.post<{ id: number }>(`/api/trainings/programmes/${programme.id}/sessions`, { capacity: 10, days: [{ date: `${YEAR}-03-03`, from: '09:00', to: '12:00' }] });
  const pa = await po.post<{ id: number }>(`/api/trainings/sessions/${session.id}/participants`, { personId: amina });
  const pp = await po.post<{ id: number }>(`/api/trainings/sessions/${session.id}/participants`, { personId: piotr });
  await po.put(`/api/trainings/sessions/${session.id}/attendance`, {
    date: `${YEAR}-03-03`,
    entries: [
      { participantId: pa.id, present: true },
      { participantId: pp.id, present: false },
    ],
  });
  await po.post('/api/projects', {
    name: 'Contrat de Quartier Durable Versailles',
    periodStart: `${PREV}-01-01`,
    periodEnd: `${NOW_YEAR + 1}-12-31`,
    targetGroups: ['over_50', 'under_30'],
    descriptionFr: 'Accompagnement des chercheurs d’emploi du quartier Versailles.',
    descriptionNl: 'Begeleiding van werkzoekenden uit de Versailleswijk.',
    objectives: [{ labelFr: 'Personnes reçues à la permanence sociale', labelNl: 'Personen ontvangen op de sociale permanentie', activityKey: 'social_desk', target: 40 }],
  });

  const logistics = await relais.apiAs('logistics');
  const room = await logistics.post<{ id: number }>('/api/rooms', { name: 'Salle Familia', capacity: 30 });
  await logistics.post('/api/rooms/bookings', { roomId: room.id, startsAt: `${YEAR}-01-14T09:00:00+01:00`, endsAt: `${YEAR}-01-14T12:00:00+01:00`, purpose: 'Cours de français' });
  await logistics.post('/api/rooms/bookings', { roomId: room.id, startsAt: `${PREV}-05-07T09:00:00+02:00`, endsAt: `${PREV}-05-07T11:00:00+02:00`, purpose: 'Cours de français' });

  const director = await relais.apiAs('director');
  await director.put('/api/observatory/manual-figures', { year: YEAR, activityKey: 'job_day', label: 'Brussels Job Day', labelNl: 'Brussels Job Day', value: 2000, unit: 'head_count', source: 'comptage à l’entrée' });
  await director.put('/api/observatory/manual-figures', { year: PREV, activityKey: 'fundtruck', label: 'Fundtruck (concours de pitch)', labelNl: 'Fundtruck (pitchwedstrijd)', value: 5, unit: 'participations', source: 'liste du jury' });
  await director.put('/api/observatory/report/texts/introduction', { year: YEAR, locale: 'fr', body: 'Une année de transition pour la Centrale.' });
  await director.put('/api/observatory/report/texts/introduction', { year: YEAR, locale: 'nl', body: 'Een overgangsjaar voor de Centrale.' });
  await director.put('/api/observatory/report/texts/social_desk', { year: YEAR, locale: 'fr', body: 'Plus de rendez-vous que l’an dernier.' });
  await director.put('/api/observatory/manual-figures', {
    year: YEAR,
    activityKey: 'website',
    label: 'Site web et réseaux sociaux',
    labelNl: 'Website en sociale netwerken',
    value: 20938,
    unit: 'external',
    source: 'Google Analytics',
  });
  // the Dutch reader of the report
  await (await relais.apiAs('communication')).put('/api/auth/locale', { locale: 'nl' });
});

/** The rows of a table as arrays of cell texts (header cells included). */
const rowsOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((tables) =>
    tables.map((table) => [...table.querySelectorAll(':scope > tbody > tr')].map((tr) => [...tr.querySelectorAll(':scope > td, :scope > th')].map((c) => (c as HTMLElement).innerText.trim()))),
  );

/** Every figure the report page shows: its tables' cells and the values of its charts (as the page formats them). */
async function figuresOnPage(page: Page): Promise<Map<string, number>> {
  const texts = await page.evaluate(() => {
    const fmt = new Intl.NumberFormat(document.documentElement.lang === 'nl' ? 'nl-BE' : 'fr-BE');
    const cells = [...document.querySelectorAll('table.report-figures td, table.report-reached td')].map((c) => (c as HTMLElement).innerText);
    // a chart's data table: [label, value, previous]; a donut shows this year's non-zero values only
    const charts = [...document.querySelectorAll('.report-chart')].flatMap((chart) => {
      const donut = !chart.querySelector('.chart-print');
      return [...chart.querySelectorAll('.visually-hidden table tbody tr')].flatMap((tr) => {
        const [value, previous] = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
        if (donut) return Number(value) > 0 ? [fmt.format(Number(value))] : [];
        return [fmt.format(Number(value)), fmt.format(Number(previous || 0))];
      });
    });
    return [...cells, ...charts];
  });
  return numbersIn(texts.join('\n'));
}

const missingFrom = (expected: Map<string, number>, actual: Map<string, number>) =>
  [...expected].filter(([n, count]) => (actual.get(n) ?? 0) < count).map(([n, count]) => `${n} ×${count} (PDF: ${actual.get(n) ?? 0})`);

/** Prints the page to A4 and returns the file, its pages' text and the words that stick out of the page. */
function readPdf(file: string) {
  const info = execFileSync('pdfinfo', [file]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const text = execFileSync('pdftotext', [file, '-']).toString();
  const bbox = execFileSync('pdftotext', ['-bbox', file, '-']).toString();
  const width = Number(/<page width="([\d.]+)"/.exec(bbox)![1]);
  // every word within the page less a margin: nothing cut on the right
  const outside = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].filter((m) => Number(m[2]) > width - 28 || Number(m[1]) < 28).map((m) => m[3]);
  return { info, pages, text, outside };
}

/** The charts' drawn width against the page, with print media emulated. */
async function chartWidths(page: Page) {
  return page.evaluate(() => {
    const report = document.querySelector('.annual-report')!.getBoundingClientRect();
    const charts = [...document.querySelectorAll('.report-chart')].map((c) => {
      const svg = [...c.querySelectorAll('svg.recharts-surface')].sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)[0];
      const r = (svg ?? c).getBoundingClientRect();
      const legend = c.querySelector('.chart-legend')?.getBoundingClientRect();
      // the category names and the values on the bars: inside the chart, not cut at its edges (recharts 3 draws
      // the tick labels in a layer of their own, `recharts-cartesian-axis-tick-label`, apart from the tick lines)
      const texts = [...c.querySelectorAll('.chart-print .recharts-cartesian-axis-tick-label text, .chart-print .recharts-label-list text')].map((t) => t.getBoundingClientRect());
      // the category names: each within its own band, none over the next (a long name wraps onto more lines)
      const ticks = [...c.querySelectorAll('.chart-print .recharts-yAxis-tick-labels text')]
        .map((t) => ({ box: t.getBoundingClientRect(), lines: t.querySelectorAll('tspan').length, text: t.textContent ?? '' }))
        .sort((a, b) => a.box.top - b.box.top);
      const overlaps = ticks.slice(1).filter((t, i) => t.box.top < ticks[i].box.bottom - 0.5).map((t, i) => `${ticks[i].text} / ${t.text}`);
      return {
        overlaps,
        wrapped: ticks.filter((t) => t.lines > 1).length,
        names: ticks.length,
        left: r.left,
        right: r.right,
        width: r.width,
        legendRight: legend ? legend.right : r.right,
        textLeft: Math.min(r.left, ...texts.map((t) => t.left)),
        textRight: Math.max(r.left, ...texts.map((t) => t.right)),
      };
    });
    return { report: { left: report.left, right: report.right, width: report.width }, charts };
  });
}

describe('the annual report', () => {
  test('shows the key figures and charts of the year, with both years in the people-reached table, and exports the same numbers', async () => {
    const page = await relais.newPage({ as: 'director' });
    await page.goto(`/observatory/report/${YEAR}`);
    await h1(page, `Rapport annuel ${YEAR}`).waitFor();
    const reached = page.getByRole('region', { name: 'Nombre de personnes touchées' });
    await reached.waitFor();

    // people reached: EPN 3 visits, the training 2 participants, the desk 2 visits, the social desk 1 person,
    // the partner desk 1 interview, 2000 + 20938 entered by hand; last year's Fundtruck too
    const row = (name: string) => reached.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: false }) }).first();
    const cells = async (name: string) => (await row(name).getByRole('cell').allInnerTexts()).map((s) => s.trim().replace(/\s/g, ''));
    expect((await cells('Fréquentation de l’EPN')).slice(1)).toEqual(['participations', '3', '1', '+200%']);
    expect((await cells('Accueil de première ligne (visites)')).slice(1)).toEqual(['participations', '2', '1', '+100%']);
    expect((await cells('Permanences sociales, hors permanences partenaires (entretiens individuels)')).slice(1)).toEqual(['personnesdistinctes', '1', '1', '0%']);
    expect((await cells('Nouveaux départs')).slice(1)).toEqual(['participations', '2', '0', '—']);
    expect((await cells('Espace Social Télé-Service')).slice(1)).toEqual(['participations', '1', '0', '—']);
    expect((await cells('Brussels Job Day')).slice(1)).toEqual(['comptageàl’entrée', '2000', '—', '—']);
    // a line of last year only is listed too: the previous year's column adds up to its total
    expect((await cells('Fundtruck')).slice(1)).toEqual(['participations', '—', '5', '—']);
    expect((await row('Site web et réseaux sociaux').getByRole('cell').first().innerText())).toContain('Source : Google Analytics');
    const total = reached.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Somme des participations, personnes distinctes et comptages' }) });
    const totals = (await total.getByRole('cell').allInnerTexts()).map(num);
    expect(totals.slice(0, 2)).toEqual([3 + 2 + 2 + 1 + 1 + 2000 + 20938, 1 + 1 + 1 + 5]);
    const previousColumn = (await rowsOf(page, 'table.report-reached'))[0].slice(0, -2).map((r) => num(r[3]) ?? 0);
    expect(previousColumn.reduce((a, b) => a + b, 0)).toBe(totals[1]);
    const distinct = reached.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Personnes distinctes identifiées sur toutes les activités' }) });
    expect((await distinct.getByRole('cell').allInnerTexts()).map(num).slice(0, 2)).toEqual([2, 1]); // amina, piotr / jean (the others were anonymous)

    // key figures of the sections, with the year before and the relative change
    const figure = async (section: string, label: string) => {
      const sec = page.getByRole('region', { name: section });
      const r = sec.locator('table.report-figures tr').filter({ has: page.getByRole('cell', { name: label, exact: true }) });
      return (await r.getByRole('cell').allInnerTexts()).slice(1).map((s) => s.trim());
    };
    expect((await figure('Permanences sociales', 'Nouveaux arrivants')).map(num)).toEqual([2, 1, 100]);
    expect((await figure('Accueil de première ligne', 'Visites à l’accueil')).map(num)).toEqual([2, 1, 100]);
    expect((await figure('Espace Public Numérique (EPN)', 'Fréquentation de l’EPN')).map(num)).toEqual([3, 1, 200]);
    expect((await figure('Formations', 'Taux de présence'))[0].replace(/\s/g, '')).toBe('50%'); // a fraction shown as a percentage
    expect((await figure('Occupation des salles', 'Heures réservées')).map(num)).toEqual([3, 2, 50]);

    // the charts are drawn (recharts' svg), and the page is accessible
    await expect.poll(() => page.locator('.chart-screen svg.recharts-surface').count()).toBeGreaterThanOrEqual(4);
    if (KEEP) await page.screenshot({ path: path.join(KEEP, 'report-screen-1280.png'), fullPage: true });
    await checkA11y(page);

    // the spreadsheet: one sheet for the people reached, one per section, the same numbers as the page
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (xlsx)' }).click()]);
    expect(download.suggestedFilename()).toBe(`rapport-annuel-${YEAR}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    const sheetRows = (i: number) => {
      const out: unknown[][] = [];
      wb.worksheets[i].eachRow((r) => out.push((r.values as unknown[]).slice(1)));
      return out;
    };
    const reachedSheet = sheetRows(0);
    const [reachedTable] = await rowsOf(page, 'table.report-reached');
    for (const cells of reachedTable) {
      // a line: activity, unit, this year, last year, change; a total: its label over two columns, then the figures
      const [activity, unit, value, previous] = cells.length === 5 ? cells : [cells[0], null, cells[1], cells[2]];
      const label = activity.split('\n')[0];
      const x = reachedSheet.find((r) => r[0] === label);
      expect(x, label).toBeDefined();
      if (unit) expect(x![1]).toBe(unit);
      expect([x![2] ?? null, x![3] ?? null], label).toEqual([num(value!), num(previous!)]);
    }
    expect(reachedSheet.find((r) => r[0] === 'Somme des participations, personnes distinctes et comptages')![2]).toBe(22947);

    const sectionTitles = await page.locator('section.report-section > h2').allInnerTexts();
    const figureTables = await rowsOf(page, 'table.report-figures');
    expect(figureTables.length).toBe(5);
    expect(wb.worksheets.length).toBe(1 + figureTables.length);
    figureTables.forEach((rows, i) => {
      const sheet = sheetRows(i + 1);
      expect(wb.worksheets[i + 1].name).toBe(sectionTitles[i].slice(0, 31));
      for (const [cell, value, previous] of rows) {
        const label = cell.split('\n')[0]; // a figure may carry a note under its label ("label (note)" in the sheet)
        const x = sheet.find((r) => r[1] === label || String(r[1]).startsWith(`${label} (`));
        expect(x, `${sectionTitles[i]}: ${label}`).toBeDefined();
        // counts in columns 4-5, percentages (fractions) in 6-7, averages and hours in 8-9
        const pick = (a: number, p: number, d: number) => (x![a] as number | undefined) ?? ((x![p] as number | undefined) !== undefined ? Math.round((x![p] as number) * 1000) / 10 : undefined) ?? (x![d] as number | undefined) ?? null;
        expect([pick(3, 5, 7), pick(4, 6, 8)], `${sectionTitles[i]}: ${label}`).toEqual([num(value), num(previous)]);
      }
    });
  });

  test('prints the same A4 pages from a 1280 px window, a 2560 px window and with print media emulated: every figure, every bar inside the page', async () => {
    const prints: { name: string; file: string }[] = [];
    let expected: Map<string, number> | null = null;
    for (const run of [
      { name: '1280', width: 1280, emulate: false },
      { name: '2560', width: 2560, emulate: false },
      { name: 'emulated-2560', width: 2560, emulate: true },
    ]) {
      const page = await relais.newPage({ as: 'director', extra: { viewport: { width: run.width, height: 1000 } } });
      await page.goto(`/observatory/report/${YEAR}`);
      await page.getByRole('region', { name: 'Nombre de personnes touchées' }).waitFor();
      await expect.poll(() => page.locator('.chart-print svg.recharts-surface').count()).toBeGreaterThanOrEqual(4);
      expected ??= await figuresOnPage(page);
      if (run.emulate) {
        await page.emulateMedia({ media: 'print' });
        // each chart within the page's width (an A4 page less its margins), legend included
        const { report, charts } = await chartWidths(page);
        expect(report.width, 'the report is laid out at the paper width').toBeLessThanOrEqual(A4_CONTENT_PX + 1);
        expect(charts.length).toBeGreaterThanOrEqual(8);
        expect(charts.filter((c) => c.names > 0).length, 'charts whose category names were measured').toBeGreaterThanOrEqual(8);
        expect(charts.reduce((n, c) => n + c.wrapped, 0), 'some long category name is wrapped').toBeGreaterThan(0);
        for (const c of charts) {
          expect(c.overlaps, 'category names over each other').toEqual([]);
          expect(c.left).toBeGreaterThanOrEqual(report.left - 1);
          expect(c.right).toBeLessThanOrEqual(report.right + 1);
          expect(c.legendRight).toBeLessThanOrEqual(report.right + 1);
          expect(c.textLeft, 'a category name runs off the chart').toBeGreaterThanOrEqual(c.left);
          expect(c.textRight, 'a value runs off the chart').toBeLessThanOrEqual(c.right);
        }
      }
      const file = path.join(pdfDir, `rapport-${YEAR}-fr-${run.name}.pdf`);
      fs.writeFileSync(file, await page.pdf({ format: 'A4' }));
      prints.push({ name: run.name, file });
    }

    const pdfs = prints.map((p) => ({ ...p, ...readPdf(p.file) }));
    for (const pdf of pdfs) {
      expect(pdf.info, pdf.name).toMatch(/Page size:.*\(A4\)/);
      expect(pdf.pages, pdf.name).toBeGreaterThan(2);
      // every figure of the page is in the print: table cells and the values on the bars
      expect(missingFrom(expected!, numbersIn(pdf.text)), `${pdf.name}: figures missing from the PDF`).toEqual([]);
      // nothing sticks out of the page (a cut chart leaves its values and legend beyond the right edge)
      expect(pdf.outside, `${pdf.name}: words outside the page`).toEqual([]);
      for (let p = 1; p <= pdf.pages; p++) {
        const text = execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf.file, '-']).toString();
        expect(text, `${pdf.name} page ${p}`).toContain(`${p} / ${pdf.pages}`);
        // more than a lone title: no page printed for a section that has nothing to say
        expect(text.replace(`${p} / ${pdf.pages}`, '').split('\n').filter((l) => l.trim()).length, `${pdf.name} page ${p} is (nearly) blank`).toBeGreaterThan(1);
      }
      expect(pdf.text).toContain('Nombre de personnes touchées');
      expect(pdf.text).toContain('Une année de transition pour la Centrale.');
      expect(pdf.text).not.toContain('Imprimer / PDF'); // the toolbar is not printed
      expect(pdf.text).not.toContain('Perspectives'); // nothing written: neither printed nor listed in the contents
    }
    // the same print whatever the window: the same pages holding the same words (pdftotext's reading order of
    // a chart's legend may differ by a pixel, so the words are compared, not their order)
    const words = (text: string) => text.split(/\s+/).filter(Boolean).sort();
    expect(new Set(pdfs.map((p) => p.pages)).size, 'page counts').toBe(1);
    expect(words(pdfs[1].text)).toEqual(words(pdfs[0].text));
    expect(words(pdfs[2].text)).toEqual(words(pdfs[0].text));
  });

  test('in Dutch, the printed report is Dutch: the heading, the tables, the texts (a text not yet written in Dutch says so)', async () => {
    const page = await relais.newPage({ as: 'communication', locale: 'nl-BE' });
    await page.goto(`/observatory/report/${YEAR}`);
    await h1(page, `Jaarverslag ${YEAR}`).waitFor();
    await page.getByRole('region', { name: 'Aantal bereikte personen' }).waitFor();
    await expect.poll(() => page.locator('.chart-print svg.recharts-surface').count()).toBeGreaterThanOrEqual(4);
    const expected = await figuresOnPage(page);
    await checkA11y(page);
    const file = path.join(pdfDir, `rapport-${YEAR}-nl.pdf`);
    fs.writeFileSync(file, await page.pdf({ format: 'A4' }));
    const pdf = readPdf(file);
    pdf.text = pdf.text.replace(/\s+/g, ' '); // a table cell may wrap its text over two lines
    expect(missingFrom(expected, numbersIn(pdf.text))).toEqual([]);
    expect(pdf.outside).toEqual([]);
    for (const dutch of ['Activiteitenverslag', 'Tewerkstellingscentrale van de Stad Brussel', 'Inhoud', 'Inleiding', 'Een overgangsjaar voor de Centrale.', 'Aantal bereikte personen', 'Som van deelnames, verschillende personen en tellingen', 'Website en sociale netwerken', 'Deze tekst bestaat nog niet in het Nederlands.'])
      expect(pdf.text, dutch).toContain(dutch);
    // none of the French of the report's own parts, nor the French-only comment
    for (const french of ['Rapport d’activités', 'Sommaire', 'Centrale de l’Emploi de la Ville', 'Une année de transition', 'Plus de rendez-vous', 'Somme des participations', 'Personnes distinctes', 'Site web et réseaux sociaux', 'Indicateur'])
      expect(pdf.text, french).not.toContain(french);
  });

  test('says when a year has no data, and opens on the default year without one', async () => {
    const page = await relais.newPage({ as: 'director' });
    await page.goto(`/observatory/report/${YEAR - 5}`);
    await h1(page, `Rapport annuel ${YEAR - 5}`).waitFor();
    await page.getByRole('status').filter({ hasText: `Aucune donnée enregistrée pour ${YEAR - 5}` }).waitFor();
    await checkA11y(page);
    await page.goto('/observatory/report');
    await h1(page, `Rapport annuel ${NOW_YEAR}`).waitFor();
    await page.getByRole('status').filter({ hasText: `L’année ${NOW_YEAR} n’est pas terminée` }).first().waitFor();
  });
});

describe('people reached, projects and the home dashboard', () => {
  test('the people-reached page shows the table and the chart of the chosen year', async () => {
    const page = await relais.newPage({ as: 'director' });
    await page.goto('/observatory/reach');
    await h1(page, `Personnes touchées en ${NOW_YEAR}`).waitFor();
    await page.getByRole('combobox', { name: 'Année' }).selectOption(String(YEAR));
    await h1(page, `Personnes touchées en ${YEAR}`).waitFor();
    const jobDay = page.getByRole('row').filter({ hasText: 'Brussels Job Day' }).first(); // the people-reached table, before the hand-entered list
    await jobDay.waitFor();
    expect((await jobDay.getByRole('cell').allInnerTexts()).slice(1).map((s) => s.trim().replace(/\s/g, ''))).toEqual(['comptageàl’entrée', '2000', '—', '—']);
    expect(await jobDay.getByRole('cell').first().innerText()).toMatch(/Encodé/i);
    const total = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Somme des participations, personnes distinctes et comptages' }) });
    expect((await total.getByRole('cell').allInnerTexts()).map(num).slice(0, 2)).toEqual([22947, 8]);
    await page.getByRole('heading', { name: 'Personnes touchées par activité' }).waitFor();
    await expect.poll(() => page.locator('.chart-screen svg.recharts-surface').count()).toBeGreaterThanOrEqual(1);
    await page.getByText('Licence : ').getByRole('link', { name: 'Creative Commons Attribution 4.0 International' }).waitFor();
    if (KEEP) await page.screenshot({ path: path.join(KEEP, 'reach-screen-1280.png'), fullPage: true });
    await checkA11y(page);
    // A tracked figure opens the people it counts, each a link to their record.
    await page.getByRole('button', { name: /^Voir les personnes/ }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/personne\(s\)/).waitFor();
    expect(await dialog.getByRole('link').count()).toBeGreaterThan(0);
    await checkA11y(page);
  });

  test('the project officer does not get to see who was seen at the social desk', async () => {
    const page = await relais.newPage({ as: 'project_officer' });
    await page.goto(`/observatory/reach?year=${YEAR}`);
    const social = page.getByRole('row').filter({ hasText: 'Permanences sociales, hors permanences partenaires (entretiens individuels)' }).first();
    await social.waitFor();
    expect(await social.getByRole('button', { name: /^Voir les personnes/ }).count()).toBe(0);
    // the trainings are theirs
    const training = page.getByRole('row').filter({ hasText: 'Nouveaux départs' }).first();
    await training.getByRole('button', { name: /^Voir les personnes/ }).waitFor();
  });

  test('in Dutch, a project shows its target groups and objectives in Dutch, never raw codes', async () => {
    const page = await relais.newPage({ as: 'project_officer', locale: 'nl-BE' });
    await page.goto('/projects');
    const card = page.locator('.mantine-Card-root').filter({ hasText: 'Contrat de Quartier Durable Versailles' });
    await card.getByText('50-plussers').waitFor();
    await card.getByText('Jongeren onder 30').waitFor();
    await card.getByText('Begeleiding van werkzoekenden uit de Versailleswijk.').waitFor();
    await card.getByText(/Personen ontvangen op de sociale permanentie/).waitFor();
    const text = await card.innerText();
    for (const raw of ['over_50', 'OVER_50', 'under_30', 'Personnes reçues', 'Accompagnement']) expect(text, raw).not.toContain(raw);
    await checkA11y(page);
  });

  test("the director's home page shows this year's activities against last year", async () => {
    const page = await relais.newPage({ as: 'director' });
    await page.goto('/');
    await page.getByRole('heading', { name: `Chiffres ${NOW_YEAR} de toute l’organisation` }).waitFor();
    const card = (title: string) => page.locator('.mantine-Paper-root').filter({ has: page.getByRole('heading', { name: title }) });
    expect(await card('Visites à l’accueil').getByText(`(en ${YEAR} :`).innerText()).toMatch(new RegExp(`^1 \\(en ${YEAR} : 2\\)$`));
    expect(await card('Visites à l’accueil').getByText('Évolution').innerText()).toMatch(/^Évolution\s:\s[−-]50\s%$/);
    expect(await card('Visites à l’EPN').getByText(`(en ${YEAR} :`).innerText()).toMatch(new RegExp(`^0 \\(en ${YEAR} : 3\\)$`));
    expect(await card('Locations de salles').getByText(`(en ${YEAR} :`).innerText()).toMatch(new RegExp(`^0 \\(en ${YEAR} : 1\\)$`));
    await expect.poll(() => page.locator('svg.recharts-surface').count()).toBeGreaterThanOrEqual(3);
    await checkA11y(page);
  });
});
