import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { fixedClock } from '../../platform/clock';

// Monday 2 March 2026, 14:00 in Brussels (CET): the space is open 13:30-16:30.
let t: TestApp;
let clock: ReturnType<typeof fixedClock>;
const pcs: number[] = [];
let kinds: { id: number; code: string | null }[] = [];
const kind = (code: string) => kinds.find((k) => k.code === code)!.id;

beforeAll(async () => {
  // Sessions must outlive the clock's jumps (from March to June).
  t = await createTestApp({ clock: '2026-03-02T13:00:00Z', env: { SESSION_IDLE_MINUTES: '500000', SESSION_MAX_HOURS: '9000' } });
  clock = t.clock as ReturnType<typeof fixedClock>;
  for (const name of ['PC 01', 'PC 02', 'PC 03']) {
    const res = await t.as('trainer', { method: 'POST', url: '/api/epn/workstations', payload: { name } });
    expect(res.statusCode).toBe(201);
    pcs.push(res.json().id);
  }
  kinds = (await t.as('reception', { method: 'GET', url: '/api/epn/help-kinds' })).json().items;
});
afterAll(() => t?.close());

const visitCount = async () => (await t.database.rows<{ n: number }>(sql`select count(*)::int as n from epn_visits`))[0].n;
const checkIn = (payload: Record<string, unknown>) => t.as('reception', { method: 'POST', url: '/api/epn/visits', payload });
const board = async () => (await t.as('reception', { method: 'GET', url: '/api/epn/board' })).json();

