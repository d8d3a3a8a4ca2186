import { addMessages } from '../../platform/i18n/messages';
import { registerConstraintMessage } from '../../platform/db/constraints';

// What the database's rules mean to the user (platform/db/constraints.ts).
registerConstraintMessage('projects_name_unique', 'error.name_taken');

/** Labels of the annual report's own parts (the modules' sections carry their own labels). */
addMessages({
  fr: {
    'report.people_reached': 'Nombre de personnes touchées',
    'report.figure': 'Indicateur',
    'report.value': '{{year}}',
    'report.label': 'Libellé',
  },
  nl: {
    'report.people_reached': 'Aantal bereikte personen',
    'report.figure': 'Indicator',
    'report.value': '{{year}}',
    'report.label': 'Omschrijving',
  },
  en: {
    'report.people_reached': 'Number of people reached',
    'report.figure': 'Figure',
    'report.value': '{{year}}',
    'report.label': 'Label',
  },
});
