/**
 * The audit log: who did what to which record and when; readable by admin and director only;
 * append-only down to the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, ROLES, type TestApp } from './test-app';
import type { fixedClock } from '../src/platform/clock';
import type { Role } from '../src/platform/auth/roles';

const T0 = '2026-03-02T09:00:00.000Z';
let t: TestApp;
let clock: ReturnType<typeof fixedClock>;
let personId = 0;

interface Entry {
  id: number;
  at: string;
  actorUserId: number | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown> | null;
  ip: string | null;
}

beforeAll(async () => {
  // The clock moves by days here: sessions must outlive that.
  t = await createTestApp({ clock: T0, env: { SESSION_IDLE_MINUTES: '1000000', SESSION_MAX_HOURS: '10000' } });
  clock = t.clock as ReturnType<typeof fixedClock>;
});
afterAll(() => t?.close());

async function auditAs(role: Role, query: string): Promise<{ items: Entry[]; total: number }> {
  const res = await t.as(role, { method: 'GET', url: `/api/audit${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('what the audit log records', () => {
  it('records the creation of a person: who, what, which record, when', async () => {
    const res = await t.as('reception', { method: 'POST', url: '/api/people', payload: { firstName: 'Yasmina', lastName: 'El Idrissi', birthDate: '1994-11-03' } });
    expect(res.statusCode, res.body).toBe(201);
    personId = res.json().id;
    const { items } = await auditAs('admin', `?entityType=person&entityId=${personId}`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      action: 'person.create',
      entityType: 'person',
      entityId: String(personId),
      actorUserId: await t.userIdFor('reception'),
      actorName: 'Test reception',
      at: T0,
    });
    expect(items[0].ip).toBeTruthy();
  });

  it('records every read of a person record, by whom and when', async () => {
    clock.set('2026-03-02T10:30:00Z');
    const read = await t.as('social_worker', { method: 'GET', url: `/api/people/${personId}` });
    expect(read.statusCode).toBe(200);
    const { items } = await auditAs('director', `?entityType=person&entityId=${personId}&action=person.read`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ action: 'person.read', actorUserId: await t.userIdFor('social_worker'), at: '2026-03-02T10:30:00.000Z' });
  });

  it('records an update with the names of the changed fields (not their values)', async () => {
    clock.set('2026-03-03T08:00:00Z');
    const res = await t.as('reception', { method: 'PATCH', url: `/api/people/${personId}`, payload: { phone: '0470 12 34 56', lastName: 'El Idrissi' } });
    expect(res.statusCode, res.body).toBe(200);
    const { items } = await auditAs('admin', `?entityType=person&entityId=${personId}&action=person.update`);
    expect(items).toHaveLength(1);
    expect(items[0].details).toEqual({ fields: ['phone'] });
    expect(JSON.stringify(items[0])).not.toContain('0470');
    expect(items[0].at).toBe('2026-03-03T08:00:00.000Z');
  });

  it('records nothing for a refused write', async () => {
    await t.cookieFor('communication'); // its account creation and login are audited: do them first
    const before = (await auditAs('admin', '?limit=1')).total;
    const bad = await t.as('reception', { method: 'PATCH', url: `/api/people/${personId}`, payload: { birthDate: '2023-02-30' } });
    expect(bad.statusCode).toBe(400);
    const forbidden = await t.as('communication', { method: 'PATCH', url: `/api/people/${personId}`, payload: { phone: '02 000 00 00' } });
    expect(forbidden.statusCode).toBe(403);
    // the two reads of the audit log do not write to it either
    expect((await auditAs('admin', '?limit=1')).total).toBe(before);
  });
});

describe('reading the audit log', () => {
  it('lists newest first and filters by actor, action prefix, record and dates (inclusive)', async () => {
    const all = await auditAs('admin', '?limit=200');
    const ids = all.items.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(all.total).toBe(all.items.length);

    const reception = await t.userIdFor('reception');
    const byActor = await auditAs('admin', `?actorUserId=${reception}`);
    expect(byActor.items.length).toBeGreaterThan(0);
    expect(byActor.items.every((e) => e.actorUserId === reception)).toBe(true);

    const personActions = await auditAs('admin', '?action=person.');
    expect(personActions.items.map((e) => e.action).sort()).toEqual(['person.create', 'person.read', 'person.update']);

    const day1 = await auditAs('admin', `?entityType=person&entityId=${personId}&from=2026-03-02&to=2026-03-02`);
    expect(day1.items.map((e) => e.action).sort()).toEqual(['person.create', 'person.read']);
    const day2 = await auditAs('admin', `?entityType=person&entityId=${personId}&from=2026-03-03`);
    expect(day2.items.map((e) => e.action)).toEqual(['person.update']);
    const none = await auditAs('admin', `?entityType=person&entityId=${personId}&to=2026-03-01`);
    expect(none.items).toEqual([]);

    const page = await auditAs('admin', '?limit=1&offset=1');
    expect(page.items).toHaveLength(1);
    expect(page.items[0].id).toBe(ids[1]);
    expect(page.total).toBe(all.total);
  });

  it('treats wildcards in the action filter as plain text', async () => {
    // LIKE wildcards typed in the filter are literal: '%' matches no action, '_' only an underscore.
    expect((await auditAs('admin', '?action=%25')).items).toEqual([]);
    await t.app.relais.ctx.audit.record({ userId: null, name: 'test' }, { action: 'person.consent_add', entityType: 'person', entityId: 1 });
    expect((await auditAs('admin', '?action=person.consent_add')).items.map((i: { action: string }) => i.action)).toEqual(['person.consent_add']);
    expect((await auditAs('admin', '?action=person.consent%5Fadd')).items).toHaveLength(1);
    expect((await auditAs('admin', '?action=person_create')).items).toEqual([]);
  });

  it('is readable by admin and director only: 403 for other roles, 401 anonymous', async () => {
    for (const role of ROLES) {
      const res = await t.as(role, { method: 'GET', url: '/api/audit' });
      expect(res.statusCode, role).toBe(role === 'admin' || role === 'director' ? 200 : 403);
    }
    expect((await t.as(null, { method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });
});

describe('the audit log cannot be changed', () => {
  it('refuses UPDATE and DELETE at the database level', async () => {
    const before = await t.database.rows<{ n: number; actions: string }>(sql`select count(*)::int as n, string_agg(action, ',' order by id) as actions from audit_log`);
    await expect(t.database.rows(sql`update audit_log set action = 'tampered' where id = (select min(id) from audit_log)`)).rejects.toThrow();
    await expect(t.database.rows(sql`update audit_log set actor_name = null`)).rejects.toThrow();
    await expect(t.database.rows(sql`delete from audit_log where id = (select max(id) from audit_log)`)).rejects.toThrow();
    await expect(t.database.rows(sql`delete from audit_log`)).rejects.toThrow();
    // inside a transaction too
    await expect(
      t.database.db.transaction(async (tx) => {
        await tx.execute(sql`delete from audit_log`);
      }),
    ).rejects.toThrow();
    const after = await t.database.rows<{ n: number; actions: string }>(sql`select count(*)::int as n, string_agg(action, ',' order by id) as actions from audit_log`);
    expect(after).toEqual(before);
  });

  it('refuses TRUNCATE at the database level (row triggers do not see it)', async () => {
    const [{ n: before }] = await t.database.rows<{ n: number }>(sql`select count(*)::int as n from audit_log`);
    expect(before).toBeGreaterThan(0);
    await expect(t.database.rows(sql`truncate audit_log`)).rejects.toThrow();
    const [{ n: after }] = await t.database.rows<{ n: number }>(sql`select count(*)::int as n from audit_log`);
    expect(after).toBe(before);
  });

  it('still accepts new entries (append)', async () => {
    await t.app.relais.ctx.audit.record({ userId: null, name: 'test' }, { action: 'test.append', entityType: 'test' });
    expect((await auditAs('admin', '?action=test.append')).items).toHaveLength(1);
  });

  it('has no route that changes it', async () => {
    const writers = t.app.relais.routes.filter((r) => r.url.includes('audit') && r.method !== 'GET');
    expect(writers).toEqual([]);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const res = await t.as('admin', { method, url: '/api/audit', payload: {} });
      expect(res.statusCode, method).toBe(404);
      const one = await t.as('admin', { method, url: '/api/audit/1', payload: {} });
      expect(one.statusCode, method).toBe(404);
    }
  });
});
