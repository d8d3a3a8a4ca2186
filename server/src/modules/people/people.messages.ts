import { addMessages } from '../../platform/i18n/messages';

/** Server messages of the people registry (the older ones are in the platform catalog). */
addMessages({
  fr: {
    'error.person_merge_conflict': 'Ces deux fiches ne peuvent pas être fusionnées : {{reason}} Réglez-le sur l’une des fiches, puis fusionnez.',
  },
  nl: {
    'error.person_merge_conflict': 'Deze twee fiches kunnen niet worden samengevoegd: {{reason}} Los het op in een van de fiches en voeg ze dan samen.',
  },
  en: {
    'error.person_merge_conflict': 'These two records cannot be merged: {{reason}} Resolve it on one of the records, then merge.',
  },
});
