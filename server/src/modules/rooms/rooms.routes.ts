import type { FastifyRequest } from 'fastify';
import { typed, type RelaisModule } from '../../platform/module';
import { idParam } from '../../platform/http/schemas';
import { download, noContent } from '../../platform/http/contract';
import { asJson } from '../../platform/http/json';
import { sendExport, type ExportColumn } from '../../platform/http/export';
import { translate } from '../../platform/i18n/messages';
import { periodExportQuery, periodFileLabel, periodLabel, periodQuery, previousPeriod, resolvePeriod } from '../../platform/stats';
import { createRoomsService, bookingFor, isManager, type Booking, type Caller, type RoomsService, type StatementLine } from './rooms.service';
import {
  allQuery,
  bookingBody,
  bookingPatch,
  bookingSchema,
  bookingsAnswer,
  bookingChanged,
  calendarAnswer,
  calendarQuery,
  cancelSeriesBody,
  closureBody,
  closureSchema,
  closuresAnswer,
  closuresQuery,
  decisionBody,
  freeQuery,
  freeRoomsAnswer,
  freeSlotsAnswer,
  freeSlotsQuery,
  listQuery,
  moveBody,
  occupationAnswer,
  organisationSettingsAnswer,
  organisationSettingsBody,
  organisationSettingsSchema,
  publicDayQuery,
  publicRequestBody,
  publicRoomsAnswer,
  referenceParam,
  requestAccepted,
  requestStatusAnswer,
  roomBody,
  roomPatch,
  roomSchema,
  roomsAnswer,
  screenAnswer,
  seriesAnswer,
  seriesBody,
  seriesCancelled,
  seriesConfirmed,
  seriesCreated,
  statementAnswer,
  statementExportQuery,
  statementQuery,
  statsAnswer,
} from './rooms.schemas';
import { roomsPermissions as can } from './rooms.permissions';
import { loadRoomsDemo } from './rooms.demo';
import './rooms.messages';
import { registerRoomsReport } from './rooms.report';
import { createRoomsImport } from './rooms.import';

declare module '../../platform/module' {
  interface Services {
    rooms: RoomsService;
  }
}

const caller = (request: FastifyRequest): Caller => ({ ...request.actor, roles: request.user!.roles });
const euros = (cents: number) => Math.round(cents) / 100;
/** A booking as the caller may read it (a public requester's details reach the room managers only), as JSON. */
const seen = (request: FastifyRequest) => {
  const c = caller(request);
  return <B extends Booking>(b: B) => asJson(bookingFor(c, b));
};
/** For readers who are not room managers, the bodies public requesters typed are one line under this label. */
const requestersFor = (request: FastifyRequest) => (isManager(request.user!) ? {} : { requesters: translate(request.locale, 'rooms.public_requesters') });

