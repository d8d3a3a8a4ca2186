import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createTestApp, type TestApp } from '../../../test/test-app';

// Monday 2 March 2026, 10:00 in Brussels.
let t: TestApp;
let mainSite: number;
let closedSite: number;
let actiris: number;
let person: number;

beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-02T09:00:00Z' });
  const hours = [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, from: '08:30', to: '12:30' },
    { weekday, from: '13:30', to: '16:30' },
  ]);
  mainSite = (await t.as('admin', { method: 'POST', url: '/api/sites', payload: { name: "Maison de l'Emploi", kind: 'main', openingHours: hours } })).json().id;
  closedSite = (await t.as('admin', { method: 'POST', url: '/api/sites', payload: { name: 'Antenne NOH', kind: 'antenna', openingHours: [] } })).json().id;
  actiris = (await t.as('admin', { method: 'POST', url: '/api/organisations', payload: { name: 'Actiris', type: 'public_employment' } })).json().id;
  person = (await t.as('reception', { method: 'POST', url: '/api/people', payload: { firstName: 'Fatima', lastName: 'El Idrissi', birthDate: '1990-04-12' } })).json().id;
});
afterAll(() => t?.close());

const log = (payload: Record<string, unknown>, role: 'reception' | 'admin' | 'director' = 'reception') =>
  t.as(role, { method: 'POST', url: '/api/frontdesk/visits', payload });
const day = (date = '2026-03-02', siteId = mainSite) => t.as('reception', { method: 'GET', url: `/api/frontdesk/day?siteId=${siteId}&date=${date}` });

