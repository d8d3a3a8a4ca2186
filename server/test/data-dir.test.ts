/**
 * The embedded data directory, with real processes: one owner at a time (server or CLI), stale locks
 * of killed processes, no acknowledged write lost to a SIGKILL, and backup/restore round trips
 * (into PGlite, and into PostgreSQL when TEST_DATABASE_URL is set).
 *
 * Processes run as `node --import tsx <script>` (what `npx tsx <script>` does, without the extra
 * npm and tsx parent processes), so that a signal reaches the server itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/platform/db/database';

const ROOT = path.resolve(import.meta.dirname, '../..');
/**
 * Every process here runs on an embedded data directory, whatever TEST_DATABASE_URL says, so the suite on PostgreSQL
 * would repeat the lock, restart, SIGKILL and embedded restore checks exactly (80 s of CI): they run once, in the PGlite
 * suite. On PostgreSQL the file writes people into an embedded directory, backs it up and restores it into PostgreSQL.
 */
const ON_POSTGRES = !!process.env.TEST_DATABASE_URL;
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-data-dir-test-'));
const DIR = path.join(TMP, 'data');
const ADMIN = { email: 'admin@centrale.test', name: 'Admin', password: 'an admin password' };
const children = new Set<ChildProcess>();

interface Run {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The environment of a spawned process: embedded mode on `dataDir`, nothing inherited that would change that. */
function envFor(dataDir: string, extra: Record<string, string> = {}) {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(DATABASE_URL|TEST_DATABASE_URL|VITEST.*|NODE_OPTIONS)$/.test(k)) env[k] = v;
  return { ...env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'production', ...extra };
}

function run(script: 'server/src/main.ts' | 'server/src/cli.ts', args: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, out: () => out, err: () => err, exited };
}

interface Server extends Run {
  base: string;
  setupCode: string | null;
}

async function startServer(dataDir: string): Promise<Server> {
  const r = run('server/src/main.ts', [], envFor(dataDir));
  const deadline = Date.now() + 90_000;
  let early: { code: number | null } | null = null;
  void r.exited.then((e) => (early = e));
  while (Date.now() < deadline) {
    const m = /listening on http:\/\/localhost:(\d+)/.exec(r.out());
    if (m) {
      const code = /first-run setup code: ([0-9a-f]+)/.exec(r.out());
      return { ...r, base: `http://127.0.0.1:${m[1]}`, setupCode: code ? code[1] : null };
    }
    if (early) throw new Error(`server exited (${JSON.stringify(early)}) before listening:\n${r.err()}\n${r.out().slice(-2000)}`);
    await new Promise((res) => setTimeout(res, 100));
  }
  r.child.kill('SIGKILL');
  throw new Error(`server did not start in time:\n${r.err()}\n${r.out().slice(-2000)}`);
}

async function stopServer(s: Server) {
  s.child.kill('SIGTERM');
  const e = await s.exited;
  expect(e.code, s.err()).toBe(0);
}

/** Runs a process to its end. */
async function runToEnd(script: 'server/src/main.ts' | 'server/src/cli.ts', args: string[], env: Record<string, string>, timeoutMs = 90_000) {
  const r = run(script, args, env);
  const timer = setTimeout(() => r.child.kill('SIGKILL'), timeoutMs);
  const e = await r.exited;
  clearTimeout(timer);
  return { ...e, out: r.out(), err: r.err() };
}

async function api(s: Server, method: string, url: string, body?: unknown, cookie?: string) {
  const res = await fetch(s.base + url, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null, headers: res.headers };
}

