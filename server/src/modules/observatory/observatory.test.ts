import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import tableschema from 'tableschema';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { suppress } from './observatory.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: '2026-06-15T10:00:00Z' });
});
afterAll(() => t?.close());

type Line = { key: string; origin: string; value: number; source: string | null; supersededManual: { value: number } | null; peopleListable: boolean };

describe('people reached and hand-entered figures', () => {
  it('refuses a negative figure, a figure without source, and a year in the future; nothing is written', async () => {
    const base = { year: 2025, activityKey: 'job_day', label: 'Brussels Job Day', value: 2000, unit: 'head_count', source: 'door count' };
    for (const bad of [{ ...base, value: -1 }, { ...base, source: '' }, { ...base, source: undefined }, { ...base, year: 2027 }]) {
      const res = await t.as('director', { method: 'PUT', url: '/api/observatory/manual-figures', payload: bad });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const list = await t.as('director', { method: 'GET', url: '/api/observatory/manual-figures?year=2025' });
    expect(list.json().items).toEqual([]);
    const future = await t.as('director', { method: 'GET', url: '/api/observatory/people-reached?year=2027' });
    expect(future.statusCode).toBe(400);
  });

  it('adds hand-entered figures with their source, and says an empty year is empty', async () => {
    const empty = await t.as('director', { method: 'GET', url: '/api/observatory/people-reached?year=2024' });
    expect(empty.statusCode).toBe(200);
    expect(empty.json().empty).toBe(true);

    await t.as('communication', {
      method: 'PUT',
      url: '/api/observatory/manual-figures',
      payload: { year: 2025, activityKey: 'website', label: 'Site web et réseaux sociaux', labelNl: 'Website en sociale netwerken', value: 20938, unit: 'external', source: 'Google Analytics + Meta' },
    });
    const res = await t.as('director', { method: 'PUT', url: '/api/observatory/manual-figures', payload: { year: 2025, activityKey: 'job_day', label: 'Brussels Job Day', value: 3, unit: 'head_count', source: 'comptage à l’entrée' } });
    expect(res.statusCode).toBe(200);
    const reached = (await t.as('reception', { method: 'GET', url: '/api/observatory/people-reached?year=2025' })).json();
    expect(reached.total).toBe(20941);
    expect(reached.totalByUnit).toMatchObject({ external: 20938, head_count: 3 });
    expect(reached.lines.find((l: Line) => l.key === 'website')).toMatchObject({ origin: 'manual', source: 'Google Analytics + Meta', label: 'Site web et réseaux sociaux' });
    // in Dutch, the Dutch label; a label nobody wrote in Dutch says so instead of passing French off as Dutch
    const nl = (await t.as('reception', { method: 'GET', url: '/api/observatory/people-reached?year=2025', headers: { 'accept-language': 'nl' } })).json();
    expect(nl.lines.find((l: Line) => l.key === 'website')).toMatchObject({ label: 'Website en sociale netwerken', labelMissing: false });
    expect(nl.lines.find((l: Line) => l.key === 'job_day')).toMatchObject({ label: 'Brussels Job Day', labelMissing: true });
  });

  it('replaces a hand-entered figure by the tracked one, and counts distinct people across activities once', async () => {
    const { reach } = t.app.relais.ctx;
    const people = t.app.relais.ctx.services.people;
    const actor = { userId: null, name: 'test' };
    const a = await people.create(actor, { firstName: 'Amina', lastName: 'Diallo', gender: 'F', studyLevel: 'unknown', professionalStatus: 'other', languages: [], confirmNotDuplicate: true });
    const b = await people.create(actor, { firstName: 'Piotr', lastName: 'Nowak', gender: 'M', studyLevel: 'unknown', professionalStatus: 'other', languages: [], confirmNotDuplicate: true });
    reach.register({
      key: 'test_desk',
      labelKey: 'reach.test_desk',
      unit: 'distinct_people',
      peopleAccess: ['admin', 'director', 'reception'],
      lines: async (year) =>
        year === 2025
          ? [{ key: 'job_day', labelKey: 'reach.job_day', unit: 'distinct_people', value: 2, distinctPeople: 2, personIds: sql`select id as person_id from people where id in (${a.id}, ${b.id})` }]
          : [],
    });
    reach.register({
      key: 'test_training',
      labelKey: 'reach.test_training',
      unit: 'participations',
      peopleAccess: ['admin', 'director', 'trainer'],
      lines: async (year) =>
        year === 2025 ? [{ key: 'training', labelKey: 'reach.training', unit: 'participations', value: 5, distinctPeople: 1, personIds: sql`select id as person_id from people where id = ${a.id}` }] : [],
    });
    const reached = (await t.as('director', { method: 'GET', url: '/api/observatory/people-reached?year=2025' })).json();
    const jobDay = reached.lines.find((l: Line) => l.key === 'job_day');
    expect(jobDay).toMatchObject({ origin: 'tracked', value: 2, supersededManual: { value: 3 } });
    expect(reached.distinctPeopleAllTracked).toBe(2);
    expect(reached.total).toBe(20938 + 2 + 5);
  });
});

describe('the records behind a figure', () => {
  it('lists the people a tracked line counts to those who may read its module, and audits it', async () => {
    const res = await t.as('director', { method: 'GET', url: '/api/observatory/people-reached/lines/job_day/people?year=2025' });
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(2);
    expect(res.json().items.map((p: { lastName: string }) => p.lastName)).toEqual(['Diallo', 'Nowak']);
    expect((await t.as('communication', { method: 'GET', url: '/api/observatory/people-reached/lines/job_day/people?year=2025' })).statusCode).toBe(403);
    // the trainer reads people, but this line's module is not theirs
    expect((await t.as('trainer', { method: 'GET', url: '/api/observatory/people-reached/lines/job_day/people?year=2025' })).statusCode).toBe(403);
    expect((await t.as('director', { method: 'GET', url: '/api/observatory/people-reached/lines/website/people?year=2025' })).statusCode).toBe(404);
    const audit = (await t.as('director', { method: 'GET', url: '/api/audit?action=observatory.people_behind' })).json();
    expect(audit.items).toHaveLength(1);
    const reached = (await t.as('director', { method: 'GET', url: '/api/observatory/people-reached?year=2025' })).json();
    expect(reached.lines.find((l: Line) => l.key === 'job_day').peopleListable).toBe(true);
    const asTrainer = (await t.as('trainer', { method: 'GET', url: '/api/observatory/people-reached?year=2025' })).json();
    expect(asTrainer.lines.find((l: Line) => l.key === 'job_day').peopleListable).toBe(false);
    expect(asTrainer.lines.find((l: Line) => l.key === 'training').peopleListable).toBe(true);
  });

  it('the project officer cannot list who was seen at the social desk; the social worker can', async () => {
    const maison = (await t.as('admin', { method: 'POST', url: '/api/sites', payload: { name: "Maison de l'Emploi", kind: 'main' } })).json().id;
    const person = (await t.as('social_worker', { method: 'POST', url: '/api/people', payload: { firstName: 'Sara', lastName: 'Lambert', confirmNotDuplicate: true } })).json().id;
    const interview = await t.as('social_worker', { method: 'POST', url: '/api/socialdesk/interviews', payload: { personId: person, date: '2025-05-06', siteId: maison, kind: 'drop_in', categories: ['housing'] } });
    expect(interview.statusCode).toBe(201);
    const url = '/api/observatory/people-reached/lines/social_desk/people?year=2025';

    const refused = await t.as('project_officer', { method: 'GET', url });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).not.toContain('Lambert');
    for (const role of ['reception', 'trainer'] as const) expect((await t.as(role, { method: 'GET', url })).statusCode, role).toBe(403);
    const poTable = (await t.as('project_officer', { method: 'GET', url: '/api/observatory/people-reached?year=2025' })).json();
    expect(poTable.lines.find((l: Line) => l.key === 'social_desk')).toMatchObject({ value: 1, peopleListable: false });

    const allowed = await t.as('social_worker', { method: 'GET', url });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json().items.map((p: { lastName: string }) => p.lastName)).toEqual(['Lambert']);
    const swTable = (await t.as('social_worker', { method: 'GET', url: '/api/observatory/people-reached?year=2025' })).json();
    expect(swTable.lines.find((l: Line) => l.key === 'social_desk').peopleListable).toBe(true);
  });
});

