import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';

// The two configurable lists of today, through their own routes: one platform piece, two catalogs.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-02T09:00:00Z' });
});
afterAll(() => t?.close());

const lists = [
  { name: 'visit reasons', path: '/api/frontdesk/reasons', as: 'director' as const, taken: { fr: 'Un motif de visite porte déjà ce code.', nl: 'Er bestaat al een bezoekreden met deze code.' }, missing: 'motif' },
  { name: 'problem categories', path: '/api/socialdesk/categories', as: 'social_worker' as const, taken: { fr: 'Une catégorie porte déjà ce code.', nl: 'Er bestaat al een categorie met deze code.' }, missing: 'catégorie' },
];

describe.each(lists)('the $name', ({ path, as, taken, missing }) => {
  const codes = async (all = false) => ((await t.as(as, { method: 'GET', url: `${path}${all ? '?all=true' : ''}` })).json().items as { code: string }[]).map((i) => i.code);

  it('adds an item in the three languages, at its place in the list, and retires it without losing it', async () => {
    const created = await t.as(as, { method: 'POST', url: path, payload: { code: 'aaa_first', labelFr: 'Premier', labelNl: 'Eerste', labelEn: 'First', sortOrder: 0 } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'aaa_first', labelFr: 'Premier', labelNl: 'Eerste', labelEn: 'First', sortOrder: 0, active: true, createdAt: '2026-03-02T09:00:00.000Z' });
    // Order 0 comes before the seeded items (order 100 and more).
    expect((await codes())[0]).toBe('aaa_first');
    const retired = await t.as(as, { method: 'PATCH', url: `${path}/${created.json().id}`, payload: { active: false, labelNl: 'De eerste' } });
    expect(retired.json()).toMatchObject({ code: 'aaa_first', labelNl: 'De eerste', active: false });
    expect(await codes()).not.toContain('aaa_first');
    expect(await codes(true)).toContain('aaa_first');
  });

  it('says in the user\'s language that a code is taken or malformed, and that an item does not exist', async () => {
    const body = { code: 'bbb_twice', labelFr: 'a', labelNl: 'b', labelEn: 'c' };
    expect((await t.as(as, { method: 'POST', url: path, payload: body })).statusCode).toBe(201);
    for (const lang of ['fr', 'nl'] as const) {
      const again = await t.as(as, { method: 'POST', url: path, payload: body, headers: { 'accept-language': lang } });
      expect(again.statusCode).toBe(409);
      expect(again.json().title).toBe(taken[lang]);
    }
    const bad = await t.as(as, { method: 'POST', url: path, payload: { ...body, code: 'Pas Un Code' }, headers: { 'accept-language': 'nl' } });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('De code moet 2 tot 40 kleine letters, cijfers of _ tellen.');
    const none = await t.as(as, { method: 'PATCH', url: `${path}/999999`, payload: { active: false }, headers: { 'accept-language': 'fr' } });
    expect(none.statusCode).toBe(404);
    expect(JSON.stringify(none.json())).toContain(missing);
  });

  it('is changed only by those who configure it', async () => {
    expect((await t.as('trainer', { method: 'POST', url: path, payload: { code: 'ccc_no', labelFr: 'a', labelNl: 'b', labelEn: 'c' } })).statusCode).toBe(403);
  });
});
