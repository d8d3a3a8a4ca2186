import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: '2026-06-15T10:00:00Z' });
});
afterAll(() => t?.close());

describe('people reached and hand-entered figures', () => {
  it('refuses a negative figure, a figure without source, and a year in the future; nothing is written', async () => {
    const base = { year: 2025, activityKey: 'job_day', label: 'Brussels Job Day', value: 2000, unit: 'head_count', source: 'door count' };
    for (const bad of [{ ...base, value: -1 }, { ...base, source: '' }, { ...base, source: undefined }, { ...base, year: 2027 }]) {
      const res = await t.as('director', { method: 'PUT', url: '/api/observatory/manual-figures', payload: bad });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const list = await t.as('director', { method: 'GET', url: '/api/observatory/manual-figures/2025' });
    expect(list.json().items).toEqual([]);
    const future = await t.as('director', { method: 'GET', url: '/api/observatory/people-reached/2027' });
    expect(future.statusCode).toBe(400);
  });

  it('adds hand-entered figures with their source, and says an empty year is empty', async () => {
    const empty = await t.as('director', { method: 'GET', url: '/api/observatory/people-reached/2024' });
    expect(empty.statusCode).toBe(200);
    expect(empty.json().empty).toBe(true);

    await t.as('communication', {
      method: 'PUT',
      url: '/api/observatory/manual-figures',
      payload: { year: 2025, activityKey: 'website', label: 'Site web et réseaux sociaux', value: 20938, unit: 'external', source: 'Google Analytics + Meta' },
    });
    const res = await t.as('director', { method: 'PUT', url: '/api/observatory/manual-figures', payload: { year: 2025, activityKey: 'job_day', label: 'Brussels Job Day', value: 3, unit: 'head_count', source: 'comptage à l’entrée' } });
    expect(res.statusCode).toBe(200);
    const reached = (await t.as('reception', { method: 'GET', url: '/api/observatory/people-reached/2025' })).json();
    expect(reached.total).toBe(20941);
    expect(reached.totalByUnit).toMatchObject({ external: 20938, head_count: 3 });
    expect(reached.lines.find((l: { key: string }) => l.key === 'website')).toMatchObject({ origin: 'manual', source: 'Google Analytics + Meta' });

    const open = (await t.as(null, { method: 'GET', url: '/api/observatory/open-data/2025' })).json();
    expect(open.rows.find((r: { activity: string }) => r.activity === 'job_day').value).toBe('<5');
    expect(open.rows.find((r: { activity: string }) => r.activity === 'website').value).toBe(20938);
    const csv = await t.as(null, { method: 'GET', url: '/api/observatory/open-data/2025?format=csv' });
    expect(csv.body).toContain('job_day');
    expect(csv.body).toContain('<5');
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
      lines: async (year) =>
        year === 2025
          ? [{ key: 'job_day', labelKey: 'reach.job_day', unit: 'distinct_people', value: 2, personIds: sql`select id as person_id from people where id in (${a.id}, ${b.id})` }]
          : [],
    });
    reach.register({
      key: 'test_training',
      labelKey: 'reach.test_training',
      unit: 'participations',
      lines: async (year) =>
        year === 2025 ? [{ key: 'training', labelKey: 'reach.training', unit: 'participations', value: 5, personIds: sql`select id as person_id from people where id = ${a.id}` }] : [],
    });
    const reached = (await t.as('director', { method: 'GET', url: '/api/observatory/people-reached/2025' })).json();
    const jobDay = reached.lines.find((l: { key: string }) => l.key === 'job_day');
    expect(jobDay).toMatchObject({ origin: 'tracked', value: 2, supersededManual: { value: 3 } });
    expect(reached.distinctPeopleAllTracked).toBe(2);
    expect(reached.total).toBe(20938 + 2 + 5);
  });
});

