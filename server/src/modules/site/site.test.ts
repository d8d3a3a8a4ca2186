import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { siteSalts, siteViews } from './site.table';

// Tuesday 15 September 2026, 10:00 in Brussels.
let t: TestApp;
let clock: { set(iso: string): void; advance(ms: number): void };
let employer: number;
let partner: number;
let offerId: number;
let shortOfferId: number;
let eventId: number;

const comm = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.as('communication', { method, url, payload: payload as never, headers });
const visit = (url: string, headers: Record<string, string> = {}, remoteAddress = '198.51.100.23') =>
  t.app.inject({ method: 'GET', url, headers: { 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Firefox/128.0', ...headers }, remoteAddress });

/** Every JSON-LD block of a page, parsed. */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}
/** schema.org's required (and Google's recommended-as-required) properties per type, as the issue lists them. */
const REQUIRED: Record<string, string[]> = {
  Event: ['name', 'startDate', 'location'],
  JobPosting: ['title', 'description', 'datePosted', 'hiringOrganization', 'jobLocation', 'validThrough', 'employmentType'],
  Organization: ['name', 'address'],
  GovernmentOrganization: ['name', 'url'],
  NewsArticle: ['headline', 'datePublished'],
  Article: ['headline', 'datePublished'],
  VideoObject: ['name', 'description', 'uploadDate', 'thumbnailUrl'],
  WebSite: ['name', 'url'],
  WebPage: ['name', 'url'],
  ItemList: ['itemListElement'],
};
function checkLd(blocks: Record<string, unknown>[]) {
  for (const b of blocks) {
    expect(b['@context']).toBe('https://schema.org');
    const type = b['@type'] as string;
    expect(REQUIRED[type], `unexpected type ${type}`).toBeDefined();
    for (const p of REQUIRED[type]) expect(b[p], `${type}.${p}`).toBeTruthy();
    if (type === 'Event' || type === 'JobPosting') for (const p of ['startDate', 'endDate', 'datePosted']) if (b[p]) expect(Number.isNaN(Date.parse(b[p] as string))).toBe(false);
  }
}
// data·inclusion's schemas (server/test/fixtures/data-inclusion/SOURCE.md), compiled once each by ajv with their formats.
const fixture = (f: string) => JSON.parse(readFileSync(new URL(`../../../test/fixtures/data-inclusion/${f}`, import.meta.url), 'utf8')) as { properties: Record<string, unknown> };
const diStructure = fixture('structure.json');
const diService = fixture('service.json');
const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
const compiled = new Map<object, ValidateFunction>();
const validator = (schema: object) => compiled.get(schema) ?? compiled.set(schema, ajv.compile(schema)).get(schema)!;
/** The Belgian profile's one change to a shared field: a 4-digit postcode (docs/site.md). */
const belgian = (schema: { properties: Record<string, unknown> }) => ({ ...schema, properties: { ...schema.properties, code_postal: { anyOf: [{ type: 'string', pattern: '^\\d{4}$' }, { type: 'null' }] } } });
const belgianStructure = belgian(diStructure);
const belgianService = belgian(diService);
const errors2 = (row: object) => (validator(belgianService)(row) ? [] : validator(belgianService).errors);
const types = (html: string) => jsonLd(html).map((b) => b['@type']);

beforeAll(async () => {
  t = await createTestApp({ clock: '2026-09-15T08:00:00Z', env: { SESSION_IDLE_MINUTES: '500000', SESSION_MAX_HOURS: '9000' } });
  clock = t.clock as unknown as typeof clock;
  const admin = (url: string, payload: unknown) => t.as('admin', { method: 'POST', url, payload: payload as never });
  employer = (await admin('/api/organisations', { name: 'Hôtel Sablon SA', type: 'employer', postalCode: '1000' })).json().id;
  partner = (await admin('/api/organisations', { name: 'Mission Locale de Molenbeek', type: 'association', address: 'Rue de Ribaucourt 27', postalCode: '1080', phone: '02 411 00 00', email: 'info@ml-molenbeek.example', website: 'https://ml-molenbeek.example' })).json().id;
  await admin('/api/organisations', { name: 'CPAS de Jette', type: 'social_welfare', postalCode: '1090' });
  await admin('/api/sites', { name: 'Maison de l’Emploi', kind: 'main', address: 'Chaussée de Gand 1', postalCode: '1080', openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '08:30', to: '12:30' })) });
  const offer = await t.as('project_officer', {
    method: 'POST',
    url: '/api/offers',
    payload: { organisationId: employer, titleFr: 'Commis de cuisine', titleNl: 'Keukenhulp', contractType: 'fixed_term', workingTime: 'full_time', hoursPerWeek: 38, commune: 'Bruxelles', descriptionFr: 'Mise en place **HACCP**.', descriptionNl: 'Mise-en-place.', positions: 2, skills: [], languages: ['fr'], validThrough: '2026-11-30', status: 'published' },
  });
  expect(offer.statusCode, offer.body).toBe(201);
  offerId = offer.json().id;
  const short = await t.as('project_officer', {
    method: 'POST',
    url: '/api/offers',
    payload: { organisationId: employer, titleFr: 'Plongeur', titleNl: 'Afwasser', contractType: 'student', workingTime: 'part_time', hoursPerWeek: 12, positions: 1, skills: [], languages: [], validThrough: '2026-09-20', status: 'published' },
  });
  shortOfferId = short.json().id;
  const ev = await t.as('admin', {
    method: 'POST',
    url: '/api/events',
    payload: { kind: 'workshop', status: 'published', titleFr: 'Atelier CV', titleNl: 'Cv-workshop', descriptionFr: 'Écrire son CV.', startsAt: '2026-09-22T09:30:00+02:00', endsAt: '2026-09-22T12:00:00+02:00', venueName: 'Maison de l’Emploi', venueAddress: 'Chaussée de Gand 1, 1080 Molenbeek', capacity: 12 },
  });
  expect(ev.statusCode, ev.body).toBe(201);
  eventId = ev.json().id;
  const svc = await comm('POST', '/api/site/services', { organisationId: partner, nameFr: 'Accompagnement vers l’emploi', nameNl: 'Begeleiding naar werk', descriptionFr: 'Un conseiller vous aide à chercher un emploi.', themes: ['trouver-un-emploi--repondre-a-des-offres-demploi', 'apprendre-le-neerlandais'], publics: ['jeunes'], languages: ['fr', 'ar'], fees: 'gratuit', receptionModes: ['en-presentiel'], serviceType: 'accompagnement', mobilisationModes: ['se-presenter', 'telephoner'], openingHours: 'Mo-Fr 09:00-12:30' });
  expect(svc.statusCode, svc.body).toBe(201);
}, 240_000);
afterAll(() => t?.close());

