import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { nissFor } from '../people/niss';

/**
 * EPN visits and appointments come in from files and from the bulk API (issue 16), after the people they belong
 * to, on PGlite and (with TEST_DATABASE_URL) PostgreSQL: mapping from FR/NL/EN headers, statuses, waiting rows,
 * re-import changes nothing, undo puts back the state before, the modules' statistics count what came in.
 */
let t: TestApp;
const SOURCE = 'ancien-outil';
const niss3 = nissFor('1979-11-05', 77);

beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-02T09:00:00Z' });
  const site = (await t.as('admin', { method: 'POST', url: '/api/sites', payload: { name: "Maison de l'Emploi", kind: 'main', openingHours: [{ weekday: 1, from: '08:30', to: '16:30' }] } })).json();
  for (const name of ['PC 1', 'PC 2']) expect((await t.as('trainer', { method: 'POST', url: '/api/epn/workstations', payload: { name } })).statusCode).toBe(201);
  const desk = await t.as('admin', {
    method: 'POST',
    url: '/api/appointment-desks',
    payload: { siteId: site.id, name: 'Permanence emploi', staffUserId: await t.userIdFor('social_worker'), slotMinutes: 30, hours: [{ weekday: 3, from: '09:00', to: '12:00' }] },
  });
  expect(desk.statusCode).toBe(201);
  const people = ['Référence;Nom;Prénom;Date de naissance;Sexe;NISS', 'P1;Dubois;Hélène;12/04/1985;F;', 'P2;Peeters;Jan;01/02/1990;M;', `P3;Yilmaz;Emre;05/11/1979;M;${niss3}`].join('\r\n');
  const up = (await upload('people', people)).json();
  expect((await commit(up.id)).statusCode).toBe(200);
});
afterAll(() => t?.close());

const upload = (kind: string, csv: string, fileName = 'fichier.csv') =>
  t.as('admin', { method: 'POST', url: '/api/imports', headers: { 'accept-language': 'fr' }, payload: { kind, source: SOURCE, fileName, content: Buffer.from(csv, 'utf8').toString('base64') } });
const get = (id: number, q = '') => t.as('admin', { method: 'GET', url: `/api/imports/${id}?limit=500${q}`, headers: { 'accept-language': 'fr' } });
const commit = (id: number) => t.as('admin', { method: 'POST', url: `/api/imports/${id}/commit` });
const undo = (id: number) => t.as('admin', { method: 'POST', url: `/api/imports/${id}/undo`, headers: { 'accept-language': 'fr' } });
const snapshot = async (query: string) => (await t.database.rows(sql.raw(query))).map((r) => JSON.stringify(r));

