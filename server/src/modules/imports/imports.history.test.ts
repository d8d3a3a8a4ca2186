import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { nissFor } from '../people/niss';

/**
 * History comes in after the people it belongs to (issue 16): front-desk visits and social-desk interviews from a
 * file and from the bulk API, on PGlite and (with TEST_DATABASE_URL) PostgreSQL.
 */
let t: TestApp;
const SOURCE = 'ancien-outil';
const niss3 = nissFor('1979-11-05', 77);

beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-02T09:00:00Z' });
  await t.as('admin', { method: 'POST', url: '/api/sites', payload: { name: "Maison de l'Emploi", kind: 'main', openingHours: [{ weekday: 1, from: '08:30', to: '16:30' }] } });
  const people = ['Référence;Nom;Prénom;Date de naissance;NISS', 'P1;Dubois;Hélène;12/04/1985;', 'P2;Peeters;Jan;01/02/1990;', `P3;Yilmaz;Emre;05/11/1979;${niss3}`].join('\r\n');
  const up = (await upload('people', people)).json();
  expect((await commit(up.id)).statusCode).toBe(200);
});
afterAll(() => t?.close());

const upload = (kind: string, csv: string, fileName = 'fichier.csv') =>
  t.as('admin', { method: 'POST', url: '/api/imports', headers: { 'accept-language': 'fr' }, payload: { kind, source: SOURCE, fileName, content: Buffer.from(csv, 'utf8').toString('base64') } });
