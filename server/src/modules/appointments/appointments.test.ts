import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { newPerson } from '../../../test/builders';
import { fixedClock } from '../../platform/clock';

// Wednesday 4 March 2026, 8:00 in Brussels (CET, UTC+1), before the desk opens: it is held on Wednesdays 9:00-12:00.
// (The clock does not move: sessions would expire.)
const clock = fixedClock('2026-03-04T07:00:00Z');
let t: TestApp;
let siteId: number;
let deskId: number;
let worker: number;
let hélène: number;
let karim: number;
let amina: number;

const count = async () => (await t.database.rows<{ n: number }>(sql`select count(*)::int as n from appointments`))[0].n;
const book = (body: Record<string, unknown>, role: 'reception' | 'social_worker' = 'reception') => t.as(role, { method: 'POST', url: '/api/appointments', payload: body });


beforeAll(async () => {
  t = await createTestApp({ clock });
  const site = await t.as('admin', {
    method: 'POST',
    url: '/api/sites',
    payload: { name: 'Espace Social Télé-Service', kind: 'desk', address: "Boulevard de l'Abattoir 27", postalCode: '1000', openingHours: [{ weekday: 3, from: '09:00', to: '12:00' }] },
  });
  expect(site.statusCode).toBe(201);
  siteId = site.json().id;
  worker = await t.userIdFor('social_worker');
  hélène = await newPerson(t, { firstName: 'Hélène', lastName: 'Dubois', phone: '0470 11 22 33', languages: ['fr'] });
  karim = await newPerson(t, { firstName: 'Karim', lastName: 'Benali', phone: '0486 44 55 66' });
  amina = await newPerson(t, { firstName: 'Amina', lastName: 'El Idrissi' });
});
afterAll(() => t?.close());

