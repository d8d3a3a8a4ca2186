/**
 * The annual report at scale (issues 5 and 19): ten years of activity for 50,000 people (about 1,000,000 activity
 * rows, bench/generate-activity.ts), then the real app's `buildAnnualReport` for a middle year, against the floor:
 * the same figures in about ten single-pass statements written by hand (bench/annual-report.floor.ts), run one
 * after the other. The floor's numbers must equal the report's; a difference is printed loudly.
 * Then (`--history 3`, the default) the same year again once the history before it is three times as long
 * (bench/generate-activity.ts `addHistory`): the report's time must follow the year's data, not the history.
 * Targets: a full report in under 2 s on PostgreSQL, no more than 1.5 times the floor, and no more than 1.2
 * times its own time at 1x history. The machine's load average is printed with the figures.
 *
 *   npm run bench -- annual-report [--people 50000] [--years 10] [--runs 10] [--history 3|1] [--only pglite|postgres]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { postgresReachable } from './postgres';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../server/src/platform/db/database';
import { migrate } from '../server/src/platform/db/migrate';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { buildAnnualReport } from '../server/src/modules/observatory/observatory.report';
import { addHistory, generateActivity, ACTIVITY_TABLES } from './generate-activity';
import { compareFigures, computeFloor, flattenReport } from './annual-report.floor';

const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
const LAST_YEAR = 2025;
const TARGET_MS = 2000;
const TARGET_RATIO = 1.5;
const TARGET_HISTORY_RATIO = 1.2;
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rss = () => mb(process.memoryUsage().rss);
const peakRss = () => mb(process.resourceUsage().maxRSS * 1024);

interface Args {
  people: number;
  years: number;
  runs: number;
  /** the history is made this many times as long for the second measure (1: no second measure) */
  history: number;
  year?: number;
  only?: 'pglite' | 'postgres';
  profile: boolean;
  /** keep the generated database (PostgreSQL: its name; PGlite: its directory) instead of dropping it */
  keep: boolean;
  /** run on a database kept by an earlier run, without generating (a database name, or a PGlite directory) */
  reuse?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { people: 50_000, years: 10, runs: 10, history: 3, profile: true, keep: false };
  for (let i = 0; i < argv.length; i++) {
    let [key, value] = argv[i].split('=', 2);
    if (key === '--no-profile' || key === '--keep') {
      if (key === '--keep') args.keep = true;
      else args.profile = false;
      continue;
    }
    if (value === undefined) value = argv[++i];
    if (key === '--people') args.people = Number(value);
    else if (key === '--years') args.years = Number(value);
    else if (key === '--runs') args.runs = Number(value);
    else if (key === '--year') args.year = Number(value);
    else if (key === '--history') args.history = Math.max(1, Math.round(Number(value)));
    else if (key === '--only' && (value === 'pglite' || value === 'postgres')) args.only = value;
    else if (key === '--reuse' && /^([a-z0-9_]+|\/[\w./-]+)$/.test(value)) args.reuse = value;
    else throw new Error(`unknown option ${argv[i]} (use --people N, --years N, --runs N, --history N, --year YYYY, --only pglite|postgres, --no-profile, --keep, --reuse DBNAME)`);
  }
  return args;
}

interface Stats {
  p50: number;
  p95: number;
  min: number;
}
function stats(times: number[]): Stats {
  const s = [...times].sort((a, b) => a - b);
  const pct = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
  return { p50: pct(50), p95: pct(95), min: s[0] };
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
}

interface Result {
  engine: string;
  report: Stats;
  floor: Stats;
  /** the same year once the history is `history` times as long */
  history?: { factor: number; report: Stats; floor: Stats; sameFigures: boolean };
  load: string;
  figures: number;
  mismatches: number;
  rss: string;
}