describe('EPN configuration', () => {
  it('has the kinds of help of the report, lets the trainer add one, and keeps reception out of the configuration', async () => {
    expect(kinds.map((k) => k.code)).toEqual(expect.arrayContaining(['e_guichet', 'unemployment_stamping', 'temp_contract_signing', 'individual_coaching', 'tax_on_web', 'student_at_work']));
    const added = await t.as('trainer', { method: 'POST', url: '/api/epn/help-kinds', payload: { label: 'Recherche de logement' } });
    expect(added.statusCode).toBe(201);
    expect((await t.as('reception', { method: 'POST', url: '/api/epn/workstations', payload: { name: 'PC 99' } })).statusCode).toBe(403);
    expect((await t.as('social_worker', { method: 'GET', url: '/api/epn/board' })).statusCode).toBe(403);
  });

  it('opens five afternoons by default and refuses hours that end before they start', async () => {
    const hours = (await t.as('reception', { method: 'GET', url: '/api/epn/opening-hours' })).json();
    expect(hours.periods).toHaveLength(5);
    expect(hours.periods[0]).toEqual({ weekday: 1, from: '13:30', to: '16:30' });
    const bad = await t.as('trainer', { method: 'PUT', url: '/api/epn/opening-hours', payload: { periods: [{ weekday: 1, from: '16:30', to: '13:30' }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect((await t.as('reception', { method: 'GET', url: '/api/epn/opening-hours' })).json().periods).toHaveLength(5);
  });
});

describe('the room', () => {
  it('checks an anonymous visitor in at a PC, and refuses a second visitor at the same PC', async () => {
    const res = await checkIn({ gender: 'M', ageBracket: '30_40', workstationId: pcs[0], helpKindIds: [kind('unemployment_stamping')] });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'open', workstationId: pcs[0], personId: null, gender: 'M', ageBracket: '30_40' });
    const before = await visitCount();
    const again = await checkIn({ gender: 'F', ageBracket: '20_30', workstationId: pcs[0] });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json().code).toBe('error.epn_workstation_taken');
    expect(await visitCount()).toBe(before);
  });

  it('refuses an incomplete anonymous visitor, a person with a sex given, an unknown kind of help: nothing written', async () => {
    const before = await visitCount();
    for (const payload of [
      { gender: 'F' },
      { ageBracket: '20_30' },
      { gender: 'F', ageBracket: '15_20' },
      { personId: 1, gender: 'F', ageBracket: '20_30' },
      { gender: 'F', ageBracket: '20_30', helpKindIds: [99999] },
      { gender: 'F', ageBracket: '20_30', extra: true },
    ]) {
      const res = await checkIn(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await visitCount()).toBe(before);
  });

  it('the database itself refuses two open visits on one workstation', async () => {
    await expect(
      t.database.rows(sql`insert into epn_visits (status, workstation_id, gender, age_bracket, started_at) values ('open', ${pcs[0]}, 'F', '20_30', now())`),
    ).rejects.toThrow();
  });

  it('links a visit to a person (sex and age bracket from the record), takes the first free PC, and not twice', async () => {
    const p = await t.as('reception', { method: 'POST', url: '/api/people', payload: { firstName: 'Hélène', lastName: 'Dubois', birthDate: '1985-07-30', gender: 'F' } });
    expect(p.statusCode).toBe(201);
    const personId = p.json().id;
    const res = await checkIn({ personId, helpKindIds: [kind('e_guichet'), kind('individual_coaching')] });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'open', workstationId: pcs[1], personId, gender: 'F', ageBracket: '40_50', label: 'Hélène D.' });
    const twice = await checkIn({ personId });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('error.epn_person_already_in');
    const timeline = (await t.as('reception', { method: 'GET', url: `/api/people/${personId}/timeline` })).json().items;
    expect(timeline.some((e: { kind: string }) => e.kind === 'timeline.epn_visit')).toBe(true);
  });

  it('shows the live board, with a waiting list once every working PC is taken', async () => {
    const broken = await t.as('trainer', { method: 'PATCH', url: `/api/epn/workstations/${pcs[2]}`, payload: { state: 'out_of_order', stateNote: 'Écran' } });
    expect(broken.statusCode).toBe(200);
    const refused = await checkIn({ gender: 'F', ageBracket: '50_60', workstationId: pcs[2] });
    expect(refused.statusCode).toBe(409);
    clock.set('2026-03-02T13:10:00Z');
    const waiting = await checkIn({ gender: 'F', ageBracket: '50_60', label: 'Dame au manteau rouge' });
    expect(waiting.statusCode).toBe(201);
    expect(waiting.json().status).toBe('waiting');
    clock.set('2026-03-02T13:25:00Z');
    const b = await board();
    expect(b.isOpen).toBe(true);
    expect(b.workstations.map((w: { state: string }) => w.state)).toEqual(['in_use', 'in_use', 'out_of_order']);
    expect(b.workstations[0].visit).toMatchObject({ since: '2026-03-02T13:00:00.000Z', minutes: 25 });
    expect(b.waiting).toEqual([expect.objectContaining({ id: waiting.json().id, position: 1, minutes: 15, label: 'Dame au manteau rouge' })]);
  });

  it('frees a PC at check-out and seats the next visitor', async () => {
    const b = await board();
    const first = b.workstations[0].visit.id;
    const out = await t.as('reception', { method: 'POST', url: `/api/epn/visits/${first}/check-out`, payload: { helpKindIds: [kind('unemployment_stamping'), kind('cv_job_search')] } });
    expect(out.statusCode).toBe(200);
    expect(out.json()).toMatchObject({ status: 'closed', endedAt: '2026-03-02T13:25:00.000Z' });
    expect(out.json().helpKindIds).toHaveLength(2);
    const again = await t.as('reception', { method: 'POST', url: `/api/epn/visits/${first}/check-out`, payload: {} });
    expect(again.statusCode).toBe(409);
    const seated = await t.as('reception', { method: 'POST', url: `/api/epn/visits/${b.waiting[0].id}/seat`, payload: {} });
    expect(seated.statusCode).toBe(200);
    expect(seated.json()).toMatchObject({ status: 'open', workstationId: pcs[0] });
    expect((await board()).waiting).toHaveLength(0);
  });

  it("adds a note to a finished visit, found in the day's list, and refuses to reopen it by a correction", async () => {
    const day = (await t.as('reception', { method: 'GET', url: '/api/epn/visits?date=2026-03-02' })).json();
    expect(day.total).toBeGreaterThanOrEqual(3);
    const closed = day.items.find((v: { status: string }) => v.status === 'closed');
    const fixed = await t.as('trainer', { method: 'PATCH', url: `/api/epn/visits/${closed.id}`, payload: { helpKindIds: closed.helpKindIds, notes: 'Déclaration 2025' } });
    expect(fixed.statusCode).toBe(200);
    const again = (await t.as('reception', { method: 'GET', url: `/api/epn/visits/${closed.id}` })).json();
    expect(again).toMatchObject({ status: 'closed', helpKindIds: closed.helpKindIds, notes: 'Déclaration 2025', startedAt: expect.stringMatching(/^2026-03-02T1\d:\d\d:00\.000Z$/) });
    const unknownField = await t.as('trainer', { method: 'PATCH', url: `/api/epn/visits/${closed.id}`, payload: { status: 'open' } });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await t.as('reception', { method: 'GET', url: `/api/epn/visits/${closed.id}` })).json().status).toBe('closed');
  });

  it('closes the visits left open at closing time and flags them', async () => {
    await checkIn({ gender: 'M', ageBracket: '60_plus' }); // nobody free: waits
    clock.set('2026-03-02T16:00:00Z'); // 17:00 in Brussels, closed since 16:30
    // The app's job runner closes them on its clock, without anyone opening the board.
    expect(await t.app.relais.ctx.jobs.runDue()).toContain('epn.close_at_closing_time');
    const closedByJob = await t.database.rows<{ n: number }>(sql`select count(*)::int as n from epn_visits where auto_closed`);
    expect(closedByJob[0].n).toBe(3);
    const b = await board();
    expect(b.isOpen).toBe(false);
    expect(b.workstations.map((w: { state: string }) => w.state)).toEqual(['free', 'free', 'out_of_order']);
    expect(b.waiting).toHaveLength(0);
    const rows = await t.database.rows<{ status: string; ended_at: Date; auto_closed: boolean }>(
      sql`select status, ended_at, auto_closed from epn_visits where auto_closed order by id`,
    );
    expect(rows.map((r) => r.status)).toEqual(['closed', 'closed', 'left']);
    for (const r of rows) expect(new Date(r.ended_at).toISOString()).toBe('2026-03-02T15:30:00.000Z');
  });
});

