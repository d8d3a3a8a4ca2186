import QRCode from 'qrcode';
import { typed, type RelaisModule } from '../../platform/module';
import { idParam } from '../../platform/http/schemas';
import { download, noContent } from '../../platform/http/contract';
import { sendExport, type ExportColumn } from '../../platform/http/export';
import { addMessages, translate } from '../../platform/i18n/messages';
import { createDiagnosticService, type DiagnosticService } from './diagnostic.service';
import { diagnosticPermissions as can } from './diagnostic.permissions';
import { diagnosticMessages } from './diagnostic.messages';
import {
  answerBody, bankAnswer, bankItemSchema, codeParam, exportQuery, itemBody, itemPatch, partnerAccountBody, partnerAccountCreateBody, partnerAccountPatch, partnerAccountSchema, partnerAccountsAnswer, programmeLevelBody,
  programmeLevelsAnswer, progressSchema, resultQuery, resultSchema, sessionDetail, sessionsAnswer, sessionsQuery, startedSchema, startHelpedBody,
  startPublicBody, stateSchema, statsAnswer, statsQuery, tokenParam, userParam,
} from './diagnostic.schemas';
import { registerDiagnosticReport } from './diagnostic.report';
import { registerDiagnosticGdpr } from './diagnostic.gdpr';
import { loadDiagnosticDemo } from './diagnostic.demo';

declare module '../../platform/module' {
  interface Services {
    diagnostic: DiagnosticService;
  }
}

addMessages(diagnosticMessages);

