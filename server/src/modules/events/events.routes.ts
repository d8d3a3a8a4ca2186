import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { typed, type RelaisModule } from '../../platform/module';
import { download, noContent } from '../../platform/http/contract';
import { sendExport, type ExportColumn } from '../../platform/http/export';
import { addMessages, translate } from '../../platform/i18n/messages';
import { createEventsService, type Caller, type EventsService } from './events.service';
import {
  deskRegistrationAnswer,
  deskRegistrationBody,
  doorAnswer,
  doorBody,
  doorUndoAnswer,
  doorUndoBody,
  eventBody,
  eventItemParam,
  eventList,
  eventParam,
  eventPatch,
  eventRegistrationParam,
  eventSchema,
  itemBody,
  itemPatch,
  linkBody,
  listQuery,
  liveAnswer,
  publicEventList,
  publicEventSchema,
  publicRegistrationAnswer,
  publicRegistrationBody,
  registrationList,
  registrationSchema,
  registrationsQuery,
  scanAnswer,
  scanBody,
  secretParam,
  staffChoices,
  statsAnswer,
  statsExportQuery,
  statsQuery,
  ticketSchema,
} from './events.schemas';
import { eventsPermissions as can } from './events.permissions';
import { eventsMessages } from './events.messages';
import { registerEventsReport } from './events.report';
import { registerEventsGdpr } from './events.gdpr';
import { loadEventsDemo } from './events.demo';

declare module '../../platform/module' {
  interface Services {
    events: EventsService;
  }
}

addMessages(eventsMessages);

const caller = (request: FastifyRequest): Caller => ({ ...request.actor, roles: request.user!.roles });
const duplicatesAnswer = z.object({ items: deskRegistrationAnswer.shape.duplicates });

