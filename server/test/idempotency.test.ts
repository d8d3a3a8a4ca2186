import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './test-app';

let t: TestApp;
let siteId: number;
beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-03T09:00:00Z' });
  siteId = (await t.as('admin', { method: 'POST', url: '/api/sites', payload: { name: 'Maison de l’Emploi', kind: 'main', openingHours: [] } })).json().id;
});
afterAll(() => t?.close());

const visits = async () => (await t.database.rows<{ n: number }>(sql`select count(*)::int as n from frontdesk_visits`))[0].n;
const logVisit = (key?: string, reason = 'information') =>
  t.as('reception', { method: 'POST', url: '/api/frontdesk/visits', headers: key ? { 'idempotency-key': key } : {}, payload: { siteId, reason } });

describe('a repeated create', () => {
  it('makes one record when the same request is sent twice (a retry after a network cut)', async () => {
    const before = await visits();
    const first = await logVisit('visit-0001-aaaa');
    const second = await logVisit('visit-0001-aaaa');
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().id).toBe(first.json().id);
    expect(await visits()).toBe(before + 1);
  });

  it('makes one record when two identical requests arrive at once (a double click)', async () => {
    const before = await visits();
    const [a, b] = await Promise.all([logVisit('visit-0002-bbbb'), logVisit('visit-0002-bbbb')]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().id).toBe(b.json().id);
    expect(await visits()).toBe(before + 1);
  });

  it('still makes two records for two visitors logged one after the other (different keys)', async () => {
    const before = await visits();
    await logVisit('visit-0003-cccc');
    await logVisit('visit-0004-dddd');
    expect(await visits()).toBe(before + 2);
  });

  it('does not replay one user\'s answer to another, nor one route\'s answer on another', async () => {
    const mine = await logVisit('shared-key-1234');
    const other = await t.as('admin', { method: 'POST', url: '/api/frontdesk/visits', headers: { 'idempotency-key': 'shared-key-1234' }, payload: { siteId, reason: 'information' } });
    expect(other.json().id).not.toBe(mine.json().id);
    const elsewhere = await t.as('reception', { method: 'POST', url: '/api/people', headers: { 'idempotency-key': 'shared-key-1234' }, payload: { firstName: 'Awa', lastName: 'Diallo', confirmNotDuplicate: true } });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('refuses a malformed key clearly and changes nothing', async () => {
    const before = await visits();
    const res = await logVisit('short');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('error.idempotency_key_invalid');
    expect(await visits()).toBe(before);
  });

  it('keeps a refused request refused: the same key with the same bad input answers the same 4xx', async () => {
    const a = await logVisit('bad-reason-5678', 'no_such_reason');
    const b = await logVisit('bad-reason-5678', 'no_such_reason');
    expect(a.statusCode).toBe(400);
    expect(b.statusCode).toBe(400);
    expect(b.json()).toEqual(a.json());
  });

  it('forgets keys after a day (the hourly job)', async () => {
    await logVisit('old-key-9999-zz');
    (t.clock as unknown as { advance(ms: number): void }).advance(25 * 3600_000);
    await t.app.relais.ctx.jobs.runDue();
    const [{ n }] = await t.database.rows<{ n: number }>(sql`select count(*)::int as n from idempotency_keys where key = 'old-key-9999-zz'`);
    expect(n).toBe(0);
  });
});
