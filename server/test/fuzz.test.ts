/**
 * Every route of the OpenAPI document, walked with what a careless or hostile caller sends: names of
 * Object.prototype members as fields, query parameters and values, wrong types, huge and malformed
 * values, in the path, the query string and the body, as an anonymous caller and as an administrator.
 * No answer may be a 5xx, and every error must be application/problem+json.
 *
 *   npx vitest run server/test/fuzz.test.ts      (PostgreSQL: TEST_DATABASE_URL=... in front)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from './test-app';

const PROTOTYPE_NAMES = ['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', 'toLocaleString', 'prototype'];
const HUGE = 'é'.repeat(200_000);
const TWO_MIB = JSON.stringify({ x: 'a'.repeat(2 * 1024 * 1024) });

/** Values for a path parameter, already URL-encoded (or deliberately malformed). */
const PATH_VALUES = [
  ...PROTOTYPE_NAMES.map(encodeURIComponent),
  'abc',
  '-1',
  '0',
  '1.5',
  '1e3',
  '99999999999',
  '9'.repeat(400),
  'a'.repeat(5000),
  '%zz',
  '%',
  '%00',
  '%E0%A4%A',
  '%2e%2e%2f%2e%2e',
  encodeURIComponent('<script>alert(1)</script>'),
  encodeURIComponent("1' OR '1'='1"),
  '1',
];
/** Values for a query parameter, already encoded or deliberately malformed. */
const QUERY_VALUES = [...PROTOTYPE_NAMES.slice(0, 5).map(encodeURIComponent), 'abc', '-1', '1e400', '2023-02-30', 'a'.repeat(5000), '%zz', '', '%00', 'true'];

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[]; anyOf?: Schema[]; oneOf?: Schema[] };
interface Operation {
  parameters?: { in: 'path' | 'query' | 'header'; name: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

/** A value of the wrong type for a property of this schema. */
function wrongValue(s: Schema | undefined): unknown {
  const type = Array.isArray(s?.type) ? s?.type[0] : s?.type;
  switch (type) {
    case 'string':
      return 12345;
    case 'number':
    case 'integer':
      return 'not a number';
    case 'boolean':
      return 'yes';
    case 'array':
      return { length: 1, 0: 'x' };
    case 'object':
      return ['x'];
    default:
      return { toString: 'x', valueOf: 'y' };
  }
}

interface Finding {
  who: string;
  method: string;
  url: string;
  status: number;
  type: string;
  body: string;
}

let t: TestApp;
let adminCookie = '';
const findings: Finding[] = [];
let sent = 0;
const byStatus: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-02T09:00:00Z' });
  adminCookie = await t.cookieFor('admin');
});
afterAll(() => t?.close());

async function send(who: 'anonymous' | 'admin', opts: InjectOptions): Promise<LightMyRequestResponse> {
  const headers = { 'accept-language': 'nl', ...((opts.headers as Record<string, string>) ?? {}), ...(who === 'admin' ? { cookie: adminCookie } : {}) };
  const res = await t.app.inject({ ...opts, headers });
  sent++;
  const key = `${who} ${res.statusCode}`;
  byStatus[key] = (byStatus[key] ?? 0) + 1;
  const type = String(res.headers['content-type'] ?? '');
  if (res.statusCode >= 500 || (res.statusCode >= 400 && !type.startsWith('application/problem+json'))) {
    findings.push({ who, method: String(opts.method), url: String(opts.url).slice(0, 160), status: res.statusCode, type, body: res.body.slice(0, 300) });
  }
  // A route that ends the administrator's session (logout, an own-password change) must not blind the rest of the walk.
  if (who === 'admin' && res.statusCode === 401) adminCookie = await relogin();
  return res;
}

async function relogin(): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@test.relais', password: 'correct horse battery' } });
  return res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

describe('every route, fuzzed', () => {
  it('answers prototype names, wrong types, huge and malformed values with a problem+json 4xx, never a 5xx', async () => {
    const started = Date.now();
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, Operation>> };
    const operations = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.entries(ops)
        .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map(([m, op]) => ({ path: p, method: m.toUpperCase() as InjectOptions['method'], op })),
    );
    expect(operations.length).toBeGreaterThan(150);

    for (const { path, method, op } of operations) {
      // The administrator must stay logged in for the walk (the route itself is still walked anonymously).
      const callers: ('anonymous' | 'admin')[] = path === '/api/auth/logout' ? ['anonymous'] : ['anonymous', 'admin'];
      const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      const hasBody = method !== 'GET' && method !== 'DELETE';
      const urlWith = (value: string) => pathParams.reduce((u, name) => u.replace(`{${name}}`, value), path);
      const base = urlWith('1');

      for (const who of callers) {
        // path parameters
        for (const v of pathParams.length ? PATH_VALUES : ['1']) {
          await send(who, { method, url: urlWith(v), ...(hasBody ? { payload: {} } : {}) });
        }
        // query strings: each declared parameter with bad values, unknown prototype-named parameters, repeats
        for (const q of queryParams.slice(0, 6)) for (const v of QUERY_VALUES) await send(who, { method, url: `${base}?${encodeURIComponent(q.name)}=${v}` });
        await send(who, { method, url: `${base}?${PROTOTYPE_NAMES.map((n, i) => `${encodeURIComponent(n)}=${i}`).join('&')}` });
        if (queryParams[0]) await send(who, { method, url: `${base}?${queryParams[0].name}=1&${queryParams[0].name}=2&${queryParams[0].name}[x]=3` });
        if (!hasBody) continue;
        // bodies
        const json = (payload: string, type = 'application/json') => send(who, { method, url: base, headers: { 'content-type': type }, payload });
        await json(JSON.stringify(Object.fromEntries(PROTOTYPE_NAMES.filter((n) => n !== '__proto__').map((n) => [n, n]))));
        await json('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"polluted": 1}}}');
        for (const raw of ['"just text"', '[]', 'null', '123', 'true', '{"a":', '{}{}', '\u0000', '']) await json(raw);
        await json('x=1', 'text/plain');
        await json('x=1', 'application/x-www-form-urlencoded');
        await json(`${'{"a":'.repeat(500)}1${'}'.repeat(500)}`);
        await json(TWO_MIB);
        const props = Object.entries(bodySchema?.properties ?? {}).slice(0, 10);
        for (const [name, schema] of props) {
          await send(who, { method, url: base, payload: { [name]: wrongValue(schema) } });
          await send(who, { method, url: base, payload: { [name]: PROTOTYPE_NAMES[(name.length + 1) % PROTOTYPE_NAMES.length] } });
          await send(who, { method, url: base, payload: { [name]: HUGE } });
          await send(who, { method, url: base, payload: { [name]: { toString: 'x', constructor: { name: 'y' }, valueOf: 1 } } });
        }
      }
    }
    const seconds = (Date.now() - started) / 1000;
    const serverErrors = findings.filter((f) => f.status >= 500);
    const notProblem = findings.filter((f) => f.status < 500);
    console.log(`fuzz: ${operations.length} routes, ${sent} requests in ${seconds.toFixed(1)} s, ${serverErrors.length} 5xx, ${notProblem.length} non-problem+json errors; by caller and status: ${JSON.stringify(byStatus)}`);
    expect(findings.slice(0, 20)).toEqual([]);
  }, 240_000);
});
