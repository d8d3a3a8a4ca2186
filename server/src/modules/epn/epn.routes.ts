import { typed, type RelaisModule } from '../../platform/module';
import { idParam } from '../../platform/http/schemas';
import { addMessages, translate } from '../../platform/i18n/messages';
import { download } from '../../platform/http/contract';
import { sendTables } from '../../platform/tabular-export';
import { periodExportQuery, periodFileLabel, periodQuery, resolvePeriod } from '../../platform/stats';
import { epnMessages } from './epn.messages';
import { createEpnService, type EpnService } from './epn.service';
import { epnPermissions as can } from './epn.permissions';
import {
  allQuery,
  boardAnswer,
  checkInBody,
  checkOutBody,
  helpKindBody,
  helpKindPatch,
  helpKindSchema,
  helpKindsAnswer,
  openingHoursAnswer,
  openingHoursBody,
  pastVisitBody,
  seatBody,
  statsAnswer,
  visitPatch,
  visitSchema,
  visitsAnswer,
  visitsQuery,
  workstationBody,
  workstationPatch,
  workstationSchema,
  workstationsAnswer,
} from './epn.schemas';
import { loadEpnDemo } from './epn.demo';
import { registerEpnReport } from './epn.report';
import { registerEpnGdpr } from './epn.gdpr';
import { createEpnImport } from './epn.import';

declare module '../../platform/module' {
  interface Services {
    epn: EpnService;
  }
}


addMessages(epnMessages);

