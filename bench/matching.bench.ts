/**
 * The matching at the Centrale's scale and beyond: 10,000 candidate profiles and 1,000 open offers with their
 * requirements. Prints the time to rank the candidates of one offer and the offers of one candidate (p50/p95 over
 * random offers and candidates; target p95 under 50 ms on PostgreSQL) and the memory used, on PGlite, and on
 * PostgreSQL with --postgres URL (a server URL: the bench makes its own database there and drops it).
 *
 *   npm run bench -- matching [--profiles 10000] [--offers 1000] [--samples 200] [--postgres postgres://postgres@127.0.0.1:5432/postgres]
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
import { offersOffers } from '../server/src/modules/offers/offers.table';
import { CEFR_LEVELS, DAYPARTS, JOB_FAMILIES, PROGRAMMES, TRANSPORTS, matchingProfiles, matchingRequirements } from '../server/src/modules/matching/matching.table';
import { COMMUNE_CENTRES } from '../server/src/modules/matching/matching.catalog';
import { seededRandom } from '../server/src/demo/names';
import { generatePeople } from './generate-people';

const arg = (argv: string[], name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : 0;
};
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

async function runOn(label: string, database: Database, opts: { profiles: number; offers: number; samples: number }) {
  await migrate(database);
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent' }), database, logger: false });
  await app.ready();
  try {
    const ctx = app.relais.ctx;
    const random = seededRandom(13);
    const int = (n: number) => Math.floor(random() * n);
    const pick = <T>(xs: readonly T[]) => xs[int(xs.length)];
    const some = <T>(xs: readonly T[], max: number) => [...new Set(Array.from({ length: int(max + 1) }, () => pick(xs)))];
    const postal = Object.keys(COMMUNE_CENTRES);
    const langs = ['fr', 'nl', 'en', 'ar', 'es', 'tr'];
    const day = (n: number) => new Date(Date.UTC(2026, 5, 1 + n)).toISOString().slice(0, 10);

    const t0 = Date.now();
    await generatePeople(database, { count: opts.profiles });
    const people = (await database.rows<{ id: number }>(sql`select id from people order by id`)).map((r) => r.id);
    const skills = (await database.rows<{ id: number }>(sql`select id from matching_skills`)).map((r) => r.id);
    const actor = systemActor('bench');
    const employer = await ctx.services.organisations.create(actor, { name: 'Employeur du banc d’essai', type: 'employer' } as never);
    const now = new Date();
    for (let i = 0; i < people.length; i += 1000)
      await ctx.db.insert(matchingProfiles).values(
        people.slice(i, i + 1000).map((personId) => ({
          personId,
          pseudonym: `C-B${personId.toString(36).toUpperCase()}`,
          skillIds: some(skills, 8),
          experience: Object.fromEntries(some(JOB_FAMILIES, 3).map((f) => [f, int(120)])),
          languages: some(langs, 3).map((code) => ({ code, level: pick(CEFR_LEVELS) })),
          drivingLicence: random() < 0.4,
          days: some([1, 2, 3, 4, 5, 6, 7], 7),
          dayparts: some(DAYPARTS, 3),
          availableFrom: random() < 0.3 ? null : day(int(90)),
          maxKm: int(25),
          transports: some(TRANSPORTS, 2),
          fromPostalCode: pick(postal),
          programmes: random() < 0.15 ? [pick(PROGRAMMES)] : [],
          consentAt: now,
          createdAt: now,
          updatedAt: now,
        })),
      );
    const offerIds: number[] = [];
    for (let i = 0; i < opts.offers; i += 500) {
      const rows = await ctx.db
        .insert(offersOffers)
        .values(Array.from({ length: Math.min(500, opts.offers - i) }, (_, j) => ({ titleFr: `Offre ${i + j}`, titleNl: `Vacature ${i + j}`, organisationId: employer.id, contractType: 'fixed_term' as const, workingTime: 'full_time' as const, validThrough: '2099-12-31', source: 'staff' as const, status: 'published' as const, publishedAt: now })))
        .returning({ id: offersOffers.id });
      offerIds.push(...rows.map((r) => r.id));
    }
    await ctx.db.insert(matchingRequirements).values(
      offerIds.map((offerId) => {
        const essential = some(skills, 3);
        return {
          offerId,
          family: pick(JOB_FAMILIES),
          minExperienceMonths: pick([0, 6, 12]),
          essentialSkillIds: essential,
          niceSkillIds: some(skills, 3).filter((s) => !essential.includes(s)),
          languages: some(langs, 2).map((code) => ({ code, level: pick(CEFR_LEVELS) })),
          drivingLicence: random() < 0.2,
          days: some([1, 2, 3, 4, 5], 5),
          dayparts: some(DAYPARTS, 2),
          startBy: random() < 0.5 ? day(int(60)) : null,
          postalCode: pick(postal),
          programme: random() < 0.05 ? pick(PROGRAMMES) : null,
        };
      }),
    );
    if (database.kind === 'pglite') await database.rows(sql`analyze`);
    console.log(`[${label}] ${people.length} profiles, ${offerIds.length} offers with requirements, in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const service = ctx.services.matching.matches;
    const profiles = (await database.rows<{ id: number }>(sql`select id from matching_profiles`)).map((r) => r.id);
    global.gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    const time = async (f: () => Promise<unknown>) => {
      const s = performance.now();
      await f();
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      return performance.now() - s;
    };
    // warm-up
    for (let i = 0; i < 5; i++) await service.candidates(pick(offerIds), { limit: 50 }, 'fr');
    const candidates: number[] = [];
    for (let i = 0; i < opts.samples; i++) candidates.push(await time(() => service.candidates(pick(offerIds), { limit: 50 }, 'fr')));
    for (let i = 0; i < 5; i++) await service.offersFor(pick(profiles), { limit: 50 }, 'fr');
    const offersFor: number[] = [];
    for (let i = 0; i < opts.samples; i++) offersFor.push(await time(() => service.offersFor(pick(profiles), { limit: 50 }, 'fr')));
    const after = process.memoryUsage();
    const f = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
    console.log(`[${label}] candidates of one offer (${opts.samples} offers): ${f(candidates)}  target p95 < 50 ms: ${pct(candidates, 95) < 50 ? 'met' : 'NOT met'}`);
    console.log(`[${label}] offers of one candidate (${opts.samples} candidates): ${f(offersFor)}  target p95 < 50 ms: ${pct(offersFor, 95) < 50 ? 'met' : 'NOT met'}`);
    console.log(`[${label}] memory: rss ${mb(before.rss)} before the rankings, peak ${mb(peakRss)}; heap used ${mb(before.heapUsed)} -> ${mb(after.heapUsed)}`);
  } finally {
    await app.close();
  }
}

export async function run(argv: string[]) {
  const opts = { profiles: Number(arg(argv, 'profiles', '10000')), offers: Number(arg(argv, 'offers', '1000')), samples: Number(arg(argv, 'samples', '200')) };
  const pgUrl = arg(argv, 'postgres', '');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-matching-'));
  const lite = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pg') });
  try {
    await runOn('PGlite', lite, opts);
  } finally {
    await lite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (pgUrl) {
    const name = `relais_bench_matching_${process.pid}`;
    const admin = await openDatabase({ kind: 'postgres', url: pgUrl, max: 1 });
    await admin.rows(sql.raw(`create database ${name}`));
    try {
      const url = new URL(pgUrl);
      url.pathname = `/${name}`;
      const database = await openDatabase({ kind: 'postgres', url: url.toString(), max: 8 });
      try {
        await runOn('PostgreSQL', database, opts);
      } finally {
        await database.close();
      }
    } finally {
      await admin.rows(sql.raw(`drop database if exists ${name}`));
      await admin.close();
    }
  }
}
