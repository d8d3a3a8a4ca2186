/**
 * Route-by-role test: every registered route, every role, and anonymous.
 *
 * EXPECTED is written by hand from the intent (who should be able to do what), not copied from the
 * routes: if a route's declaration drifts from it, this test says so. A new route must be added here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ROLES, type TestApp } from './test-app';
import { accessRoles, AUDIT_READERS, GDPR_OFFICERS, PEOPLE_READERS, PEOPLE_WRITERS, type Access, type Role } from '../src/platform/auth/roles';

type Expected = 'public' | 'staff' | readonly Role[];

const ADMIN = ['admin'] as const;
/** Who may merge two person records: the people who handle duplicates at the desk, and the administrator. The director reads but does not edit records. */
const PEOPLE_MERGERS = ['admin', 'reception', 'social_worker'] as const;
// Activity modules: who does the work, who reads it, who configures it (see each module's routes).
const EPN_DESK = ['admin', 'trainer', 'reception'] as const; // the public digital space, run by the IT trainer with reception
const EPN_CONFIG = ['admin', 'trainer'] as const;
const EPN_STATS = ['admin', 'director', 'trainer', 'reception'] as const;
const TRAINING_STAFF = ['admin', 'trainer', 'project_officer'] as const;
const TRAINING_STATS = ['admin', 'director', 'trainer', 'project_officer'] as const;
const APPOINTMENT_MANAGERS = ['admin', 'reception', 'social_worker'] as const;
const APPOINTMENT_READERS = ['admin', 'director', 'reception', 'social_worker'] as const;
const FRONTDESK_WRITERS = ['admin', 'reception'] as const;
const FRONTDESK_READERS = ['admin', 'director', 'reception', 'social_worker'] as const;
const FRONTDESK_CONFIG = ['admin', 'director'] as const;
const SOCIALDESK_WRITERS = ['admin', 'social_worker'] as const;
const SOCIALDESK_READERS = ['admin', 'director', 'social_worker'] as const;
const CONFIDENTIAL_NOTES = ['social_worker'] as const; // not even admin or director
const SOCIALDESK_STATS = ['director', 'social_worker'] as const;
const ROOM_MANAGERS = ['admin', 'logistics'] as const;
const ROOM_STATS = ['admin', 'logistics', 'director'] as const;
const OBSERVATORY_EDITORS = ['admin', 'director', 'project_officer', 'communication'] as const;
const PROJECT_EDITORS = ['admin', 'director', 'project_officer'] as const;
// The digital-skills diagnostic: helpers who record it (partner services included), readers, who keeps the bank.
const DIAGNOSTIC_TAKERS = ['admin', 'reception', 'social_worker', 'trainer', 'project_officer', 'partner'] as const;
const DIAGNOSTIC_READERS = ['admin', 'director', 'social_worker', 'trainer', 'project_officer', 'partner'] as const;
const DIAGNOSTIC_CONFIG = ['admin', 'trainer'] as const;
const DIAGNOSTIC_STATS = ['admin', 'director', 'trainer', 'project_officer', 'partner'] as const;
const MENTORING_WRITERS = ['admin', 'trainer', 'project_officer'] as const;
const MENTORING_READERS = ['admin', 'director', 'trainer', 'project_officer'] as const;

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
  // the outbox: every staff member sees the messages of their own work (filtered by permission inside)
  'GET /api/outbox': 'staff',
  'POST /api/outbox/:id/done': 'staff',
  'POST /api/outbox/:id/retry': 'staff',
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
  'GET /api/people/suspected-duplicates': PEOPLE_MERGERS,
  'POST /api/people/:id/not-duplicate': PEOPLE_MERGERS,
  // GDPR: admin and director; a person's own data also by the social worker, who alone can include confidential notes (issue 10)
  'GET /api/people/:id/export': [...GDPR_OFFICERS, 'social_worker'],
  'POST /api/people/:id/erase': GDPR_OFFICERS,
  'GET /api/people/retention': GDPR_OFFICERS,
  'PUT /api/people/retention': GDPR_OFFICERS,
  // EPN (public digital space)
  'GET /api/epn/board': EPN_DESK,
  'GET /api/epn/help-kinds': EPN_DESK,
  'POST /api/epn/help-kinds': EPN_CONFIG,
  'PATCH /api/epn/help-kinds/:id': EPN_CONFIG,
  'GET /api/epn/opening-hours': EPN_DESK,
  'PUT /api/epn/opening-hours': EPN_CONFIG,
  'GET /api/epn/stats/:year': EPN_STATS,
  'GET /api/epn/stats/:year/export': EPN_STATS,
  'GET /api/epn/visits': EPN_DESK,
  'POST /api/epn/visits': EPN_DESK,
  'GET /api/epn/visits/:id': EPN_DESK,
  'PATCH /api/epn/visits/:id': EPN_DESK,
  'POST /api/epn/visits/:id/check-out': EPN_DESK,
  'POST /api/epn/visits/:id/seat': EPN_DESK,
  'POST /api/epn/visits/past': EPN_DESK,
  'GET /api/epn/workstations': EPN_DESK,
  'POST /api/epn/workstations': EPN_CONFIG,
  'PATCH /api/epn/workstations/:id': EPN_CONFIG,
  // trainings
  'GET /api/trainings/participants/:id/certificate': TRAINING_STAFF,
  'PUT /api/trainings/participants/:id/outcome': TRAINING_STAFF,
  'POST /api/trainings/participants/:id/withdraw': TRAINING_STAFF,
  'GET /api/trainings/programmes': TRAINING_STAFF,
  'POST /api/trainings/programmes': TRAINING_STAFF,
  'GET /api/trainings/programmes/:id': TRAINING_STAFF,
  'PATCH /api/trainings/programmes/:id': TRAINING_STAFF,
  'GET /api/trainings/programmes/:id/outcomes': TRAINING_STATS,
  'POST /api/trainings/programmes/:id/questions': TRAINING_STAFF,
  'PATCH /api/trainings/programmes/:id/questions/:questionId': TRAINING_STAFF,
  'POST /api/trainings/programmes/:id/sessions': TRAINING_STAFF,
  'GET /api/trainings/sessions/:id': TRAINING_STAFF,
  'PATCH /api/trainings/sessions/:id': TRAINING_STAFF,
  'PUT /api/trainings/sessions/:id/attendance': TRAINING_STAFF,
  'POST /api/trainings/sessions/:id/evaluation/close': TRAINING_STAFF,
  'POST /api/trainings/sessions/:id/evaluation/open': TRAINING_STAFF,
  'GET /api/trainings/sessions/:id/evaluation/qr.svg': TRAINING_STAFF,
  'GET /api/trainings/sessions/:id/evaluations': TRAINING_STAFF,
  'POST /api/trainings/sessions/:id/evaluations': TRAINING_STAFF,
  'POST /api/trainings/sessions/:id/participants': TRAINING_STAFF,
  'POST /api/trainings/sessions/:id/status': TRAINING_STAFF,
  'GET /api/trainings/stats/:year': TRAINING_STATS,
  'GET /api/public/evaluations/:token': 'public', // a participant fills in the evaluation form from a QR code
  'POST /api/public/evaluations/:token': 'public',
  // appointments
  'GET /api/appointment-desks': APPOINTMENT_READERS,
  'POST /api/appointment-desks': APPOINTMENT_MANAGERS,
  'GET /api/appointment-desks/:id': APPOINTMENT_READERS,
  'PATCH /api/appointment-desks/:id': APPOINTMENT_MANAGERS,
  'GET /api/appointment-desks/:id/slots': APPOINTMENT_READERS,
  'POST /api/appointments': APPOINTMENT_MANAGERS,
  'GET /api/appointments/:id': APPOINTMENT_READERS,
  'PATCH /api/appointments/:id': APPOINTMENT_MANAGERS,
  'POST /api/appointments/:id/cancel': APPOINTMENT_MANAGERS,
  'GET /api/appointments/:id/card': APPOINTMENT_READERS,
  'GET /api/appointments/:id/ics': APPOINTMENT_READERS,
  'POST /api/appointments/:id/outcome': APPOINTMENT_MANAGERS,
  'POST /api/appointments/:id/reschedule': APPOINTMENT_MANAGERS,
  'GET /api/appointments/calendar': APPOINTMENT_READERS,
  'POST /api/appointments/reminders': APPOINTMENT_MANAGERS,
  'GET /api/appointments/staff': APPOINTMENT_READERS,
  'GET /api/appointments/stats': APPOINTMENT_READERS,
  'GET /api/appointments/to-call': APPOINTMENT_MANAGERS,
  'GET /api/people/:id/appointments': PEOPLE_READERS,
  // front desk (reception)
  'POST /api/public/diagnostic': 'public',
  'GET /api/public/diagnostic/:token': 'public',
  'POST /api/public/diagnostic/:token/answers': 'public',
  'GET /api/public/diagnostic/:token/result': 'public',
  'POST /api/diagnostic/sessions': DIAGNOSTIC_TAKERS,
  'GET /api/diagnostic/sessions': DIAGNOSTIC_READERS,
  'GET /api/diagnostic/sessions/:id': DIAGNOSTIC_READERS,
  'GET /api/diagnostic/people/:id/progress': DIAGNOSTIC_READERS,
  'GET /api/diagnostic/link/qr.svg': DIAGNOSTIC_TAKERS,
  'GET /api/diagnostic/items': DIAGNOSTIC_CONFIG,
  'POST /api/diagnostic/items': DIAGNOSTIC_CONFIG,
  'PATCH /api/diagnostic/items/:code': DIAGNOSTIC_CONFIG,
  'GET /api/diagnostic/programme-levels': DIAGNOSTIC_CONFIG,
  'PUT /api/diagnostic/programme-levels/:id': DIAGNOSTIC_CONFIG,
  'DELETE /api/diagnostic/programme-levels/:id': DIAGNOSTIC_CONFIG,
  'GET /api/diagnostic/partner-accounts': ADMIN,
  'PUT /api/diagnostic/partner-accounts/:userId': ADMIN,
  'GET /api/diagnostic/stats': DIAGNOSTIC_STATS,
  'GET /api/diagnostic/stats/export': DIAGNOSTIC_STATS,
  'GET /api/mentoring/mentors': MENTORING_READERS,
  'POST /api/mentoring/mentors': MENTORING_WRITERS,
  'PATCH /api/mentoring/mentors/:id': MENTORING_WRITERS,
  'GET /api/mentoring/pairs': MENTORING_READERS,
  'POST /api/mentoring/pairs': MENTORING_WRITERS,
  'GET /api/mentoring/pairs/:id': MENTORING_READERS,
  'PATCH /api/mentoring/pairs/:id': MENTORING_WRITERS,
  'POST /api/mentoring/pairs/:id/sessions': MENTORING_WRITERS,
  'GET /api/mentoring/stats': MENTORING_READERS,
  'GET /api/mentoring/stats/export': MENTORING_READERS,
  'GET /api/frontdesk/day': FRONTDESK_READERS,
  'GET /api/frontdesk/reasons': 'staff',
  'POST /api/frontdesk/reasons': FRONTDESK_CONFIG,
  'PATCH /api/frontdesk/reasons/:id': FRONTDESK_CONFIG,
  'GET /api/frontdesk/stats': FRONTDESK_READERS,
  'GET /api/frontdesk/stats/export': FRONTDESK_READERS,
  'POST /api/frontdesk/visits': FRONTDESK_WRITERS,
  'PATCH /api/frontdesk/visits/:id': FRONTDESK_WRITERS,
  'DELETE /api/frontdesk/visits/:id': FRONTDESK_WRITERS,
  // social desk: confidential notes for the social worker only
  'GET /api/socialdesk/categories': 'staff',
  'POST /api/socialdesk/categories': SOCIALDESK_WRITERS,
  'PATCH /api/socialdesk/categories/:id': SOCIALDESK_WRITERS,
  'PATCH /api/socialdesk/followups/:id': SOCIALDESK_WRITERS,
  'GET /api/socialdesk/interviews': SOCIALDESK_READERS,
  'POST /api/socialdesk/interviews': SOCIALDESK_WRITERS,
  'GET /api/socialdesk/interviews/:id': SOCIALDESK_READERS,
  'PATCH /api/socialdesk/interviews/:id': SOCIALDESK_WRITERS,
  'DELETE /api/socialdesk/interviews/:id': SOCIALDESK_WRITERS,
  'GET /api/socialdesk/interviews/:id/notes': CONFIDENTIAL_NOTES,
  'POST /api/socialdesk/interviews/:id/notes': CONFIDENTIAL_NOTES,
  'PATCH /api/socialdesk/notes/:id': CONFIDENTIAL_NOTES,
  'GET /api/socialdesk/people/:id/followups': SOCIALDESK_READERS,
  'POST /api/socialdesk/people/:id/followups': SOCIALDESK_WRITERS,
  'GET /api/socialdesk/stats': SOCIALDESK_STATS,
  'GET /api/socialdesk/stats/drill': SOCIALDESK_STATS,
  'GET /api/socialdesk/stats/export': SOCIALDESK_STATS,
  // rooms: any staff member books, logistics manages; the public sees occupation and asks for a room
  'GET /api/rooms': 'staff',
  'POST /api/rooms': ROOM_MANAGERS,
  'GET /api/rooms/:id': 'staff',
  'PATCH /api/rooms/:id': ROOM_MANAGERS,
  'POST /api/rooms/:id/closures': ROOM_MANAGERS,
  'GET /api/rooms/bookings': 'staff',
  'POST /api/rooms/bookings': 'staff',
  'GET /api/rooms/bookings/:id': 'staff',
  'PATCH /api/rooms/bookings/:id': 'staff',
  'POST /api/rooms/bookings/:id/cancel': 'staff',
  'POST /api/rooms/bookings/:id/confirm': ROOM_MANAGERS,
  'POST /api/rooms/bookings/:id/move': 'staff',
  'POST /api/rooms/bookings/:id/refuse': ROOM_MANAGERS,
  'GET /api/rooms/calendar': 'staff',
  'GET /api/rooms/closures': 'staff',
  'DELETE /api/rooms/closures/:id': ROOM_MANAGERS,
  'GET /api/rooms/free': 'staff',
  'GET /api/rooms/organisations': ROOM_MANAGERS,
  'PUT /api/rooms/organisations/:id': ROOM_MANAGERS,
  'POST /api/rooms/series': 'staff',
  'GET /api/rooms/series/:id': 'staff',
  'POST /api/rooms/series/:id/cancel': 'staff',
  'POST /api/rooms/series/:id/confirm': ROOM_MANAGERS,
  'GET /api/rooms/statements': ROOM_STATS,
  'GET /api/rooms/stats': ROOM_STATS,
  'GET /api/public/rooms': 'public',
  'GET /api/public/rooms/:id/calendar.ics': 'public',
  'GET /api/public/rooms/:id/free-slots': 'public',
  'GET /api/public/rooms/calendar.ics': 'public',
  'GET /api/public/rooms/occupation': 'public',
  'POST /api/public/rooms/requests': 'public',
  'GET /api/public/rooms/requests/:reference': 'public',
  'GET /api/public/rooms/screen': 'public',
  // observatory and projects: everybody reads, the people who report edit
  'PUT /api/observatory/manual-figures': OBSERVATORY_EDITORS,
  'DELETE /api/observatory/manual-figures/:id': OBSERVATORY_EDITORS,
  'GET /api/observatory/manual-figures': 'staff',
  'GET /api/observatory/open-data': 'public',
  'GET /api/observatory/open-data/schema': 'public',
  'GET /api/observatory/open-data/dcat': 'public',
  'GET /api/observatory/settings': 'staff',
  'PUT /api/observatory/settings': ADMIN,
  'GET /api/observatory/people-reached': 'staff',
  'GET /api/observatory/people-reached/export': 'staff',
  // the route lets people readers in; each line further needs the read permission of its module (platform/reach.ts)
  'GET /api/observatory/people-reached/lines/:key/people': PEOPLE_READERS,
  'GET /api/observatory/dashboard': 'staff',
  'GET /api/observatory/report': 'staff',
  'GET /api/observatory/report/export': 'staff',
  'GET /api/observatory/report/texts': 'staff',
  'PUT /api/observatory/report/texts/:section': OBSERVATORY_EDITORS,
  'GET /api/projects': 'staff',
  'POST /api/projects': PROJECT_EDITORS,
  'GET /api/projects/:id': 'staff',
  'PUT /api/projects/:id': PROJECT_EDITORS,
  'GET /api/projects/:id/progress': 'staff',
};

