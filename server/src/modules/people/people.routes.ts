import { z } from 'zod';
import { typed, type RelaisModule } from '../../platform/module';
import { GDPR_OFFICERS, PEOPLE_READERS, PEOPLE_WRITERS } from '../../platform/auth/roles';
import { bodyId, idParam, pagination, queryId } from '../../platform/http/schemas';
import { createPeopleService, type PeopleService } from './people.service';
import { CONSENT_PURPOSES, duplicatesQuery, personBody, personPatch, searchQuery } from './people.schemas';
import { BRUSSELS_COMMUNES } from './communes';
import { loadPeopleDemo } from './people.demo';
import './people.messages';

declare module '../../platform/module' {
  interface Services {
    people: PeopleService;
  }
}

export const peopleModule: RelaisModule = {
  name: 'people',
  demo: loadPeopleDemo,
  async register(app, ctx) {
    const service = createPeopleService(ctx);
    ctx.services.people = service;
    const r = typed(app);
    const tags = ['people'];

    r.get('/api/people', { config: { access: PEOPLE_READERS }, schema: { tags, querystring: searchQuery } }, async (request) => service.search(request.query));

    r.get('/api/people/duplicates', { config: { access: PEOPLE_READERS }, schema: { tags, querystring: duplicatesQuery } }, async (request) => ({
      items: await service.findDuplicates(request.query),
    }));

    r.get('/api/people/communes', { config: { access: 'staff' }, schema: { tags } }, async () => ({ items: BRUSSELS_COMMUNES }));

    r.post('/api/people', { config: { access: PEOPLE_WRITERS }, schema: { tags, body: personBody } }, async (request, reply) =>
      reply.code(201).send(await service.create(request.actor, request.body)),
    );

    r.get('/api/people/:id', { config: { access: PEOPLE_READERS }, schema: { tags, params: idParam } }, async (request) => service.get(request.actor, request.params.id));

    r.patch('/api/people/:id', { config: { access: PEOPLE_WRITERS }, schema: { tags, params: idParam, body: personPatch } }, async (request) =>
      service.update(request.actor, request.params.id, request.body),
    );

    r.get('/api/people/:id/timeline', { config: { access: PEOPLE_READERS }, schema: { tags, params: idParam } }, async (request) => ({
      items: await service.timeline(request.user!, request.params.id),
    }));

    r.post(
      '/api/people/:id/consents',
      { config: { access: PEOPLE_WRITERS }, schema: { tags, params: idParam, body: z.strictObject({ purpose: z.enum(CONSENT_PURPOSES) }) } },
      async (request, reply) => reply.code(201).send(await service.addConsent(request.actor, request.params.id, request.body.purpose)),
    );
    r.post(
      '/api/people/:id/consents/:consentId/withdraw',
      { config: { access: PEOPLE_WRITERS }, schema: { tags, params: idParam.extend({ consentId: queryId }) } },
      async (request) => service.withdrawConsent(request.actor, request.params.id, request.params.consentId),
    );

    r.post(
      '/api/people/:id/merge',
      {
        config: { access: ['admin', 'reception', 'social_worker'] },
        schema: { tags, params: idParam, body: z.strictObject({ duplicateId: bodyId }) },
      },
      async (request) => service.merge(request.actor, request.params.id, request.body.duplicateId),
    );

    // GDPR
    r.get('/api/people/:id/export', { config: { access: GDPR_OFFICERS }, schema: { tags, params: idParam } }, async (request, reply) => {
      const data = await service.exportAll(request.actor, request.user!, request.params.id);
      return reply.header('content-disposition', `attachment; filename="person-${request.params.id}.json"`).send(data);
    });
    r.post('/api/people/:id/erase', { config: { access: GDPR_OFFICERS }, schema: { tags, params: idParam, body: z.strictObject({ confirm: z.literal(true) }) } }, async (request) =>
      service.erase(request.actor, request.params.id),
    );
    r.get(
      '/api/people/retention',
      { config: { access: GDPR_OFFICERS }, schema: { tags, querystring: z.strictObject({ years: z.coerce.number().int().min(1).max(50).optional(), ...pagination }) } },
      async (request) => {
        const years = request.query.years ?? (await service.retentionYears());
        return service.retentionReview(years, request.query.limit, request.query.offset);
      },
    );
    r.put(
      '/api/people/retention',
      { config: { access: GDPR_OFFICERS }, schema: { tags, body: z.strictObject({ years: z.number().int().min(1).max(50) }) } },
      async (request) => {
        await service.setRetentionYears(request.actor, request.body.years);
        return { years: request.body.years };
      },
    );
  },
};
