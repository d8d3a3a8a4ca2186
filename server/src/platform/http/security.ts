import type { FastifyInstance, FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import type { Config } from '../../config';
import { errorForLog, sendProblem } from './problem';
import { pickLocale } from '../i18n/messages';

/**
 * The browser-facing defences, in one place:
 * - security headers (@fastify/helmet): a Content-Security-Policy without inline script, no framing,
 *   no MIME sniffing, no referrer outside the app;
 * - cross-site request refusal: a state-changing request (POST, PUT, PATCH, DELETE) whose Origin is
 *   not the app's own is refused, whatever the route (public forms included). Without Origin, the
 *   browser's Sec-Fetch-Site decides. A request with neither header does not come from a browser page
 *   (curl, a calendar client, inject() in tests) and cannot carry a victim's cookie by surprise: it passes;
 * - an account whose password an administrator reset may only change it (and read itself, log out)
 *   until it has chosen a new one;
 * - `Cache-Control: no-store` on the API's answers to a logged-in user (they carry personal data), and on
 *   any other API answer that does not say otherwise (public feeds set their own).
 */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Routes an account that must change its password may still call. */
const WHILE_PASSWORD_CHANGE_REQUIRED = new Set(['GET /api/auth/me', 'POST /api/auth/logout', 'POST /api/auth/password', 'PUT /api/auth/locale']);

/** The origin the app is served from: PUBLIC_URL's, or else the one the request was sent to (its Host). */
export function ownOrigin(config: Pick<Config, 'PUBLIC_URL'>, request: FastifyRequest): string | null {
  return originOf(config.PUBLIC_URL ?? `${request.protocol}://${request.host}`);
}

/** scheme://host[:port], normalised (lower case, no default port), or null when it is not a URL. */
function originOf(url: string): string | null {
  try {
    const o = new URL(url).origin;
    return o === 'null' ? null : o;
  } catch {
    return null;
  }
}

/** Whether a state-changing request comes from a page of another origin (same-site pages included). */
export function isCrossSite(config: Pick<Config, 'PUBLIC_URL'>, request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    const own = ownOrigin(config, request);
    return own === null || originOf(origin) !== own;
  }
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  return false;
}

/**
 * What Fastify's request log lines say of a request: the method, the route (its pattern, so that neither
 * a search term in the query string nor a token in the path is written) and the client address.
 */
export const logSerializers = {
  req(request: FastifyRequest) {
    return { method: request.method, url: request.routeOptions?.url ?? request.url.split('?')[0], remoteAddress: request.ip };
  },
  // Any `{ err }` logged anywhere: a database error without the values of its query.
  err: (err: unknown) => errorForLog(err),
};

/**
 * Fastify's trustProxy from TRUST_PROXY. A list of addresses is passed as it is (only a request from one
 * of them has its X-Forwarded-For read, from the right). A number of hops trusts that many addresses from
 * the right of the chain: Fastify 5 no longer does it for a bare number (a client that can reach Relais
 * without the proxy could then forge its address), so Relais does it here, and the README says to let
 * Relais be reached only through the proxy in that case (or to give the proxy's address instead).
 */
export function trustProxyOption(value: Config['TRUST_PROXY']): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof value === 'number') return (_address, hop) => hop < value;
  return value;
}

export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  const https = config.PUBLIC_URL?.startsWith('https://') ?? false;
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // Mantine sets CSS variables in a <style> element and components use style attributes; no script is inline.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    // `same-origin` rather than `no-referrer`: with no-referrer, browsers send `Origin: null` on the app's
    // own POSTs, which the cross-site check below would refuse.
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    crossOriginEmbedderPolicy: false,
  });

  app.addHook('onRequest', async (request, reply) => {
    if (STATE_CHANGING.has(request.method) && isCrossSite(config, request)) return sendProblem(reply, pickLocale(request.headers['accept-language']), 403, 'error.cross_site');
  });

  // After the session and access checks (onRequest), before the body is read.
  app.addHook('preParsing', async (request, reply) => {
    if (!request.user?.mustChangePassword) return;
    const access = request.routeOptions.config.access;
    if (access === 'public' || request.is404) return;
    if (WHILE_PASSWORD_CHANGE_REQUIRED.has(`${request.method} ${request.routeOptions.url}`)) return;
    return sendProblem(reply, request.locale, 403, 'error.password_change_required');
  });

  app.addHook('onSend', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    if (request.user || !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