describe('site: editing by the communication officer', () => {
  it('writes a news item in FR and NL for tomorrow: hidden today, online at its time, gone after its end; a missing EN is shown as such', async () => {
    const created = await comm('POST', '/api/site/contents', {
      kind: 'news',
      slug: 'salon-emploi-horeca',
      titleFr: 'Salon de l’emploi horeca',
      titleNl: 'Jobbeurs horeca',
      summaryFr: 'Vingt employeurs, le 6 octobre.',
      summaryNl: 'Twintig werkgevers, op 6 oktober.',
      bodyFr: '## Programme\n\nVenez avec votre *CV*.\n\n![Le hall du salon](/images/salon.jpg)',
      bodyNl: '## Programma\n\nKom met uw *cv*.\n\n![De hal van de beurs](/images/salon.jpg)',
      imageUrl: '/images/salon.jpg',
      imageAltFr: 'Le hall du salon',
      imageAltNl: 'De hal van de beurs',
      publishFrom: '2026-09-16T08:00:00+02:00',
      publishUntil: '2026-10-07T00:00:00+02:00',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ state: 'scheduled', missing: [] });
    expect((await visit('/fr/actualites')).body).not.toContain('Salon de l’emploi horeca');
    expect((await visit('/fr/actualites/salon-emploi-horeca')).statusCode).toBe(404);

    clock.set('2026-09-16T06:00:00Z'); // 08:00 in Brussels
    const list = await visit('/nl/nieuws');
    expect(list.body).toContain('Jobbeurs horeca');
    const page = await visit('/fr/actualites/salon-emploi-horeca');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h2>Programme</h2>');
    expect(page.body).toContain('<img src="/images/salon.jpg" alt="Le hall du salon">');
    expect(page.body).toContain('hreflang="nl" href="http://localhost:80/nl/nieuws/salon-emploi-horeca"');
    expect(page.body).toContain('<meta property="og:title" content="Salon de l’emploi horeca">');
    checkLd(jsonLd(page.body));
    expect(types(page.body)).toEqual(['NewsArticle']);
    // English is not written: the French text, marked as French, with a note
    const en = await visit('/en/news/salon-emploi-horeca');
    expect(en.body).toContain('This text is not yet written in English');
    expect(en.body).toContain('<div lang="fr">');

    const rss = await visit('/fr/actualites.rss');
    expect(rss.headers['content-type']).toContain('application/rss+xml');
    expect(rss.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(rss.body).toContain('<guid isPermaLink="true">http://localhost:80/fr/actualites/salon-emploi-horeca</guid>');
    expect(rss.body).toContain('<pubDate>Wed, 16 Sep 2026 06:00:00 GMT</pubDate>');
    expect(rss.body.match(/<item>/g)).toHaveLength(1);

    clock.set('2026-10-07T08:00:00Z');
    expect((await visit('/fr/actualites/salon-emploi-horeca')).statusCode).toBe(404);
    expect((await comm('GET', `/api/site/contents/${created.json().id}`)).json().state).toBe('offline');
    clock.set('2026-09-16T06:00:00Z');
  });

  it('shows a missing Dutch translation to the editor and on the Dutch page instead of hiding the text', async () => {
    const c = await comm('POST', '/api/site/contents', { kind: 'page', slug: 'droits-chercheurs-emploi', titleFr: 'Vos droits de chercheur d’emploi', bodyFr: 'Vous avez droit à un **accompagnement**.' });
    expect(c.statusCode, c.body).toBe(201);
    expect(c.json()).toMatchObject({ state: 'online', missing: ['nl'] });
    const nl = await visit('/nl/info/droits-chercheurs-emploi');
    expect(nl.statusCode).toBe(200);
    expect(nl.body).toContain('Deze tekst bestaat nog niet in het Nederlands');
    expect(nl.body).toContain('<h1><span lang="fr">Vos droits de chercheur d’emploi</span></h1>');
    expect((await visit('/fr/infos')).body).toContain('Vos droits de chercheur d’emploi');
  });

  it('previews Markdown as the site will show it, with the warnings saving would give', async () => {
    const p = await comm('POST', '/api/site/preview', { markdown: '# Titre\n\n<script>alert(1)</script> [x](javascript:alert(1)) ![](/a.png)' });
    expect(p.statusCode, p.body).toBe(200);
    expect(p.json().html).toContain('<h1>Titre</h1>');
    expect(p.json().html).not.toMatch(/<script|href="javascript/);
    expect(p.json().html).toContain('&lt;script&gt;');
    expect(p.json().warnings.map((w: { code: string }) => w.code).sort()).toEqual(['error.site.html_not_allowed', 'error.site.image_alt_required', 'error.site.unsafe_link']);
  });

  it('refuses a script, a javascript: link, an image without alt text, a new text dated in the past, a taken address, with a localised 4xx; stores nothing', async () => {
    const before = (await comm('GET', '/api/site/contents')).json().items.length;
    const base = { kind: 'news', slug: 'essai', titleFr: 'Essai', titleNl: 'Test' };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...base, bodyFr: 'Bonjour <script>alert(1)</script>' }, 400, 'bodyFr'],
      [{ ...base, bodyNl: '<img src=x onerror=alert(1)>' }, 400, 'bodyNl'],
      [{ ...base, bodyFr: '[clic](javascript:alert(1))' }, 400, 'bodyFr'],
      [{ ...base, bodyFr: '![](/images/a.png)' }, 400, 'bodyFr'],
      [{ ...base, imageUrl: '/images/a.png', imageAltFr: 'Un guichet' }, 400, 'imageAltNl'],
      [{ ...base, imageUrl: 'javascript:alert(1)', imageAltFr: 'a', imageAltNl: 'b' }, 400, 'body.imageUrl'],
      [{ ...base, publishFrom: '2026-09-01T08:00:00+02:00' }, 400, 'publishFrom'],
      [{ ...base, publishFrom: '2026-09-20T08:00:00+02:00', publishUntil: '2026-09-19T08:00:00+02:00' }, 400, 'publishUntil'],
      [{ ...base, titleFr: null, titleNl: null }, 400, 'titleFr'],
      [{ ...base, slug: 'Pas une adresse!' }, 400, 'body.slug'],
      [{ ...base, slug: 'droits-chercheurs-emploi', kind: 'page' }, 409, 'slug'],
    ];
    for (const [payload, status, path] of cases) {
      const res = await comm('POST', '/api/site/contents', payload, { 'accept-language': 'nl' });
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const nl = await comm('POST', '/api/site/contents', cases[0][0], { 'accept-language': 'nl' });
    expect(nl.json().errors[0].message).toContain('HTML wordt niet aanvaard');
    expect((await comm('GET', '/api/site/contents')).json().items.length).toBe(before);
    // a change that slips a script in is refused too, and the page stays as it was
    const id = (await comm('GET', '/api/site/contents?kind=page')).json().items[0].id;
    expect((await comm('PATCH', `/api/site/contents/${id}`, { bodyFr: '<iframe src="//evil">' })).statusCode).toBe(400);
    expect((await visit('/fr/infos/droits-chercheurs-emploi')).body).toContain('<strong>accompagnement</strong>');
    // an offer without employer is refused by the offers module, and the site shows none of it
    const noEmployer = await t.as('project_officer', { method: 'POST', url: '/api/offers', payload: { titleFr: 'Sans employeur', titleNl: 'Zonder werkgever', contractType: 'permanent', workingTime: 'full_time', hoursPerWeek: 38, positions: 1, skills: [], languages: [], validThrough: '2026-12-31', status: 'published' } });
    expect(noEmployer.statusCode).toBe(400);
    expect(noEmployer.json().errors.map((e: { path: string }) => e.path)).toContain('body.organisationId');
    expect((await visit('/fr/offres')).body).not.toContain('Sans employeur');
    // the reception may not edit
    expect((await t.as('reception', { method: 'POST', url: '/api/site/contents', payload: base })).statusCode).toBe(403);
  });
});