describe('imports: EPN visits', () => {
  // Dutch headers.
  const csv = [
    'ID;Persoon;Rijksregisternummer;Datum;Aankomst;Vertrek;Werkpost;Hulp;Opmerking',
    'E1;P1;;02/03/2024;13:30;14:15;PC 1;e_guichet, Tax-on-web;',
    'E2;P2;;03/03/2024;14:00;13:00;PC 2;;',
    'E3;P9;;04/03/2024;14:00;15:00;;;',
    `E4;;${niss3};2024-03-05;15:00;;;CV et recherche d'emploi;`,
    'E5;P1;;05/03/2024;10:00;11:00;PC 7;hulp bij alles;',
    'E1;P1;;02/03/2024;13:30;14:15;PC 1;;',
  ].join('\r\n');
  let first = 0;

  it('maps the columns from the headers, shows each row with its status and its errors, and writes the good ones', async () => {
    const res = await upload('epn_visits', csv, 'epn-2024.csv');
    expect(res.statusCode).toBe(201);
    const b = res.json();
    first = b.id;
    expect(b.mapping).toEqual(['externalId', 'personExternalId', 'personNiss', 'date', 'start', 'end', 'workstation', 'help', 'notes']);
    expect(b.counts).toMatchObject({ rows: 6, new: 2, error: 2, waiting: 1, duplicate: 1, willCreate: 2 });
    const rows = (await get(b.id)).json().rows;
    expect(rows[1].errors.end).toMatch(/précède le début/);
    expect(rows[2]).toMatchObject({ status: 'waiting', plan: 'refuse' });
    expect(rows[4].errors).toMatchObject({ workstation: expect.stringMatching(/Poste inconnu/), help: expect.stringMatching(/Type d’aide inconnu/) });
    expect(rows[5]).toMatchObject({ status: 'duplicate', duplicateOf: { row: 0, reason: 'same_external_id' } });
    const fixed = await t.as('admin', { method: 'PATCH', url: `/api/imports/${b.id}/rows/1`, payload: { values: { end: '15:00' } } });
    expect(fixed.json().row.status).toBe('new');
    const done = (await commit(b.id)).json();
    expect(done.counts).toMatchObject({ created: 3 });
    const [e1] = await t.database.rows<{ started_at: Date; ended_at: Date; status: string; gender: string; age_bracket: string; label: string; help: string }>(
      sql`select v.started_at, v.ended_at, v.status, v.gender, v.age_bracket, v.label, string_agg(k.code, ',' order by k.code) as help
          from epn_visits v left join epn_visit_help h on h.visit_id = v.id left join epn_help_kinds k on k.id = h.help_kind_id
          where v.external_id = 'E1' group by v.id`,
    );
    // 13:30 in Brussels (winter time) is 12:30 UTC; sex and age bracket are the person's on the visit's year.
    expect(new Date(e1.started_at).toISOString()).toBe('2024-03-02T12:30:00.000Z');
    expect(new Date(e1.ended_at).toISOString()).toBe('2024-03-02T13:15:00.000Z');
    expect(e1).toMatchObject({ status: 'closed', gender: 'F', age_bracket: '30_40', label: 'Hélène D.', help: 'e_guichet,tax_on_web' });
    // The EPN's statistics count them.
    const stats = (await t.as('admin', { method: 'GET', url: '/api/epn/stats?year=2024' })).json();
    expect(stats.visits.value).toBe(3);
    expect(stats.distinctPeople.value).toBe(3);
  });

  it('importing the same file again changes nothing; a changed kind of help alone updates, and its undo puts it back', async () => {
    const state = () => snapshot(`select v.*, (select string_agg(help_kind_id::text, ',' order by help_kind_id) from epn_visit_help where visit_id = v.id) as help from epn_visits v order by id`);
    const before = await state();
    const fixedCsv = csv.replace('14:00;13:00', '14:00;15:00');
    const again = (await upload('epn_visits', fixedCsv)).json();
    expect(again.counts).toMatchObject({ new: 0, update: 3 });
    expect((await commit(again.id)).json().counts).toMatchObject({ created: 0, updated: 0 });
    expect(await state()).toEqual(before);
    const changed = (await upload('epn_visits', fixedCsv.replace('e_guichet, Tax-on-web', 'pc_banking'))).json();
    expect((await commit(changed.id)).json().counts).toMatchObject({ created: 0, updated: 1 });
    expect(await state()).not.toEqual(before);
    expect((await undo(changed.id)).statusCode).toBe(200);
    expect((await undo(again.id)).statusCode).toBe(200);
    expect(await state()).toEqual(before);
  });

  it('the bulk API is idempotent, one result per item; the first import is undone unless a visit changed since', async () => {
    const body = {
      source: SOURCE,
      items: [
        { externalId: 'EB1', personExternalId: 'P2', date: '2024-06-03', start: '13:30', end: '14:00', help: 'pc_banking' },
        { externalId: 'EB1', personExternalId: 'P2', date: '2024-06-04' },
        { externalId: 'EB2', personExternalId: 'P404', date: '2024-06-04' },
        { externalId: 'EB3', personExternalId: 'P1', date: '2027-01-04' },
      ],
    };
    const send = () => t.as('admin', { method: 'POST', url: '/api/imports/bulk/epn_visits', headers: { 'accept-language': 'en' }, payload: body });
    const r1 = (await send()).json().items;
    expect(r1.map((i: { result: string }) => i.result)).toEqual(['created', 'refused', 'waiting', 'refused']);
    expect(r1[3].errors.date).toMatch(/not taken place/);
    const r2 = (await send()).json().items;
    expect(r2.map((i: { result: string }) => i.result)).toEqual(['unchanged', 'refused', 'waiting', 'refused']);
    expect(r2[0].id).toBe(r1[0].id);

    const [e4] = await t.database.rows<{ id: number }>(sql`select id from epn_visits where external_id = 'E4'`);
    await t.database.rows(sql`update epn_visits set notes = 'corrigé' where id = ${e4.id}`);
    const refused = await undo(first);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().title).toMatch(String(e4.id));
    await t.database.rows(sql`update epn_visits set notes = null where id = ${e4.id}`);
    expect((await undo(first)).statusCode).toBe(200);
    expect((await t.database.rows<{ n: number }>(sql`select count(*)::int as n from epn_visits where external_id like 'E_'`))[0].n).toBe(0);
    expect((await t.database.rows<{ n: number }>(sql`select count(*)::int as n from epn_visit_help h left join epn_visits v on v.id = h.visit_id where v.id is null`))[0].n).toBe(0);
  });
});