export const eventsModule: RelaisModule = {
  name: 'events',
  demo: loadEventsDemo,
  async register(app, ctx) {
    const service = createEventsService(ctx);
    ctx.services.events = service;
    registerEventsReport(ctx, service);
    registerEventsGdpr(ctx);
    ctx.registry.timelineSource((personId, viewer) => service.timeline(personId, viewer));
    ctx.registry.erasureHook((tx, personId) => service.erase(tx, personId));
    ctx.reach.register({ key: 'events', labelKey: 'reach.events_identified', unit: 'distinct_people', peopleAccess: can.read, lines: (year) => service.reachLines(year) });
    const configuredBase = () => (ctx.config.PUBLIC_URL ?? `http://localhost:${ctx.config.PORT}`).replace(/\/$/, '');
    const base = (request: FastifyRequest) => (ctx.config.PUBLIC_URL ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');
    ctx.jobs.register({ name: 'events.expire_offers', schedule: { everyMinutes: 5 }, run: async () => void (await service.expireOffers(configuredBase())) });

    const r = typed(app);
    const tags = ['events'];
    const pub = ['events-public'];

    // ---------- events ----------
    r.get(
      '/api/events',
      { config: { access: can.read }, schema: { tags, summary: 'Lists events, latest first, by period, kind or status.', querystring: listQuery, response: { 200: eventList } } },
      async (request) => service.list(request.query),
    );
    r.post(
      '/api/events',
      { config: { access: can.manage }, schema: { tags, summary: 'Creates an event (its room booked through the rooms module).', body: eventBody, response: { 201: eventSchema } } },
      async (request, reply) => reply.code(201).send(await service.create(caller(request), request.body)),
    );
    r.get(
      '/api/events/staff',
      { config: { access: can.manage }, schema: { tags, summary: 'The active Centrale staff an event can be put in the charge of (id and display name only).', response: { 200: staffChoices } } },
      async () => ({ items: await service.staffChoices() }),
    );
    r.get(
      '/api/events/:id',
      { config: { access: can.read }, schema: { tags, summary: 'One event with its programme and places.', params: eventParam, response: { 200: eventSchema } } },
      async (request) => service.get(request.params.id),
    );
    r.patch(
      '/api/events/:id',
      { config: { access: can.manage }, schema: { tags, summary: 'Changes an event (its room booking follows).', params: eventParam, body: eventPatch, response: { 200: eventSchema } } },
      async (request) => service.update(caller(request), request.params.id, request.body),
    );
    r.post(
      '/api/events/:id/items',
      { config: { access: can.manage }, schema: { tags, summary: 'Adds a talk or workshop to the programme.', params: eventParam, body: itemBody, response: { 201: eventSchema } } },
      async (request, reply) => reply.code(201).send(await service.addItem(caller(request), request.params.id, request.body)),
    );
    r.patch(
      '/api/events/:id/items/:itemId',
      {
        config: { access: can.manage },
        schema: { tags, summary: 'Changes a talk or workshop of the programme (times, speakers, room, capacity, texts).', params: eventItemParam, body: itemPatch, response: { 200: eventSchema } },
      },
      async (request) => service.updateItem(caller(request), request.params.id, request.params.itemId, request.body),
    );
    r.delete(
      '/api/events/:id/items/:itemId',
      { config: { access: can.manage }, schema: { tags, summary: 'Removes an item from the programme.', params: eventItemParam, response: { 204: noContent } } },
      async (request, reply) => {
        await service.deleteItem(caller(request), request.params.id, request.params.itemId);
        return reply.code(204).send();
      },
    );

    // ---------- registrations (staff) ----------
    r.get(
      '/api/events/:id/registrations',
      { config: { access: can.checkin }, schema: { tags, summary: 'The registrations of an event, found by name or e-mail.', params: eventParam, querystring: registrationsQuery, response: { 200: registrationList } } },
      async (request) => service.listRegistrations(request.params.id, request.query),
    );
    r.post(
      '/api/events/:id/registrations',
      {
        config: { access: can.checkin },
        schema: { tags, summary: 'Registers somebody at the desk (a person of the registry or names), checked in at once if asked.', params: eventParam, body: deskRegistrationBody, response: { 201: deskRegistrationAnswer } },
      },
      async (request, reply) => {
        const { checkInAt, ...input } = request.body;
        const done = await service.registerAtDesk(request.actor, request.params.id, input, base(request));
        const scan =
          checkInAt && done.row.status === 'registered'
            ? await service.scan(request.actor, request.params.id, { nonce: `desk-${done.row.secret}`, desk: checkInAt, registrationId: done.row.id })
            : null;
        const registration = scan ? await service.getRegistration(request.params.id, done.row.id) : done.registration;
        return reply.code(201).send({ registration, duplicates: done.duplicates, scan });
      },
    );
    r.get(
      '/api/events/:id/registrations/:registrationId/matches',
      { config: { access: can.checkin }, schema: { tags, summary: 'People of the registry who may be this registrant (the duplicate check).', params: eventRegistrationParam, response: { 200: duplicatesAnswer } } },
      async (request) => ({ items: await service.matches(request.params.id, request.params.registrationId) }),
    );
    r.put(
      '/api/events/:id/registrations/:registrationId/person',
      { config: { access: can.checkin }, schema: { tags, summary: 'Links a registration to a person of the registry, or unlinks it.', params: eventRegistrationParam, body: linkBody, response: { 200: registrationSchema } } },
      async (request) => service.link(request.actor, request.params.id, request.params.registrationId, request.body.personId),
    );
    r.post(
      '/api/events/:id/registrations/:registrationId/cancel',
      { config: { access: can.checkin }, schema: { tags, summary: 'Cancels a registration; a freed place is offered to the waiting list.', params: eventRegistrationParam, response: { 200: registrationSchema } } },
      async (request) => service.cancelByStaff(request.actor, request.params.id, request.params.registrationId, base(request)),
    );

    // ---------- the door ----------
    r.post(
      '/api/events/:id/scans',
      {
        config: { access: can.checkin },
        schema: {
          tags,
          summary: 'Checks a ticket in at a desk (by QR code or by name); the same nonce gets the same answer, a second check-in is refused.',
          params: eventParam,
          body: scanBody,
          response: { 200: scanAnswer },
        },
      },
      async (request) => service.scan(request.actor, request.params.id, request.body),
    );
    r.post(
      '/api/events/:id/door',
      { config: { access: can.checkin }, schema: { tags, summary: 'Counts one walk-in (or exit) at a door device; the same nonce counts once.', params: eventParam, body: doorBody, response: { 201: doorAnswer } } },
      async (request, reply) => reply.code(201).send(await service.tap(request.actor, request.params.id, request.body)),
    );
    r.post(
      '/api/events/:id/door/undo',
      { config: { access: can.checkin }, schema: { tags, summary: 'Undoes the last tap of a door device.', params: eventParam, body: doorUndoBody, response: { 200: doorUndoAnswer } } },
      async (request) => service.undo(request.actor, request.params.id, request.body.device),
    );
    r.get(
      '/api/events/:id/live',
      { config: { access: can.checkin }, schema: { tags, summary: 'Live figures of an event: registered, checked in, walk-ins, inside now, per desk and per hour.', params: eventParam, response: { 200: liveAnswer } } },
      async (request) => service.live(request.params.id),
    );

    // ---------- statistics ----------
    r.get(
      '/api/events/stats',
      { config: { access: can.stats }, schema: { tags, summary: 'Events over a period: registrations, attendance, door counts, distinct people.', querystring: statsQuery, response: { 200: statsAnswer } } },
      async (request) => service.stats(request.query),
    );
    r.get(
      '/api/events/stats/export',
      {
        config: { access: can.stats },
        schema: { tags, summary: 'The events statistics as a spreadsheet (xlsx), or as csv: a zip of one csv per table.', querystring: statsExportQuery, response: { 200: download('xlsx', 'zip') } },
      },
      async (request, reply) => {
        const { format, ...q } = request.query;
        const s = await service.stats(q);
        const L = request.locale;
        const T = (k: string) => translate(L, `events.export.${k}`);
        type E = (typeof s.perEvent)[number];
        type K = (typeof s.byKind)[number];
        const kindLabel = (k: string) => translate(L, `events.kind.${k}`);
        const perEvent: ExportColumn<E>[] = [
          { header: T('date'), value: (e) => e.date, kind: 'date' },
          { header: T('event'), value: (e) => e.title, width: 45 },
          { header: T('kind'), value: (e) => e.kind, kind: 'code', label: kindLabel },
          { header: T('registrations'), value: (e) => e.registrations, kind: 'count' },
          { header: T('checkins'), value: (e) => e.checkIns, kind: 'count' },
          { header: T('walkins'), value: (e) => e.walkIns, kind: 'count' },
          { header: T('distinct'), value: (e) => e.distinctPeople, kind: 'count' },
        ];
        const perKind: ExportColumn<K>[] = [
          { header: T('kind'), value: (k) => k.kind, kind: 'code', label: kindLabel, width: 30 },
          { header: T('events'), value: (k) => k.events, kind: 'count' },
          { header: T('registrations'), value: (k) => k.registrations, kind: 'count' },
          { header: T('checkins'), value: (k) => k.checkIns, kind: 'count' },
          { header: T('walkins'), value: (k) => k.walkIns, kind: 'count' },
        ];
        return sendExport(reply, format, translate(L, 'events.export.file', { from: s.from, to: s.to }), [
          { name: T('sheet_events'), columns: perEvent, rows: s.perEvent },
          { name: T('sheet_kinds'), columns: perKind, rows: s.byKind },
        ] as never);
      },
    );

    // ---------- public ----------
    r.get(
      '/api/public/events',
      { config: { access: 'public' }, schema: { tags: pub, summary: 'Published events still to come.', response: { 200: publicEventList } } },
      async (_request, reply) => reply.header('cache-control', 'public, max-age=60').send(await service.publicList()),
    );
    r.get(
      '/api/public/events/:id',
      { config: { access: 'public' }, schema: { tags: pub, summary: 'A published event with its registration form (questions, programme, places left).', params: eventParam, response: { 200: publicEventSchema } } },
      async (request) => service.publicGet(request.params.id),
    );
    r.post(
      '/api/public/events/:id/registrations',
      {
        config: { access: 'public' },
        schema: {
          tags: pub,
          summary: 'Registers for an event without an account (a limit per address); the ticket is sent by message, or a place on the waiting list.',
          params: eventParam,
          body: publicRegistrationBody,
          response: { 201: publicRegistrationAnswer },
        },
      },
      async (request, reply) => reply.code(201).header('cache-control', 'no-store').send(await service.registerPublic(request.ip, request.params.id, request.body, base(request))),
    );
    r.get(
      '/api/public/events/tickets/:secret',
      { config: { access: 'public' }, schema: { tags: pub, summary: 'A ticket as its holder sees it.', params: secretParam, response: { 200: ticketSchema } } },
      async (request, reply) => reply.header('cache-control', 'no-store').send(await service.ticket(request.params.secret)),
    );
    r.get(
      '/api/public/events/tickets/:secret/qr.png',
      { config: { access: 'public' }, schema: { tags: pub, summary: 'The QR code of a ticket (PNG).', params: secretParam, response: { 200: download('png') } } },
      async (request, reply) => {
        const t = await service.ticket(request.params.secret);
        return reply.type('image/png').header('cache-control', 'private, no-store').send((await service.ticketQr(t.secret)) as never);
      },
    );
    r.post(
      '/api/public/events/tickets/:secret/cancel',
      { config: { access: 'public' }, schema: { tags: pub, summary: 'The holder cancels a registration; the place goes to the waiting list.', params: secretParam, response: { 200: ticketSchema } } },
      async (request) => service.cancelBySecret(request.params.secret, request.ip, base(request)),
    );
    r.post(
      '/api/public/events/tickets/:secret/accept',
      { config: { access: 'public' }, schema: { tags: pub, summary: 'The holder accepts a place offered from the waiting list.', params: secretParam, response: { 200: ticketSchema } } },
      async (request) => service.acceptOffer(request.params.secret, request.ip, base(request)),
    );
  },
};
