import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { LOCALES, type Locale } from '../i18n/messages';
import { sendProblem } from './problem';

/** Files named by their content (web/vite.config.ts puts every built chunk there): cached for good. */
const HASHED_DIR = 'assets/';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (the HTML pages, favicon.svg): revalidated each time, so that a new build shows at once. */
export const REVALIDATE = 'no-cache';

/**
 * The chunks of each page route, as the build lists them (web/vite.config.ts, route-preloads.json), turned into
 * `<link>`s for the page sent at such an address: the browser then fetches the page's own chunk along with the
 * framework, not after the framework has run.
 */
interface RoutePreload {
  pattern: RegExp;
  params: number;
  js: string[];
  css: string[];
}
/** A route of the build's lists (`/people/:id`) as the addresses it matches, fewest parameters first. */
function routePatterns<T>(routes: Record<string, T>): Array<{ pattern: RegExp; params: number; value: T }> {
  const segment = (s: string) => (s.startsWith(':') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return (
    Object.entries(routes)
      .map(([route, value]) => ({
        pattern: new RegExp(`^${route.split('/').map(segment).join('/')}/?$`),
        params: route.split('/').filter((s) => s.startsWith(':')).length,
        value,
      }))
      // /people/new before /people/:id
      .sort((a, b) => a.params - b.params)
  );
}

function readJson<T>(file: string): T | null {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : null;
}

function loadRoutePreloads(webDist: string): RoutePreload[] {
  const routes = readJson<Record<string, { js: string[]; css: string[] }>>(path.join(webDist, 'route-preloads.json')) ?? {};
  return routePatterns(routes).map(({ pattern, params, value }) => ({ pattern, params, ...value }));
}

/**
 * The pages the build drew in advance in each language (web/prerender.mjs, prerendered.json: the public pages and
 * the login page): sent instead of the empty page, so that a phone shows the page before its JavaScript has come.
 */
function loadPrerendered(webDist: string): Array<{ pattern: RegExp; pages: Record<Locale, Buffer> }> {
  const routes = readJson<Record<string, Record<Locale, string>>>(path.join(webDist, 'prerendered.json')) ?? {};
  return routePatterns(routes).map(({ pattern, value }) => ({
    pattern,
    pages: Object.fromEntries(LOCALES.map((l) => [l, fs.readFileSync(path.join(webDist, value[l]))])) as Record<Locale, Buffer>,
  }));
}

/** The language of a public page: the one chosen in Relais (the web app's cookie), else the browser's. */
const LANGUAGE_COOKIE = 'relais.lang';
function pageLanguage(request: FastifyRequest): Locale {
  const chosen = request.cookies[LANGUAGE_COOKIE];
  return (LOCALES as readonly string[]).includes(chosen ?? '') ? (chosen as Locale) : request.locale;
}

/**
 * A page in the smallest encoding the browser takes, compressed once (the pages do not change while the server
 * runs): a page drawn in advance is 5 to 15 KB, about 2 to 4 KB compressed, a few round trips less on a phone.
 */
interface Encoded {
  plain: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}
function sendPage(request: FastifyRequest, reply: FastifyReply, page: Encoded, vary: string) {
  // `br;q=0` refuses brotli: the encodings taken are those listed with a weight above 0.
  const taken = new Set(
    String(request.headers['accept-encoding'] ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, ...params]) => !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)))
      .map(([name]) => name.trim().toLowerCase()),
  );
  const wants = (name: string) => taken.has(name);
  reply.header('vary', vary).header('cache-control', REVALIDATE).type('text/html; charset=utf-8');
  if (wants('br')) {
    page.br ??= zlib.brotliCompressSync(page.plain, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
    return reply.header('content-encoding', 'br').send(page.br);
  }
  if (wants('gzip')) {
    page.gzip ??= zlib.gzipSync(page.plain, { level: 9 });
    return reply.header('content-encoding', 'gzip').send(page.gzip);
  }
  return reply.send(page.plain);
}

