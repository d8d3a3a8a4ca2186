import { z } from 'zod';
import { sql } from 'drizzle-orm';
import { typed, type RelaisModule } from '../../platform/module';
import { refreshPlannerStatistics } from '../../platform/db/database';
import { allows } from '../../platform/auth/roles';
import { AppError } from '../../platform/http/errors';
import { noContent } from '../../platform/http/contract';
import { idParam, pagination } from '../../platform/http/schemas';
import { createPeopleService, type PeopleService } from './people.service';
import {
  CONSENT_PURPOSES,
  communesAnswer,
  consentSchema,
  dismissBody,
  duplicatesAnswer,
  duplicatesQuery,
  exportQuery,
  gdprExportSchema,
  personBody,
  personDetailSchema,
  personPatch,
  personSchema,
  retentionAnswer,
  retentionYears,
  searchAnswer,
  searchQuery,
  suspectedAnswer,
  suspectedQuery,
  timelineAnswer,
} from './people.schemas';
import { peoplePermissions as can } from './people.permissions';
import { registerPeopleGdpr } from './people.gdpr';
import { BRUSSELS_COMMUNES } from './communes';
import { loadPeopleDemo } from './people.demo';
import './people.messages';
import { createPeopleImport, type PeopleImport } from './people.import';

declare module '../../platform/module' {
  interface Services {
    people: PeopleService;
    /** the people module's side of imports and bulk integration (people.import.ts) */
    peopleImport: PeopleImport;
  }
}

