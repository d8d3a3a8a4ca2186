import { ping } from './db/database';
import { schemaVersion } from './db/migrate';
import type { RelaisModule } from './module';

export const healthModule: RelaisModule = {
  name: 'health',
  async register(app, ctx) {
    app.get('/api/health', { config: { access: 'public' }, schema: { tags: ['platform'] } }, async (_request, reply) => {
      const up = await ping(ctx.database);
      const schema = up ? await schemaVersion(ctx.database) : null;
      const ok = up && schema !== null && schema.applied === schema.expected;
      return reply.code(ok ? 200 : 503).send({
        status: ok ? 'ok' : 'degraded',
        database: { status: up ? 'up' : 'down', kind: ctx.database.kind },
        schema,
      });
    });
  },
};
