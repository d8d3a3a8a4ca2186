/**
 * Accounts and sessions: first-run setup, login and logout, cookies, expiry, throttling,
 * password changes and user administration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from './test-app';
import type { fixedClock } from '../src/platform/clock';

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
  it('refuses an account after 5 failures (429 with retry-after), even with the right password, until the window passes', async () => {
    clock.set('2026-03-04T09:00:00Z');
    const target = { email: 'throttled@centrale.test', name: 'Throttled', roles: ['reception'], password: 'reception password 1' };
    const adminCookieNow = await loginCookie(ADMIN.email, ADMIN.password, '192.0.2.2');
    expect((await call(adminCookieNow, 'POST', '/api/users', target)).statusCode).toBe(201);
    // five wrong passwords from five addresses: the limit is per account, whatever the address
    for (let i = 0; i < 5; i++) expect((await login(target.email, `wrong ${i}`, `198.51.100.${i + 1}`)).statusCode).toBe(401);
    const blocked = await login(target.email, target.password, '198.51.100.99');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.headers['content-type']).toContain('application/problem+json');
    expect(blocked.headers['set-cookie']).toBeUndefined();
    // other accounts are not affected
    expect((await login(ADMIN.email, ADMIN.password, '198.51.100.99')).statusCode).toBe(200);
    clock.advance(16 * MINUTE);
    expect((await login(target.email, target.password, '198.51.100.99')).statusCode).toBe(200);
  });

  it('refuses an address after 20 failures on any accounts, even for a right password', async () => {
    clock.set('2026-03-05T09:00:00Z');
    const ip = '203.0.113.7';
    for (let i = 0; i < 20; i++) expect((await login(`guess${i}@centrale.test`, 'guess', ip)).statusCode).toBe(401);
    const blocked = await login(ADMIN.email, ADMIN.password, ip);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    // the same account from another address is fine
    expect((await login(ADMIN.email, ADMIN.password, '203.0.113.8')).statusCode).toBe(200);
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

  it('deactivates a user: their sessions end and they cannot log in, even with the right password', async () => {
    const cookie = await loginCookie(worker.email, worker.password);
    const res = await call(adminCookie, 'PATCH', `/api/users/${userId}`, { active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json().active).toBe(false);
    expect((await me(cookie)).statusCode).toBe(401);
    const refused = await login(worker.email, worker.password);
    expect(refused.statusCode).toBe(403);
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
    const second = await call(adminCookie, 'POST', '/api/users', { email: 'second.admin@centrale.test', name: 'Second Admin', roles: ['admin'], password: 'second admin pass' });
    expect(second.statusCode).toBe(201);
    const secondCookie = await loginCookie('second.admin@centrale.test', 'second admin pass');
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
