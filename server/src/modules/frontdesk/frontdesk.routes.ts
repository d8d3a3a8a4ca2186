import { z } from 'zod';
import { typed, type RelaisModule } from '../../platform/module';
import { idParam } from '../../platform/http/schemas';
import { download, noContent } from '../../platform/http/contract';
import { sendExport, type ExportColumn } from '../../platform/http/export';
import { addMessages, translate } from '../../platform/i18n/messages';
import { createFrontdeskService, labelOf, type FrontdeskService } from './frontdesk.service';
import { dayAnswer, dayQuery, exportQuery, statsAnswer, statsQuery, visitBody, visitPatch, visitSchema } from './frontdesk.schemas';
import { frontdeskPermissions as can } from './frontdesk.permissions';
import { INTERNAL_SERVICES } from './frontdesk.table';
import { frontdeskMessages } from './frontdesk.messages';
import { loadFrontdeskDemo } from './frontdesk.demo';
import { registerFrontdeskReport } from './frontdesk.report';
import { registerFrontdeskGdpr } from './frontdesk.gdpr';
import { createFrontdeskImport } from './frontdesk.import';

declare module '../../platform/module' {
  interface Services {
    frontdesk: FrontdeskService;
  }
}

addMessages(frontdeskMessages);


export const frontdeskModule: RelaisModule = {
  name: 'frontdesk',
  demo: loadFrontdeskDemo,
  async register(app, ctx) {
    const service = createFrontdeskService(ctx);
    ctx.services.frontdesk = service;
    registerFrontdeskReport(ctx, service);
    ctx.registry.timelineSource((personId, viewer) => service.timeline(personId, viewer));
    ctx.registry.erasureHook((tx, personId) => service.erase(tx, personId));
    registerFrontdeskGdpr(ctx);
    ctx.registry.imports.add(createFrontdeskImport(ctx));
    ctx.reach.register({ key: 'front_desk', labelKey: 'reach.front_desk', unit: 'participations', peopleAccess: can.read, lines: async (year, memo) => [await service.reachLine(year, memo)] });

    const r = typed(app);
    const tags = ['frontdesk'];

    service.reasonList.routes(app, {
      path: '/api/frontdesk/reasons',
      tags,
      read: 'staff',
      configure: can.configure,
      schema: { id: 'FrontdeskReason', description: 'Why visitors come to the desk (a configurable list).' },
      summaries: {
        list: 'Lists the reasons of a visit (active ones, or all with all=true) and the internal services a visitor can be oriented to.',
        create: 'Adds a reason of a visit.',
        update: 'Renames, reorders or deactivates a reason.',
      },
      extra: { shape: { internalServices: z.array(z.enum(INTERNAL_SERVICES)) }, value: () => ({ internalServices: [...INTERNAL_SERVICES] }) },
    });

    r.post(
      '/api/frontdesk/visits',
      { config: { access: can.write }, schema: { tags, summary: 'Logs a visitor (anonymous, or a person of the registry).', body: visitBody, response: { 201: visitSchema } } },
      async (request, reply) => reply.code(201).send(await service.logVisit(request.actor, request.body)),
    );
    r.patch(
      '/api/frontdesk/visits/:id',
      { config: { access: can.write }, schema: { tags, summary: 'Corrects a logged visit.', params: idParam, body: visitPatch, response: { 200: visitSchema } } },
      async (request) => service.updateVisit(request.actor, request.params.id, request.body),
    );
    r.delete(
      '/api/frontdesk/visits/:id',
      { config: { access: can.write }, schema: { tags, summary: 'Deletes a visit logged by mistake.', params: idParam, response: { 204: noContent } } },
      async (request, reply) => {
        await service.deleteVisit(request.actor, request.params.id);
        return reply.code(204).send();
      },
    );

    r.get(
      '/api/frontdesk/day',
      { config: { access: can.read }, schema: { tags, summary: "One site's day: every visit, the counts and the opening hours.", querystring: dayQuery, response: { 200: dayAnswer } } },
      async (request) => service.day(request.query),
    );

    r.get(
      '/api/frontdesk/stats',
      { config: { access: can.read }, schema: { tags, summary: 'Visits over a period, by period, reason and orientation.', querystring: statsQuery, response: { 200: statsAnswer } } },
      async (request) => service.stats(request.query),
    );

    r.get(
      '/api/frontdesk/stats/export',
      {
        config: { access: can.read },
        schema: { tags, summary: 'The statistics as a spreadsheet (xlsx), or as csv: a zip of one csv per table.', querystring: exportQuery, response: { 200: download('xlsx', 'zip') } },
      },
      async (request, reply) => {
      const { format, ...q } = request.query;
      const s = await service.stats(q);
      const L = request.locale;
      type P = (typeof s.periods)[number];
      const columns: ExportColumn<P>[] = [
        // A period is a date: its first day, shown as a day, a month or a year.
        { header: translate(L, 'frontdesk.export.period'), value: (p) => p.period, kind: 'date', format: { day: 'dd/mm/yyyy', month: 'mmmm yyyy', year: 'yyyy' }[q.groupBy] },
        { header: translate(L, 'frontdesk.export.visits'), value: (p) => p.total, format: '0' },
        { header: translate(L, 'frontdesk.export.anonymous'), value: (p) => p.anonymous, format: '0' },
        { header: translate(L, 'frontdesk.export.distinct_people'), value: (p) => p.distinctPeople, format: '0' },
        { header: translate(L, 'frontdesk.export.out_of_hours'), value: (p) => p.outOfHours, format: '0' },
        ...s.byReason.map((reason) => ({
          header: `${translate(L, 'frontdesk.export.reason')}: ${labelOf(reason, L)}`,
          value: (p: P) => p.byReason[reason.code] ?? 0,
          format: '0',
        })),
        ...s.byOrientation.map((o) => ({
          header: `${translate(L, 'frontdesk.export.orientation')}: ${service.orientationLabel(o, L)}`,
          value: (p: P) => p.byOrientation[o.key] ?? 0,
          format: '0',
        })),
      ];
      const totalRow = { period: translate(L, 'frontdesk.export.total'), total: s.total, anonymous: s.anonymous, distinctPeople: s.distinctPeople, outOfHours: s.outOfHours, byReason: Object.fromEntries(s.byReason.map((x) => [x.code, x.count])), byOrientation: Object.fromEntries(s.byOrientation.map((x) => [x.key, x.count])) };
      type Row = { label: string; count: number };
      const countColumns = (first: string): ExportColumn<Row>[] => [
        { header: first, value: (x) => x.label, width: 40 },
        { header: translate(L, 'frontdesk.export.visits'), value: (x) => x.count, format: '0' },
      ];
      return sendExport(reply, format, translate(L, 'frontdesk.export.file', { from: s.from, to: s.to }), [
        { name: translate(L, 'frontdesk.export.sheet_periods'), columns, rows: [...s.periods, totalRow] },
        { name: translate(L, 'frontdesk.export.sheet_reasons'), columns: countColumns(translate(L, 'frontdesk.export.reason')), rows: s.byReason.map((x) => ({ label: labelOf(x, L), count: x.count })) },
        { name: translate(L, 'frontdesk.export.sheet_orientations'), columns: countColumns(translate(L, 'frontdesk.export.orientation')), rows: s.byOrientation.map((o) => ({ label: service.orientationLabel(o, L), count: o.count })) },
      ] as never);
    });
  },
};
