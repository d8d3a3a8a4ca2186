import { typed, type RelaisModule } from '../../platform/module';
import type { SessionUser } from '../../platform/auth/auth.service';
import { download } from '../../platform/http/contract';
import { appointmentsPermissions as can } from './appointments.permissions';
import { idParam } from '../../platform/http/schemas';
import { addMessages, translate } from '../../platform/i18n/messages';
import { sendTables } from '../../platform/tabular-export';
import { periodExportQuery, periodFileLabel, periodQuery, resolvePeriod } from '../../platform/stats';
import { registerConstraintMessage } from '../../platform/db/constraints';
import { brusselsDay, nextDay } from '../../platform/brussels-time';
import { createAppointmentsService, reminderJob, type AppointmentsService } from './appointments.service';
import {
  appointmentSchema,
  bookBody,
  calendarAnswer,
  calendarQuery,
  callListAnswer,
  cardAnswer,
  deskSchema,
  desksAnswer,
  personAppointmentsAnswer,
  remindersAnswer,
  slotsAnswer,
  staffAnswer,
  statsAnswer,
  cancelBody,
  dateQuery,
  deskBody,
  deskListQuery,
  deskPatch,
  notesBody,
  outcomeBody,
  remindersBody,
  rescheduleBody,
  slotsQuery,
} from './appointments.schemas';
import { loadAppointmentsDemo } from './appointments.demo';
import { registerAppointmentsGdpr } from './appointments.gdpr';
import { createAppointmentsImport } from './appointments.import';

declare module '../../platform/module' {
  interface Services {
    appointments: AppointmentsService;
  }
}


// What the database's rules mean to the user (platform/db/constraints.ts).
registerConstraintMessage('appointments_person_no_overlap', 'error.appointments.person_double_booked');
registerConstraintMessage('appointments_staff_no_overlap', 'error.appointments.staff_double_booked');
registerConstraintMessage('appointment_desks_site_name_unique', 'error.name_taken');