const get = (id: number, q = '') => t.as('admin', { method: 'GET', url: `/api/imports/${id}?limit=500${q}`, headers: { 'accept-language': 'fr' } });
const commit = (id: number) => t.as('admin', { method: 'POST', url: `/api/imports/${id}/commit` });
const count = async (table: string) => Number((await t.database.rows<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`)))[0].n);

const visits = [
  'ID;Personne;NISS;Date;Heure;Motif;Remarque',
  'V1;P1;;02/03/2024;10:15;Information générale;',
  'V2;P2;;31/02/2024;09:00;information;',
  'V3;P9;;03/03/2024;09:00;information;la personne viendra plus tard',
  `V4;;${niss3};2024-03-04 14:30;;actiris_registration;`,
  'V1;P1;;02/03/2024;10:15;information;',
].join('\r\n');

describe('imports: history waits for its people', () => {
  it('maps a visits file from its headers, says which rows wait for their person, and writes the others once', async () => {
    const res = await upload('frontdesk_visits', visits, 'passages-2024.csv');
    expect(res.statusCode).toBe(201);
    const b = res.json();
    expect(b.mapping).toEqual(['externalId', 'personExternalId', 'personNiss', 'date', 'time', 'reason', 'note']);
    expect(b.counts).toMatchObject({ rows: 5, new: 2, error: 1, waiting: 1, duplicate: 1, willCreate: 2 });
    const rows = (await get(b.id)).json().rows;
    expect(rows[1].errors.date).toMatch(/Date impossible/);
    expect(rows[2]).toMatchObject({ status: 'waiting', plan: 'refuse' });
    expect(rows[2].errors.personExternalId).toMatch(/pas encore dans le registre/);
    expect(rows[4]).toMatchObject({ status: 'duplicate', duplicateOf: { row: 0, reason: 'same_external_id' } });
    // Fixed in place.
    const fixed = await t.as('admin', { method: 'PATCH', url: `/api/imports/${b.id}/rows/1`, payload: { values: { date: '29/02/2024' } } });
    expect(fixed.json().row.status).toBe('new');
    const done = await commit(b.id);
    expect(done.json().counts).toMatchObject({ created: 3 });
    const stored = await t.database.rows<{ at: Date; external_id: string; source: string }>(sql`select at, external_id, source from frontdesk_visits where external_id = 'V1'`);
    expect(stored).toHaveLength(1);
    // 10:15 in Brussels (winter time) is 09:15 UTC.
    expect(new Date(stored[0].at).toISOString()).toBe('2024-03-02T09:15:00.000Z');
  });

  it('a second import of the same file updates (nothing changed), never duplicates', async () => {
    const before = await count('frontdesk_visits');
    const b = (await upload('frontdesk_visits', visits.replace('31/02/2024', '29/02/2024'))).json();
    expect(b.counts).toMatchObject({ new: 0, update: 3 });
    const done = (await commit(b.id)).json();
    expect(done.counts).toMatchObject({ created: 0, updated: 0 });
    expect(await count('frontdesk_visits')).toBe(before);
  });

  it('refuses a column mapped twice or a field of another kind, and changes nothing', async () => {
    const b = (await upload('frontdesk_visits', visits)).json();
    const twice = await t.as('admin', { method: 'PUT', url: `/api/imports/${b.id}/mapping`, headers: { 'accept-language': 'fr' }, payload: { mapping: ['externalId', 'personExternalId', 'personNiss', 'date', 'date', 'reason', 'note'] } });
    expect(twice.statusCode).toBe(400);
    const other = await t.as('admin', { method: 'PUT', url: `/api/imports/${b.id}/mapping`, payload: { mapping: ['externalId', 'personExternalId', 'personNiss', 'date', 'time', 'reason', 'lastName'] } });
    expect(other.statusCode).toBe(400);
    expect(other.json().title).toMatch(/lastName/);
  });

  it('an interview needs a follow-up covering its day or the start given with it: the start is never guessed', async () => {
    const csv = [
      'ID;Personne;Date;Type;Problématiques;Début du suivi',
      'E1;P1;05/03/2024;rendez-vous;housing, budget_debt;',
      'E2;P2;06/03/2024;téléphone;;15/01/2024',
      'E3;P2;20/03/2024;sans rendez-vous;;',
    ].join('\n');
    const b = (await upload('socialdesk_interviews', csv)).json();
    expect(b.mapping).toEqual(['externalId', 'personExternalId', 'date', 'kind', 'categories', 'followupStart']);
    expect(b.counts).toMatchObject({ new: 2, error: 1 });
    const rows = (await get(b.id)).json().rows;
    expect(rows[0].errors.followupStart).toMatch(/donnez le début de son suivi/);
    const fixed = await t.as('admin', { method: 'PATCH', url: `/api/imports/${b.id}/rows/0`, payload: { values: { followupStart: '01/03/2024' } } });
    expect(fixed.json().row.status).toBe('new');
    const done = (await commit(b.id)).json();
    expect(done.counts).toMatchObject({ created: 3 });
    const followups = await t.database.rows<{ start_date: string; external_id: string }>(
      sql`select f.start_date::text, p.external_id from socialdesk_followups f join people p on p.id = f.person_id order by p.external_id`,
    );
    expect(followups).toEqual([
      { start_date: '2024-03-01', external_id: 'P1' },
      { start_date: '2024-01-15', external_id: 'P2' },
    ]);
    expect(await count('socialdesk_interview_categories')).toBe(2);
    // Undone: the interviews and the follow-ups the import opened go.
    expect((await t.as('admin', { method: 'POST', url: `/api/imports/${b.id}/undo` })).statusCode).toBe(200);
    expect(await count('socialdesk_interviews')).toBe(0);
    expect(await count('socialdesk_followups')).toBe(0);
  });

  it('the bulk API is idempotent, answers one result per item, and says which items wait for their person', async () => {
    const body = {
      source: SOURCE,
      items: [
        { externalId: 'B1', personExternalId: 'P3', date: '2024-05-02', kind: 'appointment', categories: 'housing', followupStart: '2024-05-02' },
        { externalId: 'B2', personNiss: niss3, date: '2024-05-09', kind: 'phone' },
        { externalId: 'B3', personExternalId: 'P404', date: '2024-05-09' },
        { externalId: 'B4', personExternalId: 'P1', date: '2024-05-10' },
      ],
    };
    const send = () => t.as('admin', { method: 'POST', url: '/api/imports/bulk/socialdesk_interviews', headers: { 'accept-language': 'en' }, payload: body });
    const first = await send();
    expect(first.statusCode).toBe(200);
    const r1 = first.json().items;
    expect(r1.map((i: { result: string }) => i.result)).toEqual(['created', 'created', 'waiting', 'refused']);
    expect(r1[3].errors.followupStart).toMatch(/not guessed/);
    const r2 = (await send()).json().items;
    expect(r2.map((i: { result: string }) => i.result)).toEqual(['unchanged', 'unchanged', 'waiting', 'refused']);
    expect(r2[0].id).toBe(r1[0].id);
    expect(await count('socialdesk_interviews')).toBe(2);
    expect(await count('socialdesk_followups')).toBe(1);
    // Changed in the source: updated.
    body.items[1].kind = 'drop_in';
    expect((await send()).json().items[1].result).toBe('updated');
  });

  it('an id given twice in a bulk batch refuses that item only, saying why; the others are written', async () => {
    const before = await count('socialdesk_interviews');
    const res = await t.as('admin', {
      method: 'POST',
      url: '/api/imports/bulk/socialdesk_interviews',
      headers: { 'accept-language': 'nl' },
      payload: {
        source: SOURCE,
        items: [
          { externalId: 'B5', personExternalId: 'P3', date: '2024-05-20' },
          { externalId: 'B5', personExternalId: 'P3', date: '2024-05-21' },
          { externalId: 'B6', personExternalId: 'P3', date: '2024-05-22' },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((i: { result: string }) => i.result)).toEqual(['created', 'refused', 'created']);
    expect(items[1]).toMatchObject({ externalId: 'B5', id: null });
    expect(items[1].errors.externalId).toMatch(/eerder element/);
    expect(await count('socialdesk_interviews')).toBe(before + 2);
    const [b5] = await t.database.rows<{ date: string }>(sql`select date::text from socialdesk_interviews where external_id = 'B5'`);
    expect(b5.date).toBe('2024-05-20');
  });

  it('undoing an import that changed interviews\' categories puts back exactly the categories they had', async () => {
    const categories = async () =>
      (
        await t.database.rows<{ external_id: string; codes: string }>(
          sql`select i.external_id, coalesce(string_agg(c.code, ',' order by c.code), '') as codes from socialdesk_interviews i
              left join socialdesk_interview_categories ic on ic.interview_id = i.id left join socialdesk_categories c on c.id = ic.category_id
              where i.external_id in ('B1', 'B2') group by i.external_id order by i.external_id`,
        )
      ).map((r) => `${r.external_id}:${r.codes}`);
    const interviews = async () => (await t.database.rows(sql`select * from socialdesk_interviews where external_id in ('B1', 'B2') order by id`)).map((r) => JSON.stringify(r));
    const stateBefore = [await categories(), await interviews()];
    expect(stateBefore[0]).toEqual(['B1:housing', 'B2:']);
    // B1: only its categories change; B2: its kind and its categories.
    const csv = ['ID;Personne;NISS;Date;Type;Problématiques', 'B1;P3;;02/05/2024;rendez-vous;budget_debt', `B2;;${niss3};09/05/2024;téléphone;housing, budget_debt`].join('\n');
    const b = (await upload('socialdesk_interviews', csv)).json();
    expect(b.counts).toMatchObject({ update: 2 });
    expect((await commit(b.id)).json().counts).toMatchObject({ created: 0, updated: 2 });
    expect(await categories()).toEqual(['B1:budget_debt', 'B2:budget_debt,housing']);
    // The same file again: nothing changes.
    const again = (await upload('socialdesk_interviews', csv)).json();
    expect((await commit(again.id)).json().counts).toMatchObject({ created: 0, updated: 0 });
    expect((await t.as('admin', { method: 'POST', url: `/api/imports/${again.id}/undo` })).statusCode).toBe(200);
    expect((await t.as('admin', { method: 'POST', url: `/api/imports/${b.id}/undo` })).statusCode).toBe(200);
    expect([await categories(), await interviews()]).toEqual(stateBefore);
  });

  it('undoes a visits import unless a visit changed since', async () => {
    const [{ id }] = await t.database.rows<{ id: number }>(sql`select id from import_batches where kind = 'frontdesk_visits' and status = 'committed' order by id limit 1`);
    const [visit] = await t.database.rows<{ id: number }>(sql`select id from frontdesk_visits where external_id = 'V4'`);
    const changed = await t.as('admin', { method: 'PATCH', url: `/api/frontdesk/visits/${visit.id}`, payload: { note: 'corrigé' } });
    expect(changed.statusCode).toBe(200);
    const undo = await t.as('admin', { method: 'POST', url: `/api/imports/${id}/undo`, headers: { 'accept-language': 'fr' } });
    expect(undo.statusCode).toBe(409);
    expect(await count('frontdesk_visits')).toBe(3);
  });
});