describe('imports: appointments', () => {
  // English headers.
  const csv = [
    'ID;Person;Date;Time;End;Desk;Status;Purpose',
    'A1;P1;06/03/2024;09:00;;Permanence emploi;attended;CV',
    'A2;P2;06/03/2024;09:30;10:00;Permanence emploi;absent;',
    'A3;P3;06/03/2024;09:45;;Permanence emploi;;',
    'A4;P1;07/03/2024;10:00;;Guichet inconnu;venu;',
    'A5;P2;08/03/2024;11:00;;Permanence emploi;annulé;',
    'A6;P9;08/03/2024;11:00;;;;',
  ].join('\n');
  let first = 0;

  it('maps the columns, refuses a double booking before writing, and writes the appointments with their outcome', async () => {
    const b = (await upload('appointments', csv, 'rdv-2024.csv')).json();
    first = b.id;
    expect(b.mapping).toEqual(['externalId', 'personExternalId', 'date', 'start', 'end', 'desk', 'status', 'purpose']);
    expect(b.counts).toMatchObject({ rows: 6, new: 3, error: 2, waiting: 1 });
    const rows = (await get(b.id)).json().rows;
    // A3 overlaps A2 for the desk's staff member (9:45 inside 9:30-10:00).
    expect(rows[2].status).toBe('error');
    expect(rows[2].errors.start).toBeTruthy();
    expect(rows[3].errors.desk).toMatch(/Guichet inconnu/);
    const fixed = await t.as('admin', { method: 'PATCH', url: `/api/imports/${b.id}/rows/2`, payload: { values: { start: '10:00' } } });
    expect(fixed.json().row.status).toBe('new');
    expect((await commit(b.id)).json().counts).toMatchObject({ created: 4 });
    const stored = await t.database.rows<{ external_id: string; status: string; starts_at: Date; ends_at: Date; cancelled_at: Date | null }>(
      sql`select external_id, status, starts_at, ends_at, cancelled_at from appointments where source = ${SOURCE} order by external_id`,
    );
    expect(stored.map((a) => `${a.external_id}:${a.status}`)).toEqual(['A1:attended', 'A2:no_show', 'A3:booked', 'A5:cancelled']);
    // The desk's 30-minute slot when no end is given.
    expect(new Date(stored[0].ends_at).getTime() - new Date(stored[0].starts_at).getTime()).toBe(30 * 60_000);
    const stats = (await t.as('admin', { method: 'GET', url: '/api/appointments/stats?year=2024' })).json();
    expect(JSON.stringify(stats)).toMatch(/"attended":1/);
    expect(JSON.stringify(stats)).toMatch(/"noShows":1/);
  });

  it('importing the same file again changes nothing; an update is undone to the state before', async () => {
    const state = () => snapshot(`select * from appointments order by id`);
    const before = await state();
    const fixedCsv = csv.replace('A3;P3;06/03/2024;09:45', 'A3;P3;06/03/2024;10:00');
    const again = (await upload('appointments', fixedCsv)).json();
    expect(again.counts).toMatchObject({ new: 0, update: 4 });
    expect((await commit(again.id)).json().counts).toMatchObject({ created: 0, updated: 0 });
    expect(await state()).toEqual(before);
    const changed = (await upload('appointments', fixedCsv.replace('A3;P3;06/03/2024;10:00;;Permanence emploi;;', 'A3;P3;06/03/2024;10:00;;Permanence emploi;present;'))).json();
    expect((await commit(changed.id)).json().counts).toMatchObject({ updated: 1 });
    expect((await undo(changed.id)).statusCode).toBe(200);
    expect((await undo(again.id)).statusCode).toBe(200);
    expect(await state()).toEqual(before);
  });

  it('the bulk API is idempotent, one result per item, refuses a double booking; the import is undone', async () => {
    const body = {
      source: 'agenda',
      items: [
        { externalId: 'R1', personNiss: niss3, date: '2024-04-03', start: '09:00', status: 'attended' },
        { externalId: 'R2', personExternalId: 'P1', date: '2024-04-03', start: '09:15' },
      ] as Record<string, string>[],
    };
    const send = () => t.as('admin', { method: 'POST', url: '/api/imports/bulk/appointments', headers: { 'accept-language': 'en' }, payload: body });
    const r1 = (await send()).json().items;
    // R2 names a person of another source (P1 is in ancien-outil): it waits.
    expect(r1.map((i: { result: string }) => i.result)).toEqual(['created', 'waiting']);
    body.items[1] = { externalId: 'R2', personNiss: niss3, date: '2024-04-03', start: '09:15' };
    const r2 = (await send()).json().items;
    expect(r2.map((i: { result: string }) => i.result)).toEqual(['unchanged', 'refused']);
    expect(r2[1].errors.start).toMatch(/already/i);
    expect((await undo(first)).statusCode).toBe(200);
    expect((await t.database.rows<{ n: number }>(sql`select count(*)::int as n from appointments where source = ${SOURCE}`))[0].n).toBe(0);
  });
});