addMessages({
  fr: {
    'appointments.export.file': 'rendez-vous-{{year}}',
    'appointments.export.sheet_year': 'Rendez-vous {{year}}',
    'appointments.export.sheet_desks': 'Par guichet',
    'appointments.export.year': 'Année',
    'appointments.export.desk': 'Guichet',
    'appointments.export.booked': 'Rendez-vous pris',
    'appointments.export.attended': 'Honorés',
    'appointments.export.no_shows': 'Manqués',
    'appointments.export.cancelled': 'Annulés',
    'appointments.export.pending': 'À venir ou sans suite',
    'appointments.export.distinct_people': 'Personnes reçues (distinctes)',
    'appointments.export.no_show_rate': 'Taux d’absence',
    'error.appointments.person_double_booked': 'Cette personne a déjà un rendez-vous à ce moment-là.',
    'error.appointments.staff_double_booked': 'Ce membre du personnel a déjà un rendez-vous à ce moment-là.',
    'what.appointment': 'rendez-vous',
    'what.desk': 'permanence',
    'error.time_invalid': "L'heure doit être au format HH:MM.",
    'error.desk_hours_overlap': 'Deux plages horaires du même jour se chevauchent.',
    'error.desk_name_taken': 'Ce site a déjà une permanence nommée « {{name}} ».',
    'error.desk_inactive': 'La permanence « {{desk}} » est désactivée.',
    'error.unknown_desk': 'Permanence inconnue.',
    'error.unknown_site': 'Site inconnu.',
    'error.unknown_person': 'Personne inconnue.',
    'error.unknown_staff': 'Membre du personnel inconnu.',
    'error.staff_inactive': 'Le compte de {{name}} est désactivé.',
    'error.outside_desk_hours': 'Ce rendez-vous tombe en dehors des heures de la permanence « {{desk}} ».',
    'error.staff_busy': '{{staff}} a déjà un rendez-vous le {{date}} de {{from}} à {{to}} : ce créneau n’est plus libre.',
    'error.person_busy': 'Cette personne a déjà un rendez-vous le {{date}} de {{from}} à {{to}}.',
    'error.appointment_not_booked': 'Ce rendez-vous ne peut plus être modifié (statut : {{status}}).',
    'error.appointment_cancelled': 'Ce rendez-vous est annulé.',
    'error.appointment_in_future': "Ce rendez-vous n'a pas encore eu lieu.",
    'appointment.status.booked': 'prévu',
    'appointment.status.attended': 'présent',
    'appointment.status.no_show': 'absent',
    'appointment.status.cancelled': 'annulé',
    'ics.appointment_summary': 'Rendez-vous – {{desk}}',
    'ics.appointment_description': "Rendez-vous avec {{staff}} ({{institution}}). En cas d'empêchement, merci de prévenir.",
    'mail.appointment_reminder.subject': 'Rappel : votre rendez-vous du {{date}} à {{start}}',
    'mail.appointment_reminder.text':
      "Bonjour {{name}},\n\nNous vous rappelons votre rendez-vous le {{date}} de {{start}} à {{end}} avec {{staff}}.\n\nLieu : {{site}}, {{address}} ({{desk}})\n\nEn cas d'empêchement, merci de nous prévenir.\n\n{{institution}}",
  },
  nl: {
    'appointments.export.file': 'afspraken-{{year}}',
    'appointments.export.sheet_year': 'Afspraken {{year}}',
    'appointments.export.sheet_desks': 'Per loket',
    'appointments.export.year': 'Jaar',
    'appointments.export.desk': 'Loket',
    'appointments.export.booked': 'Gemaakte afspraken',
    'appointments.export.attended': 'Nagekomen',
    'appointments.export.no_shows': 'Gemist',
    'appointments.export.cancelled': 'Geannuleerd',
    'appointments.export.pending': 'Nog te komen of zonder gevolg',
    'appointments.export.distinct_people': 'Ontvangen personen (verschillende)',
    'appointments.export.no_show_rate': 'Afwezigheidsgraad',
    'error.appointments.person_double_booked': 'Deze persoon heeft op dat moment al een afspraak.',
    'error.appointments.staff_double_booked': 'Dit personeelslid heeft op dat moment al een afspraak.',
    'what.appointment': 'afspraak',
    'what.desk': 'zitdag',
    'error.time_invalid': 'Het uur moet de vorm UU:MM hebben.',
    'error.desk_hours_overlap': 'Twee tijdvakken op dezelfde dag overlappen.',
    'error.desk_name_taken': 'Deze vestiging heeft al een zitdag met de naam "{{name}}".',
    'error.desk_inactive': 'De zitdag "{{desk}}" is gedeactiveerd.',
    'error.unknown_desk': 'Onbekende zitdag.',
    'error.unknown_site': 'Onbekende vestiging.',
    'error.unknown_person': 'Onbekende persoon.',
    'error.unknown_staff': 'Onbekend personeelslid.',
    'error.staff_inactive': 'De account van {{name}} is gedeactiveerd.',
    'error.outside_desk_hours': 'Deze afspraak valt buiten de uren van de zitdag "{{desk}}".',
    'error.staff_busy': '{{staff}} heeft al een afspraak op {{date}} van {{from}} tot {{to}}: dit tijdslot is niet meer vrij.',
    'error.person_busy': 'Deze persoon heeft al een afspraak op {{date}} van {{from}} tot {{to}}.',
    'error.appointment_not_booked': 'Deze afspraak kan niet meer worden gewijzigd (status: {{status}}).',
    'error.appointment_cancelled': 'Deze afspraak is geannuleerd.',
    'error.appointment_in_future': 'Deze afspraak heeft nog niet plaatsgevonden.',
    'appointment.status.booked': 'gepland',
    'appointment.status.attended': 'aanwezig',
    'appointment.status.no_show': 'afwezig',
    'appointment.status.cancelled': 'geannuleerd',
    'ics.appointment_summary': 'Afspraak – {{desk}}',
    'ics.appointment_description': 'Afspraak met {{staff}} ({{institution}}). Verwittig ons als u niet kunt komen.',
    'mail.appointment_reminder.subject': 'Herinnering: uw afspraak op {{date}} om {{start}}',
    'mail.appointment_reminder.text':
      'Beste {{name}},\n\nWij herinneren u aan uw afspraak op {{date}} van {{start}} tot {{end}} met {{staff}}.\n\nPlaats: {{site}}, {{address}} ({{desk}})\n\nVerwittig ons als u niet kunt komen.\n\n{{institution}}',
  },
  en: {
    'appointments.export.file': 'appointments-{{year}}',
    'appointments.export.sheet_year': 'Appointments {{year}}',
    'appointments.export.sheet_desks': 'Per desk',
    'appointments.export.year': 'Year',
    'appointments.export.desk': 'Desk',
    'appointments.export.booked': 'Booked',
    'appointments.export.attended': 'Attended',
    'appointments.export.no_shows': 'Missed',
    'appointments.export.cancelled': 'Cancelled',
    'appointments.export.pending': 'Still booked',
    'appointments.export.distinct_people': 'People seen (distinct)',
    'appointments.export.no_show_rate': 'No-show rate',
    'error.appointments.person_double_booked': 'This person already has an appointment at that time.',
    'error.appointments.staff_double_booked': 'This staff member already has an appointment at that time.',
    'what.appointment': 'appointment',
    'what.desk': 'desk',
    'error.time_invalid': 'The time must be written HH:MM.',
    'error.desk_hours_overlap': 'Two periods of the same day overlap.',
    'error.desk_name_taken': 'This site already has a desk named "{{name}}".',
    'error.desk_inactive': 'The desk "{{desk}}" is deactivated.',
    'error.unknown_desk': 'Unknown desk.',
    'error.unknown_site': 'Unknown site.',
    'error.unknown_person': 'Unknown person.',
    'error.unknown_staff': 'Unknown staff member.',
    'error.staff_inactive': 'The account of {{name}} is deactivated.',
    'error.outside_desk_hours': 'This appointment falls outside the hours of the desk "{{desk}}".',
    'error.staff_busy': '{{staff}} already has an appointment on {{date}} from {{from}} to {{to}}: this slot is no longer free.',
    'error.person_busy': 'This person already has an appointment on {{date}} from {{from}} to {{to}}.',
    'error.appointment_not_booked': 'This appointment can no longer be changed (status: {{status}}).',
    'error.appointment_cancelled': 'This appointment is cancelled.',
    'error.appointment_in_future': 'This appointment has not taken place yet.',
    'appointment.status.booked': 'booked',
    'appointment.status.attended': 'attended',
    'appointment.status.no_show': 'no-show',
    'appointment.status.cancelled': 'cancelled',
    'ics.appointment_summary': 'Appointment – {{desk}}',
    'ics.appointment_description': 'Appointment with {{staff}} ({{institution}}). If you cannot come, please let us know.',
    'mail.appointment_reminder.subject': 'Reminder: your appointment on {{date}} at {{start}}',
    'mail.appointment_reminder.text':
      'Hello {{name}},\n\nThis is a reminder of your appointment on {{date}} from {{start}} to {{end}} with {{staff}}.\n\nPlace: {{site}}, {{address}} ({{desk}})\n\nIf you cannot come, please let us know.\n\n{{institution}}',
  },
});

