/**
 * Professional secrecy, end to end (issue 9): a marker written into every free-text and categorical field of the
 * social desk (interview actions, next step, referral note, confidential note, follow-up closing note, problem
 * category code and labels, appointment purpose, notes and cancel reason) through the API; then every GET route of
 * the OpenAPI document is called, with its path parameters filled from the records created and its query
 * parameters in each of their values (exports in xlsx and csv), by every role, and anonymously. The markers appear
 * in no answer to a role outside the social desk, the confidential note's in no answer to anyone but the social
 * worker; neither the audit log nor the log lines hold any of them.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createTestApp, ROLES, type TestApp } from './test-app';
import { fixedClock } from '../src/platform/clock';
import { logSerializers } from '../src/platform/http/security';
import { allows, type Role } from '../src/platform/auth/roles';
import { socialdeskPermissions } from '../src/modules/socialdesk/socialdesk.permissions';

// Wednesday 4 March 2026, 8:00 in Brussels: the desk opens at 9:00.
const clock = fixedClock('2026-03-04T07:00:00Z');

/** One marker per field, so that a failure names the field that leaked. */
const MARK = {
  actions: 'XSECRETactions',
  nextStep: 'XSECRETnextstep',
  referralNote: 'XSECRETreferral',
  note: 'XSECRETconfidential',
  closingNote: 'XSECRETclosing',
  categoryCode: 'xsecretcode',
  categoryFr: 'XSECRETlabelfr',
  categoryNl: 'XSECRETlabelnl',
  categoryEn: 'XSECRETlabelen',
  purpose: 'XSECRETpurpose',
  appointmentNotes: 'XSECRETapptnotes',
  cancelReason: 'XSECRETcancel',
} as const;
type Field = keyof typeof MARK;
const CATEGORY_FIELDS: Field[] = ['categoryCode', 'categoryFr', 'categoryNl', 'categoryEn'];

/**
 * What a caller may read of the markers. The confidential note: the social worker only. Everything else the
 * social desk knows: its readers. The problem categories counted over a year are in the annual report of those
 * the categories are for (the director and the project officers write it): there, and only there.
 */
function forbidden(role: Role | null, field: Field, path: string): boolean {
  const roles = role ? [role] : [];
  if (field === 'note') return role !== 'social_worker';
  if (allows(socialdeskPermissions.read, roles)) return false;
  if (CATEGORY_FIELDS.includes(field) && path.startsWith('/api/observatory/report') && allows(socialdeskPermissions.categories, roles)) return false;
  return true;
}

const logLines: string[] = [];
let t: TestApp;
const ids: Record<string, number> = {};
let reachKeys: string[] = [];

async function ok(res: { statusCode: number; body: string }, status = 201) {
  expect(res.statusCode, res.body).toBe(status);
  return JSON.parse(res.body);
}

