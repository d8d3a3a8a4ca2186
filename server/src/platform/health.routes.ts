import { ping } from './db/database';
import { schemaVersion } from './db/migrate';
import { z } from 'zod';
import { typed, type RelaisModule } from './module';

const healthAnswer = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.object({ status: z.enum(['up', 'down']), kind: z.enum(['pglite', 'postgres']) }),
    schema: z.object({ applied: z.number().int(), expected: z.number().int(), latest: z.string() }).nullable(),
  })
  .meta({ id: 'Health', description: 'Whether the server, its database and its schema are ready.' });

export const healthModule: RelaisModule = {
  name: 'health',
  async register(app, ctx) {
    typed(app).get(
      '/api/health',
      {
        config: { access: 'public' },
        schema: {
          tags: ['platform'],
          summary: 'Whether the server answers, its database is up and every migration is applied (503 when not).',
          response: { 200: healthAnswer, 503: healthAnswer },
        },
      },
      async (_request, reply) => {
      const up = await ping(ctx.database);
      const schema = up ? await schemaVersion(ctx.database) : null;
      const ok = up && schema !== null && schema.applied === schema.expected;
      return reply.code(ok ? 200 : 503).send({
        status: ok ? 'ok' : 'degraded',
        database: { status: up ? 'up' : 'down', kind: ctx.database.kind },
        schema,
      });
      },
    );
  },
};