export const diagnosticModule: RelaisModule = {
  name: 'diagnostic',
  demo: loadDiagnosticDemo,
  async register(app, ctx) {
    const service = createDiagnosticService(ctx);
    ctx.services.diagnostic = service;
    registerDiagnosticReport(ctx, service);
    registerDiagnosticGdpr(ctx);
    ctx.registry.timelineSource((personId, viewer) => service.timeline(personId, viewer.locale));
    ctx.registry.erasureHook((tx, personId) => service.erase(tx, personId));
    ctx.reach.register({ key: 'digital_diagnostic', labelKey: 'reach.digital_diagnostic', unit: 'participations', peopleAccess: can.read, lines: (year) => service.reachLines(year) });

    const r = typed(app);
    const tags = ['diagnostic'];
    const publicLink = (request: { protocol: string; host: string }) => `${(ctx.config.PUBLIC_URL ?? `${request.protocol}://${request.host}`).replace(/\/$/, '')}/p/diagnostic`;

    // ---------- taking it (the token is the only key: kept by the page, never in a cookie) ----------
    r.post(
      '/api/public/diagnostic',
      { config: { access: 'public' }, schema: { tags, summary: 'Starts a diagnostic taken alone through the public link (anonymous); answers its secret token and first question.', body: startPublicBody, response: { 201: startedSchema } } },
      async (request, reply) => reply.code(201).send(await service.startAlone(request.body)),
    );
    r.get(
      '/api/public/diagnostic/:token',
      { config: { access: 'public' }, schema: { tags, summary: 'Where a diagnostic stands: the question to answer now, or the levels once finished.', params: tokenParam, response: { 200: stateSchema } } },
      async (request) => service.state(request.params.token),
    );
    r.post(
      '/api/public/diagnostic/:token/answers',
      { config: { access: 'public' }, schema: { tags, summary: 'Answers the current question ("I don\'t know": a null response) and gives the next one, or the levels after the last.', params: tokenParam, body: answerBody, response: { 200: stateSchema } } },
      async (request) => service.answer(request.params.token, request.body),
    );
    r.get(
      '/api/public/diagnostic/:token/result',
      { config: { access: 'public' }, schema: { tags, summary: 'The result sheet of a finished diagnostic: a level per area and the trainings and partners it orients to.', params: tokenParam, querystring: resultQuery, response: { 200: resultSchema } } },
      async (request) => service.result(request.params.token, request.query.locale),
    );

    // ---------- helpers and staff ----------
    r.post(
      '/api/diagnostic/sessions',
      { config: { access: can.take }, schema: { tags, summary: 'Starts a diagnostic that a helper records with a person of the registry (or, for a partner, its own reference).', body: startHelpedBody, response: { 201: startedSchema } } },
      async (request, reply) => reply.code(201).send(await service.startHelped(request.user!, request.actor, request.body)),
    );
    r.get(
      '/api/diagnostic/sessions',
      { config: { access: can.read }, schema: { tags, summary: 'Lists the diagnostics the user may see (a partner: its organisation\'s), latest first.', querystring: sessionsQuery, response: { 200: sessionsAnswer } } },
      async (request) => service.list(request.user!, request.query),
    );
    r.get(
      '/api/diagnostic/sessions/:id',
      { config: { access: can.read }, schema: { tags, summary: 'One diagnostic with every answer and its orientation.', params: idParam, response: { 200: sessionDetail } } },
      async (request) => service.get(request.user!, request.actor, request.params.id),
    );
    r.get(
      '/api/diagnostic/people/:id/progress',
      { config: { access: can.read }, schema: { tags, summary: "A person's diagnostics, the first beside the latest.", params: idParam, response: { 200: progressSchema } } },
      async (request) => service.progress(request.user!, request.params.id),
    );
    r.get(
      '/api/diagnostic/link/qr.svg',
      { config: { access: can.take }, schema: { tags, summary: 'A QR code of the public diagnostic link, to print or show.', response: { 200: download('svg') } } },
      async (request, reply) => {
        const svg = await QRCode.toString(publicLink(request), { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
        return reply.header('cache-control', 'no-store').type('image/svg+xml; charset=utf-8').send(svg);
      },
    );

    // ---------- the bank and the orientation ----------
    r.get('/api/diagnostic/items', { config: { access: can.configure }, schema: { tags, summary: 'The item bank, with answers and the count per area and level.', response: { 200: bankAnswer } } }, async () => service.bank());
    r.post(
      '/api/diagnostic/items',
      { config: { access: can.configure }, schema: { tags, summary: 'Adds an item to the bank (its texts in French, Dutch and English).', body: itemBody, response: { 201: bankItemSchema } } },
      async (request, reply) => reply.code(201).send(await service.createItem(request.actor, request.body)),
    );
    r.patch(
      '/api/diagnostic/items/:code',
      { config: { access: can.configure }, schema: { tags, summary: 'Withdraws an item from the bank or puts it back.', params: codeParam, body: itemPatch, response: { 200: bankItemSchema } } },
      async (request) => service.setItemActive(request.actor, request.params.code, request.body.active),
    );
    r.get(
      '/api/diagnostic/programme-levels',
      { config: { access: can.configure }, schema: { tags, summary: 'The training programmes and the overall levels each is proposed to.', response: { 200: programmeLevelsAnswer } } },
      async () => service.programmeLevels(),
    );
    r.put(
      '/api/diagnostic/programme-levels/:id',
      { config: { access: can.configure }, schema: { tags, summary: 'Sets the overall levels (0 to 4) a training programme is proposed to.', params: idParam, body: programmeLevelBody, response: { 200: programmeLevelsAnswer } } },
      async (request) => service.setProgrammeLevels(request.actor, request.params.id, request.body),
    );
    r.delete(
      '/api/diagnostic/programme-levels/:id',
      { config: { access: can.configure }, schema: { tags, summary: 'Stops proposing a training programme after a diagnostic.', params: idParam, response: { 204: noContent } } },
      async (request, reply) => {
        await service.clearProgrammeLevels(request.actor, request.params.id);
        return reply.code(204).send();
      },
    );
    r.get(
      '/api/diagnostic/partner-accounts',
      { config: { access: can.partners }, schema: { tags, summary: 'The partner accounts and the organisation each belongs to.', response: { 200: partnerAccountsAnswer } } },
      async () => service.partnerAccounts(),
    );
    r.put(
      '/api/diagnostic/partner-accounts/:userId',
      { config: { access: can.partners }, schema: { tags, summary: 'Ties a partner account to its organisation.', params: userParam, body: partnerAccountBody, response: { 200: partnerAccountsAnswer } } },
      async (request) => service.setPartnerAccount(request.actor, request.params.userId, request.body.organisationId),
    );
    r.post(
      '/api/diagnostic/partner-accounts',
      { config: { access: can.partners }, schema: { tags, summary: "Opens a partner service's account (role partner, a temporary password to change at first login) tied to an organisation of the registry.", body: partnerAccountCreateBody, response: { 201: partnerAccountSchema } } },
      async (request, reply) => reply.code(201).send(await service.createPartnerAccount(request.actor, request.body)),
    );
    r.patch(
      '/api/diagnostic/partner-accounts/:userId',
      { config: { access: can.partners }, schema: { tags, summary: 'Moves a partner account to another organisation, disables it (its sessions end) or enables it again.', params: userParam, body: partnerAccountPatch, response: { 200: partnerAccountSchema } } },
      async (request) => service.updatePartnerAccount(request.actor, request.params.userId, request.body),
    );

    // ---------- figures ----------
    r.get(
      '/api/diagnostic/stats',
      { config: { access: can.stats }, schema: { tags, summary: 'Diagnostics over a period: levels per area and commune, orientations, trainings joined, second diagnostics.', querystring: statsQuery, response: { 200: statsAnswer } } },
      async (request) => service.stats(request.user!, request.query),
    );
    r.get(
      '/api/diagnostic/stats/export',
      { config: { access: can.stats }, schema: { tags, summary: 'The statistics as a spreadsheet (xlsx), or as csv: a zip of one csv per table.', querystring: exportQuery, response: { 200: download('xlsx', 'zip') } } },
      async (request, reply) => {
        const { format, ...q } = request.query;
        const s = await service.stats(request.user!, q);
        const L = request.locale;
        const T = (k: string, p?: Record<string, unknown>) => translate(L, `diagnostic.export.${k}`, p);
        type Fig = { label: string; value: number | null; kind: 'count' | 'decimal' };
        const figures: Fig[] = [
          ['finished', s.finished], ['started', s.started], ['distinct_people', s.distinctPeople], ['anonymous', s.anonymous], ['orientations', s.orientations],
          ['oriented_people', s.orientedPeople], ['joined_training', s.joinedTraining], ['retested', s.retested], ['improved', s.improved],
        ].map(([k, v]) => ({ label: translate(L, `diagnostic.fig.${k}`), value: v as number, kind: 'count' as const }));
        figures.push({ label: translate(L, 'diagnostic.fig.average_items'), value: s.averageItems, kind: 'decimal' });
        figures.push({ label: translate(L, 'diagnostic.fig.average_minutes'), value: s.averageMinutes, kind: 'decimal' });
        const levelColumns = <R extends { levels: number[] }>(): ExportColumn<R>[] =>
          [0, 1, 2, 3, 4].map((l) => ({ header: `${l} – ${translate(L, `diagnostic.level.${l}`)}`, value: (x: R) => x.levels[l], kind: 'count' as const }));
        type AreaRow = { label: string; levels: number[] };
        const areaRows: AreaRow[] = [...s.byArea.map((a) => ({ label: translate(L, `diagnostic.area.${a.area}`), levels: a.levels })), { label: T('overall'), levels: s.overall }];
        type CommuneRow = (typeof s.byCommune)[number];
        type MonthRow = (typeof s.byMonth)[number];
        return sendExport(reply, format, T('file', { from: s.from, to: s.to }), [
          {
            name: T('sheet_summary'),
            columns: [
              { header: T('figure'), value: (x: Fig) => x.label, width: 50 },
              { header: T('value'), value: (x: Fig) => x.value, kind: 'decimal' },
            ],
            rows: figures,
          },
          { name: T('sheet_areas'), columns: [{ header: T('area'), value: (x: AreaRow) => x.label, width: 40 }, ...levelColumns<AreaRow>()], rows: areaRows },
          {
            name: T('sheet_communes'),
            columns: [{ header: T('commune'), value: (x: CommuneRow) => x.commune, width: 30 }, { header: T('count'), value: (x: CommuneRow) => x.count, kind: 'count' }, ...levelColumns<CommuneRow>()],
            rows: s.byCommune,
          },
          {
            name: T('sheet_months'),
            columns: [
              { header: T('month'), value: (x: MonthRow) => `${x.month}-01`, kind: 'date', format: 'mmmm yyyy' },
              { header: T('finished'), value: (x: MonthRow) => x.finished, kind: 'count' },
              { header: T('alone'), value: (x: MonthRow) => x.alone, kind: 'count' },
              { header: T('helped'), value: (x: MonthRow) => x.helped, kind: 'count' },
            ],
            rows: s.byMonth,
          },
        ] as never);
      },
    );
  },
};