beforeAll(async () => {
  const stream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  t = await createTestApp({ clock, logger: { level: 'trace', serializers: logSerializers, stream } });
  const post = (role: Role, url: string, payload: unknown) => t.as(role, { method: 'POST', url, payload: payload as object });

  const site = await ok(
    await post('admin', '/api/sites', { name: 'Espace Social Télé-Service', kind: 'desk', address: "Boulevard de l'Abattoir 27", postalCode: '1000', openingHours: [{ weekday: 3, from: '09:00', to: '12:00' }] }),
  );
  ids.site = site.id;
  ids.organisation = (await ok(await post('admin', '/api/organisations', { name: 'CPAS de Bruxelles', type: 'social_welfare' }))).id;
  const person = (firstName: string, lastName: string) => post('reception', '/api/people', { firstName, lastName, birthDate: '1984-05-12', confirmNotDuplicate: true });
  ids.person = (await ok(await person('Hélène', 'Dubois'))).id;
  ids.other = (await ok(await person('Karim', 'Benali'))).id;

  // The social worker's categories, interview, referral, next step, confidential note and a closed follow-up.
  ids.category = (await ok(await post('social_worker', '/api/socialdesk/categories', { code: MARK.categoryCode, labelFr: MARK.categoryFr, labelNl: MARK.categoryNl, labelEn: MARK.categoryEn }))).id;
  const interview = await ok(
    await post('social_worker', '/api/socialdesk/interviews', {
      personId: ids.person,
      date: '2026-03-02',
      siteId: ids.site,
      kind: 'appointment',
      categories: [MARK.categoryCode],
      actions: MARK.actions,
      referrals: [{ organisationId: ids.organisation, note: MARK.referralNote }],
      nextStep: MARK.nextStep,
      nextStepDate: '2026-03-20',
    }),
  );
  ids.interview = interview.id;
  ids.note = (await ok(await post('social_worker', `/api/socialdesk/interviews/${ids.interview}/notes`, { body: MARK.note }))).id;
  await ok(await post('social_worker', '/api/socialdesk/interviews', { personId: ids.other, date: '2026-02-10', siteId: ids.site, kind: 'drop_in', categories: [MARK.categoryCode] }));
  const followup = (await ok(await t.as('social_worker', { method: 'GET', url: `/api/socialdesk/people/${ids.other}/followups` }), 200)).current;
  ids.followup = followup.id;
  await ok(await t.as('social_worker', { method: 'PATCH', url: `/api/socialdesk/followups/${followup.id}`, payload: { endDate: '2026-03-03', closingNote: MARK.closingNote } }), 200);

  // The social desk's appointments: one booked by reception, one cancelled with a reason.
  const worker = await t.userIdFor('social_worker');
  ids.desk = (await ok(await post('social_worker', '/api/appointment-desks', { siteId: ids.site, name: 'Permanence emploi', staffUserId: worker, hours: [{ weekday: 3, from: '09:00', to: '12:00' }] }))).id;
  ids.appointment = (
    await ok(await post('reception', '/api/appointments', { deskId: ids.desk, personId: ids.person, startsAt: '2026-03-04T09:00:00+01:00', purpose: MARK.purpose, notes: MARK.appointmentNotes }))
  ).id;
  ids.cancelled = (await ok(await post('social_worker', '/api/appointments', { deskId: ids.desk, personId: ids.other, startsAt: '2026-03-11T10:00:00+01:00', purpose: MARK.purpose }))).id;
  await ok(await post('reception', `/api/appointments/${ids.cancelled}/cancel`, { reason: MARK.cancelReason }), 200);
  ids.staff = worker;

  // Errors on the way, whose log lines must not carry what was sent: an overlapping booking, an unknown category.
  expect((await post('social_worker', '/api/appointments', { deskId: ids.desk, personId: ids.other, startsAt: '2026-03-04T09:00:00+01:00', purpose: MARK.purpose })).statusCode).toBe(409);
  expect((await post('social_worker', '/api/socialdesk/interviews', { personId: ids.person, date: '2026-03-02', siteId: ids.site, kind: 'phone', categories: ['xsecretnope'], actions: MARK.actions })).statusCode).toBe(400);
  expect((await post('social_worker', '/api/socialdesk/interviews', { personId: ids.person, date: '2026-03-02', siteId: ids.site, kind: 'phone', categories: [MARK.categoryCode], actions: MARK.actions.repeat(400) })).statusCode).toBe(400);

  const reached = await ok(await t.as('director', { method: 'GET', url: '/api/observatory/people-reached?year=2026' }), 200);
  reachKeys = (reached.rows ?? reached.lines ?? []).map((l: { key: string }) => l.key);
}, 120_000);
afterAll(() => t?.close());

// --- walking the OpenAPI document -------------------------------------------------------------------------

type Param = { in: string; name: string; required?: boolean; schema?: { enum?: unknown[]; type?: string } };
type Operation = { parameters?: Param[] };

