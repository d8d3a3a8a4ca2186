import { typed, type RelaisModule } from '../../platform/module';
import { idParam } from '../../platform/http/schemas';
import { registerConstraintMessage } from '../../platform/db/constraints';
import { createSitesService, type SitesService } from './sites.service';
import { siteBody, sitePatch, siteSchema, sitesAnswer, sitesQuery } from './sites.schemas';
import { sitesPermissions as can } from './sites.permissions';

declare module '../../platform/module' {
  interface Services {
    sites: SitesService;
  }
}

// What the database's rules mean to the user (platform/db/constraints.ts).
registerConstraintMessage('sites_name_unique', 'error.name_taken');

export const sitesModule: RelaisModule = {
  name: 'sites',
  async register(app, ctx) {
    const service = createSitesService(ctx);
    ctx.services.sites = service;
    const r = typed(app);
    const tags = ['sites'];
    r.get(
      '/api/sites',
      { config: { access: 'staff' }, schema: { tags, summary: 'Lists the active sites (all of them with all=true), with their opening hours.', querystring: sitesQuery, response: { 200: sitesAnswer } } },
      async (request) => ({ items: [...(await service.list(request.query.all === 'true'))] }),
    );
    r.get(
      '/api/sites/:id',
      { config: { access: 'staff' }, schema: { tags, summary: 'One site, with its opening hours.', params: idParam, response: { 200: siteSchema } } },
      async (request) => service.get(request.params.id),
    );
    r.post(
      '/api/sites',
      { config: { access: can.manage }, schema: { tags, summary: 'Adds a site.', body: siteBody, response: { 201: siteSchema } } },
      async (request, reply) => reply.code(201).send(await service.create(request.actor, request.body)),
    );
    r.patch(
      '/api/sites/:id',
      { config: { access: can.manage }, schema: { tags, summary: "Changes a site's name, address, opening hours, or deactivates it.", params: idParam, body: sitePatch, response: { 200: siteSchema } } },
      async (request) => service.update(request.actor, request.params.id, request.body),
    );
  },
};
