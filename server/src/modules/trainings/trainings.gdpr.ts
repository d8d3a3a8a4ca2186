import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import { addMessages, translate } from '../../platform/i18n/messages';
import { trainingAttendance, trainingParticipants, trainingProgrammes, trainingRequests, trainingSessionDays, trainingSessions } from './trainings.table';

addMessages({
  fr: {
    'trainings.gdpr.requests': 'Demandes d’inscription (site web)',
    'trainings.gdpr.reference': 'Référence',
    'trainings.gdpr.requested': 'Envoyée le',
    'trainings.gdpr.decided': 'Décidée le',
    'trainings.gdpr.waiting_list': 'Pour la liste d’attente',
    'trainings.gdpr.request.pending': 'En attente',
    'trainings.gdpr.request.accepted': 'Acceptée',
    'trainings.gdpr.request.declined': 'Refusée',
    'trainings.gdpr.title': 'Inscriptions aux formations',
    'trainings.gdpr.attendance': 'Présences aux formations',
    'trainings.gdpr.programme': 'Formation',
    'trainings.gdpr.session': 'Session',
    'trainings.gdpr.status': 'Inscription',
    'trainings.gdpr.enrolled': 'Inscrit·e le',
    'trainings.gdpr.waiting_since': 'Sur la liste d’attente depuis',
    'trainings.gdpr.withdrawn': 'Désisté·e le',
    'trainings.gdpr.withdraw_reason': 'Raison du désistement',
    'trainings.gdpr.outcome': 'Suite',
    'trainings.gdpr.outcome_date': 'Date de la suite',
    'trainings.gdpr.outcome_note': 'Remarque sur la suite',
    'trainings.gdpr.day': 'Jour',
    'trainings.gdpr.present': 'Présent·e',
    'trainings.gdpr.status.enrolled': 'Inscrit·e',
    'trainings.gdpr.status.waiting': 'Liste d’attente',
    'trainings.gdpr.status.withdrawn': 'Désisté·e',
    'trainings.gdpr.outcome.unknown': 'Inconnue',
    'trainings.gdpr.outcome.entered_training': 'A commencé une autre formation',
    'trainings.gdpr.outcome.found_job': 'A trouvé un emploi',
    'trainings.gdpr.outcome.still_looking': 'Toujours en recherche',
    'audit.action.training.enrol': 'Inscription à une formation',
    'audit.action.training.wait': 'Inscription sur la liste d’attente d’une formation',
  },
  nl: {
    'trainings.gdpr.requests': 'Inschrijvingsaanvragen (website)',
    'trainings.gdpr.reference': 'Referentie',
    'trainings.gdpr.requested': 'Verstuurd op',
    'trainings.gdpr.decided': 'Beslist op',
    'trainings.gdpr.waiting_list': 'Voor de wachtlijst',
    'trainings.gdpr.request.pending': 'Wachtend',
    'trainings.gdpr.request.accepted': 'Aanvaard',
    'trainings.gdpr.request.declined': 'Geweigerd',
    'trainings.gdpr.title': 'Inschrijvingen voor opleidingen',
    'trainings.gdpr.attendance': 'Aanwezigheden in opleidingen',
    'trainings.gdpr.programme': 'Opleiding',
    'trainings.gdpr.session': 'Sessie',
    'trainings.gdpr.status': 'Inschrijving',
    'trainings.gdpr.enrolled': 'Ingeschreven op',
    'trainings.gdpr.waiting_since': 'Op de wachtlijst sinds',
    'trainings.gdpr.withdrawn': 'Afgehaakt op',
    'trainings.gdpr.withdraw_reason': 'Reden van afhaken',
    'trainings.gdpr.outcome': 'Vervolg',
    'trainings.gdpr.outcome_date': 'Datum van het vervolg',
    'trainings.gdpr.outcome_note': 'Opmerking over het vervolg',
    'trainings.gdpr.day': 'Dag',
    'trainings.gdpr.present': 'Aanwezig',
    'trainings.gdpr.status.enrolled': 'Ingeschreven',
    'trainings.gdpr.status.waiting': 'Wachtlijst',
    'trainings.gdpr.status.withdrawn': 'Afgehaakt',
    'trainings.gdpr.outcome.unknown': 'Onbekend',
    'trainings.gdpr.outcome.entered_training': 'Begon een andere opleiding',
    'trainings.gdpr.outcome.found_job': 'Vond werk',
    'trainings.gdpr.outcome.still_looking': 'Nog op zoek',
    'audit.action.training.enrol': 'Ingeschreven voor een opleiding',
    'audit.action.training.wait': 'Op de wachtlijst van een opleiding gezet',
  },
  en: {
    'trainings.gdpr.requests': 'Registration requests (website)',
    'trainings.gdpr.reference': 'Reference',
    'trainings.gdpr.requested': 'Sent on',
    'trainings.gdpr.decided': 'Decided on',
    'trainings.gdpr.waiting_list': 'For the waiting list',
    'trainings.gdpr.request.pending': 'Pending',
    'trainings.gdpr.request.accepted': 'Accepted',
    'trainings.gdpr.request.declined': 'Declined',
    'trainings.gdpr.title': 'Training enrolments',
    'trainings.gdpr.attendance': 'Training attendance',
    'trainings.gdpr.programme': 'Training',
    'trainings.gdpr.session': 'Session',
    'trainings.gdpr.status': 'Enrolment',
    'trainings.gdpr.enrolled': 'Enrolled on',
    'trainings.gdpr.waiting_since': 'On the waiting list since',
    'trainings.gdpr.withdrawn': 'Withdrew on',
    'trainings.gdpr.withdraw_reason': 'Reason for withdrawing',
    'trainings.gdpr.outcome': 'Outcome',
    'trainings.gdpr.outcome_date': 'Date of the outcome',
    'trainings.gdpr.outcome_note': 'Note on the outcome',
    'trainings.gdpr.day': 'Day',
    'trainings.gdpr.present': 'Present',
    'trainings.gdpr.status.enrolled': 'Enrolled',
    'trainings.gdpr.status.waiting': 'Waiting list',
    'trainings.gdpr.status.withdrawn': 'Withdrew',
    'trainings.gdpr.outcome.unknown': 'Unknown',
    'trainings.gdpr.outcome.entered_training': 'Started another training',
    'trainings.gdpr.outcome.found_job': 'Found a job',
    'trainings.gdpr.outcome.still_looking': 'Still looking',
    'audit.action.training.enrol': 'Enrolled in a training',
    'audit.action.training.wait': 'Put on the waiting list of a training',
  },
});

