/**
 * Accounts and sessions: first-run setup, login and logout, cookies, expiry, throttling,
 * password changes and user administration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from './test-app';
import type { fixedClock } from '../src/platform/clock';
import { systemActor } from '../src/platform/audit/audit.service';

const START = '2026-03-02T09:00:00Z';
const ADMIN = { email: 'nadia.admin@centrale.test', name: 'Nadia Admin', password: 'first admin password' };
const MINUTE = 60_000;

let t: TestApp;
let clock: ReturnType<typeof fixedClock>;

beforeAll(async () => {
  t = await createTestApp({ clock: START });
  clock = t.clock as ReturnType<typeof fixedClock>;
});
afterAll(() => t?.close());

const cookieOf = (res: LightMyRequestResponse) => res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');

/** A distinct client address per call site, so that the per-address throttle of one test does not reach another. */
async function login(email: string, password: string, ip = '192.0.2.1') {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });
}
async function loginCookie(email: string, password: string, ip?: string) {
  const res = await login(email, password, ip);
  expect(res.statusCode, res.body).toBe(200);
  return cookieOf(res);
}
const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload !== undefined ? { payload: payload as object } : {}) });

let adminCookie = '';
let adminId = 0;

describe('first-run setup', () => {
  it('says setup is needed while there is no user', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/setup' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ needsSetup: true });
  });

  it('refuses a wrong setup code (403) and creates nobody', async () => {
    const token = await t.app.relais.ctx.auth.setupToken();
    expect(token).toMatch(/^[0-9a-f]{24}$/);
    const res = await t.app.inject({ method: 'POST', url: '/api/setup', payload: { token: 'f'.repeat(24), ...ADMIN } });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(await t.app.relais.ctx.auth.userCount()).toBe(0);
  });

  it('creates the first administrator with the right code (201), with an argon2id hash', async () => {
    const token = await t.app.relais.ctx.auth.setupToken();
    const res = await t.app.inject({ method: 'POST', url: '/api/setup', payload: { token, ...ADMIN } });
    expect(res.statusCode, res.body).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({ email: ADMIN.email, name: ADMIN.name, roles: ['admin'], active: true });
    expect(user).not.toHaveProperty('passwordHash');
    adminId = user.id;
    const [row] = await t.database.rows<{ password_hash: string }>(sql`select password_hash from users where id = ${adminId}`);
    expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
    expect(row.password_hash).not.toContain(ADMIN.password);
    const after = await t.app.inject({ method: 'GET', url: '/api/setup' });
    expect(after.json()).toEqual({ needsSetup: false });
  });

  it('refuses a second setup (409), even with the old code', async () => {
    expect(await t.app.relais.ctx.auth.setupToken()).toBeNull();
    const res = await t.app.inject({ method: 'POST', url: '/api/setup', payload: { token: 'whatever', ...ADMIN, email: 'other@centrale.test' } });
    expect(res.statusCode).toBe(409);
    expect(await t.app.relais.ctx.auth.userCount()).toBe(1);
  });
});

describe('login, me, logout', () => {
  it('logs in with the right password and sets a HttpOnly, SameSite=Strict session cookie (not Secure over http)', async () => {
    const res = await login(ADMIN.email.toUpperCase(), ADMIN.password);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user).toMatchObject({ id: adminId, email: ADMIN.email });
    expect(res.json().user).not.toHaveProperty('passwordHash');
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/relais_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).not.toMatch(/Secure/i);
    adminCookie = cookieOf(res);
    const who = await me(adminCookie);
    expect(who.statusCode).toBe(200);
    expect(who.json().user).toMatchObject({ id: adminId, roles: ['admin'] });
  });

  it('refuses a wrong password and an unknown account alike (401)', async () => {
    const wrong = await login(ADMIN.email, 'not the password', '192.0.2.50');
    const unknown = await login('nobody@centrale.test', 'not the password', '192.0.2.50');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().code).toBe(unknown.json().code);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('answers 401 to /me without a cookie or with a made-up one', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await me('relais_session=forged-token')).statusCode).toBe(401);
  });

  it('ends the session on logout: the old cookie no longer works', async () => {
    const cookie = await loginCookie(ADMIN.email, ADMIN.password);
    expect((await me(cookie)).statusCode).toBe(200);
    const out = await call(cookie, 'POST', '/api/auth/logout');
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/relais_session=;/);
    expect((await me(cookie)).statusCode).toBe(401);
    // the admin's other session is untouched
    expect((await me(adminCookie)).statusCode).toBe(200);
  });
});

