import { isValidNiss, normaliseNiss } from '../people/niss';
import { ascii } from '../people/people.matching';
import type { ImportedPerson } from '../people/people.import';

import { parseDay } from '../../platform/import-cells';

export { parseDay };

/** The columns a people file may hold; `externalId` is the record's id in the tool it comes from. */
export const PERSON_FIELDS = [
  'externalId',
  'lastName',
  'firstName',
  'birthDate',
  'gender',
  'niss',
  'phone',
  'email',
  'postalCode',
  'commune',
  'professionalStatus',
  'studyLevel',
  'languages',
  'firstContactDate',
  'notes',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

const norm = (s: string) =>
  ascii(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Header names, in French, Dutch and English, by which a column is recognised (compared without accents or case). */
const HEADER_NAMES: Record<PersonField, string[]> = {
  externalId: ['id', 'identifiant', 'reference', 'ref', 'external id', 'id externe', 'dossier', 'numero de dossier', 'dossiernummer', 'code'],
  lastName: ['nom', 'nom de famille', 'achternaam', 'familienaam', 'naam', 'last name', 'lastname', 'surname', 'family name'],
  firstName: ['prenom', 'voornaam', 'first name', 'firstname', 'given name'],
  birthDate: ['date de naissance', 'naissance', 'ne le', 'ne e le', 'geboortedatum', 'geboren', 'birth date', 'birthdate', 'date of birth', 'dob'],
  gender: ['sexe', 'genre', 'geslacht', 'gender', 'sex'],
  niss: ['niss', 'nrn', 'registre national', 'numero national', 'rijksregisternummer', 'rijksregister', 'insz', 'national number'],
  phone: ['telephone', 'tel', 'gsm', 'portable', 'telefoon', 'telefoonnummer', 'phone', 'mobile'],
  email: ['email', 'e mail', 'courriel', 'mail', 'adresse e mail', 'e mailadres'],
  postalCode: ['code postal', 'cp', 'postcode', 'postal code', 'zip'],
  commune: ['commune', 'localite', 'gemeente', 'woonplaats', 'municipality', 'city'],
  professionalStatus: ['statut', 'statut professionnel', 'situation', 'statuut', 'status', 'professional status'],
  studyLevel: ['niveau d etudes', 'diplome', 'etudes', 'studieniveau', 'opleidingsniveau', 'diploma', 'study level', 'education'],
  languages: ['langues', 'talen', 'languages'],
  firstContactDate: ['premier contact', 'date du premier contact', 'inscription', 'date d inscription', 'eerste contact', 'inschrijving', 'first contact'],
  notes: ['remarques', 'commentaire', 'notes', 'opmerkingen', 'comments', 'remarks'],
};

/** A column per field from the header names; a column that names nothing stays unmapped. */
export function suggestMapping(headers: string[]): (PersonField | null)[] {
  const used = new Set<PersonField>();
  return headers.map((h) => {
    const n = norm(h);
    const field = PERSON_FIELDS.find((f) => !used.has(f) && HEADER_NAMES[f].includes(n));
    if (field) used.add(field);
    return field ?? null;
  });
}

/** The shape of a file, to remember its mapping: its header names without accents or case, in order. */
export const headerSignature = (headers: string[]) => headers.map(norm).join('|');

const GENDER_WORDS: Record<string, ImportedPerson['gender']> = {
  f: 'F', femme: 'F', feminin: 'F', vrouw: 'F', v: 'F', female: 'F', woman: 'F', mme: 'F', madame: 'F',
  m: 'M', h: 'M', homme: 'M', masculin: 'M', man: 'M', male: 'M', mr: 'M', monsieur: 'M', dhr: 'M',
  x: 'X', autre: 'X', ander: 'X', other: 'X', 'non binaire': 'X',
};
const STATUS_WORDS: Record<string, ImportedPerson['professionalStatus']> = {
  'demandeur d emploi': 'job_seeker_actiris', de: 'job_seeker_actiris', 'chercheur d emploi': 'job_seeker_actiris', werkzoekende: 'job_seeker_actiris', 'job seeker': 'job_seeker_actiris', actiris: 'job_seeker_actiris',
  cpas: 'cpas_beneficiary', ocmw: 'cpas_beneficiary', ris: 'cpas_beneficiary', leefloner: 'cpas_beneficiary',
  'travailleur': 'employed', employe: 'employed', salarie: 'employed', werknemer: 'employed', employed: 'employed', 'en emploi': 'employed',
  etudiant: 'student', student: 'student',
  'sans statut': 'no_status', 'zonder statuut': 'no_status', 'no status': 'no_status',
  autre: 'other', ander: 'other', other: 'other',
};
const STUDY_WORDS: Record<string, ImportedPerson['studyLevel']> = {
  primaire: 'none_primary', aucun: 'none_primary', lager: 'none_primary', geen: 'none_primary', none: 'none_primary', primary: 'none_primary', cebf: 'none_primary', ceb: 'none_primary',
  'secondaire inferieur': 'lower_secondary', ces1: 'lower_secondary', 'lager secundair': 'lower_secondary', 'lower secondary': 'lower_secondary', cei: 'lower_secondary',
  'secondaire superieur': 'upper_secondary', cess: 'upper_secondary', 'hoger secundair': 'upper_secondary', 'upper secondary': 'upper_secondary', secondaire: 'upper_secondary', secundair: 'upper_secondary',
  bachelier: 'higher_non_university', 'superieur non universitaire': 'higher_non_university', graduaat: 'higher_non_university', bachelor: 'higher_non_university', 'hoger onderwijs': 'higher_non_university',
  universitaire: 'university', master: 'university', universiteit: 'university', university: 'university', licence: 'university',
  'diplome etranger': 'foreign_not_recognised', 'etranger non reconnu': 'foreign_not_recognised', 'buitenlands diploma': 'foreign_not_recognised', foreign: 'foreign_not_recognised',
  inconnu: 'unknown', onbekend: 'unknown', unknown: 'unknown',
};
const CODES = <T extends string>(list: readonly T[]) => Object.fromEntries(list.map((c) => [c.replace(/_/g, ' '), c])) as Record<string, T>;

export interface RowCheck {
  /** the values as the people module takes them, and the row's external id */
  person: ImportedPerson | null;
  externalId: string | null;
  /** per field, the catalog key of what is wrong */
  errors: Partial<Record<PersonField, string>>;
}

/** Reads one row's cells (by field) into a person, or says what is wrong with each cell. */
export function checkRow(cells: Partial<Record<PersonField, string>>, lists: { statuses: readonly string[]; studyLevels: readonly string[] }): RowCheck {
  const errors: Partial<Record<PersonField, string>> = {};
  const get = (f: PersonField) => (cells[f] ?? '').trim();
  const p: ImportedPerson = { firstName: get('firstName'), lastName: get('lastName') };
  if (!p.firstName) errors.firstName = 'error.import.required';
  else if (p.firstName.length > 100) errors.firstName = 'error.import.too_long';
  if (!p.lastName) errors.lastName = 'error.import.required';
  else if (p.lastName.length > 100) errors.lastName = 'error.import.too_long';
  const externalId = get('externalId') || null;
  if (externalId && externalId.length > 100) errors.externalId = 'error.import.too_long';
  const day = (f: 'birthDate' | 'firstContactDate') => {
    const v = get(f);
    if (!v) return null;
    const d = parseDay(v);
    if (!d) errors[f] = 'error.import.date_invalid';
    else if (d < '1900-01-01' || d > new Date().toISOString().slice(0, 10)) errors[f] = 'error.import.date_out_of_range';
    return d;
  };
  p.birthDate = day('birthDate');
  const contact = day('firstContactDate');
  if (contact) p.firstContactDate = contact;
  const g = get('gender');
  if (g) {
    const v = GENDER_WORDS[norm(g)];
    if (v) p.gender = v;
    else errors.gender = 'error.import.gender_invalid';
  }
  const n = get('niss');
  if (n) {
    const v = normaliseNiss(n);
    if (!isValidNiss(v)) errors.niss = 'error.niss_invalid';
    else p.niss = v;
  }
  const phone = get('phone');
  if (phone) {
    if (!/^[0-9+()./\s-]{6,40}$/.test(phone)) errors.phone = 'error.import.phone_invalid';
    else p.phone = phone;
  }
  const email = get('email').toLowerCase();
  if (email) {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 200) errors.email = 'error.import.email_invalid';
    else p.email = email;
  }
  const pc = get('postalCode');
  if (pc) {
    if (!/^\d{4}$/.test(pc)) errors.postalCode = 'error.postal_code_invalid';
    else p.postalCode = pc;
  }
  const commune = get('commune');
  if (commune) p.commune = commune.slice(0, 100);
  const status = get('professionalStatus');
  if (status) {
    const v = STATUS_WORDS[norm(status)] ?? CODES(lists.statuses)[norm(status)];
    if (v) p.professionalStatus = v as ImportedPerson['professionalStatus'];
    else errors.professionalStatus = 'error.import.status_invalid';
  }
  const study = get('studyLevel');
  if (study) {
    const v = STUDY_WORDS[norm(study)] ?? CODES(lists.studyLevels)[norm(study)];
    if (v) p.studyLevel = v as ImportedPerson['studyLevel'];
    else errors.studyLevel = 'error.import.study_invalid';
  }
  const langs = get('languages');
  if (langs) p.languages = langs.split(/[,;/]+/).map((l) => l.trim()).filter((l) => l.length >= 2).slice(0, 20).map((l) => l.slice(0, 40));
  const notes = get('notes');
  if (notes) {
    if (notes.length > 5000) errors.notes = 'error.import.too_long';
    else p.notes = notes;
  }
  return { person: Object.keys(errors).length ? null : p, externalId, errors };
}
