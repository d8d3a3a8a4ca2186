/**
 * The door of a job fair: 2,000 registrations checked in and 2,000 walk-ins counted by 6 desks at once,
 * through the HTTP API (login, scan, tap), with retries of the same scan (same nonce), second scans of a
 * ticket at another desk, and taps sent twice. Prints the scan and tap answer times (p50/p95; target p95 under
 * 100 ms) and the count lost and doubled (target 0 and 0), on PGlite, and on PostgreSQL with --postgres URL.
 *
 *   npm run bench -- checkin [--registrations 2000] [--walkins 2000] [--desks 6] [--postgres postgres://...]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../server/src/platform/db/database';
import { migrate } from '../server/src/platform/db/migrate';
import { systemActor } from '../server/src/platform/audit/audit.service';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { eventRegistrations } from '../server/src/modules/events/events.table';
import { newSecret } from '../server/src/modules/events/events.core';

const arg = (argv: string[], name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : 0;
};

async function runOn(label: string, database: Database, opts: { registrations: number; walkIns: number; desks: number }) {
  await migrate(database);
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent' }), database, logger: false });
  await app.ready();
  try {
    const ctx = app.relais.ctx;
    const email = `bench-${Date.now()}@relais.test`;
    const user = await ctx.auth.createUser(systemActor('bench'), { email, name: 'Bench reception', roles: ['admin'], password: 'correct horse battery staple' });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'correct horse battery staple' } });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const caller = { userId: user.id, name: 'bench', roles: ['admin'] as const };
    const now = Date.now();
    const event = await ctx.services.events.create(caller, {
      kind: 'job_fair',
      status: 'published',
      titleFr: 'Brussels Job Day (banc d’essai)',
      titleNl: 'Brussels Job Day (benchmark)',
      startsAt: new Date(now - 3_600_000),
      endsAt: new Date(now + 5 * 3_600_000),
      venueName: 'Palais 6',
      capacity: null,
    });
    const secrets = Array.from({ length: opts.registrations }, () => newSecret());
    for (let i = 0; i < secrets.length; i += 500)
      await ctx.db.insert(eventRegistrations).values(
        secrets.slice(i, i + 500).map((secret, j) => ({ eventId: event.id, secret, status: 'registered' as const, firstName: `Visiteur${i + j}`, lastName: 'Bench', source: 'public' as const, createdAt: new Date(now - 86_400_000) })),
      );
    if (database.kind === 'pglite') await database.rows(sql`analyze`);

    // Each desk gets its share; 10% of the tickets are also scanned at another desk, 5% of scans and taps are sent twice (retries).
    type Job = { kind: 'scan'; code: string; nonce: string } | { kind: 'tap'; nonce: string };
    const queues: Job[][] = Array.from({ length: opts.desks }, () => []);
    let n = 0;
    const nonce = () => `bench-${(++n).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    secrets.forEach((code, i) => {
      const job: Job = { kind: 'scan', code, nonce: nonce() };
      queues[i % opts.desks].push(job);
      if (i % 20 === 0) queues[i % opts.desks].push(job);
      if (i % 10 === 0) queues[(i + 1) % opts.desks].push({ kind: 'scan', code, nonce: nonce() });
    });
    for (let i = 0; i < opts.walkIns; i++) {
      const job: Job = { kind: 'tap', nonce: nonce() };
      queues[i % opts.desks].push(job);
      if (i % 20 === 0) queues[(i + 2) % opts.desks].push(job);
    }
    for (const q of queues) q.sort(() => Math.random() - 0.5);

    const scanTimes: number[] = [];
    const tapTimes: number[] = [];
    let valid = 0;
    let errors = 0;
    const started = performance.now();
    await Promise.all(
      queues.map(async (q, d) => {
        for (const job of q) {
          const t0 = performance.now();
          const res =
            job.kind === 'scan'
              ? await app.inject({ method: 'POST', url: `/api/events/${event.id}/scans`, headers: { cookie }, payload: { nonce: job.nonce, desk: `Desk ${d + 1}`, code: job.code } })
              : await app.inject({ method: 'POST', url: `/api/events/${event.id}/door`, headers: { cookie }, payload: { nonce: job.nonce, device: `Desk ${d + 1}` } });
          (job.kind === 'scan' ? scanTimes : tapTimes).push(performance.now() - t0);
          if (job.kind === 'scan' && res.statusCode === 200 && !res.json().replayed) valid++;
          if (res.statusCode >= 500 || (job.kind === 'tap' && res.statusCode !== 201) || (job.kind === 'scan' && res.statusCode !== 200 && res.statusCode !== 409)) errors++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const live = await ctx.services.events.live(event.id);
    const lostCheckins = opts.registrations - live.checkedIn;
    const doubledCheckins = Math.max(0, valid - opts.registrations) + Math.max(0, live.checkedIn - opts.registrations);
    const lostWalkIns = Math.max(0, opts.walkIns - live.walkIns);
    const doubledWalkIns = Math.max(0, live.walkIns - opts.walkIns);
    console.log(`\n${label}: ${opts.registrations} registrations + ${opts.walkIns} walk-ins, ${opts.desks} desks, ${scanTimes.length} scans and ${tapTimes.length} taps in ${seconds.toFixed(1)} s`);
    console.log(`  scan answer  p50 ${pct(scanTimes, 50).toFixed(1)} ms  p95 ${pct(scanTimes, 95).toFixed(1)} ms  (target p95 < 100 ms)`);
    console.log(`  tap answer   p50 ${pct(tapTimes, 50).toFixed(1)} ms  p95 ${pct(tapTimes, 95).toFixed(1)} ms`);
    console.log(`  check-ins ${live.checkedIn} (lost ${lostCheckins}, doubled ${doubledCheckins}); walk-ins ${live.walkIns} (lost ${lostWalkIns}, doubled ${doubledWalkIns}); unexpected answers ${errors}`);
    console.log(`  per desk: ${live.perDesk.map((p) => `${p.desk} ${p.checkIns}`).join(', ')}; load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  } finally {
    await app.close();
  }
}

export async function run(argv: string[]) {
  const opts = { registrations: Number(arg(argv, 'registrations', '2000')), walkIns: Number(arg(argv, 'walkins', '2000')), desks: Number(arg(argv, 'desks', '6')) };
  const pgUrl = arg(argv, 'postgres', '');
  if (pgUrl) {
    const database = await openDatabase({ kind: 'postgres', url: pgUrl, max: 8 });
    try {
      await runOn('PostgreSQL', database, opts);
    } finally {
      await database.close();
    }
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-checkin-'));
  const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pg') });
  try {
    await runOn('PGlite', database, opts);
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
