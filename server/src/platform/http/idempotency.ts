import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/database';
import type { Clock } from '../clock';
import type { JobRunner } from '../jobs/jobs';
import { sendProblem } from './problem';
import { idempotencyKeys } from './idempotency.table';

/**
 * A repeated create never makes two records. A POST that carries an `Idempotency-Key` header (any client
 * may send one; the web's client sends one per submitted form) is answered once: the first answer is kept,
 * and a request with the same key from the same caller on the same route gets that answer again (with
 * `Idempotent-Replayed: true`), without running the route. While the first is still being handled, the
 * second waits a moment and then answers 409. Server errors are not kept, so a retry can succeed.
 * The database's primary key makes this hold across app processes.
 */
const KEY = /^[A-Za-z0-9_.:-]{8,200}$/;
const KEEP_HOURS = 24;

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { scope: string; key: string } | null;
  }
}

export function registerIdempotency(app: FastifyInstance, deps: { db: Db; clock: Clock; jobs: JobRunner }) {
  const { db, clock } = deps;
  app.decorateRequest('idempotency', null);

  const scopeOf = (request: FastifyRequest) => (request.user ? `user:${request.user.id}` : `anon:${request.ip}`);
  const routeOf = (request: FastifyRequest) => `${request.method} ${request.routeOptions.url ?? ''}`;

  async function replay(reply: FastifyReply, row: typeof idempotencyKeys.$inferSelect) {
    reply.header('idempotent-replayed', 'true');
    if (row.contentType) reply.type(row.contentType);
    return reply.code(row.status!).send(row.body ?? undefined);
  }

  // After access checks (onRequest) and validation: only a request the route would run is remembered.
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST') return;
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string') return;
    if (!KEY.test(key)) return sendProblem(reply, request.locale, 400, 'error.idempotency_key_invalid');
    const scope = scopeOf(request);
    const route = routeOf(request);
    const inserted = await db
      .insert(idempotencyKeys)
      .values({ scope, key, route, createdAt: clock.now() })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length) {
      request.idempotency = { scope, key };
      return;
    }
    // The same key again: the first answer, once it exists.
    for (let attempt = 0; attempt < 20; attempt++) {
      const [row] = await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
      if (!row) break; // the first one failed and was forgotten: run this one
      if (row.route !== route) return sendProblem(reply, request.locale, 422, 'error.idempotency_key_reused');
      if (row.status !== null) return replay(reply, row);
      await new Promise((r) => setTimeout(r, 100));
    }
    const again = await db
      .insert(idempotencyKeys)
      .values({ scope, key, route, createdAt: clock.now() })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (again.length) {
      request.idempotency = { scope, key };
      return;
    }
    return sendProblem(reply, request.locale, 409, 'error.idempotency_in_progress');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const id = request.idempotency;
    if (!id) return payload;
    const where = and(eq(idempotencyKeys.scope, id.scope), eq(idempotencyKeys.key, id.key));
    if (reply.statusCode >= 500 || (payload !== null && payload !== undefined && typeof payload !== 'string')) {
      // A server error (or a streamed answer) is not kept: the same request may be tried again.
      await db.delete(idempotencyKeys).where(where);
      return payload;
    }
    await db
      .update(idempotencyKeys)
      .set({ status: reply.statusCode, contentType: String(reply.getHeader('content-type') ?? '') || null, body: (payload as string | null | undefined) ?? null })
      .where(where);
    return payload;
  });

  deps.jobs.register({
    name: 'idempotency.prune',
    schedule: { everyMinutes: 60 },
    run: async (now) => void (await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - KEEP_HOURS * 3600_000)))),
  });
}
