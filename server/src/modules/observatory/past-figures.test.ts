import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { Role } from '../../platform/auth/roles';

/**
 * Issue 16, "Earlier years": a past year's figures (lines of the people-reached table, figures and breakdown values of
 * the report) are imported with their source; the report of the next year compares with them; the same file again
 * changes nothing; records win; bad input is refused with nothing changed. The clock is in June 2023: Relais has records
 * of 2022 (three front-desk visits), the figures of 2021 come from the printed report.
 */

let t: TestApp;
let site: number;

type Figure = { key: string; value: number | null; previous: number | null; change: number | null; origin: string; previousOrigin: string | null };
type Datum = { key: string; label: string; value: number; previous: number | null; origin: string; previousOrigin: string | null };
type Section = { key: string; title: string; figures: Figure[]; charts: { key: string; data: Datum[] }[] };
type Row = { key: string; value: number | null; previous: number | null; change: number | null; origin: string; previousOrigin: string | null; previousSource: string | null };
type Report = { year: number; sections: Section[]; imported: { year: number; sources: string[] }[]; peopleReached: { rows: Row[]; lines: { key: string; origin: string; value: number }[] } };

async function call(role: Role, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, status = 200): Promise<LightMyRequestResponse> {
  const res = await t.as(role, { method, url, payload: payload as object });
  expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 500)}`).toBe(status);
  return res;
}
const report = async (year: number, role: Role = 'director') => (await call(role, 'GET', `/api/observatory/report?year=${year}`)).json() as Report;
const section = (r: Report, key: string) => r.sections.find((s) => s.key === key);
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const importFile = (content: string | Buffer, year = 2021, status = 200, role: Role = 'director', source = 'Rapport annuel 2021') =>
  call(role, 'POST', '/api/observatory/past-figures/import', { year, source, fileName: 'chiffres-2021.csv', content: b64(content) }, status);
const listed = async (year: number) => (await call('director', 'GET', `/api/observatory/past-figures?year=${year}`)).json() as { items: { key: string; value: number; importedAt: string; superseded: boolean }[] };

// The 2021 file, as a Belgian spreadsheet writes it: semicolons, decimal commas, spaces between thousands.
const FILE_2021 = [
  'Clé;Libellé;Valeur;Libellé d’une nouvelle valeur',
  'reach.front_desk;Accueil;1 250;',
  'reach.social_desk;Permanences sociales;310;',
  'front_desk.visits;Visites;1 250;',
  'front_desk.desk_reasons.job_search;Recherche d’emploi;400;',
  'front_desk.desk_reasons.old_reason;;35;Ancien motif (plus utilisé)',
  'social_desk.interviews;Entretiens;820;',
  'social_desk.new_arrivals_gender.F;Femmes;120;',
  'social_desk.interviews.site.999;;;', // left blank: not imported
].join('\r\n');

beforeAll(async () => {
  t = await createTestApp({ clock: '2023-06-15T10:00:00Z' });
  site = (await call('admin', 'POST', '/api/sites', { name: "Maison de l'Emploi", kind: 'main' }, 201)).json().id;
  for (const [at, reason] of [
    ['2022-03-10T10:00:00+01:00', 'job_search'],
    ['2022-03-11T10:00:00+01:00', 'job_search'],
    ['2022-05-02T10:00:00+02:00', 'information'],
  ])
    await call('reception', 'POST', '/api/frontdesk/visits', { siteId: site, at, reason }, 201);
});
afterAll(() => t?.close());

describe('the keys and the template', () => {
  it('lists the lines of the table and the figures and breakdown values of the report, with their labels in French and Dutch', async () => {
    const keys = (await call('director', 'GET', '/api/observatory/past-figures/keys')).json().items as { key: string; kind: string; labels: Record<string, string | null> }[];
    const byKey = new Map(keys.map((k) => [k.key, k]));
    expect(byKey.get('reach.front_desk')).toMatchObject({ kind: 'line' });
    expect(byKey.get('front_desk.visits')).toMatchObject({ kind: 'figure', labels: { fr: 'Visites à l’accueil', nl: 'Bezoeken aan het onthaal' } });
    expect(byKey.get('front_desk.desk_reasons.job_search')).toMatchObject({ kind: 'breakdown' });
    expect(byKey.get('social_desk.new_arrivals_gender.F')?.kind).toBe('breakdown');
  });

  it('gives the template as xlsx with a key, label and empty value per row, in the language of the user', async () => {
    const res = await t.as('director', { method: 'GET', url: '/api/observatory/past-figures/template?year=2021&format=xlsx', headers: { 'accept-language': 'nl' } });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const ws = wb.worksheets[0];
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['Sleutel', 'Deel van het verslag', 'Groep', 'Omschrijving', 'Eenheid', 'Waarde', 'Omschrijving van een nieuwe waarde']);
    const rows: unknown[][] = [];
    ws.eachRow((r, i) => i > 1 && rows.push((r.values as unknown[]).slice(1)));
    const visits = rows.find((r) => r[0] === 'front_desk.visits')!;
    expect(visits[3]).toBe('Bezoeken aan het onthaal');
    expect(visits[5] ?? null).toBeNull();
  });

  it('is for the direction and the administrator', async () => {
    await call('reception', 'GET', '/api/observatory/past-figures/template?year=2021', undefined, 403);
    await call('communication', 'POST', '/api/observatory/past-figures/import', { year: 2021, source: 'x', content: b64(FILE_2021) }, 403);
  });
});

describe('importing 2021', () => {
  it('a dry run says what the file would create, with the year as it would be, and writes nothing', async () => {
    const audits = async () => (await call('admin', 'GET', '/api/audit?action=observatory.past_figures_import')).json();
    const auditBefore = await audits();
    const res = (await call('director', 'POST', '/api/observatory/past-figures/import', { year: 2021, source: 'Rapport annuel 2021', fileName: 'chiffres-2021.csv', content: b64(FILE_2021), dryRun: true })).json();
    expect(res).toMatchObject({ year: 2021, dryRun: true, created: 7, updated: 0, unchanged: 0, superseded: [] });
    expect(res.changes[0]).toEqual({ key: 'reach.front_desk', action: 'create', value: 1250, previous: null });
    expect(res.items.map((i: { key: string; value: number }) => [i.key, i.value])).toContainEqual(['social_desk.interviews', 820]);
    expect((await listed(2021)).items).toEqual([]);
    expect(await audits()).toEqual(auditBefore);
  });

  it('imports the file: lines, figures and breakdown values, a blank value skipped', async () => {
    const res = (await importFile(FILE_2021)).json();
    expect(res).toMatchObject({ year: 2021, created: 7, updated: 0, unchanged: 0, superseded: [] });
    const items = (await listed(2021)).items;
    expect(items.map((i) => [i.key, i.value])).toEqual([
      ['reach.front_desk', 1250],
      ['reach.social_desk', 310],
      ['front_desk.visits', 1250],
      ['front_desk.desk_reasons.job_search', 400],
      ['front_desk.desk_reasons.old_reason', 35],
      ['social_desk.interviews', 820],
      ['social_desk.new_arrivals_gender.F', 120],
    ]);
  });

  it('the 2022 report compares with the imported 2021, each figure saying where it comes from', async () => {
    const r = await report(2022);
    const desk = section(r, 'front_desk')!;
    const visits = desk.figures.find((f) => f.key === 'visits')!;
    // 3 visits recorded in 2022 against 1,250 imported for 2021: (3 - 1250) / 1250
    expect(visits).toMatchObject({ value: 3, previous: 1250, origin: 'tracked', previousOrigin: 'imported' });
    expect(visits.change).toBeCloseTo((3 - 1250) / 1250, 6);
    const reasons = desk.charts.find((c) => c.key === 'desk_reasons')!.data;
    expect(reasons.find((d) => d.key === 'job_search')).toMatchObject({ value: 2, previous: 400, origin: 'tracked', previousOrigin: 'imported' });
    // a reason nobody gave in 2022, named by the file
    expect(reasons.find((d) => d.key === 'old_reason')).toMatchObject({ label: 'Ancien motif (plus utilisé)', value: 0, previous: 35, previousOrigin: 'imported' });
    // a figure not imported keeps the records' 0 for 2021
    expect(desk.figures.find((f) => f.key === 'anonymous')).toMatchObject({ value: 3, previous: 0, previousOrigin: 'tracked' });
    expect(section(r, 'social_desk')!.figures.find((f) => f.key === 'interviews')).toMatchObject({ value: 0, previous: 820, previousOrigin: 'imported' });
    expect(r.imported).toEqual([{ year: 2021, sources: ['Rapport annuel 2021'] }]);

    const row = r.peopleReached.rows.find((x) => x.key === 'front_desk')!;
    expect(row).toMatchObject({ value: 3, previous: 1250, origin: 'tracked', previousOrigin: 'imported', previousSource: 'Rapport annuel 2021' });
    expect(r.peopleReached.rows.find((x) => x.key === 'social_desk')).toMatchObject({ value: 0, previous: 310, previousOrigin: 'imported' });
  });

  it('the 2021 report and table show the imported figures, marked as imported', async () => {
    const r = await report(2021);
    expect(section(r, 'front_desk')!.figures.find((f) => f.key === 'visits')).toMatchObject({ value: 1250, origin: 'imported' });
    expect(r.peopleReached.lines.find((l) => l.key === 'front_desk')).toMatchObject({ value: 1250, origin: 'imported' });
    const table = (await call('director', 'GET', '/api/observatory/people-reached?year=2021')).json();
    expect(table.rows.find((x: Row) => x.key === 'social_desk')).toMatchObject({ value: 310, origin: 'imported', previous: 0 });
    // open data publishes them, saying where they come from
    const open = (await t.as(null, { method: 'GET', url: '/api/observatory/open-data?year=2021' })).json();
    expect(open.rows.find((x: { activity: string }) => x.activity === 'front_desk')).toMatchObject({ origin: 'imported', value: 1250, source: 'Rapport annuel 2021', suppressed: false });
  });

  it('re-importing the same file changes nothing', async () => {
    const before = await listed(2021);
    const audits = async () => (await call('admin', 'GET', '/api/audit?action=observatory.past_figures_import')).json();
    const auditBefore = await audits();
    expect((await importFile(FILE_2021)).json()).toMatchObject({ created: 0, updated: 0, unchanged: 7 });
    expect(await listed(2021)).toEqual(before);
    expect(await audits()).toEqual(auditBefore);
  });

  it('a dry run of a corrected file names the figure it would change and its value now; nothing changes', async () => {
    const before = await listed(2021);
    const corrected = FILE_2021.replace('front_desk.visits;Visites;1 250;', 'front_desk.visits;Visites;1 260;');
    const res = (await call('director', 'POST', '/api/observatory/past-figures/import', { year: 2021, source: 'Rapport annuel 2021', content: b64(corrected), dryRun: true })).json();
    expect(res).toMatchObject({ dryRun: true, created: 0, updated: 1, unchanged: 6 });
    expect(res.changes.filter((c: { action: string }) => c.action !== 'unchanged')).toEqual([{ key: 'front_desk.visits', action: 'update', value: 1260, previous: 1250 }]);
    expect(res.items.find((i: { key: string }) => i.key === 'front_desk.visits').value).toBe(1260);
    expect(await listed(2021)).toEqual(before);
    // Bad input is refused the same way as by the import itself.
    const bad = await t.as('director', { method: 'POST', url: '/api/observatory/past-figures/import', payload: { year: 2021, source: 'x', content: b64(corrected.replace('1 260', '-3')), dryRun: true } });
    expect(bad.statusCode).toBe(400);
    expect(await listed(2021)).toEqual(before);
  });

  it('a corrected file updates the figure it changes, and only that one', async () => {
    const res = (await importFile(FILE_2021.replace('front_desk.visits;Visites;1 250;', 'front_desk.visits;Visites;1 260;'))).json();
    expect(res).toMatchObject({ created: 0, updated: 1, unchanged: 6 });
    expect(section(await report(2022), 'front_desk')!.figures.find((f) => f.key === 'visits')).toMatchObject({ previous: 1260 });
  });

  it('the exports say which figures were imported', async () => {
    const res = await call('director', 'GET', '/api/observatory/report/export?year=2022&format=xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const reached = wb.worksheets[0];
    const header = (reached.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('Origine 2021');
    const at = header.indexOf('Origine 2021') + 1;
    const cells: string[] = [];
    reached.eachRow((r, i) => i > 1 && cells.push(String(r.getCell(at).value ?? '')));
    expect(cells).toContain('importé (années précédentes)');
    const desk = wb.worksheets.find((w) => w.name === 'Accueil de première ligne')!;
    const deskHeader = (desk.getRow(1).values as unknown[]).slice(1);
    const originAt = deskHeader.indexOf('Origine 2021') + 1;
    expect(originAt).toBeGreaterThan(0);
    const origins: string[] = [];
    desk.eachRow((r, i) => i > 1 && origins.push(String(r.getCell(originAt).value ?? '')));
    expect(origins).toContain('importé');
    const csv = (await call('director', 'GET', '/api/observatory/people-reached/export?year=2022&format=csv')).body;
    expect(csv).toContain('Rapport annuel 2021');
  });
});

describe('records win', () => {
  it('figures imported for a year with records are kept but not shown, and said so', async () => {
    const res = (await call('director', 'PUT', '/api/observatory/past-figures', { year: 2022, source: 'Tableau interne', items: [{ key: 'front_desk.visits', value: 999 }, { key: 'reach.front_desk', value: 999 }] })).json();
    expect(res.superseded.sort()).toEqual(['front_desk.visits', 'reach.front_desk']);
    // The dry run of the same figures for a year with records says the same, before anything is written.
    await call('director', 'DELETE', '/api/observatory/past-figures/2022');
    const dry = (await call('director', 'PUT', '/api/observatory/past-figures', { year: 2022, source: 'Tableau interne', items: [{ key: 'front_desk.visits', value: 999 }, { key: 'reach.front_desk', value: 999 }], dryRun: true })).json();
    expect(dry).toMatchObject({ dryRun: true, created: 2 });
    expect(dry.superseded.sort()).toEqual(['front_desk.visits', 'reach.front_desk']);
    expect((await listed(2022)).items).toEqual([]);
    await call('director', 'PUT', '/api/observatory/past-figures', { year: 2022, source: 'Tableau interne', items: [{ key: 'front_desk.visits', value: 999 }, { key: 'reach.front_desk', value: 999 }] });
    const r = await report(2022);
    expect(section(r, 'front_desk')!.figures.find((f) => f.key === 'visits')).toMatchObject({ value: 3, origin: 'tracked' });
    expect(r.peopleReached.lines.find((l) => l.key === 'front_desk')).toMatchObject({ value: 3, origin: 'tracked' });
    expect((await listed(2022)).items.every((i) => i.superseded)).toBe(true);
    await call('director', 'DELETE', '/api/observatory/past-figures/2022');
  });
});

describe('bad input: a localised problem, nothing changed', () => {
  const problem = (res: LightMyRequestResponse) => {
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    return res.json() as { title: string; detail?: string; errors?: { path: string; message: string }[] };
  };
  let before: unknown;
  beforeAll(async () => {
    before = await listed(2021);
  });
  const unchanged = async () => expect(await listed(2021)).toEqual(before);

  it('an unknown key, naming the row', async () => {
    const res = problem(await importFile(FILE_2021.replace('front_desk.visits;Visites;1 250;', 'front_desk.visitz;Visites;1 250;') + '\r\nsocial_desk.interviews;;-4;', 2021, 400));
    expect(res.errors?.map((e) => e.message)).toEqual([
      'Ligne 4 : la clé « front_desk.visitz » n’est ni une ligne du tableau ni un chiffre du rapport (le modèle donne les clés).',
      'Ligne 10 : la clé « social_desk.interviews » est déjà donnée plus haut.',
    ]);
    await unchanged();
  });

  it('a negative value, in Dutch for a Dutch-speaking user', async () => {
    const res = await t.as('director', {
      method: 'POST',
      url: '/api/observatory/past-figures/import',
      headers: { 'accept-language': 'nl' },
      payload: { year: 2021, source: 'Jaarverslag 2021', content: b64('Sleutel;Waarde\nfront_desk.visits;-5\n') },
    });
    expect(res.statusCode).toBe(400);
    expect(problem(res).errors?.[0].message).toBe('Regel 2 (front_desk.visits): een cijfer kan niet negatief zijn.');
    await unchanged();
  });

  it('a value that is not a number, a fraction of a person', async () => {
    const res = problem(await importFile('Key,Value\nfront_desk.visits,beaucoup\nreach.front_desk,12.5\n', 2021, 400));
    expect(res.errors?.map((e) => e.message)).toEqual(['Ligne 2 (front_desk.visits) : « beaucoup » n’est pas un nombre.', 'Ligne 3 (reach.front_desk) : un nombre entier est attendu.']);
    await unchanged();
  });

  it('a year in the future, the current year', async () => {
    expect(problem(await importFile(FILE_2021, 2024, 400)).title).toBe("L'année 2024 n'est pas encore commencée : pas de rapport possible.");
    expect(problem(await importFile(FILE_2021, 2023, 400)).title).toBe("Seules les années terminées peuvent être importées (2023 n'est pas terminée).");
    await call('director', 'PUT', '/api/observatory/past-figures', { year: 2030, source: 'x', items: [{ key: 'front_desk.visits', value: 1 }] }, 400);
    expect((await listed(2022)).items).toEqual([]);
  });

  it('a file that is not a spreadsheet, a sheet without the columns', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]);
    expect(problem(await importFile(png, 2021, 400)).title).toMatch(/tableur|feuille|fichier/i);
    const fakeZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    await importFile(fakeZip, 2021, 400);
    expect(problem(await importFile('Nom;Prénom\nDupont;Jean\n', 2021, 400)).title).toBe('Le fichier doit avoir une colonne « Clé » et une colonne « Valeur » (voir le modèle).');
    await unchanged();
  });

  it('the form refuses the same way', async () => {
    const res = problem(await call('director', 'PUT', '/api/observatory/past-figures', { year: 2021, source: 'Rapport', items: [{ key: 'front_desk.visits', value: -1 }] }, 400));
    expect(res.errors?.[0].message).toBe('Ligne 1 (front_desk.visits) : un chiffre ne peut pas être négatif.');
    await call('director', 'PUT', '/api/observatory/past-figures', { year: 2021, source: '  ', items: [{ key: 'front_desk.visits', value: 1 }] }, 400);
    await unchanged();
  });
});

describe('the template filled in and brought back', () => {
  it('imports the xlsx template with values typed in, for 2020', async () => {
    const res = await call('director', 'GET', '/api/observatory/past-figures/template?year=2020&format=xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const ws = wb.worksheets[0];
    ws.eachRow((r, i) => {
      if (i > 1 && r.getCell(1).value === 'front_desk.visits') r.getCell(6).value = 1100;
      if (i > 1 && r.getCell(1).value === 'reach.front_desk') r.getCell(6).value = 1100;
    });
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const out = (await call('director', 'POST', '/api/observatory/past-figures/import', { year: 2020, source: 'Rapport annuel 2020', fileName: 'modele.xlsx', content: file.toString('base64') })).json();
    expect(out).toMatchObject({ created: 2 });
    // 2021 (imported) beside 2020 (imported)
    const r = await report(2021);
    expect(section(r, 'front_desk')!.figures.find((f) => f.key === 'visits')).toMatchObject({ value: 1260, previous: 1100, origin: 'imported', previousOrigin: 'imported' });
    expect(r.imported.map((x) => x.year)).toEqual([2021, 2020]);
  });
});

describe('undo', () => {
  it("deletes a year's imported figures: the comparison is back to the records", async () => {
    expect((await call('director', 'DELETE', '/api/observatory/past-figures/2021')).json()).toEqual({ year: 2021, deleted: 7 });
    const r = await report(2022);
    expect(section(r, 'front_desk')!.figures.find((f) => f.key === 'visits')).toMatchObject({ value: 3, previous: 0, previousOrigin: 'tracked' });
    expect(r.peopleReached.rows.find((x) => x.key === 'social_desk')).toMatchObject({ previous: 0, previousOrigin: 'tracked' });
    expect(r.imported).toEqual([]);
    await call('director', 'DELETE', '/api/observatory/past-figures/2021', undefined, 404);
    await call('project_officer', 'DELETE', '/api/observatory/past-figures/2020', undefined, 403);
  });
});