/** Routes that exist only in some set-ups (the web app's catch-all exists once web/dist is built). */
const OPTIONAL: Record<string, Expected> = {
  'GET /*': 'public',
};

const fmt = (a: Expected | undefined) => (a === undefined ? 'nothing (refused to everybody)' : typeof a === 'string' ? `'${a}'` : `[${a.map((r) => `'${r}'`).join(', ')}]`);
const allowed = (e: Expected, role: Role) => e === 'public' || e === 'staff' || e.includes(role);
const urlOf = (pattern: string) => pattern.replace(/:[A-Za-z_]+/g, '1').replace(/\*$/, 'some-page');

let t: TestApp;
const serverErrors = new Set<string>();
let routes: { key: string; method: string; url: string; declared: Expected | undefined }[];

beforeAll(async () => {
  t = await createTestApp();
  // A named permission is compared by the roles it lets in.
  const declared = (a: Access | undefined): Expected | undefined => (a === undefined || a === 'public' ? a : accessRoles(a));
  routes = t.app.relais.routes.map((r) => ({ key: `${r.method} ${r.url}`, method: r.method, url: r.url, declared: declared(r.access) }));
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
          ok = status === 401 && String(res.headers['content-type']).startsWith('application/problem+json');
        } else if (!allowed(e, role)) {
          want = '403';
          ok = status === 403 && res.json().code === 'error.forbidden';
        } else {
          want = 'neither 401 nor 403';
          ok = status !== 401 && status !== 403;
        }
        if (status >= 500) serverErrors.add(`${r.key} as ${who}: ${status} ${res.body.slice(0, 160)}`);
        if (!ok) failures.push(`${r.key} as ${who}: got ${status}, want ${want} (${res.body.slice(0, 120)})`);
      }
    }
    expect(failures).toEqual([]);
  }, 180_000); // about 160 routes x 9 callers

  it('answers no 500 to these requests (ids of records that do not exist, empty bodies)', () => {
    // Filled by the walk above: a 500 is a bug of the route (bad input must get a 4xx problem).
    expect([...serverErrors]).toEqual([]);
  });

  it('has no route that writes to the audit log directly', () => {
    const writers = routes.filter((r) => r.url.startsWith('/api/audit') && r.method !== 'GET');
    expect(writers.map((r) => r.key)).toEqual([]);
  });
});
