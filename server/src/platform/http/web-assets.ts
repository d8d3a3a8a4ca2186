import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
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
function loadRoutePreloads(webDist: string): RoutePreload[] {
  const file = path.join(webDist, 'route-preloads.json');
  if (!fs.existsSync(file)) return [];
  const routes = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { js: string[]; css: string[] }>;
  const segment = (s: string) => (s.startsWith(':') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return (
    Object.entries(routes)
      .map(([route, { js, css }]) => ({
        pattern: new RegExp(`^${route.split('/').map(segment).join('/')}/?$`),
        params: route.split('/').filter((s) => s.startsWith(':')).length,
        js,
        css,
      }))
      // /people/new before /people/:id
      .sort((a, b) => a.params - b.params)
  );
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
 *   chunks of the page at that address.
 */
export async function registerWebAssets(app: FastifyInstance, webDist: string): Promise<void> {
  const indexFile = path.join(webDist, 'index.html');
  if (!fs.existsSync(indexFile)) return;
  // The build does not change while the server runs: list its files once, and serve only those.
  const files = new Set(listFiles(webDist).filter((f) => !f.endsWith('.br') && !f.endsWith('.gz') && f !== 'route-preloads.json'));
  const pages = {
    staff: fs.readFileSync(indexFile),
    public: fs.existsSync(path.join(webDist, 'p/index.html')) ? fs.readFileSync(path.join(webDist, 'p/index.html')) : null,
  };
  const preloads = loadRoutePreloads(webDist);
  const sent = new Map<string, Buffer>(); // page and route -> the HTML sent
  const pageFor = (pathname: string) => {
    const kind = pathname.startsWith('/p/') && pages.public ? 'public' : 'staff';
    const preload = preloads.find((p) => p.pattern.test(pathname));
    const key = `${kind} ${preload?.pattern.source ?? ''}`;
    let html = sent.get(key);
    if (!html) sent.set(key, (html = withPreloads(pages[kind]!, preload)));
    return html;
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
    return reply
      .header('cache-control', REVALIDATE)
      .type('text/html; charset=utf-8')
      .send(pageFor(file === null ? pathname : `/${file}`));
  });
}
