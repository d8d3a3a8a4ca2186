import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import { typed, type RelaisModule } from '../../platform/module';
import { idParam, isoDate } from '../../platform/http/schemas';
import { sendExport, type ExportColumn } from '../../platform/http/export';
import { monthName } from '../../platform/brussels-time';
import { translate } from '../../platform/i18n/messages';
import { createRoomsService, ROOM_MANAGERS, ROOM_STATS_READERS, type Caller, type RoomsService, type StatementLine } from './rooms.service';
import {
  bookingBody,
  bookingPatch,
  calendarQuery,
  closureBody,
  decisionBody,
  freeQuery,
  listQuery,
  moveBody,
  organisationSettingsBody,
  publicDayQuery,
  publicRequestBody,
  roomBody,
  roomPatch,
  seriesBody,
  statementQuery,
  statsQuery,
} from './rooms.schemas';
import { loadRoomsDemo } from './rooms.demo';
import './rooms.messages';
import { registerRoomsReport } from './rooms.report';

declare module '../../platform/module' {
  interface Services {
    rooms: RoomsService;
  }
}

const caller = (request: FastifyRequest): Caller => ({ ...request.actor, roles: request.user!.roles });
const euros = (cents: number) => Math.round(cents) / 100;

export const roomsModule: RelaisModule = {
  name: 'rooms',
  demo: loadRoomsDemo,
  async register(app, ctx) {
    const service = createRoomsService({ ...ctx, log: app.log });
    ctx.services.rooms = service;
    registerRoomsReport(ctx, service);
    const r = typed(app);
    const tags = ['rooms'];
    const pub = ['rooms-public'];

    // ---------- public ----------
    r.get('/api/public/rooms', { config: { access: 'public' }, schema: { tags: pub } }, async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return { items: await service.publicRooms() };
    });
    r.get('/api/public/rooms/occupation', { config: { access: 'public' }, schema: { tags: pub, querystring: publicDayQuery } }, async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return service.occupation(request.query.date);
    });
    r.get('/api/public/rooms/screen', { config: { access: 'public' }, schema: { tags: pub } }, async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=30');
      return service.screen();
    });
    r.get('/api/public/rooms/calendar.ics', { config: { access: 'public' }, schema: { tags: pub } }, async (_req, reply) =>
      reply.header('cache-control', 'public, max-age=900').type('text/calendar; charset=utf-8').header('content-disposition', 'inline; filename="salles.ics"').send(await service.icsFeed()),
    );
    r.get('/api/public/rooms/:id/calendar.ics', { config: { access: 'public' }, schema: { tags: pub, params: idParam } }, async (request, reply) =>
      reply
        .header('cache-control', 'public, max-age=900')
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `inline; filename="salle-${request.params.id}.ics"`)
        .send(await service.icsFeed(request.params.id)),
    );
    r.get(
      '/api/public/rooms/:id/free-slots',
      { config: { access: 'public' }, schema: { tags: pub, params: idParam, querystring: z.strictObject({ date: isoDate }) } },
      async (request, reply) => {
        reply.header('cache-control', 'public, max-age=30');
        return service.freeSlots(request.params.id, request.query.date);
      },
    );
    r.post('/api/public/rooms/requests', { config: { access: 'public' }, schema: { tags: pub, body: publicRequestBody } }, async (request, reply) =>
      reply.code(202).header('cache-control', 'no-store').send(await service.submitPublicRequest(request.ip, request.body)),
    );
    r.get(
      '/api/public/rooms/requests/:reference',
      { config: { access: 'public' }, schema: { tags: pub, params: z.strictObject({ reference: z.string().regex(/^SAL-[A-Z0-9]{4}-[A-Z0-9]{4}$/) }) } },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        return service.publicRequestStatus(request.params.reference);
      },
    );

    // ---------- rooms and closures ----------
    r.get('/api/rooms', { config: { access: 'staff' }, schema: { tags, querystring: z.strictObject({ all: z.enum(['true', 'false']).optional() }) } }, async (request) => ({
      items: await service.listRooms(request.query.all === 'true'),
    }));
    r.post('/api/rooms', { config: { access: ROOM_MANAGERS }, schema: { tags, body: roomBody } }, async (request, reply) =>
      reply.code(201).send(await service.createRoom(request.actor, request.body)),
    );
    r.get('/api/rooms/free', { config: { access: 'staff' }, schema: { tags, querystring: freeQuery } }, async (request) => ({ items: await service.findFree(request.query) }));
    r.get('/api/rooms/calendar', { config: { access: 'staff' }, schema: { tags, querystring: calendarQuery } }, async (request) => service.calendar(request.query));
    r.get('/api/rooms/closures', { config: { access: 'staff' }, schema: { tags, querystring: z.strictObject({ roomId: z.coerce.number().int().positive().optional() }) } }, async (request) => ({
      items: await service.listClosures(request.query.roomId),
    }));
    r.delete('/api/rooms/closures/:id', { config: { access: ROOM_MANAGERS }, schema: { tags, params: idParam } }, async (request, reply) => {
      await service.removeClosure(request.actor, request.params.id);
      return reply.code(204).send();
    });
    r.get('/api/rooms/:id', { config: { access: 'staff' }, schema: { tags, params: idParam } }, async (request) => service.getRoom(request.params.id));
    r.patch('/api/rooms/:id', { config: { access: ROOM_MANAGERS }, schema: { tags, params: idParam, body: roomPatch } }, async (request) =>
      service.updateRoom(request.actor, request.params.id, request.body),
    );
    r.post('/api/rooms/:id/closures', { config: { access: ROOM_MANAGERS }, schema: { tags, params: idParam, body: closureBody } }, async (request, reply) =>
      reply.code(201).send(await service.addClosure(request.actor, request.params.id, request.body)),
    );

    // ---------- bookings ----------
    r.get('/api/rooms/bookings', { config: { access: 'staff' }, schema: { tags, querystring: listQuery } }, async (request) => service.listBookings(request.query));
    r.post('/api/rooms/bookings', { config: { access: 'staff' }, schema: { tags, body: bookingBody } }, async (request, reply) =>
      reply.code(201).send(await service.createBooking(caller(request), request.body)),
    );
    r.get('/api/rooms/bookings/:id', { config: { access: 'staff' }, schema: { tags, params: idParam } }, async (request) => service.getBooking(request.params.id));
    r.patch('/api/rooms/bookings/:id', { config: { access: 'staff' }, schema: { tags, params: idParam, body: bookingPatch } }, async (request) =>
      service.updateBooking(caller(request), request.params.id, request.body),
    );
    r.post('/api/rooms/bookings/:id/move', { config: { access: 'staff' }, schema: { tags, params: idParam, body: moveBody } }, async (request) =>
      service.moveBooking(caller(request), request.params.id, request.body),
    );
    r.post('/api/rooms/bookings/:id/confirm', { config: { access: ROOM_MANAGERS }, schema: { tags, params: idParam, body: decisionBody } }, async (request) =>
      service.confirm(caller(request), request.params.id, request.body.message),
    );
    r.post('/api/rooms/bookings/:id/refuse', { config: { access: ROOM_MANAGERS }, schema: { tags, params: idParam, body: decisionBody } }, async (request) =>
      service.refuse(caller(request), request.params.id, request.body.message),
    );
    r.post('/api/rooms/bookings/:id/cancel', { config: { access: 'staff' }, schema: { tags, params: idParam, body: decisionBody } }, async (request) =>
      service.cancel(caller(request), request.params.id, request.body.message),
    );

    // ---------- series ----------
    r.post('/api/rooms/series', { config: { access: 'staff' }, schema: { tags, body: seriesBody } }, async (request, reply) =>
      reply.code(201).send(await service.createSeries(caller(request), request.body)),
    );
    r.get('/api/rooms/series/:id', { config: { access: 'staff' }, schema: { tags, params: idParam } }, async (request) => service.getSeries(request.params.id));
    r.post('/api/rooms/series/:id/confirm', { config: { access: ROOM_MANAGERS }, schema: { tags, params: idParam, body: decisionBody } }, async (request) =>
      service.confirmSeries(caller(request), request.params.id, request.body.message),
    );
    r.post('/api/rooms/series/:id/cancel', { config: { access: 'staff' }, schema: { tags, params: idParam, body: z.strictObject({ from: isoDate.optional() }) } }, async (request) =>
      service.cancelSeries(caller(request), request.params.id, request.body.from),
    );

    // ---------- organisations, money, statistics ----------
    r.get('/api/rooms/organisations', { config: { access: ROOM_MANAGERS }, schema: { tags } }, async () => ({ items: await service.organisationSettings() }));
    r.put('/api/rooms/organisations/:id', { config: { access: ROOM_MANAGERS }, schema: { tags, params: idParam, body: organisationSettingsBody } }, async (request) =>
      service.setOrganisationSettings(request.actor, request.params.id, request.body),
    );

    r.get('/api/rooms/statements', { config: { access: ROOM_STATS_READERS }, schema: { tags, querystring: statementQuery } }, async (request, reply) => {
      const { format, ...q } = request.query;
      const st = await service.statement(q);
      if (format === 'json') return st;
      const t = (key: string, params?: Record<string, unknown>) => translate(request.locale, key, params);
      const columns: ExportColumn<StatementLine>[] = [
        { header: t('rooms.export.organisation'), value: (l) => l.organisation, kind: 'text', width: 30 },
        { header: t('rooms.export.room'), value: (l) => l.room, kind: 'text', width: 18 },
        { header: t('rooms.export.date'), value: (l) => l.startsAt, kind: 'date' },
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
    });

    r.get('/api/rooms/stats', { config: { access: ROOM_STATS_READERS }, schema: { tags, querystring: statsQuery } }, async (request, reply) => {
      const s = await service.statsForYear(request.query.year);
      if (request.query.format === 'json') return s;
      const L = request.locale;
      const t = (key: string, params?: Record<string, unknown>) => translate(L, key, params);
      type M = (typeof s.byMonth)[number];
      type O = (typeof s.byOrganisation)[number];
      type R = (typeof s.byRoom)[number];
      const months: ExportColumn<M>[] = [
        { header: t('rooms.export.month'), value: (m) => monthName(m.month, L), kind: 'text' },
        { header: t('rooms.export.bookings', { year: s.year }), value: (m) => m.bookings, kind: 'count' },
        { header: t('rooms.export.hours'), value: (m) => m.hours, kind: 'hours' },
        { header: t('rooms.export.bookings', { year: s.year - 1 }), value: (m) => m.previousYearBookings, kind: 'count' },
      ];
      const orgs: ExportColumn<O>[] = [
        { header: t('rooms.export.organisation'), value: (o) => o.name, kind: 'text', width: 32 },
        { header: t('rooms.export.bookings', { year: s.year }), value: (o) => o.bookings, kind: 'count' },
        { header: t('rooms.export.hours'), value: (o) => o.hours, kind: 'hours' },
        { header: t('rooms.export.amount'), value: (o) => euros(o.amountCents), kind: 'currency' },
        { header: t('rooms.export.bookings', { year: s.year - 1 }), value: (o) => o.previousYearBookings, kind: 'count' },
      ];
      const roomsCols: ExportColumn<R>[] = [
        { header: t('rooms.export.room'), value: (x) => x.name, kind: 'text', width: 20 },
        { header: t('rooms.export.bookings', { year: s.year }), value: (x) => x.bookings, kind: 'count' },
        { header: t('rooms.export.booked_hours'), value: (x) => x.hours, kind: 'hours' },
        { header: t('rooms.export.opening_hours'), value: (x) => x.openingHours, kind: 'hours' },
        { header: t('rooms.export.occupancy'), value: (x) => x.occupancyRate, kind: 'percent' },
        { header: t('rooms.export.bookings', { year: s.year - 1 }), value: (x) => x.previousYearBookings, kind: 'count' },
      ];
      const sheets = [
        { name: t('rooms.export.sheet_rooms'), columns: roomsCols, rows: s.byRoom },
        { name: t('rooms.export.sheet_months'), columns: months, rows: s.byMonth },
        { name: t('rooms.export.sheet_organisations'), columns: orgs, rows: s.byOrganisation },
      ];
      return sendExport(reply, request.query.format, t('rooms.export.file_stats', { year: s.year }), sheets as never);
    });
  },
};
