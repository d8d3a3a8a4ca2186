/** Server-side messages (errors, e-mails), in the three languages of the UI. */
export const LOCALES = ['fr', 'nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

type Catalog = Record<string, string>;

const fr: Catalog = {
  'error.possible_duplicate': 'Cette personne existe peut-être déjà. Vérifiez les fiches proposées.',
  'what.consent': 'consentement',
  'error.validation': 'Certaines données ne sont pas valides.',
  'error.not_found': 'Introuvable : {{what}}.',
  'error.forbidden': "Votre rôle ne permet pas cette action.",
  'error.no_access_declared': "Cette adresse n'est ouverte à personne.",
  'error.unauthenticated': 'Veuillez vous connecter.',
  'error.internal': "Une erreur inattendue s'est produite. Elle a été enregistrée.",
  'error.malformed_json': "Le corps de la requête n'est pas du JSON valide.",
  'error.body_too_large': 'La requête est trop volumineuse.',
  'error.unsupported_media_type': "Ce type de contenu n'est pas accepté.",
  'error.too_many_requests': 'Trop de tentatives. Réessayez dans {{minutes}} minute(s).',
  'error.route_not_found': "Cette adresse n'existe pas.",
  'error.unknown_field': 'Champ inconnu : {{key}}.',
  'error.date_invalid': "Cette date n'existe pas.",
  'error.date_out_of_range': 'La date doit être comprise entre {{min}} et {{max}}.',
  'error.niss_invalid': "Le numéro NISS n'est pas valide (11 chiffres et chiffre de contrôle).",
  'error.postal_code_invalid': 'Le code postal doit compter 4 chiffres.',
  'error.login_failed': 'Adresse e-mail ou mot de passe incorrect.',
  'error.account_inactive': 'Ce compte est désactivé.',
  'error.password_too_short': 'Le mot de passe doit compter au moins {{min}} caractères.',
  'error.password_wrong': 'Le mot de passe actuel est incorrect.',
  'error.email_taken': 'Un compte existe déjà avec cette adresse e-mail.',
  'error.setup_done': "L'installation est déjà faite.",
  'error.setup_token': "Le code d'installation n'est pas correct (voir le journal du serveur).",
  'error.last_admin': 'Il doit rester au moins un administrateur actif.',
  'error.merge_same': 'On ne peut pas fusionner une fiche avec elle-même.',
  'error.person_merged': 'Cette fiche a été fusionnée dans une autre.',
  'error.person_erased': 'Cette fiche a été effacée (RGPD).',
  'error.name_taken': 'Ce nom existe déjà.',
  'error.in_use': 'Cet élément est encore utilisé.',
  'error.year_invalid': "L'année doit être comprise entre {{min}} et {{max}}.",
  'error.end_before_start': 'La fin doit venir après le début.',
  'what.person': 'personne',
  'what.user': 'utilisateur',
  'what.site': 'site',
  'what.organisation': 'organisation',
};

const nl: Catalog = {
  'error.possible_duplicate': 'Deze persoon bestaat misschien al. Controleer de voorgestelde fiches.',
  'what.consent': 'toestemming',
  'error.validation': 'Sommige gegevens zijn niet geldig.',
  'error.not_found': 'Niet gevonden: {{what}}.',
  'error.forbidden': 'Uw rol laat deze actie niet toe.',
  'error.no_access_declared': 'Dit adres is voor niemand open.',
  'error.unauthenticated': 'Gelieve in te loggen.',
  'error.internal': 'Er is een onverwachte fout opgetreden. Ze werd geregistreerd.',
  'error.malformed_json': 'De inhoud van het verzoek is geen geldige JSON.',
  'error.body_too_large': 'Het verzoek is te groot.',
  'error.unsupported_media_type': 'Dit inhoudstype wordt niet aanvaard.',
  'error.too_many_requests': 'Te veel pogingen. Probeer opnieuw over {{minutes}} minuut/minuten.',
  'error.route_not_found': 'Dit adres bestaat niet.',
  'error.unknown_field': 'Onbekend veld: {{key}}.',
  'error.date_invalid': 'Deze datum bestaat niet.',
  'error.date_out_of_range': 'De datum moet tussen {{min}} en {{max}} liggen.',
  'error.niss_invalid': 'Het rijksregisternummer is niet geldig (11 cijfers en controlegetal).',
  'error.postal_code_invalid': 'De postcode moet 4 cijfers tellen.',
  'error.login_failed': 'E-mailadres of wachtwoord onjuist.',
  'error.account_inactive': 'Deze account is gedeactiveerd.',
  'error.password_too_short': 'Het wachtwoord moet minstens {{min}} tekens tellen.',
  'error.password_wrong': 'Het huidige wachtwoord is onjuist.',
  'error.email_taken': 'Er bestaat al een account met dit e-mailadres.',
  'error.setup_done': 'De installatie is al gebeurd.',
  'error.setup_token': 'De installatiecode is niet juist (zie het serverlogboek).',
  'error.last_admin': 'Er moet minstens één actieve beheerder overblijven.',
  'error.merge_same': 'Een fiche kan niet met zichzelf worden samengevoegd.',
  'error.person_merged': 'Deze fiche werd samengevoegd met een andere.',
  'error.person_erased': 'Deze fiche werd gewist (AVG).',
  'error.name_taken': 'Deze naam bestaat al.',
  'error.in_use': 'Dit element wordt nog gebruikt.',
  'error.year_invalid': 'Het jaar moet tussen {{min}} en {{max}} liggen.',
  'error.end_before_start': 'Het einde moet na het begin komen.',
  'what.person': 'persoon',
  'what.user': 'gebruiker',
  'what.site': 'vestiging',
  'what.organisation': 'organisatie',
};

const en: Catalog = {
  'error.possible_duplicate': 'This person may already exist. Check the records offered.',
  'what.consent': 'consent',
  'error.validation': 'Some of the data is not valid.',
  'error.not_found': 'Not found: {{what}}.',
  'error.forbidden': 'Your role does not allow this action.',
  'error.no_access_declared': 'This address is open to nobody.',
  'error.unauthenticated': 'Please log in.',
  'error.internal': 'An unexpected error occurred. It has been logged.',
  'error.malformed_json': 'The request body is not valid JSON.',
  'error.body_too_large': 'The request is too large.',
  'error.unsupported_media_type': 'This content type is not accepted.',
  'error.too_many_requests': 'Too many attempts. Try again in {{minutes}} minute(s).',
  'error.route_not_found': 'This address does not exist.',
  'error.unknown_field': 'Unknown field: {{key}}.',
  'error.date_invalid': 'This date does not exist.',
  'error.date_out_of_range': 'The date must be between {{min}} and {{max}}.',
  'error.niss_invalid': 'The national register number (NISS) is not valid (11 digits and check digits).',
  'error.postal_code_invalid': 'The postal code must have 4 digits.',
  'error.login_failed': 'Wrong email address or password.',
  'error.account_inactive': 'This account is deactivated.',
  'error.password_too_short': 'The password must have at least {{min}} characters.',
  'error.password_wrong': 'The current password is wrong.',
  'error.email_taken': 'An account with this email address already exists.',
  'error.setup_done': 'Setup has already been done.',
  'error.setup_token': 'The setup code is wrong (see the server log).',
  'error.last_admin': 'At least one active administrator must remain.',
  'error.merge_same': 'A record cannot be merged with itself.',
  'error.person_merged': 'This record was merged into another one.',
  'error.person_erased': 'This record was erased (GDPR).',
  'error.name_taken': 'This name already exists.',
  'error.in_use': 'This item is still in use.',
  'error.year_invalid': 'The year must be between {{min}} and {{max}}.',
  'error.end_before_start': 'The end must come after the start.',
  'what.person': 'person',
  'what.user': 'user',
  'what.site': 'site',
  'what.organisation': 'organisation',
};

const catalogs: Record<Locale, Catalog> = { fr, nl, en };

/** Modules add their own server messages at load time. */
export function addMessages(messages: Record<Locale, Catalog>): void {
  for (const l of LOCALES) Object.assign(catalogs[l], messages[l]);
}

export function hasMessage(key: string): boolean {
  return key in catalogs.en;
}

export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const template = catalogs[locale][key] ?? catalogs.fr[key] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const v = params[name];
    if (typeof v === 'string' && hasMessage(v)) return translate(locale, v);
    return v === undefined ? '' : String(v);
  });
}

/** Picks the first supported language of an Accept-Language header; French by default. */
export function pickLocale(header: string | undefined): Locale {
  if (!header) return 'fr';
  const wanted = header
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.split('=')[1]) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const w of wanted) if ((LOCALES as readonly string[]).includes(w.lang)) return w.lang as Locale;
  return 'fr';
}
