import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { checkA11y, useRelais } from './support';

/**
 * Issue 5 (the observatory), in the director's words: last year's annual report shows the figures recorded
 * by every service, prints as a numbered A4 document and exports the same numbers to a spreadsheet; the
 * "people reached" page and the home dashboard show them too. The year is seeded through the API.
 */
const relais = useRelais();
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
/** The current year in Brussels; the report is of the year before, compared with the one before that. */
const NOW_YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date()));
const YEAR = NOW_YEAR - 1;
const PREV = YEAR - 1;
/** A figure as the page prints it ("22 947", "50 %", "4,5", "—") as a number, or null for "—". */
const num = (text: string): number | null => {
  const s = text.replace(/[\s%]/g, '').replace(',', '.');
  return s === '—' || s === '' ? null : Number(s);
};

beforeAll(async () => {
  const admin = await relais.api();
  const maison = (await admin.post<{ id: number }>('/api/sites', { name: "Maison de l'Emploi", kind: 'main' })).id;
  const est = (await admin.post<{ id: number }>('/api/sites', { name: 'Espace Social Télé-Service', kind: 'desk' })).id;

  const sw = await relais.apiAs('social_worker');
  const person = async (firstName: string, lastName: string, gender: string, birthDate: string) =>
    (await sw.post<{ id: number }>('/api/people', { firstName, lastName, gender, birthDate, confirmNotDuplicate: true })).id;
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

  const logistics = await relais.apiAs('logistics');
  const room = await logistics.post<{ id: number }>('/api/rooms', { name: 'Salle Familia', capacity: 30 });
  await logistics.post('/api/rooms/bookings', { roomId: room.id, startsAt: `${YEAR}-01-14T09:00:00+01:00`, endsAt: `${YEAR}-01-14T12:00:00+01:00`, purpose: 'Cours de français' });
  await logistics.post('/api/rooms/bookings', { roomId: room.id, startsAt: `${PREV}-05-07T09:00:00+02:00`, endsAt: `${PREV}-05-07T11:00:00+02:00`, purpose: 'Cours de français' });

  const director = await relais.apiAs('director');
  await director.put('/api/observatory/manual-figures', { year: YEAR, activityKey: 'job_day', label: 'Brussels Job Day', value: 2000, unit: 'head_count', source: 'comptage à l’entrée' });
  await director.put(`/api/observatory/report/${YEAR}/texts/introduction`, { body: 'Une année de transition pour la Centrale.' });
  await director.put('/api/observatory/manual-figures', { year: YEAR, activityKey: 'website', label: 'Site web et réseaux sociaux', value: 20938, unit: 'external', source: 'Google Analytics' });
});

/** The rows of a table as arrays of cell texts (header cells included). */
const rowsOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((tables) =>
    tables.map((table) => [...table.querySelectorAll(':scope > tbody > tr')].map((tr) => [...tr.querySelectorAll(':scope > td, :scope > th')].map((c) => (c as HTMLElement).innerText.trim()))),
  );

