import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../test/test-app';

// Reference lists are kept in memory (reference-cache.ts); whoever changes them, the next request sees the change.
let t: TestApp;
/** A second server process on the same database (its own memory). */
let other: FastifyInstance;
let otherCookie: string;
beforeAll(async () => {
  t = await createTestApp();
  other = await buildApp({ config: loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent' }), database: t.database, logger: false });
  await other.ready();
  await t.cookieFor('reception');
  const login = await other.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'reception@test.relais', password: TEST_PASSWORD } });
  otherCookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
});
afterAll(async () => {
  await other?.close();
  await t?.close();
});

const siteNames = async (app: FastifyInstance, cookie: string) =>
  ((await app.inject({ method: 'GET', url: '/api/sites?all=true', headers: { cookie } })).json().items as { id: number; name: string }[]).map((s) => s.name);

describe('the reference lists in memory', () => {
  it('show a site renamed by another process, or by hand in SQL, at the next request of every process', async () => {
    const created = await t.as('admin', { method: 'POST', url: '/api/sites', payload: { name: 'Antenne Laeken', kind: 'antenna', openingHours: [] } });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    const cookie = await t.cookieFor('reception');
    // both processes read (and keep) the list
    expect(await siteNames(t.app, cookie)).toContain('Antenne Laeken');
    expect(await siteNames(other, otherCookie)).toContain('Antenne Laeken');

    // the first process renames it: the second one's next request sees the new name
    expect((await t.as('admin', { method: 'PATCH', url: `/api/sites/${id}`, payload: { name: 'Antenne Laeken-Heizel' } })).statusCode).toBe(200);
    expect(await siteNames(other, otherCookie)).toContain('Antenne Laeken-Heizel');
    expect(await siteNames(t.app, cookie)).toContain('Antenne Laeken-Heizel');

    // written by hand, outside any service (an import, a script): both see it at once
    await t.database.rows(sql`update sites set name = 'Antenne Neder-Over-Heembeek' where id = ${id}`);
    expect(await siteNames(t.app, cookie)).toContain('Antenne Neder-Over-Heembeek');
    expect(await siteNames(other, otherCookie)).toContain('Antenne Neder-Over-Heembeek');
    expect(await siteNames(other, otherCookie)).not.toContain('Antenne Laeken-Heizel');
  });

  it('take a visit reason added or retired in one process at the next request of the other', async () => {
    const reason = await t.as('director', { method: 'POST', url: '/api/frontdesk/reasons', payload: { code: 'permis_conduire', labelFr: 'Permis de conduire', labelNl: 'Rijbewijs', labelEn: 'Driving licence' } });
    expect(reason.statusCode).toBe(201);
    const [site] = (await t.as('reception', { method: 'GET', url: '/api/sites' })).json().items as { id: number }[];
    // the other process knows the reason at its next request: a visit there with it is logged
    const visit = await other.inject({ method: 'POST', url: '/api/frontdesk/visits', headers: { cookie: otherCookie }, payload: { siteId: site.id, reason: 'permis_conduire' } });
    expect(visit.statusCode).toBe(201);
    expect(visit.json().reason.labelNl).toBe('Rijbewijs');
    // retired in the first process: the other refuses it from its next request on
    expect((await t.as('director', { method: 'PATCH', url: `/api/frontdesk/reasons/${reason.json().id}`, payload: { active: false } })).statusCode).toBe(200);
    const refused = await other.inject({ method: 'POST', url: '/api/frontdesk/visits', headers: { cookie: otherCookie, 'accept-language': 'fr' }, payload: { siteId: site.id, reason: 'permis_conduire' } });
    expect(refused.statusCode).toBe(400);
  });

  it('give the same list while nothing changes, and never let a caller change it for the others', async () => {
    const sites = t.app.relais.ctx.services.sites;
    const first = await sites.list(true);
    expect(await sites.list(true)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first[0]) && Object.isFrozen(first[0].openingHours)).toBe(true);
    expect(() => ((first as unknown as { name: string }[])[0].name = 'changed by a caller')).toThrow(TypeError);
    await t.database.rows(sql`update sites set address = address`);
    // (a request's counters come with its session; here, outside a request, the counters are read again)
    const cookie = await t.cookieFor('reception');
    await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(await sites.list(true)).not.toBe(first);
  });

  it('keep only lists whose table the database counts (a trigger on each)', async () => {
    const read = t.app.relais.ctx.referenceCache.tables();
    expect(read.sort()).toEqual(['appointment_desks', 'epn_help_kinds', 'frontdesk_reasons', 'organisations', 'sites', 'socialdesk_categories', 'users']);
    const triggers = await t.database.rows<{ table: string }>(sql`
      select c.relname as table from pg_trigger g join pg_class c on c.oid = g.tgrelid join pg_proc p on p.oid = g.tgfoid
      where p.proname = 'relais_table_changed' and not g.tgisinternal`);
    const counted = new Set(triggers.map((r) => r.table));
    for (const table of read) expect(counted, table).toContain(table);
  });
});
