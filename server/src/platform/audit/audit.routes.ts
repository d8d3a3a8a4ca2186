import { z } from 'zod';
import { typed, type RelaisModule } from '../module';
import { AUDIT_READERS } from '../auth/roles';
import { isoDate, pagination, queryId } from '../http/schemas';

export const auditModule: RelaisModule = {
  name: 'audit',
  async register(app, ctx) {
    typed(app).get(
      '/api/audit',
      {
        config: { access: AUDIT_READERS },
        schema: {
          tags: ['audit'],
          querystring: z.strictObject({
            actorUserId: queryId.optional(),
            action: z.string().max(100).optional(),
            entityType: z.string().max(50).optional(),
            entityId: z.string().max(50).optional(),
            from: isoDate.optional(),
            to: isoDate.optional(),
            ...pagination,
          }),
        },
      },
      async (request) => {
        const q = request.query;
        return ctx.audit.list({
          ...q,
          from: q.from ? new Date(`${q.from}T00:00:00Z`) : undefined,
          // "to" is inclusive: up to the end of that day
          to: q.to ? new Date(new Date(`${q.to}T00:00:00Z`).getTime() + 86_400_000) : undefined,
        });
      },
    );
  },
};
