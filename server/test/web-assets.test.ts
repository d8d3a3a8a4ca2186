/**
 * The built web app as the server sends it: compressed files (built beside each one), hashed files cached for
 * good, pages never cached, the public pages' light page under /p/. On a small build made for the test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import type { Database } from '../src/platform/db/database';
import { createTestDatabase } from './test-app';

const SCRIPT = `export const greeting = ${JSON.stringify('Bonjour '.repeat(200))};\n`;
const DRAWN = { fr: 'Réserver une salle', nl: 'Een zaal reserveren', en: 'Book a room' };
let dist: string;
let app: FastifyInstance;
let database: Database;

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-web-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.mkdirSync(path.join(dist, 'p'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><head><title>Relais</title><script type="module" src="/assets/app-Ab12.js"></script></head><div id="root"></div>');
  fs.writeFileSync(path.join(dist, 'p/index.html'), '<!doctype html><head><title>Relais (public)</title></head><div id="root"></div>');
  fs.writeFileSync(
    path.join(dist, 'route-preloads.json'),
    JSON.stringify({
      '/p/evaluation/:token': { js: ['/assets/PublicEvaluationPage-Cd34.js', '/assets/app-Ab12.js'], css: [] },
      '/people/new': { js: ['/assets/PersonFormPage-Ef56.js', '/assets/app-Ab12.js'], css: ['/assets/PersonFormPage-Ef56.css'] },
      '/people/:id': { js: ['/assets/PersonPage-Gh78.js'], css: [] },
    }),
  );
  // The room request form, drawn in advance in each language (web/prerender.mjs).
  fs.mkdirSync(path.join(dist, 'prerendered'));
  const drawn: Record<string, string> = {};
  for (const [lang, title] of Object.entries(DRAWN)) {
    drawn[lang] = `prerendered/p-rooms-request.${lang}.html`;
    fs.writeFileSync(path.join(dist, drawn[lang]), `<!doctype html><html lang="${lang}" data-prerendered="${lang}"><head><title>Relais (public)</title></head><div id="root"><h1>${title}</h1>${'<p>…</p>'.repeat(300)}</div>`);
  }
  fs.writeFileSync(path.join(dist, 'prerendered.json'), JSON.stringify({ '/p/rooms/request': drawn }));
  fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const script = path.join(dist, 'assets/app-Ab12.js');
  fs.writeFileSync(script, SCRIPT);
  fs.writeFileSync(`${script}.br`, zlib.brotliCompressSync(SCRIPT));
  fs.writeFileSync(`${script}.gz`, zlib.gzipSync(SCRIPT));
  database = await createTestDatabase();
  const config = { ...loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent' }), webDist: dist };
  app = await buildApp({ config, database, logger: false });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, encoding?: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers: { ...headers, ...(encoding ? { 'accept-encoding': encoding } : {}) } });

describe('the web app files', () => {
  it('a script goes out in brotli to a browser that takes it, in gzip to one that takes only gzip, plain otherwise', async () => {
    const br = await get('/assets/app-Ab12.js', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);

    const gz = await get('/assets/app-Ab12.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);

    const plain = await get('/assets/app-Ab12.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('a file named by its content is cached for a year and never revalidated; other files are revalidated', async () => {
    expect((await get('/assets/app-Ab12.js', 'br')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await get('/favicon.svg');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('a chunk of another build (a tab opened before an upgrade) is a 404, not a page', async () => {
    const res = await get('/assets/app-Old9.js');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('a path outside the build is never served', async () => {
    for (const url of ['/../package.json', '/%2e%2e/package.json', '/assets/../../package.json']) {
      const res = await get(url);
      expect(res.body).not.toContain('"name": "relais"');
      expect(res.statusCode).not.toBe(500);
    }
  });
});

describe('the pages', () => {
  it('any staff address gets the staff app, with its charset, never cached', async () => {
    for (const url of ['/', '/people/12', '/login?next=%2Fpeople']) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<title>Relais</title>');
    }
  });

  it('a public address (/p/...) gets the light page of the public pages', async () => {
    for (const url of ['/p/rooms/request', '/p/rooms/request?lang=nl', '/p/screen', '/p/evaluation/abc']) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<title>Relais (public)</title>');
    }
  });

  it('a public page drawn in advance goes out drawn, in the language chosen in Relais, else the browser\'s, else French', async () => {
    const title = async (headers: Record<string, string>) => /<h1>(.*?)<\/h1>/.exec((await get('/p/rooms/request', undefined, headers)).body)?.[1];
    expect(await title({})).toBe(DRAWN.fr);
    expect(await title({ 'accept-language': 'nl-BE,nl;q=0.9,fr;q=0.5' })).toBe(DRAWN.nl);
    expect(await title({ 'accept-language': 'de-DE,en;q=0.8' })).toBe(DRAWN.en);
    expect(await title({ 'accept-language': 'de-DE' })).toBe(DRAWN.fr);
    // the choice made in the app (its cookie) wins over the browser's language; a forged one is ignored
    expect(await title({ 'accept-language': 'fr-BE', cookie: 'relais.lang=nl' })).toBe(DRAWN.nl);
    expect(await title({ 'accept-language': 'nl-BE', cookie: 'relais.lang=xx<script>' })).toBe(DRAWN.nl);
    const res = await get('/p/rooms/request', undefined, { cookie: 'relais.lang=en' });
    expect(res.headers['vary']).toMatch(/accept-language/i);
    expect(res.headers['vary']).toMatch(/cookie/i);
    expect(res.headers['cache-control']).toBe('no-cache');
    // a page not drawn in advance is still the empty light page
    expect((await get('/p/screen')).body).not.toContain('<h1>');
    expect((await get('/prerendered.json')).body).not.toContain('p-rooms-request');
  });

  it('a page goes out compressed to a browser that takes it, plain to one that refuses', async () => {
    const br = await get('/p/rooms/request', 'gzip, br', { 'accept-language': 'nl' });
    expect(br.headers['content-encoding']).toBe('br');
    const page = zlib.brotliDecompressSync(br.rawPayload).toString();
    expect(page).toContain(`<h1>${DRAWN.nl}</h1>`);
    expect(br.rawPayload.length).toBeLessThan(page.length / 4);
    const gz = await get('/p/rooms/request', 'gzip, br;q=0');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toContain(`<h1>${DRAWN.fr}</h1>`);
    const plain = await get('/people/12', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('<title>Relais</title>');
  });

  it("a page lists its route's own chunks, so that the browser fetches them with the rest, not after it", async () => {
    const evaluation = (await get('/p/evaluation/abc')).body;
    expect(evaluation).toContain('<link rel="modulepreload" crossorigin href="/assets/PublicEvaluationPage-Cd34.js">');
    expect(evaluation).toContain('<link rel="modulepreload" crossorigin href="/assets/app-Ab12.js">');
    const form = (await get('/people/new')).body;
    expect(form).toContain('href="/assets/PersonFormPage-Ef56.js"');
    expect(form).toContain('<link rel="stylesheet" crossorigin href="/assets/PersonFormPage-Ef56.css">');
    // what the page already loads is not listed twice
    expect(form.split('/assets/app-Ab12.js').length).toBe(2);
    const person = (await get('/people/12')).body;
    expect(person).toContain('href="/assets/PersonPage-Gh78.js"');
    expect(person).not.toContain('PersonFormPage');
    expect((await get('/frontdesk')).body).not.toContain('modulepreload');
    expect((await get('/route-preloads.json')).body).not.toContain('PersonPage');
  });

  it('a malformed address is a bad request, not a server error', async () => {
    expect((await get('/people/%E0%A4%A')).statusCode).toBe(400);
  });

  it('an unknown API address is a 404 problem, not a page', async () => {
    const res = await get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