describe('front desk: logging visitors', () => {
  it('logs an anonymous visitor now and a known person oriented to a partner; the day view counts both, latest first', async () => {
    const anon = await log({ siteId: mainSite, reason: 'information', orientationService: 'epn' });
    expect(anon.statusCode).toBe(201);
    expect(anon.json()).toMatchObject({ personId: null, localDate: '2026-03-02', localTime: '10:00', outOfHours: false, orientationService: 'epn' });
    const known = await log({ siteId: mainSite, personId: person, reason: 'actiris_registration', orientationOrganisationId: actiris, at: '2026-03-02T10:15:00+01:00' });
    expect(known.statusCode).toBe(201);
    expect(known.json()).toMatchObject({ person: { firstName: 'Fatima', lastName: 'El Idrissi' }, orientationOrganisation: { id: actiris, name: 'Actiris' } });

    const view = await day();
    expect(view.statusCode).toBe(200);
    const d = view.json();
    expect(d.count).toBe(2);
    expect(d.anonymous).toBe(1);
    expect(d.items.map((v: { localTime: string }) => v.localTime)).toEqual(['10:15', '10:00']);
    expect(d.openingHours).toEqual([
      { from: '08:30', to: '12:30' },
      { from: '13:30', to: '16:30' },
    ]);
    // another day, another site: not counted
    expect((await day('2026-03-03')).json().count).toBe(0);
    expect((await day('2026-03-02', closedSite)).json().count).toBe(0);
  });

  it('flags visits outside the opening hours (lunch break, evening, Saturday) but records them', async () => {
    const lunch = await log({ siteId: mainSite, reason: 'job_search', at: '2026-03-02T12:45:00+01:00' });
    expect(lunch.statusCode).toBe(201);
    expect(lunch.json().outOfHours).toBe(true);
    const evening = await log({ siteId: mainSite, reason: 'job_search', at: '2026-03-02T15:40:00Z' }); // 16:40 in Brussels
    expect(evening.json()).toMatchObject({ outOfHours: true, localTime: '16:40' });
    const saturday = await log({ siteId: mainSite, reason: 'job_search', at: '2026-03-07T10:00:00+01:00' });
    expect(saturday.json().outOfHours).toBe(true);
    const opening = await log({ siteId: mainSite, reason: 'job_search', at: '2026-03-02T08:30:00+01:00' });
    expect(opening.json().outOfHours).toBe(false);
    // Summer time: 8:45 in Brussels is 06:45Z in July
    const summer = await log({ siteId: mainSite, reason: 'job_search', at: '2026-07-06T06:45:00Z' });
    expect(summer.json()).toMatchObject({ outOfHours: false, localTime: '08:45', localDate: '2026-07-06' });
    const d = (await day()).json();
    expect(d.outOfHours).toBe(2);
    expect(d.count).toBe(5);
    // Changing the site's hours changes the flag of a corrected visit
    const patched = await t.as('reception', { method: 'PATCH', url: `/api/frontdesk/visits/${lunch.json().id}`, payload: { siteId: closedSite } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().outOfHours).toBe(false);
    await t.as('reception', { method: 'PATCH', url: `/api/frontdesk/visits/${lunch.json().id}`, payload: { siteId: mainSite } });
  });

  it('refuses bad input with a clear 4xx and writes nothing', async () => {
    const before = (await day()).json().count;
    const cases: [Record<string, unknown>, number, string][] = [
      [{ siteId: mainSite, reason: 'no_such_reason' }, 400, 'body.reason'],
      [{ siteId: mainSite, reason: 'information', at: '20222-03-02T10:00:00+01:00' }, 400, 'body.at'],
      [{ siteId: mainSite, reason: 'information', orientationService: 'epn', orientationOrganisationId: actiris }, 400, 'body.orientationOrganisationId'],
      [{ siteId: 99999, reason: 'information' }, 400, 'body.siteId'],
      [{ siteId: mainSite, reason: 'information', personId: 99999 }, 400, 'body.personId'],
      [{ siteId: mainSite, reason: 'information', orientationOrganisationId: 99999 }, 400, 'body.orientationOrganisationId'],
      [{ siteId: mainSite, reason: 'information', orientationService: 'nowhere' }, 400, 'body.orientationService'],
      [{ siteId: mainSite, reason: 'information', colour: 'blue' }, 400, 'body'],
    ];
    for (const [payload, status, path] of cases) {
      const res = await log(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors.map((e: { path: string }) => e.path).join(' '), JSON.stringify(payload)).toContain(path);
    }
    const fr = await t.as('reception', { method: 'POST', url: '/api/frontdesk/visits', payload: { siteId: mainSite, reason: 'no_such_reason' }, headers: { 'accept-language': 'fr' } });
    expect(fr.json().errors[0].message).toBe('Motif de visite inconnu.');
    expect((await day()).json().count).toBe(before);
    const stats = await t.as('director', { method: 'GET', url: '/api/frontdesk/stats?from=2026-03-31&to=2026-03-01' });
    expect(stats.statusCode).toBe(400);
  });

  it('lets reception and admin log, the director only read', async () => {
    expect((await log({ siteId: mainSite, reason: 'information' }, 'director')).statusCode).toBe(403);
    expect((await t.as('director', { method: 'GET', url: `/api/frontdesk/day?siteId=${mainSite}` })).statusCode).toBe(200);
    expect((await t.as('trainer', { method: 'GET', url: `/api/frontdesk/day?siteId=${mainSite}` })).statusCode).toBe(403);
    expect((await t.as(null, { method: 'GET', url: `/api/frontdesk/day?siteId=${mainSite}` })).statusCode).toBe(401);
  });

  it('keeps the reasons configurable: a new reason can be used, a deactivated one cannot', async () => {
    const created = await t.as('director', { method: 'POST', url: '/api/frontdesk/reasons', payload: { code: 'job_fair', labelFr: 'Salon emploi', labelNl: 'Jobbeurs', labelEn: 'Job fair' } });
    expect(created.statusCode).toBe(201);
    expect((await t.as('reception', { method: 'POST', url: '/api/frontdesk/reasons', payload: { code: 'x_y', labelFr: 'a', labelNl: 'b', labelEn: 'c' } })).statusCode).toBe(403);
    const dup = await t.as('admin', { method: 'POST', url: '/api/frontdesk/reasons', payload: { code: 'job_fair', labelFr: 'a', labelNl: 'b', labelEn: 'c' } });
    expect(dup.statusCode).toBe(409);
    const used = await log({ siteId: mainSite, reason: 'job_fair', at: '2026-03-02T11:00:00+01:00' });
    expect(used.statusCode).toBe(201);
    await t.as('admin', { method: 'PATCH', url: `/api/frontdesk/reasons/${created.json().id}`, payload: { active: false } });
    expect((await log({ siteId: mainSite, reason: 'job_fair' })).statusCode).toBe(400);
    const list = (await t.as('reception', { method: 'GET', url: '/api/frontdesk/reasons' })).json();
    expect(list.items.map((r: { code: string }) => r.code)).not.toContain('job_fair');
    expect(list.items.map((r: { code: string }) => r.code)).toContain('social_help');
    expect(list.internalServices).toContain('social_desk');
    // Historical visits keep their reason
    const d = (await day()).json();
    expect(d.items.some((v: { reason: { code: string } }) => v.reason.code === 'job_fair')).toBe(true);
  });
});

describe('front desk: figures', () => {
  it('counts per day, month and year, by reason and by orientation', async () => {
    await log({ siteId: closedSite, reason: 'training', orientationOrganisationId: actiris, at: '2026-02-10T10:00:00+01:00' });
    const byDay = (await t.as('director', { method: 'GET', url: '/api/frontdesk/stats?from=2026-01-01&to=2026-12-31&groupBy=day' })).json();
    // 2 Mar: anon 10:00, Fatima 10:15, lunch, evening, 8:30, job_fair = 6 ; 7 Mar: 1 ; 6 Jul: 1 ; 10 Feb: 1
    expect(byDay.total).toBe(9);
    expect(byDay.periods.map((p: { period: string; total: number }) => [p.period, p.total])).toEqual([
      ['2026-02-10', 1],
      ['2026-03-02', 6],
      ['2026-03-07', 1],
      ['2026-07-06', 1],
    ]);
    expect(byDay.anonymous).toBe(8);
    expect(byDay.distinctPeople).toBe(1);
    expect(byDay.outOfHours).toBe(3);
    const byMonth = (await t.as('director', { method: 'GET', url: '/api/frontdesk/stats?groupBy=month' })).json();
    expect(byMonth.from).toBe('2026-01-01');
    expect(byMonth.periods.map((p: { period: string; total: number }) => [p.period, p.total])).toEqual([
      ['2026-02', 1],
      ['2026-03', 7],
      ['2026-07', 1],
    ]);
    const march = byMonth.periods.find((p: { period: string }) => p.period === '2026-03');
    expect(march.byReason).toMatchObject({ job_search: 4, information: 1, actiris_registration: 1, job_fair: 1 });
    expect(byMonth.byReason.find((r: { code: string }) => r.code === 'job_search').count).toBe(5);
    const orientations = Object.fromEntries(byMonth.byOrientation.map((o: { key: string; count: number }) => [o.key, o.count]));
    expect(orientations).toEqual({ none: 6, epn: 1, [`organisation:${actiris}`]: 2 });
    expect(byMonth.byOrientation.find((o: { kind: string }) => o.kind === 'organisation').name).toBe('Actiris');
    const byYear = (await t.as('reception', { method: 'GET', url: `/api/frontdesk/stats?groupBy=year&siteId=${mainSite}` })).json();
    expect(byYear.periods).toEqual([expect.objectContaining({ period: '2026', total: 8 })]);
  });

  it('exports the counts to xlsx with real numbers and to csv', async () => {
    const xlsx = await t.as('director', { method: 'GET', url: '/api/frontdesk/stats/export?groupBy=month&format=xlsx', headers: { 'accept-language': 'fr' } });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 2)).toEqual(['Période', 'Visites']);
    expect(header).toContain('Motif: Recherche d’emploi'.replace('’', "'"));
    const march = sheet.getRow(3);
    expect(march.getCell(1).value).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(march.getCell(1).numFmt).toBe('mmmm yyyy');
    expect(march.getCell(2).value).toBe(7);
    expect(typeof march.getCell(2).value).toBe('number');
    const total = sheet.getRow(5);
    expect(total.getCell(1).value).toBe('Total');
    expect(total.getCell(2).value).toBe(9);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Par période', 'Par motif', 'Par orientation']);

    // Three tables: as csv, a zip of three csv files, in English with commas.
    const csv = await t.as('director', { method: 'GET', url: '/api/frontdesk/stats/export?groupBy=month&format=csv', headers: { 'accept-language': 'en' } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('application/zip');
    expect(csv.headers['content-disposition']).toMatch(/filename="front-desk-2026-01-01-2026-12-31\.zip"/);
    const zip = await JSZip.loadAsync(csv.rawPayload);
    expect(Object.keys(zip.files)).toEqual(['01-By-period.csv', '02-By-reason.csv', '03-By-orientation.csv']);
    const lines = (await zip.file('01-By-period.csv')!.async('string')).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0].split(',').slice(0, 3)).toEqual(['Period', 'Visits', 'Anonymous']);
    expect(lines[2].split(',').slice(0, 2)).toEqual(['2026-03-01', '7']);
    expect(lines.at(-1)!.split(',').slice(0, 2)).toEqual(['Total', '9']);
  });

  it('gives the annual "people reached" line: participations with the anonymous ones', async () => {
    const source = t.app.relais.ctx.reach.all().find((s) => s.key === 'front_desk')!;
    const [line] = await source.lines(2026);
    expect(line).toMatchObject({ key: 'front_desk', unit: 'participations', value: 9, participations: 9, anonymous: 8, distinctPeople: 1 });
    const ids = await t.database.rows<{ person_id: number }>(line.personIds!);
    expect(ids.map((r) => r.person_id)).toEqual([person]);
    expect((await source.lines(2025))[0].value).toBe(0);
  });
});