describe('session expiry (fixed clock)', () => {
  it('ends a session left idle longer than SESSION_IDLE_MINUTES (120), not one in use', async () => {
    clock.set(START);
    const cookie = await loginCookie(ADMIN.email, ADMIN.password);
    clock.advance(119 * MINUTE);
    expect((await me(cookie)).statusCode).toBe(200); // in use: the idle timer restarts
    clock.advance(119 * MINUTE);
    expect((await me(cookie)).statusCode).toBe(200);
    clock.advance(121 * MINUTE);
    expect((await me(cookie)).statusCode).toBe(401);
    // and it stays ended
    clock.advance(-60 * MINUTE);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('ends a session SESSION_MAX_HOURS (12) after login even when it is used all the time', async () => {
    clock.set('2026-03-03T07:00:00Z');
    const cookie = await loginCookie(ADMIN.email, ADMIN.password);
    const res = await login(ADMIN.email, ADMIN.password);
    const expires = res.cookies[0].expires as Date;
    expect(expires.toISOString()).toBe('2026-03-03T19:00:00.000Z');
    for (let minutes = 0; minutes < 11 * 60 + 50; minutes += 100) {
      expect((await me(cookie)).statusCode, `after ${minutes} min`).toBe(200);
      clock.advance(100 * MINUTE);
    }
    clock.set('2026-03-03T18:59:00Z');
    expect((await me(cookie)).statusCode).toBe(200);
    clock.set('2026-03-03T19:00:01Z');
    expect((await me(cookie)).statusCode).toBe(401);
  });
});

describe('login throttling', () => {
  async function newAccount(email: string, password: string) {
    const adminNow = await loginCookie(ADMIN.email, ADMIN.password, '192.0.2.2');
    const res = await call(adminNow, 'POST', '/api/users', { email, name: email.split('@')[0], roles: ['reception'], password });
    expect(res.statusCode, res.body).toBe(201);
  }
  const attempts = async (email: string) =>
    (await t.database.rows<{ n: number }>(sql`select count(*)::int as n from login_attempts where email = ${email}`))[0].n;

  it('40 concurrent wrong passwords from one address: only 5 are checked, and the right one at position 37 does not get in', async () => {
    clock.set('2026-03-04T09:00:00Z');
    const target = { email: 'burst@centrale.test', password: 'burst target password 1' };
    await newAccount(target.email, target.password);
    const before = await attempts(target.email);
    const burst = Array.from({ length: 40 }, (_, i) => login(target.email, i === 36 ? target.password : `wrong guess ${i}`, '198.51.100.40'));
    const results = await Promise.all(burst);
    const statuses = results.map((r) => r.statusCode);
    // at most the limit is evaluated: five 401s, every other try is told to wait (429 with Retry-After)
    expect(statuses.filter((s) => s === 401).length).toBe(5);
    expect(statuses.filter((s) => s === 429).length).toBe(35);
    expect(statuses[36]).toBe(429);
    expect(results.every((r) => r.headers['set-cookie'] === undefined)).toBe(true);
    expect(await attempts(target.email)).toBe(before + 5);
    for (const r of results.filter((x) => x.statusCode === 429)) {
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('the owner still logs in from an address they used before, while a stranger hammers the account', async () => {
    clock.set('2026-03-04T11:00:00Z');
    const owner = { email: 'owner@centrale.test', password: 'the owner password 7' };
    await newAccount(owner.email, owner.password);
    const home = '198.51.100.7';
    expect((await login(owner.email, owner.password, home)).statusCode).toBe(200);
    clock.advance(60 * MINUTE);
    // a stranger tries from many addresses, many times
    for (let i = 0; i < 30; i++) await login(owner.email, `guess ${i}`, `203.0.113.${100 + (i % 10)}`);
    expect((await login(owner.email, 'guess again', '203.0.113.100')).statusCode).toBe(429);
    // and even from the owner's own address, wrong guesses
    for (let i = 0; i < 8; i++) await login(owner.email, `guess from home ${i}`, home);
    // the right password from the known address is never refused
    expect((await login(owner.email, owner.password, home)).statusCode).toBe(200);
  });

  it('counts per account and address: failures of one pair do not slow another account or another address down', async () => {
    clock.set('2026-03-04T13:00:00Z');
    const a = { email: 'pair.a@centrale.test', password: 'pair a password 11' };
    const b = { email: 'pair.b@centrale.test', password: 'pair b password 22' };
    await newAccount(a.email, a.password);
    await newAccount(b.email, b.password);
    const office = '198.51.100.60';
    for (let i = 0; i < 5; i++) expect((await login(a.email, `wrong ${i}`, office)).statusCode).toBe(401);
    expect((await login(a.email, a.password, office)).statusCode).toBe(429);
    // the colleague behind the same office address is not affected, nor the same account elsewhere
    expect((await login(b.email, b.password, office)).statusCode).toBe(200);
    expect((await login(a.email, a.password, '198.51.100.61')).statusCode).toBe(200);
  });

  it('slows down progressively instead of locking: 1 minute after 5 failures, then 2, then 4', async () => {
    clock.set('2026-03-04T15:00:00Z');
    const u = { email: 'slow@centrale.test', password: 'slow down password 3' };
    await newAccount(u.email, u.password);
    const ip = '198.51.100.70';
    for (let i = 0; i < 5; i++) expect((await login(u.email, `wrong ${i}`, ip)).statusCode).toBe(401);
    const first = await login(u.email, 'wrong 5', ip);
    expect(first.statusCode).toBe(429);
    expect(Number(first.headers['retry-after'])).toBe(60);
    clock.advance(61_000);
    expect((await login(u.email, 'wrong 6', ip)).statusCode).toBe(401);
    const second = await login(u.email, 'wrong 7', ip);
    expect(Number(second.headers['retry-after'])).toBe(120);
    clock.advance(121_000);
    expect((await login(u.email, 'wrong 8', ip)).statusCode).toBe(401);
    expect(Number((await login(u.email, u.password, ip)).headers['retry-after'])).toBe(240);
    // after the wait, the right password gets in
    clock.advance(241_000);
    expect((await login(u.email, u.password, ip)).statusCode).toBe(200);
  });

  it('slows down an address after 20 failures on any accounts, except for an account that logged in from it before', async () => {
    clock.set('2026-03-05T09:00:00Z');
    const ip = '203.0.113.7';
    const regular = { email: 'regular@centrale.test', password: 'regular user password 5' };
    await newAccount(regular.email, regular.password);
    expect((await login(regular.email, regular.password, ip)).statusCode).toBe(200);
    for (let i = 0; i < 20; i++) expect((await login(`guess${i}@centrale.test`, 'guess', ip)).statusCode).toBe(401);
    const blocked = await login(ADMIN.email, ADMIN.password, ip);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    // the same account from another address is fine, and so is the account that knows this address
    expect((await login(ADMIN.email, ADMIN.password, '203.0.113.8')).statusCode).toBe(200);
    expect((await login(regular.email, regular.password, ip)).statusCode).toBe(200);
  });

  it('says how long to wait in the caller\'s language, with the right plural', async () => {
    clock.set('2026-03-05T12:00:00Z');
    const ip = '203.0.113.30';
    for (let i = 0; i < 5; i++) await login('plural@centrale.test', `wrong ${i}`, ip);
    const ask = (lang: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'plural@centrale.test', password: 'x' }, remoteAddress: ip, headers: { 'accept-language': lang } });
    expect((await ask('en')).json().title).toBe('Too many attempts. Try again in 1 minute.');
    expect((await ask('nl')).json().title).toBe('Te veel pogingen. Probeer opnieuw over 1 minuut.');
    expect((await ask('fr')).json().title).toBe('Trop de tentatives. Réessayez dans 1 minute.');
  });
});

describe('own password', () => {
  it('refuses a wrong current password (400, field currentPassword) and a too short new one', async () => {
    clock.set('2026-03-06T09:00:00Z');
    const cookie = await loginCookie(ADMIN.email, ADMIN.password);
    const wrong = await call(cookie, 'POST', '/api/auth/password', { currentPassword: 'not it at all', newPassword: 'a brand new password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([expect.objectContaining({ path: 'currentPassword' })]);
    const short = await call(cookie, 'POST', '/api/auth/password', { currentPassword: ADMIN.password, newPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([expect.objectContaining({ path: 'newPassword' })]);
    expect((await login(ADMIN.email, ADMIN.password)).statusCode).toBe(200);
  });

  it('changes the password: the current session stays, the other sessions end', async () => {
    const current = await loginCookie(ADMIN.email, ADMIN.password);
    const other = await loginCookie(ADMIN.email, ADMIN.password, '192.0.2.3');
    const res = await call(current, 'POST', '/api/auth/password', { currentPassword: ADMIN.password, newPassword: 'the second admin password' });
    expect(res.statusCode, res.body).toBe(204);
    expect((await me(current)).statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    expect((await me(adminCookie)).statusCode).toBe(401);
    expect((await login(ADMIN.email, ADMIN.password, '192.0.2.4')).statusCode).toBe(401);
    ADMIN.password = 'the second admin password';
    adminCookie = current;
  });
});

describe('user administration (admin)', () => {
  let userId = 0;
  const worker = { email: 'sam.social@centrale.test', name: 'Sam Social', roles: ['social_worker'], password: 'social worker pass' };

  it('creates a user (201) with an argon2id hash; a second account with the same e-mail (any case) is refused (409)', async () => {
    clock.set('2026-03-07T09:00:00Z');
    adminCookie = await loginCookie(ADMIN.email, ADMIN.password);
    const res = await call(adminCookie, 'POST', '/api/users', worker);
    expect(res.statusCode, res.body).toBe(201);
    userId = res.json().id;
    expect(res.json()).toMatchObject({ email: worker.email, roles: ['social_worker'], active: true });
    expect(res.json()).not.toHaveProperty('passwordHash');
    const [row] = await t.database.rows<{ password_hash: string }>(sql`select password_hash from users where id = ${userId}`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const dup = await call(adminCookie, 'POST', '/api/users', { ...worker, email: worker.email.toUpperCase() });
    expect(dup.statusCode).toBe(409);
    const list = await call(adminCookie, 'GET', '/api/users');
    expect(list.json().items.map((u: { email: string }) => u.email)).toContain(worker.email);
    for (const u of list.json().items) expect(u).not.toHaveProperty('passwordHash');
  });

  it('edits a user: new roles apply to the next request', async () => {
    const cookie = await loginCookie(worker.email, worker.password);
    expect((await call(cookie, 'GET', '/api/audit')).statusCode).toBe(403);
    const res = await call(adminCookie, 'PATCH', `/api/users/${userId}`, { roles: ['social_worker', 'director'], name: 'Sam S.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Sam S.', roles: ['social_worker', 'director'] });
    expect((await call(cookie, 'GET', '/api/audit')).statusCode).toBe(200);
  });

  it('resets a password: the user must change it, old password and sessions end', async () => {
    const cookie = await loginCookie(worker.email, worker.password);
    const res = await call(adminCookie, 'POST', `/api/users/${userId}/password`, { password: 'temporary pass 123' });
    expect(res.statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await login(worker.email, worker.password)).statusCode).toBe(401);
    const again = await login(worker.email, 'temporary pass 123');
    expect(again.statusCode).toBe(200);
    expect(again.json().user.mustChangePassword).toBe(true);
    worker.password = 'temporary pass 123';
  });

  it('deactivates a user: their sessions end and the right password is answered like a wrong one', async () => {
    const cookie = await loginCookie(worker.email, worker.password);
    const res = await call(adminCookie, 'PATCH', `/api/users/${userId}`, { active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json().active).toBe(false);
    expect((await me(cookie)).statusCode).toBe(401);
    // the right password of a deactivated account gets exactly the answer of a wrong password
    const refused = await login(worker.email, worker.password, '192.0.2.77');
    const wrong = await login(worker.email, 'not the password at all', '192.0.2.77');
    expect(refused.statusCode).toBe(401);
    expect(refused.body).toBe(wrong.body);
    expect(refused.headers['content-type']).toBe(wrong.headers['content-type']);
    expect(refused.headers['set-cookie']).toBeUndefined();
    // reactivated, they can log in again
    expect((await call(adminCookie, 'PATCH', `/api/users/${userId}`, { active: true })).statusCode).toBe(200);
    expect((await login(worker.email, worker.password)).statusCode).toBe(200);
  });

  it('cannot remove the last active admin (neither by deactivation nor by taking the role away)', async () => {
    const off = await call(adminCookie, 'PATCH', `/api/users/${adminId}`, { active: false });
    expect(off.statusCode).toBe(409);
    expect(off.json().code).toBe('error.last_admin');
    const demoted = await call(adminCookie, 'PATCH', `/api/users/${adminId}`, { roles: ['director'] });
    expect(demoted.statusCode).toBe(409);
    expect((await me(adminCookie)).json().user.roles).toEqual(['admin']);
    // with a second admin, the first may step down
    const second = await call(adminCookie, 'POST', '/api/users', { email: 'second.admin@centrale.test', name: 'Second Admin', roles: ['admin'], password: 'kettle umbrella pavement' });
    expect(second.statusCode).toBe(201);
    const secondCookie = await loginCookie('second.admin@centrale.test', 'kettle umbrella pavement');
    expect((await call(secondCookie, 'PATCH', `/api/users/${adminId}`, { roles: ['director'] })).statusCode).toBe(200);
    // and now the second one is the last admin
    expect((await call(secondCookie, 'PATCH', `/api/users/${second.json().id}`, { active: false })).statusCode).toBe(409);
  });

  it('refuses user administration to non-admins', async () => {
    const cookie = await loginCookie(worker.email, worker.password);
    expect((await call(cookie, 'GET', '/api/users')).statusCode).toBe(403);
    expect((await call(cookie, 'POST', '/api/users', { email: 'x@centrale.test', name: 'X', roles: ['admin'], password: 'xxxxxxxxxxxx' })).statusCode).toBe(403);
  });
});

describe('cookie over https', () => {
  it('marks the session cookie Secure when PUBLIC_URL is https', async () => {
    const https = await createTestApp({ env: { PUBLIC_URL: 'https://relais.example.be' } });
    try {
      const cookie = await https.cookieFor('reception');
      expect(cookie).toMatch(/relais_session=/);
      const res = await https.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'reception@test.relais', password: 'correct horse battery' } });
      expect(res.statusCode).toBe(200);
      const setCookie = String(res.headers['set-cookie']);
      expect(setCookie).toMatch(/; Secure/i);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Strict/i);
    } finally {
      await https.close();
    }
  });
});

describe('passwords that are easy to guess', () => {
  let pwAdmin = '';
  beforeAll(async () => {
    await t.app.relais.ctx.auth.createUser(systemActor('test'), { email: 'keeper@centrale.test', name: 'Keeper', roles: ['admin'], password: 'saffron glacier tuesday' });
    pwAdmin = await loginCookie('keeper@centrale.test', 'saffron glacier tuesday', '192.0.2.90');
  });
  // The administrator works in the language chosen in Relais (answers follow it, not Accept-Language).
  const create = async (password: string, lang: 'fr' | 'nl' | 'en' = 'en', email = 'weak.user@centrale.test') => {
    await t.app.inject({ method: 'PUT', url: '/api/auth/locale', headers: { cookie: pwAdmin }, payload: { locale: lang } });
    return t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: pwAdmin },
      payload: { email, name: 'Wanda Weak', roles: ['reception'], password },
    });
  };
  const message = (res: LightMyRequestResponse) => (res.json().errors as { path: string; message: string }[])[0]?.message ?? '';

  it.each([
    ['ten spaces', ' '.repeat(12)],
    ['one letter repeated', 'aaaaaaaaaaaa'],
    ['a common password with digits', 'password1234'],
    ['the keyboard row', 'azertyuiop123'],
    ['the account\'s own e-mail', 'weak.user@centrale.test'],
    ['the account\'s own name', 'Wanda Weak 2026'],
    ['a short password', 'Xk2!pq'],
  ])('refuses %s, on the password field, saying why', async (_what, password) => {
    const before = await t.app.relais.ctx.auth.userCount();
    const res = await create(password);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'password' })]);
    expect(message(res).length).toBeGreaterThan(10);
    expect(message(res)).not.toMatch(/error\.|password\.(warning|suggestion)/);
    expect(await t.app.relais.ctx.auth.userCount()).toBe(before);
  });

  it('says why in French, Dutch and English', async () => {
    const [fr, nl, en] = [await create('aaaaaaaaaaaa', 'fr'), await create('aaaaaaaaaaaa', 'nl'), await create('aaaaaaaaaaaa', 'en')];
    expect(message(en)).toMatch(/Repeated characters/i);
    expect(message(fr)).toMatch(/répétés/);
    expect(message(nl)).toMatch(/Herhalende/);
    const short = await create('short', 'nl');
    expect(message(short)).toBe('Het wachtwoord moet minstens 12 tekens tellen.');
  });

  it('accepts a long passphrase of unrelated words', async () => {
    const res = await create('lantern orchard sixteen violin', 'en', 'strong.user@centrale.test');
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('roles nobody can give themselves', () => {
  it('an administrator cannot give their own account a role, another administrator can', async () => {
    clock.set('2026-03-09T09:00:00Z');
    const first = await t.app.relais.ctx.auth.createUser(systemActor('test'), { email: 'root.one@centrale.test', name: 'Root One', roles: ['admin'], password: 'gravel lighthouse tangerine' });
    await t.app.relais.ctx.auth.createUser(systemActor('test'), { email: 'root.two@centrale.test', name: 'Root Two', roles: ['admin'], password: 'meadow saxophone quarry' });
    const one = await loginCookie('root.one@centrale.test', 'gravel lighthouse tangerine', '192.0.2.91');
    const two = await loginCookie('root.two@centrale.test', 'meadow saxophone quarry', '192.0.2.91');
    const self = await call(one, 'PATCH', `/api/users/${first.id}`, { roles: ['admin', 'director'] });
    expect(self.statusCode).toBe(403);
    expect(self.json().code).toBe('error.own_roles');
    expect((await me(one)).json().user.roles).toEqual(['admin']);
    expect((await call(two, 'PATCH', `/api/users/${first.id}`, { roles: ['admin', 'director'] })).statusCode).toBe(200);
  });

  it('no account is administrator and social worker at once: refused by the API and by the database', async () => {
    const rootTwo = await loginCookie('root.two@centrale.test', 'meadow saxophone quarry', '192.0.2.91');
    const both = await call(rootTwo, 'POST', '/api/users', { email: 'both@centrale.test', name: 'Both', roles: ['admin', 'social_worker'], password: 'pelican harvest cobalt' });
    expect(both.statusCode).toBe(400);
    expect(both.json().errors).toEqual([expect.objectContaining({ path: 'roles' })]);
    const worker = await call(rootTwo, 'POST', '/api/users', { email: 'only.social@centrale.test', name: 'Only Social', roles: ['social_worker'], password: 'pelican harvest cobalt' });
    expect(worker.statusCode).toBe(201);
    expect((await call(rootTwo, 'PATCH', `/api/users/${worker.json().id}`, { roles: ['social_worker', 'admin'] })).statusCode).toBe(400);
    // even written straight into the database
    await expect(t.database.rows(sql`update users set roles = array['admin','social_worker'] where id = ${worker.json().id}`)).rejects.toThrow();
  });
});

describe('a password reset by an administrator', () => {
  it('forces a new password before anything else, and the holder is told who reset it and when', async () => {
    clock.set('2026-03-10T08:30:00Z');
    const rootTwo = await loginCookie('root.two@centrale.test', 'meadow saxophone quarry', '192.0.2.91');
    const sw = await call(rootTwo, 'POST', '/api/users', { email: 'sofia.sw@centrale.test', name: 'Sofia SW', roles: ['social_worker'], password: 'walnut compass ribbon' });
    expect(sw.statusCode).toBe(201);
    expect((await call(rootTwo, 'POST', `/api/users/${sw.json().id}/password`, { password: 'temporary harbour 42' })).statusCode).toBe(204);
    const cookie = await loginCookie('sofia.sw@centrale.test', 'temporary harbour 42', '192.0.2.92');
    // the API refuses every route but me, logout and the password change
    const refused = await call(cookie, 'GET', '/api/socialdesk/interviews');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('error.password_change_required');
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect((await call(cookie, 'GET', '/api/people')).statusCode).toBe(403);
    const who = await me(cookie);
    expect(who.statusCode).toBe(200);
    expect(who.json().user.mustChangePassword).toBe(true);
    expect(who.json().passwordReset).toEqual({ by: 'Root Two', at: '2026-03-10T08:30:00.000Z' });
    const changed = await call(cookie, 'POST', '/api/auth/password', { currentPassword: 'temporary harbour 42', newPassword: 'violet canyon drizzle' });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await call(cookie, 'GET', '/api/people')).statusCode).toBe(200);
    // still told afterwards, on the home page
    expect((await me(cookie)).json().passwordReset).toEqual({ by: 'Root Two', at: '2026-03-10T08:30:00.000Z' });
  });
});
