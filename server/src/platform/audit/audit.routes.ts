import { z } from 'zod';
import { typed, type RelaisModule } from '../module';
import { platformPermissions as can } from '../auth/auth.permissions';
import { idOut, instantOut, isoDate, pagination, queryId } from '../http/schemas';
import { asJson } from '../http/json';
import { brusselsInstant, nextDay } from '../brussels-time';

const auditEntry = z
  .object({
    id: idOut,
    at: instantOut,
    actorUserId: idOut.nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
    ip: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry', description: 'Who did what to which record, when and from where.' });

export const auditModule: RelaisModule = {
  name: 'audit',
  async register(app, ctx) {
    typed(app).get(
      '/api/audit',
      {
        config: { access: can.readAudit },
        schema: {
          tags: ['audit'],
          summary: 'The audit log, newest first, filtered by actor, action (a prefix), record or period (local dates, both included).',
          querystring: z.strictObject({
            actorUserId: queryId.optional(),
            action: z.string().max(100).optional(),
            entityType: z.string().max(50).optional(),
            entityId: z.string().max(50).optional(),
            from: isoDate.optional(),
            to: isoDate.optional(),
            ...pagination,
          }),
          response: { 200: z.object({ items: z.array(auditEntry), total: z.number().int() }) },
        },
      },
      async (request) => {
        const q = request.query;
        return asJson(await ctx.audit.list({
          ...q,
          // local dates in Brussels; "to" is inclusive: up to the end of that day
          from: q.from ? brusselsInstant(q.from) : undefined,
          to: q.to ? brusselsInstant(nextDay(q.to)) : undefined,
        }));
      },
    );
  },
};
