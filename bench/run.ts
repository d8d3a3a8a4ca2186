/**
 * Runs one benchmark by name: `npm run bench -- <name> [options]`. Benchmarks print their figures;
 * they are not part of `npm test`.
 */
const benches: Record<string, { about: string; load: () => Promise<{ run(argv: string[]): Promise<void> }> }> = {
  api: {
    about: "virtual staff doing the front desk's mix over HTTP (1, or 3 processes on PostgreSQL): p50/p95/p99, errors, saturation throughput",
    load: () => import('./api.bench'),
  },
  'people-search': {
    about: 'generates 100,000 people, times the people search on PGlite and PostgreSQL',
    load: () => import('./people-search.bench'),
  },
  'public-pages': {
    about: 'the public pages on a throttled phone (4x CPU, 1.6 Mbps, 150 ms): JavaScript/CSS weight and first contentful paint',
    load: () => import('./public-pages.bench'),
  },
  'public-site': {
    about: 'the public website: HTML/JS weight of each page, pages/s for home, agenda and offers with 1,000 offers and 500 events',
    load: () => import('./public-site.bench'),
  },
  start: {
    about: 'start to healthy and idle memory of the whole process tree (npm start, node straight), PGlite and PostgreSQL',
    load: () => import('./start.bench'),
  },
  import: {
    about: 'a generated 50,000-people csv read, checked, simulated and committed (PGlite; --postgres URL too): times and peak memory',
    load: () => import('./import.bench'),
  },
  checkin: {
    about: '2,000 registrations and 2,000 walk-ins checked in by 6 concurrent desks: scan time p50/p95, lost and doubled counts',
    load: () => import('./checkin.bench'),
  },
  diagnostic: {
    about: 'the diagnostic\'s adaptive rule against 2,000 simulated takers of known level: levels found right, items asked',
    load: () => import('./diagnostic.bench'),
  },
  matching: {
    about: '10,000 candidate profiles and 1,000 offers: time to rank one offer\'s candidates and one candidate\'s offers (p95), memory',
    load: () => import('./matching.bench'),
  },
  'annual-report': {
    about: 'generates 10 years of activity (50,000 people, ~1M rows), times the annual report against its SQL floor',
    load: () => import('./annual-report.bench'),
  },
};

const [benchName, ...rest] = process.argv.slice(2);
if (!benchName || !benches[benchName]) {
  if (benchName) console.error(`Unknown benchmark: ${benchName}\n`);
  console.log('Usage: npm run bench -- <name> [options]\n');
  for (const [n, b] of Object.entries(benches)) console.log(`  ${n.padEnd(16)} ${b.about}`);
  process.exit(benchName ? 2 : 0);
}
await (await benches[benchName].load()).run(rest);

export {};
