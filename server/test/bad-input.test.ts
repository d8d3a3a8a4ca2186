/**
 * Bad input never gets a 500 and never writes anything: each case gets a 4xx application/problem+json,
 * with field-level messages in the caller's language, and the people table and audit log are unchanged.
 * Text that looks like SQL or HTML is valid text: stored and returned verbatim, never interpreted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from './test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-02T09:00:00Z' });
  await t.cookieFor('reception'); // log in before counting, so that counts only see the requests under test
  await t.cookieFor('admin');
});
afterAll(() => t?.close());

async function counts() {
  const [row] = await t.database.rows<{ people: number; audit: number; consents: number }>(
    sql`select (select count(*)::int from people) as people, (select count(*)::int from audit_log) as audit, (select count(*)::int from person_consents) as consents`,
  );
  return row;
}

/** A valid NISS for a birth date before 2000, and the same with a wrong check number. */
function niss(base9: string) {
  const check = 97 - Number(BigInt(base9) % 97n);
  const good = base9 + String(check).padStart(2, '0');
  const bad = base9 + String(((check + 1) % 97) + 1).padStart(2, '0');
  return { good, bad };
}
const NISS = niss('850730033');

const valid = { firstName: 'Amina', lastName: 'Haddad', birthDate: '1990-04-12' };

/** Sends the request as reception, checks a 4xx problem+json, and that nothing was written. */
async function refused(opts: InjectOptions, status = 400, lang = 'en'): Promise<LightMyRequestResponse> {
  const before = await counts();
  const res = await t.as('reception', { ...opts, headers: { 'accept-language': lang, ...(opts.headers ?? {}) } });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(body).toMatchObject({ status, title: expect.any(String), code: expect.stringMatching(/^error\./) });
  expect(await counts()).toEqual(before);
  return res;
}
const post = (payload: unknown, extra: Partial<InjectOptions> = {}) =>
  ({ method: 'POST', url: '/api/people', payload: payload as object, ...extra }) as InjectOptions;
const fieldPaths = (res: LightMyRequestResponse) => (res.json().errors ?? []).map((e: { path: string }) => e.path);
const messageOf = (res: LightMyRequestResponse, path: string) =>
  (res.json().errors as { path: string; message: string }[]).find((e) => e.path === path)?.message;

describe('malformed requests', () => {
  it('refuses malformed JSON (400)', async () => {
    const res = await refused({ method: 'POST', url: '/api/people', headers: { 'content-type': 'application/json' }, payload: '{"firstName": "Amina",' });
    expect(res.json().code).toBe('error.malformed_json');
  });

  it('refuses a JSON body that is not an object, and an empty JSON body', async () => {
    await refused({ method: 'POST', url: '/api/people', headers: { 'content-type': 'application/json' }, payload: '"just a string"' });
    await refused({ method: 'POST', url: '/api/people', headers: { 'content-type': 'application/json' }, payload: 'null' });
    await refused({ method: 'POST', url: '/api/people', headers: { 'content-type': 'application/json' }, payload: '' });
    await refused({ method: 'POST', url: '/api/people', headers: { 'content-type': 'application/json' }, payload: '[]' });
  });

  it('refuses a body that is not JSON', async () => {
    await refused({ method: 'POST', url: '/api/people', headers: { 'content-type': 'text/plain' }, payload: 'firstName=Amina' });
    await refused({ method: 'POST', url: '/api/people', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'firstName=Amina' }, 415);
  });

  it('refuses a body over 1 MiB (413), with a message', async () => {
    const big = JSON.stringify({ ...valid, notes: 'x'.repeat(1024 * 1024 + 10) });
    const res = await refused({ method: 'POST', url: '/api/people', headers: { 'content-type': 'application/json' }, payload: big }, 413);
    expect(res.json().code).toBe('error.body_too_large');
  });

  it('refuses wrong types, naming each field', async () => {
    const res = await refused(post({ firstName: 123, lastName: ['Haddad'], birthDate: 19900412, gender: 'female', languages: 'fr', confirmNotDuplicate: 'yes' }));
    expect(fieldPaths(res)).toEqual(
      expect.arrayContaining(['body.firstName', 'body.lastName', 'body.birthDate', 'body.gender', 'body.languages', 'body.confirmNotDuplicate']),
    );
    for (const e of res.json().errors) expect(e.message, e.path).toEqual(expect.any(String));
  });

  it('refuses unknown fields, naming them', async () => {
    const res = await refused(post({ ...valid, id: 1, isAdmin: true }));
    const text = JSON.stringify(res.json().errors);
    expect(text).toContain('isAdmin');
    expect(text).toContain('id');
  });

  it('refuses missing required fields and blank names', async () => {
    const res = await refused(post({ firstName: '   ' }));
    expect(fieldPaths(res)).toEqual(expect.arrayContaining(['body.firstName', 'body.lastName']));
  });

  it('refuses bad query strings and path parameters (400, not 500)', async () => {
    await refused({ method: 'GET', url: '/api/people?limit=abc' });
    await refused({ method: 'GET', url: '/api/people?limit=100000' });
    await refused({ method: 'GET', url: '/api/people?offset=-1' });
    await refused({ method: 'GET', url: '/api/people?unknown=1' });
    await refused({ method: 'GET', url: '/api/people/abc' });
    await refused({ method: 'GET', url: '/api/people/-1' });
    await refused({ method: 'GET', url: '/api/people/1.5' });
    // beyond the range of an integer column: refused by validation, not by the database
    await refused({ method: 'GET', url: '/api/people/99999999999' });
    await refused({ method: 'PATCH', url: '/api/people/99999999999', payload: { firstName: 'X' } });
  });

  it('answers 404 (problem+json) for a person that does not exist, and writes nothing', async () => {
    await refused({ method: 'GET', url: '/api/people/2147483647' }, 404);
    await refused({ method: 'PATCH', url: '/api/people/424242', payload: { firstName: 'X' } }, 404);
  });
});

