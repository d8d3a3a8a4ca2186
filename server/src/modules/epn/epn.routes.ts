import { z } from 'zod';
import { typed, type RelaisModule } from '../../platform/module';
import type { Role } from '../../platform/auth/roles';
import { idParam } from '../../platform/http/schemas';
import { addMessages } from '../../platform/i18n/messages';
import { CSV_TYPE, toCsv, toXlsx, XLSX_TYPE } from '../../platform/tabular-export';
import { createEpnService, type EpnService } from './epn.service';
import {
  checkInBody,
  checkOutBody,
  exportQuery,
  helpKindBody,
  helpKindPatch,
  openingHoursBody,
  pastVisitBody,
  seatBody,
  visitPatch,
  visitsQuery,
  workstationBody,
  workstationPatch,
  yearParam,
} from './epn.schemas';
import { loadEpnDemo } from './epn.demo';
import { registerEpnReport } from './epn.report';
import { registerEpnGdpr } from './epn.gdpr';

declare module '../../platform/module' {
  interface Services {
    epn: EpnService;
  }
}

/** The desk of the space: the IT trainer who runs it, and reception who fill in. */
export const EPN_DESK = ['admin', 'trainer', 'reception'] as const satisfies readonly Role[];
/** Who configures the room (PCs, kinds of help, hours). */
export const EPN_CONFIG = ['admin', 'trainer'] as const satisfies readonly Role[];
/** Who reads the space's statistics. */
export const EPN_STATS = ['admin', 'director', 'trainer', 'reception'] as const satisfies readonly Role[];

/** How often the scheduler looks for visits left open after closing time. */
const CLOSING_CHECK_MS = 60_000;

addMessages({
  fr: {
    'what.epn_visit': 'visite EPN',
    'what.epn_workstation': 'poste EPN',
    'what.epn_help_kind': "type d'aide",
    'error.time_invalid': "L'heure doit être au format HH:MM.",
    'error.epn_visitor_required': 'Indiquez une personne, ou le sexe et la tranche d’âge d’un visiteur anonyme (pas les deux).',
    'error.epn_help_kind_unknown': "Type d'aide inconnu.",
    'error.epn_workstation_taken': 'Ce poste est déjà occupé.',
    'error.epn_workstation_out_of_order': 'Ce poste est hors service.',
    'error.epn_person_already_in': "Cette personne est déjà dans l'espace ou dans la file d'attente.",
    'error.epn_visit_not_waiting': "Cette personne n'est pas dans la file d'attente.",
    'error.epn_visit_not_open': 'Cette visite est déjà terminée.',
    'error.epn_no_free_workstation': 'Aucun poste libre.',
    'error.epn_hours_overlap': 'Deux plages horaires du même jour se chevauchent.',
    'error.epn_visit_in_future': 'Une visite passée ne peut pas finir dans le futur.',
  },
  nl: {
    'what.epn_visit': 'OCR-bezoek',
    'what.epn_workstation': 'OCR-werkpost',
    'what.epn_help_kind': 'soort hulp',
    'error.time_invalid': 'Het uur moet de vorm UU:MM hebben.',
    'error.epn_visitor_required': 'Geef een persoon op, of het geslacht en de leeftijdsklasse van een anonieme bezoeker (niet allebei).',
    'error.epn_help_kind_unknown': 'Onbekende soort hulp.',
    'error.epn_workstation_taken': 'Deze werkpost is al bezet.',
    'error.epn_workstation_out_of_order': 'Deze werkpost is buiten gebruik.',
    'error.epn_person_already_in': 'Deze persoon is al in de ruimte of in de wachtrij.',
    'error.epn_visit_not_waiting': 'Deze persoon staat niet in de wachtrij.',
    'error.epn_visit_not_open': 'Dit bezoek is al afgelopen.',
    'error.epn_no_free_workstation': 'Geen vrije werkpost.',
    'error.epn_hours_overlap': 'Twee tijdvakken van dezelfde dag overlappen.',
    'error.epn_visit_in_future': 'Een voorbij bezoek kan niet in de toekomst eindigen.',
  },
  en: {
    'what.epn_visit': 'digital space visit',
    'what.epn_workstation': 'workstation',
    'what.epn_help_kind': 'kind of help',
    'error.time_invalid': 'The time must be written HH:MM.',
    'error.epn_visitor_required': 'Give a person, or the sex and age bracket of an anonymous visitor (not both).',
    'error.epn_help_kind_unknown': 'Unknown kind of help.',
    'error.epn_workstation_taken': 'This workstation is already in use.',
    'error.epn_workstation_out_of_order': 'This workstation is out of order.',
    'error.epn_person_already_in': 'This person is already in the room or on the waiting list.',
    'error.epn_visit_not_waiting': 'This person is not on the waiting list.',
    'error.epn_visit_not_open': 'This visit has already ended.',
    'error.epn_no_free_workstation': 'No workstation is free.',
    'error.epn_hours_overlap': 'Two opening periods of the same day overlap.',
    'error.epn_visit_in_future': 'A past visit cannot end in the future.',
  },
});

