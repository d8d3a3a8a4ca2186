import fs from 'node:fs';
import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDatabase, type Database } from '../src/platform/db/database';
import { fixedClock, systemClock, type Clock } from '../src/platform/clock';
import type { Mailer } from '../src/platform/mailer';
import { ROLES, type Role } from '../src/platform/auth/roles';
import { systemActor } from '../src/platform/audit/audit.service';

/** A fresh, migrated database for one test file (PGlite in memory, or a clone on PostgreSQL). */
export async function createTestDatabase(): Promise<Database> {
  const spec = inject('testDatabase');
  if (spec.kind === 'pglite') {
    const blob = new Blob([fs.readFileSync(spec.file)]);
    // RELAIS_TEST_PGLITE_WORKER=true: the whole suite on the embedded database in a worker thread (PGLITE_WORKER).
    return openDatabase({ kind: 'pglite', loadDataDir: blob, worker: process.env.RELAIS_TEST_PGLITE_WORKER === 'true' });
  }
  const name = `relais_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: spec.url });
  await admin.connect();
  await admin.query(`create database ${name} template ${spec.template}`);
  await admin.end();
  const u = new URL(spec.url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: u.toString(), max: 5 });
  const close = database.close;
  database.close = async () => {
    await close();
    const c = new pg.Client({ connectionString: spec.url });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
  return database;
}

export const TEST_PASSWORD = 'correct horse battery';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  clock: Clock;
  /** Session cookie of a user holding exactly this role (created on first use). */
  cookieFor(role: Role): Promise<string>;
  userIdFor(role: Role): Promise<number>;
  /** inject() as a user of this role (or anonymous when role is null). */
  as(role: Role | null, opts: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Builds the whole app on a fresh database, the way production does, with a clock and mailer of the test's choosing. */
export async function createTestApp(opts: { clock?: Clock | string; mailer?: Mailer; env?: Record<string, string>; logger?: object } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = typeof opts.clock === 'string' ? fixedClock(opts.clock) : (opts.clock ?? systemClock);
  const config = loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', ...opts.env });
  const app = await buildApp({ config, database, clock, mailer: opts.mailer, logger: opts.logger ?? false });
  await app.ready();
  const users = new Map<Role, { id: number; cookie: string }>();
  const locales = new Map<number, string>();

  async function ensure(role: Role) {
    let u = users.get(role);
    if (!u) {
      const email = `${role}@test.relais`;
      const created = await app.relais.ctx.auth.createUser(systemActor('test'), { email, name: `Test ${role}`, roles: [role], password: TEST_PASSWORD });
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`login as ${role} failed: ${res.body}`);
      const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      u = { id: created.id, cookie };
      users.set(role, u);
    }
    return u;
  }

  return {
    app,
    database,
    clock,
    cookieFor: async (role) => (await ensure(role)).cookie,
    userIdFor: async (role) => (await ensure(role)).id,
    async as(role, o) {
      const headers = { ...(o.headers ?? {}) } as Record<string, string>;
      if (role) {
        const u = await ensure(role);
        headers.cookie = u.cookie;
        // A logged-in user's answers follow the language saved in their account, not Accept-Language:
        // a test that asks for a language as a user is a user who chose that language in Relais.
        // Without the header, the user works in French (the default language).
        const asked = headers['accept-language']?.slice(0, 2);
        const wanted = asked === 'nl' || asked === 'en' ? asked : 'fr';
        if (locales.get(u.id) !== wanted) {
          await app.relais.ctx.auth.setOwnLocale(u.id, wanted);
          locales.set(u.id, wanted);
        }
      }
      return app.inject({ ...o, headers });
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export { ROLES };
