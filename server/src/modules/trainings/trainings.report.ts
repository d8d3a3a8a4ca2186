import type { ModuleContext } from '../../platform/module';
import { addMessages, translate } from '../../platform/i18n/messages';
import { figure } from '../../platform/stats';
import type { TrainingsService } from './trainings.service';

addMessages({
  fr: {
    'trainings.export.file': 'formations-{{year}}',
    'trainings.export.sheet_year': 'Formations {{year}}',
    'trainings.export.sheet_programmes': 'Par programme',
    'trainings.export.sheet_organisations': 'Par organisation',
    'trainings.export.year': 'Année',
    'trainings.export.programme': 'Programme',
    'trainings.export.organisation': 'Organisation',
    'trainings.export.professionals': 'Professionnels (hors registre)',
    'trainings.export.evaluation_forms': 'Formulaires d’évaluation',
    'trainings.export.positive_outcomes': 'Sorties positives',
    'report.trainings': 'Formations',
    'report.programmes': 'Programmes',
    'report.sessions_held': 'Sessions organisées',
    'report.sessions_cancelled': 'Sessions annulées',
    'report.participations': 'Participations',
    'report.attendance_rate': 'Taux de présence',
    'report.outcome_rate': 'Taux de sorties positives (emploi ou formation)',
    'report.evaluation_average': 'Satisfaction moyenne (sur 5)',
    'report.training_participants': 'Participants par programme',
  },
  nl: {
    'trainings.export.file': 'opleidingen-{{year}}',
    'trainings.export.sheet_year': 'Opleidingen {{year}}',
    'trainings.export.sheet_programmes': 'Per programma',
    'trainings.export.sheet_organisations': 'Per organisatie',
    'trainings.export.year': 'Jaar',
    'trainings.export.programme': 'Programma',
    'trainings.export.organisation': 'Organisatie',
    'trainings.export.professionals': 'Professionals (buiten het register)',
    'trainings.export.evaluation_forms': 'Evaluatieformulieren',
    'trainings.export.positive_outcomes': 'Positieve uitstroom',
    'report.trainings': 'Opleidingen',
    'report.programmes': 'Programma’s',
    'report.sessions_held': 'Georganiseerde sessies',
    'report.sessions_cancelled': 'Geannuleerde sessies',
    'report.participations': 'Deelnames',
    'report.attendance_rate': 'Aanwezigheidsgraad',
    'report.outcome_rate': 'Positieve uitstroom (werk of opleiding)',
    'report.evaluation_average': 'Gemiddelde tevredenheid (op 5)',
    'report.training_participants': 'Deelnemers per programma',
  },
  en: {
    'trainings.export.file': 'trainings-{{year}}',
    'trainings.export.sheet_year': 'Trainings {{year}}',
    'trainings.export.sheet_programmes': 'Per programme',
    'trainings.export.sheet_organisations': 'Per organisation',
    'trainings.export.year': 'Year',
    'trainings.export.programme': 'Programme',
    'trainings.export.organisation': 'Organisation',
    'trainings.export.professionals': 'Professionals (outside the registry)',
    'trainings.export.evaluation_forms': 'Evaluation forms',
    'trainings.export.positive_outcomes': 'Positive outcomes',
    'report.trainings': 'Trainings',
    'report.programmes': 'Programmes',
    'report.sessions_held': 'Sessions held',
    'report.sessions_cancelled': 'Sessions cancelled',
    'report.participations': 'Participations',
    'report.attendance_rate': 'Attendance rate',
    'report.outcome_rate': 'Positive outcomes (job or training)',
    'report.evaluation_average': 'Average satisfaction (out of 5)',
    'report.training_participants': 'Participants per programme',
  },
});


/** The trainings' section of the annual report: programmes, sessions, participations, rates, satisfaction. */
export function registerTrainingsReport(ctx: ModuleContext, service: TrainingsService) {
  ctx.registry.reportSection({
    key: 'trainings',
    order: 40,
    async build({ year, locale, memo }) {
      const [tr, prev] = await Promise.all([
        service.statsForYear(year, memo),
        service.statsForYear(year - 1, memo),
      ]);
      const t = (key: string) => translate(locale, key);
      return {
        key: 'trainings',
        title: t('report.trainings'),
        figures: [
          { key: 'programmes', label: t('report.programmes'), ...figure(tr.programmes, prev.programmes) },
          { key: 'sessions_held', label: t('report.sessions_held'), ...figure(tr.sessionsHeld, prev.sessionsHeld) },
          { key: 'sessions_cancelled', label: t('report.sessions_cancelled'), ...figure(tr.sessionsCancelled, prev.sessionsCancelled) },
          { key: 'participations', label: t('report.participations'), ...figure(tr.participations, prev.participations) },
          { key: 'distinct_people', label: t('report.distinct_people'), ...figure(tr.distinctPeople, prev.distinctPeople) },
          { key: 'attendance_rate', label: t('report.attendance_rate'), ...figure(tr.attendanceRate, prev.attendanceRate, 'percent') },
          { key: 'outcome_rate', label: t('report.outcome_rate'), ...figure(tr.outcomes.rate, prev.outcomes.rate, 'percent') },
          { key: 'evaluation_average', label: t('report.evaluation_average'), ...figure(tr.evaluationAverage, prev.evaluationAverage, 'decimal') },
        ],
        charts: [
          {
            key: 'training_participants',
            title: t('report.training_participants'),
            kind: 'bar',
            data: tr.perProgramme.map((p) => ({ key: String(p.id), label: p.name, value: p.participations, previous: prev.perProgramme.find((x) => x.id === p.id)?.participations ?? null })),
          },
        ],
      };
    },
  });
}