async function loginTo(s: Server): Promise<string> {
  const res = await fetch(`${s.base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }) });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/** Every person id the server knows, through the API. */
async function peopleIds(s: Server, cookie: string): Promise<Set<number>> {
  const ids = new Set<number>();
  for (let offset = 0; ; offset += 200) {
    const res = await api(s, 'GET', `/api/people?limit=200&offset=${offset}`, undefined, cookie);
    expect(res.status).toBe(200);
    for (const p of res.json.items) ids.add(p.id);
    if (res.json.items.length < 200) return ids;
  }
}

/** Creates people as fast as `parallel` clients can, until stop() is called; returns the ids answered 201. */
function writeLoop(s: Server, cookie: string, prefix: string, parallel = 4) {
  let stopped = false;
  const acknowledged: number[] = [];
  let errors = 0;
  let n = 0;
  const client = async () => {
    while (!stopped) {
      const i = n++;
      try {
        const res = await api(s, 'POST', '/api/people', { firstName: `${prefix}${i}`, lastName: `Writer ${crypto.randomUUID().slice(0, 8)}`, confirmNotDuplicate: true }, cookie);
        if (res.status === 201) acknowledged.push(res.json.id);
        else errors++;
      } catch {
        errors++; // connection reset when the server is killed
        if (stopped) return;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  };
  const done = Promise.all(Array.from({ length: parallel }, client));
  return {
    acknowledged,
    errors: () => errors,
    async stop() {
      stopped = true;
      await done;
    },
  };
}

async function snapshot(database: Database) {
  const people = await database.rows(
    sql`select id, first_name, last_name, birth_date::text as birth_date, niss, email, commune, merged_into_id,
          (extract(epoch from created_at) * 1000)::bigint::text as created_ms from people order by id`,
  );
  const users = await database.rows(sql`select id, email, name, array_to_string(roles, ',') as roles, password_hash, active from users order by id`);
  return { people, users };
}

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  fs.rmSync(TMP, { recursive: true, force: true });
});

let server: Server;
let cookie: string;
let written = new Set<number>();

describe('one owner per data directory', () => {
  beforeAll(async () => {
    server = await startServer(DIR);
    expect(server.setupCode).toBeTruthy();
    const setup = await api(server, 'POST', '/api/setup', { token: server.setupCode, ...ADMIN });
    expect(setup.status).toBe(201);
    cookie = await loginTo(server);
  }, 120_000);

  it.runIf(ON_POSTGRES)('writes people through the embedded server, then stops it cleanly', async () => {
    const loop = writeLoop(server, cookie, 'Pg');
    const until = Date.now() + 20_000;
    while (loop.acknowledged.length < 40 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    await loop.stop();
    expect(loop.errors()).toBe(0);
    written = await peopleIds(server, cookie);
    for (const id of loop.acknowledged) expect(written.has(id), `person ${id}`).toBe(true);
    await stopServer(server);
  }, 120_000);

  it.skipIf(ON_POSTGRES)('refuses a second server and a CLI command on the directory in use, clearly, while the first is being written to', async () => {
    const loop = writeLoop(server, cookie, 'Lock');
    try {
      const second = await runToEnd('server/src/main.ts', [], envFor(DIR));
      expect(second.code).not.toBe(0);
      expect(second.code).not.toBeNull();
      expect(second.err).toMatch(/cannot start: The data directory .* is in use by another Relais process \(pid \d+, server/);
      expect(second.out).not.toMatch(/listening/);

      const backupFile = path.join(TMP, 'refused.json.gz');
      const cli = await runToEnd('server/src/cli.ts', ['backup', '--out', backupFile], envFor(DIR));
      expect(cli.code).not.toBe(0);
      expect(cli.err).toMatch(/relais backup: The data directory .* is in use by another Relais process/);
      expect(fs.existsSync(backupFile)).toBe(false);
    } finally {
      await loop.stop();
    }
    expect(loop.errors()).toBe(0);
    expect(loop.acknowledged.length).toBeGreaterThan(0);
    // the first server still answers, with everything written
    const ids = await peopleIds(server, cookie);
    for (const id of loop.acknowledged) expect(ids.has(id), `person ${id}`).toBe(true);
    written = ids;
  }, 240_000);

  it.skipIf(ON_POSTGRES)('keeps every row after a clean stop and restart', async () => {
    await stopServer(server);
    expect(fs.existsSync(path.join(DIR, 'relais.lock'))).toBe(false);
    server = await startServer(DIR);
    expect(server.setupCode).toBeNull();
    cookie = await loginTo(server);
    expect(await peopleIds(server, cookie)).toEqual(written);
    await stopServer(server);
  }, 180_000);

  it.skipIf(ON_POSTGRES)('is not blocked by a stale lock (a lock file whose process is dead)', async () => {
    // the pid of a process that has just ended
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => gone.on('exit', r));
    const stale = { pid: gone.pid, hostname: os.hostname(), purpose: 'server', startedAt: '2026-01-01T00:00:00.000Z' };
    fs.writeFileSync(path.join(DIR, 'relais.lock'), JSON.stringify(stale));
    server = await startServer(DIR);
    const lock = JSON.parse(fs.readFileSync(path.join(DIR, 'relais.lock'), 'utf8'));
    expect(lock.pid).toBe(server.child.pid);
    cookie = await loginTo(server);
    expect(await peopleIds(server, cookie)).toEqual(written);
  }, 180_000);

  it.skipIf(ON_POSTGRES)('loses no acknowledged write when the server is killed (SIGKILL) in the middle of writing', async () => {
    const loop = writeLoop(server, cookie, 'Crash', 6);
    const until = Date.now() + 20_000;
    while (loop.acknowledged.length < 150 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    server.child.kill('SIGKILL');
    const e = await server.exited;
    expect(e.signal).toBe('SIGKILL');
    await loop.stop();
    const acknowledged = [...loop.acknowledged];
    expect(acknowledged.length).toBeGreaterThan(10);
    // the killed server's lock is left behind, and does not block the restart
    expect(fs.existsSync(path.join(DIR, 'relais.lock'))).toBe(true);
    server = await startServer(DIR);
    cookie = await loginTo(server);
    const ids = await peopleIds(server, cookie);
    const lost = acknowledged.filter((id) => !ids.has(id));
    expect(lost, `${lost.length} of ${acknowledged.length} acknowledged people lost`).toEqual([]);
    for (const id of written) expect(ids.has(id)).toBe(true);
    written = ids;
    await stopServer(server);
  }, 240_000);
});

describe('backup and restore', () => {
  const file = path.join(TMP, 'backup.json.gz');

  it('backs up the stopped data directory into one file', async () => {
    const backup = await runToEnd('server/src/cli.ts', ['backup', '--out', file], envFor(DIR));
    expect(backup.code, backup.err).toBe(0);
    expect(backup.out).toMatch(/Backup written/);
    expect(fs.statSync(file).size).toBeGreaterThan(100);
  }, 120_000);

  it.skipIf(ON_POSTGRES)('restores that backup into an empty data directory: same people, same users, and it serves', async () => {
    const target = path.join(TMP, 'restored');
    const restore = await runToEnd('server/src/cli.ts', ['restore', file], envFor(target));
    expect(restore.code, restore.err + restore.out).toBe(0);
    expect(restore.out).toMatch(/Restored \d+ rows/);
    // a second restore into the now non-empty directory is refused
    const again = await runToEnd('server/src/cli.ts', ['restore', file], envFor(target));
    expect(again.code).not.toBe(0);
    expect(again.err).toMatch(/not empty/);

    const source = await openDatabase({ kind: 'pglite', dataDir: path.join(DIR, 'pg') });
    const copy = await openDatabase({ kind: 'pglite', dataDir: path.join(target, 'pg') });
    try {
      const a = await snapshot(source);
      const b = await snapshot(copy);
      expect(a.people.length).toBe(written.size);
      expect(a.users.length).toBe(1);
      expect(b).toEqual(a);
    } finally {
      await source.close();
      await copy.close();
    }
    // the restored directory serves: the admin logs in and new ids follow the restored ones
    const restored = await startServer(target);
    try {
      const c = await loginTo(restored);
      expect(await peopleIds(restored, c)).toEqual(written);
      const res = await api(restored, 'POST', '/api/people', { firstName: 'After', lastName: 'Restore', confirmNotDuplicate: true }, c);
      expect(res.status).toBe(201);
      expect(res.json.id).toBeGreaterThan(Math.max(...written));
    } finally {
      await stopServer(restored);
    }
  }, 300_000);

  it.runIf(ON_POSTGRES)('restores the PGlite backup into a fresh PostgreSQL database', async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const name = `relais_restore_${crypto.randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${name}`;
    try {
      const restore = await runToEnd('server/src/cli.ts', ['restore', file], { ...envFor(path.join(TMP, 'unused')), DATABASE_URL: u.toString() });
      expect(restore.code, restore.err + restore.out).toBe(0);
      const source = await openDatabase({ kind: 'pglite', dataDir: path.join(DIR, 'pg') });
      const target = await openDatabase({ kind: 'postgres', url: u.toString(), max: 1 });
      try {
        const a = await snapshot(source);
        expect(await snapshot(target)).toEqual(a);
        expect(a.people.length).toBe(written.size);
      } finally {
        await source.close();
        await target.close();
      }
    } finally {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    }
  }, 180_000);
});

// Embedded directories only (see ON_POSTGRES): once, in the PGlite suite.
describe.skipIf(ON_POSTGRES)('files on disk are private to the account that runs Relais', () => {
  /** Every folder and file under `dir` whose mode lets group or others in, as "mode path". */
  function notPrivate(dir: string): string[] {
    const out: string[] = [];
    const walk = (d: string) => {
      const m = fs.statSync(d).mode & 0o777;
      if (m !== 0o700) out.push(`${m.toString(8)} ${d}`);
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.isFile() && (fs.statSync(p).mode & 0o077) !== 0) out.push(`${(fs.statSync(p).mode & 0o777).toString(8)} ${p}`);
      }
    };
    walk(dir);
    return out;
  }

  it('under umask 000, the data directory is 0700 and every file of the database and every backup 0600', async () => {
    const dir = path.join(TMP, 'umask-000');
    const previous = process.umask(0o000); // the spawned processes inherit it
    try {
      const s = await startServer(dir);
      try {
        const res = await api(s, 'POST', '/api/setup', { token: s.setupCode, ...ADMIN });
        expect(res.status).toBe(201);
        const c = await loginTo(s);
        expect((await api(s, 'POST', '/api/people', { firstName: 'Privée', lastName: 'Fichier', confirmNotDuplicate: true }, c)).status).toBe(201);
      } finally {
        await stopServer(s);
      }
      const file = path.join(dir, 'backups', 'manual.json.gz');
      const backup = await runToEnd('server/src/cli.ts', ['backup', '--out', file], envFor(dir));
      expect(backup.code, backup.err).toBe(0);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const files = fs.readdirSync(path.join(dir, 'pg'), { recursive: true }).length;
      expect(files).toBeGreaterThan(100);
      expect(notPrivate(dir)).toEqual([]);
    } finally {
      process.umask(previous);
    }
  }, 180_000);

  it('refuses to start on a data directory others can write, saying how to fix it, and changes nothing', async () => {
    const dir = path.join(TMP, 'shared-dir');
    fs.mkdirSync(dir);
    fs.chmodSync(dir, 0o777);
    const res = await runToEnd('server/src/main.ts', [], envFor(dir));
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/can be written by other users/);
    expect(res.err).toContain(`chmod 700 ${dir}`);
    expect(fs.readdirSync(dir)).toEqual([]);
    const cli = await runToEnd('server/src/cli.ts', ['migrate'], envFor(dir));
    expect(cli.code).not.toBe(0);
    expect(cli.err).toMatch(/can be written by other users/);
  }, 120_000);

  it('makes an existing data directory written under a loose umask private at start', async () => {
    const dir = path.join(TMP, 'loose');
    fs.cpSync(path.join(TMP, 'umask-000'), dir, { recursive: true });
    fs.chmodSync(dir, 0o755);
    for (const f of fs.readdirSync(path.join(dir, 'pg'), { recursive: true }) as string[]) {
      const p = path.join(dir, 'pg', f);
      fs.chmodSync(p, fs.statSync(p).isDirectory() ? 0o755 : 0o644);
    }
    expect(notPrivate(dir).length).toBeGreaterThan(100);
    const res = await runToEnd('server/src/cli.ts', ['migrate'], envFor(dir));
    expect(res.code, res.err).toBe(0);
    expect(notPrivate(dir)).toEqual([]);
  }, 120_000);

  it('encrypts backups with BACKUP_PASSPHRASE; restore asks for it and refuses a wrong one', async () => {
    const source = path.join(TMP, 'umask-000');
    const file = path.join(TMP, 'encrypted.json.gz.enc');
    const passphrase = 'orchard lantern violin sixteen';
    const backup = await runToEnd('server/src/cli.ts', ['backup', '--out', file], envFor(source, { BACKUP_PASSPHRASE: passphrase }));
    expect(backup.code, backup.err).toBe(0);
    expect(backup.out).toMatch(/encrypted\)/);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 12).toString()).toBe('RELAIS-ENC-1');
    expect(bytes.includes(Buffer.from('Fichier'))).toBe(false);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const target = path.join(TMP, 'restored-encrypted');
    const without = await runToEnd('server/src/cli.ts', ['restore', file], envFor(target));
    expect(without.code).toBe(2);
    expect(without.err).toMatch(/encrypted: set BACKUP_PASSPHRASE/);
    const wrong = await runToEnd('server/src/cli.ts', ['restore', file], envFor(target, { BACKUP_PASSPHRASE: 'not the passphrase' }));
    expect(wrong.code).toBe(4);
    expect(wrong.err).toMatch(/Wrong backup passphrase/);
    const right = await runToEnd('server/src/cli.ts', ['restore', file], envFor(target, { BACKUP_PASSPHRASE: passphrase }));
    expect(right.code, right.err + right.out).toBe(0);
    const copy = await openDatabase({ kind: 'pglite', dataDir: path.join(target, 'pg') });
    try {
      const rows = await copy.rows<{ last_name: string }>(sql`select last_name from people`);
      expect(rows).toEqual([{ last_name: 'Fichier' }]);
    } finally {
      await copy.close();
    }
  }, 180_000);
});
