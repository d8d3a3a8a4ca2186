/**
 * Import at scale (issue 16): a generated csv of 50,000 fictional people (names of many origins, Brussels
 * communes, some NISS, a few errors and duplicates) read, checked, simulated and committed through the imports
 * service on PGlite (and PostgreSQL with --postgres URL); then a history file of 200,000 front-desk visits of
 * those people (four per person, by their id in the same source). Prints each step's time and the peak memory
 * against the targets (PGlite: validation under 10 s, commit under 60 s, memory under 500 MB for the people file).
 *
 *   npm run bench -- import [--count 50000] [--history 200000] [--postgres postgres://postgres@127.0.0.1:5432/test]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../server/src/platform/db/database';
import { migrate } from '../server/src/platform/db/migrate';
import { systemActor } from '../server/src/platform/audit/audit.service';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES, seededRandom } from '../server/src/demo/names';
import { nissFor } from '../server/src/modules/people/niss';
import { keepHeapNearLive } from '../server/src/platform/heap';

const COMMUNES = ['Bruxelles', 'Laeken', 'Neder-Over-Heembeek', 'Haren', 'Anderlecht', 'Molenbeek-Saint-Jean', 'Schaerbeek', 'Jette', 'Ixelles', 'Saint-Gilles', 'Forest', 'Evere'];
const STATUSES = ["Demandeur d'emploi", 'CPAS', 'Étudiant', 'Sans statut', 'Travailleur', ''];


/** A people file as Excel exports it to csv on a Belgian PC: semicolons, dd/mm/yyyy, Windows-1252. */
export function peopleCsv(count: number, seed = 16): Buffer {
  const random = seededRandom(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(random() * a.length)];
  const lines = ['Référence;Nom;Prénom;Date de naissance;Sexe;NISS;Téléphone;Code postal;Commune;Statut'];
  for (let i = 0; i < count; i++) {
    const female = random() < 0.5;
    const y = 1955 + Math.floor(random() * 50);
    const m = 1 + Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * 28);
    const birth = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const errorRow = i % 250 === 7; // 0.4 % of rows with an impossible date
    const dmy = errorRow ? `31/02/${y}` : `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
    const withNiss = y < 2000 && random() < 0.3;
    lines.push(
      [
        `P${i + 1}`,
        pick(LAST_NAMES),
        pick(female ? FIRST_NAMES_F : FIRST_NAMES_M),
        dmy,
        female ? 'F' : 'M',
        withNiss ? nissFor(birth, i % 997) : '',
        random() < 0.6 ? `04${Math.floor(70 + random() * 30)} ${String(Math.floor(random() * 1e6)).padStart(6, '0')}` : '',
        pick(['1000', '1020', '1120', '1130', '1070', '1080', '1030', '1090']),
        pick(COMMUNES),
        pick(STATUSES),
      ].join(';'),
    );
  }
  return Buffer.from(lines.join('\r\n'), 'latin1');
}

const REASONS = ['information', 'actiris_registration', 'Information générale', 'job_search', 'digital_help'];

/** A history file: front-desk visits of the people file's people (P1…), semicolons, dd/mm/yyyy and hh:mm. */
export function visitsCsv(count: number, people: number, seed = 17): Buffer {
  const random = seededRandom(seed);
  const lines = ['ID;Personne;Date;Heure;Motif'];
  for (let i = 0; i < count; i++) {
    const person = 1 + Math.floor(random() * people);
    const y = 2019 + Math.floor(random() * 6);
    const m = 1 + Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * 28);
    const h = 9 + Math.floor(random() * 7);
    lines.push(`V${i + 1};P${person};${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y};${h}:${String(Math.floor(random() * 60)).padStart(2, '0')};${REASONS[i % REASONS.length]}`);
  }
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
/** The embedded database's WebAssembly memory (it grows, never shrinks: its size is its highest so far). */
let wasmBytes = () => 0;
/** Where the memory is now: the process, the JavaScript heap (used of reserved), the embedded database's memory. */
function memoryNow() {
  const m = process.memoryUsage();
  return `RSS ${mb(m.rss)}, JS heap ${mb(m.heapUsed)} of ${mb(m.heapTotal)}, database memory ${mb(wasmBytes())}`;
}
const peak = () => process.resourceUsage().maxRSS * 1024;

async function timed<T>(label: string, f: () => Promise<T>, target?: number): Promise<T> {
  const t0 = performance.now();
  const out = await f();
  const s = (performance.now() - t0) / 1000;
  console.log(`  ${label.padEnd(46)} ${s.toFixed(1).padStart(6)} s${target ? `   (target < ${target} s: ${s < target ? 'met' : 'NOT met'})` : ''}   peak RSS ${mb(peak())}   now: ${memoryNow()}`);
  return out;
}

async function runOn(name: string, database: Database, file: Buffer, count: number, history: Buffer | null, historyCount: number) {
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent' }), database, logger: false });
  await app.ready();
  const imports = app.relais.ctx.services.imports;
  const actor = systemActor('bench');
  console.log(`\n${name}: ${count.toLocaleString('en')} people (${mb(file.length)} csv)`);
  const wasm = (database.pglite as { mod?: { wasmMemory?: WebAssembly.Memory } } | undefined)?.mod?.wasmMemory;
  wasmBytes = () => wasm?.buffer.byteLength ?? 0;
  console.log(`  before the import: ${memoryNow()}`);
  const content = file.toString('base64');
  const t0 = performance.now();
  const b = await timed('read and store the file, first check', () => imports.upload(actor, { kind: 'people', source: 'bench', fileName: 'people.csv', content }));
  await timed('check every row again (page of errors)', () => imports.get(b.id, { filter: 'errors', offset: 0, limit: 50 }));
  const dry = await timed('dry run', () => imports.dryRun(b.id));
  console.log(`  validation in all (upload + checks + dry run)        ${((performance.now() - t0) / 1000).toFixed(1)} s   (target < 10 s on PGlite)`);
  const done = await timed('commit (one transaction)', () => imports.commit(actor, b.id), 60);
  console.log(`  rows: ${dry.rows}, created ${done.counts?.created}, refused ${dry.willRefuse}, skipped (duplicates) ${dry.willSkip}`);
  const again = await imports.upload(actor, { kind: 'people', source: 'bench', fileName: 'people.csv', content });
  console.log(`  the same file again: ${again.counts?.update} updates, ${again.counts?.new} new (target: 0 new)`);
  console.log(`  peak RSS of the process: ${mb(peak())} (target < 500 MB)`);
  if (history) {
    await app.relais.ctx.services.sites.create(actor, { name: 'Maison de l’Emploi', kind: 'main', openingHours: [] });
    console.log(`\n${name}: ${historyCount.toLocaleString('en')} front-desk visits of those people (${mb(history.length)} csv)`);
    const hc = history.toString('base64');
    const h0 = performance.now();
    const hb = await timed('read and store the file, first check', () => imports.upload(actor, { kind: 'frontdesk_visits', source: 'bench', fileName: 'visits.csv', content: hc }));
    const hdry = await timed('dry run', () => imports.dryRun(hb.id));
    console.log(`  validation in all (upload + dry run)                 ${((performance.now() - h0) / 1000).toFixed(1)} s`);
    const hdone = await timed('commit (one transaction)', () => imports.commit(actor, hb.id));
    console.log(`  rows: ${hdry.rows}, created ${hdone.counts?.created}, refused ${hdry.willRefuse} (waiting for their person: ${hdry.waiting})`);
    const hagain = await imports.upload(actor, { kind: 'frontdesk_visits', source: 'bench', fileName: 'visits.csv', content: hc });
    console.log(`  the same file again: ${hagain.counts?.update} updates, ${hagain.counts?.new} new (target: 0 new)`);
    console.log(`  peak RSS of the process: ${mb(peak())}`);
  }
  await app.close();
}

async function main(argv: string[]) {
  // as the server does (server/src/main.ts): the memory printed is the one it would take
  keepHeapNearLive(loadConfig({}).HEAP_GROWING_PERCENT);
  let count = 50_000;
  let pgUrl: string | undefined;
  let historyCount = 200_000;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--count') count = Number(argv[++i]);
    else if (argv[i] === '--postgres') pgUrl = argv[++i];
    else if (argv[i] === '--history') historyCount = Number(argv[++i]);
    else throw new Error(`unknown option ${argv[i]} (use --count N, --history N, --postgres URL)`);
  }
  const file = peopleCsv(count);
  const history = historyCount ? visitsCsv(historyCount, count) : null;
  console.log(`machine: ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-import-bench-'));
  // The data directory is migrated by another process first (as a server's is, once, when it is installed or
  // upgraded: PGlite keeps the memory that the migrations took), then opened as the server opens it, with its
  // small buffer cache (PGLITE_SHARED_BUFFERS, 16MB by default): the peak memory printed is the import's.
  const migrated = spawnSync(process.execPath, ['--import', 'tsx', '-e', `const { openDatabase } = await import(${JSON.stringify(path.resolve(import.meta.dirname, '../server/src/platform/db/database.ts'))}); const { migrate } = await import(${JSON.stringify(path.resolve(import.meta.dirname, '../server/src/platform/db/migrate.ts'))}); const d = await openDatabase({ kind: 'pglite', dataDir: ${JSON.stringify(path.join(dir, 'pg'))} }); await migrate(d); await d.close();`], { stdio: 'inherit' });
  if (migrated.status !== 0) throw new Error('the data directory could not be migrated');
  const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pg'), settings: { shared_buffers: loadConfig({}).PGLITE_SHARED_BUFFERS } });
  try {
    await runOn('PGlite', database, file, count, history, historyCount);
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (pgUrl) {
    const name = `relais_import_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const u = new URL(pgUrl);
    u.pathname = `/${name}`;
    const db = await openDatabase({ kind: 'postgres', url: u.toString() });
    await migrate(db);
    try {
      await runOn('PostgreSQL', db, file, count, history, historyCount);
    } finally {
      await db.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
}

export const run = main;