describe('texts of the report', () => {
  it('keeps a French and a Dutch version of each text, and shows a missing one as missing', async () => {
    const put = (section: string, locale: string, body: string) => t.as('director', { method: 'PUT', url: `/api/observatory/report/texts/${section}`, payload: { year: 2025, locale, body } });
    expect((await put('introduction', 'fr', 'Une année de transition.')).statusCode).toBe(200);
    expect((await put('introduction', 'nl', 'Een overgangsjaar.')).statusCode).toBe(200);
    expect((await put('social_desk', 'fr', 'Plus de rendez-vous qu’en 2024.')).statusCode).toBe(200);
    const nl = (await t.as('reception', { method: 'GET', url: '/api/observatory/report?year=2025', headers: { 'accept-language': 'nl' } })).json();
    expect(nl.texts.introduction).toEqual({ fr: 'Une année de transition.', nl: 'Een overgangsjaar.', en: null });
    expect(nl.texts.social_desk).toEqual({ fr: 'Plus de rendez-vous qu’en 2024.', nl: null, en: null });
    expect(nl.textSections).toEqual(['introduction', 'social_desk', 'front_desk', 'epn', 'trainings', 'rooms', 'digital_diagnostic', 'digital_mentoring', 'events', 'offers', 'matching', 'equipment', 'surveys', 'contests', 'perspectives']);
    // an empty text removes that language's version only
    expect((await put('introduction', 'nl', '')).statusCode).toBe(200);
    const texts = (await t.as('reception', { method: 'GET', url: '/api/observatory/report/texts?year=2025' })).json();
    expect(texts.texts.introduction).toEqual({ fr: 'Une année de transition.', nl: null, en: null });
  });

  it('accepts texts only for the report’s own parts, and changes nothing otherwise', async () => {
    for (const section of ['__proto__', 'constructor', 'toString', 'null', 'people', 'hasOwnProperty', 'x']) {
      const res = await t.as('director', { method: 'PUT', url: `/api/observatory/report/texts/${section}`, payload: { year: 2025, locale: 'fr', body: 'Texte' } });
      expect(res.statusCode, section).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const res = await t.as('director', { method: 'PUT', url: '/api/observatory/report/texts/introduction', payload: { year: 2025, locale: 'de', body: 'Text' } });
    expect(res.statusCode).toBe(400);
    const texts = (await t.as('reception', { method: 'GET', url: '/api/observatory/report/texts?year=2025' })).json();
    expect(Object.keys(texts.texts).sort()).toEqual(['introduction', 'social_desk']);
  });
});

describe('projects', () => {
  it('shows progress against targets from the records', async () => {
    const res = await t.as('project_officer', {
      method: 'POST',
      url: '/api/projects',
      payload: {
        name: 'Allo-Digiparcours',
        funders: ['Actiris'],
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        targetGroups: ['job_seekers'],
        objectives: [{ labelFr: '50 chercheurs d’emploi diagnostiqués', labelNl: '50 gediagnosticeerde werkzoekenden', activityKey: 'website', target: 50 }],
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().objectives[0]).toMatchObject({ labelFr: '50 chercheurs d’emploi diagnostiqués', labelNl: '50 gediagnosticeerde werkzoekenden' });
    const progress = (await t.as('director', { method: 'GET', url: `/api/projects/${res.json().id}/progress` })).json();
    expect(progress.objectives[0]).toMatchObject({ target: 50, value: 20938 });
    const bad = await t.as('project_officer', { method: 'POST', url: '/api/projects', payload: { name: 'X', periodStart: '2025-12-31', periodEnd: '2025-01-01' } });
    expect(bad.statusCode).toBe(400);
    const denied = await t.as('reception', { method: 'POST', url: '/api/projects', payload: { name: 'Y', periodStart: '2025-01-01', periodEnd: '2025-02-01' } });
    expect(denied.statusCode).toBe(403);
  });

  it('takes target groups from the list (never a raw code), and an objective in French or Dutch', async () => {
    const base = { name: 'Contrat de quartier', periodStart: '2025-01-01', periodEnd: '2026-12-31' };
    const rawCode = await t.as('project_officer', { method: 'POST', url: '/api/projects', payload: { ...base, targetGroups: ['OVER_50'] } });
    expect(rawCode.statusCode).toBe(400);
    const noText = await t.as('project_officer', { method: 'POST', url: '/api/projects', payload: { ...base, objectives: [{ labelFr: ' ', activityKey: 'social_desk', target: 10 }] } });
    expect(noText.statusCode).toBe(400);
    expect(noText.headers['content-type']).toContain('application/problem+json');
    const ok = await t.as('project_officer', {
      method: 'POST',
      url: '/api/projects',
      payload: { ...base, targetGroups: ['over_50', 'under_30'], descriptionNl: 'Begeleiding in de Versailleswijk.', objectives: [{ labelNl: 'Personen ontvangen', activityKey: 'social_desk', target: 10 }] },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ targetGroups: ['over_50', 'under_30'], descriptionFr: null, descriptionNl: 'Begeleiding in de Versailleswijk.' });
    expect(ok.json().objectives[0]).toMatchObject({ labelFr: null, labelNl: 'Personen ontvangen' });
    expect((await t.as('reception', { method: 'GET', url: '/api/projects' })).json().items).toHaveLength(2);
  });
});

describe('the default year', () => {
  it('is the same for the report, the people reached and the dashboard: the current year in Brussels, provisional', async () => {
    const reached = (await t.as('director', { method: 'GET', url: '/api/observatory/people-reached' })).json();
    const report = (await t.as('director', { method: 'GET', url: '/api/observatory/report' })).json();
    const dashboard = (await t.as('director', { method: 'GET', url: '/api/observatory/dashboard' })).json();
    const manual = await t.as('director', { method: 'GET', url: '/api/observatory/manual-figures' });
    expect([reached.year, report.year, dashboard.year, reached.defaultYear, report.defaultYear]).toEqual([2026, 2026, 2026, 2026, 2026]);
    expect(manual.statusCode).toBe(200);
    expect(reached.provisional).toBe(true);
    const last = (await t.as('director', { method: 'GET', url: '/api/observatory/report?year=2025' })).json();
    expect([last.year, last.provisional, last.defaultYear]).toEqual([2025, false, 2026]);
  });
});

describe('home dashboard', () => {
  it('shows each role its own activities month by month, the director all of them and the running projects', async () => {
    const keys = async (role: 'reception' | 'logistics' | 'director' | 'communication') =>
      (await t.as(role, { method: 'GET', url: '/api/observatory/dashboard' })).json() as { series: { key: string; months: number[] }[]; projects: unknown[] };
    expect((await keys('reception')).series.map((s) => s.key)).toEqual(['front_desk_visits', 'epn_visits']);
    expect((await keys('logistics')).series.map((s) => s.key)).toEqual(['room_bookings']);
    expect((await keys('communication')).series).toEqual([]);
    const director = await keys('director');
    expect(director.series.map((s) => s.key)).toEqual(['front_desk_visits', 'epn_visits', 'room_bookings', 'digital_diagnostics']);
    expect(director.series.every((s) => s.months.length === 12)).toBe(true);
    const before = (await keys('director')).projects.length;
    await t.as('project_officer', {
      method: 'POST',
      url: '/api/projects',
      payload: { name: 'Nouveaux Départs 2026', periodStart: '2026-01-01', periodEnd: '2026-12-31', objectives: [{ labelFr: '12 femmes', activityKey: 'website', target: 12 }] },
    });
    expect((await keys('director')).projects).toHaveLength(before + 1);
  });
});

describe('"My figures" on the home page', () => {
  it("are what the user recorded, beside the organisation's total; the director's are the organisation's", async () => {
    const site = (await t.as('admin', { method: 'POST', url: '/api/sites', payload: { name: 'Antenne Dashboard', kind: 'antenna', openingHours: [] } })).json().id;
    type Series = { key: string; scope: string; total: number; allTotal: number; months: number[] };
    const desk = async (role: 'reception' | 'director') =>
      ((await t.as(role, { method: 'GET', url: '/api/observatory/dashboard' })).json().series as Series[]).find((s) => s.key === 'front_desk_visits')!;
    const before = { reception: await desk('reception'), director: await desk('director') };
    expect(before.reception.scope).toBe('mine');
    expect(before.director.scope).toBe('all');
    // two visits logged by the reception agent, one by the administrator
    for (const role of ['reception', 'reception', 'admin'] as const)
      expect((await t.as(role, { method: 'POST', url: '/api/frontdesk/visits', payload: { siteId: site, reason: 'information' } })).statusCode).toBe(201);
    const reception = await desk('reception');
    const director = await desk('director');
    expect(reception.total - before.reception.total).toBe(2);
    expect(reception.allTotal - before.reception.allTotal).toBe(3);
    expect(director.total - before.director.total).toBe(3);
    expect(reception.months[5] - before.reception.months[5]).toBe(2); // June (the clock's month)
  });
});

describe('open data', () => {
  it('hides a figure that fewer than 5 people are behind, and hides more so that the total does not give it back', () => {
    // 5 interviews by 1 person: hidden; alone it could be recomputed from the total, so the next smallest goes too
    expect(suppress([{ value: 5, people: 1 }, { value: 40, people: 40 }, { value: 20938, people: 20938 }])).toEqual({ hidden: [true, true, false], totalHidden: false });
    // two small hidden cells that add up to less than 5 more than either: a third is hidden
    expect(suppress([{ value: 2, people: 2 }, { value: 1, people: 1 }, { value: 7, people: 7 }, { value: 9, people: 9 }])).toEqual({ hidden: [true, true, true, false], totalHidden: false });
    // nothing else to hide with: the total goes
    expect(suppress([{ value: 3, people: 1 }])).toEqual({ hidden: [true], totalHidden: true });
    // zeros are published (nobody to protect), as are cells with enough people
    expect(suppress([{ value: 0, people: 0 }, { value: 12, people: 6 }])).toEqual({ hidden: [false, false], totalHidden: false });
  });

  it('publishes a csv that validates against its own Table Schema, with numbers as numbers, a suppression flag and the licence', async () => {
    // 5 interviews of one person at a partner desk
    const desk = (await t.as('admin', { method: 'POST', url: '/api/sites', payload: { name: 'Espace Social Télé-Service', kind: 'desk' } })).json().id;
    const person = (await t.as('social_worker', { method: 'POST', url: '/api/people', payload: { firstName: 'Piotr', lastName: 'Kowalski', confirmNotDuplicate: true } })).json().id;
    for (const date of ['2025-02-05', '2025-03-05', '2025-04-02', '2025-05-07', '2025-06-04'])
      expect((await t.as('social_worker', { method: 'POST', url: '/api/socialdesk/interviews', payload: { personId: person, date, siteId: desk, kind: 'appointment', categories: ['employment'] } })).statusCode).toBe(201);
    const deskLine = (await t.as('director', { method: 'GET', url: '/api/observatory/people-reached?year=2025' })).json().lines.find((l: Line) => l.key === `social_desk:site:${desk}`);
    expect(deskLine).toMatchObject({ value: 5, distinctPeople: 1, participations: 5 });

    const schemaRes = await t.as(null, { method: 'GET', url: '/api/observatory/open-data/schema' });
    expect(schemaRes.statusCode).toBe(200);
    expect(schemaRes.headers['access-control-allow-origin']).toBe('*');
    const descriptor = schemaRes.json();
    const check = await tableschema.validate(descriptor);
    expect(check.errors.map((e) => e.message)).toEqual([]);
    expect(check.valid).toBe(true);

    const csv = await t.as(null, { method: 'GET', url: '/api/observatory/open-data?year=2025&format=csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['access-control-allow-origin']).toBe('*');
    const table = await tableschema.Table.load(() => Readable.from([csv.body]), { schema: descriptor, headers: 1 });
    const rows = (await table.read({ keyed: true, cast: true })) as Record<string, unknown>[];
    expect(table.headers).toEqual(descriptor.fields.map((f: { name: string }) => f.name));
    expect(rows.length).toBeGreaterThan(3);
    const row = (activity: string) => rows.find((r) => r.activity === activity)!;
    expect(row(`social_desk:site:${desk}`)).toMatchObject({ year: 2025, value: null, suppressed: true, provisional: false, unit: 'participations', label_fr: 'Espace Social Télé-Service' });
    expect(row('website')).toMatchObject({ value: 20938, suppressed: false, label_fr: 'Site web et réseaux sociaux', label_nl: 'Website en sociale netwerken', label_en: null, origin: 'manual' });
    // the total minus the published cells leaves at least 5 for each hidden one
    const total = row('total');
    const hidden = rows.filter((r) => r.row_type === 'activity' && r.suppressed);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    if (!total.suppressed) {
      const published = rows.filter((r) => r.row_type === 'activity' && !r.suppressed).reduce((n, r) => n + (r.value as number), 0);
      const hiddenSum = (total.value as number) - published;
      const reached = (await t.as('director', { method: 'GET', url: '/api/observatory/people-reached?year=2025' })).json();
      for (const h of hidden) expect(hiddenSum - reached.lines.find((l: Line) => l.key === h.activity).value).toBeGreaterThanOrEqual(5);
    }
    expect(row('total')).toMatchObject({ row_type: 'total', unit: 'mixed', label_en: 'Sum of participations, distinct people and door counts' });

    // the JSON rows are the same, and say their licence (CC BY 4.0 unless configured)
    const json = (await t.as(null, { method: 'GET', url: '/api/observatory/open-data?year=2025' })).json();
    expect(json.licence).toMatchObject({ id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(json.rows.map((r: { activity: string; value: number | null }) => [r.activity, r.value])).toEqual(rows.map((r) => [r.activity, r.value]));
    for (const r of json.rows) expect(await table.schema!.castRow(descriptor.fields.map((f: { name: string }) => (r[f.name] === null ? '' : String(r[f.name]))))).toBeTruthy();
    // the current year is provisional
    const all = (await t.as(null, { method: 'GET', url: '/api/observatory/open-data?format=json' })).json();
    expect(all.years).toContain(2026);
    expect(all.rows.filter((r: { year: number }) => r.year === 2026).every((r: { provisional: boolean }) => r.provisional)).toBe(true);
    expect(all.rows.filter((r: { year: number }) => r.year === 2025).every((r: { provisional: boolean }) => !r.provisional)).toBe(true);
    // staff routes do not answer other origins
    expect((await t.as('director', { method: 'GET', url: '/api/observatory/people-reached?year=2025' })).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('describes the dataset with DCAT-AP: title, description, publisher, licence, period, distributions with media types, modified', async () => {
    const res = await t.as(null, { method: 'GET', url: '/api/observatory/open-data/dcat', headers: { host: 'relais.example.be' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/ld+json');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const graph = res.json()['@graph'] as Record<string, unknown>[];
    const ofType = (type: string) => graph.filter((n) => n['@type'] === type);
    const [dataset] = ofType('dcat:Dataset') as Record<string, never>[];
    expect((dataset['dct:title'] as { '@language': string }[]).map((x) => x['@language']).sort()).toEqual(['en', 'fr', 'nl']);
    expect((dataset['dct:description'] as unknown[]).length).toBe(3);
    expect(dataset['dct:license']).toEqual({ '@id': 'http://publications.europa.eu/resource/authority/licence/CC_BY_4_0' });
    expect(dataset['dct:modified']).toEqual({ '@value': '2026-06-15T10:00:00.000Z', '@type': 'xsd:dateTime' });
    expect(dataset['dct:temporal']).toMatchObject({ 'dcat:startDate': { '@value': '2025-01-01' }, 'dcat:endDate': { '@value': '2026-12-31' } });
    const publisher = graph.find((n) => n['@id'] === (dataset['dct:publisher'] as { '@id': string })['@id'])!;
    expect(publisher['@type']).toBe('foaf:Agent');
    const distributions = ofType('dcat:Distribution');
    expect(distributions.map((d) => (d['dcat:mediaType'] as { '@id': string })['@id'])).toEqual(['https://www.iana.org/assignments/media-types/text/csv', 'https://www.iana.org/assignments/media-types/application/json']);
    for (const d of distributions) {
      expect(d['dct:license']).toEqual(dataset['dct:license']);
      const href = (d['dcat:downloadURL'] as { '@id': string })['@id'];
      expect(href).toMatch(/^http:\/\/relais\.example\.be\/api\/observatory\/open-data\?format=(csv|json)$/);
      expect((await t.as(null, { method: 'GET', url: href.replace('http://relais.example.be', '') })).statusCode).toBe(200);
    }
  });

  it('publishes under the licence the admin chose', async () => {
    const current = (await t.as('admin', { method: 'GET', url: '/api/observatory/settings' })).json();
    expect(current.licence).toBe('CC-BY-4.0');
    const body = { licence: 'CC0-1.0', publisher: current.publisher, contactEmail: 'data@example.be' };
    expect((await t.as('director', { method: 'PUT', url: '/api/observatory/settings', payload: body })).statusCode).toBe(403);
    expect((await t.as('admin', { method: 'PUT', url: '/api/observatory/settings', payload: { ...body, licence: 'WTFPL' } })).statusCode).toBe(400);
    expect((await t.as('admin', { method: 'PUT', url: '/api/observatory/settings', payload: body })).statusCode).toBe(200);
    const json = (await t.as(null, { method: 'GET', url: '/api/observatory/open-data?year=2025' })).json();
    expect(json.licence.id).toBe('CC0-1.0');
    const graph = (await t.as(null, { method: 'GET', url: '/api/observatory/open-data/dcat' })).json()['@graph'] as Record<string, unknown>[];
    expect(graph.find((n) => n['@type'] === 'dcat:Dataset')!['dct:license']).toEqual({ '@id': 'http://publications.europa.eu/resource/authority/licence/CC0' });
    await t.as('admin', { method: 'PUT', url: '/api/observatory/settings', payload: { ...body, licence: 'CC-BY-4.0', contactEmail: null } });
  });
});
