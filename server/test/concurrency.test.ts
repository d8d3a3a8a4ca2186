import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Three real server processes on one PostgreSQL database receive many concurrent overlapping room
 * bookings and appointments: the exclusion constraints let exactly one of each overlapping set through,
 * every other request is answered 409 (never a 500, even when PostgreSQL meets a deadlock: the shared
 * transaction helper tries again), and no log line holds the bookings' contact details.
 * PostgreSQL only (PGlite is single-process by design).
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx vitest run server/test/concurrency.test.ts
 */
const baseUrl = process.env.TEST_DATABASE_URL;
const root = path.resolve(import.meta.dirname, '../..');
const PASSWORD = 'concurrency test password';
const PROCESSES = 3;
const SETS = 16;
const PER_SET = 8;
/** Written into every booking and appointment: it must appear in no log line. */
const MARKER = 'Contact Zéphyrine Marqueur, zephyrine.marqueur@example.org, +32 470 12 34 56';

describe.skipIf(!baseUrl)(`room bookings and appointments across ${PROCESSES} server processes`, () => {
  let dbName: string;
  let dbUrl: string;
  const servers: { proc: ChildProcess; url: string; output: () => string }[] = [];

  async function admin(query: string) {
    const c = new pg.Client({ connectionString: baseUrl });
    await c.connect();
    try {
      await c.query(query);
    } finally {
      await c.end();
    }
  }

  function startServer(): Promise<{ proc: ChildProcess; url: string; output: () => string }> {
    return new Promise((resolve, reject) => {
      const proc = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: dbUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SMTP_URL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
      const onData = (chunk: Buffer) => {
        out += chunk.toString();
        const m = out.match(/listening on http:\/\/localhost:(\d+)/);
        if (m) {
          clearTimeout(timer);
          resolve({ proc, url: `http://127.0.0.1:${m[1]}`, output: () => out });
        }
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
      proc.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
    });
  }

  beforeAll(async () => {
    dbName = `relais_conc_${crypto.randomBytes(5).toString('hex')}`;
    await admin(`create database ${dbName}`);
    const u = new URL(baseUrl!);
    u.pathname = `/${dbName}`;
    dbUrl = u.toString();
    // migrate and create an administrator through the CLI
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', 'create-user', '--email', 'ada@test.relais', '--name', 'Ada', '--role', 'admin'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: dbUrl, RELAIS_PASSWORD: PASSWORD },
      encoding: 'utf8',
    });
    expect(cli.status, cli.stderr + cli.stdout).toBe(0);
    servers.push(...(await Promise.all(Array.from({ length: PROCESSES }, () => startServer()))));
  }, 120_000);

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

  it('confirms exactly one of each overlapping set, answers every other 409, never 5xx, and logs no contact details', async () => {
    const login = await fetch(`${servers[0].url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'ada@test.relais', password: PASSWORD }) });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const call = (base: string, url: string, body: unknown) =>
      fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
    const setup = async (url: string, body: unknown) => {
      const res = await call(servers[1].url, url, body);
      expect(res.status, `${url}: ${await res.clone().text()}`).toBe(201);
      return (await res.json()).id as number;
    };
    const roomId = await setup('/api/rooms', { name: 'Salle Familia', capacity: 30 });
    const siteId = await setup('/api/sites', { name: 'Espace Social', kind: 'desk', openingHours: [] });
    const staffUserId = await setup('/api/users', { email: 'sam@test.relais', name: 'Sam Social', roles: ['social_worker'], password: 'walnut compass ribbon' });
    const deskId = await setup('/api/appointment-desks', {
      siteId,
      name: 'Permanence',
      staffUserId,
      slotMinutes: 30,
      hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '07:00', to: '20:00' })),
    });
    const people: number[] = [];
    for (let i = 0; i < PER_SET; i++) people.push(await setup('/api/people', { firstName: `Personne${i}`, lastName: 'Concurrente', confirmNotDuplicate: true }));

    // Days well in the future, one per set; within a set, starts 10 minutes apart: every pair overlaps.
    const firstDay = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 2, 2));
    const dayOf = (k: number) => new Date(firstDay.getTime() + k * 86_400_000).toISOString().slice(0, 10);
    const requests: { kind: 'room' | 'appointment'; set: number; promise: Promise<Response> }[] = [];
    for (let j = 0; j < PER_SET; j++) {
      for (let k = 0; k < SETS; k++) {
        const start = new Date(`${dayOf(k)}T09:00:00+01:00`).getTime() + j * 10 * 60_000;
        const server = servers[(j + k) % PROCESSES].url;
        const room = { roomId, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 2 * 3_600_000).toISOString(), purpose: `set ${k} try ${j}`, contactName: MARKER, contactEmail: 'zephyrine.marqueur@example.org', contactPhone: '+32 470 12 34 56' };
        requests.push({ kind: 'room', set: k, promise: call(server, '/api/rooms/bookings', room) });
        const appointment = { deskId, personId: people[j], startsAt: new Date(start).toISOString(), endsAt: new Date(start + 90 * 60_000).toISOString(), purpose: MARKER, notes: MARKER };
        requests.push({ kind: 'appointment', set: k, promise: call(servers[(j + k + 1) % PROCESSES].url, '/api/appointments', appointment) });
      }
    }
    const results = await Promise.all(requests.map(async (r) => ({ ...r, res: await r.promise, body: '' })));
    for (const r of results) r.body = await r.res.text();
    const statuses = results.map((r) => r.res.status);
    const figures = {
      requests: results.length,
      created: statuses.filter((s) => s === 201).length,
      conflicts: statuses.filter((s) => s === 409).length,
      serverErrors: statuses.filter((s) => s >= 500).length,
      other: statuses.filter((s) => s !== 201 && s !== 409 && s < 500).length,
    };
    console.log(`concurrency: ${JSON.stringify(figures)}`);
    expect(figures.serverErrors, results.filter((r) => r.res.status >= 500).map((r) => r.body).slice(0, 3).join('\n')).toBe(0);
    for (const kind of ['room', 'appointment'] as const) {
      for (let k = 0; k < SETS; k++) {
        const mine = results.filter((r) => r.kind === kind && r.set === k);
        expect(mine.map((r) => r.res.status).sort(), `${kind} set ${k}: ${mine.map((r) => r.body.slice(0, 120)).join(' | ')}`).toEqual([201, ...Array(PER_SET - 1).fill(409)]);
        for (const r of mine.filter((x) => x.res.status === 409)) {
          expect(r.res.headers.get('content-type')).toContain('application/problem+json');
          expect(JSON.parse(r.body).code).toMatch(/^error\./);
        }
      }
    }
    // What the database holds: one per set, none overlapping.
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    try {
      const rooms = await c.query(`select count(*)::int as n from room_bookings where status = 'confirmed'`);
      expect(rooms.rows[0].n).toBe(SETS);
      const roomOverlaps = await c.query(
        `select count(*)::int as n from room_bookings x join room_bookings y on x.id < y.id and x.room_id = y.room_id
         and tstzrange(x.starts_at, x.ends_at) && tstzrange(y.starts_at, y.ends_at) where x.status = 'confirmed' and y.status = 'confirmed'`,
      );
      expect(roomOverlaps.rows[0].n).toBe(0);
      const appts = await c.query(`select count(*)::int as n from appointments where status <> 'cancelled'`);
      expect(appts.rows[0].n).toBe(SETS);
      const apptOverlaps = await c.query(
        `select count(*)::int as n from appointments x join appointments y on x.id < y.id and x.staff_user_id = y.staff_user_id
         and tstzrange(x.starts_at, x.ends_at) && tstzrange(y.starts_at, y.ends_at) where x.status <> 'cancelled' and y.status <> 'cancelled'`,
      );
      expect(apptOverlaps.rows[0].n).toBe(0);
    } finally {
      await c.end();
    }
    // The servers' logs hold no contact details, nor the query strings or bodies of the requests.
    for (const s of servers) {
      const log = s.output();
      expect(log).not.toContain('zephyrine');
      expect(log).not.toContain('Zéphyrine');
      expect(log).not.toContain('470 12 34');
    }
  }, 180_000);
});