/** Values for a path parameter, from the records created above. */
function pathValues(path: string, name: string): (string | number)[] {
  if (name === 'key' && path.includes('people-reached')) return reachKeys.length ? reachKeys : ['social_desk'];
  if (name === 'year') return [2026];
  const rules: [RegExp, (string | number)[]][] = [
    [/^\/api\/people\/\{id\}/, [ids.person, ids.other]],
    [/^\/api\/socialdesk\/interviews\/\{id\}/, [ids.interview]],
    [/^\/api\/socialdesk\/people\/\{id\}/, [ids.person, ids.other]],
    [/^\/api\/socialdesk\/followups\/\{id\}/, [ids.followup]],
    [/^\/api\/appointments\/\{id\}/, [ids.appointment, ids.cancelled]],
    [/^\/api\/appointment-desks\/\{id\}/, [ids.desk]],
    [/^\/api\/sites\/\{id\}/, [ids.site]],
    [/^\/api\/organisations\/\{id\}/, [ids.organisation]],
  ];
  return rules.find(([re]) => re.test(path))?.[1] ?? [1];
}

/** Values for a query parameter: each value of an enum, else what fits the records created above. */
function queryValues(path: string, p: Param): string[] | null {
  if (p.schema?.enum?.length) return p.schema.enum.map(String);
  const known: Record<string, string[]> = {
    year: ['2026'],
    date: ['2026-03-04', '2026-03-11'],
    from: ['2026-01-01'],
    to: ['2026-12-31'],
    siteId: [String(ids.site)],
    personId: [String(ids.person)],
    deskId: [String(ids.desk)],
    staffUserId: [String(ids.staff)],
    category: [MARK.categoryCode],
    q: ['Dubois', 'Hélène Dubois'],
    key: path.startsWith('/api/socialdesk')
      ? ['interviews', 'people_seen', 'new_arrivals', `category.${MARK.categoryCode}`, `category_people.${MARK.categoryCode}`, `interviews.site.${ids.site}`]
      : ['social_desk'],
  };
  return known[p.name] ?? (p.required ? ['1'] : null);
}

/** Every combination worth asking: all known parameters at their first value, then each value of each parameter. */
function urlsOf(path: string, op: Operation): string[] {
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  let paths = [path];
  for (const p of pathParams) paths = paths.flatMap((u) => pathValues(path, p.name).map((v) => u.replace(`{${p.name}}`, encodeURIComponent(String(v)))));
  const query = params.filter((p) => p.in === 'query').map((p) => ({ p, values: queryValues(path, p) })).filter((x): x is { p: Param; values: string[] } => x.values !== null);
  const base = Object.fromEntries(query.map(({ p, values }) => [p.name, values[0]]));
  const variants: Record<string, string>[] = [{}, base];
  for (const { p, values } of query) for (const v of values.slice(1)) variants.push({ ...base, [p.name]: v });
  const qs = variants.map((v) => new URLSearchParams(v).toString());
  return [...new Set(paths.flatMap((u) => qs.map((q) => (q ? `${u}?${q}` : u))))];
}

/** What an answer says, as text: JSON, csv, iCalendar and svg as they are; xlsx cell by cell; a zip file by file. */
async function textOf(res: { headers: Record<string, unknown>; body: string; rawPayload: Buffer }): Promise<string> {
  const type = String(res.headers['content-type'] ?? '');
  if (type.includes('spreadsheetml')) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as never);
    const out: string[] = [];
    book.eachSheet((sheet) => {
      out.push(sheet.name);
      sheet.eachRow((row) => row.eachCell((cell) => out.push(cell.text)));
    });
    return out.join('\n');
  }
  if (type.includes('application/zip')) {
    const zip = await JSZip.loadAsync(res.rawPayload);
    return (await Promise.all(Object.values(zip.files).map(async (f) => `${f.name}\n${await f.async('string')}`))).join('\n');
  }
  return res.body;
}

