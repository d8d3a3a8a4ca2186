/**
 * An API that holds a busy office (issue 19): the real server (`node bin/relais-server.js`, one process, or three on
 * one PostgreSQL) on the demo data plus 100,000 generated people, and virtual staff doing the front desk's mix over
 * HTTP with their own session each: search a person, open them (record and timeline, as the web does), log their
 * visit, and now and then the day's appointments and the desk's day; a think time of 1 to 3 s between two steps.
 * Prints p50/p95/p99, the slowest answer and the errors at each number of staff, and, with no think time, the
 * saturation throughput (requests per second, per core of the machine and per CPU-second of the server processes).
 * Targets: p95 under 50 ms at 50 staff on PostgreSQL and on PGlite; with three processes on one PostgreSQL,
 * p95 under 100 ms at 200 staff.
 *
 *   npm run bench -- api [--only pglite|postgres] [--people 100000] [--seconds 30] [--staff 10,50]
 *                        [--pg-staff 10,50,100,200] [--processes 3] [--saturation 16] [--reuse]
 *                        [--pglite-worker off|on|both] [--seed-only]
 *
 * PostgreSQL: the database `bench_api` (BENCH_API_DATABASE) on BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/test),
 * created afresh unless --reuse finds it seeded. PGlite: a data directory under the system's temporary directory.
 * Runs the built server (server/dist) when it is fresh, else the sources through tsx (then the figures say so).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { postgresReachable } from './postgres';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../server/src/platform/db/database';
import { migrate } from '../server/src/platform/db/migrate';
import { systemActor } from '../server/src/platform/audit/audit.service';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { loadDemo } from '../server/src/demo';
import { brusselsDay } from '../server/src/platform/brussels-time';
import { freePort, repoRoot } from '../e2e/support/server';
import { generatePeople } from './generate-people';
import { QUERIES, VARIANTS } from './people-search.bench';

const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
const PASSWORD = 'bench relais correct horse battery';
/** Distinct reception accounts; virtual staff beyond it share them (several tabs of one person). */
const ACCOUNTS = 25;

interface Args {
  only?: 'pglite' | 'postgres';
  people: number;
  seconds: number;
  staff: number[];
  pgStaff: number[];
  processes: number;
  saturation: number;
  reuse: boolean;
  worker: 'off' | 'on' | 'both';
  seedOnly: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { people: 100_000, seconds: 30, staff: [10, 50], pgStaff: [10, 50, 100, 200], processes: 3, saturation: 16, reuse: false, worker: 'off', seedOnly: false };
  const list = (v: string) => v.split(',').map(Number).filter((n) => n > 0);
  for (let i = 0; i < argv.length; i++) {
    let [key, value] = argv[i].split('=', 2);
    if (key === '--reuse' || key === '--seed-only') {
      // --seed-only: seed (or find seeded) and keep the data, run nothing (to look at plans by hand).
      if (key === '--seed-only') args.seedOnly = true;
      args.reuse = true;
      continue;
    }
    if (value === undefined) value = argv[++i];
    if (key === '--only' && (value === 'pglite' || value === 'postgres')) args.only = value;
    else if (key === '--people') args.people = Number(value);
    else if (key === '--seconds') args.seconds = Number(value);
    else if (key === '--staff') args.staff = list(value);
    else if (key === '--pg-staff') args.pgStaff = list(value);
    else if (key === '--processes') args.processes = Math.max(1, Number(value));
    else if (key === '--saturation') args.saturation = Math.max(1, Number(value));
    else if (key === '--pglite-worker' && (value === 'off' || value === 'on' || value === 'both')) args.worker = value;
    else throw new Error(`unknown option ${argv[i]} (see the top of bench/api.bench.ts)`);
  }
  return args;
}

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the virtual staff need to know about the seeded data. */
interface Seed {
  emails: string[];
  siteId: number;
  reason: string;
  names: string[];
  maxPersonId: number;
}