describe('desks', () => {
  it('the social worker sets up the Wednesday-morning job desk; bad hours are refused', async () => {
    const before = (await t.database.rows<{ n: number }>(sql`select count(*)::int as n from appointment_desks`))[0].n;
    const overlap = await t.as('social_worker', {
      method: 'POST',
      url: '/api/appointment-desks',
      payload: { siteId, name: 'Permanence emploi', staffUserId: worker, hours: [{ weekday: 3, from: '09:00', to: '12:00' }, { weekday: 3, from: '11:00', to: '12:30' }] },
    });
    expect(overlap.statusCode).toBe(400);
    const unknownSite = await t.as('social_worker', { method: 'POST', url: '/api/appointment-desks', payload: { siteId: 9999, name: 'X', staffUserId: worker, hours: [{ weekday: 3, from: '09:00', to: '12:00' }] } });
    expect(unknownSite.statusCode).toBe(400);
    expect(unknownSite.json().errors[0].path).toBe('body.siteId');
    const unknownStaff = await t.as('social_worker', { method: 'POST', url: '/api/appointment-desks', payload: { siteId, name: 'X', staffUserId: 9999, hours: [{ weekday: 3, from: '09:00', to: '12:00' }] } });
    expect(unknownStaff.statusCode).toBe(400);
    expect(unknownStaff.headers['content-type']).toContain('application/problem+json');
    const director = await t.as('director', { method: 'POST', url: '/api/appointment-desks', payload: { siteId, name: 'X', staffUserId: worker, hours: [{ weekday: 3, from: '09:00', to: '12:00' }] } });
    expect(director.statusCode).toBe(403);
    expect((await t.database.rows<{ n: number }>(sql`select count(*)::int as n from appointment_desks`))[0].n).toBe(before);

    const res = await t.as('social_worker', {
      method: 'POST',
      url: '/api/appointment-desks',
      payload: { siteId, name: 'Permanence emploi', staffUserId: worker, slotMinutes: 30, hours: [{ weekday: 3, from: '09:00', to: '12:00' }] },
    });
    expect(res.statusCode).toBe(201);
    deskId = res.json().id;
    const list = await t.as('director', { method: 'GET', url: `/api/appointment-desks?siteId=${siteId}` });
    expect(list.json().items.map((d: { name: string }) => d.name)).toEqual(['Permanence emploi']);
  });

  it('lists the six 30-minute slots of a Wednesday morning in Brussels time, none on a Thursday', async () => {
    const res = await t.as('reception', { method: 'GET', url: `/api/appointment-desks/${deskId}/slots?date=2026-03-04` });
    expect(res.statusCode).toBe(200);
    const slots = res.json().slots;
    expect(slots.map((s: { start: string }) => s.start)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
    expect(slots[0]).toMatchObject({ startsAt: '2026-03-04T08:00:00.000Z', endsAt: '2026-03-04T08:30:00.000Z', free: true, past: false });
    const thursday = await t.as('reception', { method: 'GET', url: `/api/appointment-desks/${deskId}/slots?date=2026-03-05` });
    expect(thursday.json().slots).toEqual([]);
    const bad = await t.as('reception', { method: 'GET', url: `/api/appointment-desks/${deskId}/slots?date=20222-03-04` });
    expect(bad.statusCode).toBe(400);
  });
});

describe('booking', () => {
  it('books a free slot; the slot is then taken', async () => {
    const res = await book({ deskId, personId: hélène, startsAt: '2026-03-04T09:00:00+01:00', purpose: 'Bilan des démarches' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'booked',
      date: '2026-03-04',
      start: '09:00',
      end: '09:30',
      startsAt: '2026-03-04T08:00:00.000Z',
      staff: { id: worker },
      person: { id: hélène, lastName: 'Dubois' },
      site: { id: siteId, name: 'Espace Social Télé-Service' },
    });
    const slots = (await t.as('reception', { method: 'GET', url: `/api/appointment-desks/${deskId}/slots?date=2026-03-04` })).json().slots;
    expect(slots.filter((s: { free: boolean }) => !s.free).map((s: { start: string }) => s.start)).toEqual(['09:00']);
  });

  it('two concurrent bookings of the same slot: exactly one succeeds, the other gets a 409 naming the conflict', async () => {
    const before = await count();
    const [a, b] = await Promise.all([
      book({ deskId, personId: karim, startsAt: '2026-03-04T09:30:00+01:00' }, 'reception'),
      book({ deskId, personId: amina, startsAt: '2026-03-04T09:30:00+01:00' }, 'social_worker'),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    expect(codes).toEqual([201, 409]);
    const [won, lost] = a.statusCode === 201 ? [a, b] : [b, a];
    expect(lost.headers['content-type']).toContain('application/problem+json');
    expect(lost.json()).toMatchObject({ status: 409, code: 'error.staff_busy', conflict: { appointmentId: won.json().id, staffUserId: worker } });
    expect(lost.json().title).toContain('Test social_worker');
    expect(lost.json().title).toContain('04/03/2026');
    expect(lost.json().title).toContain('09:30');
    expect(await count()).toBe(before + 1);
  });

  it('refuses an overlapping booking of the same staff member, in English when asked', async () => {
    // someone without any appointment (Amina or Karim holds 9:30 since the race above)
    const lucas = await newPerson(t, { firstName: 'Lucas', lastName: 'Janssens' });
    const before = await count();
    const res = await t.as('reception', {
      method: 'POST',
      url: '/api/appointments',
      headers: { 'accept-language': 'en' },
      payload: { deskId, personId: lucas, startsAt: '2026-03-04T09:15:00+01:00', endsAt: '2026-03-04T09:45:00+01:00' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().title).toBe('Test social_worker already has an appointment on 04/03/2026 from 09:00 to 09:30: this slot is no longer free.');
    expect(await count()).toBe(before);
  });

  it('the database itself refuses overlapping appointments of one staff member', async () => {
    const [{ person_id, desk_id }] = await t.database.rows<{ person_id: number; desk_id: number }>(sql`select person_id, desk_id from appointments limit 1`);
    await expect(
      t.database.rows(
        sql`insert into appointments (desk_id, person_id, staff_user_id, starts_at, ends_at) values (${desk_id}, ${person_id}, ${worker}, '2026-03-04T08:10:00Z', '2026-03-04T08:20:00Z')`,
      ),
    ).rejects.toSatisfy((err: { code?: string; cause?: { code?: string } }) => (err.code ?? err.cause?.code) === '23P01');
    // A cancelled appointment does not hold its slot.
    await t.database.rows(
      sql`insert into appointments (desk_id, person_id, staff_user_id, starts_at, ends_at, status, cancelled_at) values (${desk_id}, ${person_id}, ${worker}, '2026-03-04T08:10:00Z', '2026-03-04T08:20:00Z', 'cancelled', now())`,
    );
    await t.database.rows(sql`delete from appointments where starts_at = '2026-03-04T08:10:00Z'`);
  });

  it('refuses bad input with a clear 4xx and writes nothing', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ deskId, personId: amina, startsAt: '2026-03-04T10:00:00+01:00', endsAt: '2026-03-04T09:30:00+01:00' }, 400, 'error.validation'],
      [{ deskId, personId: amina, startsAt: '2026-03-04T13:00:00+01:00' }, 400, 'error.outside_desk_hours'],
      [{ deskId, personId: amina, startsAt: '2026-03-04T11:45:00+01:00' }, 400, 'error.outside_desk_hours'], // would end at 12:15
      [{ deskId, personId: amina, startsAt: '2026-03-05T09:00:00+01:00' }, 400, 'error.outside_desk_hours'], // a Thursday
      [{ deskId, personId: amina, startsAt: '20222-03-04T09:00:00+01:00' }, 400, 'error.validation'],
      [{ deskId, personId: amina, startsAt: '2026-03-04 09:00' }, 400, 'error.validation'],
      [{ deskId, personId: 999999, startsAt: '2026-03-04T10:00:00+01:00' }, 400, 'error.validation'],
      [{ deskId, personId: amina, staffUserId: 999999, startsAt: '2026-03-04T10:00:00+01:00' }, 400, 'error.validation'],
      [{ deskId: 999999, personId: amina, startsAt: '2026-03-04T10:00:00+01:00' }, 400, 'error.validation'],
      [{ deskId, personId: amina, startsAt: '2026-03-04T10:00:00+01:00', colour: 'red' }, 400, 'error.validation'],
      // the same person twice at the same time (another staff member would be free)
      [{ deskId, personId: hélène, staffUserId: await t.userIdFor('reception'), startsAt: '2026-03-04T09:00:00+01:00' }, 409, 'error.person_busy'],
    ];
    for (const [body, status, code] of cases) {
      const res = await book(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code, JSON.stringify(body)).toBe(code);
    }
    const outside = await book({ deskId, personId: amina, startsAt: '2026-03-04T13:00:00+01:00' });
    expect(outside.json().deskHours).toEqual([{ weekday: 3, from: '09:00', to: '12:00' }]);
    const endBefore = await book({ deskId, personId: amina, startsAt: '2026-03-04T10:00:00+01:00', endsAt: '2026-03-04T09:30:00+01:00' });
    expect(endBefore.json().errors[0].path).toBe('body.endsAt');
    const unknownPerson = await book({ deskId, personId: 999999, startsAt: '2026-03-04T10:00:00+01:00' });
    expect(unknownPerson.json().errors[0]).toMatchObject({ path: 'body.personId', message: 'Personne inconnue.' });
    const unknownStaff = await book({ deskId, personId: amina, staffUserId: 999999, startsAt: '2026-03-04T10:00:00+01:00' });
    expect(unknownStaff.json().errors[0].path).toBe('body.staffUserId');
    expect(await count()).toBe(before);
    expect((await t.as('director', { method: 'POST', url: '/api/appointments', payload: { deskId, personId: amina, startsAt: '2026-03-04T10:00:00+01:00' } })).statusCode).toBe(403);
    expect(await count()).toBe(before);
  });
});

describe('managing an appointment', () => {
  let id: number;
  it('reschedules into a free slot, refuses a taken one, and frees the old slot', async () => {
    const created = await book({ deskId, personId: amina, startsAt: '2026-03-04T10:00:00+01:00' });
    expect(created.statusCode).toBe(201);
    id = created.json().id;
    const taken = await t.as('reception', { method: 'POST', url: `/api/appointments/${id}/reschedule`, payload: { startsAt: '2026-03-04T09:00:00+01:00' } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('error.staff_busy');
    const outside = await t.as('reception', { method: 'POST', url: `/api/appointments/${id}/reschedule`, payload: { startsAt: '2026-03-04T12:00:00+01:00' } });
    expect(outside.statusCode).toBe(400);
    expect((await t.as('reception', { method: 'GET', url: `/api/appointments/${id}` })).json().start).toBe('10:00');

    const moved = await t.as('social_worker', { method: 'POST', url: `/api/appointments/${id}/reschedule`, payload: { startsAt: '2026-03-11T11:00:00+01:00' } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ date: '2026-03-11', start: '11:00', end: '11:30', rescheduleCount: 1 });
    const slots = (await t.as('reception', { method: 'GET', url: `/api/appointment-desks/${deskId}/slots?date=2026-03-04` })).json().slots;
    expect(slots.find((s: { start: string }) => s.start === '10:00').free).toBe(true);
  });

  it('cancels; a cancelled appointment cannot be moved or cancelled again, and its slot is free again', async () => {
    const res = await t.as('reception', { method: 'POST', url: `/api/appointments/${id}/cancel`, payload: { reason: 'Malade' } });
    expect(res.statusCode).toBe(200);
    // reception cancels a social-desk appointment, and the reason is kept for the social desk
    expect(res.json()).toMatchObject({ status: 'cancelled', cancelReason: null, withheld: true });
    expect((await t.as('social_worker', { method: 'GET', url: `/api/appointments/${id}` })).json()).toMatchObject({ status: 'cancelled', cancelReason: 'Malade', withheld: false });
    expect((await t.as('reception', { method: 'POST', url: `/api/appointments/${id}/cancel`, payload: {} })).statusCode).toBe(409);
    const move = await t.as('reception', { method: 'POST', url: `/api/appointments/${id}/reschedule`, payload: { startsAt: '2026-03-11T09:00:00+01:00' } });
    expect(move.statusCode).toBe(409);
    expect(move.json().title).toContain('annulé');
    const again = await book({ deskId, personId: karim, startsAt: '2026-03-11T11:00:00+01:00' });
    expect(again.statusCode).toBe(201);
  });

  it('records attended and no-show only once the day has come, and counts them in the year figures', async () => {
    const next = (await t.as('reception', { method: 'GET', url: '/api/appointments/calendar?view=day&date=2026-03-11' })).json().days[0].appointments[0];
    const early = await t.as('social_worker', { method: 'POST', url: `/api/appointments/${next.id}/outcome`, payload: { outcome: 'attended' } });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('error.appointment_in_future');
    const cal = (await t.as('reception', { method: 'GET', url: '/api/appointments/calendar?view=day&date=2026-03-04' })).json();
    const [first, second] = cal.days[0].appointments;
    const attended = await t.as('social_worker', { method: 'POST', url: `/api/appointments/${first.id}/outcome`, payload: { outcome: 'attended' } });
    expect(attended.statusCode).toBe(200);
    expect(attended.json().status).toBe('attended');
    expect((await t.as('reception', { method: 'POST', url: `/api/appointments/${second.id}/outcome`, payload: { outcome: 'no_show' } })).json().status).toBe('no_show');
    expect((await t.as('reception', { method: 'POST', url: `/api/appointments/${first.id}/outcome`, payload: { outcome: 'cancelled' } })).statusCode).toBe(400);
    expect((await t.as('reception', { method: 'POST', url: `/api/appointments/${id}/outcome`, payload: { outcome: 'attended' } })).statusCode).toBe(409);
    expect((await t.as('director', { method: 'POST', url: `/api/appointments/${second.id}/outcome`, payload: { outcome: 'attended' } })).statusCode).toBe(403);
    // an attended appointment is not cancelled or moved any more
    expect((await t.as('reception', { method: 'POST', url: `/api/appointments/${first.id}/cancel`, payload: {} })).statusCode).toBe(409);
    const stats = await t.app.relais.ctx.services.appointments.statsForYear(2026);
    expect(stats).toMatchObject({ attended: 1, noShows: 1, cancelled: 1, noShowRate: 0.5, distinctPeopleAttended: 1 });
    expect(stats.booked).toBe(stats.attended + stats.noShows + stats.cancelled + stats.pending);
    expect(stats.byDesk[0]).toMatchObject({ deskId, attended: 1, noShows: 1 });
    const http = await t.as('director', { method: 'GET', url: '/api/appointments/stats?year=2026' });
    // 2025 had none: each figure beside 0, no change to compute; one no-show of two known outcomes.
    expect(http.json()).toMatchObject({
      year: 2026,
      attended: { value: 1, previous: 0, change: null, unit: 'count' },
      noShows: { value: 1, previous: 0, change: null, unit: 'count' },
      noShowRate: { value: 0.5, previous: null, change: null, unit: 'percent' },
    });
    const x = await t.as('director', { method: 'GET', url: '/api/appointments/stats/export?year=2026&format=xlsx' });
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-disposition']).toContain('rendez-vous-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Rendez-vous 2026', 'Par guichet']);
    const sheet = wb.getWorksheet('Rendez-vous 2026')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(sheet.getRow(2).getCell(header.indexOf('Manqués') + 1).value).toBe(1);
    expect(sheet.getRow(2).getCell(header.indexOf('Taux d’absence') + 1).value).toBe(0.5);
    expect(sheet.getRow(2).getCell(header.indexOf('Taux d’absence') + 1).numFmt).toContain('%');
    expect(sheet.getRow(3).getCell(1).value).toEqual(new Date('2025-01-01T00:00:00Z'));
    expect(sheet.getRow(3).getCell(1).numFmt).toBe('yyyy');
    expect((await t.as('director', { method: 'GET', url: '/api/appointments/stats?year=20222' })).statusCode).toBe(400);
    expect((await t.app.relais.ctx.services.appointments.statsForYear(2025)).booked).toBe(0);
    // The social desk statistics show these no-shows (the appointments module gives them to the social desk).
    const social = await t.as('director', { method: 'GET', url: '/api/socialdesk/stats?year=2026' });
    expect(social.json().noShows).toMatchObject({ attended: { value: 1, previous: 0 }, noShows: { value: 1, previous: 0, change: null }, noShowRate: { value: 0.5, previous: null, unit: 'percent' } });
  });

  it('counts a period from/to, on the Brussels days the appointments start, and gives its no-shows to the social desk', async () => {
    // 4 March 2026: the attended and the missed appointment; the 11th's are outside.
    const day = (await t.as('director', { method: 'GET', url: '/api/appointments/stats?from=2026-03-04&to=2026-03-04' })).json();
    expect(day).toMatchObject({ year: null, from: '2026-03-04', to: '2026-03-04', booked: { value: 2, previous: 0 }, attended: { value: 1 }, noShows: { value: 1 }, cancelled: { value: 0 } });
    const later = (await t.as('director', { method: 'GET', url: '/api/appointments/stats?from=2026-03-05&to=2026-03-31' })).json();
    expect(later).toMatchObject({ attended: { value: 0 }, noShows: { value: 0 }, cancelled: { value: 1 } });
    const social = (await t.as('director', { method: 'GET', url: '/api/socialdesk/stats?from=2026-03-05&to=2026-03-31' })).json();
    expect(social.noShows).toMatchObject({ attended: { value: 0 }, noShows: { value: 0 }, noShowRate: { value: null } });
    const x = await t.as('director', { method: 'GET', url: '/api/appointments/stats/export?from=2026-03-04&to=2026-03-04&format=xlsx' });
    expect(x.headers['content-disposition']).toContain('rendez-vous-2026-03-04_2026-03-04.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(2).getCell(1).value).toBe('2026-03-04 – 2026-03-04');
    expect(wb.worksheets[0].getRow(3).getCell(1).value).toBe('2025-03-04 – 2025-03-04');
    expect((await t.as('director', { method: 'GET', url: '/api/appointments/stats?from=2026-03-05&to=2026-03-04' })).statusCode).toBe(400);
  });

  it("adds the appointments to the person's timeline and lists them for people readers", async () => {
    const timeline = (await t.as('trainer', { method: 'GET', url: `/api/people/${hélène}/timeline` })).json().items;
    const kinds = timeline.filter((e: { module: string }) => e.module === 'appointments').map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['timeline.appointment_booked', 'timeline.appointment_attended']));
    const list = await t.as('trainer', { method: 'GET', url: `/api/people/${hélène}/appointments` });
    expect(list.statusCode).toBe(200);
    // a trainer sees that Hélène was busy, and when; not at which desk, with whom, nor why
    expect(list.json().items[0]).toEqual({ id: expect.any(Number), busy: true, date: '2026-03-04', start: '09:00', end: '09:30', startsAt: '2026-03-04T08:00:00.000Z', endsAt: '2026-03-04T08:30:00.000Z' });
    for (const e of timeline.filter((x: { module: string }) => x.module === 'appointments')) expect(Object.keys(e).sort()).toEqual(['at', 'kind', 'module', 'redacted']);
    const own = (await t.as('social_worker', { method: 'GET', url: `/api/people/${hélène}/appointments` })).json().items[0];
    expect(own).toMatchObject({ status: 'attended', start: '09:00', purpose: 'Bilan des démarches', withheld: false });
    const reception = (await t.as('reception', { method: 'GET', url: `/api/people/${hélène}/appointments` })).json().items[0];
    expect(reception).toMatchObject({ status: 'attended', start: '09:00', staff: { id: worker }, purpose: null, notes: null, withheld: true });
    expect((await t.as('communication', { method: 'GET', url: `/api/people/${hélène}/appointments` })).statusCode).toBe(403);
    expect((await t.as('trainer', { method: 'GET', url: `/api/people/999999/appointments` })).statusCode).toBe(404);
  });
});

describe('what an appointment is about', () => {
  it("reception reads the purpose at a general desk, not at the social desk's", async () => {
    const general = await t.as('admin', {
      method: 'POST',
      url: '/api/appointment-desks',
      payload: { siteId, name: 'Inscriptions Actiris', staffUserId: await t.userIdFor('reception'), module: 'appointments', hours: [{ weekday: 1, from: '09:00', to: '12:00' }] },
    });
    expect(general.statusCode).toBe(201);
    expect(general.json().module).toBe('appointments');
    const booked = await book({ deskId: general.json().id, personId: amina, startsAt: '2026-03-09T09:00:00+01:00', purpose: 'Inscription comme chercheuse d’emploi' });
    expect(booked.json()).toMatchObject({ purpose: 'Inscription comme chercheuse d’emploi', withheld: false });
    const desk = (await t.as('reception', { method: 'GET', url: `/api/appointment-desks/${deskId}` })).json();
    expect(desk.module).toBe('socialdesk');
    const social = await book({ deskId, personId: amina, startsAt: '2026-03-25T09:00:00+01:00', purpose: 'Dettes de loyer' });
    expect(social.json()).toMatchObject({ purpose: null, withheld: true });
    expect((await t.as('director', { method: 'GET', url: `/api/appointments/${social.json().id}` })).json().purpose).toBe('Dettes de loyer');
    expect((await t.as('reception', { method: 'GET', url: `/api/appointments/calendar?view=day&date=2026-03-25` })).body).not.toContain('Dettes');
  });
});

describe('calendars', () => {
  it('a week per staff member and a day per site, with the desk hours', async () => {
    const week = await t.as('director', { method: 'GET', url: `/api/appointments/calendar?view=week&date=2026-03-05&staffUserId=${worker}` });
    expect(week.statusCode).toBe(200);
    const w = week.json();
    expect(w).toMatchObject({ from: '2026-03-02', to: '2026-03-08' });
    expect(w.days).toHaveLength(7);
    const wednesday = w.days[2];
    expect(wednesday).toMatchObject({ date: '2026-03-04', weekday: 3 });
    expect(wednesday.sessions[0]).toMatchObject({ deskId, from: '09:00', to: '12:00', startsAt: '2026-03-04T08:00:00.000Z' });
    expect(wednesday.appointments.map((a: { start: string }) => a.start)).toEqual(['09:00', '09:30']);
    expect(w.days[0].appointments).toEqual([]);

    const site = (await t.as('reception', { method: 'GET', url: `/api/appointments/calendar?view=day&date=2026-03-11&siteId=${siteId}` })).json();
    expect(site.days).toHaveLength(1);
    expect(site.days[0].appointments.map((a: { person: { lastName: string } }) => a.person.lastName)).toEqual(['Benali']);
    const withCancelled = (await t.as('reception', { method: 'GET', url: `/api/appointments/calendar?view=day&date=2026-03-11&siteId=${siteId}&includeCancelled=true` })).json();
    expect(withCancelled.days[0].appointments).toHaveLength(2);
    const otherSite = (await t.as('reception', { method: 'GET', url: `/api/appointments/calendar?view=day&date=2026-03-11&siteId=999` })).json();
    expect(otherSite.days[0].appointments).toEqual([]);
    expect((await t.as('trainer', { method: 'GET', url: '/api/appointments/calendar?date=2026-03-11' })).statusCode).toBe(403);
    expect((await t.as('reception', { method: 'GET', url: '/api/appointments/calendar?date=2026-02-30' })).statusCode).toBe(400);
  });
});

describe('for the person', () => {
  it('downloads a VCALENDAR that an independent parser reads at the right instant (winter and summer time)', async () => {
    const summer = await book({ deskId, personId: amina, startsAt: '2026-04-01T09:00:00+02:00', purpose: 'Inscription, CV; lettre' });
    expect(summer.statusCode).toBe(201);
    for (const [appointmentId, utc] of [
      [(await t.as('reception', { method: 'GET', url: '/api/appointments/calendar?view=day&date=2026-03-11' })).json().days[0].appointments[0].id, '2026-03-11T10:00:00.000Z'],
      [summer.json().id, '2026-04-01T07:00:00.000Z'],
    ]) {
      const res = await t.as('reception', { method: 'GET', url: `/api/appointments/${appointmentId}/ics` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/calendar');
      expect(res.body).toContain('\r\nDTSTART;TZID=Europe/Brussels:');
      const cal = new ICAL.Component(ICAL.parse(res.body));
      const vtz = cal.getFirstSubcomponent('vtimezone')!;
      ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
      const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
      expect(event.startDate.zone.tzid).toBe('Europe/Brussels');
      expect(event.startDate.toJSDate().toISOString()).toBe(utc);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(30 * 60_000);
      expect(event.location).toBe("Espace Social Télé-Service, Boulevard de l'Abattoir 27, 1000");
      expect(event.uid).toBe(`appointment-${appointmentId}@relais`);
    }
    const res = await t.as('social_worker', { method: 'GET', url: `/api/appointments/${summer.json().id}/ics` });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(res.body)).getFirstSubcomponent('vevent')!);
    expect(event.description).toContain('Inscription, CV; lettre');
    // reception books a social-desk appointment but does not read back what it is about
    expect((await t.as('reception', { method: 'GET', url: `/api/appointments/${summer.json().id}/ics` })).body).not.toContain('Inscription');
  });

  it('gives the data of a printable card in the person’s language', async () => {
    const cal = (await t.as('reception', { method: 'GET', url: '/api/appointments/calendar?view=day&date=2026-03-11' })).json();
    const res = await t.as('reception', { method: 'GET', url: `/api/appointments/${cal.days[0].appointments[0].id}/card` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      locale: 'fr',
      person: { firstName: 'Karim', lastName: 'Benali' },
      when: { date: '2026-03-11', longDate: 'mercredi 11 mars 2026', start: '11:00', end: '11:30' },
      where: { site: 'Espace Social Télé-Service', address: "Boulevard de l'Abattoir 27" },
      with: 'Test social_worker',
    });
    expect((await t.as('reception', { method: 'GET', url: '/api/appointments/999999/card' })).statusCode).toBe(404);
  });

  it('without SMTP, lists the appointments to call, with name and phone', async () => {
    const res = await t.as('reception', { method: 'GET', url: '/api/appointments/to-call?date=2026-03-11' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ date: '2026-03-11', mailEnabled: false });
    expect(res.json().items).toEqual([
      expect.objectContaining({ start: '11:00', person: expect.objectContaining({ firstName: 'Karim', lastName: 'Benali', phone: '0486 44 55 66' }), reason: 'mail_not_configured' }),
    ]);
    // by default: tomorrow (Thursday 5 March, no desk)
    expect((await t.as('reception', { method: 'GET', url: '/api/appointments/to-call' })).json()).toMatchObject({ date: '2026-03-05', items: [] });
    const sent = await t.as('reception', { method: 'POST', url: '/api/appointments/reminders', payload: { date: '2026-03-11' } });
    expect(sent.json()).toMatchObject({ mailEnabled: false, queued: 0 });
    expect((await t.as('director', { method: 'GET', url: '/api/appointments/to-call' })).statusCode).toBe(403);
  });
});

describe('GDPR erasure', () => {
  it("cancels the person's future appointments and removes their free text; the figures stay", async () => {
    const p = await newPerson(t, { firstName: 'Zoé', lastName: 'Martin' });
    const future = await book({ deskId, personId: p, startsAt: '2026-03-18T09:00:00+01:00', purpose: 'Dettes chez X', notes: 'Parle de sa séparation' });
    expect(future.statusCode).toBe(201);
    const statsBefore = await t.app.relais.ctx.services.appointments.statsForYear(2026);
    const erased = await t.as('director', { method: 'POST', url: `/api/people/${p}/erase`, payload: { confirm: true } });
    expect(erased.statusCode).toBe(200);
    const after = await t.as('reception', { method: 'GET', url: `/api/appointments/${future.json().id}` });
    expect(after.json()).toMatchObject({ status: 'cancelled', purpose: null, notes: null, person: { erased: true } });
    const statsAfter = await t.app.relais.ctx.services.appointments.statsForYear(2026);
    expect(statsAfter.booked).toBe(statsBefore.booked);
    // an erased person cannot be booked again
    const again = await book({ deskId, personId: p, startsAt: '2026-03-18T09:00:00+01:00' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('error.person_erased');
  });
});

describe('a person is booked once at a time', () => {
  let housingDesk: number;
  beforeAll(async () => {
    // A second desk, held by someone else at the same hours: only the person can be double-booked there.
    const res = await t.as('social_worker', {
      method: 'POST',
      url: '/api/appointment-desks',
      payload: { siteId, name: 'Permanence logement', staffUserId: await t.userIdFor('reception'), slotMinutes: 30, hours: [{ weekday: 3, from: '09:00', to: '12:00' }] },
    });
    expect(res.statusCode, res.body).toBe(201);
    housingDesk = res.json().id;
  });

  it('two desks booking the same person at the same hour at once: one booking, the other is told the person is busy', async () => {
    const nadia = await newPerson(t, { firstName: 'Nadia', lastName: 'Haddad' });
    const before = await count();
    const answers = await Promise.all([
      book({ deskId, personId: nadia, startsAt: '2026-05-06T10:00:00+02:00' }, 'social_worker'),
      book({ deskId: housingDesk, personId: nadia, startsAt: '2026-05-06T10:00:00+02:00' }, 'reception'),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const lost = answers.find((a) => a.statusCode === 409)!;
    expect(lost.headers['content-type']).toContain('application/problem+json');
    expect(lost.json().code).toBe('error.person_busy');
    expect(lost.json().title).toBe('Cette personne a déjà un rendez-vous le 06/05/2026 de 10:00 à 10:30.');
    expect(await count()).toBe(before + 1);
  });

  it('the database itself refuses a second appointment of a person at the same time, with another staff member', async () => {
    const [{ person_id }] = await t.database.rows<{ person_id: number }>(sql`select person_id from appointments where starts_at = '2026-05-06T08:00:00Z' and status = 'booked'`);
    // Whoever won the race above, the director has no appointment: only the person's rule can refuse this one.
    const director = await t.userIdFor('director');
    const insert = (status: string) =>
      t.database.rows(
        sql`insert into appointments (desk_id, person_id, staff_user_id, starts_at, ends_at, status, cancelled_at)
            values (${housingDesk}, ${person_id}, ${director}, '2026-05-06T08:15:00Z', '2026-05-06T08:45:00Z', ${status}, ${status === 'cancelled' ? new Date().toISOString() : null})`,
      );
    await expect(insert('booked')).rejects.toSatisfy((err: { constraint?: string; cause?: { constraint?: string } }) => (err.constraint ?? err.cause?.constraint) === 'appointments_person_no_overlap');
    // A cancelled appointment does not hold the person's time.
    await insert('cancelled');
    await t.database.rows(sql`delete from appointments where starts_at = '2026-05-06T08:15:00Z'`);
  });

  it('merging two records of one person booked at the same hour is refused, saying why, and changes nothing', async () => {
    const a = await newPerson(t, { firstName: 'Olivier', lastName: 'Peeters' });
    const b = await newPerson(t, { firstName: 'Olivier', lastName: 'Peters' });
    const first = await book({ deskId, personId: a, startsAt: '2026-05-13T10:00:00+02:00' });
    const second = await book({ deskId: housingDesk, personId: b, startsAt: '2026-05-13T10:00:00+02:00' });
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    const merge = () => t.as('reception', { method: 'POST', url: `/api/people/${a}/merge`, payload: { duplicateId: b } });
    const refused = await merge();
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('error.person_merge_conflict');
    expect(refused.json().title).toContain('Cette personne a déjà un rendez-vous à ce moment-là.');
    expect(refused.json().title).not.toContain('Ce nom existe déjà');
    const dutch = await t.as('reception', { method: 'POST', url: `/api/people/${a}/merge`, headers: { 'accept-language': 'nl' }, payload: { duplicateId: b } });
    expect(dutch.json().title).toContain('Deze persoon heeft op dat moment al een afspraak.');
    expect((await t.as('reception', { method: 'GET', url: `/api/people/${b}` })).json().mergedIntoId).toBeNull();
    expect((await t.as('reception', { method: 'GET', url: `/api/appointments/${second.json().id}` })).json().person.id).toBe(b);
    // Once one of the two appointments is cancelled, the records merge.
    expect((await t.as('reception', { method: 'POST', url: `/api/appointments/${second.json().id}/cancel`, payload: {} })).statusCode).toBe(200);
    expect((await merge()).statusCode).toBe(200);
  });
});
