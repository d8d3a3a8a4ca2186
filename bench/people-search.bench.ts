/**
 * People search at scale: 100,000 fictional people, then the people service's search (first page of 25
 * with the total, and its audit entry) for typo'd and accent-free queries, and for the Brussels name variants
 * of issue 18 (a few planted people that each variant must find: recall), on PGlite and on PostgreSQL when one
 * can be reached. Prints p50/p95 per query against the targets (p95 under 20 ms on PostgreSQL, 30 ms on PGlite)
 * and the machine's load average.
 *
 *   npm run bench -- people-search [--count 100000] [--runs 30] [--only pglite|postgres]
 */
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
import { generatePeople } from './generate-people';

/** What a reception agent types: accent-free, typo'd, partial, in any order. */
export const QUERIES = [
  'helene dubois', // Hélène Dubois, without accents
  'mohamed el amrani', // two-word surname
  'kowalsky', // typo for Kowalski
  'fatoumata diallo',
  'yilmaz', // Yılmaz (dotless i)
  'ozturk emre', // Öztürk, surname first
  'van den broek', // typo for Van den Broeck
  'nguyen',
  'jean-pierre', // compound first name
  'xq', // next to nothing matches
  '', // no words: the first page of everybody
];

/** People planted among the generated ones, and what staff type to find them (issue 18). */
export const PLANTED = [
  { key: 'aissatou', firstName: 'Aïssatou', lastName: "N'Diaye-Öztürk", birthDate: '1991-04-23', phone: '+32 488 12 34 56' },
  { key: 'hans', firstName: 'Hans', lastName: 'Van den Broeck', birthDate: '1978-11-02' },
  { key: 'fatima', firstName: 'Fatima', lastName: 'El Amrani', phone: '02/512.34.56' },
  { key: 'mohammed', firstName: 'Mohammed', lastName: 'Benali', birthDate: '1969-08-30' },
  { key: 'chantal', firstName: 'Chantal', lastName: 'Lefebvre' },
  { key: 'griet', firstName: 'Griet', lastName: 'Peeters' },
  { key: 'khadija', firstName: 'Khadija', lastName: 'Bouzid' },
  { key: 'jeanpierre', firstName: 'Jean-Pierre', lastName: "D'Hondt" },
] as const;
type Planted = (typeof PLANTED)[number]['key'];
export const VARIANTS: [string, Planted][] = [
  ['Ndiaye', 'aissatou'],
  ["n'diaye ozturk", 'aissatou'],
  ['aissatou ndiaye', 'aissatou'],
  ['Vandenbroeck', 'hans'],
  ['van den broek', 'hans'],
  ['vanden broeck hans', 'hans'],
  ['Fatma El Amrani', 'fatima'],
  ['fatma amrani', 'fatima'],
  ['elamrani', 'fatima'],
  ['muhammad benali', 'mohammed'],
  ['lefevre chantal', 'chantal'],
  ['peters griet', 'griet'],
  ['hatice bouzid', 'khadija'],
  ['jean pierre dhondt', 'jeanpierre'],
  ['0488 12 34 56', 'aissatou'],
  ['+32488123456', 'aissatou'],
  ['02 512 34 56', 'fatima'],
  ['23/04/1991', 'aissatou'],
  ['1969-08-30 benali', 'mohammed'],
];

const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rss = () => mb(process.memoryUsage().rss);
const peakRss = () => mb(process.resourceUsage().maxRSS * 1024);

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

interface Args {
  count: number;
  runs: number;
  only?: 'pglite' | 'postgres';
}

function parseArgs(argv: string[]): Args {
  const args: Args = { count: 100_000, runs: 30 };
  for (let i = 0; i < argv.length; i++) {
    let [key, value] = argv[i].split('=', 2);
    if (value === undefined) value = argv[++i];
    if (key === '--count') args.count = Number(value);
    else if (key === '--runs') args.runs = Number(value);
    else if (key === '--only' && (value === 'pglite' || value === 'postgres')) args.only = value;
    else throw new Error(`unknown option ${argv[i]} (use --count N, --runs N, --only pglite|postgres)`);
  }
  return args;
}

