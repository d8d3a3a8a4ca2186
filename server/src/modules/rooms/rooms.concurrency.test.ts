import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Two real server processes on one PostgreSQL database receive many concurrent overlapping booking
 * requests: the exclusion constraint lets exactly one of each overlapping set be confirmed.
 * PostgreSQL only (PGlite is single-process by design).
 */
const baseUrl = process.env.TEST_DATABASE_URL;
const root = path.resolve(import.meta.dirname, '../../../..');
const PASSWORD = 'concurrency test password';

describe.skipIf(!baseUrl)('room bookings across two server processes', () => {
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
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
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
    dbName = `relais_rooms_conc_${crypto.randomBytes(5).toString('hex')}`;
    await admin(`create database ${dbName}`);
    const u = new URL(baseUrl!);
    u.pathname = `/${dbName}`;
    dbUrl = u.toString();
    // migrate and create a logistics user through the CLI
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', 'create-user', '--email', 'luc@test.relais', '--name', 'Luc', '--role', 'logistics'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: dbUrl, RELAIS_PASSWORD: PASSWORD },
      encoding: 'utf8',
    });
    expect(cli.status, cli.stderr + cli.stdout).toBe(0);
    servers.push(...(await Promise.all([startServer(), startServer()])));
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

  it('confirms exactly one booking of each overlapping set', async () => {
    const [a, b] = servers;
    const login = await fetch(`${a.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'luc@test.relais', password: PASSWORD }) });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const call = (base: string, url: string, body: unknown) =>
      fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
    const room = await call(b.url, '/api/rooms', { name: 'Salle Familia', capacity: 30 });
    expect(room.status).toBe(201);
    const roomId = (await room.json()).id as number;

    const SETS = 8;
    const PER_SET = 6;
    const requests: { set: number; promise: Promise<Response> }[] = [];
    for (let j = 0; j < PER_SET; j++) {
      for (let k = 0; k < SETS; k++) {
        const day = `2026-06-${String(1 + k).padStart(2, '0')}`;
        const start = new Date(`${day}T09:00:00+02:00`).getTime() + j * 10 * 60_000;
        const body = { roomId, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 2 * 3_600_000).toISOString(), purpose: `set ${k} try ${j}` };
        requests.push({ set: k, promise: call((j + k) % 2 ? a.url : b.url, '/api/rooms/bookings', body) });
      }
    }
    const results = await Promise.all(requests.map(async (r) => ({ set: r.set, res: await r.promise })));
    for (let k = 0; k < SETS; k++) {
      const mine = results.filter((r) => r.set === k);
      const statuses = mine.map((r) => r.res.status).sort();
      expect(statuses, `set ${k}`).toEqual([201, ...Array(PER_SET - 1).fill(409)]);
      for (const r of mine.filter((x) => x.res.status === 409)) {
        expect(r.res.headers.get('content-type')).toContain('application/problem+json');
        const p = await r.res.json();
        expect(p.code).toBe('error.room_taken');
        expect(p.collidesWith?.id).toEqual(expect.any(Number));
      }
    }
    // What the database holds: one confirmed booking per day, none overlapping.
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    try {
      const rows = await c.query(`select count(*)::int as n from room_bookings where status = 'confirmed'`);
      expect(rows.rows[0].n).toBe(SETS);
      const overlaps = await c.query(
        `select count(*)::int as n from room_bookings x join room_bookings y on x.id < y.id and x.room_id = y.room_id
         and tstzrange(x.starts_at, x.ends_at) && tstzrange(y.starts_at, y.ends_at) where x.status = 'confirmed' and y.status = 'confirmed'`,
      );
      expect(overlaps.rows[0].n).toBe(0);
    } finally {
      await c.end();
    }
  }, 120_000);
});
