import { z } from 'zod';
import { typed, type RelaisModule } from '../../platform/module';
import { ADMINS } from '../../platform/auth/roles';
import { idParam, requiredText, text } from '../../platform/http/schemas';
import { registerConstraintMessage } from '../../platform/db/constraints';
import { createSitesService, type SitesService } from './sites.service';

declare module '../../platform/module' {
  interface Services {
    sites: SitesService;
  }
}

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const openingPeriod = z
  .strictObject({ weekday: z.number().int().min(1).max(7), from: hhmm, to: hhmm })
  .refine((p) => p.from < p.to, { message: 'error.end_before_start', path: ['to'] });

const siteBody = z.strictObject({
  name: requiredText(120),
  kind: z.enum(['main', 'desk', 'antenna']),
  address: text(300).nullable().optional(),
  postalCode: z.string().regex(/^\d{4}$/, 'error.postal_code_invalid').nullable().optional(),
  openingHours: z.array(openingPeriod).max(50).default([]),
  active: z.boolean().optional(),
});

// What the database's rules mean to the user (platform/db/constraints.ts).
registerConstraintMessage('sites_name_unique', 'error.name_taken');

export const sitesModule: RelaisModule = {
  name: 'sites',
  async register(app, ctx) {
    const service = createSitesService(ctx);
    ctx.services.sites = service;
    const r = typed(app);
    r.get('/api/sites', { config: { access: 'staff' }, schema: { tags: ['sites'], querystring: z.strictObject({ all: z.enum(['true', 'false']).optional() }) } }, async (request) => ({
      items: await service.list(request.query.all === 'true'),
    }));
    r.get('/api/sites/:id', { config: { access: 'staff' }, schema: { tags: ['sites'], params: idParam } }, async (request) => service.get(request.params.id));
    r.post('/api/sites', { config: { access: ADMINS }, schema: { tags: ['sites'], body: siteBody } }, async (request, reply) =>
      reply.code(201).send(await service.create(request.actor, request.body)),
    );
    r.patch('/api/sites/:id', { config: { access: ADMINS }, schema: { tags: ['sites'], params: idParam, body: siteBody.partial() } }, async (request) =>
      service.update(request.actor, request.params.id, request.body),
    );
  },
};
