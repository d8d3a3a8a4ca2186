import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Two real server processes on one PostgreSQL database: both desks scan the same tickets at the same moment
 * (and the same door tap reaches both): exactly one check-in per ticket, one count per tap, every other scan
 * answered 409 "already checked in", never a 500. PostgreSQL only (PGlite is single-process by design).
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx vitest run server/src/modules/events/events.processes.test.ts
 */
const baseUrl = process.env.TEST_DATABASE_URL;
const root = path.resolve(import.meta.dirname, '../../../..');
const PASSWORD = 'events processes test password';
const TICKETS = 12;
const SCANS_PER_PROCESS = 3;

describe.skipIf(!baseUrl)('check-in across two server processes', () => {
  let dbName: string;
  let dbUrl: string;
  const servers: { proc: ChildProcess; url: string }[] = [];

  async function admin(query: string) {
    const c = new pg.Client({ connectionString: baseUrl });
    await c.connect();
    try {
      await c.query(query);
    } finally {
      await c.end();
    }
  }

  function startServer(): Promise<{ proc: ChildProcess; url: string }> {
    return new Promise((resolve, reject) => {
      const proc = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: dbUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SMTP_URL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 90_000);
      const onData = (chunk: Buffer) => {
        out += chunk.toString();
        const m = out.match(/listening on http:\/\/localhost:(\d+)/);
        if (m) {
          clearTimeout(timer);
          resolve({ proc, url: `http://127.0.0.1:${m[1]}` });
        }
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
      proc.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
    });
  }

  beforeAll(async () => {
    dbName = `relais_events_${crypto.randomBytes(5).toString('hex')}`;
    await admin(`create database ${dbName}`);
    const u = new URL(baseUrl!);
    u.pathname = `/${dbName}`;
    dbUrl = u.toString();
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', 'create-user', '--email', 'desk@test.relais', '--name', 'Desk', '--role', 'admin'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: dbUrl, RELAIS_PASSWORD: PASSWORD },
      encoding: 'utf8',
    });
    expect(cli.status, cli.stderr + cli.stdout).toBe(0);
    servers.push(...(await Promise.all([startServer(), startServer()])));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(
      servers.map(
        (s) =>
          new Promise<void>((r) => {
            if (s.proc.exitCode !== null) return r();
            s.proc.once('exit', () => r());
            s.proc.kill('SIGTERM');
          }),
      ),
    );
    if (dbName) await admin(`drop database if exists ${dbName} with (force)`);
  }, 60_000);

  it('two processes scanning the same tickets at once make exactly one check-in each', async () => {
    const login = await fetch(`${servers[0].url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'desk@test.relais', password: PASSWORD }) });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const post = (base: string, url: string, body: unknown) => fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
    const day = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const ev = await post(servers[0].url, '/api/events', { kind: 'job_fair', status: 'published', titleFr: 'Salon', titleNl: 'Beurs', startsAt: `${day}T10:00:00+01:00`, endsAt: `${day}T16:00:00+01:00`, venueName: 'Palais 6' });
    expect(ev.status).toBe(201);
    const eventId = (await ev.json()).id;
    const secrets: string[] = [];
    for (let i = 0; i < TICKETS; i++) {
      const r = await post(servers[i % 2].url, `/api/events/${eventId}/registrations`, { firstName: `Visiteur${i}`, lastName: 'Concurrent' });
      expect(r.status).toBe(201);
      secrets.push((await r.json()).registration.secret);
    }
    const scans = secrets.flatMap((code, i) =>
      servers.flatMap((s, p) =>
        Array.from({ length: SCANS_PER_PROCESS }, (_, k) => ({ code, p, promise: post(s.url, `/api/events/${eventId}/scans`, { nonce: `n-${i}-${p}-${k}-${crypto.randomBytes(4).toString('hex')}`, desk: `Desk ${p}`, code }) })),
      ),
    );
    // The same tap (one nonce) reaches both processes, as a retry would.
    const taps = Array.from({ length: 10 }, (_, i) => `tap-${i}-${crypto.randomBytes(4).toString('hex')}`).flatMap((nonce) => servers.map((s) => post(s.url, `/api/events/${eventId}/door`, { nonce, device: 'Porte' })));
    const answers = await Promise.all(scans.map(async (s) => ({ ...s, status: (await s.promise).status })));
    const tapStatuses = await Promise.all(taps.map(async (t) => (await t).status));
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    for (const code of secrets) {
      const mine = answers.filter((a) => a.code === code).map((a) => a.status).sort();
      expect(mine).toEqual([200, ...Array(2 * SCANS_PER_PROCESS - 1).fill(409)]);
    }
    expect(tapStatuses.every((s) => s === 201)).toBe(true);
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    try {
      expect((await c.query(`select count(*)::int as n, count(distinct registration_id)::int as d from event_checkins`)).rows[0]).toEqual({ n: TICKETS, d: TICKETS });
      expect((await c.query(`select count(*)::int as n from event_door_counts`)).rows[0].n).toBe(10);
    } finally {
      await c.end();
    }
  }, 180_000);
});