export const epnModule: RelaisModule = {
  name: 'epn',
  demo: loadEpnDemo,
  async register(app, ctx) {
    const service = createEpnService({ db: ctx.db, clock: ctx.clock, audit: ctx.audit, people: ctx.services.people });
    ctx.services.epn = service;
    registerEpnReport(ctx, service);
    ctx.registry.timelineSource((personId) => service.timeline(personId));
    ctx.registry.erasureHook((tx, personId) => service.erase(tx, personId));
    registerEpnGdpr(ctx);
    ctx.reach.register({ key: 'epn', labelKey: 'reach.epn', unit: 'participations', lines: (year) => service.reachLines(year) });

    // Visits left open at closing time are closed by a small scheduler (and again, lazily, when the board is read).
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      service
        .closeAtClosingTime()
        .then((res) => res.closed + res.left > 0 && app.log.info(res, 'epn: visits closed at closing time'))
        .catch((err) => app.log.error({ err }, 'epn: closing-time check failed'))
        .finally(() => (running = false));
    }, CLOSING_CHECK_MS);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));

    const r = typed(app);
    const tags = ['epn'];
    const all = z.strictObject({ all: z.enum(['true', 'false']).optional() });

    r.get('/api/epn/board', { config: { access: EPN_DESK }, schema: { tags } }, async () => service.board());

    r.get('/api/epn/workstations', { config: { access: EPN_DESK }, schema: { tags, querystring: all } }, async (request) => ({
      items: await service.listWorkstations(request.query.all === 'true'),
    }));
    r.post('/api/epn/workstations', { config: { access: EPN_CONFIG }, schema: { tags, body: workstationBody } }, async (request, reply) =>
      reply.code(201).send(await service.createWorkstation(request.actor, request.body)),
    );
    r.patch('/api/epn/workstations/:id', { config: { access: EPN_CONFIG }, schema: { tags, params: idParam, body: workstationPatch } }, async (request) =>
      service.updateWorkstation(request.actor, request.params.id, request.body),
    );

    r.get('/api/epn/help-kinds', { config: { access: EPN_DESK }, schema: { tags, querystring: all } }, async (request) => ({
      items: await service.listHelpKinds(request.query.all === 'true'),
    }));
    r.post('/api/epn/help-kinds', { config: { access: EPN_CONFIG }, schema: { tags, body: helpKindBody } }, async (request, reply) =>
      reply.code(201).send(await service.createHelpKind(request.actor, request.body)),
    );
    r.patch('/api/epn/help-kinds/:id', { config: { access: EPN_CONFIG }, schema: { tags, params: idParam, body: helpKindPatch } }, async (request) =>
      service.updateHelpKind(request.actor, request.params.id, request.body),
    );

    r.get('/api/epn/opening-hours', { config: { access: EPN_DESK }, schema: { tags } }, async () => ({ periods: await service.openingHours() }));
    r.put('/api/epn/opening-hours', { config: { access: EPN_CONFIG }, schema: { tags, body: openingHoursBody } }, async (request) => ({
      periods: await service.setOpeningHours(request.actor, request.body.periods),
    }));

    r.get('/api/epn/visits', { config: { access: EPN_DESK }, schema: { tags, querystring: visitsQuery } }, async (request) => service.listVisits(request.query));
    r.get('/api/epn/visits/:id', { config: { access: EPN_DESK }, schema: { tags, params: idParam } }, async (request) => service.getVisit(request.params.id));
    r.post('/api/epn/visits', { config: { access: EPN_DESK }, schema: { tags, body: checkInBody } }, async (request, reply) =>
      reply.code(201).send(await service.checkIn(request.actor, request.body)),
    );
    r.post('/api/epn/visits/past', { config: { access: EPN_DESK }, schema: { tags, body: pastVisitBody } }, async (request, reply) =>
      reply.code(201).send(await service.recordPastVisit(request.actor, request.body)),
    );
    r.post('/api/epn/visits/:id/seat', { config: { access: EPN_DESK }, schema: { tags, params: idParam, body: seatBody } }, async (request) =>
      service.seat(request.actor, request.params.id, request.body),
    );
    r.post('/api/epn/visits/:id/check-out', { config: { access: EPN_DESK }, schema: { tags, params: idParam, body: checkOutBody } }, async (request) =>
      service.checkOut(request.actor, request.params.id, request.body),
    );
    r.patch('/api/epn/visits/:id', { config: { access: EPN_DESK }, schema: { tags, params: idParam, body: visitPatch } }, async (request) =>
      service.updateVisit(request.actor, request.params.id, request.body),
    );

    r.get('/api/epn/stats/:year', { config: { access: EPN_STATS }, schema: { tags, params: yearParam } }, async (request) => service.compareYears(request.params.year));
    r.get('/api/epn/stats/:year/export', { config: { access: EPN_STATS }, schema: { tags, params: yearParam, querystring: exportQuery } }, async (request, reply) => {
      const tables = await service.exportTables(request.params.year);
      const { format } = request.query;
      const body = format === 'csv' ? toCsv(tables) : await toXlsx(tables);
      return reply
        .header('content-disposition', `attachment; filename="epn-${request.params.year}.${format}"`)
        .type(format === 'csv' ? CSV_TYPE : XLSX_TYPE)
        .send(body);
    });
  },
};