describe('imports: training participations', () => {
  let sessionId = 0;
  const csv = [
    'ID;Personne;NISS;Formation;Date de la session;Statut;Présences;Sortie',
    'T1;P1;;Recherche d’emploi;05/02/2024;inscrite;05/02/2024, 12/02/2024;emploi',
    'T2;P2;;recherche d emploi;12/02/2024;;non;',
    `T3;;${niss3};Recherche d’emploi;19/02/2024;liste d’attente;;`,
    'T4;P1;;Recherche d’emploi;06/02/2024;;;',
    'T5;P1;;Cuisine;05/02/2024;;;',
    'T6;P2;;Recherche d’emploi;05/02/2024;;oui;',
  ].join('\n');
  let first = 0;

  beforeAll(async () => {
    const programme = await t.as('project_officer', { method: 'POST', url: '/api/trainings/programmes', payload: { name: 'Recherche d’emploi' } });
    expect(programme.statusCode).toBe(201);
    const session = await t.as('project_officer', {
      method: 'POST',
      url: `/api/trainings/programmes/${programme.json().id}/sessions`,
      payload: { capacity: 2, days: ['2024-02-05', '2024-02-12', '2024-02-19'].map((date) => ({ date, from: '09:00', to: '12:00' })) },
    });
    expect(session.statusCode).toBe(201);
    sessionId = session.json().id;
  });

  it('finds the session by its programme and a day, reads the attendance, and refuses a second participation of a person', async () => {
    const b = (await upload('training_participations', csv, 'formations-2024.csv')).json();
    first = b.id;
    expect(b.mapping).toEqual(['externalId', 'personExternalId', 'personNiss', 'programme', 'sessionDate', 'status', 'attendance', 'outcome']);
    expect(b.counts).toMatchObject({ rows: 6, new: 3, error: 3 });
    const rows = (await get(b.id)).json().rows;
    expect(rows[3].errors.sessionDate).toMatch(/Aucune session/);
    expect(rows[4].errors.programme).toMatch(/Formation inconnue/);
    // T6: P2 is already in the session by T2.
    expect(rows[5].errors.sessionDate).toMatch(/déjà inscrite/);
    expect((await commit(b.id)).json().counts).toMatchObject({ created: 3 });
    const stored = await t.database.rows<{ external_id: string; status: string; outcome: string; present: string }>(
      sql`select p.external_id, p.status, p.outcome, coalesce(string_agg(d.day::text || ':' || a.present, ',' order by d.day), '') as present
          from training_participants p left join training_attendance a on a.participant_id = p.id left join training_session_days d on d.id = a.session_day_id
          where p.session_id = ${sessionId} group by p.id order by p.external_id`,
    );
    expect(stored).toEqual([
      { external_id: 'T1', status: 'enrolled', outcome: 'found_job', present: '2024-02-05:true,2024-02-12:true,2024-02-19:false' },
      { external_id: 'T2', status: 'enrolled', outcome: 'unknown', present: '2024-02-05:false,2024-02-12:false,2024-02-19:false' },
      { external_id: 'T3', status: 'waiting', outcome: 'unknown', present: '' },
    ]);
    const stats = (await t.as('admin', { method: 'GET', url: '/api/trainings/stats?year=2024' })).json();
    expect(stats.participations.value).toBe(2);
    expect(stats.positiveOutcomes.value).toBe(1);
  });

  it('importing the same file again changes nothing; a changed attendance alone updates, and the undo puts back exactly the state before', async () => {
    const state = async () => [
      ...(await snapshot(`select * from training_participants order by id`)),
      ...(await snapshot(`select * from training_attendance order by participant_id, session_day_id`)),
    ];
    const before = await state();
    const again = (await upload('training_participations', csv)).json();
    expect(again.counts).toMatchObject({ new: 0, update: 3 });
    expect((await commit(again.id)).json().counts).toMatchObject({ created: 0, updated: 0 });
    expect(await state()).toEqual(before);
    const changed = (await upload('training_participations', csv.replace('05/02/2024, 12/02/2024', '19/02/2024'))).json();
    expect((await commit(changed.id)).json().counts).toMatchObject({ created: 0, updated: 1 });
    expect(await state()).not.toEqual(before);
    expect((await undo(changed.id)).statusCode).toBe(200);
    expect((await undo(again.id)).statusCode).toBe(200);
    expect(await state()).toEqual(before);
    expect((await undo(first)).statusCode).toBe(200);
    expect((await t.database.rows<{ n: number }>(sql`select count(*)::int as n from training_participants`))[0].n).toBe(0);
    expect((await t.database.rows<{ n: number }>(sql`select count(*)::int as n from training_attendance`))[0].n).toBe(0);
  });

  it('the bulk API answers one result per item and is idempotent', async () => {
    const body = { source: SOURCE, items: [{ externalId: 'TB1', personExternalId: 'P3', programme: 'Recherche d’emploi', sessionDate: '2024-02-19', attendance: 'yes' }] };
    const send = () => t.as('admin', { method: 'POST', url: '/api/imports/bulk/training_participations', payload: body });
    expect((await send()).json().items.map((i: { result: string }) => i.result)).toEqual(['created']);
    expect((await send()).json().items.map((i: { result: string }) => i.result)).toEqual(['unchanged']);
  });

  it('an import is not undone once attendance was recorded since for a participation it wrote', async () => {
    const b = (await upload('training_participations', ['ID;Personne;Formation;Date de la session', 'T9;P2;Recherche d’emploi;05/02/2024'].join('\n'))).json();
    expect((await commit(b.id)).json().counts).toMatchObject({ created: 1 });
    const [p] = await t.database.rows<{ id: number }>(sql`select id from training_participants where external_id = 'T9'`);
    const marked = await t.as('project_officer', { method: 'PUT', url: `/api/trainings/sessions/${sessionId}/attendance`, payload: { date: '2024-02-05', entries: [{ participantId: p.id, present: true }] } });
    expect(marked.statusCode).toBe(200);
    const refused = await undo(b.id);
    expect(refused.statusCode).toBe(409);
    expect((await t.database.rows<{ n: number }>(sql`select count(*)::int as n from training_attendance where participant_id = ${p.id}`))[0].n).toBe(1);
  });
});