/** The demo (users, sites, a year of activity, today's appointments), 100,000 more people, reception accounts. */
async function seed(database: Database, people: number): Promise<Seed> {
  let t = performance.now();
  await migrate(database);
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent' }), database, logger: false });
  try {
    const ctx = app.relais.ctx;
    await loadDemo(ctx);
    console.log(`  demo data: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    const gen = await generatePeople(database, { count: people, seed: 19 });
    const filled = await ctx.services.people.fillMatchKeys();
    console.log(`  ${gen.rows} generated people and the sound codes of ${filled}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const emails: string[] = [];
    for (let i = 0; i < ACCOUNTS; i++) {
      const email = `bench-reception-${i}@relais.test`;
      await ctx.auth.createUser(systemActor('bench'), { email, name: `Accueil ${i}`, roles: ['reception'], password: PASSWORD });
      emails.push(email);
    }
    await database.rows(sql`analyze`);
  } finally {
    await app.close();
  }
  return describe(database);
}

async function describe(database: Database): Promise<Seed> {
  const emails = (await database.rows<{ email: string }>(sql`select email from users where email like 'bench-reception-%' order by id`)).map((r) => r.email);
  const [site] = await database.rows<{ id: number }>(sql`select id from sites order by id limit 1`);
  const [reason] = await database.rows<{ code: string }>(sql`select code from frontdesk_reasons where active order by id limit 1`);
  const [{ max }] = await database.rows<{ max: number }>(sql`select max(id)::int as max from people`);
  const names = (await database.rows<{ n: string }>(sql`select lower(last_name) as n from people tablesample system (1) limit 300`)).map((r) => r.n);
  return { emails, siteId: site.id, reason: reason.code, names, maxPersonId: max };
}

/**
 * The desk's day as a real one: the visits the virtual staff logged in an earlier level or run go, so that the day
 * (listed by the front desk's screen) holds what a busy day holds, not every visit a bench ever made.
 */
const BENCH_VISITS = sql`delete from frontdesk_visits where created_by in (select id from users where email like 'bench-reception-%')`;
async function clearBenchVisits(env: Record<string, string | undefined>): Promise<void> {
  // (the embedded database is the server's while it runs: cleared before it starts)
  const database = await openDatabase(env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL, max: 1 } : { kind: 'pglite', dataDir: path.join(env.DATA_DIR!, 'pg') });
  try {
    await database.rows(BENCH_VISITS);
  } finally {
    await database.close();
  }
}

async function peopleCount(database: Database): Promise<number> {
  try {
    const [{ n }] = await database.rows<{ n: number }>(sql`select count(*)::int as n from people`);
    const [{ u }] = await database.rows<{ u: number }>(sql`select count(*)::int as u from users where email like 'bench-reception-%'`);
    return u >= ACCOUNTS ? n : 0;
  } catch {
    return 0;
  }
}

interface Server {
  baseUrl: string;
  pid: number;
  fromSources: boolean;
  stop(): Promise<void>;
}

