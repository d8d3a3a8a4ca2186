import QRCode from 'qrcode';
import type { FastifyRequest } from 'fastify';
import { typed, type RelaisModule } from '../../platform/module';
import { idParam } from '../../platform/http/schemas';
import { download, noContent } from '../../platform/http/contract';
import { sendExport, type ExportColumn } from '../../platform/http/export';
import { registerConstraintMessage } from '../../platform/db/constraints';
import { addMessages, translate, type Locale } from '../../platform/i18n/messages';
import { createOffersService, type OffersService } from './offers.service';
import type { EventRef, PresentedOffer } from './offers.core';
import {
  exhibitorBody,
  exhibitorOfferBody,
  exhibitorOfferPatch,
  exhibitorPatch,
  exhibitorSchema,
  exhibitorsAnswer,
  exhibitorsExportQuery,
  exhibitorSpaceAnswer,
  exhibitorsQuery,
  guideAnswer,
  guideParams,
  linkAnswer,
  linkBody,
  offerBody,
  offerPatch,
  offerSchema,
  offersAnswer,
  offersExportQuery,
  offersQuery,
  publicOfferSchema,
  publicOffersAnswer,
  publicOffersQuery,
  statsAnswer,
  statsExportQuery,
  statsQuery,
  tallyAnswer,
  tallyBody,
  tokenOfferParams,
  tokenParam,
} from './offers.schemas';
import { offersPermissions as can } from './offers.permissions';
import { offersMessages } from './offers.messages';
import { loadOffersDemo } from './offers.demo';
import { registerOffersReport } from './offers.report';

declare module '../../platform/module' {
  interface Services {
    offers: OffersService;
  }
}

addMessages(offersMessages);
registerConstraintMessage('offers_exhibitors_event_organisation_unique', 'error.offers.exhibitor_exists');
registerConstraintMessage('offers_exhibitors_counts_positive', 'error.offers.count_below_zero');
registerConstraintMessage('offers_offers_positions_range', 'error.offers.positions_invalid');
registerConstraintMessage('offers_offers_hours_range', 'error.offers.hours_invalid');
registerConstraintMessage('offers_offers_valid_through_range', 'error.date_out_of_range');

/** An event's name in a language: its title when the events module tells it, else "event #id". */
export const eventName = (e: EventRef, locale: Locale) => (e.title ? (locale === 'nl' ? e.title.nl : locale === 'en' ? (e.title.en ?? e.title.fr) : e.title.fr) : translate(locale, 'offers.event_number', { id: e.id }));

