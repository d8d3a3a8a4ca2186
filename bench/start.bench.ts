/**
 * Start and memory: the server started the way people start it, on the demo data, with the embedded database
 * (a fresh data directory) and with PostgreSQL (a fresh database, created and dropped). For each: the time from
 * launch to a healthy /api/health, and the resident memory (RSS, summed with `ps` over the whole process tree)
 * once idle, for two launches:
 *   - `npm start` (the README's command: npm stays above the server),
 *   - `node bin/relais-server.js` (production: node straight on the built server).
 * Target (issue 19): the embedded mode idles under 300 MB.
 *
 * Builds nothing: the server runs from server/dist when it is built and fresh (`npm run build:server`), else
 * from its sources through tsx (then the figures say so).
 *
 *   npm run bench -- start [--runs 3] [--idle 30] [--only pglite|postgres]
 */
import { execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { postgresReachable } from './postgres';
import { freePort, repoRoot } from '../e2e/support/server';

const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
const TARGET_PGLITE_IDLE_MB = 300;

interface Args {
  runs: number;
  idleSeconds: number;
  only?: 'pglite' | 'postgres';
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 3, idleSeconds: 30 };
  for (let i = 0; i < argv.length; i++) {
    let [key, value] = argv[i].split('=', 2);
    if (value === undefined) value = argv[++i];
    if (key === '--runs') args.runs = Math.max(1, Number(value));
    else if (key === '--idle') args.idleSeconds = Math.max(1, Number(value));
    else if (key === '--only' && (value === 'pglite' || value === 'postgres')) args.only = value;
    else throw new Error(`unknown option ${argv[i]} (use --runs N, --idle SECONDS, --only pglite|postgres)`);
  }
  return args;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/** RSS in MB of every process of a process group, by command. */
function groupRss(pgid: number): { total: number; processes: { rss: number; command: string }[] } {
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'rss=,args=', '-g', String(pgid)], { encoding: 'utf8' });
  } catch {
    return { total: 0, processes: [] };
  }
  const processes = out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [, rss, command] = /^\s*(\d+)\s+(.*)$/.exec(line)!;
      return { rss: Number(rss) / 1024, command: command.length > 60 ? `${command.slice(0, 59)}…` : command };
    });
  return { total: processes.reduce((n, p) => n + p.rss, 0), processes };
}

interface Start {
  healthyMs: number;
  idleMb: number;
  peakMb: number;
  processes: { rss: number; command: string }[];
  fromSources: boolean;
}