describe('the annual report', () => {
  test('shows the key figures and charts of the year, prints as numbered A4 pages, and exports the same numbers', async () => {
    const page = await relais.newPage({ as: 'director' });
    await page.goto(`/observatory/report/${YEAR}`);
    await h1(page, `Rapport annuel ${YEAR}`).waitFor();
    const reached = page.getByRole('region', { name: 'Nombre de personnes touchées' });
    await reached.waitFor();

    // people reached: EPN 3 visits, the training 2 participants, the desk 2 visits, the social desk 1 person,
    // the partner desk 1 interview, 2000 + 20938 entered by hand
    const row = (name: string) => reached.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: false }) }).first();
    const cells = async (name: string) => (await row(name).getByRole('cell').allInnerTexts()).map((s) => s.trim());
    expect((await cells('Fréquentation de l’EPN')).slice(1)).toEqual(['participations', '3', '1']);
    expect((await cells('Accueil de première ligne (visites)')).slice(1)).toEqual(['participations', '2', '1']);
    expect((await cells('Permanences sociales (entretiens individuels)')).slice(1)).toEqual(['personnes distinctes', '1', '1']);
    expect((await cells('Nouveaux départs')).slice(1)).toEqual(['participations', '2', '0']);
    expect((await cells('Espace Social Télé-Service')).slice(1)).toEqual(['participations', '1', '0']);
    expect((await cells('Brussels Job Day')).slice(1).map((c) => c.replace(/\s/g, ''))).toEqual(['comptageàl’entrée', '2000', '0']);
    expect((await cells('Site web et réseaux sociaux'))[0]).toContain('Source : Google Analytics');
    const total = reached.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Total' }) });
    expect((await total.getByRole('cell').allInnerTexts()).map(num).filter((v) => v !== null)).toEqual([3 + 2 + 2 + 1 + 1 + 2000 + 20938, 1 + 1 + 1]);
    await expect.poll(() => reached.getByText(/Personnes distinctes sur toutes les activités suivies/).innerText()).toMatch(/:\s*2$/); // amina, piotr

    // key figures of the sections, with the year before
    const figure = async (section: string, label: string) => {
      const sec = page.getByRole('region', { name: section });
      const r = sec.locator('table.report-figures tr').filter({ has: page.getByRole('cell', { name: label, exact: true }) });
      return (await r.getByRole('cell').allInnerTexts()).slice(1).map(num);
    };
    expect(await figure('Permanences sociales', 'Nouveaux arrivants')).toEqual([2, 1]);
    expect(await figure('Accueil de première ligne', 'Visites à l’accueil')).toEqual([2, 1]);
    expect(await figure('Espace Public Numérique (EPN)', 'Fréquentation de l’EPN')).toEqual([3, 1]);
    expect(await figure('Formations', 'Taux de présence')).toEqual([50, null]); // shown as "50 %"
    expect(await figure('Occupation des salles', 'Heures réservées')).toEqual([3, 2]);

    // the charts are drawn (recharts' svg), and the page is accessible
    await expect.poll(() => page.locator('svg.recharts-surface').count()).toBeGreaterThanOrEqual(8);
    await checkA11y(page);

    // print to PDF: a cover, one page per section and the people reached, each page numbered "n / N"
    await page.emulateMedia({ media: 'print' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-report-'));
    const pdfFile = path.join(dir, 'rapport.pdf');
    fs.writeFileSync(pdfFile, await page.pdf({ format: 'A4' }));
    const info = execFileSync('pdfinfo', [pdfFile]).toString();
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThan(2);
    expect(info).toMatch(/Page size:.*\(A4\)/);
    for (let p = 1; p <= pages; p++) {
      const text = execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdfFile, '-']).toString();
      expect(text, `page ${p}`).toContain(`${p} / ${pages}`);
      // more than a lone title: no page printed for a section that has nothing to say
      expect(text.replace(`${p} / ${pages}`, '').split('\n').filter((l) => l.trim()).length, `page ${p} is (nearly) blank`).toBeGreaterThan(1);
    }
    const all = execFileSync('pdftotext', [pdfFile, '-']).toString();
    expect(all).toContain('Nombre de personnes touchées');
    expect(all).toContain('Une année de transition pour la Centrale.');
    expect(all).not.toContain('Imprimer / PDF'); // the toolbar is not printed
    expect(all).not.toContain('Perspectives'); // nothing written: neither printed nor listed in the contents
    await page.emulateMedia({ media: 'screen' });

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
    const [reachedTable] = await rowsOf(page, 'section[aria-labelledby="sec-reached"] table');
    for (const [activity, unit, value, previous] of reachedTable.slice(0, -1)) {
      const label = activity.split('\n')[0];
      const x = reachedSheet.find((r) => r[0] === label);
      expect(x, label).toBeDefined();
      expect([x![1], x![2], x![3] ?? 0]).toEqual([unit, num(value), num(previous)]);
    }
    expect(reachedSheet.find((r) => r[0] === 'Site web et réseaux sociaux')!.slice(1, 4)).toEqual(['outil externe', 20938, undefined]);
    expect(reachedSheet.find((r) => r[0] === 'Total')![2]).toBe(22947);

    const sectionTitles = await page.locator('section.report-section > h2').allInnerTexts();
    const figureTables = await rowsOf(page, 'table.report-figures');
    expect(figureTables.length).toBe(5);
    expect(wb.worksheets.length).toBe(1 + figureTables.length);
    figureTables.forEach((rows, i) => {
      const sheet = sheetRows(i + 1);
      expect(wb.worksheets[i + 1].name).toBe(sectionTitles[i].slice(0, 31));
      for (const [label, value, previous] of rows) {
        const x = sheet.find((r) => r[0] === label);
        expect(x, `${sectionTitles[i]}: ${label}`).toBeDefined();
        expect([x![1] ?? null, x![2] ?? null], `${sectionTitles[i]}: ${label}`).toEqual([num(value), num(previous)]);
      }
    });
  });

  test('says when a year has no data', async () => {
    const page = await relais.newPage({ as: 'director' });
    await page.goto(`/observatory/report/${YEAR - 5}`);
    await h1(page, `Rapport annuel ${YEAR - 5}`).waitFor();
    await page.getByRole('status').filter({ hasText: `Aucune donnée enregistrée pour ${YEAR - 5}` }).waitFor();
    await checkA11y(page);
  });
});