export const offersModule: RelaisModule = {
  name: 'offers',
  demo: loadOffersDemo,
  async register(app, ctx) {
    const service = createOffersService(ctx);
    ctx.services.offers = service;
    registerOffersReport(ctx, service);
    ctx.jobs.register({ name: 'offers.expire', schedule: { dailyAtHour: 1 }, run: async (now) => void (await service.offers.expireDue(now)) });

    const r = typed(app);
    const tags = ['offers'];
    const pub = ['offers-public'];
    const baseUrl = (request: FastifyRequest) => (ctx.config.PUBLIC_URL ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');
    const linkActor = (request: FastifyRequest) => request.ip;

    // ---------- public: the offers (for the public website), the fair guide, a QR to each offer ----------
    r.get(
      '/api/public/offers',
      { config: { access: 'public' }, schema: { tags: pub, summary: 'The published job offers still valid today, newest first, in French, Dutch and English.', querystring: publicOffersQuery, response: { 200: publicOffersAnswer } } },
      async (request, reply) => {
        reply.header('cache-control', 'public, max-age=60');
        return service.offers.publicList(request.query);
      },
    );
    r.get(
      '/api/public/offers/:id',
      { config: { access: 'public' }, schema: { tags: pub, summary: 'One published, valid job offer (404 once it is filled or expired).', params: idParam, response: { 200: publicOfferSchema } } },
      async (request, reply) => {
        reply.header('cache-control', 'public, max-age=60');
        return service.offers.publicGet(request.params.id);
      },
    );
    r.get(
      '/api/public/offers/:id/qr.svg',
      { config: { access: 'public' }, schema: { tags: pub, summary: "A QR code to the offer's public page (for the printed fair guide).", params: idParam, response: { 200: download('svg') } } },
      async (request, reply) => {
        const svg = await QRCode.toString(`${baseUrl(request)}/p/offers/${request.params.id}`, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
        return reply.header('cache-control', 'public, max-age=86400').type('image/svg+xml; charset=utf-8').send(svg);
      },
    );
    r.get(
      '/api/public/offers/guide/:eventId',
      { config: { access: 'public' }, schema: { tags: pub, summary: "An event's fair guide: the exhibitors by stand, each with its published offers.", params: guideParams, response: { 200: guideAnswer } } },
      async (request, reply) => {
        reply.header('cache-control', 'public, max-age=60');
        return service.exhibitors.guide(request.params.eventId);
      },
    );

    // ---------- public: the exhibitor's private link ----------
    r.get(
      '/api/public/exhibitors/:token',
      { config: { access: 'public' }, schema: { tags: pub, summary: "What an exhibitor sees through its private link: its stand, counts and offers (410 once revoked or expired).", params: tokenParam, response: { 200: exhibitorSpaceAnswer } } },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        return service.exhibitors.space(request.params.token);
      },
    );
    r.post(
      '/api/public/exhibitors/:token/offers',
      { config: { access: 'public' }, schema: { tags: pub, summary: 'The exhibitor posts a job offer through its private link.', params: tokenParam, body: exhibitorOfferBody, response: { 201: offerSchema } } },
      async (request, reply) => reply.code(201).header('cache-control', 'no-store').send(await service.exhibitors.postOffer(request.params.token, request.body, linkActor(request))),
    );
    r.patch(
      '/api/public/exhibitors/:token/offers/:id',
      { config: { access: 'public' }, schema: { tags: pub, summary: 'The exhibitor changes one of its own offers (another exhibitor’s is not found).', params: tokenOfferParams, body: exhibitorOfferPatch, response: { 200: offerSchema } } },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        return service.exhibitors.editOffer(request.params.token, request.params.id, request.body, linkActor(request));
      },
    );
    r.post(
      '/api/public/exhibitors/:token/tally',
      { config: { access: 'public' }, schema: { tags: pub, summary: 'The exhibitor counts job seekers met, CVs received, interviews planned, people hired (+1, or -1 to undo).', params: tokenParam, body: tallyBody, response: { 200: tallyAnswer } } },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        return service.exhibitors.tallyByToken(request.params.token, request.body, linkActor(request));
      },
    );

    // ---------- staff: offers ----------
    r.get(
      '/api/offers',
      { config: { access: can.read }, schema: { tags, summary: 'Lists job offers (every status), latest change first.', querystring: offersQuery, response: { 200: offersAnswer } } },
      async (request) => service.offers.list(request.query),
    );
    r.post(
      '/api/offers',
      { config: { access: can.write }, schema: { tags, summary: 'Adds a job offer (a draft, or published).', body: offerBody, response: { 201: offerSchema } } },
      async (request, reply) => reply.code(201).send(await service.offers.create(request.actor, request.body)),
    );
    r.get(
      '/api/offers/export',
      { config: { access: can.read }, schema: { tags, summary: 'The job offers as a spreadsheet (xlsx) or a csv.', querystring: offersExportQuery, response: { 200: download('xlsx', 'csv') } } },
      async (request, reply) => {
        const { format, ...q } = request.query;
        const rows = await service.offers.exportRows(q);
        const events = await service.core.events(rows.map((o) => o.eventId).filter((x): x is number => x !== null));
        const L = request.locale;
        const institution = (await ctx.institution.get()).shortName[L];
        const t = (k: string, p?: Record<string, unknown>) => translate(L, k, { institution, ...p });
        const columns: ExportColumn<PresentedOffer>[] = [
          { header: t('offers.export.id'), value: (o) => o.id, kind: 'count' },
          { header: t('offers.export.title_fr'), value: (o) => o.title.fr, kind: 'text', width: 36 },
          { header: t('offers.export.title_nl'), value: (o) => o.title.nl, kind: 'text', width: 36 },
          { header: t('offers.export.employer'), value: (o) => o.employer.name, kind: 'text', width: 30 },
          { header: t('offers.export.contract'), value: (o) => o.contractType, kind: 'code', label: (c) => t(`offers.contract.${c}`) },
          { header: t('offers.export.working_time'), value: (o) => o.workingTime, kind: 'code', label: (c) => t(`offers.working_time.${c}`) },
          { header: t('offers.export.hours'), value: (o) => o.hoursPerWeek, kind: 'decimal' },
          { header: t('offers.export.commune'), value: (o) => o.commune, kind: 'text' },
          { header: t('offers.export.positions'), value: (o) => o.positions, kind: 'count' },
          { header: t('offers.export.skills'), value: (o) => o.skills.join(', '), kind: 'text', width: 30 },
          { header: t('offers.export.languages'), value: (o) => o.languages.map((l) => languageName(l, L)).join(', '), kind: 'text' },
          { header: t('offers.export.valid_through'), value: (o) => o.validThrough, kind: 'date' },
          { header: t('offers.export.source'), value: (o) => o.source, kind: 'code', label: (c) => t(`offers.source.${c}`) },
          { header: t('offers.export.status'), value: (o) => o.status, kind: 'code', label: (c) => t(`offers.status.${c}`) },
          { header: t('offers.export.event'), value: (o) => (o.eventId ? eventName(events.get(o.eventId)!, L) : null), kind: 'text', width: 24 },
        ];
        return sendExport(reply, format, t('offers.export.file_offers'), [{ name: t('offers.export.sheet_offers'), columns, rows }] as never);
      },
    );
    r.get(
      '/api/offers/:id',
      { config: { access: can.read }, schema: { tags, summary: 'One job offer.', params: idParam, response: { 200: offerSchema } } },
      async (request) => service.offers.get(request.params.id),
    );
    r.patch(
      '/api/offers/:id',
      { config: { access: can.write }, schema: { tags, summary: 'Changes a job offer: its texts, or its status (publish, filled).', params: idParam, body: offerPatch, response: { 200: offerSchema } } },
      async (request) => service.offers.update(request.actor, request.params.id, request.body),
    );
    r.delete(
      '/api/offers/:id',
      { config: { access: can.write }, schema: { tags, summary: 'Deletes a job offer entered by mistake.', params: idParam, response: { 204: noContent } } },
      async (request, reply) => {
        await service.offers.remove(request.actor, request.params.id);
        return reply.code(204).send();
      },
    );

    // ---------- staff: exhibitors ----------
    r.get(
      '/api/offers/exhibitors',
      { config: { access: can.read }, schema: { tags, summary: "Lists the exhibitors (of one event, or all), by stand.", querystring: exhibitorsQuery, response: { 200: exhibitorsAnswer } } },
      async (request) => ({ items: await service.exhibitors.list(request.query) }),
    );
    r.post(
      '/api/offers/exhibitors',
      { config: { access: can.write }, schema: { tags, summary: 'Adds an organisation of the registry as an exhibitor of an event.', body: exhibitorBody, response: { 201: exhibitorSchema } } },
      async (request, reply) => reply.code(201).send(await service.exhibitors.create(request.actor, request.body)),
    );
    r.get(
      '/api/offers/exhibitors/export',
      { config: { access: can.read }, schema: { tags, summary: "An event's exhibitors with their offers and the job seekers they met, as xlsx or csv.", querystring: exhibitorsExportQuery, response: { 200: download('xlsx', 'csv') } } },
      async (request, reply) => {
        const items = await service.exhibitors.list({ eventId: request.query.eventId });
        const L = request.locale;
        const t = (k: string, p?: Record<string, unknown>) => translate(L, k, p);
        type X = (typeof items)[number];
        const columns: ExportColumn<X>[] = [
          { header: t('offers.export.stand'), value: (x) => x.stand, kind: 'text' },
          { header: t('offers.export.organisation'), value: (x) => x.organisation.name, kind: 'text', width: 32 },
          { header: t('offers.export.kind'), value: (x) => x.kind, kind: 'code', label: (c) => t(`offers.kind.${c}`) },
          { header: t('offers.export.contact'), value: (x) => x.contactName, kind: 'text', width: 24 },
          { header: t('offers.export.email'), value: (x) => x.contactEmail, kind: 'text', width: 28 },
          { header: t('offers.export.phone'), value: (x) => x.contactPhone, kind: 'text' },
          { header: t('offers.export.offers'), value: (x) => x.offers, kind: 'count' },
          { header: t('offers.export.positions'), value: (x) => x.positions, kind: 'count' },
          { header: t('offers.export.met'), value: (x) => x.metCount, kind: 'count' },
          { header: t('offers.export.cv_received'), value: (x) => x.cvReceived, kind: 'count' },
          { header: t('offers.export.interviews'), value: (x) => x.interviewsPlanned, kind: 'count' },
          { header: t('offers.export.hired'), value: (x) => x.hired, kind: 'count' },
        ];
        const name = items[0] ? eventName(items[0].event, L) : t('offers.event_number', { id: request.query.eventId });
        return sendExport(reply, request.query.format, t('offers.export.file_exhibitors', { event: name }), [{ name: t('offers.export.sheet_exhibitors'), columns, rows: items }] as never);
      },
    );
    r.patch(
      '/api/offers/exhibitors/:id',
      { config: { access: can.write }, schema: { tags, summary: "Changes an exhibitor's stand, contact or counts.", params: idParam, body: exhibitorPatch, response: { 200: exhibitorSchema } } },
      async (request) => service.exhibitors.update(request.actor, request.params.id, request.body),
    );
    r.delete(
      '/api/offers/exhibitors/:id',
      { config: { access: can.write }, schema: { tags, summary: 'Removes an exhibitor (its offers stay, without the exhibitor).', params: idParam, response: { 204: noContent } } },
      async (request, reply) => {
        await service.exhibitors.remove(request.actor, request.params.id);
        return reply.code(204).send();
      },
    );
    r.post(
      '/api/offers/exhibitors/:id/link',
      { config: { access: can.write }, schema: { tags, summary: "Makes the exhibitor's private link (the previous one stops working); the token is shown this once.", params: idParam, body: linkBody, response: { 201: linkAnswer } } },
      async (request, reply) => reply.code(201).send(await service.exhibitors.createLink(request.actor, request.params.id, request.body.validUntil)),
    );
    r.delete(
      '/api/offers/exhibitors/:id/link',
      { config: { access: can.write }, schema: { tags, summary: "Revokes the exhibitor's private link.", params: idParam, response: { 204: noContent } } },
      async (request, reply) => {
        await service.exhibitors.revokeLink(request.actor, request.params.id);
        return reply.code(204).send();
      },
    );
    r.post(
      '/api/offers/exhibitors/:id/tally',
      { config: { access: can.write }, schema: { tags, summary: 'Staff count for a stand: job seekers met, CVs, interviews, hired (+1, or -1 to undo).', params: idParam, body: tallyBody, response: { 200: tallyAnswer } } },
      async (request) => service.exhibitors.tally(request.actor, request.params.id, request.body),
    );

    // ---------- statistics ----------
    r.get(
      '/api/offers/stats',
      { config: { access: can.stats }, schema: { tags, summary: 'Exhibitors, offers, positions and job seekers met over a period, per event and by contract.', querystring: statsQuery, response: { 200: statsAnswer } } },
      async (request) => service.stats(request.query),
    );
    r.get(
      '/api/offers/stats/export',
      { config: { access: can.stats }, schema: { tags, summary: 'The statistics as a spreadsheet (xlsx), or as csv: a zip of one csv per table.', querystring: statsExportQuery, response: { 200: download('xlsx', 'zip') } } },
      async (request, reply) => {
        const { format, ...q } = request.query;
        const s = await service.stats(q);
        const L = request.locale;
        const t = (k: string, p?: Record<string, unknown>) => translate(L, k, p);
        type E = (typeof s.events)[number];
        const total: E = { event: { id: 0, title: null, startsAt: null, endsAt: null, place: null }, exhibitors: s.exhibitors, employers: s.employers, training: s.training, support: s.support, offers: s.fairOffers, positions: s.fairPositions, met: s.met, metPerExhibitor: s.metPerExhibitor };
        const events: ExportColumn<E>[] = [
          { header: t('offers.export.event'), value: (e) => (e.event.id === 0 ? t('offers.export.total') : eventName(e.event, L)), kind: 'text', width: 32 },
          { header: t('offers.export.exhibitors'), value: (e) => e.exhibitors, kind: 'count' },
          { header: t('offers.export.employers'), value: (e) => e.employers, kind: 'count' },
          { header: t('offers.export.training'), value: (e) => e.training, kind: 'count' },
          { header: t('offers.export.support'), value: (e) => e.support, kind: 'count' },
          { header: t('offers.export.offers'), value: (e) => e.offers, kind: 'count' },
          { header: t('offers.export.positions'), value: (e) => e.positions, kind: 'count' },
          { header: t('offers.export.met'), value: (e) => e.met, kind: 'count' },
          { header: t('offers.export.met_average'), value: (e) => e.metPerExhibitor, kind: 'decimal' },
        ];
        type C = (typeof s.byContract)[number];
        const contracts: ExportColumn<C>[] = [
          { header: t('offers.export.contract'), value: (c) => c.contractType, kind: 'code', label: (c) => t(`offers.contract.${c}`) },
          { header: t('offers.export.offers'), value: (c) => c.offers, kind: 'count' },
          { header: t('offers.export.positions'), value: (c) => c.positions, kind: 'count' },
        ];
        return sendExport(reply, format, t('offers.export.file_stats', { from: s.from, to: s.to }), [
          { name: t('offers.export.sheet_events'), columns: events, rows: [...s.events, total] },
          { name: t('offers.export.sheet_contracts'), columns: contracts, rows: s.byContract },
        ] as never);
      },
    );
  },
};

/** A language code's name in the export's language (Intl), or the code itself. */
function languageName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