const leaksIn = (text: string, role: Role | null, path: string) =>
  (Object.keys(MARK) as Field[]).filter((f) => forbidden(role, f, path) && text.toLowerCase().includes(MARK[f].toLowerCase()));

describe('what the social desk knows stays with the social desk', () => {
  it('the markers are where the social desk reads them (the walk below would prove nothing otherwise)', async () => {
    const sw = async (url: string) => (await t.as('social_worker', { method: 'GET', url })).body;
    expect(await sw(`/api/socialdesk/interviews/${ids.interview}`)).toContain(MARK.actions);
    expect(await sw(`/api/socialdesk/interviews/${ids.interview}`)).toContain(MARK.referralNote);
    expect(await sw(`/api/socialdesk/interviews/${ids.interview}/notes`)).toContain(MARK.note);
    expect(await sw(`/api/socialdesk/people/${ids.other}/followups`)).toContain(MARK.closingNote);
    expect(await sw(`/api/appointments/${ids.appointment}`)).toContain(MARK.appointmentNotes);
    expect(await sw(`/api/appointments/${ids.cancelled}`)).toContain(MARK.cancelReason);
    expect(await sw(`/api/people/${ids.person}/timeline`)).toContain(MARK.nextStep);
    const report = await t.as('director', { method: 'GET', url: '/api/observatory/report?year=2026' });
    expect(report.body).toContain(MARK.categoryFr);
  });

  const walk = async (roles: (Role | null)[]) => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, Operation>> };
    const leaks: string[] = [];
    const errors: string[] = [];
    let answers = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      const op = methods.get;
      if (!op) continue;
      for (const url of urlsOf(path, op)) {
        for (const role of roles) {
          const res = await t.as(role, { method: 'GET', url });
          if (res.statusCode >= 500) errors.push(`${url} as ${role ?? 'anonymous'}: ${res.statusCode}`);
          if (res.statusCode >= 400) continue;
          answers++;
          const found = leaksIn(await textOf(res), role, path);
          if (found.length) leaks.push(`${url} as ${role ?? 'anonymous'}: ${found.join(', ')}`);
        }
      }
    }
    return { leaks, errors, answers };
  };

  it('reception cannot learn why a person saw the social worker, nor communication, logistics, a trainer, a project officer, a partner service or a visitor without an account: no GET route, export or drill-down tells them', async () => {
    const outside = [null, ...ROLES.filter((r) => !allows(socialdeskPermissions.read, [r]))];
    expect(outside).toEqual([null, 'reception', 'trainer', 'project_officer', 'communication', 'logistics', 'partner']);
    const { leaks, errors, answers } = await walk(outside);
    expect(leaks).toEqual([]);
    expect(errors).toEqual([]);
    expect(answers).toBeGreaterThan(300); // the walk got answers, not only refusals
  }, 600_000);

  it('the confidential note reaches the social worker only: not the director, not an admin', async () => {
    const { leaks, errors } = await walk(['admin', 'director']);
    expect(leaks).toEqual([]);
    expect(errors).toEqual([]);
  }, 600_000);

  it('the audit log says who read and changed what, never what the social desk wrote', async () => {
    const rows = await t.database.rows<{ entry: string }>(sql`select row_to_json(a)::text as entry from audit_log a`);
    expect(rows.length).toBeGreaterThan(10);
    // A category's code names it in the entries of its creation and changes (configuration, not what a person said).
    const found = (Object.keys(MARK) as Field[]).filter((f) => f !== 'categoryCode' && rows.some((r) => r.entry.toLowerCase().includes(MARK[f].toLowerCase())));
    expect(found).toEqual([]);
  });

  it('no log line repeats what was sent or answered, errors included', () => {
    expect(logLines.length).toBeGreaterThan(100);
    const found = (Object.keys(MARK) as Field[]).filter((f) => logLines.some((l) => l.toLowerCase().includes(MARK[f].toLowerCase())));
    expect(found).toEqual([]);
  });
});