export const peopleModule: RelaisModule = {
  name: 'people',
  demo: loadPeopleDemo,
  async register(app, ctx) {
    const service = createPeopleService(ctx);
    ctx.services.people = service;
    ctx.services.peopleImport = createPeopleImport(ctx);
    const gdpr = registerPeopleGdpr(ctx);
    // Records written before the sound codes existed (or inserted by SQL) get them once the server is started
    // (not on a database that is not migrated yet, as the API document generator's). In the background: a registry of
    // 50,000 people without codes took longer than the start may wait (Fastify gives a hook 10 s), and the server
    // would not start; until then those records are found by spelling. Closing the app waits for it.
    let filling: Promise<void> | null = null;
    app.addHook('onReady', async () => {
      filling = (async () => {
        const [{ ready }] = await ctx.database.rows<{ ready: boolean }>(sql`select to_regclass('people') is not null as ready`);
        const filled = ready ? await service.fillMatchKeys() : 0;
        // PGlite's planner statistics do not follow by themselves: refresh them once the codes are there.
        if (filled > 0) {
          await refreshPlannerStatistics(ctx.database);
          app.log.info({ filled }, 'people: sound codes written for the records that had none');
        }
      })().catch((err) => app.log.error({ err }, 'people: the sound codes of older records could not be written'));
    });
    app.addHook('onClose', async () => {
      await filling;
    });
    const r = typed(app);
    const tags = ['people'];

    r.get(
      '/api/people',
      {
        config: { access: can.read },
        schema: {
          tags,
          summary: 'Finds people by name (spelling or sound), phone number or birth date; tells only what is needed to pick one, and is audited.',
          querystring: searchQuery,
          response: { 200: searchAnswer },
        },
      },
      async (request) => service.search(request.actor, request.query),
    );

    r.get(
      '/api/people/duplicates',
      {
        config: { access: can.read },
        schema: { tags, summary: 'Records that may describe the person being typed (name and birth date), for the warning at creation.', querystring: duplicatesQuery, response: { 200: duplicatesAnswer } },
      },
      async (request) => ({ items: await service.findDuplicates(request.query) }),
    );

    r.get(
      '/api/people/suspected-duplicates',
      {
        config: { access: can.merge },
        schema: { tags, summary: 'Pairs of records that may be one person, with the reasons, to merge or to mark as two people.', querystring: suspectedQuery, response: { 200: suspectedAnswer } },
      },
      async (request) => service.suspectedDuplicates(request.query),
    );
    r.post(
      '/api/people/:id/not-duplicate',
      {
        config: { access: can.merge },
        schema: { tags, summary: 'Says that two records are two different people: the pair is not proposed again.', params: idParam, body: dismissBody, response: { 204: noContent } },
      },
      async (request, reply) => {
        await service.dismissDuplicate(request.actor, request.params.id, request.body.otherId);
        return reply.code(204).send();
      },
    );

    r.get(
      '/api/people/communes',
      { config: { access: 'staff' }, schema: { tags, summary: 'The Brussels communes with their French and Dutch names and postal codes.', response: { 200: communesAnswer } } },
      async () => ({ items: BRUSSELS_COMMUNES }),
    );

    r.post(
      '/api/people',
      {
        config: { access: can.write },
        schema: { tags, summary: 'Records a person (refused with the probable duplicates unless confirmNotDuplicate is set).', body: personBody, response: { 201: personSchema } },
      },
      async (request, reply) => reply.code(201).send(await service.create(request.actor, request.body)),
    );

    r.get(
      '/api/people/:id',
      { config: { access: can.read }, schema: { tags, summary: "Opens a person's record, with the consents (the read is audited).", params: idParam, response: { 200: personDetailSchema } } },
      async (request) => service.get(request.actor, request.params.id),
    );

    r.patch(
      '/api/people/:id',
      { config: { access: can.write }, schema: { tags, summary: "Changes a person's record.", params: idParam, body: personPatch, response: { 200: personSchema } } },
      async (request) => service.update(request.actor, request.params.id, request.body),
    );

    r.get(
      '/api/people/:id/timeline',
      { config: { access: can.read }, schema: { tags, summary: 'What happened with a person in every module, latest first, as far as the caller may know.', params: idParam, response: { 200: timelineAnswer } } },
      async (request) => ({ items: await service.timeline(request.user!, request.params.id) }),
    );

    r.post(
      '/api/people/:id/consents',
      {
        config: { access: can.write },
        schema: { tags, summary: 'Records a consent the person gave.', params: idParam, body: z.strictObject({ purpose: z.enum(CONSENT_PURPOSES) }), response: { 201: consentSchema } },
      },
      async (request, reply) => reply.code(201).send(await service.addConsent(request.actor, request.params.id, request.body.purpose)),
    );
    r.post(
      '/api/people/:id/consents/:consentId/withdraw',
      {
        config: { access: can.write },
        schema: { tags, summary: 'Records that the person withdrew a consent.', params: idParam.extend({ consentId: idParam.shape.id }), response: { 200: consentSchema } },
      },
      async (request) => service.withdrawConsent(request.actor, request.params.id, request.params.consentId),
    );

    r.post(
      '/api/people/:id/merge',
      {
        config: { access: can.merge },
        schema: {
          tags,
          summary: 'Merges a duplicate into this record: every row of every module moves to it, the duplicate points to it.',
          params: idParam,
          body: z.strictObject({ duplicateId: dismissBody.shape.otherId }),
          response: { 200: personSchema },
        },
      },
      async (request) => service.merge(request.actor, request.params.id, request.body.duplicateId),
    );

    // GDPR
    r.get(
      '/api/people/:id/export',
      {
        config: { access: can.export },
        schema: {
          tags,
          summary: "Everything Relais holds about a person, from every module, in the person's language (GDPR right of access); confidential social notes only in a social worker's export.",
          params: idParam,
          querystring: exportQuery,
          response: { 200: gdprExportSchema },
        },
      },
      async (request, reply) => {
        const includeConfidential = request.query.includeConfidential === 'true';
        if (includeConfidential && !allows(can.exportConfidential, request.user!.roles)) throw new AppError(403, 'error.gdpr_confidential_social_worker');
        const data = await gdpr.exportAll(request.actor, request.user!, request.params.id, { locale: request.query.locale, includeConfidential });
        return reply.header('content-disposition', `attachment; filename="person-${request.params.id}.json"`).send(data);
      },
    );
    r.post(
      '/api/people/:id/erase',
      {
        config: { access: can.gdpr },
        schema: { tags, summary: "Erases a person's identity (GDPR); what statistics need stays, anonymous.", params: idParam, body: z.strictObject({ confirm: z.literal(true) }), response: { 200: personSchema } },
      },
      async (request) => service.erase(request.actor, request.params.id),
    );
    r.get(
      '/api/people/retention',
      {
        config: { access: can.gdpr },
        schema: {
          tags,
          summary: 'People with no recorded activity for some years, oldest first: to review for erasure.',
          querystring: z.strictObject({ years: z.coerce.number().int().min(1).max(50).optional(), ...pagination }),
          response: { 200: retentionAnswer },
        },
      },
      async (request) => {
        const years = request.query.years ?? (await service.retentionYears());
        return service.retentionReview(years, request.query.limit, request.query.offset);
      },
    );
    r.put(
      '/api/people/retention',
      {
        config: { access: can.gdpr },
        schema: { tags, summary: 'Sets after how many years without activity a person comes up for review.', body: z.strictObject({ years: z.number().int().min(1).max(50) }), response: { 200: retentionYears } },
      },
      async (request) => {
        await service.setRetentionYears(request.actor, request.body.years);
        return { years: request.body.years };
      },
    );
  },
};