export const epnModule: RelaisModule = {
  name: 'epn',
  demo: loadEpnDemo,
  async register(app, ctx) {
    const service = createEpnService(ctx);
    ctx.services.epn = service;
    // Visits of past years from a file or another tool (issue 16), through the imports module's common flow.
    ctx.registry.imports.add(createEpnImport(ctx));
    registerEpnReport(ctx, service);
    ctx.registry.timelineSource((personId) => service.timeline(personId));
    ctx.registry.erasureHook((tx, personId) => service.erase(tx, personId));
    registerEpnGdpr(ctx);
    ctx.reach.register({ key: 'epn', labelKey: 'reach.epn', unit: 'participations', peopleAccess: can.stats, lines: (year, memo) => service.reachLines(year, memo) });

    // Visits left open at closing time are closed by a job of the app's runner, every minute on the app clock
    // (and again, lazily, when the board is read).
    ctx.jobs.register({
      name: 'epn.close_at_closing_time',
      schedule: { everyMinutes: 1 },
      run: async () => {
        const res = await service.closeAtClosingTime();
        if (res.closed + res.left > 0) app.log.info(res, 'epn: visits closed at closing time');
      },
    });

    const r = typed(app);
    const tags = ['epn'];

    r.get(
      '/api/epn/board',
      { config: { access: can.desk }, schema: { tags, summary: 'The live room: each PC (free, in use, out of order), the waiting list and the count of the day.', response: { 200: boardAnswer } } },
      async () => service.board(),
    );

    r.get(
      '/api/epn/workstations',
      { config: { access: can.desk }, schema: { tags, summary: 'Lists the PCs (active ones, or all with all=true).', querystring: allQuery, response: { 200: workstationsAnswer } } },
      async (request) => ({ items: await service.listWorkstations(request.query.all === 'true') }),
    );
    r.post(
      '/api/epn/workstations',
      { config: { access: can.configure }, schema: { tags, summary: 'Adds a PC to the room.', body: workstationBody, response: { 201: workstationSchema } } },
      async (request, reply) => reply.code(201).send(await service.createWorkstation(request.actor, request.body)),
    );
    r.patch(
      '/api/epn/workstations/:id',
      { config: { access: can.configure }, schema: { tags, summary: 'Renames, reorders, puts out of order or retires a PC.', params: idParam, body: workstationPatch, response: { 200: workstationSchema } } },
      async (request) => service.updateWorkstation(request.actor, request.params.id, request.body),
    );

    r.get(
      '/api/epn/help-kinds',
      { config: { access: can.desk }, schema: { tags, summary: 'Lists the kinds of help (active ones, or all with all=true).', querystring: allQuery, response: { 200: helpKindsAnswer } } },
      async (request) => ({ items: await service.listHelpKinds(request.query.all === 'true') }),
    );
    r.post(
      '/api/epn/help-kinds',
      { config: { access: can.configure }, schema: { tags, summary: 'Adds a kind of help.', body: helpKindBody, response: { 201: helpKindSchema } } },
      async (request, reply) => reply.code(201).send(await service.createHelpKind(request.actor, request.body)),
    );
    r.patch(
      '/api/epn/help-kinds/:id',
      { config: { access: can.configure }, schema: { tags, summary: 'Renames, reorders or deactivates a kind of help.', params: idParam, body: helpKindPatch, response: { 200: helpKindSchema } } },
      async (request) => service.updateHelpKind(request.actor, request.params.id, request.body),
    );

    r.get(
      '/api/epn/opening-hours',
      { config: { access: can.desk }, schema: { tags, summary: 'The opening periods of the week (Brussels time).', response: { 200: openingHoursAnswer } } },
      async () => ({ periods: await service.openingHours() }),
    );
    r.put(
      '/api/epn/opening-hours',
      { config: { access: can.configure }, schema: { tags, summary: 'Replaces the opening periods of the week.', body: openingHoursBody, response: { 200: openingHoursAnswer } } },
      async (request) => ({ periods: await service.setOpeningHours(request.actor, request.body.periods) }),
    );

    r.get(
      '/api/epn/visits',
      { config: { access: can.desk }, schema: { tags, summary: "Lists visits, latest first (a day's, or a person's).", querystring: visitsQuery, response: { 200: visitsAnswer } } },
      async (request) => service.listVisits(request.query),
    );
    r.get(
      '/api/epn/visits/:id',
      { config: { access: can.desk }, schema: { tags, summary: 'One visit.', params: idParam, response: { 200: visitSchema } } },
      async (request) => service.getVisit(request.params.id),
    );
    r.post(
      '/api/epn/visits',
      {
        config: { access: can.desk },
        schema: { tags, summary: 'Checks a visitor in: at a PC, at the first free one, or on the waiting list.', body: checkInBody, response: { 201: visitSchema } },
      },
      async (request, reply) => reply.code(201).send(await service.checkIn(request.actor, request.body)),
    );
    r.post(
      '/api/epn/visits/past',
      { config: { access: can.desk }, schema: { tags, summary: 'Records a visit after the fact (from the paper sheet).', body: pastVisitBody, response: { 201: visitSchema } } },
      async (request, reply) => reply.code(201).send(await service.recordPastVisit(request.actor, request.body)),
    );
    r.post(
      '/api/epn/visits/:id/seat',
      { config: { access: can.desk }, schema: { tags, summary: 'Seats a visitor of the waiting list at a PC (or the first free one).', params: idParam, body: seatBody, response: { 200: visitSchema } } },
      async (request) => service.seat(request.actor, request.params.id, request.body),
    );
    r.post(
      '/api/epn/visits/:id/check-out',
      { config: { access: can.desk }, schema: { tags, summary: 'Ends a visit (the PC becomes free), with the kinds of help given.', params: idParam, body: checkOutBody, response: { 200: visitSchema } } },
      async (request) => service.checkOut(request.actor, request.params.id, request.body),
    );
    r.patch(
      '/api/epn/visits/:id',
      { config: { access: can.desk }, schema: { tags, summary: "Corrects a visit's kinds of help, notes or board label.", params: idParam, body: visitPatch, response: { 200: visitSchema } } },
      async (request) => service.updateVisit(request.actor, request.params.id, request.body),
    );

    r.get(
      '/api/epn/stats',
      { config: { access: can.stats }, schema: { tags, summary: 'A year (the current year unless asked) or a period of the space, each figure beside the same period a year before.', querystring: periodQuery, response: { 200: statsAnswer } } },
      async (request) => service.stats(resolvePeriod(request.query, ctx.clock)),
    );
    r.get(
      '/api/epn/stats/export',
      {
        config: { access: can.stats },
        schema: { tags, summary: "A period's statistics as a spreadsheet (xlsx), or as csv: a zip of one csv per table.", querystring: periodExportQuery, response: { 200: download('xlsx', 'zip') } },
      },
      async (request, reply) => {
        const p = resolvePeriod(request.query, ctx.clock);
        const tables = await service.exportTables(p, request.locale);
        return sendTables(reply, request.query.format, translate(request.locale, 'epn.export.file', { year: periodFileLabel(p) }), tables);
      },
    );
  },
};