describe('people reached and the home dashboard', () => {
  test('the people-reached page shows the table and the chart of the chosen year', async () => {
    const page = await relais.newPage({ as: 'director' });
    await page.goto('/observatory/reach');
    await h1(page, `Personnes touchées en ${NOW_YEAR}`).waitFor();
    await page.getByRole('combobox', { name: 'Année' }).selectOption(String(YEAR));
    await h1(page, `Personnes touchées en ${YEAR}`).waitFor();
    const jobDay = page.getByRole('row').filter({ hasText: 'Brussels Job Day' }).first(); // the people-reached table, before the hand-entered list
    await jobDay.waitFor();
    expect((await jobDay.getByRole('cell').allInnerTexts()).map((s) => s.trim().replace(/\s/g, ''))).toEqual(['BrusselsJobDay', 'comptageàl’entrée', '2000', '—', expect.stringMatching(/^Encodé/i)]);
    const total = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Total' }) });
    expect((await total.getByRole('cell').allInnerTexts()).map(num).filter((v) => v !== null)).toEqual([22947, 3]);
    await page.getByRole('heading', { name: 'Personnes touchées par activité' }).waitFor();
    await expect.poll(() => page.locator('svg.recharts-surface').count()).toBeGreaterThanOrEqual(1);
    await checkA11y(page);
    // A tracked figure opens the people it counts, each a link to their record.
    await page.getByRole('button', { name: /^Voir les personnes/ }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/personne\(s\)/).waitFor();
    expect(await dialog.getByRole('link').count()).toBeGreaterThan(0);
    await checkA11y(page);
  });

  test("the director's home page shows this year's activities against last year", async () => {
    const page = await relais.newPage({ as: 'director' });
    await page.goto('/');
    await page.getByRole('heading', { name: `Mes chiffres ${NOW_YEAR}` }).waitFor();
    const card = (title: string) => page.locator('.mantine-Paper-root').filter({ has: page.getByRole('heading', { name: title }) });
    expect(await card('Visites à l’accueil').getByText(`(en ${YEAR} :`).innerText()).toMatch(new RegExp(`^1 \\(en ${YEAR} : 2\\)$`));
    expect(await card('Visites à l’EPN').getByText(`(en ${YEAR} :`).innerText()).toMatch(new RegExp(`^0 \\(en ${YEAR} : 3\\)$`));
    expect(await card('Locations de salles').getByText(`(en ${YEAR} :`).innerText()).toMatch(new RegExp(`^0 \\(en ${YEAR} : 1\\)$`));
    await expect.poll(() => page.locator('svg.recharts-surface').count()).toBeGreaterThanOrEqual(3);
    await checkA11y(page);
  });
});
