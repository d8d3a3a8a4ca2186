import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { newPerson } from '../../../test/builders';
import { matchKeys, parseQuery, phoneKey } from './people.matching';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-02T09:00:00Z' });
});
afterAll(() => t?.close());

const create = (body: Record<string, unknown>) => t.as('reception', { method: 'POST', url: '/api/people', payload: body });
const find = async (q: string) => {
  const res = await t.as('reception', { method: 'GET', url: `/api/people?${new URLSearchParams({ q, limit: '50' })}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: { id: number; firstName: string; lastName: string }[]; total: number; totalIsMinimum: boolean };
};
const ids = async (q: string) => (await find(q)).items.map((p) => p.id);

describe('finding people as staff type them at a Brussels desk', () => {
  const who: Record<string, number> = {};
  beforeAll(async () => {
    who.aissatou = await newPerson(t, { firstName: 'Aïssatou', lastName: "N'Diaye-Öztürk", birthDate: '1991-04-23', phone: '+32 488 12 34 56' });
    who.hans = await newPerson(t, { firstName: 'Hans', lastName: 'Van den Broeck', birthDate: '1978-11-02' });
    who.fatima = await newPerson(t, { firstName: 'Fatima', lastName: 'El Amrani', phone: '02/512.34.56' });
    who.mohammed = await newPerson(t, { firstName: 'Mohammed', lastName: 'Benali' });
    who.lefebvre = await newPerson(t, { firstName: 'Chantal', lastName: 'Lefebvre' });
    who.peeters = await newPerson(t, { firstName: 'Griet', lastName: 'Peeters' });
    who.marc = await newPerson(t, { firstName: 'Marc', lastName: 'Dupont', birthDate: '1991-04-23' });
  });

  it.each([
    ['Ndiaye', 'aissatou'], // without the apostrophe and the second surname
    ["n'diaye ozturk", 'aissatou'],
    ['aissatou ndiaye', 'aissatou'], // without the diaeresis
    ['Ndiaye-Ozturk', 'aissatou'],
    ['Vandenbroeck', 'hans'], // the particles written together
    ['vanden broeck', 'hans'],
    ['van den broek', 'hans'], // and a typo
    ['Broeck', 'hans'], // without the particles
    ['Fatma', 'fatima'], // a first-name variant
    ['fatma amrani', 'fatima'],
    ['Elamrani', 'fatima'],
    ['Muhammad Benali', 'mohammed'], // by sound
    ['Lefèvre', 'lefebvre'],
    ['Peters', 'peeters'],
  ])('"%s" finds %s', async (q, person) => {
    const found = await ids(q);
    expect(found[0], `${q}: ${JSON.stringify((await find(q)).items)}`).toBe(who[person]);
  });

  it('finds by phone number, whatever its formatting, with +32 or 0', async () => {
    for (const q of ['0488 12 34 56', '+32488123456', '0032 488 12.34.56', '0488/12.34.56', '488 12 34 56', '0488 12'])
      expect(await ids(q), q).toEqual([who.aissatou]);
    for (const q of ['02 512 34 56', '+32 2 512 34 56']) expect(await ids(q), q).toEqual([who.fatima]);
  });

  it('finds by birth date typed as 23/04/1991 or 1991-04-23, alone or with a name', async () => {
    for (const q of ['23/04/1991', '23-04-1991', '23.04.1991', '1991-04-23']) expect((await ids(q)).sort(), q).toEqual([who.aissatou, who.marc].sort());
    expect(await ids('dupont 23/04/1991')).toEqual([who.marc]);
    expect(await ids('31/02/1991')).toEqual([]); // a date that does not exist finds nobody
  });

  it('a search tells only what is needed to pick a person', async () => {
    await t.as('reception', { method: 'PATCH', url: `/api/people/${who.aissatou}`, payload: { email: 'a.ndiaye@example.be', notes: 'Suivi logement' } });
    const res = await find('Aissatou');
    expect(res.items[0]).toEqual({ id: who.aissatou, firstName: 'Aïssatou', lastName: "N'Diaye-Öztürk", birthDate: '1991-04-23', commune: null, erased: false, merged: false });
    const body = JSON.stringify(res);
    for (const secret of ['488', 'example.be', 'Suivi logement', 'niss', 'phone', 'email', 'notes']) expect(body).not.toContain(secret);
    // the whole record comes on open, and the read is audited
    const open = await t.as('reception', { method: 'GET', url: `/api/people/${who.aissatou}` });
    expect(open.json()).toMatchObject({ phone: '+32 488 12 34 56', email: 'a.ndiaye@example.be', notes: 'Suivi logement' });
  });

  it('writes who searched what, and how many people it found, to the audit log', async () => {
    await find('Vandenbroeck');
    const audit = await t.as('admin', { method: 'GET', url: '/api/audit?action=person.search&limit=5' });
    expect(audit.json().items[0]).toMatchObject({ actorUserId: await t.userIdFor('reception'), details: { query: 'Vandenbroeck', results: 1 } });
  });

  it('counts every hit of a named search, and the first page of everybody up to a cap', async () => {
    const all = await find('');
    expect(all.total).toBeGreaterThanOrEqual(7);
    expect(all.totalIsMinimum).toBe(false);
    expect(all.items.map((p) => p.lastName)).toEqual([...all.items.map((p) => p.lastName)].sort((a, b) => a.localeCompare(b, 'en')));
    const page = await t.as('reception', { method: 'GET', url: '/api/people?limit=2&offset=2' });
    expect(page.json().items).toHaveLength(2);
    expect(page.json().total).toBe(all.total);
  });

  it('tells the count of a named search on a page past its end, and 0 when nobody matches', async () => {
    const named = await find('ndiaye');
    expect(named.total).toBeGreaterThanOrEqual(1);
    const past = await t.as('reception', { method: 'GET', url: `/api/people?q=ndiaye&limit=5&offset=${named.total + 5}` });
    expect(past.json()).toMatchObject({ items: [], total: named.total, totalIsMinimum: false });
    expect(await find('qxzw')).toMatchObject({ items: [], total: 0, totalIsMinimum: false });
  });

  it('warns at creation with the same matching: "Aissatou Ndiaye" against "Aïssatou N\'Diaye-Öztürk", in either direction', async () => {
    const dup = await create({ firstName: 'Aissatou', lastName: 'Ndiaye' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().duplicates.map((d: { id: number }) => d.id)).toContain(who.aissatou);
    const live = await t.as('reception', { method: 'GET', url: `/api/people/duplicates?firstName=Fatma&lastName=Elamrani` });
    expect(live.json().items.map((d: { id: number }) => d.id)).toEqual([who.fatima]);
    // a known, different birth date means another person
    expect((await create({ firstName: 'Aissatou', lastName: 'Ndiaye', birthDate: '2001-01-01' })).statusCode).toBe(201);
  });
});

describe('the list of suspected duplicates', () => {
  it('lists pairs with the reason; "not a duplicate" is remembered; merging takes the pair away', async () => {
    const a = await newPerson(t, { firstName: 'Khadija', lastName: 'Bouzid', birthDate: '1985-02-10' });
    const b = await newPerson(t, { firstName: 'Hatice', lastName: 'Bouzid', birthDate: '1985-02-10' });
    const c = await newPerson(t, { firstName: 'Jef', lastName: 'Claes', phone: '0470 11 22 33' });
    const d = await newPerson(t, { firstName: 'Joseph', lastName: 'Klaas', phone: '+32 470 11 22 33' });
    const e = await newPerson(t, { firstName: 'Jef', lastName: 'Claes', birthDate: '1950-01-01', phone: '0470 99 99 99' });
    const f = await newPerson(t, { firstName: 'Jef', lastName: 'Claes', birthDate: '1990-01-01' });
    const list = async () => {
      const res = await t.as('reception', { method: 'GET', url: '/api/people/suspected-duplicates?limit=200' });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: { a: { id: number }; b: { id: number }; reasons: string[] }[]; total: number };
    };
    const pair = (items: Awaited<ReturnType<typeof list>>['items'], x: number, y: number) => items.find((p) => p.a.id === Math.min(x, y) && p.b.id === Math.max(x, y));
    let items = (await list()).items;
    expect(pair(items, a, b)?.reasons).toEqual(['same_name_and_birth_date', 'similar_name']);
    expect(pair(items, c, d)?.reasons).toContain('same_phone');
    // two known, different birth dates: two people
    expect(pair(items, e, f)).toBeUndefined();
    expect(pair(items, c, e)?.reasons).toEqual(['similar_name']);

    // not the same person: remembered
    expect((await t.as('reception', { method: 'POST', url: `/api/people/${e}/not-duplicate`, payload: { otherId: c } })).statusCode).toBe(204);
    items = (await list()).items;
    expect(pair(items, c, e)).toBeUndefined();
    expect(pair(items, c, f)).toBeDefined();
    // merged: the pair is gone, and the dismissal of the removed record goes with it
    expect((await t.as('reception', { method: 'POST', url: `/api/people/${c}/merge`, payload: { duplicateId: e } })).statusCode).toBe(200);
    items = (await list()).items;
    expect(items.some((p) => [p.a.id, p.b.id].includes(e))).toBe(false);
    expect((await t.database.rows(sql`select * from person_duplicate_dismissals where person_a = ${e} or person_b = ${e}`)).length).toBe(0);
    // not for those who do not handle duplicates
    expect((await t.as('trainer', { method: 'GET', url: '/api/people/suspected-duplicates' })).statusCode).toBe(403);
  });
});

describe('matching keys', () => {
  it('gives the phone number the same form in TypeScript and in the database', async () => {
    for (const phone of ['+32 488 12 34 56', '0032488123456', '0488/12.34.56', '+33 6 12 34 56 78', '02 512 34 56', '(02) 512-34-56']) {
      const [{ key }] = await t.database.rows<{ key: string }>(sql`select relais_phone_key(${phone}) as key`);
      expect(key, phone).toBe(phoneKey(phone));
    }
  });

  it('reads dates and phone numbers in the search box', () => {
    expect(parseQuery('dupont 23/04/1991')).toMatchObject({ birthDate: '1991-04-23', words: [{ text: 'dupont' }] });
    expect(parseQuery('0488 12 34 56').phone).toEqual(['0488123456']);
    expect(parseQuery('van den broek').words.map((w) => [w.text, w.optional])).toEqual([
      ['van', true],
      ['den', true],
      ['broek', false],
    ]);
  });

  it('gives sound-alike names a key in common', () => {
    const common = (a: [string, string], b: [string, string]) => matchKeys(...a).filter((k) => !k.startsWith('p:') && matchKeys(...b).includes(k));
    expect(common(['Fatima', 'X'], ['Fatma', 'X'])).not.toEqual([]);
    expect(common(['Mohamed', 'X'], ['Muhammad', 'X'])).not.toEqual([]);
    expect(common(['X', 'Verhaegen'], ['X', 'Verhagen'])).not.toEqual([]);
    expect(common(['X', 'Lefebvre'], ['X', 'Lefèvre'])).not.toEqual([]);
  });
});

describe('ranking', () => {
  it('puts the name typed right before its sound-alikes, whatever their alphabetical order', async () => {
    const verhaegen = await newPerson(t, { firstName: 'Wouter', lastName: 'Verhaegen' });
    const verhagen = await newPerson(t, { firstName: 'Wouter', lastName: 'Verhagen' });
    expect(await ids('verhagen')).toEqual([verhagen, verhaegen]);
    expect(await ids('Verhaegen')).toEqual([verhaegen, verhagen]);
    // a typo of neither: both, the closer spelling first
    expect(await ids('verhagn')).toEqual([verhagen, verhaegen]);
  });
});

describe('records without sound codes', () => {
  it('get them once a server has started on the database, in the background (the start does not wait), and closing the app waits for them', async () => {
    const id = await newPerson(t, { firstName: 'Ngozi', lastName: 'Okonkwo-Adeyemi' });
    // as an older version, or a record inserted by SQL, left it
    await t.database.rows(sql`update people set match_keys = null where id = ${id}`);
    const keys = async () => (await t.database.rows<{ k: string[] | null }>(sql`select match_keys as k from people where id = ${id}`))[0].k;
    expect(await keys()).toBeNull();
    const second = await buildApp({ config: loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent' }), database: t.database, clock: t.clock, logger: false });
    await second.ready();
    await second.close();
    expect(await keys()).toEqual(matchKeys('Ngozi', 'Okonkwo-Adeyemi'));
  });
});