/** Launches, waits for /api/health, stays idle, reads the process tree's memory, stops. */
async function startOnce(command: string[], env: Record<string, string | undefined>, idleSeconds: number): Promise<Start> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(command[0], command.slice(1), {
    cwd: repoRoot,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      /* gone */
    }
  };
  try {
    let healthyMs = 0;
    while (!healthyMs) {
      if (exited) throw new Error(`the server exited before it was healthy:\n${output}`);
      if (performance.now() - t0 > 120_000) throw new Error(`the server was not healthy within 120 s:\n${output}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2_000) });
        if (res.status === 200 && ((await res.json()) as { status: string }).status === 'ok') healthyMs = performance.now() - t0;
      } catch {
        /* not listening yet */
      }
      if (!healthyMs) await new Promise((r) => setTimeout(r, 25));
    }
    // One page and one API call, as a first visitor would, then nothing.
    await fetch(`http://127.0.0.1:${port}/fr/salles`).then((r) => r.text());
    await fetch(`http://127.0.0.1:${port}/api/public/rooms`).then((r) => r.text());
    let peakMb = 0;
    let last = groupRss(child.pid!);
    for (let s = 0; s < idleSeconds; s++) {
      await new Promise((r) => setTimeout(r, 1_000));
      last = groupRss(child.pid!);
      peakMb = Math.max(peakMb, last.total);
    }
    return { healthyMs, idleMb: last.total, peakMb, processes: last.processes, fromSources: output.includes('running the TypeScript sources') };
  } finally {
    // Every process of the tree stops cleanly (the server releases its data directory), or is killed after 15 s.
    kill('SIGTERM');
    await exit;
    const deadline = performance.now() + 15_000;
    while (groupRss(child.pid!).processes.length && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    kill('SIGKILL');
  }
}


/** The environment of a server on the embedded database or on PostgreSQL, with the demo data loaded. */
async function prepare(engine: 'pglite' | 'postgres', pgUrl: string): Promise<{ env: Record<string, string | undefined>; cleanup(): Promise<void> }> {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.DATABASE_URL;
  delete env.PUBLIC_URL;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-start-'));
  env.DATA_DIR = dataDir;
  let dbName: string | null = null;
  if (engine === 'postgres') {
    dbName = `relais_bench_start_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const u = new URL(pgUrl);
    u.pathname = `/${dbName}`;
    env.DATABASE_URL = u.toString();
  }
  execFileSync(process.execPath, ['bin/relais.js', 'demo'], { cwd: repoRoot, env, stdio: 'ignore' });
  return {
    env,
    async cleanup() {
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (dbName) {
        const admin = new pg.Client({ connectionString: pgUrl });
        await admin.connect();
        await admin.query(`drop database if exists ${dbName} with (force)`);
        await admin.end();
      }
    },
  };
}

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const pgUrl = process.env.BENCH_DATABASE_URL ?? DEFAULT_PG_URL;
  const engines: ('pglite' | 'postgres')[] = [];
  if (args.only !== 'postgres') engines.push('pglite');
  if (args.only !== 'pglite') {
    if (await postgresReachable(pgUrl)) engines.push('postgres');
    else console.log(`PostgreSQL not reachable at ${pgUrl}: skipped (BENCH_DATABASE_URL to choose one)`);
  }
  const launches = [
    { name: 'npm start', command: ['npm', 'start', '--silent'] },
    { name: 'node bin/relais-server.js', command: [process.execPath, 'bin/relais-server.js'] },
  ];
  console.log(`Start and idle memory, demo data, ${args.runs} starts each, idle ${args.idleSeconds} s after a first page and API call`);
  console.log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB, load average ${load()} (1, 5, 15 min)\n`);

  const rows: string[][] = [];
  const details: string[] = [];
  let pgliteMet = true;
  for (const engine of engines) {
    process.stdout.write(`${engine}: loading the demo data... `);
    const { env, cleanup } = await prepare(engine, pgUrl);
    console.log('done');
    try {
      for (const launch of launches) {
        const starts: Start[] = [];
        for (let i = 0; i < args.runs; i++) starts.push(await startOnce(launch.command, env, args.idleSeconds));
        const idle = median(starts.map((s) => s.idleMb));
        const met = idle < TARGET_PGLITE_IDLE_MB;
        if (engine === 'pglite') pgliteMet &&= met;
        rows.push([
          engine,
          launch.name,
          `${(median(starts.map((s) => s.healthyMs)) / 1000).toFixed(2)} s`,
          `${Math.round(idle)} MB`,
          `${Math.round(Math.max(...starts.map((s) => s.peakMb)))} MB`,
          engine === 'pglite' ? (met ? 'met' : 'NOT MET') : '-',
          starts.some((s) => s.fromSources) ? 'from sources (tsx)' : 'built',
        ]);
        const last = starts[starts.length - 1];
        details.push(`${engine}, ${launch.name}: ${last.processes.map((p) => `${Math.round(p.rss)} MB ${p.command}`).join(' | ')}`);
      }
    } finally {
      await cleanup();
    }
  }
  const header = ['engine', 'launch', 'to healthy (p50)', 'idle RSS (median)', 'peak RSS', `< ${TARGET_PGLITE_IDLE_MB} MB`, 'server code'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${line(header)}\n${rows.map(line).join('\n')}\n`);
  console.log('process trees (last start):');
  for (const d of details) console.log(`  ${d}`);
  console.log(`\nRSS is summed over the processes of the tree (ps); pages shared between processes count once per process.`);
  console.log(`${pgliteMet ? 'the embedded mode idles under the target' : 'THE EMBEDDED MODE IDLES ABOVE THE TARGET'}; load average at the end ${load()}`);
}