/** The page with the links of its route's chunks that it does not list already. */
function withPreloads(page: Buffer, preload: RoutePreload | undefined): Buffer {
  if (!preload) return page;
  const html = page.toString('utf8');
  const links = [
    ...preload.css.filter((href) => !html.includes(href)).map((href) => `<link rel="stylesheet" crossorigin href="${href}">`),
    ...preload.js.filter((href) => !html.includes(href)).map((href) => `<link rel="modulepreload" crossorigin href="${href}">`),
  ];
  return links.length ? Buffer.from(html.replace('</head>', `${links.join('\n')}\n</head>`), 'utf8') : page;
}

/** The files under `dir`, as paths relative to it with forward slashes. */
function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/**
 * Serves the built web app (web/dist) from the same process, when it is built:
 * - its files, compressed at build time (`.br`, `.gz` beside each; the smaller one the browser accepts is sent),
 *   hashed ones cached as immutable;
 * - for any other path outside /api/, the page that routes it in the browser: `p/index.html` (the light entry of
 *   the public pages and screens) under /p/, `index.html` (the staff app) elsewhere, never cached, listing the
 *   chunks of the page at that address; a public page the build drew in advance (prerendered.json) is sent drawn,
 *   in the visitor's language, compressed.
 */
export async function registerWebAssets(app: FastifyInstance, webDist: string): Promise<void> {
  const indexFile = path.join(webDist, 'index.html');
  if (!fs.existsSync(indexFile)) return;
  // The build does not change while the server runs: list its files once, and serve only those.
  const files = new Set(listFiles(webDist).filter((f) => !f.endsWith('.br') && !f.endsWith('.gz') && !f.endsWith('.json'))); // the build's lists are not sent
  const pages = {
    staff: fs.readFileSync(indexFile),
    public: fs.existsSync(path.join(webDist, 'p/index.html')) ? fs.readFileSync(path.join(webDist, 'p/index.html')) : null,
  };
  const preloads = loadRoutePreloads(webDist);
  const prerendered = loadPrerendered(webDist);
  const sent = new Map<string, Encoded>(); // page, route and language -> the HTML sent
  const pageFor = (pathname: string, language: () => Locale): { page: Encoded; byLanguage: boolean } => {
    const kind = pathname.startsWith('/p/') && pages.public ? 'public' : 'staff';
    const preload = preloads.find((p) => p.pattern.test(pathname));
    // (the public pages are drawn with p/index.html, the login page with index.html: their addresses tell which)
    const drawn = prerendered.find((p) => p.pattern.test(pathname));
    const lang = drawn ? language() : '';
    const key = `${kind} ${preload?.pattern.source ?? ''} ${drawn?.pattern.source ?? ''} ${lang}`;
    let page = sent.get(key);
    if (!page) sent.set(key, (page = { plain: withPreloads(drawn ? drawn.pages[lang as Locale] : pages[kind]!, preload) }));
    return { page, byLanguage: !!drawn };
  };

  // cacheControl: false leaves Cache-Control to us (@fastify/send would set its own `max-age=0` over it).
  await app.register(fastifyStatic, { root: webDist, serve: false, preCompressed: true, cacheControl: false });

  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const pathname = request.url.split('?')[0];
    if (pathname.startsWith('/api/')) return sendProblem(reply, request.locale, 404, 'error.route_not_found');
    let file: string | null = null;
    try {
      file = decodeURIComponent(pathname).slice(1);
    } catch {
      // A malformed %-escape names no file (Fastify refuses most such addresses before this).
    }
    if (file && files.has(file) && !file.endsWith('.html')) {
      return reply.header('cache-control', file.startsWith(HASHED_DIR) ? IMMUTABLE : REVALIDATE).sendFile(file);
    }
    // A chunk of another build (a tab opened before an upgrade): a 404, not a page the browser cannot run.
    if (file?.startsWith(HASHED_DIR)) return sendProblem(reply, request.locale, 404, 'error.route_not_found');
    const { page, byLanguage } = pageFor(file === null ? pathname : `/${file}`, () => pageLanguage(request));
    // A page drawn in advance is in the visitor's language: a cache must keep one per language.
    return sendPage(request, reply, page, byLanguage ? 'accept-encoding, accept-language, cookie' : 'accept-encoding');
  });
}