/** Drops a database once the pool's connections are gone (without force first, so that none is cut off). */
async function dropDatabase(admin: pg.Client, name: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    try {
      await admin.query(`drop database if exists ${name}`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await admin.query(`drop database if exists ${name} with (force)`);
}


async function timeSearches(database: Database, runs: number, planted: Record<string, number>) {
  // The people service as the app composes it (createPeopleService(ctx) takes the whole module context).
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent' }), database, logger: false });
  const people = app.relais.ctx.services.people;
  const actor = systemActor('bench');
  const rows: { query: string; total: string; first: string; p50: number; p95: number; cpu95: number; found?: string }[] = [];
  const cases: [string, Planted | null][] = [...QUERIES.map((q) => [q, null] as [string, null]), ...VARIANTS];
  // One pass over every query before any is timed: otherwise the first query timed pays for compiling the
  // search's code and for collecting the garbage of the generation (seen as 20-30 ms of node CPU at its p95).
  for (const [q] of cases) await people.search(actor, { q, limit: 25, offset: 0 });
  for (const [q, target] of cases) {
    // Warm-up: the first runs read pages from disk and plan.
    let res = await people.search(actor, { q, limit: 25, offset: 0 });
    for (let i = 0; i < 2; i++) res = await people.search(actor, { q, limit: 25, offset: 0 });
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      res = await people.search(actor, { q, limit: 25, offset: 0 });
      const used = process.cpuUsage(c);
      times.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const top = res.items[0];
    let found: string | undefined;
    if (target) {
      // Where the planted person comes in the answer (page after page, up to 40 pages).
      const id = planted[target];
      let at = -1;
      for (let offset = 0; at < 0 && offset < 1000; offset += 200) {
        const page = await people.search(actor, { q, limit: 200, offset });
        const i = page.items.findIndex((p) => p.id === id);
        if (i >= 0) at = offset + i;
        if (page.items.length < 200) break;
      }
      found = at < 0 ? 'MISSED' : `#${at + 1}`;
    }
    rows.push({ query: q, total: `${res.total}${res.totalIsMinimum ? '+' : ''}`, first: top ? `${top.firstName} ${top.lastName}` : '-', p50: percentile(times, 50), p95: percentile(times, 95), cpu95: percentile(cpu, 95), found });
  }
  return rows;
}

function printRows(rows: Awaited<ReturnType<typeof timeSearches>>, target: number) {
  // node CPU: the time this process spent on the query (PGlite runs in it; with PostgreSQL, only the driver's share).
  console.log(`  ${'query'.padEnd(24)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}      ${'CPU p95'.padStart(8)} ${'total'.padStart(7)}  ${'planted'.padEnd(8)} first hit`);
  for (const r of rows) {
    const flag = r.p95 > target ? ' SLOW' : '     ';
    console.log(`  ${JSON.stringify(r.query).padEnd(24)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)}${flag} ${r.cpu95.toFixed(1).padStart(8)} ${r.total.padStart(7)}  ${(r.found ?? '').padEnd(8)} ${r.first}`);
  }
  const variants = rows.filter((r) => r.found);
  const found = variants.filter((r) => r.found !== 'MISSED').length;
  const onFirstPage = variants.filter((r) => r.found && r.found !== 'MISSED' && Number(r.found.slice(1)) <= 25).length;
  const worst = Math.max(...rows.map((r) => r.p95));
  console.log(`  recall of the Brussels variants: ${found}/${variants.length} found (${onFirstPage} on the first page of 25)`);
  console.log(`  p95: worst ${worst.toFixed(1)} ms, target ${target} ms: ${worst <= target ? 'met' : 'NOT met'} (${rows.filter((r) => r.p95 > target).length} queries over); load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

async function benchOne(label: string, database: Database, args: Args) {
  console.log(`\n== ${label} ==`);
  let t = performance.now();
  await migrate(database);
  console.log(`migrate: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  let lastPrint = 0;
  const gen = await generatePeople(database, {
    count: args.count,
    onProgress: (done) => {
      if (process.stdout.isTTY && (done - lastPrint >= 25_000 || done === args.count)) {
        lastPrint = done;
        process.stdout.write(`  ${done} people...\r`);
      }
    },
  });
  if (process.stdout.isTTY) process.stdout.write('\x1b[2K');
  console.log(`generate ${gen.rows} people: ${(gen.ms / 1000).toFixed(1)} s (${Math.round(gen.rows / (gen.ms / 1000))} rows/s)   RSS ${rss()}`);

  // The planted people, through the service (their sound codes computed as on every write); then the sound
  // codes of the generated ones, as the people module does at start for rows written without them.
  const service = (await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent' }), database, logger: false })).relais.ctx.services.people;
  const planted: Record<string, number> = {};
  for (const { key, ...p } of PLANTED)
    planted[key] = (await service.create(systemActor('bench'), { ...p, gender: 'unspecified', studyLevel: 'unknown', professionalStatus: 'other', languages: [], confirmNotDuplicate: true })).id;
  t = performance.now();
  const filled = await service.fillMatchKeys();
  console.log(`sound codes of ${filled} people: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const target = database.kind === 'pglite' ? 30 : 20;

  // As the server runs: PGlite's statistics are refreshed at start (it has no autovacuum), PostgreSQL's by autovacuum.
  t = performance.now();
  await database.rows(sql`analyze`);
  console.log(`analyze: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  console.log(`search, first page of 25 with total and audit entry, ${args.runs} runs each (target p95 ${target} ms):`);
  printRows(await timeSearches(database, args.runs, planted), target);
  console.log(`RSS now ${rss()}, peak ${peakRss()} (this process${database.kind === 'pglite' ? ', which holds the embedded database' : '; the PostgreSQL server is not counted'})`);
}

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  console.log(`people-search: ${args.count} people, node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, RSS at start ${rss()}`);

  if (args.only !== 'postgres') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pg') });
    try {
      await benchOne(`PGlite (data dir ${dir})`, database, args);
    } finally {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  if (args.only !== 'pglite') {
    const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_PG_URL;
    const shown = url.replace(/\/\/[^@/]*@/, '//***@');
    if (!(await postgresReachable(url))) {
      console.log(`\n== PostgreSQL: skipped (${shown} does not answer; set BENCH_DATABASE_URL) ==`);
      return;
    }
    const name = `relais_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    admin.on('error', () => undefined);
    await admin.connect();
    await admin.query(`create database ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const database = await openDatabase({ kind: 'postgres', url: u.toString(), max: 4 });
    try {
      const [{ version }] = await database.rows<{ version: string }>(sql`select version()`);
      await benchOne(`PostgreSQL ${version.split(' ')[1]} (fresh database ${name} on ${shown})`, database, args);
    } finally {
      await database.close();
      await dropDatabase(admin, name);
      await admin.end();
    }
  }
}