describe('front desk and the person record', () => {
  it("shows the visits in the person's timeline, and erasure removes the visit's note", async () => {
    const v = await log({ siteId: mainSite, personId: person, reason: 'social_help', orientationService: 'social_desk', note: 'Vient pour Mme Dupont, sa voisine' });
    expect(v.statusCode).toBe(201);
    const timeline = (await t.as('reception', { method: 'GET', url: `/api/people/${person}/timeline`, headers: { 'accept-language': 'fr' } })).json().items;
    const visits = timeline.filter((e: { kind: string }) => e.kind === 'timeline.frontdesk_visit');
    expect(visits).toHaveLength(2);
    expect(visits.find((e: { data: { visitId: number } }) => e.data.visitId === v.json().id)).toMatchObject({ module: 'frontdesk', summary: 'Aide sociale', data: { orientationService: 'social_desk', siteName: "Maison de l'Emploi" } });
    expect((await t.as('admin', { method: 'POST', url: `/api/people/${person}/erase`, payload: { confirm: true } })).statusCode).toBe(200);
    const after = (await day()).json().items.find((x: { id: number }) => x.id === v.json().id);
    expect(after.note).toBeNull();
    expect(after.person.erased).toBe(true);
  });

  it('deletes a visit logged by mistake, audited', async () => {
    const v = await log({ siteId: mainSite, reason: 'other' });
    const before = (await day()).json().count;
    expect((await t.as('reception', { method: 'DELETE', url: `/api/frontdesk/visits/${v.json().id}` })).statusCode).toBe(204);
    expect((await day()).json().count).toBe(before - 1);
    expect((await t.as('reception', { method: 'DELETE', url: `/api/frontdesk/visits/${v.json().id}` })).statusCode).toBe(404);
    const audit = await t.as('admin', { method: 'GET', url: '/api/audit?entityType=frontdesk_visit&entityId=' + v.json().id });
    expect(audit.json().items.map((a: { action: string }) => a.action)).toEqual(['frontdesk.visit_delete', 'frontdesk.visit_create']);
  });
});
