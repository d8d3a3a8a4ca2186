/**
 * The public website: the weight of each page as sent (HTML gzip and brotli, JavaScript: none) and the server's pages
 * per second for the home, agenda and offers pages, with 1,000 published offers and 500 published events, on PGlite
 * (and on PostgreSQL with --postgres URL). In process (inject), one request at a time, then 8 at a time: what the
 * server costs per page, without the network.
 *
 *   npm run bench -- public-site [--offers 1000] [--events 500] [--seconds 5] [--postgres postgres://...]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { openDatabase, type Database } from '../server/src/platform/db/database';
import { migrate } from '../server/src/platform/db/migrate';
import { systemActor } from '../server/src/platform/audit/audit.service';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';

const arg = (argv: string[], name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function runOn(label: string, database: Database, opts: { offers: number; events: number; seconds: number }) {
  await migrate(database);
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent' }), database, logger: false });
  await app.ready();
  try {
    const ctx = app.relais.ctx;
    const email = `bench-${Date.now()}@relais.test`;
    await ctx.auth.createUser(systemActor('bench'), { email, name: 'Bench', roles: ['admin'], password: 'correct horse battery staple' });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'correct horse battery staple' } });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const post = async (url: string, payload: unknown) => {
      const r = await app.inject({ method: 'POST', url, payload: payload as never, headers: { cookie } });
      if (r.statusCode !== 201) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
      return r.json();
    };
    const t0 = Date.now();
    const employers: number[] = [];
    for (let i = 0; i < 50; i++) employers.push((await post('/api/organisations', { name: `Employeur ${i} SRL`, type: 'employer', postalCode: '1080' })).id);
    const far = new Date(Date.now() + 200 * 86400_000).toISOString().slice(0, 10);
    for (let i = 0; i < opts.offers; i++)
      await post('/api/offers', {
        organisationId: employers[i % employers.length],
        titleFr: `Offre ${i} : commis de cuisine`,
        titleNl: `Vacature ${i}: keukenhulp`,
        contractType: i % 2 ? 'permanent' : 'fixed_term',
        workingTime: 'full_time',
        hoursPerWeek: 38,
        commune: 'Molenbeek-Saint-Jean',
        descriptionFr: 'Mise en place, **hygiène**, travail en équipe. '.repeat(4),
        descriptionNl: 'Mise-en-place, **hygiëne**, teamwerk. '.repeat(4),
        positions: 1 + (i % 3),
        skills: [],
        languages: ['fr'],
        validThrough: far,
        status: 'published',
      });
    for (let i = 0; i < opts.events; i++) {
      const start = new Date(Date.now() + (1 + (i % 180)) * 86400_000 + (i % 8) * 3600_000);
      await post('/api/events', {
        kind: i % 3 ? 'workshop' : 'info_session',
        status: 'published',
        titleFr: `Atelier ${i}`,
        titleNl: `Workshop ${i}`,
        descriptionFr: 'Écrire son CV, préparer un entretien.',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
        venueName: 'Maison de l’Emploi',
        capacity: 20,
      });
    }
    console.log(`${label}: ${opts.offers} offers and ${opts.events} events created in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const pages = ['/fr', '/nl', '/fr/agenda', '/nl/vacatures', '/fr/offres', '/fr/offres/1', '/fr/repertoire', '/fr/actualites', '/fr/publications', '/fr/infos', '/fr/contact', '/fr/salles', '/fr/vie-privee', '/sitemap.xml', '/fr/agenda.ics', '/fr/actualites.rss'];
    console.log(`\n${label}: weight of each page as sent (the site ships no JavaScript; CSS is inline)`);
    console.log(`${'page'.padEnd(20)} ${'status'.padEnd(7)} ${'HTML raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)} ${'scripts'.padStart(8)} ${'JS'.padStart(6)}`);
    for (const p of pages) {
      const r = await app.inject({ method: 'GET', url: p, headers: { 'user-agent': 'bench (robot)' } });
      const body = Buffer.from(r.body);
      const scripts = (r.body.match(/<script(?! type="application\/ld\+json")/g) ?? []).length;
      console.log(`${p.padEnd(20)} ${String(r.statusCode).padEnd(7)} ${kb(body.length).padStart(10)} ${kb(zlib.gzipSync(body).length).padStart(10)} ${kb(zlib.brotliCompressSync(body).length).padStart(10)} ${String(scripts).padStart(8)} ${'0 KB'.padStart(6)}`);
    }

    console.log(`\n${label}: pages per second (in process, counted as a visitor each time: the analytics write is included)`);
    for (const p of ['/fr', '/fr/agenda', '/fr/offres']) {
      for (const concurrency of [1, 8]) {
        let n = 0;
        let i = 0;
        const end = Date.now() + opts.seconds * 1000;
        const worker = async () => {
          while (Date.now() < end) {
            const r = await app.inject({ method: 'GET', url: p, headers: { 'user-agent': 'Mozilla/5.0 bench' }, remoteAddress: `198.51.100.${(i++ % 250) + 1}` });
            if (r.statusCode !== 200) throw new Error(`${p}: ${r.statusCode}`);
            n++;
          }
        };
        const s = Date.now();
        await Promise.all(Array.from({ length: concurrency }, worker));
        console.log(`${p.padEnd(12)} concurrency ${concurrency}: ${(n / ((Date.now() - s) / 1000)).toFixed(0)} pages/s`);
      }
    }
  } finally {
    await app.close();
  }
}

export async function run(argv: string[]) {
  const opts = { offers: Number(arg(argv, 'offers', '1000')), events: Number(arg(argv, 'events', '500')), seconds: Number(arg(argv, 'seconds', '5')) };
  const pgUrl = arg(argv, 'postgres', '');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-public-site-'));
  try {
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pg') });
    try {
      await runOn('PGlite', database, opts);
    } finally {
      await database.close();
    }
    if (pgUrl) {
      const database = await openDatabase({ kind: 'postgres', url: pgUrl, max: 8 });
      try {
        await runOn('PostgreSQL', database, opts);
      } finally {
        await database.close();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
