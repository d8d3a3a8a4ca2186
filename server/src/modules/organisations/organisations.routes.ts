import { z } from 'zod';
import { typed, type RelaisModule } from '../../platform/module';
import { ADMINS } from '../../platform/auth/roles';
import { httpUrl, idParam, requiredText, text } from '../../platform/http/schemas';
import { registerConstraintMessage } from '../../platform/db/constraints';
import { createOrganisationsService, ORGANISATION_TYPES, type OrganisationsService } from './organisations.service';

declare module '../../platform/module' {
  interface Services {
    organisations: OrganisationsService;
  }
}

const body = z.strictObject({
  name: requiredText(200),
  type: z.enum(ORGANISATION_TYPES),
  address: text(300).nullable().optional(),
  postalCode: z.string().regex(/^\d{4}$/, 'error.postal_code_invalid').nullable().optional(),
  phone: text(50).nullable().optional(),
  email: z.string().trim().email().max(200).nullable().optional(),
  website: httpUrl(300).nullable().optional(),
  contactName: text(200).nullable().optional(),
  services: text(2000).nullable().optional(),
  isInternalPartner: z.boolean().optional(),
  active: z.boolean().optional(),
});

// What the database's rules mean to the user (platform/db/constraints.ts).
registerConstraintMessage('organisations_name_unique', 'error.name_taken');

export const organisationsModule: RelaisModule = {
  name: 'organisations',
  async register(app, ctx) {
    const service = createOrganisationsService(ctx);
    ctx.services.organisations = service;
    const r = typed(app);
    r.get(
      '/api/organisations',
      { config: { access: 'staff' }, schema: { tags: ['organisations'], querystring: z.strictObject({ q: z.string().max(100).optional(), all: z.enum(['true', 'false']).optional() }) } },
      async (request) => ({ items: await service.list({ q: request.query.q, includeInactive: request.query.all === 'true' }) }),
    );
    r.get('/api/organisations/:id', { config: { access: 'staff' }, schema: { tags: ['organisations'], params: idParam } }, async (request) => service.get(request.params.id));
    r.post('/api/organisations', { config: { access: ADMINS }, schema: { tags: ['organisations'], body } }, async (request, reply) =>
      reply.code(201).send(await service.create(request.actor, request.body)),
    );
    r.patch('/api/organisations/:id', { config: { access: ADMINS }, schema: { tags: ['organisations'], params: idParam, body: body.partial() } }, async (request) =>
      service.update(request.actor, request.params.id, request.body),
    );
  },
};