async function benchOne(label: string, engine: string, database: Database, args: Args): Promise<Result> {
  console.log(`\n== ${label} ==`);
  let firstYear: number;
  if (args.reuse) {
    const [r] = await database.rows<{ y: number }>(sql`select extract(year from min(at) at time zone 'Europe/Brussels')::int as y from frontdesk_visits where id < 10000000`);
    firstYear = r.y;
    console.log(`reusing the data of ${args.reuse} (from ${firstYear})`);
    // the migrations added since (indexes...)
    await migrate(database);
  } else {
    const [ms] = await time(() => migrate(database));
    console.log(`migrate: ${(ms / 1000).toFixed(1)} s`);
    console.log(`generate (${args.people} people, ${args.years} years to ${LAST_YEAR}):`);
    const gen = await generateActivity(database, { people: args.people, years: args.years, lastYear: LAST_YEAR, log: console.log });
    const activity = ACTIVITY_TABLES.reduce((s, t) => s + (gen.counts[t] ?? 0), 0);
    console.log(`generated in ${(gen.ms / 1000).toFixed(1)} s: ${activity} activity rows (${Math.round(activity / (gen.ms / 1000))} rows/s)   RSS ${rss()}`);
    for (const [t, n] of Object.entries(gen.counts)) console.log(`  ${t.padEnd(34)} ${String(n).padStart(9)}`);
    firstYear = gen.firstYear;
  }

  const year = args.year ?? firstYear + Math.floor(args.years / 2);
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent' }), database });
  await app.ready();
  const ctx = app.relais.ctx;
  try {
    // Warm-up (plans, caches), then the check that both compute the same figures.
    let report = await buildAnnualReport(ctx, year, 'fr', ['director']);
    let floor = await computeFloor(database, year);
    report = await buildAnnualReport(ctx, year, 'fr', ['director']);
    floor = await computeFloor(database, year);
    const reportFigures = flattenReport(report);
    const diff = compareFigures(reportFigures, floor);
    if (diff.length) {
      console.log(`\n!!!!!!!! MISMATCH: ${diff.length} of ${reportFigures.size} figures differ between the report and the floor !!!!!!!!`);
      for (const d of diff.slice(0, 40)) console.log(`  !! ${d.key.padEnd(56)} report ${String(d.report).padStart(10)}   floor ${String(d.floor).padStart(10)}`);
      if (diff.length > 40) console.log(`  !! ... and ${diff.length - 40} more`);
    } else {
      console.log(`\ncheck: the floor's ${floor.size} figures equal the report's (year ${year} and ${year - 1}, ${report.sections.length} sections, ${report.peopleReached.lines.length} people-reached lines)`);
    }
    const fd = report.sections.find((s) => s.key === 'front_desk')!;
    console.log(`  e.g. front desk visits ${fd.figures[0].value} (${fd.figures[0].previous} the year before); distinct people reached ${report.peopleReached.distinctPeopleAllTracked}`);

    // Timed runs, report and floor alternating so that both see the same machine load.
    const measure = async () => {
      const rt: number[] = [];
      const ft: number[] = [];
      for (let i = 0; i < args.runs; i++) {
        rt.push((await time(() => buildAnnualReport(ctx, year, 'fr', ['director'])))[0]);
        ft.push((await time(() => computeFloor(database, year)))[0]);
      }
      return { r: stats(rt), f: stats(ft) };
    };
    const { r, f } = await measure();
    const loadNow = load();
    console.log(`report: p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, min ${r.min.toFixed(0)} ms   floor: p50 ${f.p50.toFixed(0)} ms, p95 ${f.p95.toFixed(0)} ms, min ${f.min.toFixed(0)} ms   (${args.runs} runs; load average ${loadNow})`);
    if (args.profile) {
      // Where the report's time goes: each statistics call the report makes, alone (median of 3).
      const s = ctx.services;
      const calls: [string, () => Promise<unknown>][] = [
        ['observatory.peopleReached(Y)', () => s.observatory.peopleReached(year)],
        ['observatory.peopleReached(Y-1)', () => s.observatory.peopleReached(year - 1)],
        ['  epn.reachLines(Y)', () => s.epn.reachLines(year)],
        ['  trainings.reachLines(Y)', () => s.trainings.reachLines(year)],
        ['  frontdesk.reachLine(Y) (Y and Y-1)', () => s.frontdesk.reachLine(year)],
        ['  socialdesk.reachLines(Y)', () => s.socialdesk.reachLines(year)],
        ['socialdesk.stats(Y)', () => s.socialdesk.stats({ from: `${year}-01-01`, to: `${year}-12-31`, year })],
        ['  appointments.statsForYear(Y)', () => s.appointments.statsForYear(year)],
        ['frontdesk.stats(Y)', () => s.frontdesk.stats({ from: `${year}-01-01`, to: `${year}-12-31`, groupBy: 'year' })],
        ['epn.statsForYear(Y)', () => s.epn.statsForYear(year)],
        ['trainings.statsForYear(Y)', () => s.trainings.statsForYear(year)],
        ['rooms.yearCounts(Y) (Y and Y-1)', () => s.rooms.yearCounts(year)],
      ];
      console.log(`profile (median of 3 runs of each call alone; the report runs some of them twice, for Y and Y-1):`);
      for (const [name, fn] of calls) {
        const t: number[] = [];
        for (let i = 0; i < 3; i++) t.push((await time(fn))[0]);
        console.log(`  ${name.padEnd(34)} ${stats(t).p50.toFixed(0).padStart(6)} ms`);
      }
      const ft2 = new Map<string, number>();
      await computeFloor(database, year, ft2);
      const top = [...ft2].sort((a, b) => b[1] - a[1]).slice(0, 6);
      console.log(`  floor's slowest queries: ${top.map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ')}`);
    }
    let history: Result['history'];
    if (args.history > 1) {
      const [{ n }] = await database.rows<{ n: number }>(sql`select count(*)::int as n from frontdesk_visits where id >= 10000000`);
      if (n > 0) console.log(`\n(the database has copied history already: the second measure is on it as it is)`);
      else {
        console.log(`\nhistory x${args.history}: the ${args.years} years copied ${args.history - 1} time(s) before themselves`);
        const h = await addHistory(database, { years: args.years, factor: args.history, log: console.log });
        console.log(`  ${h.rows} rows added in ${(h.ms / 1000).toFixed(1)} s`);
      }
      await buildAnnualReport(ctx, year, 'fr', ['director']);
      await computeFloor(database, year);
      const again = flattenReport(await buildAnnualReport(ctx, year, 'fr', ['director']));
      const same = compareFigures(reportFigures, again).length === 0 && compareFigures(again, await computeFloor(database, year)).length === 0;
      const m = await measure();
      history = { factor: args.history, report: m.r, floor: m.f, sameFigures: same };
      console.log(`history x${args.history}: report p50 ${m.r.p50.toFixed(0)} ms (x${(m.r.p50 / r.p50).toFixed(2)} of 1x), floor p50 ${m.f.p50.toFixed(0)} ms (x${(m.f.p50 / f.p50).toFixed(2)}); figures ${same ? 'the same as at 1x, and equal to the floor\'s' : 'DIFFER'}   (load average ${load()})`);
    }
    return { engine, report: r, floor: f, history, load: loadNow, figures: reportFigures.size, mismatches: diff.length, rss: `${rss()} (peak ${peakRss()})` };
  } finally {
    await app.close();
  }
}

