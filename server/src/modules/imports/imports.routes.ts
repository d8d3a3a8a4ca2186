import { typed, type RelaisModule } from '../../platform/module';
import { idParam } from '../../platform/http/schemas';
import { translate } from '../../platform/i18n/messages';
import { createImportsService, type ImportsService } from './imports.service';
import { importsPermissions as can } from './imports.permissions';
import {
  batchDetail,
  batchSchema,
  bulkPeopleAnswer,
  bulkPeopleBody,
  bulkHistoryAnswer,
  bulkHistoryBody,
  countsSchema,
  decisionBody,
  fixAnswer,
  fixBody,
  listAnswer,
  mappingBody,
  pageQuery,
  progressAnswer,
  rowParams,
  uploadAnswer,
  uploadBody,
} from './imports.schemas';
import { PERSON_FIELDS } from './imports.fields';
import { registerImportsGdpr } from './imports.gdpr';
import './imports.messages';
import { IMPORT_KINDS } from './imports.table';
import { historyFields } from './imports.history';

declare module '../../platform/module' {
  interface Services {
    imports: ImportsService;
  }
}

export const importsModule: RelaisModule = {
  name: 'imports',
  async register(app, ctx) {
    const service = createImportsService(ctx);
    ctx.services.imports = service;
    registerImportsGdpr(ctx);
    const r = typed(app);
    const tags = ['imports'];
    type Localised = { errors: Partial<Record<string, string>>; notes?: Record<string, string> };
    const words = (locale: Parameters<typeof translate>[0], keys: Partial<Record<string, string>>) => Object.fromEntries(Object.entries(keys).map(([f, key]) => [f, translate(locale, key!)]));
    const localise = <T extends Localised>(locale: Parameters<typeof translate>[0], row: T): T => ({
      ...row,
      errors: words(locale, row.errors),
      ...(row.notes ? { notes: words(locale, row.notes) } : {}),
    });

    r.get(
      '/api/imports',
      { config: { access: can.run }, schema: { tags, summary: 'The last imports, newest first, with their counts, and the fields a file may give.', response: { 200: listAnswer } } },
      async () => ({
        items: await service.list(),
        fields: [...PERSON_FIELDS],
        kinds: [
          { kind: 'people' as const, fields: [...PERSON_FIELDS], required: ['lastName', 'firstName'] },
          ...ctx.registry.imports
            .all()
            .filter((a) => (IMPORT_KINDS as readonly string[]).includes(a.kind))
            .map((a) => ({ kind: a.kind as (typeof IMPORT_KINDS)[number], fields: historyFields(a), required: ['externalId', ...a.required] })),
        ],
      }),
    );
    r.post(
      '/api/imports',
      {
        bodyLimit: 30 * 1024 * 1024,
        config: { access: can.run },
        schema: {
          tags,
          summary: 'Uploads a file (xlsx or csv, base64, 20 MB at most): reads it, proposes a column mapping (the one last used for a file of the same shape), and keeps it as a draft.',
          body: uploadBody,
          response: { 201: uploadAnswer },
        },
      },
      async (request, reply) => reply.code(201).send(await service.upload(request.actor, request.body)),
    );
    r.get(
      '/api/imports/:id',
      {
        config: { access: can.run },
        schema: { tags, summary: "A draft import's rows (a page, all or only errors or duplicates), each with its status, its errors and what a commit would do.", params: idParam, querystring: pageQuery, response: { 200: batchDetail } },
      },
      async (request) => {
        const b = await service.get(request.params.id, request.query);
        return { ...b, rows: b.rows.map((row) => localise(request.locale, row)) };
      },
    );
    r.put(
      '/api/imports/:id/mapping',
      { config: { access: can.run }, schema: { tags, summary: 'Sets which field each column gives (remembered for the next file of the same shape).', params: idParam, body: mappingBody, response: { 200: batchSchema } } },
      async (request) => service.setMapping(request.actor, request.params.id, request.body.mapping),
    );
    r.patch(
      '/api/imports/:id/rows/:row',
      { config: { access: can.run }, schema: { tags, summary: 'Fixes cells of one row in place; answers the row checked again.', params: rowParams, body: fixBody, response: { 200: fixAnswer } } },
      async (request) => {
        const a = await service.fixRow(request.actor, request.params.id, request.params.row, request.body.values);
        return { ...a, row: localise(request.locale, a.row) };
      },
    );
    r.put(
      '/api/imports/:id/rows/:row/decision',
      {
        config: { access: can.run },
        schema: { tags, summary: 'Decides on a possible duplicate: skip the row, create a new record anyway, link the row to the record, or merge it into the record (fills its empty fields).', params: rowParams, body: decisionBody, response: { 200: batchSchema } },
      },
      async (request) => service.decide(request.actor, request.params.id, request.params.row, request.body.decision),
    );
    r.post(
      '/api/imports/:id/dry-run',
      { config: { access: can.run }, schema: { tags, summary: 'What a commit would create, update, refuse and skip now; writes nothing.', params: idParam, response: { 200: countsSchema } } },
      async (request) => service.dryRun(request.params.id),
    );
    r.post(
      '/api/imports/:id/commit',
      { config: { access: can.run }, schema: { tags, summary: 'Writes every row in one transaction (all or nothing) and records the import; rows with errors are refused, undecided duplicates skipped.', params: idParam, response: { 200: batchSchema } } },
      async (request) => service.commit(request.actor, request.params.id),
    );
    r.get(
      '/api/imports/:id/progress',
      { config: { access: can.run }, schema: { tags, summary: 'How far a running commit is (rows written of the total).', params: idParam, response: { 200: progressAnswer } } },
      async (request) => service.progress(request.params.id) ?? { phase: 'idle' as const, done: 0, total: 0 },
    );
    r.post(
      '/api/imports/:id/undo',
      { config: { access: can.run }, schema: { tags, summary: 'Undoes a whole import, unless something recorded since depends on it (the answer says which record).', params: idParam, response: { 200: batchSchema } } },
      async (request) => service.undo(request.actor, request.params.id),
    );
    r.post(
      '/api/imports/bulk/people',
      {
        bodyLimit: 10 * 1024 * 1024,
        config: { access: can.run },
        schema: {
          tags,
          summary:
            'Creates or updates up to 5,000 people of another tool in one transaction, by their id in that source: the same source and id again updates (never duplicates); a new id whose NISS the registry holds links to that record. One result per item, in order: an id given twice in the batch refuses its second item (errors.externalId), the others are written.',
          body: bulkPeopleBody,
          response: { 200: bulkPeopleAnswer },
        },
      },
      async (request) => ({ items: (await service.bulkPeople(request.actor, request.body.source, request.body.items)).map((item) => localise(request.locale, item)) }),
    );
    // One bulk route per kind of history whose module registered an import adapter.
    for (const adapter of ctx.registry.imports.all()) {
      r.post(
        `/api/imports/bulk/${adapter.kind}`,
        {
          bodyLimit: 10 * 1024 * 1024,
          config: { access: can.run },
          schema: {
            tags,
            summary: adapter.withoutPerson
              ? `Creates or updates up to 5,000 records of ${adapter.kind} from another tool in one transaction, by their id in that source (the same again updates, never duplicates). The rules of the kind refuse an item with the reason; an id given twice in the batch refuses its second item. One result per item, in order.`
              : `Creates or updates up to 5,000 records of ${adapter.kind} from another tool in one transaction, by their id in that source (the same again updates, never duplicates). Each item names its person by personExternalId (the person's id in the same source) or personNiss; an item whose person is not in the registry yet is answered "waiting" and written by none: send the person first. Other rules of the kind (a social-desk interview needs a follow-up covering its day, or its followupStart) refuse an item with the reason; an id given twice in the batch refuses its second item. One result per item, in order.`,
            body: bulkHistoryBody(adapter.fields, !adapter.withoutPerson),
            response: { 200: bulkHistoryAnswer },
          },
        },
        async (request) => {
          const items = await service.bulkHistory(request.actor, adapter.kind, request.body.source, request.body.items as Record<string, string | undefined>[]);
          return { items: items.map((item) => localise(request.locale, item)) };
        },
      );
    }
  },
};