describe('impossible values', () => {
  it.each([
    ['2023-02-30', 'a day that does not exist'],
    ['2023-13-01', 'a month that does not exist'],
    ['20222-01-01', 'a five-digit year'],
    ['1850-01-01', 'a year before 1900'],
    ['30/04/1990', 'another format'],
    ['', 'an empty string'],
  ])('refuses the birth date %s (%s)', async (birthDate) => {
    const res = await refused(post({ ...valid, birthDate }));
    expect(fieldPaths(res)).toEqual(['body.birthDate']);
  });

  it('refuses a NISS with a wrong check number, and accepts the right one', async () => {
    const res = await refused(post({ ...valid, niss: NISS.bad }));
    expect(fieldPaths(res)).toEqual(['body.niss']);
    expect(messageOf(res, 'body.niss')).toMatch(/NISS/);
    await refused(post({ ...valid, niss: '1234' }));
    const ok = await t.as('reception', post({ firstName: 'Nissa', lastName: 'Valide', niss: `${NISS.good.slice(0, 2)}.${NISS.good.slice(2, 4)}.${NISS.good.slice(4, 6)}-${NISS.good.slice(6, 9)}.${NISS.good.slice(9)}` }));
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().niss).toBe(NISS.good);
  });

  it('refuses 10,000-character names and notes beyond their limit', async () => {
    const long = 'A'.repeat(10_000);
    expect(fieldPaths(await refused(post({ ...valid, firstName: long })))).toEqual(['body.firstName']);
    expect(fieldPaths(await refused(post({ ...valid, lastName: long })))).toEqual(['body.lastName']);
    expect(fieldPaths(await refused(post({ ...valid, notes: 'n'.repeat(5001) })))).toEqual(['body.notes']);
    expect(fieldPaths(await refused(post({ ...valid, email: `${'a'.repeat(10_000)}@example.be` })))).toEqual(['body.email']);
  });

  it('refuses a bad e-mail, phone and postal code', async () => {
    const res = await refused(post({ ...valid, email: 'not-an-email', phone: 'call me<script>', postalCode: '10000' }));
    expect(fieldPaths(res)).toEqual(expect.arrayContaining(['body.email', 'body.phone', 'body.postalCode']));
  });

  it('refuses text with a NUL character (the database cannot store it) as bad input, not a 500', async () => {
    await refused(post({ ...valid, firstName: 'Ami\u0000na' }));
    await refused({ method: 'GET', url: `/api/people?q=${encodeURIComponent('ami\u0000na')}` });
  });

  it('refuses bad input on other modules too (sites, users, audit filters)', async () => {
    const asAdmin = (o: InjectOptions) => t.as('admin', o);
    for (const res of [
      await asAdmin({ method: 'POST', url: '/api/sites', payload: { name: 'Antenne', kind: 'antenna', openingHours: [{ weekday: 8, from: '25:00', to: '09:00' }] } }),
      await asAdmin({ method: 'POST', url: '/api/users', payload: { email: 'x', name: '', roles: ['king'], password: 1 } }),
      await asAdmin({ method: 'GET', url: '/api/audit?from=2023-02-30' }),
      await asAdmin({ method: 'GET', url: '/api/audit?actorUserId=99999999999' }),
    ]) {
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});

describe('messages in the caller language', () => {
  it('gives the same field errors in French, Dutch and English, with different words', async () => {
    const body = { ...valid, firstName: 123, birthDate: '2023-02-30', niss: NISS.bad, colour: 'blue' };
    const fr = await refused(post(body), 400, 'fr-BE,fr;q=0.9');
    const nl = await refused(post(body), 400, 'nl-BE');
    const en = await refused(post(body), 400, 'en-GB,en;q=0.8');
    expect(fieldPaths(fr).sort()).toEqual(fieldPaths(en).sort());
    expect(fieldPaths(nl).sort()).toEqual(fieldPaths(en).sort());
    expect(fr.json().title).not.toBe(en.json().title);
    expect(nl.json().title).not.toBe(en.json().title);
    expect(nl.json().title).not.toBe(fr.json().title);
    for (const path of ['body.firstName', 'body.birthDate', 'body.niss']) {
      const [f, n, e] = [messageOf(fr, path), messageOf(nl, path), messageOf(en, path)];
      expect(new Set([f, n, e]).size, `${path}: ${f} / ${n} / ${e}`).toBe(3);
      // catalog keys are translated, never shown raw
      for (const m of [f, n, e]) expect(m).not.toMatch(/^error\./);
    }
    expect(messageOf(en, 'body.birthDate')).toBe('This date does not exist.');
    expect(messageOf(fr, 'body.birthDate')).toBe("Cette date n'existe pas.");
    expect(messageOf(nl, 'body.birthDate')).toBe('Deze datum bestaat niet.');
    const unknown = (res: LightMyRequestResponse) => JSON.stringify(res.json().errors);
    expect(unknown(en)).toContain('Unknown field: colour');
    expect(unknown(fr)).toContain('Champ inconnu : colour');
    expect(unknown(nl)).toContain('Onbekend veld: colour');
  });

  it('answers in French by default and for unsupported languages', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/people' });
    const de = await t.app.inject({ method: 'GET', url: '/api/people', headers: { 'accept-language': 'de-DE' } });
    expect(none.statusCode).toBe(401);
    expect(none.json().title).toBe('Veuillez vous connecter.');
    expect(de.json().title).toBe('Veuillez vous connecter.');
  });
});

describe('text that looks like code is just text', () => {
  const nasty = {
    firstName: "Robert'); DROP TABLE people;--",
    lastName: '<script>alert("x")</script><img src=x onerror=alert(1)>',
    notes: "' OR 1=1 --; <b>bold</b> & \"quotes\" ${jndi:ldap://x} {{7*7}} \\x00 \u202Eevil",
    neighbourhood: '<!-- --> </textarea>',
  };

  it('stores SQL and HTML verbatim and returns them unchanged, as JSON text', async () => {
    const res = await t.as('reception', post({ ...nasty, confirmNotDuplicate: true }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const id = res.json().id;
    const read = await t.as('reception', { method: 'GET', url: `/api/people/${id}` });
    expect(read.statusCode).toBe(200);
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    expect(read.json()).toMatchObject(nasty);
    const [row] = await t.database.rows<{ first_name: string; last_name: string; notes: string }>(sql`select first_name, last_name, notes from people where id = ${id}`);
    expect(row).toEqual({ first_name: nasty.firstName, last_name: nasty.lastName, notes: nasty.notes });
    // the table is still there, and still holds everybody
    const [{ n }] = await t.database.rows<{ n: number }>(sql`select count(*)::int as n from people`);
    expect(n).toBeGreaterThanOrEqual(2);
  });

  it('searches with SQL-looking text without running it', async () => {
    for (const q of ["' OR 1=1 --", "%' OR '1'='1", 'Robert\'); DROP TABLE people;--', '\\', '%%%%', '_']) {
      const res = await t.as('reception', { method: 'GET', url: `/api/people?q=${encodeURIComponent(q)}` });
      expect(res.statusCode, q).toBe(200);
    }
    const found = await t.as('reception', { method: 'GET', url: `/api/people?q=${encodeURIComponent('Robert DROP')}` });
    expect(found.json().items.map((p: { firstName: string }) => p.firstName)).toContain(nasty.firstName);
    const all = await t.as('reception', { method: 'GET', url: `/api/people?q=${encodeURIComponent("' OR 1=1 --")}` });
    expect(all.json().total).toBeLessThan(2);
  });
});