describe('imports: room bookings', () => {
  const csv = [
    'Référence;Salle;Date;Début;Fin;Organisation;Objet;Participants;Statut',
    'S1;Salle Jupiter;04/03/2024;09:00;12:00;Mission locale;Réunion de réseau;12;',
    'S2;Salle Jupiter;04/03/2024;11:00;13:00;;Atelier CV;;confirmée',
    'S3;Salle Jupiter;05/03/2024;09:00;17:00;Collectif Voisins;Formation;;demandée',
    'S4;Salle Mars;05/03/2024;09:00;10:00;;Visite;;',
    'S5;Salle Jupiter;06/03/2024;09:00;10:00;;Séance;500;',
  ].join('\n');
  let first = 0;
  beforeAll(async () => {
    const org = await t.as('admin', { method: 'POST', url: '/api/organisations', payload: { name: 'Mission locale', type: 'association', isInternalPartner: false, active: true } });
    expect(org.statusCode).toBe(201);
    const room = await t.as('admin', { method: 'POST', url: '/api/rooms', payload: { name: 'Salle Jupiter', capacity: 20, halfDayPriceCents: 5000, dayPriceCents: 9000 } });
    expect(room.statusCode).toBe(201);
  });

  it('needs no person; refuses a confirmed booking over another one, an unknown room, too many attendees; prices by the tariff', async () => {
    const b = (await upload('room_bookings', csv, 'salles-2024.csv')).json();
    first = b.id;
    expect(b.mapping).toEqual(['externalId', 'room', 'date', 'start', 'end', 'organisation', 'purpose', 'attendees', 'status']);
    expect(b.counts).toMatchObject({ rows: 5, new: 2, error: 3, waiting: 0 });
    const rows = (await get(b.id)).json().rows;
    expect(rows[1].errors.start).toMatch(/déjà réservée/);
    expect(rows[3].errors.room).toMatch(/Salle inconnue/);
    expect(rows[4].errors.attendees).toMatch(/Plus de participants/);
    expect((await commit(b.id)).json().counts).toMatchObject({ created: 2 });
    const stored = await t.database.rows<{ external_id: string; status: string; amount_cents: number; organisation_id: number | null; requester_organisation: string | null; source: string; import_source: string }>(
      sql`select external_id, status, amount_cents, organisation_id, requester_organisation, source, import_source from room_bookings order by external_id`,
    );
    expect(stored).toMatchObject([
      { external_id: 'S1', status: 'confirmed', amount_cents: 5000, requester_organisation: null, source: 'staff', import_source: SOURCE },
      { external_id: 'S3', status: 'requested', amount_cents: 9000, organisation_id: null, requester_organisation: 'Collectif Voisins' },
    ]);
    expect(stored[0].organisation_id).not.toBeNull();
    // The rooms' statistics count the confirmed one (3 hours, 50 euros).
    const stats = (await t.as('admin', { method: 'GET', url: '/api/rooms/stats?year=2024' })).json();
    expect(stats.bookings.value).toBe(1);
    expect(stats.hours.value).toBe(3);
  });

  it('importing the same file again changes nothing; an update is undone to the state before; the bulk API is idempotent', async () => {
    const state = () => snapshot(`select * from room_bookings order by id`);
    const before = await state();
    const again = (await upload('room_bookings', csv)).json();
    expect(again.counts).toMatchObject({ new: 0, update: 2 });
    expect((await commit(again.id)).json().counts).toMatchObject({ created: 0, updated: 0 });
    expect(await state()).toEqual(before);
    const changed = (await upload('room_bookings', csv.replace('Réunion de réseau;12', 'Réunion de réseau;15'))).json();
    expect((await commit(changed.id)).json().counts).toMatchObject({ updated: 1 });
    expect((await undo(changed.id)).statusCode).toBe(200);
    expect((await undo(again.id)).statusCode).toBe(200);
    expect(await state()).toEqual(before);

    const body = { source: 'agenda', items: [{ externalId: 'RB1', room: 'Salle Jupiter', date: '2024-03-07', start: '14:00', end: '15:00', purpose: 'Permanence' }, { externalId: 'RB2', room: 'Salle Jupiter', date: '2024-03-04', start: '10:00', end: '11:00', purpose: 'Conflit' }] };
    const send = () => t.as('admin', { method: 'POST', url: '/api/imports/bulk/room_bookings', headers: { 'accept-language': 'en' }, payload: body });
    const r1 = (await send()).json().items;
    expect(r1.map((i: { result: string }) => i.result)).toEqual(['created', 'refused']);
    expect(r1[1].errors.start).toMatch(/already booked/);
    expect((await send()).json().items.map((i: { result: string }) => i.result)).toEqual(['unchanged', 'refused']);
    expect((await undo(first)).statusCode).toBe(200);
    expect((await t.database.rows<{ n: number }>(sql`select count(*)::int as n from room_bookings where import_source = ${SOURCE}`))[0].n).toBe(0);
  });
});