export const appointmentsModule: RelaisModule = {
  name: 'appointments',
  demo: loadAppointmentsDemo,
  async register(app, ctx) {
    const service = createAppointmentsService(ctx);
    ctx.services.appointments = service;
    // Appointments from a file or another tool (issue 16), through the imports module's common flow.
    ctx.registry.imports.add(createAppointmentsImport(ctx));
    ctx.registry.timelineSource((personId) => service.timeline(personId));
    ctx.registry.erasureHook((tx, personId) => service.erase(tx, personId));
    // The social desk comes earlier in modules/index.ts: it shows the no-show figures that this module gives it.
    ctx.services.socialdesk.registerNoShowSource((period, memo) =>
      memo ? memo.get(`appointments.period:${period.from}:${period.to}`, () => service.statsForPeriod(period)) : service.statsForPeriod(period),
    );
    registerAppointmentsGdpr(ctx);

    // The day-before e-mail reminders, queued in the outbox during the day (only when a mail server is configured).
    ctx.jobs.register(reminderJob((forDate) => service.sendReminders(forDate)));

    const r = typed(app);
    const tags = ['appointments'];
    const viewer = (request: { user?: SessionUser | null }) => request.user ?? { roles: [] };

    // Desks
    r.get(
      '/api/appointment-desks',
      { config: { access: can.read }, schema: { tags, summary: 'Lists the desks (active ones, or all with all=true), of one site or all.', querystring: deskListQuery, response: { 200: desksAnswer } } },
      async (request) => ({ items: await service.listDesks({ siteId: request.query.siteId, includeInactive: request.query.all === 'true' }) }),
    );
    r.post(
      '/api/appointment-desks',
      { config: { access: can.manage }, schema: { tags, summary: 'Opens a desk: a staff member’s fixed weekly hours at a site, cut into slots.', body: deskBody, response: { 201: deskSchema } } },
      async (request, reply) => reply.code(201).send(await service.createDesk(request.actor, request.body)),
    );
    r.get(
      '/api/appointment-desks/:id',
      { config: { access: can.read }, schema: { tags, summary: 'One desk.', params: idParam, response: { 200: deskSchema } } },
      async (request) => service.getDesk(request.params.id),
    );
    r.patch(
      '/api/appointment-desks/:id',
      { config: { access: can.manage }, schema: { tags, summary: 'Renames a desk, changes its hours, staff member or slot length, or deactivates it.', params: idParam, body: deskPatch, response: { 200: deskSchema } } },
      async (request) => service.updateDesk(request.actor, request.params.id, request.body),
    );
    r.get(
      '/api/appointment-desks/:id/slots',
      { config: { access: can.read }, schema: { tags, summary: 'The slots of a desk on a day, for its staff member or another, and which are free.', params: idParam, querystring: slotsQuery, response: { 200: slotsAnswer } } },
      async (request) => service.slots({ deskId: request.params.id, ...request.query }),
    );

    // Calendars, lists, figures
    r.get(
      '/api/appointments/calendar',
      { config: { access: can.read }, schema: { tags, summary: "A day's or a week's appointments and desk hours, per staff member, site or desk.", querystring: calendarQuery, response: { 200: calendarAnswer } } },
      async (request) => service.calendar(request.query, viewer(request)),
    );
    r.get(
      '/api/appointments/staff',
      { config: { access: can.read }, schema: { tags, summary: 'The active staff members one can book an appointment with.', response: { 200: staffAnswer } } },
      async () => ({ items: await service.staff() }),
    );
    r.get(
      '/api/appointments/to-call',
      { config: { access: can.manage }, schema: { tags, summary: 'The people to phone about their appointment of a day (tomorrow by default): those the e-mail reminder does not reach.', querystring: dateQuery, response: { 200: callListAnswer } } },
      async (request) => service.callList(request.actor, request.query.date, viewer(request)),
    );
    r.post(
      '/api/appointments/reminders',
      { config: { access: can.manage }, schema: { tags, summary: 'Queues in the outbox the e-mail reminders of a day’s appointments (tomorrow by default) not yet queued.', body: remindersBody, response: { 200: remindersAnswer } } },
      async (request) => service.sendReminders(request.body.date ?? nextDay(brusselsDay(ctx.clock.now())), request.actor),
    );
    r.get(
      '/api/appointments/stats',
      { config: { access: can.read }, schema: { tags, summary: 'Appointments of a year (the current year unless asked) or a period: booked, attended, missed, cancelled, per desk, beside the same period a year before.', querystring: periodQuery, response: { 200: statsAnswer } } },
      async (request) => service.stats(resolvePeriod(request.query, ctx.clock)),
    );
    r.get(
      '/api/appointments/stats/export',
      {
        config: { access: can.read },
        schema: { tags, summary: "A period's appointment figures as a spreadsheet (xlsx), or as csv: a zip of one csv per table.", querystring: periodExportQuery, response: { 200: download('xlsx', 'zip') } },
      },
      async (request, reply) => {
        const p = resolvePeriod(request.query, ctx.clock);
        const tables = await service.exportTables(p, request.locale);
        return sendTables(reply, request.query.format, translate(request.locale, 'appointments.export.file', { year: periodFileLabel(p) }), tables);
      },
    );
    r.get(
      '/api/people/:id/appointments',
      {
        config: { access: can.person },
        schema: { tags, summary: "A person's appointments, latest first; a desk whose work is not the caller's shows as a busy slot (its time only).", params: idParam, response: { 200: personAppointmentsAnswer } },
      },
      async (request) => ({ items: await service.listForPerson(request.actor, request.params.id, viewer(request)) }),
    );

    // One appointment
    r.post(
      '/api/appointments',
      { config: { access: can.manage }, schema: { tags, summary: 'Books an appointment of a person at a desk (no double booking of the staff member or of the person).', body: bookBody, response: { 201: appointmentSchema } } },
      async (request, reply) => reply.code(201).send(await service.book(request.actor, request.body, viewer(request))),
    );
    r.get(
      '/api/appointments/:id',
      { config: { access: can.read }, schema: { tags, summary: 'One appointment (what it is about only for the readers of its desk’s module).', params: idParam, response: { 200: appointmentSchema } } },
      async (request) => service.get(request.params.id, viewer(request)),
    );
    r.patch(
      '/api/appointments/:id',
      { config: { access: can.manage }, schema: { tags, summary: 'Changes the purpose or the notes of an appointment.', params: idParam, body: notesBody, response: { 200: appointmentSchema } } },
      async (request) => service.updateNotes(request.actor, request.params.id, request.body, viewer(request)),
    );
    r.post(
      '/api/appointments/:id/reschedule',
      { config: { access: can.manage }, schema: { tags, summary: 'Moves an appointment to another time, desk or staff member.', params: idParam, body: rescheduleBody, response: { 200: appointmentSchema } } },
      async (request) => service.reschedule(request.actor, request.params.id, request.body, viewer(request)),
    );
    r.post(
      '/api/appointments/:id/cancel',
      { config: { access: can.manage }, schema: { tags, summary: 'Cancels an appointment, with a reason or none.', params: idParam, body: cancelBody, response: { 200: appointmentSchema } } },
      async (request) => service.cancel(request.actor, request.params.id, request.body.reason, viewer(request)),
    );
    r.post(
      '/api/appointments/:id/outcome',
      { config: { access: can.manage }, schema: { tags, summary: 'Records that the person came or did not come (or undoes it).', params: idParam, body: outcomeBody, response: { 200: appointmentSchema } } },
      async (request) => service.setOutcome(request.actor, request.params.id, request.body.outcome, viewer(request)),
    );
    r.get(
      '/api/appointments/:id/ics',
      { config: { access: can.read }, schema: { tags, summary: 'The appointment as an iCalendar file, for the person’s calendar.', params: idParam, response: { 200: download('ics') } } },
      async (request, reply) => {
        const ics = await service.ics(request.params.id, viewer(request));
        return reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', `attachment; filename="rendez-vous-${request.params.id}.ics"`)
          .send(ics);
      },
    );
    r.get(
      '/api/appointments/:id/card',
      { config: { access: can.read }, schema: { tags, summary: 'What the printed appointment card shows, in the person’s language.', params: idParam, response: { 200: cardAnswer } } },
      async (request) => service.card(request.params.id, viewer(request)),
    );
  },
};