export const roomsModule: RelaisModule = {
  name: 'rooms',
  demo: loadRoomsDemo,
  async register(app, ctx) {
    const service = createRoomsService({ ...ctx, log: app.log });
    ctx.services.rooms = service;
    // Bookings of past years from a file or another tool (issue 16), through the imports module's common flow.
    ctx.registry.imports.add(createRoomsImport(ctx));
    registerRoomsReport(ctx, service);
    const r = typed(app);
    const tags = ['rooms'];
    const pub = ['rooms-public'];

    // ---------- public ----------
    r.get(
      '/api/public/rooms',
      { config: { access: 'public' }, schema: { tags: pub, summary: 'The rooms anyone may ask for: capacity, equipment, photo, access.', response: { 200: publicRoomsAnswer } } },
      async (_req, reply) => {
        reply.header('cache-control', 'public, max-age=300');
        return { items: await service.publicRooms() };
      },
    );
    r.get(
      '/api/public/rooms/occupation',
      {
        config: { access: 'public' },
        schema: { tags: pub, summary: "The day's and the week's taken slots of every room (named only when the organisation agreed).", querystring: publicDayQuery, response: { 200: occupationAnswer } },
      },
      async (request, reply) => {
        reply.header('cache-control', 'public, max-age=60');
        return asJson(await service.occupation(request.query.date));
      },
    );
    r.get(
      '/api/public/rooms/screen',
      { config: { access: 'public' }, schema: { tags: pub, summary: "The entrance screen: today's bookings, room by room, and what is on now.", response: { 200: screenAnswer } } },
      async (_req, reply) => {
        reply.header('cache-control', 'public, max-age=30');
        return asJson(await service.screen());
      },
    );
    r.get(
      '/api/public/rooms/calendar.ics',
      { config: { access: 'public' }, schema: { tags: pub, summary: 'An iCalendar feed of every room (confirmed bookings, no personal data).', response: { 200: download('ics') } } },
      async (_req, reply) =>
        reply.header('cache-control', 'public, max-age=900').type('text/calendar; charset=utf-8').header('content-disposition', 'inline; filename="salles.ics"').send(await service.icsFeed()),
    );
    r.get(
      '/api/public/rooms/:id/calendar.ics',
      { config: { access: 'public' }, schema: { tags: pub, summary: "An iCalendar feed of one room's confirmed bookings (no personal data).", params: idParam, response: { 200: download('ics') } } },
      async (request, reply) =>
        reply
          .header('cache-control', 'public, max-age=900')
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', `inline; filename="salle-${request.params.id}.ics"`)
          .send(await service.icsFeed(request.params.id)),
    );
    r.get(
      '/api/public/rooms/:id/free-slots',
      {
        config: { access: 'public' },
        schema: { tags: pub, summary: "A room's opening periods of a day with its taken and free slots, without saying who booked.", params: idParam, querystring: freeSlotsQuery, response: { 200: freeSlotsAnswer } },
      },
      async (request, reply) => {
        reply.header('cache-control', 'public, max-age=30');
        return service.freeSlots(request.params.id, request.query.date);
      },
    );
    r.post(
      '/api/public/rooms/requests',
      {
        config: { access: 'public' },
        schema: { tags: pub, summary: 'Asks for a room from the public form (logistics decides; the requester gets a reference).', body: publicRequestBody, response: { 202: requestAccepted } },
      },
      async (request, reply) => reply.code(202).header('cache-control', 'no-store').send(await service.submitPublicRequest(request.ip, request.body)),
    );
    r.get(
      '/api/public/rooms/requests/:reference',
      { config: { access: 'public' }, schema: { tags: pub, summary: 'What became of a public request, by its reference.', params: referenceParam, response: { 200: requestStatusAnswer } } },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        return service.publicRequestStatus(request.params.reference);
      },
    );

    // ---------- rooms and closures ----------
    r.get(
      '/api/rooms',
      { config: { access: 'staff' }, schema: { tags, summary: 'Lists the active rooms (all with all=true).', querystring: allQuery, response: { 200: roomsAnswer } } },
      async (request) => ({ items: asJson(await service.listRooms(request.query.all === 'true')) }),
    );
    r.post(
      '/api/rooms',
      { config: { access: can.manage }, schema: { tags, summary: 'Adds a room.', body: roomBody, response: { 201: roomSchema } } },
      async (request, reply) => reply.code(201).send(asJson(await service.createRoom(request.actor, request.body))),
    );
    r.get(
      '/api/rooms/free',
      { config: { access: 'staff' }, schema: { tags, summary: 'The active rooms free during a period, with enough seats and the equipment asked.', querystring: freeQuery, response: { 200: freeRoomsAnswer } } },
      async (request) => ({ items: await service.findFree(request.query) }),
    );
    r.get(
      '/api/rooms/calendar',
      { config: { access: 'staff' }, schema: { tags, summary: 'Every active room with its live bookings and closures over some days (a week view).', querystring: calendarQuery, response: { 200: calendarAnswer } } },
      async (request) => {
        const cal = await service.calendar(request.query);
        const view = seen(request);
        return { from: cal.from, to: cal.to, rooms: cal.rooms.map((room) => ({ ...asJson(room), bookings: room.bookings.map(view), closures: asJson(room.closures) })) };
      },
    );
    r.get(
      '/api/rooms/closures',
      { config: { access: 'staff' }, schema: { tags, summary: 'Lists the closures of the rooms (of one room with roomId).', querystring: closuresQuery, response: { 200: closuresAnswer } } },
      async (request) => ({ items: asJson(await service.listClosures(request.query.roomId)) }),
    );
    r.delete(
      '/api/rooms/closures/:id',
      { config: { access: can.manage }, schema: { tags, summary: 'Removes a closure.', params: idParam, response: { 204: noContent } } },
      async (request, reply) => {
        await service.removeClosure(request.actor, request.params.id);
        return reply.code(204).send();
      },
    );
    r.get(
      '/api/rooms/:id',
      { config: { access: 'staff' }, schema: { tags, summary: 'One room.', params: idParam, response: { 200: roomSchema } } },
      async (request) => asJson(await service.getRoom(request.params.id)),
    );
    r.patch(
      '/api/rooms/:id',
      { config: { access: can.manage }, schema: { tags, summary: "Changes a room's details, prices or whether it is active.", params: idParam, body: roomPatch, response: { 200: roomSchema } } },
      async (request) => asJson(await service.updateRoom(request.actor, request.params.id, request.body)),
    );
    r.post(
      '/api/rooms/:id/closures',
      {
        config: { access: can.manage },
        schema: { tags, summary: 'Closes a room for a period (refused while live bookings are in it).', params: idParam, body: closureBody, response: { 201: closureSchema } },
      },
      async (request, reply) => reply.code(201).send(asJson(await service.addClosure(request.actor, request.params.id, request.body))),
    );

    // ---------- bookings ----------
    r.get(
      '/api/rooms/bookings',
      { config: { access: 'staff' }, schema: { tags, summary: 'Lists bookings by period, room, organisation, status or series.', querystring: listQuery, response: { 200: bookingsAnswer } } },
      async (request) => {
        const list = await service.listBookings(request.query);
        return { items: list.items.map(seen(request)), total: list.total };
      },
    );
    r.post(
      '/api/rooms/bookings',
      {
        config: { access: 'staff' },
        schema: { tags, summary: 'Books a room: confirmed when logistics books, a request otherwise; 409 names the booking in the way and the rooms free.', body: bookingBody, response: { 201: bookingSchema } },
      },
      async (request, reply) => reply.code(201).send(seen(request)(await service.createBooking(caller(request), request.body))),
    );
    r.get(
      '/api/rooms/bookings/:id',
      { config: { access: 'staff' }, schema: { tags, summary: 'One booking.', params: idParam, response: { 200: bookingSchema } } },
      async (request) => seen(request)(await service.getBooking(request.params.id)),
    );
    r.patch(
      '/api/rooms/bookings/:id',
      { config: { access: 'staff' }, schema: { tags, summary: "Changes a booking's details (its requester while requested, logistics always).", params: idParam, body: bookingPatch, response: { 200: bookingChanged } } },
      async (request) => seen(request)(await service.updateBooking(caller(request), request.params.id, request.body)),
    );
    r.post(
      '/api/rooms/bookings/:id/move',
      { config: { access: 'staff' }, schema: { tags, summary: 'Moves a booking to another time or room (an occurrence of a series becomes detached).', params: idParam, body: moveBody, response: { 200: bookingChanged } } },
      async (request) => seen(request)(await service.moveBooking(caller(request), request.params.id, request.body)),
    );
    r.post(
      '/api/rooms/bookings/:id/confirm',
      { config: { access: can.manage }, schema: { tags, summary: 'Confirms a requested booking (the requester is told).', params: idParam, body: decisionBody, response: { 200: bookingChanged } } },
      async (request) => seen(request)(await service.confirm(caller(request), request.params.id, request.body.message)),
    );
    r.post(
      '/api/rooms/bookings/:id/refuse',
      { config: { access: can.manage }, schema: { tags, summary: 'Refuses a requested booking (the requester is told).', params: idParam, body: decisionBody, response: { 200: bookingChanged } } },
      async (request) => seen(request)(await service.refuse(caller(request), request.params.id, request.body.message)),
    );
    r.post(
      '/api/rooms/bookings/:id/cancel',
      { config: { access: 'staff' }, schema: { tags, summary: 'Cancels a booking (its requester, or logistics); the contact it names is told through the outbox.', params: idParam, body: decisionBody, response: { 200: bookingChanged } } },
      async (request) => seen(request)(await service.cancel(caller(request), request.params.id, request.body.message)),
    );

    // ---------- series ----------
    r.post(
      '/api/rooms/series',
      {
        config: { access: 'staff' },
        schema: { tags, summary: 'Books a room on a recurring rule (RFC 5545), each occurrence at the same Brussels wall time.', body: seriesBody, response: { 201: seriesCreated } },
      },
      async (request, reply) => {
        const created = await service.createSeries(caller(request), request.body);
        return reply.code(201).send({ series: asJson(created.series), bookings: created.bookings.map(seen(request)), skipped: asJson(created.skipped) });
      },
    );
    r.get(
      '/api/rooms/series/:id',
      { config: { access: 'staff' }, schema: { tags, summary: 'A recurring booking with all its occurrences.', params: idParam, response: { 200: seriesAnswer } } },
      async (request) => {
        const { bookings, ...s } = await service.getSeries(request.params.id);
        return { ...asJson(s), bookings: bookings.map(seen(request)) };
      },
    );
    r.post(
      '/api/rooms/series/:id/confirm',
      { config: { access: can.manage }, schema: { tags, summary: 'Confirms every requested occurrence of a series, all or nothing.', params: idParam, body: decisionBody, response: { 200: seriesConfirmed } } },
      async (request) => service.confirmSeries(caller(request), request.params.id, request.body.message),
    );
    r.post(
      '/api/rooms/series/:id/cancel',
      { config: { access: 'staff' }, schema: { tags, summary: 'Cancels the live occurrences of a series from a day on (all without a day).', params: idParam, body: cancelSeriesBody, response: { 200: seriesCancelled } } },
      async (request) => service.cancelSeries(caller(request), request.params.id, request.body.from),
    );

    // ---------- organisations, money, statistics ----------
    r.get(
      '/api/rooms/organisations',
      { config: { access: can.manage }, schema: { tags, summary: "The registry's organisations with their room settings (named publicly, free of charge).", response: { 200: organisationSettingsAnswer } } },
      async () => ({ items: await service.organisationSettings() }),
    );
    r.put(
      '/api/rooms/organisations/:id',
      {
        config: { access: can.manage },
        schema: { tags, summary: "Sets whether an organisation is named on the public pages and books for free.", params: idParam, body: organisationSettingsBody, response: { 200: organisationSettingsSchema } },
      },
      async (request) => (await service.setOrganisationSettings(request.actor, request.params.id, request.body))!,
    );

    r.get(
      '/api/rooms/statements',
      { config: { access: can.stats }, schema: { tags, summary: "A month's confirmed bookings per organisation with the amount due.", querystring: statementQuery, response: { 200: statementAnswer } } },
      async (request) => asJson(await service.statement(request.query, requestersFor(request))),
    );
    r.get(
      '/api/rooms/statements/export',
      {
        config: { access: can.stats },
        schema: { tags, summary: "The month's statement as a spreadsheet: the whole month, then a sheet per organisation (csv: the whole month).", querystring: statementExportQuery, response: { 200: download('xlsx', 'csv') } },
      },
      async (request, reply) => {
        const { format, ...q } = request.query;
        const st = await service.statement(q, requestersFor(request));
        const t = (key: string, params?: Record<string, unknown>) => translate(request.locale, key, params);
        const columns: ExportColumn<StatementLine>[] = [
          { header: t('rooms.export.organisation'), value: (l) => l.organisation, kind: 'text', width: 30 },
          { header: t('rooms.export.room'), value: (l) => l.room, kind: 'text', width: 18 },
          { header: t('rooms.export.date'), value: (l) => l.day, kind: 'date' },
          { header: t('rooms.export.start'), value: (l) => l.startsAt, kind: 'time' },
          { header: t('rooms.export.end'), value: (l) => l.endsAt, kind: 'time' },
          { header: t('rooms.export.hours'), value: (l) => l.hours, kind: 'hours' },
          { header: t('rooms.export.purpose'), value: (l) => l.purpose, kind: 'text', width: 30 },
          { header: t('rooms.export.tariff'), value: (l) => l.tariff, kind: 'code', label: (c) => t(`rooms.tariff.${c}`) },
          { header: t('rooms.export.amount'), value: (l) => euros(l.amountCents), kind: 'currency' },
        ];
        const lines = st.organisations.flatMap((o) => o.bookings);
        const all = { name: t('rooms.export.sheet_statement', { month: st.month }), columns, rows: lines };
        // xlsx: the whole month, then one sheet per organisation; csv: the whole month (one table).
        const sheets = format === 'xlsx' ? [all, ...st.organisations.map((o) => ({ name: o.name, columns, rows: o.bookings }))] : [all];
        return sendExport(reply, format, t('rooms.export.file_statement', { month: st.month }), sheets as never);
      },
    );

    r.get(
      '/api/rooms/stats',
      { config: { access: can.stats }, schema: { tags, summary: 'A year (the current year unless asked) or a period of confirmed bookings by month, organisation and room, with occupancy and the same period a year before.', querystring: periodQuery, response: { 200: statsAnswer } } },
      async (request) => service.stats(resolvePeriod(request.query, ctx.clock), requestersFor(request)),
    );
    r.get(
      '/api/rooms/stats/export',
      {
        config: { access: can.stats },
        schema: { tags, summary: 'The statistics as a spreadsheet (xlsx), or as csv: a zip of one csv per table.', querystring: periodExportQuery, response: { 200: download('xlsx', 'zip') } },
      },
      async (request, reply) => {
        const p = resolvePeriod(request.query, ctx.clock);
        const s = await service.statsForPeriod(p, requestersFor(request));
        const [cur, prev] = [periodLabel(p), periodLabel(previousPeriod(p))];
        // a month's first day, in the period's first year, or the next one for the months before the period's first
        const firstYear = Number(p.from.slice(0, 4));
        const monthDate = (m: number) => `${m >= Number(p.from.slice(5, 7)) ? firstYear : firstYear + 1}-${String(m).padStart(2, '0')}-01`;
        const L = request.locale;
        const t = (key: string, params?: Record<string, unknown>) => translate(L, key, params);
        type M = (typeof s.byMonth)[number];
        type O = (typeof s.byOrganisation)[number];
        type R = (typeof s.byRoom)[number];
        const months: ExportColumn<M>[] = [
          // a month is a date: its first day, shown as the month's name
          { header: t('rooms.export.month'), value: (m) => monthDate(m.month), kind: 'date', format: 'mmmm yyyy' },
          { header: t('rooms.export.bookings', { year: cur }), value: (m) => m.bookings, kind: 'count' },
          { header: t('rooms.export.hours'), value: (m) => m.hours, kind: 'hours' },
          { header: t('rooms.export.bookings', { year: prev }), value: (m) => m.previousYearBookings, kind: 'count' },
        ];
        const orgs: ExportColumn<O>[] = [
          { header: t('rooms.export.organisation'), value: (o) => o.name, kind: 'text', width: 32 },
          { header: t('rooms.export.bookings', { year: cur }), value: (o) => o.bookings, kind: 'count' },
          { header: t('rooms.export.hours'), value: (o) => o.hours, kind: 'hours' },
          { header: t('rooms.export.amount'), value: (o) => euros(o.amountCents), kind: 'currency' },
          { header: t('rooms.export.bookings', { year: prev }), value: (o) => o.previousYearBookings, kind: 'count' },
        ];
        const roomsCols: ExportColumn<R>[] = [
          { header: t('rooms.export.room'), value: (x) => x.name, kind: 'text', width: 20 },
          { header: t('rooms.export.bookings', { year: cur }), value: (x) => x.bookings, kind: 'count' },
          { header: t('rooms.export.booked_hours'), value: (x) => x.hours, kind: 'hours' },
          { header: t('rooms.export.opening_hours'), value: (x) => x.openingHours, kind: 'hours' },
          { header: t('rooms.export.occupancy'), value: (x) => x.occupancyRate, kind: 'percent' },
          { header: t('rooms.export.bookings', { year: prev }), value: (x) => x.previousYearBookings, kind: 'count' },
        ];
        const sheets = [
          { name: t('rooms.export.sheet_rooms'), columns: roomsCols, rows: s.byRoom },
          { name: t('rooms.export.sheet_months'), columns: months, rows: s.byMonth },
          { name: t('rooms.export.sheet_organisations'), columns: orgs, rows: s.byOrganisation },
        ];
        return sendExport(reply, request.query.format, t('rooms.export.file_stats', { year: periodFileLabel(p) }), sheets as never);
      },
    );
  },
};