describe('the records behind a figure', () => {
  it('lists the people a tracked line counts, to those who may read people, and audits it', async () => {
    const res = await t.as('director', { method: 'GET', url: '/api/observatory/people-reached/2025/lines/job_day/people' });
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(2);
    expect(res.json().items.map((p: { lastName: string }) => p.lastName)).toEqual(['Diallo', 'Nowak']);
    expect((await t.as('communication', { method: 'GET', url: '/api/observatory/people-reached/2025/lines/job_day/people' })).statusCode).toBe(403);
    expect((await t.as('director', { method: 'GET', url: '/api/observatory/people-reached/2025/lines/website/people' })).statusCode).toBe(404);
    const audit = (await t.as('director', { method: 'GET', url: '/api/audit?action=observatory.people_behind' })).json();
    expect(audit.items).toHaveLength(1);
    const reached = (await t.as('director', { method: 'GET', url: '/api/observatory/people-reached/2025' })).json();
    expect(reached.lines.find((l: { key: string }) => l.key === 'job_day').hasPeople).toBe(true);
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
        objectives: [{ label: '50 chercheurs d’emploi diagnostiqués', activityKey: 'website', target: 50 }],
      },
    });
    expect(res.statusCode).toBe(201);
    const progress = (await t.as('director', { method: 'GET', url: `/api/projects/${res.json().id}/progress` })).json();
    expect(progress.objectives[0]).toMatchObject({ target: 50, value: 20938 });
    const bad = await t.as('project_officer', { method: 'POST', url: '/api/projects', payload: { name: 'X', periodStart: '2025-12-31', periodEnd: '2025-01-01' } });
    expect(bad.statusCode).toBe(400);
    const denied = await t.as('reception', { method: 'POST', url: '/api/projects', payload: { name: 'Y', periodStart: '2025-01-01', periodEnd: '2025-02-01' } });
    expect(denied.statusCode).toBe(403);
  });
});

describe('annual report', () => {
  it('has a section per activity with figures and charts, localised, and exports one xlsx sheet per section', async () => {
    const fr = await t.as('director', { method: 'GET', url: '/api/observatory/report/2025', headers: { 'accept-language': 'fr' } });
    expect(fr.statusCode).toBe(200);
    const report = fr.json();
    expect(report.sections.map((s: { key: string }) => s.key)).toEqual(['social_desk', 'front_desk', 'epn', 'trainings', 'rooms']);
    const social = report.sections[0];
    expect(social.title).toBe('Permanences sociales');
    expect(social.charts.find((c: { key: string }) => c.key === 'new_arrivals_age').data.map((d: { label: string }) => d.label)).toContain('25-34 ans');
    const nl = (await t.as('director', { method: 'GET', url: '/api/observatory/report/2025', headers: { 'accept-language': 'nl' } })).json();
    expect(nl.sections[0].title).toBe('Sociale permanenties');
    const future = await t.as('director', { method: 'GET', url: '/api/observatory/report/2027' });
    expect(future.statusCode).toBe(400);

    const xlsx = await t.as('director', { method: 'GET', url: '/api/observatory/report/2025/export?format=xlsx' });
    expect(xlsx.statusCode).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as never);
    expect(wb.worksheets.length).toBe(1 + report.sections.length);
    const sheet = wb.worksheets[0];
    const websiteRow = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'Site web et réseaux sociaux')!;
    expect(websiteRow.getCell(3).value).toBe(20938);
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
    expect(director.series.map((s) => s.key)).toEqual(['front_desk_visits', 'epn_visits', 'room_bookings']);
    expect(director.series.every((s) => s.months.length === 12)).toBe(true);
    await t.as('project_officer', {
      method: 'POST',
      url: '/api/projects',
      payload: { name: 'Nouveaux Départs 2026', periodStart: '2026-01-01', periodEnd: '2026-12-31', objectives: [{ label: '12 femmes', activityKey: 'website', target: 12 }] },
    });
    expect((await keys('director')).projects).toHaveLength(1);
  });
});