describe('EPN statistics', () => {
  it('counts a year like the report: per month, by sex, by age bracket, by kind of help, people versus visits, and the year before', async () => {
    clock.set('2026-06-01T10:00:00Z');
    const p = await t.as('reception', { method: 'POST', url: '/api/people', payload: { firstName: 'Karim', lastName: 'Benali', birthDate: '2000-01-15', gender: 'M' } });
    const personId = p.json().id;
    const past = (startedAt: string, endedAt: string, extra: Record<string, unknown>) =>
      t.as('trainer', { method: 'POST', url: '/api/epn/visits/past', payload: { startedAt, endedAt, ...extra } });
    // 31 December 2025 23:30 UTC is 1 January 2026 in Brussels.
    expect((await past('2025-12-31T23:30:00Z', '2025-12-31T23:50:00Z', { personId, helpKindIds: [kind('tax_on_web')] })).statusCode).toBe(201);
    expect((await past('2026-04-10T13:00:00+02:00', '2026-04-10T14:00:00+02:00', { personId, helpKindIds: [kind('individual_coaching')] })).statusCode).toBe(201);
    expect((await past('2025-05-10T13:00:00+02:00', '2025-05-10T14:00:00+02:00', { gender: 'F', ageBracket: 'under_20' })).statusCode).toBe(201);
    const future = await past('2026-07-01T13:00:00+02:00', '2026-07-01T14:00:00+02:00', { gender: 'F', ageBracket: '20_30' });
    expect(future.statusCode).toBe(400);
    const backwards = await past('2026-04-10T14:00:00+02:00', '2026-04-10T13:00:00+02:00', { gender: 'F', ageBracket: '20_30' });
    expect(backwards.statusCode).toBe(400);

    const res = await t.as('director', { method: 'GET', url: '/api/epn/stats?year=2026' });
    expect(res.statusCode).toBe(200);
    const s = res.json();
    // March: the three visits of the room (the 4th never got a PC); January and April: Karim.
    expect(s.visits).toEqual({ value: 5, previous: 1, change: 4, unit: 'count' });
    expect(s.perMonth).toEqual([1, 0, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(s.distinctPeople.value).toBe(2);
    expect(s.identifiedVisits.value).toBe(3);
    expect(s.anonymousVisits).toEqual({ value: 2, previous: 1, change: 1, unit: 'count' });
    expect(s.bySex).toEqual({ F: 2, M: 3, X: 0, unknown: 0 });
    expect(s.byAgeBracket).toMatchObject({ '20_30': 2, '40_50': 1, '50_60': 1, '30_40': 1 });
    expect(s.coachingSessions.value).toBe(2);
    expect(s.autoClosed.value).toBe(2);
    expect(s.byHelpKind.find((k: { code: string }) => k.code === 'tax_on_web').count).toBe(1);
    // 2025: one anonymous visit in May (5 against 1: +400 %, a change of 4 as a fraction)
    expect(s).toMatchObject({ year: 2026, from: '2026-01-01', to: '2026-12-31' });
    expect(s.previousPerMonth).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(s.distinctPeople.previous).toBe(0);
    expect(s.distinctPeople.change).toBeNull();

    const lines = await t.app.relais.ctx.reach.all().find((r) => r.key === 'epn')!.lines(2026);
    expect(lines[0]).toMatchObject({ key: 'epn', unit: 'participations', value: 5, distinctPeople: 2, anonymous: 2 });
    const ids = await t.database.rows<{ person_id: number }>(lines[0].personIds!);
    expect(ids.map((r) => r.person_id).sort()).toEqual([personId, personId - 1].sort());
  });

  it('counts a period from/to (Brussels days, both ends included) beside the same period a year before', async () => {
    // 1 January to 31 March 2026: Karim's visit of 1 January (23:30 UTC on the 31st) and the three of March.
    const q = await t.as('director', { method: 'GET', url: '/api/epn/stats?from=2026-01-01&to=2026-03-31' });
    expect(q.statusCode).toBe(200);
    const s = q.json();
    expect(s).toMatchObject({ year: null, from: '2026-01-01', to: '2026-03-31' });
    expect(s.visits).toEqual({ value: 4, previous: 0, change: null, unit: 'count' });
    expect(s.perMonth).toEqual([1, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // 31 December 2025 alone: the visit at 23:30 UTC was on 1 January in Brussels.
    expect((await t.as('director', { method: 'GET', url: '/api/epn/stats?from=2025-12-31&to=2025-12-31' })).json().visits.value).toBe(0);
    // May 2025 to 1 January 2026: the anonymous visit of May 2025 and Karim's of 1 January; a year before, none.
    const across = (await t.as('director', { method: 'GET', url: '/api/epn/stats?from=2025-05-01&to=2026-01-01' })).json();
    expect(across.visits).toEqual({ value: 2, previous: 0, change: null, unit: 'count' });
    const x = await t.as('trainer', { method: 'GET', url: '/api/epn/stats/export?from=2026-01-01&to=2026-03-31&format=xlsx' });
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-disposition']).toContain('epn-2026-01-01_2026-03-31.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, 'Indicateur', '2026-01-01 – 2026-03-31', '2025-01-01 – 2025-03-31', expect.any(String)]);
    expect(wb.worksheets[0].getRow(2).values).toEqual([undefined, 'Fréquentation (visites)', 4, 0]); // no change when the year before had none
    expect((await t.as('director', { method: 'GET', url: '/api/epn/stats?year=2026&from=2026-01-01' })).statusCode).toBe(400);
    expect((await t.as('director', { method: 'GET', url: '/api/epn/stats?from=2026-03-31&to=2026-01-01' })).statusCode).toBe(400);
  });

  it('exports the year as xlsx and csv', async () => {
    const x = await t.as('trainer', { method: 'GET', url: '/api/epn/stats/export?year=2026&format=xlsx' });
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toContain("Tranches d'âge");
    expect(wb.getWorksheet('EPN 2026')!.getRow(2).values).toEqual([undefined, 'Fréquentation (visites)', 5, 1, 4]);
    // Five tables: as csv, a zip of five csv files.
    const c = await t.as('trainer', { method: 'GET', url: '/api/epn/stats/export?year=2026&format=csv' });
    expect(c.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(c.rawPayload);
    expect(Object.keys(zip.files)).toHaveLength(5);
    expect(await zip.file('01-EPN-2026.csv')!.async('string')).toContain('Fréquentation (visites);5;1;4');
    const nl = await t.as('trainer', { method: 'GET', url: '/api/epn/stats/export?year=2026&format=xlsx', headers: { 'accept-language': 'nl' } });
    expect(nl.headers['content-disposition']).toContain('ocr-2026.xlsx');
    const nlBook = new ExcelJS.Workbook();
    await nlBook.xlsx.load(nl.rawPayload as unknown as ArrayBuffer);
    expect(nlBook.worksheets.map((w) => w.name)).toEqual(['OCR 2026', 'Per maand', 'Per geslacht', 'Leeftijdsklassen', 'Soorten hulp']);
    expect(nlBook.getWorksheet('Per maand')!.getRow(2).getCell(1).value).toBe('januari');
    // The built-in kinds of help in Dutch (issue 18: they were listed in French), a kind added by the trainer as written.
    const helpNl = nlBook.getWorksheet('Soorten hulp')!.getColumn(1).values.slice(2);
    expect(helpNl).toEqual(expect.arrayContaining(['Digitale stempelkaart', 'Cv en werk zoeken', 'Recherche de logement']));
    expect(helpNl).not.toContain('Pointage de chômage numérique');
    expect((await t.as('trainer', { method: 'GET', url: '/api/epn/stats?year=1999' })).statusCode).toBe(400);
    expect((await t.as('trainer', { method: 'GET', url: '/api/epn/stats?year=2026&month=3' })).statusCode).toBe(400);
  });

  it('keeps the visits of an erased person for the figures, without the name on them', async () => {
    const [{ person_id }] = await t.database.rows<{ person_id: number }>(sql`select person_id from epn_visits where label = 'Hélène D.' limit 1`);
    expect((await t.as('admin', { method: 'POST', url: `/api/people/${person_id}/erase`, payload: { confirm: true } })).statusCode).toBe(200);
    const rows = await t.database.rows<{ label: string | null; gender: string }>(sql`select label, gender from epn_visits where person_id = ${person_id}`);
    expect(rows).toEqual([{ label: null, gender: 'F' }]);
    expect((await t.as('director', { method: 'GET', url: '/api/epn/stats?year=2026' })).json().visits.value).toBe(5);
  });
});

describe('an anonymous visitor staff know little about', () => {
  it('is recorded with sex or age "not given" rather than a guess, and the figures count it as unknown', async () => {
    const past = await t.as('trainer', {
      method: 'POST',
      url: '/api/epn/visits/past',
      payload: { gender: null, ageBracket: '30_40', startedAt: '2023-05-10T12:00:00Z', endedAt: '2023-05-10T13:00:00Z' },
    });
    expect(past.statusCode).toBe(201);
    expect(past.json()).toMatchObject({ personId: null, gender: null, ageBracket: '30_40' });
    const both = await t.as('trainer', {
      method: 'POST',
      url: '/api/epn/visits/past',
      payload: { gender: 'F', ageBracket: null, startedAt: '2023-05-11T12:00:00Z', endedAt: '2023-05-11T12:30:00Z' },
    });
    expect(both.statusCode).toBe(201);
    const s = (await t.as('director', { method: 'GET', url: '/api/epn/stats?year=2023' })).json();
    expect(s).toMatchObject({ visits: { value: 2 }, anonymousVisits: { value: 2 } });
    expect(s.bySex).toEqual({ F: 1, M: 0, X: 0, unknown: 1 });
    expect(s.byAgeBracket).toMatchObject({ '30_40': 1, unknown: 1 });
    // Saying nothing at all is still refused: "not given" is an answer, an empty field is not.
    const before = await visitCount();
    const silent = await checkIn({ ageBracket: '40_50' });
    expect(silent.statusCode).toBe(400);
    expect(silent.headers['content-type']).toContain('application/problem+json');
    expect(await visitCount()).toBe(before);
  });
});