/** One server process, started as production starts it, on a free port; resolves once /api/health answers. */
async function startServer(env: Record<string, string | undefined>): Promise<Server> {
  const port = await freePort();
  // BENCH_SERVER_NODE_ARGS: options for the server's node (`--cpu-prof --cpu-prof-dir=/tmp/prof` to see where its time goes)
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, 'bin/relais-server.js'], {
    cwd: repoRoot,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', TRUST_PROXY: 'false' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));
  const baseUrl = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  for (;;) {
    if (exited) throw new Error(`the server exited before it was healthy:\n${output}`);
    if (performance.now() - t0 > 180_000) throw new Error(`the server was not healthy within 180 s:\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) break;
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
  return {
    baseUrl,
    pid: child.pid!,
    fromSources: output.includes('running the TypeScript sources'),
    async stop() {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* gone */
      }
      await Promise.race([exit, sleep(15_000)]);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
    },
  };
}

/** CPU seconds (user + system) a process has used, from /proc (Linux); 0 elsewhere. */
function cpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

async function login(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  if (res.status !== 200) throw new Error(`login ${email}: HTTP ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

type Kind = 'search' | 'open' | 'timeline' | 'visit' | 'appointments' | 'day';
interface Sample {
  kind: Kind;
  ms: number;
  ok: boolean;
}

/**
 * Virtual staff for `seconds` (after a warm-up of a few seconds whose answers are not counted), each on one server
 * (round robin), with a think time of 1 to 3 s between two steps (thinkMs false: none).
 */
async function runStaff(servers: Server[], cookies: string[], seed: Seed, staff: number, seconds: number, think: boolean) {
  const today = brusselsDay(new Date());
  const samples: Sample[] = [];
  const errors = new Map<string, number>();
  let measuring = false;
  let stopping = false;
  const queries = [...QUERIES.filter(Boolean), ...VARIANTS.map(([q]) => q), ...seed.names];
  const pause = () => (think ? sleep(1_000 + Math.random() * 2_000) : Promise.resolve());

  async function call(base: string, cookie: string, kind: Kind, method: string, url: string, body?: unknown): Promise<unknown> {
    const headers: Record<string, string> = { cookie };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['idempotency-key'] = `bench-${crypto.randomUUID()}`;
    }
    const t = performance.now();
    let ok = false;
    let json: unknown = null;
    try {
      const res = await fetch(`${base}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(30_000) });
      const text = await res.text();
      ok = res.ok;
      if (ok) json = text ? JSON.parse(text) : null;
      else if (measuring) errors.set(`${kind} HTTP ${res.status}`, (errors.get(`${kind} HTTP ${res.status}`) ?? 0) + 1);
    } catch (err) {
      if (measuring) errors.set(`${kind} ${(err as Error).name}`, (errors.get(`${kind} ${(err as Error).name}`) ?? 0) + 1);
    }
    if (measuring) samples.push({ kind, ms: performance.now() - t, ok });
    return json;
  }

  async function member(i: number) {
    const base = servers[i % servers.length].baseUrl;
    const cookie = cookies[i % cookies.length];
    if (think) await sleep(Math.random() * 3_000);
    for (let round = 0; !stopping; round++) {
      const q = queries[Math.floor(Math.random() * queries.length)];
      const found = (await call(base, cookie, 'search', 'GET', `/api/people?q=${encodeURIComponent(q)}&limit=25&offset=0`)) as { items?: { id: number }[] } | null;
      if (stopping) break;
      await pause();
      const hits = found?.items ?? [];
      const id = hits.length ? hits[Math.floor(Math.random() * Math.min(5, hits.length))].id : 1 + Math.floor(Math.random() * seed.maxPersonId);
      // Opening a record: the web asks for the record and its timeline at once.
      await Promise.all([call(base, cookie, 'open', 'GET', `/api/people/${id}`), call(base, cookie, 'timeline', 'GET', `/api/people/${id}/timeline`)]);
      if (stopping) break;
      await pause();
      if (Math.random() < 0.7) {
        await call(base, cookie, 'visit', 'POST', '/api/frontdesk/visits', { siteId: seed.siteId, personId: id, reason: seed.reason });
        if (stopping) break;
        await pause();
      }
      if (round % 3 === 0) {
        await call(base, cookie, 'appointments', 'GET', `/api/appointments/calendar?view=day&date=${today}&siteId=${seed.siteId}`);
        if (stopping) break;
        await pause();
      }
      if (round % 5 === 0) {
        await call(base, cookie, 'day', 'GET', `/api/frontdesk/day?siteId=${seed.siteId}&date=${today}`);
        if (stopping) break;
        await pause();
      }
    }
  }

  const running = Array.from({ length: staff }, (_, i) => member(i));
  await sleep(think ? 5_000 : 3_000);
  const cpu0 = servers.map((s) => cpuSeconds(s.pid));
  const t0 = performance.now();
  measuring = true;
  await sleep(seconds * 1_000);
  measuring = false;
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = servers.reduce((n, s, i) => n + cpuSeconds(s.pid) - cpu0[i], 0);
  stopping = true;
  await Promise.all(running);
  return { samples, errors, elapsed, serverCpu: cpu };
}

function summary(samples: Sample[]) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  return { n: ms.length, p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), max: ms[ms.length - 1] ?? 0 };
}
const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1)).padStart(7);

async function benchEngine(label: string, env: Record<string, string | undefined>, seedData: Seed, processes: number, staffLevels: number[], args: Args, target: { staff: number; p95: number }[]) {
  console.log(`\n== ${label}: ${processes} server process${processes > 1 ? 'es' : ''} ==`);
  const servers: Server[] = [];
  await clearBenchVisits(env);
  try {
    // One after the other: the first migrates and fills what is missing; the others find it done.
    for (let i = 0; i < processes; i++) servers.push(await startServer(env));
    if (servers.some((s) => s.fromSources)) console.log('  (server from its TypeScript sources through tsx: `npm run build:server` for the built one)');
    const cookies: string[] = [];
    for (const [i, email] of seedData.emails.entries()) cookies.push(await login(servers[i % servers.length].baseUrl, email));
    console.log(`  think time 1-3 s, ${args.seconds} s measured per level (after a warm-up), ${cookies.length} reception sessions`);
    console.log(`  ${'staff'.padStart(5)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)}  errors  search p95  open p95  visit p95  load average`);
    const verdicts: string[] = [];
    for (const staff of staffLevels) {
      if (env.DATABASE_URL) await clearBenchVisits(env);
      const r = await runStaff(servers, cookies, seedData, staff, args.seconds, true);
      const all = summary(r.samples);
      const by = (k: Kind) => summary(r.samples.filter((s) => s.kind === k)).p95;
      const errs = [...r.errors.values()].reduce((a, b) => a + b, 0);
      console.log(
        `  ${String(staff).padStart(5)} ${f(all.n / r.elapsed)} ${f(all.p50)} ${f(all.p95)} ${f(all.p99)} ${f(all.max)}  ${String(errs).padStart(6)}  ${f(by('search'))}    ${f(by('open'))}   ${f(by('visit'))}   ${load()}`,
      );
      if (errs) console.log(`        errors: ${[...r.errors.entries()].map(([k, v]) => `${k} x${v}`).join(', ')}`);
      const t = target.find((x) => x.staff === staff);
      if (t) verdicts.push(`p95 at ${staff} staff ${all.p95.toFixed(1)} ms, target under ${t.p95} ms: ${all.p95 < t.p95 && !errs ? 'met' : 'NOT met'}`);
    }
    // Saturation: no think time; enough staff to keep every process busy.
    if (env.DATABASE_URL) await clearBenchVisits(env);
    const conc = args.saturation * processes;
    const r = await runStaff(servers, cookies, seedData, conc, Math.min(args.seconds, 20), false);
    const all = summary(r.samples);
    const rps = all.n / r.elapsed;
    const errs = [...r.errors.values()].reduce((a, b) => a + b, 0);
    console.log(
      `  saturation (${conc} staff, no think time): ${rps.toFixed(0)} req/s, ${(rps / os.cpus().length).toFixed(0)} req/s per core of the machine (${os.cpus().length}), ` +
        `${r.serverCpu > 0 ? (all.n / r.serverCpu).toFixed(0) : '?'} requests per CPU-second of the server process${processes > 1 ? 'es' : ''} (${(r.serverCpu / r.elapsed).toFixed(2)} cores busy` +
        `${env.DATABASE_URL ? ', PostgreSQL not counted' : ', the embedded database included'}); p50 ${all.p50.toFixed(1)} ms, p95 ${all.p95.toFixed(1)} ms, errors ${errs}; load average ${load()}`,
    );
    for (const v of verdicts) console.log(`  ${v}`);
  } finally {
    for (const s of servers) await s.stop();
  }
}


export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  console.log(
    `api: the front desk's mix over HTTP, demo data + ${args.people} people; node ${process.version}, ${os.cpus().length} cores, ` +
      `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB, load average ${load()} (1, 5, 15 min)`,
  );
  const baseEnv: Record<string, string | undefined> = { ...process.env };
  delete baseEnv.DATABASE_URL;
  delete baseEnv.PUBLIC_URL;

  if (args.only !== 'postgres') {
    const dataDir = process.env.BENCH_API_PGLITE_DIR ?? path.join(os.tmpdir(), 'relais-bench-api-pglite');
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    let database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pg') });
    let seedData: Seed;
    if (args.reuse && (await peopleCount(database)) >= args.people) {
      console.log(`\nPGlite: reusing ${dataDir}`);
      seedData = await describe(database);
    } else {
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pg') });
      console.log(`\nPGlite: seeding ${dataDir}`);
      seedData = await seed(database, args.people);
    }
    await database.close();
    if (args.seedOnly) console.log(`  seeded: ${dataDir}/pg`);
    const modes = args.seedOnly ? [] : args.worker === 'both' ? ['off', 'on'] : [args.worker];
    for (const mode of modes)
      await benchEngine(`PGlite${mode === 'on' ? ', database in a worker thread (PGLITE_WORKER=true)' : ''}`, { ...baseEnv, DATA_DIR: dataDir, PGLITE_WORKER: mode === 'on' ? 'true' : 'false' }, seedData, 1, args.staff, args, [
        { staff: 50, p95: 50 },
      ]);
    if (!args.reuse) fs.rmSync(dataDir, { recursive: true, force: true });
  }

  if (args.only !== 'pglite') {
    const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_PG_URL;
    if (!(await postgresReachable(url))) {
      console.log(`\nPostgreSQL: skipped (${url.replace(/\/\/[^@/]*@/, '//***@')} does not answer; set BENCH_DATABASE_URL)`);
      return;
    }
    const name = process.env.BENCH_API_DATABASE ?? 'bench_api';
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const u = new URL(url);
    u.pathname = `/${name}`;
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount;
    let seedData: Seed | null = null;
    if (args.reuse && exists) {
      const database = await openDatabase({ kind: 'postgres', url: u.toString(), max: 2 });
      if ((await peopleCount(database)) >= args.people) seedData = await describe(database);
      await database.close();
    }
    if (seedData) console.log(`\nPostgreSQL: reusing the database ${name}`);
    else {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`create database ${name}`);
      console.log(`\nPostgreSQL: seeding the database ${name}`);
      const database = await openDatabase({ kind: 'postgres', url: u.toString(), max: 4 });
      try {
        seedData = await seed(database, args.people);
      } finally {
        await database.close();
      }
    }
    if (args.seedOnly) {
      console.log(`  seeded: ${u.toString()}`);
      await admin.end();
      return;
    }
    const [{ version }] = (await admin.query<{ version: string }>('select version()')).rows;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-api-pg-'));
    try {
      const env = { ...baseEnv, DATA_DIR: dataDir, DATABASE_URL: u.toString() };
      const pgLabel = `PostgreSQL ${version.split(' ')[1]}`;
      await benchEngine(pgLabel, env, seedData, 1, args.staff, args, [{ staff: 50, p95: 50 }]);
      if (args.processes > 1) await benchEngine(pgLabel, env, seedData, args.processes, args.pgStaff, args, [{ staff: 200, p95: 100 }]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (!args.reuse) await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
}
