import { typed, type RelaisModule } from '../../platform/module';
import { idParam } from '../../platform/http/schemas';
import { createOrganisationsService, type OrganisationsService } from './organisations.service';
import { organisationBody, organisationPatch, organisationSchema, organisationsAnswer, organisationsQuery } from './organisations.schemas';
import { organisationsPermissions as can } from './organisations.permissions';
import { registerConstraintMessage } from '../../platform/db/constraints';

declare module '../../platform/module' {
  interface Services {
    organisations: OrganisationsService;
  }
}

// What the database's rules mean to the user (platform/db/constraints.ts).
registerConstraintMessage('organisations_name_unique', 'error.name_taken');

export const organisationsModule: RelaisModule = {
  name: 'organisations',
  async register(app, ctx) {
    const service = createOrganisationsService(ctx);
    ctx.services.organisations = service;
    const r = typed(app);
    const tags = ['organisations'];
    r.get(
      '/api/organisations',
      {
        config: { access: 'staff' },
        schema: { tags, summary: 'Lists the active partner organisations by name (all of them with all=true), or those whose name contains q.', querystring: organisationsQuery, response: { 200: organisationsAnswer } },
      },
      async (request) => ({ items: [...(await service.list({ q: request.query.q, includeInactive: request.query.all === 'true' }))] }),
    );
    r.get(
      '/api/organisations/:id',
      { config: { access: 'staff' }, schema: { tags, summary: 'One partner organisation.', params: idParam, response: { 200: organisationSchema } } },
      async (request) => service.get(request.params.id),
    );
    r.post(
      '/api/organisations',
      { config: { access: can.manage }, schema: { tags, summary: 'Adds a partner organisation.', body: organisationBody, response: { 201: organisationSchema } } },
      async (request, reply) => reply.code(201).send(await service.create(request.actor, request.body)),
    );
    r.patch(
      '/api/organisations/:id',
      { config: { access: can.manage }, schema: { tags, summary: 'Changes a partner organisation, or deactivates it.', params: idParam, body: organisationPatch, response: { 200: organisationSchema } } },
      async (request) => service.update(request.actor, request.params.id, request.body),
    );
  },
};
