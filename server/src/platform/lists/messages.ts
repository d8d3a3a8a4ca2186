import { addMessages } from '../i18n/messages';

/** The lists' own messages (each module adds its "code already taken" and the name of its items). */
addMessages({
  fr: { 'error.code_invalid': 'Le code doit compter 2 à 40 lettres minuscules, chiffres ou _.' },
  nl: { 'error.code_invalid': 'De code moet 2 tot 40 kleine letters, cijfers of _ tellen.' },
  en: { 'error.code_invalid': 'The code must have 2 to 40 lower-case letters, digits or _.' },
});