/**
 * The trainings' part of a person's own data (GDPR access): enrolments, attendance and outcomes, and the requests for
 * a place sent from the website once accepted for this person (a pending request is not linked to anyone yet; a
 * decided one keeps no contact details, and every request is deleted 30 days after its session, trainings.requests.ts).
 */
export function registerTrainingsGdpr(ctx: ModuleContext) {
  ctx.registry.gdprPart({
    key: 'trainings',
    tables: ['training_participants', 'training_attendance', 'training_requests'],
    async collect({ personId, locale }) {
      const T = (k: string) => translate(locale, `trainings.gdpr.${k}`);
      const iso = (d: Date | null) => (d ? d.toISOString() : null);
      const rows = await ctx.db
        .select({ p: trainingParticipants, programme: trainingProgrammes.name, title: trainingSessions.title })
        .from(trainingParticipants)
        .innerJoin(trainingSessions, eq(trainingSessions.id, trainingParticipants.sessionId))
        .innerJoin(trainingProgrammes, eq(trainingProgrammes.id, trainingSessions.programmeId))
        .where(eq(trainingParticipants.personId, personId))
        .orderBy(asc(trainingParticipants.enrolledAt), asc(trainingParticipants.id));
      const ids = rows.map((r) => r.p.id);
      const attendance = ids.length
        ? await ctx.db
            .select({ participantId: trainingAttendance.participantId, present: trainingAttendance.present, day: trainingSessionDays.day })
            .from(trainingAttendance)
            .innerJoin(trainingSessionDays, and(eq(trainingSessionDays.id, trainingAttendance.sessionDayId), eq(trainingSessionDays.sessionId, trainingAttendance.sessionId)))
            .where(inArray(trainingAttendance.participantId, ids))
            .orderBy(asc(trainingSessionDays.day))
        : [];
      const requests = await ctx.db
        .select({ r: trainingRequests, programme: trainingProgrammes.name, title: trainingSessions.title })
        .from(trainingRequests)
        .innerJoin(trainingSessions, eq(trainingSessions.id, trainingRequests.sessionId))
        .innerJoin(trainingProgrammes, eq(trainingProgrammes.id, trainingSessions.programmeId))
        .where(eq(trainingRequests.personId, personId))
        .orderBy(asc(trainingRequests.createdAt), asc(trainingRequests.id));
      const nameOf = new Map(rows.map((r) => [r.p.id, r.title ? `${r.programme} — ${r.title}` : r.programme]));
      return [
        {
          key: 'training_participants',
          title: T('title'),
          columns: ['programme', 'status', 'enrolled', 'waiting_since', 'withdrawn', 'withdraw_reason', 'outcome', 'outcome_date', 'outcome_note'].map((key) => ({ key, label: T(key) })),
          rows: rows.map(({ p }) => ({
            programme: nameOf.get(p.id) ?? null,
            status: T(`status.${p.status}`),
            enrolled: iso(p.enrolledAt),
            waiting_since: iso(p.waitingSince),
            withdrawn: iso(p.withdrawnAt),
            withdraw_reason: p.withdrawReason,
            outcome: T(`outcome.${p.outcome}`),
            outcome_date: p.outcomeDate,
            outcome_note: p.outcomeNote,
          })),
        },
        {
          key: 'training_attendance',
          title: T('attendance'),
          columns: ['programme', 'day', 'present'].map((key) => ({ key, label: T(key) })),
          rows: attendance.map((a) => ({ programme: nameOf.get(a.participantId) ?? null, day: a.day, present: a.present })),
        },
        {
          key: 'training_requests',
          title: T('requests'),
          columns: ['programme', 'reference', 'status', 'requested', 'decided', 'waiting_list'].map((key) => ({ key, label: T(key) })),
          rows: requests.map(({ r, programme, title }) => ({
            programme: title ? `${programme} — ${title}` : programme,
            reference: r.reference,
            status: T(`request.${r.status}`),
            requested: iso(r.createdAt),
            decided: iso(r.decidedAt),
            waiting_list: r.waitingList,
          })),
        },
      ];
    },
  });
}
