import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './platform/db/database';
import { systemClock, type Clock } from './platform/clock';
import { createAuditService } from './platform/audit/audit.service';
import { createAuthService, type SessionUser } from './platform/auth/auth.service';
import { allows, type Access } from './platform/auth/roles';
import { pickLocale, type Locale } from './platform/i18n/messages';
import { clientErrorHandler, frameworkErrors, registerProblemHandlers, sendProblem } from './platform/http/problem';
import { logSerializers, registerSecurity, trustProxyOption } from './platform/http/security';
import { registerIdempotency } from './platform/http/idempotency';
import { registerWebAssets } from './platform/http/web-assets';
import { createMailer, type Mailer } from './platform/mailer';
import type { Actor } from './platform/audit/audit.service';
import type { ModuleContext, Services } from './platform/module';
import { modules } from './modules';
import { Registry } from './platform/registries';
import { createOutboxService } from './platform/outbox/outbox.service';
import { createJobRunner } from './platform/jobs/jobs';
import { enrichRoute } from './platform/http/contract';
import { ReferenceCache } from './platform/db/reference-cache';
import { createInstitutionService } from './platform/settings/institution';

import { SESSION_COOKIE } from './platform/auth/cookie';
export { SESSION_COOKIE };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route. Required: a route without it is refused to everybody. */
    access?: Access;
  }
  interface FastifyRequest {
    user: SessionUser | null;
    locale: Locale;
    sessionToken: string | null;
    /** The acting user, for services and the audit log. Only on routes that require a login. */
    actor: Actor & { userId: number };
  }
  interface FastifyInstance {
    relais: { routes: { method: string; url: string; access: Access | undefined }[]; ctx: ModuleContext };
  }
}

export interface BuildOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  mailer?: Mailer;
  logger?: boolean | object;
}

export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config, database } = opts;
  const clock = opts.clock ?? systemClock;
  const app = Fastify({
    logger: opts.logger ?? { level: config.LOG_LEVEL, serializers: logSerializers },
    bodyLimit: 1024 * 1024,
    // A number of hops or the proxies' addresses, never "any": see config.ts.
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    // Errors before routing (a URL that cannot be decoded) and in Node's parser: problem+json too.
    frameworkErrors,
    clientErrorHandler,
    ajv: undefined,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const routes: FastifyInstance['relais']['routes'] = [];
  // The contract: each route gets its operationId, security and problem+json answers (platform/http/contract.ts).
  app.addHook('onRoute', enrichRoute);
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const m of methods) if (m !== 'HEAD') routes.push({ method: m, url: r.url, access: r.config?.access });
  });

  const audit = createAuditService({ db: database.db, clock });
  const referenceCache = new ReferenceCache(database.db);
  const auth = createAuthService({
    db: database.db,
    clock,
    audit,
    referenceCache,
    sessionIdleMinutes: config.SESSION_IDLE_MINUTES,
    sessionMaxHours: config.SESSION_MAX_HOURS,
  });
  const registry = new Registry();
  const mailer = opts.mailer ?? createMailer(config.SMTP_URL, config.MAIL_FROM);
  const ctx: ModuleContext = {
    config,
    database,
    db: database.db,
    clock,
    audit,
    auth,
    mailer,
    outbox: createOutboxService({ db: database.db, clock, mailer, audit }),
    jobs: createJobRunner({ db: database.db, clock, log: app.log }),
    institution: createInstitutionService({ db: database.db, clock, audit }),
    services: {} as Services,
    referenceCache,
    registry,
    reach: registry.reach,
  };
  app.decorate('relais', { routes, ctx });

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Relais API',
        version: '0.1.0',
        description:
          'Operations platform for local employment services. Instants are RFC 3339 with an offset; local dates are YYYY-MM-DD; ' +
          'local wall times (HH:MM) are resolved in Europe/Brussels by the server. Errors are application/problem+json.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      servers: [{ url: '/' }],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('locale', 'fr');
  app.decorateRequest('actor', null as never);

  // Security headers, cross-site refusal, forced password change, no-store (platform/http/security.ts).
  await registerSecurity(app, config);

  // Who is calling, and in which language they want their answers.
  app.addHook('onRequest', async (request) => {
    request.locale = pickLocale(request.headers['accept-language']);
    const token = request.cookies[SESSION_COOKIE];
    if (token && request.url.startsWith('/api/')) {
      const user = await auth.resolveSession(token);
      if (user) {
        // A logged-in user's answers, e-mails and exports speak the language they chose in Relais,
        // whatever the browser asks (a download link sends the browser's Accept-Language).
        request.locale = user.locale;
        request.user = user;
        request.sessionToken = token;
        request.actor = { userId: user.id, name: user.name, ip: request.ip };
      }
    }
  });

  // Deny by default: each route declares its access; the check reads that declaration, never the URL.
  app.addHook('onRequest', async (request, reply) => {
    if (request.is404) return;
    const access = request.routeOptions.config.access;
    if (access === undefined) return sendProblem(reply, request.locale, 403, 'error.no_access_declared');
    if (access === 'public') return;
    if (!request.user) return sendProblem(reply, request.locale, 401, 'error.unauthenticated');
    if (!allows(access, request.user.roles)) return sendProblem(reply, request.locale, 403, 'error.forbidden');
  });

  // A repeated create (double click, retry) returns the first answer (platform/http/idempotency.ts).
  registerIdempotency(app, { db: database.db, clock, jobs: ctx.jobs });

  registerProblemHandlers(app);

  // Modules register their routes, in dependency order (see modules/index.ts).
  for (const mod of modules) await mod.register(app, ctx);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  // The built web app, served by the same process (compressed, cached; unknown non-API paths get its page).
  await registerWebAssets(app, config.webDist);

  return app;
}
