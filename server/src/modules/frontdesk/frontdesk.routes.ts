import { z } from 'zod';
import { typed, type RelaisModule } from '../../platform/module';
import type { Role } from '../../platform/auth/roles';
import { idParam } from '../../platform/http/schemas';
import { sendExport, type ExportColumn } from '../../platform/http/export';
import { addMessages, translate } from '../../platform/i18n/messages';
import { createFrontdeskService, labelOf, type FrontdeskService } from './frontdesk.service';
import { dayQuery, exportQuery, listItemBody, listItemPatch, statsQuery, visitBody, visitPatch } from './frontdesk.schemas';
import { INTERNAL_SERVICES } from './frontdesk.table';
import { frontdeskMessages } from './frontdesk.messages';
import { loadFrontdeskDemo } from './frontdesk.demo';
import { registerFrontdeskReport } from './frontdesk.report';

declare module '../../platform/module' {
  interface Services {
    frontdesk: FrontdeskService;
  }
}

addMessages(frontdeskMessages);

/** Who logs visitors, who reads the desk's days and figures, who configures the reasons. */
export const FRONTDESK_WRITERS = ['admin', 'reception'] as const satisfies readonly Role[];
export const FRONTDESK_READERS = ['admin', 'director', 'reception', 'social_worker'] as const satisfies readonly Role[];
export const FRONTDESK_CONFIG = ['admin', 'director'] as const satisfies readonly Role[];

export const frontdeskModule: RelaisModule = {
  name: 'frontdesk',
  demo: loadFrontdeskDemo,
  async register(app, ctx) {
    const service = createFrontdeskService(ctx);
    ctx.services.frontdesk = service;
    registerFrontdeskReport(ctx, service);
    ctx.registry.timelineSource((personId, viewer) => service.timeline(personId, viewer));
    ctx.registry.erasureHook((tx, personId) => service.erase(tx, personId));
    ctx.reach.register({ key: 'front_desk', labelKey: 'reach.front_desk', unit: 'participations', lines: async (year) => [await service.reachLine(year)] });

    const r = typed(app);
    const tags = ['frontdesk'];

    r.get(
      '/api/frontdesk/reasons',
      { config: { access: 'staff' }, schema: { tags, querystring: z.strictObject({ all: z.enum(['true', 'false']).optional() }) } },
      async (request) => ({ items: await service.reasons(request.query.all === 'true'), internalServices: INTERNAL_SERVICES }),
    );
    r.post('/api/frontdesk/reasons', { config: { access: FRONTDESK_CONFIG }, schema: { tags, body: listItemBody } }, async (request, reply) =>
      reply.code(201).send(await service.createReason(request.actor, request.body)),
    );
    r.patch('/api/frontdesk/reasons/:id', { config: { access: FRONTDESK_CONFIG }, schema: { tags, params: idParam, body: listItemPatch } }, async (request) =>
      service.updateReason(request.actor, request.params.id, request.body),
    );

    r.post('/api/frontdesk/visits', { config: { access: FRONTDESK_WRITERS }, schema: { tags, body: visitBody } }, async (request, reply) =>
      reply.code(201).send(await service.logVisit(request.actor, request.body)),
    );
    r.patch('/api/frontdesk/visits/:id', { config: { access: FRONTDESK_WRITERS }, schema: { tags, params: idParam, body: visitPatch } }, async (request) =>
      service.updateVisit(request.actor, request.params.id, request.body),
    );
    r.delete('/api/frontdesk/visits/:id', { config: { access: FRONTDESK_WRITERS }, schema: { tags, params: idParam } }, async (request, reply) => {
      await service.deleteVisit(request.actor, request.params.id);
      return reply.code(204).send();
    });

    r.get('/api/frontdesk/day', { config: { access: FRONTDESK_READERS }, schema: { tags, querystring: dayQuery } }, async (request) => service.day(request.query));

    r.get('/api/frontdesk/stats', { config: { access: FRONTDESK_READERS }, schema: { tags, querystring: statsQuery } }, async (request) => service.stats(request.query));

    r.get('/api/frontdesk/stats/export', { config: { access: FRONTDESK_READERS }, schema: { tags, querystring: exportQuery } }, async (request, reply) => {
      const { format, ...q } = request.query;
      const s = await service.stats(q);
      const L = request.locale;
      type P = (typeof s.periods)[number];
      const columns: ExportColumn<P>[] = [
        { header: translate(L, 'frontdesk.export.period'), value: (p) => p.period },
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
      return sendExport(reply, format, `accueil-${s.from}-${s.to}`, [
        { name: translate(L, 'frontdesk.export.sheet_periods'), columns, rows: [...s.periods, totalRow] },
        { name: translate(L, 'frontdesk.export.sheet_reasons'), columns: countColumns(translate(L, 'frontdesk.export.reason')), rows: s.byReason.map((x) => ({ label: labelOf(x, L), count: x.count })) },
        { name: translate(L, 'frontdesk.export.sheet_orientations'), columns: countColumns(translate(L, 'frontdesk.export.orientation')), rows: s.byOrientation.map((o) => ({ label: service.orientationLabel(o, L), count: o.count })) },
      ] as never);
    });
  },
};
