import { typed, type RelaisModule } from '../../platform/module';
import { idParam } from '../../platform/http/schemas';
import { addMessages, translate } from '../../platform/i18n/messages';
import { registerConstraintMessage } from '../../platform/db/constraints';
import { download } from '../../platform/http/contract';
import { sendTables } from '../../platform/tabular-export';
import { createEpnService, type EpnService } from './epn.service';
import { epnPermissions as can } from './epn.permissions';
import {
  allQuery,
  boardAnswer,
  checkInBody,
  checkOutBody,
  exportQuery,
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


/** How often the scheduler looks for visits left open after closing time. */
const CLOSING_CHECK_MS = 60_000;

// What the database's rules mean to the user (platform/db/constraints.ts).
registerConstraintMessage('epn_workstations_name_unique', 'error.name_taken');
registerConstraintMessage('epn_help_kinds_label_unique', 'error.name_taken');
registerConstraintMessage('epn_help_kinds_code_unique', 'error.name_taken');
registerConstraintMessage('epn_visits_one_open_per_workstation', 'error.epn_workstation_taken');
registerConstraintMessage('epn_visits_one_current_per_person', 'error.epn_person_already_in');

addMessages({
  fr: {
    'what.epn_visit': 'visite EPN',
    'what.epn_workstation': 'poste EPN',
    'what.epn_help_kind': "type d'aide",
    'error.time_invalid': "L'heure doit être au format HH:MM.",
    'error.epn_visitor_required': 'Indiquez une personne, ou le sexe et la tranche d’âge d’un visiteur anonyme, même « non précisé » (pas les deux).',
    'error.epn_help_kind_unknown': "Type d'aide inconnu.",
    'error.epn_workstation_taken': 'Ce poste est déjà occupé.',
    'error.epn_workstation_out_of_order': 'Ce poste est hors service.',
    'error.epn_person_already_in': "Cette personne est déjà dans l'espace ou dans la file d'attente.",
    'error.epn_visit_not_waiting': "Cette personne n'est pas dans la file d'attente.",
    'error.epn_visit_not_open': 'Cette visite est déjà terminée.',
    'error.epn_no_free_workstation': 'Aucun poste libre.',
    'error.epn_hours_overlap': 'Deux plages horaires du même jour se chevauchent.',
    'error.epn_visit_in_future': 'Une visite passée ne peut pas finir dans le futur.',
    'epn.export.file': 'epn-{{year}}',
    'epn.export.sheet_year': 'EPN {{year}}',
    'epn.export.indicator': 'Indicateur',
    'epn.export.visits_total': 'Fréquentation (visites)',
    'epn.export.distinct_people': 'Personnes identifiées distinctes',
    'epn.export.anonymous_visits': 'Visites anonymes',
    'epn.export.coaching': 'Coaching individuel',
    'epn.export.auto_closed': 'Visites clôturées automatiquement',
    'epn.export.sheet_months': 'Par mois',
    'epn.export.month': 'Mois',
    'epn.export.sheet_sex': 'Par sexe',
    'epn.export.sex': 'Sexe',
    'epn.export.sex_F': 'Femmes',
    'epn.export.sex_M': 'Hommes',
    'epn.export.sex_X': 'X',
    'epn.export.sex_unknown': 'Non précisé',
    'epn.export.sheet_age': "Tranches d'âge",
    'epn.export.age_bracket': "Tranche d'âge",
    'epn.export.sheet_help': "Types d'aide",
    'epn.export.help_kind': "Type d'aide",
    'epn.export.visits': 'Visites',
  },
  nl: {
    'what.epn_visit': 'OCR-bezoek',
    'what.epn_workstation': 'OCR-werkpost',
    'what.epn_help_kind': 'soort hulp',
    'error.time_invalid': 'Het uur moet de vorm UU:MM hebben.',
    'error.epn_visitor_required': 'Geef een persoon op, of het geslacht en de leeftijdsklasse van een anonieme bezoeker, ook al is het „niet opgegeven” (niet allebei).',
    'error.epn_help_kind_unknown': 'Onbekende soort hulp.',
    'error.epn_workstation_taken': 'Deze werkpost is al bezet.',
    'error.epn_workstation_out_of_order': 'Deze werkpost is buiten gebruik.',
    'error.epn_person_already_in': 'Deze persoon is al in de ruimte of in de wachtrij.',
    'error.epn_visit_not_waiting': 'Deze persoon staat niet in de wachtrij.',
    'error.epn_visit_not_open': 'Dit bezoek is al afgelopen.',
    'error.epn_no_free_workstation': 'Geen vrije werkpost.',
    'error.epn_hours_overlap': 'Twee tijdvakken van dezelfde dag overlappen.',
    'error.epn_visit_in_future': 'Een voorbij bezoek kan niet in de toekomst eindigen.',
    'epn.export.file': 'ocr-{{year}}',
    'epn.export.sheet_year': 'OCR {{year}}',
    'epn.export.indicator': 'Indicator',
    'epn.export.visits_total': 'Bezoeken',
    'epn.export.distinct_people': 'Verschillende geïdentificeerde personen',
    'epn.export.anonymous_visits': 'Anonieme bezoeken',
    'epn.export.coaching': 'Individuele coaching',
    'epn.export.auto_closed': 'Automatisch afgesloten bezoeken',
    'epn.export.sheet_months': 'Per maand',
    'epn.export.month': 'Maand',
    'epn.export.sheet_sex': 'Per geslacht',
    'epn.export.sex': 'Geslacht',
    'epn.export.sex_F': 'Vrouwen',
    'epn.export.sex_M': 'Mannen',
    'epn.export.sex_X': 'X',
    'epn.export.sex_unknown': 'Niet opgegeven',
    'epn.export.sheet_age': 'Leeftijdsklassen',
    'epn.export.age_bracket': 'Leeftijdsklasse',
    'epn.export.sheet_help': 'Soorten hulp',
    'epn.export.help_kind': 'Soort hulp',
    'epn.export.visits': 'Bezoeken',
  },
  en: {
    'what.epn_visit': 'digital space visit',
    'what.epn_workstation': 'workstation',
    'what.epn_help_kind': 'kind of help',
    'error.time_invalid': 'The time must be written HH:MM.',
    'error.epn_visitor_required': 'Give a person, or the sex and age bracket of an anonymous visitor, even "not given" (not both).',
    'error.epn_help_kind_unknown': 'Unknown kind of help.',
    'error.epn_workstation_taken': 'This workstation is already in use.',
    'error.epn_workstation_out_of_order': 'This workstation is out of order.',
    'error.epn_person_already_in': 'This person is already in the room or on the waiting list.',
    'error.epn_visit_not_waiting': 'This person is not on the waiting list.',
    'error.epn_visit_not_open': 'This visit has already ended.',
    'error.epn_no_free_workstation': 'No workstation is free.',
    'error.epn_hours_overlap': 'Two opening periods of the same day overlap.',
    'error.epn_visit_in_future': 'A past visit cannot end in the future.',
    'epn.export.file': 'digital-space-{{year}}',
    'epn.export.sheet_year': 'Digital space {{year}}',
    'epn.export.indicator': 'Indicator',
    'epn.export.visits_total': 'Attendance (visits)',
    'epn.export.distinct_people': 'Distinct identified people',
    'epn.export.anonymous_visits': 'Anonymous visits',
    'epn.export.coaching': 'Individual coaching',
    'epn.export.auto_closed': 'Visits closed automatically',
    'epn.export.sheet_months': 'By month',
    'epn.export.month': 'Month',
    'epn.export.sheet_sex': 'By sex',
    'epn.export.sex': 'Sex',
    'epn.export.sex_F': 'Women',
    'epn.export.sex_M': 'Men',
    'epn.export.sex_X': 'X',
    'epn.export.sex_unknown': 'Not given',
    'epn.export.sheet_age': 'Age brackets',
    'epn.export.age_bracket': 'Age bracket',
    'epn.export.sheet_help': 'Kinds of help',
    'epn.export.help_kind': 'Kind of help',
    'epn.export.visits': 'Visits',
  },
});

export const epnModule: RelaisModule = {
  name: 'epn',
  demo: loadEpnDemo,
  async register(app, ctx) {
    const service = createEpnService(ctx);
    ctx.services.epn = service;
    registerEpnReport(ctx, service);
    ctx.registry.timelineSource((personId) => service.timeline(personId));
    ctx.registry.erasureHook((tx, personId) => service.erase(tx, personId));
    registerEpnGdpr(ctx);
    ctx.reach.register({ key: 'epn', labelKey: 'reach.epn', unit: 'participations', peopleAccess: can.stats, lines: (year) => service.reachLines(year) });

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
      '/api/epn/stats/:year',
      { config: { access: can.stats }, schema: { tags, summary: 'A year of the space, with the year before.', params: yearParam, response: { 200: statsAnswer } } },
      async (request) => service.compareYears(request.params.year),
    );
    r.get(
      '/api/epn/stats/:year/export',
      {
        config: { access: can.stats },
        schema: { tags, summary: "A year's statistics as a spreadsheet (xlsx), or as csv: a zip of one csv per table.", params: yearParam, querystring: exportQuery, response: { 200: download('xlsx', 'zip') } },
      },
      async (request, reply) => {
        const { year } = request.params;
        const tables = await service.exportTables(year, request.locale);
        return sendTables(reply, request.query.format, translate(request.locale, 'epn.export.file', { year }), tables);
      },
    );
  },
};