function printTable(results: Result[], args: Args) {
  console.log(`\n== annual report, ${args.people} people, ${args.years} years, ${args.runs} runs ==`);
  const head = ['engine', 'report p50', 'p95', 'min', 'floor p50', 'p95', 'min', 'ratio', 'target met', 'figures', 'RSS', 'load average'];
  const rows = results.map((r) => {
    const ratio = r.report.p50 / r.floor.p50;
    // The 2 s target is PostgreSQL's (production); the ratio to the floor applies to both engines.
    const slow = r.engine !== 'PGlite' && r.report.p50 >= TARGET_MS;
    const met = !slow && ratio <= TARGET_RATIO && !r.mismatches;
    return [
      r.engine,
      `${r.report.p50.toFixed(0)} ms`,
      `${r.report.p95.toFixed(0)} ms`,
      `${r.report.min.toFixed(0)} ms`,
      `${r.floor.p50.toFixed(0)} ms`,
      `${r.floor.p95.toFixed(0)} ms`,
      `${r.floor.min.toFixed(0)} ms`,
      ratio.toFixed(2),
      met ? 'yes' : `NO${slow ? ' (> 2 s)' : ''}${ratio > TARGET_RATIO ? ' (> 1.5x)' : ''}${r.mismatches ? ' (MISMATCH)' : ''}`,
      r.mismatches ? `${r.mismatches} DIFFER` : `${r.figures} equal`,
      r.rss,
      r.load,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 || i >= 8 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`;
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  console.log(`  target: report p50 < ${TARGET_MS} ms on PostgreSQL, and report p50 / floor p50 <= ${TARGET_RATIO}; RSS is this process's (it holds PGlite's database, not PostgreSQL's)`);
  const withHistory = results.filter((r) => r.history);
  if (withHistory.length) {
    console.log(`\n== the same year at 1x and ${withHistory[0].history!.factor}x history ==`);
    for (const r of withHistory) {
      const h = r.history!;
      const ratio = h.report.p50 / r.report.p50;
      const met = ratio <= TARGET_HISTORY_RATIO && h.sameFigures;
      console.log(
        `  ${r.engine.padEnd(16)} report p50 ${r.report.p50.toFixed(0).padStart(6)} ms at 1x, ${h.report.p50.toFixed(0).padStart(6)} ms at ${h.factor}x: ratio ${ratio.toFixed(2)}   ` +
          `(floor ${r.floor.p50.toFixed(0)} -> ${h.floor.p50.toFixed(0)} ms; report / floor at ${h.factor}x ${(h.report.p50 / h.floor.p50).toFixed(2)})   target met: ${met ? 'yes' : `NO${ratio > TARGET_HISTORY_RATIO ? ' (> 1.2x)' : ''}${h.sameFigures ? '' : ' (figures differ)'}`}`,
      );
    }
    console.log(`  target: report p50 at ${withHistory[0].history!.factor}x history / at 1x <= ${TARGET_HISTORY_RATIO}, with the same figures`);
  }
}

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


export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  console.log(`annual-report: ${args.people} people, ${args.years} years, node ${process.version}, ${os.cpus().length} cores, RSS at start ${rss()}`);
  const results: Result[] = [];

  const reuseDir = args.reuse?.startsWith('/') ? args.reuse : undefined;
  if (args.only !== 'postgres' && (!args.reuse || reuseDir)) {
    const dir = reuseDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pg') });
    try {
      results.push(await benchOne(`PGlite (${reuseDir ? 'kept' : 'new'} data dir ${dir})`, 'PGlite', database, args));
    } finally {
      await database.close();
      if (args.keep || reuseDir) console.log(`(data dir ${dir} kept: --reuse ${dir} runs on it again; remove it when done)`);
      else fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  if (args.only !== 'pglite' && (!args.reuse || !reuseDir)) {
    const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_PG_URL;
    const shown = url.replace(/\/\/[^@/]*@/, '//***@');
    if (!(await postgresReachable(url))) {
      console.log(`\n== PostgreSQL: skipped (${shown} does not answer; set BENCH_DATABASE_URL) ==`);
    } else {
      const name = args.reuse ?? `relais_bench_${process.pid}`;
      const admin = new pg.Client({ connectionString: url });
      admin.on('error', () => undefined);
      await admin.connect();
      if (!args.reuse) await admin.query(`create database ${name}`);
      const u = new URL(url);
      u.pathname = `/${name}`;
      const database = await openDatabase({ kind: 'postgres', url: u.toString(), max: 10 });
      try {
        const [{ version }] = await database.rows<{ version: string }>(sql`select version()`);
        results.push(await benchOne(`PostgreSQL ${version.split(' ')[1]} (${args.reuse ? 'kept' : 'fresh'} database ${name} on ${shown})`, `PostgreSQL ${version.split(' ')[1]}`, database, args));
      } finally {
        await database.close();
        if (args.keep || args.reuse) console.log(`(database ${name} kept: --reuse ${name} runs on it again; drop it when done)`);
        else await dropDatabase(admin, name);
        await admin.end();
      }
    }
  }
  printTable(results, args);
}