describe('site: public pages without JavaScript', () => {
  it('serves every page as HTML with its content, its JSON-LD, hreflang to FR/NL/EN, Open Graph, and no script', async () => {
    await comm('POST', '/api/site/contents', { kind: 'publication', publicationKind: 'video', slug: 'emploi-local-2025', titleFr: 'L’emploi local en 2025', titleNl: 'Lokale werkgelegenheid in 2025', summaryFr: 'Trois minutes de chiffres.', summaryNl: 'Drie minuten cijfers.', linkUrl: 'https://video.example/emploi', imageUrl: '/images/video.jpg', imageAltFr: 'Graphique', imageAltNl: 'Grafiek' });
    const pages = [
      ['/fr', ['GovernmentOrganization', 'WebSite'], 'Atelier CV'],
      ['/nl', ['GovernmentOrganization', 'WebSite'], 'Cv-workshop'],
      ['/fr/agenda', ['Event'], 'Atelier CV'],
      ['/nl/vacatures', ['JobPosting', 'JobPosting'], 'Keukenhulp'],
      [`/fr/offres/${offerId}`, ['JobPosting'], 'Hôtel Sablon SA'],
      ['/fr/repertoire', ['Organization', 'Organization'], 'Mission Locale de Molenbeek'],
      ['/fr/actualites', ['ItemList'], 'Salon de l’emploi horeca'],
      ['/nl/publicaties', ['ItemList'], 'Lokale werkgelegenheid in 2025'],
      ['/fr/publications/emploi-local-2025', ['VideoObject'], 'Trois minutes de chiffres.'],
      ['/fr/infos', ['ItemList'], 'Vos droits'],
      ['/fr/contact', ['GovernmentOrganization'], '08:30–12:30'],
      ['/nl/privacy', ['WebPage'], 'geen cookies'],
      ['/fr/salles', ['WebPage'], 'Occupation des salles'],
      ['/en/jobs', ['JobPosting', 'JobPosting'], 'Job offers'],
    ] as const;
    for (const [url, ld, text] of pages) {
      const res = await visit(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body, url).toContain(text);
      expect(res.body).not.toMatch(/<script(?! type="application\/ld\+json")/);
      expect(res.body).toMatch(/<html lang="(fr|nl|en)">/);
      for (const l of ['fr', 'nl', 'en', 'x-default']) expect(res.body, `${url} hreflang ${l}`).toContain(`hreflang="${l}"`);
      expect(res.body).toContain('<meta property="og:url"');
      expect(res.body).toContain('<link rel="canonical"');
      expect(types(res.body), url).toEqual(ld);
      checkLd(jsonLd(res.body));
    }
    const job = jsonLd((await visit(`/fr/offres/${offerId}`)).body)[0];
    expect(job).toMatchObject({ title: 'Commis de cuisine', hiringOrganization: { name: 'Hôtel Sablon SA' }, validThrough: '2026-11-30T22:59:00.000Z', employmentType: ['FULL_TIME', 'TEMPORARY'], jobLocation: { address: { addressCountry: 'BE', addressLocality: 'Bruxelles' } } });
    expect(job.description).toContain('<strong>HACCP</strong>');
    const event = jsonLd((await visit('/fr/agenda')).body)[0];
    expect(event).toMatchObject({ name: 'Atelier CV', startDate: '2026-09-22T07:30:00.000Z', location: { '@type': 'Place', name: 'Maison de l’Emploi' }, url: `http://localhost:80/p/events/${eventId}` });
    // the agenda links to the events module's registration page
    expect((await visit('/nl/agenda')).body).toContain(`href="/p/events/${eventId}?lang=nl"`);
    // a browser that accepts gzip gets the page compressed
    const gz = await visit('/fr/agenda', { 'accept-encoding': 'gzip, deflate, br' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toContain('Atelier CV');
    // the footer links to the room occupation page, in the page's language
    expect((await visit('/fr')).body).toContain('href="/fr/salles"');
    expect((await visit('/nl/vacatures')).body).toContain('href="/nl/zalen"');
  });

  it('finds an organisation in the directory by theme, public, commune and language; an unknown filter value is ignored', async () => {
    const found = await visit('/fr/repertoire?theme=trouver-un-emploi--repondre-a-des-offres-demploi&commune=21012&language=ar&public=jeunes');
    expect(found.body).toContain('Mission Locale de Molenbeek');
    expect(found.body).not.toContain('CPAS de Jette');
    expect(found.body).toContain('Accompagnement vers l’emploi');
    expect(found.body).toContain('<option value="21012" selected>Molenbeek-Saint-Jean</option>');
    const nl = await visit('/nl/gids?commune=21012');
    expect(nl.body).toContain('Sint-Jans-Molenbeek');
    const none = await visit('/fr/repertoire?commune=21010&theme=trouver-un-emploi--repondre-a-des-offres-demploi');
    expect(none.body).toContain('Aucune organisation ne correspond');
    const jette = await visit('/fr/repertoire?commune=21010');
    expect(jette.body).toContain('CPAS de Jette');
    const odd = await visit('/fr/repertoire?theme=%3Cscript%3E&commune=99999');
    expect(odd.statusCode).toBe(200);
    expect(odd.body).toContain('Mission Locale de Molenbeek');
    expect(odd.body).not.toContain('<script>');
    const q = await visit('/fr/repertoire?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
    expect(q.body).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('exports the directory in data·inclusion field names with the Belgian profile', async () => {
    const res = await visit('/api/public/site/directory');
    expect(res.statusCode).toBe(200);
    const d = res.json();
    const ml = d.structures.find((s: { nom: string }) => s.nom === 'Mission Locale de Molenbeek');
    expect(ml).toMatchObject({ id: String(partner), source: 'relais', code_postal: '1080', commune: 'Molenbeek-Saint-Jean', commune_nl: 'Sint-Jans-Molenbeek', code_nis: '21012', telephone: '02 411 00 00', courriel: 'info@ml-molenbeek.example', site_web: 'https://ml-molenbeek.example' });
    // an employer without a service is not a partner of the directory (its offers are on the offers pages)
    expect(d.structures.map((s: { nom: string }) => s.nom).sort()).toEqual(['CPAS de Jette', 'Mission Locale de Molenbeek']);
    expect(d.services).toHaveLength(1);
    expect(d.services[0]).toMatchObject({ structure_id: String(partner), nom: 'Accompagnement vers l’emploi', nom_nl: 'Begeleiding naar werk', thematiques: ['trouver-un-emploi--repondre-a-des-offres-demploi'], thematiques_be: ['apprendre-le-neerlandais'], publics: ['jeunes'], frais: 'gratuit', type: 'accompagnement', modes_accueil: ['en-presentiel'], modes_mobilisation: ['se-presenter', 'telephoner'], langues_parlees: ['fr', 'ar'], horaires_accueil: 'Mo-Fr 09:00-12:30', code_nis: '21012' });
    // data·inclusion's required fields, in their types
    for (const s of d.structures) for (const f of ['id', 'source', 'nom', 'date_maj']) expect(typeof s[f]).toBe('string');
    for (const s of d.services) for (const f of ['id', 'source', 'structure_id', 'nom', 'date_maj']) expect(typeof s[f]).toBe('string');
    for (const s of [...d.structures, ...d.services]) {
      expect(s.date_maj).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (s.code_postal) expect(s.code_postal).toMatch(/^\d{4}$/);
      if (s.code_nis) expect(s.code_nis).toMatch(/^\d{5}$/);
    }
    // and against data·inclusion's own JSON schemas (v1.0.8, vendored in server/test/fixtures/data-inclusion), for every
    // field they share; the one departure of the Belgian profile is the 4-digit postcode, replaced here and nowhere else.
    const errors = (schema: object, rows: object[]) =>
      rows.flatMap((row) => (validator(schema)(row) ? [] : (validator(schema).errors ?? []).map((e) => `${(row as { nom: string }).nom} ${e.instancePath} ${e.message}`)));
    expect(errors(belgianStructure, d.structures)).toEqual([]);
    expect(errors(belgianService, d.services)).toEqual([]);
    // the unmodified French schema refuses the Belgian postcodes, and nothing else
    const french = errors(diStructure, d.structures);
    expect(french.length).toBeGreaterThan(0);
    for (const e of french) expect(e).toContain('/code_postal');
  });

  it('a staff member edits a service with data·inclusion codes; an unknown code or a missing description is a localised 400 that changes nothing', async () => {
    const codes = await comm('GET', '/api/site/services/codes', undefined, { 'accept-language': 'nl' });
    expect(codes.statusCode, codes.body).toBe(200);
    expect(codes.json().themes).toContainEqual({ value: 'apprendre-le-neerlandais', label: 'Nederlands leren', belgian: true });
    expect(codes.json().serviceTypes).toContainEqual({ value: 'atelier', label: 'Workshop' });
    expect((await t.as('reception', { method: 'GET', url: '/api/site/services/codes' })).statusCode).toBe(403);
    const before = (await comm('GET', '/api/site/services')).json().items;
    const bad = await comm('POST', '/api/site/services', { organisationId: partner, nameFr: 'Atelier', themes: ['trouver-un-emploi'], publics: ['jeunes-16-26'] }, { 'accept-language': 'nl' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.publics.0', 'body.themes.0']);
    const noDescription = await comm('POST', '/api/site/services', { organisationId: partner, nameFr: 'Atelier CV' }, { 'accept-language': 'nl' });
    expect(noDescription.statusCode).toBe(400);
    expect(noDescription.json().errors).toContainEqual(expect.objectContaining({ path: 'descriptionFr', message: expect.stringContaining('Beschrijf de dienst') }));
    expect((await comm('GET', '/api/site/services')).json().items).toEqual(before);
    // a patch changes what it names and keeps the rest
    const id = before[0].id;
    const patched = await comm('PATCH', `/api/site/services/${id}`, { feesDetails: 'Inscription à l’accueil', receptionModes: ['en-presentiel', 'a-distance'] });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ feesDetails: 'Inscription à l’accueil', receptionModes: ['en-presentiel', 'a-distance'], themes: before[0].themes, publics: ['jeunes'], mobilisationModes: ['se-presenter', 'telephoner'], serviceType: 'accompagnement' });
    const out = (await visit('/api/public/site/directory')).json().services[0];
    expect(out).toMatchObject({ frais_precisions: 'Inscription à l’accueil', modes_accueil: ['en-presentiel', 'a-distance'] });
    expect(errors2(out)).toEqual([]);
  });

  it('lists the pages in the sitemap with their languages; an offer past its validity leaves the pages and the sitemap by itself', async () => {
    let map = (await visit('/sitemap.xml')).body;
    expect(map).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/);
    for (const p of ['/fr', '/nl/vacatures', '/en/directory', `/fr/offres/${offerId}`, `/nl/vacatures/${shortOfferId}`, '/fr/actualites/salon-emploi-horeca', '/nl/info/droits-chercheurs-emploi'])
      expect(map, p).toContain(`<loc>http://localhost:80${p}</loc>`);
    expect(map).toContain('<xhtml:link rel="alternate" hreflang="nl" href="http://localhost:80/nl/vacatures"/>');
    expect((map.match(/<url>/g) ?? []).length).toBe((map.match(/<\/url>/g) ?? []).length);
    const robots = await visit('/robots.txt');
    expect(robots.body).toContain('Sitemap: http://localhost:80/sitemap.xml');
    expect(robots.body).toContain('Disallow: /api/');

    clock.set('2026-09-21T08:00:00Z'); // the Plongeur offer ended on the 20th
    map = (await visit('/sitemap.xml')).body;
    expect(map).not.toContain(`/offres/${shortOfferId}<`);
    expect(map).toContain(`/offres/${offerId}<`);
    expect((await visit(`/fr/offres/${shortOfferId}`)).statusCode).toBe(404);
    expect((await visit('/fr/offres')).body).not.toContain('Plongeur');
    clock.set('2026-09-16T06:00:00Z');
  });

  it('gives the agenda as iCalendar', async () => {
    const res = await visit('/fr/agenda.ics');
    expect(res.headers['content-type']).toContain('text/calendar');
    const cal = new ICAL.Component(ICAL.parse(res.body));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(1);
    expect(events[0].summary).toBe('Atelier CV');
    expect(events[0].startDate.toJSDate().toISOString()).toBe('2026-09-22T07:30:00.000Z');
    expect(events[0].location).toContain('Maison de l’Emploi');
  });

  it('answers a page that does not exist with the site’s 404 in its language, and a bad offer id with a 4xx', async () => {
    const res = await visit('/nl/nieuws/bestaat-niet', { accept: 'text/html,application/xhtml+xml' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('Deze pagina bestaat niet');
    // another client gets the API's problem+json
    const api = await visit('/nl/nieuws/bestaat-niet');
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect((await visit('/fr/offres/abc')).statusCode).toBe(400);
    expect((await visit('/fr/offres/999999')).statusCode).toBe(404);
  });
});

describe('site: analytics without tracking', () => {
  it('counts page views and daily visitors, keeps no address, user agent or old salt, and gives the report its website line', async () => {
    await t.database.db.delete(siteViews);
    clock.set('2027-03-01T09:00:00Z');
    const ua = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36';
    await visit('/fr', { 'user-agent': ua, referer: 'https://www.google.com/search?q=emploi' }, '203.0.113.5');
    await visit('/fr/offres', { 'user-agent': ua }, '203.0.113.5');
    await visit('/nl', { 'user-agent': ua, referer: 'https://www.facebook.com/centrale' }, '203.0.113.6');
    await visit('/fr', { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' }, '66.249.66.1'); // a robot: not counted
    clock.set('2027-03-02T09:00:00Z');
    await visit('/fr', { 'user-agent': ua }, '203.0.113.5'); // the same person the next day: another day's visitor
    clock.set('2027-04-10T09:00:00Z');
    await visit('/fr/agenda', { 'user-agent': ua, referer: 'http://localhost:80/fr' }, '203.0.113.9'); // from the site itself: no referrer

    const stats = await t.as('communication', { method: 'GET', url: '/api/site/stats?year=2027' });
    expect(stats.statusCode, stats.body).toBe(200);
    const s = stats.json();
    expect(s.figures.pageViews.value).toBe(5);
    expect(s.figures.visitors.value).toBe(4); // 2 on 1 March + 1 on 2 March + 1 on 10 April
    expect(s.visitorsMeaning).toContain('Somme des visiteurs uniques de chaque jour');
    expect(s.months).toEqual([
      { month: '2027-03', pageViews: 4, visitors: 3, topPages: [{ path: '/fr', views: 2 }, { path: '/fr/offres', views: 1 }, { path: '/nl', views: 1 }], referrers: [{ domain: 'facebook.com', views: 1 }, { domain: 'google.com', views: 1 }] },
      { month: '2027-04', pageViews: 1, visitors: 1, topPages: [{ path: '/fr/agenda', views: 1 }], referrers: [] },
    ]);

    // Nothing identifying in the database: no address, no user agent, no query, only 128-bit hashes.
    const rows = ((await t.database.db.execute(sql`select * from site_views`)) as unknown as { rows: Record<string, unknown>[] }).rows;
    const dump = JSON.stringify(rows);
    for (const secret of ['203.0.113', 'Mozilla', 'Chrome', 'Linux', 'q=emploi', 'search']) expect(dump).not.toContain(secret);
    expect(Object.keys(rows[0]).sort()).toEqual(['day', 'id', 'path', 'referrer_domain', 'visitor']);
    for (const r of rows) expect(r.visitor).toMatch(/^[0-9a-f]{32}$/);
    // the same person on two days has two unrelated hashes
    const march = rows.filter((r) => String(r.path) === '/fr').map((r) => r.visitor);
    expect(new Set(march).size).toBe(2);

    // Salts: 1 March's and 2 March's were deleted 48 hours after they were drawn; only today's remains.
    const salts = await t.database.db.select().from(siteSalts);
    expect(salts.map((x) => x.day)).toEqual(['2027-04-10']);
    // and the job deletes a salt 48 hours after it was drawn without any new visit
    clock.set('2027-04-12T09:00:01Z');
    expect(await t.app.relais.ctx.services.site.analytics.purge(t.clock.now())).toBe(1);
    expect(await t.database.db.select().from(siteSalts)).toEqual([]);

    // The annual report's line, through the reach registry, named for what it counts.
    const lines = await t.app.relais.ctx.reach.lines(2027);
    const web = lines.find((l) => l.key === 'website');
    expect(web).toMatchObject({ unit: 'participations', value: 4, anonymous: 4, labelKey: 'reach.website_daily_visitors' });
    expect(web?.personIds).toBeUndefined();
    const report = await t.as('director', { method: 'GET', url: '/api/observatory/people-reached?year=2027' });
    expect(report.statusCode, report.body).toBe(200);
    expect(report.body).toContain('Site web : somme des visiteurs uniques par jour');
    // who may read the figures
    expect((await t.as('reception', { method: 'GET', url: '/api/site/stats' })).statusCode).toBe(403);
    expect((await t.as('director', { method: 'GET', url: '/api/site/stats?year=1800' })).statusCode).toBe(400);
  });
});

describe('site: trainings open to the public in the agenda', () => {
  it('shows a public training session in the agenda (HTML, Event JSON-LD, iCalendar, sitemap) with how to register at the desk; a session not public, or over, is not there', async () => {
    clock.set('2027-04-20T08:00:00Z');
    const trainer = (method: 'POST' | 'PATCH', url: string, payload: unknown) => t.as('trainer', { method, url, payload: payload as never });
    const programme = await trainer('POST', '/api/trainings/programmes', { name: 'Initiation à l’ordinateur', description: 'Souris, clavier, courriel.', targetPublic: 'Chercheurs d’emploi débutants' });
    expect(programme.statusCode, programme.body).toBe(201);
    const plan = (payload: object) => trainer('POST', `/api/trainings/programmes/${programme.json().id}/sessions`, payload);
    const open = await plan({ title: 'Ordinateur — mai', room: 'Salle EPN', capacity: 10, isPublic: true, days: [{ date: '2027-05-03', from: '09:30', to: '12:00' }, { date: '2027-05-10', from: '13:00', to: '15:30' }] });
    expect(open.statusCode, open.body).toBe(201);
    const id = open.json().id;
    const hidden = await plan({ title: 'Groupe CPAS (interne)', capacity: 8, days: [{ date: '2027-05-04', from: '09:30', to: '12:00' }] });
    // the desk's phone and e-mail are the institution's settings
    const inst = (await t.as('admin', { method: 'GET', url: '/api/institution' })).json();
    const { logoUrl: _logo, ...instBody } = inst;
    const put = await t.as('admin', { method: 'PUT', url: '/api/institution', payload: { ...instBody, phone: '02 600 00 00', email: 'accueil@centrale.example' } });
    expect(put.statusCode, put.body).toBe(200);
    const over = await plan({ title: 'Ordinateur — avril', capacity: 8, isPublic: true, days: [{ date: '2027-04-12', from: '09:30', to: '12:00' }] });

    const agenda = await visit('/fr/agenda');
    expect(agenda.body).toContain('Formations ouvertes au public');
    expect(agenda.body).toContain(`href="/fr/formations/${id}"`);
    expect(agenda.body).toContain('10 places restantes');
    expect(agenda.body).not.toContain('Groupe CPAS');
    expect(agenda.body).not.toContain('Ordinateur — avril');
    const lds = jsonLd(agenda.body);
    checkLd(lds);
    expect(lds.find((b) => b.name === 'Ordinateur — mai')).toMatchObject({
      '@type': 'Event',
      startDate: '2027-05-03T07:30:00.000Z',
      endDate: '2027-05-10T13:30:00.000Z',
      location: { '@type': 'Place', name: 'Salle EPN' },
      url: `http://localhost:80/fr/formations/${id}`,
      subEvent: [{ startDate: '2027-05-03T07:30:00.000Z' }, { startDate: '2027-05-10T11:00:00.000Z' }],
    });

    // its page, in Dutch too: the days, the place, and registering at the desk (the institution's phone, the hours)
    for (const [url, text] of [[`/fr/formations/${id}`, 'Inscription à l’accueil'], [`/nl/opleidingen/${id}`, 'Inschrijven aan het onthaal']]) {
      const page = await visit(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.body).toContain(text);
      expect(page.body).toContain('Salle EPN');
      expect(page.body).toContain('href="tel:026000000"');
      expect(page.body).toContain('mailto:accueil@centrale.example');
      expect(page.body).toMatch(/href="\/(fr|nl)\/contact"/);
      expect(page.body).not.toMatch(/<script(?! type="application\/ld\+json")/);
      for (const l of ['fr', 'nl', 'en']) expect(page.body).toContain(`hreflang="${l}"`);
      checkLd(jsonLd(page.body));
    }
    expect((await visit(`/fr/formations/${hidden.json().id}`, { accept: 'text/html' })).statusCode).toBe(404);
    expect((await visit(`/fr/formations/${over.json().id}`)).statusCode).toBe(404);
    expect((await visit('/fr/formations/abc')).statusCode).toBe(400);

    // iCalendar: one entry per day of the session
    const cal = new ICAL.Component(ICAL.parse((await visit('/nl/agenda.ics')).body));
    const days = cal
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .filter((e) => e.summary.startsWith('Ordinateur — mai'));
    expect(days.map((e) => [e.summary, e.startDate.toJSDate().toISOString()])).toEqual([
      ['Ordinateur — mai (1/2)', '2027-05-03T07:30:00.000Z'],
      ['Ordinateur — mai (2/2)', '2027-05-10T11:00:00.000Z'],
    ]);
    expect(days[0].location).toBe('Salle EPN');

    // the sitemap lists it in the three languages
    let map = (await visit('/sitemap.xml')).body;
    for (const path of [`/fr/formations/${id}`, `/nl/opleidingen/${id}`, `/en/trainings/${id}`]) expect(map).toContain(`<loc>http://localhost:80${path}</loc>`);

    // once its last day is over it leaves the agenda, its page and the sitemap by itself
    clock.set('2027-05-10T14:00:00Z');
    expect((await visit('/fr/agenda')).body).not.toContain('Ordinateur — mai');
    expect((await visit(`/fr/formations/${id}`)).statusCode).toBe(404);
    map = (await visit('/sitemap.xml')).body;
    expect(map).not.toContain(`/fr/formations/${id}`);
  });
});

describe('site: a training in the language of the page', () => {
  it('shows the Dutch texts staff wrote on the Dutch page, and a text not translated yet in French marked as such (never silently)', async () => {
    clock.set('2027-04-20T08:00:00Z');
    const trainer = (method: 'POST' | 'PATCH', url: string, payload: unknown) => t.as('trainer', { method, url, payload: payload as never });
    const both = await trainer('POST', '/api/trainings/programmes', {
      name: 'Atelier CV',
      nameNl: 'Cv-workshop',
      description: 'Écrire son CV pas à pas.',
      descriptionNl: 'Stap voor stap je cv schrijven.',
      targetPublic: 'Chercheurs d’emploi',
      targetPublicNl: 'Werkzoekenden',
    });
    expect(both.statusCode, both.body).toBe(201);
    expect(both.json()).toMatchObject({ nameNl: 'Cv-workshop', descriptionNl: 'Stap voor stap je cv schrijven.', targetPublicNl: 'Werkzoekenden' });
    const french = await trainer('POST', '/api/trainings/programmes', { name: 'Tablette pour débutants', description: 'Allumer, toucher, glisser.' });
    const plan = (programmeId: number, payload: object) =>
      trainer('POST', `/api/trainings/programmes/${programmeId}/sessions`, { capacity: 10, isPublic: true, days: [{ date: '2027-06-28', from: '09:30', to: '12:00' }], ...payload });
    const cv = (await plan(both.json().id, {})).json().id;
    const tablet = (await plan(french.json().id, {})).json().id;
    const titled = await plan(both.json().id, { title: 'Atelier CV du soir', titleNl: 'Cv-workshop ’s avonds' });
    expect(titled.json()).toMatchObject({ title: 'Atelier CV du soir', titleNl: 'Cv-workshop ’s avonds' });

    const nl = await visit(`/nl/opleidingen/${cv}`);
    expect(nl.body).toContain('<h1><span>Cv-workshop</span></h1>');
    expect(nl.body).toContain('Stap voor stap je cv schrijven.');
    expect(nl.body).toContain('Werkzoekenden');
    expect(nl.body).not.toContain('Atelier CV');
    expect(nl.body).not.toContain('Écrire son CV');
    const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main(nl.body)).not.toContain('lang="fr"');
    expect(jsonLd(nl.body)[0]).toMatchObject({ name: 'Cv-workshop', description: 'Stap voor stap je cv schrijven.', inLanguage: 'nl' });
    expect((await visit(`/fr/formations/${cv}`)).body).toContain('<h1><span>Atelier CV</span></h1>');
    expect((await visit(`/nl/opleidingen/${titled.json().id}`)).body).toContain('Cv-workshop ’s avonds');
    // a request sent from the Dutch page: its receipt names the training in Dutch too
    const token = /name="token" value="([^"]+)"/.exec(nl.body)![1];
    const sent = await t.app.inject({
      method: 'POST',
      url: `/nl/opleidingen/${cv}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: new URLSearchParams({ token, firstName: 'Lotte', lastName: 'Janssens', email: 'lotte.janssens@example.be', consent: 'on' }).toString(),
      remoteAddress: '198.51.100.91',
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const [receipt] = (await t.database.rows<{ subject: string; body: string }>(sql`select subject, body from outbox_messages where to_email = 'lotte.janssens@example.be'`));
    expect(`${receipt.subject} ${receipt.body}`).toContain('Cv-workshop');
    expect(`${receipt.subject} ${receipt.body}`).not.toContain('Atelier CV');

    // not translated: the French text, in French (lang="fr" for screen readers), and the page says so
    const missing = await visit(`/nl/opleidingen/${tablet}`);
    expect(missing.body).toContain('<h1><span lang="fr">Tablette pour débutants</span></h1>');
    expect(missing.body).toContain('<p lang="fr">Allumer, toucher, glisser.</p>');
    expect(missing.body).toContain('<p class="note">Deze tekst bestaat nog niet in het Nederlands: hier is de Franse versie.</p>');
    expect((await visit(`/fr/formations/${tablet}`)).body).not.toContain('<p class="note">Ce texte');
    expect((await visit(`/nl/opleidingen/${cv}`)).body).not.toContain('Deze tekst bestaat nog niet');
    const agenda = (await visit('/nl/agenda')).body;
    expect(agenda).toContain('>Cv-workshop</span></a>');
    expect(agenda).toContain('<span lang="fr">Tablette pour débutants</span>');
    const cal = new ICAL.Component(ICAL.parse((await visit('/nl/agenda.ics')).body));
    const summaries = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary);
    expect(summaries).toContain('Cv-workshop');
    expect(summaries).not.toContain('Atelier CV');

    // the Dutch text added later, by the programme's edit: the Dutch page follows
    const patched = await trainer('PATCH', `/api/trainings/programmes/${french.json().id}`, { nameNl: 'Tablet voor beginners', descriptionNl: 'Aanzetten, aanraken, vegen.' });
    expect(patched.statusCode, patched.body).toBe(200);
    const after = (await visit(`/nl/opleidingen/${tablet}`)).body;
    expect(after).toContain('<h1><span>Tablet voor beginners</span></h1>');
    expect(main(after)).not.toContain('lang="fr"');
    // a Dutch text too long is refused, nothing changed
    const long = await trainer('PATCH', `/api/trainings/programmes/${french.json().id}`, { nameNl: 'x'.repeat(201) });
    expect(long.statusCode).toBe(400);
    expect(long.headers['content-type']).toContain('application/problem+json');
    expect((await t.as('trainer', { method: 'GET', url: `/api/trainings/programmes/${french.json().id}` })).json().nameNl).toBe('Tablet voor beginners');
  });
});

describe('site: images with their alternative text', () => {
  // a 1×1 PNG, and a WebP's header (RIFF....WEBP)
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8L'), Buffer.alloc(18, 1)]);
  const upload = (payload: object, lang = 'fr') => comm('POST', '/api/site/images', payload, { 'accept-language': lang });

  it('uploads a PNG or WebP checked by its bytes, with its FR and NL text, served at a hashed address cached a year; refuses the rest with a localised 400', async () => {
    const res = await upload({ contentType: 'image/png', data: png.toString('base64'), altFr: 'Le guichet emploi', altNl: 'Het jobloket' });
    expect(res.statusCode, res.body).toBe(201);
    const image = res.json();
    expect(image.url).toMatch(/^\/site\/images\/[0-9a-f]{16}\.png$/);
    const served = await visit(image.url);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['cache-control']).toContain('immutable');
    expect(served.rawPayload.equals(png)).toBe(true);
    // the same bytes again are the same image
    expect((await upload({ contentType: 'image/png', data: png.toString('base64'), altFr: 'Autre', altNl: 'Ander' })).json().id).toBe(image.id);
    expect((await upload({ contentType: 'image/webp', data: webp.toString('base64'), altFr: 'Un atelier', altNl: 'Een workshop' })).json().url).toMatch(/\.webp$/);

    const before = (await comm('GET', '/api/site/images')).json().items.length;
    const refused = [
      [{ contentType: 'image/png', data: png.toString('base64'), altFr: 'Le guichet emploi' }, 'body.altNl', 'alternatieve tekst'],
      [{ contentType: 'image/png', data: png.toString('base64'), altFr: '  ', altNl: 'Het jobloket' }, 'body.altFr', 'alternatieve tekst'],
      [{ contentType: 'image/jpeg', data: png.toString('base64'), altFr: 'a', altNl: 'b' }, 'body.contentType', 'PNG-, JPEG- of WebP'],
      [{ contentType: 'image/png', data: Buffer.from('<svg onload="alert(1)"/>').toString('base64'), altFr: 'a', altNl: 'b' }, 'body.contentType', 'PNG-, JPEG- of WebP'],
      [{ contentType: 'image/svg+xml', data: Buffer.from('<svg/>').toString('base64'), altFr: 'a', altNl: 'b' }, 'body.contentType', ''],
      [{ contentType: 'image/png', data: Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]).toString('base64'), altFr: 'a', altNl: 'b' }, 'body.data', '2 MB'],
      [{ contentType: 'image/png', data: 'pas du base64 !', altFr: 'a', altNl: 'b' }, 'body.data', 'base64'],
    ] as const;
    for (const [payload, path, text] of refused) {
      const bad = await upload(payload, 'nl');
      expect(bad.statusCode, `${path} ${bad.body.slice(0, 200)}`).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect(bad.json().errors[0].path).toBe(path);
      expect(bad.json().errors[0].message).toContain(text);
    }
    expect((await comm('GET', '/api/site/images')).json().items).toHaveLength(before);
    expect((await visit('/site/images/0123456789abcdef.png')).statusCode).toBe(404);
    expect((await visit('/site/images/..%2Fetc.png')).statusCode).toBe(400);
    expect((await t.as('reception', { method: 'POST', url: '/api/site/images', payload: { contentType: 'image/png', data: png.toString('base64'), altFr: 'a', altNl: 'b' } })).statusCode).toBe(403);

    // a news item shows it with its text, in each language
    clock.set('2027-06-01T08:00:00Z');
    const news = await comm('POST', '/api/site/contents', { kind: 'news', slug: 'nouveau-guichet', titleFr: 'Un nouveau guichet', titleNl: 'Een nieuw loket', bodyFr: 'Ouvert le lundi.', bodyNl: 'Open op maandag.', imageUrl: image.url, imageAltFr: image.altFr, imageAltNl: image.altNl });
    expect(news.statusCode, news.body).toBe(201);
    expect((await visit('/nl/nieuws/nouveau-guichet')).body).toContain(`<img src="${image.url}" alt="Het jobloket">`);
  });
});

describe('site: registering for a public training online (a plain form, no JavaScript)', () => {
  const form = (url: string, fields: Record<string, string>, headers: Record<string, string> = {}, remoteAddress = '198.51.100.77') =>
    t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...headers }, payload: new URLSearchParams(fields).toString(), remoteAddress });
  const tokenOf = (html: string) => /name="token" value="([^"]+)"/.exec(html)![1];
  const trainer = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) => t.as('trainer', { method, url, payload: payload as never });
  const requests = async (id: number) => (await trainer('GET', `/api/trainings/sessions/${id}/requests`)).json<{ items: unknown }>().items as { id: number; status: string; reference: string; email: string | null; phone: string | null; waitingList: boolean; personId: number | null }[];
  const outbox = async (purpose: string) =>
    ((await t.database.db.execute(sql`select to_email, subject, body, status from outbox_messages where purpose = ${purpose} order by id`)) as unknown as { rows: { to_email: string | null; subject: string; body: string; status: string }[] }).rows;

  it('a visitor sends the form: a request with a reference (one for the same form sent twice), the receipt listed (no mail server) and said so; bad input is the form again in its language, nothing stored; a full session takes it for the waiting list; a session closed refuses it', async () => {
    clock.set('2027-06-01T08:00:00Z');
    const programme = await trainer('POST', '/api/trainings/programmes', { name: 'Smartphone au quotidien', description: 'Applications, photos, messages.' });
    expect(programme.statusCode, programme.body).toBe(201);
    const session = await trainer('POST', `/api/trainings/programmes/${programme.json().id}/sessions`, { title: 'Smartphone — juin', room: 'EPN', capacity: 1, isPublic: true, days: [{ date: '2027-06-21', from: '09:30', to: '12:00' }] });
    expect(session.statusCode, session.body).toBe(201);
    const id = session.json().id;
    const url = `/fr/formations/${id}`;

    // the page has the form: labelled fields, a token, no script
    const page = await visit(url);
    expect(page.statusCode).toBe(200);
    for (const label of ['<label for="r-firstName">Prénom</label>', '<label for="r-lastName">Nom</label>', '<label for="r-phone">Téléphone</label>', '<label for="r-email">E-mail</label>', '<label for="r-commune">Commune (facultatif)</label>']) expect(page.body).toContain(label);
    expect(page.body).toContain(`<form class="register" method="post" action="${url}"`);
    expect(page.body).not.toMatch(/<script(?! type="application\/ld\+json")/);
    const token = tokenOf(page.body);
    expect(tokenOf((await visit(url)).body)).not.toBe(token);

    // bad input, in Dutch: the form again (400) with each field's message and what was typed, nothing stored
    const nl = await form(`/nl/opleidingen/${id}`, { token, firstName: '  ', lastName: 'Peeters', email: 'geen-adres', phone: '', commune: 'Jette' });
    expect(nl.statusCode).toBe(400);
    expect(nl.headers['content-type']).toContain('text/html');
    expect(nl.body).toContain('<html lang="nl">');
    expect(nl.body).toContain('Vul uw voornaam in.');
    expect(nl.body).toContain('Dit e-mailadres is niet geldig');
    expect(nl.body).toContain('Vink het vakje aan');
    expect(nl.body).toContain('value="Peeters"');
    expect(nl.body).toContain('aria-invalid="true"');
    expect(nl.body).not.toContain('Vul uw achternaam in.');
    const none = await form(url, { token, firstName: 'Awa', lastName: 'Diallo', consent: 'on' });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Donnez un numéro de téléphone ou une adresse e-mail');
    expect(await requests(id)).toEqual([]);

    // a good one; the same form sent again (double click, back and resend) is the same request, one receipt
    const fields = { token, firstName: 'Awa', lastName: 'Diallo', email: 'Awa.Diallo@example.be', phone: '', commune: 'Molenbeek-Saint-Jean', consent: 'on', website: '' };
    const sent = await form(url, fields);
    expect(sent.statusCode, sent.body.slice(0, 300)).toBe(200);
    expect(sent.body).toContain('Demande envoyée');
    const reference = /<strong>(FOR-[A-Z0-9]{4}-[A-Z0-9]{4})<\/strong>/.exec(sent.body)![1];
    // no mail server here: the page does not claim an e-mail was sent
    expect(sent.body).toContain('Aucun e-mail ne vous est envoyé pour l’instant');
    expect(sent.body).not.toContain('vous est envoyé par e-mail');
    const again = await form(url, fields);
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain(reference);
    let rows = await requests(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'pending', reference, email: 'awa.diallo@example.be', waitingList: false });
    const mine = async () => (await outbox('trainings.request_received')).filter((m) => m.to_email === 'awa.diallo@example.be');
    const receipts = await mine();
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toMatchObject({ to_email: 'awa.diallo@example.be', status: 'manual' });
    expect(receipts[0].body).toContain(reference);
    expect(receipts[0].body).toContain('Smartphone — juin');

    // a phone only: no e-mail, and the page says so
    const phoneOnly = await form(url, { token: tokenOf((await visit(url)).body), firstName: 'Jan', lastName: 'Peeters', phone: '0470 12 34 56', consent: 'on' });
    expect(phoneOnly.statusCode).toBe(200);
    expect(phoneOnly.body).toContain('Vous n’avez pas donné d’e-mail : aucun e-mail n’est envoyé');
    expect(await mine()).toHaveLength(1);

    // a robot filling the honeypot gets a page and stores nothing
    const robot = await form(url, { token: tokenOf((await visit(url)).body), firstName: 'Bot', lastName: 'Net', email: 'bot@example.com', consent: 'on', website: 'https://spam.example' });
    expect(robot.statusCode).toBe(200);
    expect(await requests(id)).toHaveLength(2);

    // the trainer accepts Jan: a new person of the registry, enrolled; the session is now full
    const jan = (await requests(id)).find((r) => r.phone === '0470 12 34 56')!;
    const accepted = await trainer('POST', `/api/trainings/requests/${jan.id}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ participantStatus: 'enrolled', request: { status: 'accepted', phone: null, email: null, commune: null } });
    const personId = accepted.json().request.personId;
    const detail = (await trainer('GET', `/api/trainings/sessions/${id}`)).json();
    expect(detail.participants.map((p: { personId: number }) => p.personId)).toEqual([personId]);
    expect((await t.as('admin', { method: 'GET', url: `/api/people/${personId}` })).json()).toMatchObject({ firstName: 'Jan', lastName: 'Peeters', phone: '0470 12 34 56' });
    // deciding twice is refused
    expect((await trainer('POST', `/api/trainings/requests/${jan.id}/accept`, {})).statusCode).toBe(409);

    // full: the agenda says so, a new request goes on the waiting list, and the page says it
    const full = await visit(url);
    expect(full.body).toContain('Demander la liste d’attente');
    const waiting = await form(url, { token: tokenOf(full.body), firstName: 'Jan', lastName: 'Peters', email: 'jan.peters@example.be', consent: 'on' });
    expect(waiting.statusCode).toBe(200);
    expect(waiting.body).toContain('Demande envoyée pour la liste d’attente');
    expect(waiting.body).toContain('votre demande est sur la liste d’attente');
    const late = (await requests(id)).find((r) => r.email === 'jan.peters@example.be')!;
    expect(late.waitingList).toBe(true);
    // accepting him finds the possible duplicate (Jan Peeters) first; the trainer says he is someone else: waiting list
    const dup = await trainer('POST', `/api/trainings/requests/${late.id}/accept`, {});
    expect(dup.statusCode).toBe(409);
    expect(dup.json().duplicates.map((d: { id: number }) => d.id)).toContain(personId);
    const other = await trainer('POST', `/api/trainings/requests/${late.id}/accept`, { confirmNotDuplicate: true });
    expect(other.statusCode, other.body).toBe(200);
    expect(other.json().participantStatus).toBe('waiting');
    expect((await trainer('GET', `/api/trainings/sessions/${id}`)).json().waitingList).toHaveLength(1);
    expect((await outbox('trainings.request_waiting'))[0].body).toContain('liste d’attente');

    // Awa is declined: told through the outbox, her contact details cleared
    const awa = (await requests(id)).find((r) => r.reference === reference)!;
    const declined = await trainer('POST', `/api/trainings/requests/${awa.id}/decline`);
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({ told: 'manual', request: { status: 'declined', email: null, commune: null } });
    expect(await outbox('trainings.request_declined')).toHaveLength(1);

    // other roles may neither read nor decide requests
    for (const role of ['reception', 'communication', 'social_worker'] as const) {
      expect((await t.as(role, { method: 'GET', url: `/api/trainings/sessions/${id}/requests` })).statusCode).toBe(403);
      expect((await t.as(role, { method: 'POST', url: `/api/trainings/requests/${late.id}/decline` })).statusCode).toBe(403);
    }
    // the API takes no url-encoded body
    expect((await t.app.inject({ method: 'POST', url: `/api/trainings/requests/${late.id}/decline`, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: await t.cookieFor('trainer') }, payload: 'a=b' })).statusCode).toBe(415);

    // the session cancelled: its form is refused with a page that says so (404), nothing stored
    const before = (await requests(id)).length;
    const token2 = tokenOf((await visit(url)).body);
    expect((await trainer('POST', `/api/trainings/sessions/${id}/status`, { status: 'cancelled', reason: 'Formatrice malade' })).statusCode).toBe(200);
    const closed = await form(url, { token: token2, firstName: 'Lina', lastName: 'Haddad', email: 'lina@example.be', consent: 'on' });
    expect(closed.statusCode).toBe(404);
    expect(closed.body).toContain('Cette formation ne prend plus d’inscriptions');
    expect(await requests(id)).toHaveLength(before);

    // 30 days after its last day, the session's requests are deleted
    const trainings = t.app.relais.ctx.services.trainings;
    expect(await trainings.purgeRequests(new Date('2027-07-10T00:00:00Z'))).toBe(0);
    expect(await trainings.purgeRequests(new Date('2027-07-22T00:00:00Z'))).toBe(before);
    rows = await requests(id);
    expect(rows).toEqual([]);
  });

  it('limits the requests an address may send in an hour (429, the form again)', async () => {
    clock.set('2027-06-02T08:00:00Z');
    const programme = await trainer('POST', '/api/trainings/programmes', { name: 'Courriel pour débutants' });
    const id = (await trainer('POST', `/api/trainings/programmes/${programme.json().id}/sessions`, { capacity: 100, isPublic: true, days: [{ date: '2027-06-28', from: '09:30', to: '12:00' }] })).json().id;
    const url = `/en/trainings/${id}`;
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) codes.push((await form(url, { token: tokenOf((await visit(url)).body), firstName: `Visitor${i}`, lastName: 'Test', phone: `0470 00 00 ${String(i).padStart(2, '0')}`, consent: 'on' }, {}, '203.0.113.9')).statusCode);
    expect(codes.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(codes[10]).toBe(429);
    expect((await requests(id)).length).toBe(10);
  });
});

describe('site: the room occupation page', () => {
  it('shows each room’s day and week from the rooms module, an organisation named only when it agreed, closures, other days by a plain form; its former address leads there in the visitor’s language', async () => {
    clock.set('2027-06-09T08:00:00Z'); // Wednesday 9 June 2027, 10:00 in Brussels
    const logistics = (method: 'POST' | 'PUT', url: string, payload: unknown) => t.as('logistics', { method, url, payload: payload as never });
    const room = async (payload: object) => {
      const res = await logistics('POST', '/api/rooms', payload);
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as number;
    };
    const senne = await room({ name: 'Salle Senne', capacity: 12, equipment: ['projector', 'pcs'] });
    const box = await room({ name: 'Bureau Meiboom', capacity: 1, equipment: [] });
    const org = async (name: string) => (await t.as('admin', { method: 'POST', url: '/api/organisations', payload: { name, type: 'association' } })).json().id as number;
    const named = await org('Actiris Brussels');
    const reserved = await org('Atelier des Langues asbl');
    expect((await logistics('PUT', `/api/rooms/organisations/${named}`, { showPublicly: true })).statusCode).toBe(200);
    const book = async (payload: object) => expect((await logistics('POST', '/api/rooms/bookings', payload)).statusCode).toBe(201);
    await book({ roomId: senne, startsAt: '2027-06-09T14:00:00+02:00', endsAt: '2027-06-09T16:00:00+02:00', purpose: 'Séance d’information', organisationId: named });
    await book({ roomId: senne, startsAt: '2027-06-11T09:00:00+02:00', endsAt: '2027-06-11T12:00:00+02:00', purpose: 'Cours FLE niveau 2', organisationId: reserved });
    await book({ roomId: senne, startsAt: '2027-06-15T09:00:00+02:00', endsAt: '2027-06-15T11:00:00+02:00', purpose: 'Cours FLE niveau 3', organisationId: reserved });
    expect((await logistics('POST', `/api/rooms/${box}/closures`, { startsAt: '2027-06-10T00:00:00+02:00', endsAt: '2027-06-11T00:00:00+02:00', reason: 'Peinture' })).statusCode).toBe(201);

    const fr = await visit('/fr/salles');
    expect(fr.statusCode).toBe(200);
    expect(fr.body).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(types(fr.body)).toEqual(['WebPage']);
    checkLd(jsonLd(fr.body));
    const section = (html: string, name: string) => html.slice(html.indexOf(`>${name}</h2>`), html.indexOf('</section>', html.indexOf(`>${name}</h2>`)));
    const s = section(fr.body, 'Salle Senne');
    expect(s).toContain('12 places · Projecteur · PC');
    expect(s).toContain('Aujourd’hui, mercredi 9 juin 2027');
    expect(s).toContain('<li>14:00–16:00 : Actiris Brussels</li>');
    expect(s).toContain('Semaine du lundi 7 juin au dimanche 13 juin 2027');
    expect(s).toContain('<tr><th scope="row">vendredi 11 juin</th><td><span class="time">09:00–12:00</span> Occupé</td></tr>');
    expect(s).not.toContain('15 juin');
    const b = section(fr.body, 'Bureau Meiboom');
    expect(b).toContain('1 place');
    expect(b).toContain('Libre toute la journée.');
    expect(b).toContain('Fermée : jeudi 10 juin 2027');
    // what the public may not see: who did not agree to be named, what a booking is for, why a room is closed
    for (const hidden of ['Atelier des Langues', 'Cours FLE', 'Séance d’information', 'Peinture']) expect(fr.body).not.toContain(hidden);
    expect(fr.body).toContain('<form class="filters" method="get" action="/fr/salles">');
    expect(fr.body).toContain('href="/fr/salles?date=2027-05-31"');
    expect(fr.body).toContain('href="/fr/salles?date=2027-06-14"');
    expect(fr.body).toContain('href="/p/rooms/request"');
    expect(fr.body).toContain('hreflang="nl" href="http://localhost:80/nl/zalen"');

    const nl = section((await visit('/nl/zalen')).body, 'Salle Senne');
    expect(nl).toContain('12 plaatsen · Projector · Pc’s');
    expect(nl).toContain('Vandaag, woensdag 9 juni 2027');
    expect(nl).toContain('<tr><th scope="row">vrijdag 11 jun</th><td><span class="time">09:00–12:00</span> Bezet</td></tr>');

    // the next week, by the form's address: its days, the way back to today, the other languages on that day
    const next = await visit('/fr/salles?date=2027-06-14');
    expect(next.body).toContain('Le lundi 14 juin 2027');
    expect(next.body).toContain('<tr><th scope="row">mardi 15 juin</th><td><span class="time">09:00–11:00</span> Occupé</td></tr>');
    expect(next.body).toContain('<a href="/fr/salles">Aujourd’hui</a>');
    expect(next.body).toContain('hreflang="nl" href="http://localhost:80/nl/zalen?date=2027-06-14"');
    // a day that does not exist, or anything else typed in the address, shows today (never an error page)
    for (const bad of ['2027-02-30', '%3Cscript%3E', '9999-01-01', '2027-6-1']) {
      const res = await visit(`/en/rooms?date=${bad}`);
      expect(res.statusCode, bad).toBe(200);
      expect(res.body).toContain('Today, Wednesday, 9 June 2027');
      expect(res.body).not.toContain('<script>');
    }

    // the former address (bookmarks, QR codes on the doors) leads to the page in the visitor's language
    const moved = async (url: string, headers: Record<string, string> = {}) => {
      const res = await visit(url, headers);
      expect(res.statusCode, url).toBe(302);
      return res.headers.location;
    };
    expect(await moved('/p/rooms')).toBe('/fr/salles');
    expect(await moved('/p/rooms', { 'accept-language': 'nl-BE,nl;q=0.9,fr;q=0.8' })).toBe('/nl/zalen');
    expect(await moved('/p/rooms?lang=en&date=2027-06-14', { 'accept-language': 'nl' })).toBe('/en/rooms?date=2027-06-14');
    expect(await moved('/p/rooms?lang=xx&date=nonsense')).toBe('/fr/salles');

    const map = (await visit('/sitemap.xml')).body;
    for (const url of ['/fr/salles', '/nl/zalen', '/en/rooms']) expect(map).toContain(`<loc>http://localhost:80${url}</loc>`);
  });
});
