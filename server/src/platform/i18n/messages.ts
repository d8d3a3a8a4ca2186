import i18next from 'i18next';

/**
 * Server-side messages (errors, e-mails), in the three languages of the UI, held by i18next.
 * Never a plain object lookup: a key named after an Object.prototype member (`toString`,
 * `constructor`, `__proto__`...) is simply unknown, and plurals follow each language's rules
 * (`key_one`, `key_other`, chosen by the `count` parameter).
 */
export const LOCALES = ['fr', 'nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

type Catalog = Record<string, string>;

const fr: Catalog = {
  'error.url_http_only': 'Indiquez une adresse web complète commençant par http:// ou https://.',
  'error.concurrent_change': "Quelqu'un d'autre a modifié la même chose au même moment. Réessayez.",
  'error.overlap': 'Ce créneau chevauche une réservation existante.',
  'error.password_weak': '{{reason}} {{suggestion}}',
  'error.password_too_weak': 'Ce mot de passe est trop facile à deviner.',
  'error.password_weak_hint': 'Choisissez par exemple quatre mots sans lien entre eux.',
  'error.own_roles': 'Personne ne peut se donner un rôle à soi-même : demandez-le à un autre administrateur.',
  'error.admin_not_social_worker': "Un même compte ne peut pas être à la fois administrateur et assistant social.",
  'error.password_change_required': 'Choisissez un nouveau mot de passe avant de continuer : il a été réinitialisé par un administrateur.',
  'error.cross_site': "Cette demande vient d'un autre site : elle est refusée.",
  'error.bad_url': "Cette adresse n'est pas valide (encodage incorrect).",
  'error.bad_request': "La requête n'est pas valide.",
  'error.uri_too_long': "L'adresse demandée est trop longue.",
  'error.headers_too_large': 'Les en-têtes de la requête sont trop volumineux.',
  'error.request_timeout': 'La requête a pris trop de temps.',
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
  'error.too_many_requests_one': 'Trop de tentatives. Réessayez dans {{count}} minute.',
  'error.too_many_requests_other': 'Trop de tentatives. Réessayez dans {{count}} minutes.',
  'error.route_not_found': "Cette adresse n'existe pas.",
  'error.unknown_field': 'Champ inconnu : {{key}}.',
  'error.date_invalid': "Cette date n'existe pas.",
  'error.date_out_of_range': 'La date doit être comprise entre {{min}} et {{max}}.',
  'error.niss_invalid': "Le numéro NISS n'est pas valide (11 chiffres et chiffre de contrôle).",
  'error.postal_code_invalid': 'Le code postal doit compter 4 chiffres.',
  'error.login_failed': 'Adresse e-mail ou mot de passe incorrect.',
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
  'error.url_http_only': 'Geef een volledig webadres op dat begint met http:// of https://.',
  'error.concurrent_change': 'Iemand anders heeft op hetzelfde moment hetzelfde gewijzigd. Probeer opnieuw.',
  'error.overlap': 'Dit tijdslot overlapt met een bestaande reservering.',
  'error.password_weak': '{{reason}} {{suggestion}}',
  'error.password_too_weak': 'Dit wachtwoord is te makkelijk te raden.',
  'error.password_weak_hint': 'Kies bijvoorbeeld vier woorden die niets met elkaar te maken hebben.',
  'error.own_roles': 'Niemand kan zichzelf een rol geven: vraag het aan een andere beheerder.',
  'error.admin_not_social_worker': 'Eenzelfde account kan niet tegelijk beheerder en maatschappelijk werker zijn.',
  'error.password_change_required': 'Kies eerst een nieuw wachtwoord: het werd door een beheerder opnieuw ingesteld.',
  'error.cross_site': 'Dit verzoek komt van een andere site: het wordt geweigerd.',
  'error.bad_url': 'Dit adres is niet geldig (foute codering).',
  'error.bad_request': 'Het verzoek is niet geldig.',
  'error.uri_too_long': 'Het gevraagde adres is te lang.',
  'error.headers_too_large': 'De headers van het verzoek zijn te groot.',
  'error.request_timeout': 'Het verzoek duurde te lang.',
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
  'error.too_many_requests_one': 'Te veel pogingen. Probeer opnieuw over {{count}} minuut.',
  'error.too_many_requests_other': 'Te veel pogingen. Probeer opnieuw over {{count}} minuten.',
  'error.route_not_found': 'Dit adres bestaat niet.',
  'error.unknown_field': 'Onbekend veld: {{key}}.',
  'error.date_invalid': 'Deze datum bestaat niet.',
  'error.date_out_of_range': 'De datum moet tussen {{min}} en {{max}} liggen.',
  'error.niss_invalid': 'Het rijksregisternummer is niet geldig (11 cijfers en controlegetal).',
  'error.postal_code_invalid': 'De postcode moet 4 cijfers tellen.',
  'error.login_failed': 'E-mailadres of wachtwoord onjuist.',
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
  'error.url_http_only': 'Give a full web address starting with http:// or https://.',
  'error.concurrent_change': 'Someone else changed the same thing at the same moment. Try again.',
  'error.overlap': 'This slot overlaps an existing booking.',
  'error.password_weak': '{{reason}} {{suggestion}}',
  'error.password_too_weak': 'This password is too easy to guess.',
  'error.password_weak_hint': 'Choose, for example, four unrelated words.',
  'error.own_roles': 'Nobody can give themselves a role: ask another administrator.',
  'error.admin_not_social_worker': 'One account cannot be both administrator and social worker.',
  'error.password_change_required': 'Choose a new password before you go on: an administrator reset it.',
  'error.cross_site': 'This request comes from another site: it is refused.',
  'error.bad_url': 'This address is not valid (bad encoding).',
  'error.bad_request': 'The request is not valid.',
  'error.uri_too_long': 'The address requested is too long.',
  'error.headers_too_large': 'The request headers are too large.',
  'error.request_timeout': 'The request took too long.',
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
  'error.too_many_requests_one': 'Too many attempts. Try again in {{count}} minute.',
  'error.too_many_requests_other': 'Too many attempts. Try again in {{count}} minutes.',
  'error.route_not_found': 'This address does not exist.',
  'error.unknown_field': 'Unknown field: {{key}}.',
  'error.date_invalid': 'This date does not exist.',
  'error.date_out_of_range': 'The date must be between {{min}} and {{max}}.',
  'error.niss_invalid': 'The national register number (NISS) is not valid (11 digits and check digits).',
  'error.postal_code_invalid': 'The postal code must have 4 digits.',
  'error.login_failed': 'Wrong email address or password.',
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

const i18n = i18next.createInstance();
void i18n.init({
  resources: { fr: { translation: fr }, nl: { translation: nl }, en: { translation: en } },
  lng: 'fr',
  fallbackLng: 'fr',
  supportedLngs: [...LOCALES],
  // Keys are flat ('error.not_found'), never paths or namespaces.
  keySeparator: false,
  nsSeparator: false,
  // Messages go into JSON and plain-text mails, never into HTML.
  interpolation: { escapeValue: false },
  missingInterpolationHandler: () => '',
  returnNull: false,
  initAsync: false,
});

/** Modules add their own server messages at load time. */
export function addMessages(messages: Record<Locale, Catalog>): void {
  for (const l of LOCALES) i18n.addResources(l, 'translation', messages[l]);
}

/** Whether `key` is a message of the catalog (a plural message counts by its base key). */
export function hasMessage(key: string): boolean {
  if (typeof key !== 'string' || key === '') return false;
  return i18n.exists(key, { lng: 'en', fallbackLng: false }) || i18n.exists(key, { lng: 'en', fallbackLng: false, count: 1 });
}

/** A parameter as text, whatever it is (a value from a request may be an object with a `toString` field). */
function asText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'object' && typeof v !== 'function') return String(v);
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return '';
  }
}

/**
 * The message `key` in `locale`, with `{{name}}` replaced by params.name. A string parameter that is
 * itself a message key is translated too (e.g. `{ what: 'what.person' }`). A `count` parameter picks
 * the plural form. An unknown key comes back as it is.
 */
/** A parameter shown as it is, even when it reads like a message key (a key typed in a file, quoted back to the user). */
export class Verbatim {
  constructor(readonly text: string) {}
}
export const verbatim = (text: string) => new Verbatim(text);

export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const values: Record<string, unknown> = Object.create(null);
  for (const [name, v] of Object.entries(params))
    values[name] = v instanceof Verbatim ? v.text : typeof v === 'string' && hasMessage(v) ? translate(locale, v) : asText(v);
  const count = typeof params.count === 'number' ? params.count : undefined;
  // Parameters go under `replace`, so that none of them is read as an i18next option (lng, context, ...).
  const text = i18n.t(key, { lng: locale, replace: values, ...(count !== undefined ? { count } : {}) } as never) as unknown;
  return typeof text === 'string' ? text : key;
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
