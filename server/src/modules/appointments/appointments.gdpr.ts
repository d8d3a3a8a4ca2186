import { asc, eq } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import { addMessages, translate } from '../../platform/i18n/messages';
import { appointmentDesks, appointments } from './appointments.table';

addMessages({
  fr: {
    'appointments.gdpr.title': 'Rendez-vous',
    'appointments.gdpr.desk': 'Permanence',
    'appointments.gdpr.starts': 'Début',
    'appointments.gdpr.ends': 'Fin',
    'appointments.gdpr.status': 'État',
    'appointments.gdpr.purpose': 'Objet',
    'appointments.gdpr.notes': 'Remarques',
    'appointments.gdpr.cancel_reason': 'Raison de l’annulation',
    'appointments.gdpr.reminder': 'Rappel envoyé le',
    'appointments.gdpr.status.booked': 'Prévu',
    'appointments.gdpr.status.attended': 'Venu·e',
    'appointments.gdpr.status.no_show': 'Absent·e',
    'appointments.gdpr.status.cancelled': 'Annulé',
    'audit.action.appointment.book': 'Rendez-vous pris',
    'audit.action.appointment.cancel': 'Rendez-vous annulé',
    'audit.action.appointment.reschedule': 'Rendez-vous déplacé',
    'audit.action.appointment.update': 'Rendez-vous modifié',
    'audit.action.appointment.attended': 'Venue au rendez-vous notée',
    'audit.action.appointment.no_show': 'Absence au rendez-vous notée',
    'audit.action.appointment.outcome_undo': 'Issue du rendez-vous annulée',
    'audit.action.appointment.reminder_sent': 'Rappel de rendez-vous envoyé',
    'audit.action.appointment.reminder_queued': 'Rappel de rendez-vous mis dans les messages à envoyer',
    'audit.action.appointment.reminder_failed': 'Rappel de rendez-vous non envoyé',
    'audit.action.person.appointments_read': 'Rendez-vous consultés',
  },
  nl: {
    'appointments.gdpr.title': 'Afspraken',
    'appointments.gdpr.desk': 'Permanentie',
    'appointments.gdpr.starts': 'Begin',
    'appointments.gdpr.ends': 'Einde',
    'appointments.gdpr.status': 'Toestand',
    'appointments.gdpr.purpose': 'Onderwerp',
    'appointments.gdpr.notes': 'Opmerkingen',
    'appointments.gdpr.cancel_reason': 'Reden van de annulering',
    'appointments.gdpr.reminder': 'Herinnering verstuurd op',
    'appointments.gdpr.status.booked': 'Gepland',
    'appointments.gdpr.status.attended': 'Gekomen',
    'appointments.gdpr.status.no_show': 'Afwezig',
    'appointments.gdpr.status.cancelled': 'Geannuleerd',
    'audit.action.appointment.book': 'Afspraak gemaakt',
    'audit.action.appointment.cancel': 'Afspraak geannuleerd',
    'audit.action.appointment.reschedule': 'Afspraak verplaatst',
    'audit.action.appointment.update': 'Afspraak gewijzigd',
    'audit.action.appointment.attended': 'Aanwezigheid op de afspraak genoteerd',
    'audit.action.appointment.no_show': 'Afwezigheid op de afspraak genoteerd',
    'audit.action.appointment.outcome_undo': 'Afloop van de afspraak ongedaan gemaakt',
    'audit.action.appointment.reminder_sent': 'Herinnering aan de afspraak verstuurd',
    'audit.action.appointment.reminder_queued': 'Herinnering aan de afspraak klaargezet bij de te versturen berichten',
    'audit.action.appointment.reminder_failed': 'Herinnering aan de afspraak niet verstuurd',
    'audit.action.person.appointments_read': 'Afspraken ingekeken',
  },
  en: {
    'appointments.gdpr.title': 'Appointments',
    'appointments.gdpr.desk': 'Desk',
    'appointments.gdpr.starts': 'Start',
    'appointments.gdpr.ends': 'End',
    'appointments.gdpr.status': 'State',
    'appointments.gdpr.purpose': 'Purpose',
    'appointments.gdpr.notes': 'Notes',
    'appointments.gdpr.cancel_reason': 'Reason for cancelling',
    'appointments.gdpr.reminder': 'Reminder sent on',
    'appointments.gdpr.status.booked': 'Booked',
    'appointments.gdpr.status.attended': 'Attended',
    'appointments.gdpr.status.no_show': 'Did not come',
    'appointments.gdpr.status.cancelled': 'Cancelled',
    'audit.action.appointment.book': 'Appointment booked',
    'audit.action.appointment.cancel': 'Appointment cancelled',
    'audit.action.appointment.reschedule': 'Appointment moved',
    'audit.action.appointment.update': 'Appointment changed',
    'audit.action.appointment.attended': 'Attendance at the appointment noted',
    'audit.action.appointment.no_show': 'Absence from the appointment noted',
    'audit.action.appointment.outcome_undo': 'Outcome of the appointment undone',
    'audit.action.appointment.reminder_sent': 'Appointment reminder sent',
    'audit.action.appointment.reminder_queued': 'Appointment reminder queued in the messages to send',
    'audit.action.appointment.reminder_failed': 'Appointment reminder not sent',
    'audit.action.person.appointments_read': 'Appointments read',
  },
});

/** The appointments' part of a person's own data (GDPR access): every appointment with its purpose and notes. */
export function registerAppointmentsGdpr(ctx: ModuleContext) {
  ctx.registry.gdprPart({
    key: 'appointments',
    tables: ['appointments'],
    async collect({ personId, locale }) {
      const T = (k: string) => translate(locale, `appointments.gdpr.${k}`);
      const iso = (d: Date | null) => (d ? d.toISOString() : null);
      const rows = await ctx.db
        .select({ a: appointments, desk: appointmentDesks.name })
        .from(appointments)
        .innerJoin(appointmentDesks, eq(appointmentDesks.id, appointments.deskId))
        .where(eq(appointments.personId, personId))
        .orderBy(asc(appointments.startsAt), asc(appointments.id));
      return [
        {
          key: 'appointments',
          title: T('title'),
          columns: ['desk', 'starts', 'ends', 'status', 'purpose', 'notes', 'cancel_reason', 'reminder'].map((key) => ({ key, label: T(key) })),
          rows: rows.map(({ a, desk }) => ({
            desk,
            starts: iso(a.startsAt),
            ends: iso(a.endsAt),
            status: T(`status.${a.status}`),
            purpose: a.purpose,
            notes: a.notes,
            cancel_reason: a.cancelReason,
            reminder: iso(a.reminderSentAt),
          })),
        },
      ];
    },
  });
}
