/**
 * Route-by-role test: every registered route, every role, and anonymous.
 *
 * EXPECTED is written by hand from the intent (who should be able to do what), not copied from the
 * routes: if a route's declaration drifts from it, this test says so. A new route must be added here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ROLES, type TestApp } from './test-app';
import { AUDIT_READERS, GDPR_OFFICERS, PEOPLE_READERS, PEOPLE_WRITERS, type Role } from '../src/platform/auth/roles';

type Expected = 'public' | 'staff' | readonly Role[];

const ADMIN = ['admin'] as const;
/** Who may merge two person records: the people who handle duplicates at the desk, and those responsible for data. */
const PEOPLE_MERGERS = ['admin', 'director', 'reception', 'social_worker'] as const;

/** "METHOD url" as Fastify registers it -> who may call it. One line per route. */
const EXPECTED: Record<string, Expected> = {
  // platform
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  // first run, login, own account
  'GET /api/setup': 'public',
  'POST /api/setup': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/auth/me': 'staff',
  'POST /api/auth/password': 'staff',
  'PUT /api/auth/locale': 'staff',
  // user administration: admin only
  'GET /api/users': ADMIN,
  'GET /api/users/:id': ADMIN,
  'POST /api/users': ADMIN,
  'PATCH /api/users/:id': ADMIN,
  'POST /api/users/:id/password': ADMIN,
  // audit log: read-only, admin and director
  'GET /api/audit': AUDIT_READERS,
  // sites and organisations: everybody reads, admin manages
  'GET /api/sites': 'staff',
  'GET /api/sites/:id': 'staff',
  'POST /api/sites': ADMIN,
  'PATCH /api/sites/:id': ADMIN,
  'GET /api/organisations': 'staff',
  'GET /api/organisations/:id': 'staff',
  'POST /api/organisations': ADMIN,
  'PATCH /api/organisations/:id': ADMIN,
  // people registry
  'GET /api/people': PEOPLE_READERS,
  'GET /api/people/duplicates': PEOPLE_READERS,
  'GET /api/people/communes': 'staff',
  'POST /api/people': PEOPLE_WRITERS,
  'GET /api/people/:id': PEOPLE_READERS,
  'PATCH /api/people/:id': PEOPLE_WRITERS,
  'GET /api/people/:id/timeline': PEOPLE_READERS,
  'POST /api/people/:id/consents': PEOPLE_WRITERS,
  'POST /api/people/:id/consents/:consentId/withdraw': PEOPLE_WRITERS,
  'POST /api/people/:id/merge': PEOPLE_MERGERS,
  // GDPR: admin and director
  'GET /api/people/:id/export': GDPR_OFFICERS,
  'POST /api/people/:id/erase': GDPR_OFFICERS,
  'GET /api/people/retention': GDPR_OFFICERS,
  'PUT /api/people/retention': GDPR_OFFICERS,
};

/** Routes that exist only in some set-ups (the web app's catch-all exists once web/dist is built). */
const OPTIONAL: Record<string, Expected> = {
  'GET /*': 'public',
};

const fmt = (a: Expected | undefined) => (a === undefined ? 'nothing (refused to everybody)' : typeof a === 'string' ? `'${a}'` : `[${a.map((r) => `'${r}'`).join(', ')}]`);
const allowed = (e: Expected, role: Role) => e === 'public' || e === 'staff' || e.includes(role);
const urlOf = (pattern: string) => pattern.replace(/:[A-Za-z_]+/g, '1').replace(/\*$/, 'some-page');

let t: TestApp;
let routes: { key: string; method: string; url: string; declared: Expected | undefined }[];

beforeAll(async () => {
  t = await createTestApp();
  routes = t.app.relais.routes.map((r) => ({ key: `${r.method} ${r.url}`, method: r.method, url: r.url, declared: r.access as Expected | undefined }));
  // Logging out ends the caller's session: walk that route last so that the other routes still see a logged-in user.
  routes.sort((a, b) => Number(a.key === 'POST /api/auth/logout') - Number(b.key === 'POST /api/auth/logout'));
});
afterAll(() => t?.close());

describe('access: every route against every role', () => {
  it('knows every registered route (a new route must be added to EXPECTED)', () => {
    const table = { ...OPTIONAL, ...EXPECTED };
    const missing = routes.filter((r) => !(r.key in table));
    const lines = missing.map((r) => `  '${r.key}': ${fmt(r.declared)},`);
    expect(
      missing.map((r) => r.key),
      `Routes registered but missing from EXPECTED in server/test/access.test.ts.\n` +
        `Add one line per route to EXPECTED, with who SHOULD call it ('public', 'staff' or a list of roles).\n` +
        `Its current declaration is shown; check it against the intent before copying it:\n${lines.join('\n')}\n`,
    ).toEqual([]);
  });

  it('names no route that does not exist', () => {
    const registered = new Set(routes.map((r) => r.key));
    const stale = Object.keys(EXPECTED).filter((k) => !registered.has(k));
    expect(stale, `EXPECTED in server/test/access.test.ts names routes that are not registered (renamed or removed?): remove or rename these lines`).toEqual([]);
  });

  it('each route declares the access the table expects', () => {
    const wrong = routes
      .filter((r) => r.key in EXPECTED || r.key in OPTIONAL)
      .filter((r) => {
        const e = EXPECTED[r.key] ?? OPTIONAL[r.key];
        const d = r.declared;
        if (typeof e === 'string' || typeof d === 'string' || d === undefined) return e !== d;
        return [...e].sort().join() !== [...d].sort().join();
      })
      .map((r) => `${r.key}: declared ${fmt(r.declared)}, expected ${fmt(EXPECTED[r.key] ?? OPTIONAL[r.key])}`);
    expect(wrong, 'routes whose declared access differs from EXPECTED').toEqual([]);
  });

  it('answers 401 to anonymous callers and 403 to roles not allowed, and lets allowed roles through', async () => {
    const failures: string[] = [];
    for (const r of routes) {
      const e = EXPECTED[r.key] ?? OPTIONAL[r.key];
      if (!e) continue; // reported by the first test
      const hasBody = ['POST', 'PUT', 'PATCH'].includes(r.method);
      const request = { method: r.method as 'GET', url: urlOf(r.url), ...(hasBody ? { payload: {} } : {}) };
      for (const role of [null, ...ROLES] as (Role | null)[]) {
        const res = await t.as(role, request);
        const who = role ?? 'anonymous';
        const status = res.statusCode;
        let want: string;
        let ok: boolean;
        if (e === 'public') {
          want = 'neither 401 nor 403';
          ok = status !== 401 && status !== 403;
        } else if (role === null) {
          want = '401';
          ok = status === 401 && res.headers['content-type']?.startsWith('application/problem+json') === true;
        } else if (!allowed(e, role)) {
          want = '403';
          ok = status === 403 && res.json().code === 'error.forbidden';
        } else {
          want = 'neither 401 nor 403';
          ok = status !== 401 && status !== 403;
        }
        if (status >= 500) ok = false;
        if (!ok) failures.push(`${r.key} as ${who}: got ${status}, want ${want} (${res.body.slice(0, 120)})`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('has no route that writes to the audit log directly', () => {
    const writers = routes.filter((r) => r.url.startsWith('/api/audit') && r.method !== 'GET');
    expect(writers.map((r) => r.key)).toEqual([]);
  });
});
