/**
 * How Relais matches a name, a phone number and a birth date typed by staff against the registry.
 * Search and the duplicate checks (at creation, and the list of suspected duplicates) use this one
 * matching, so that what search finds and what the duplicate warning says agree.
 *
 * Spelling: the database compares words with trigrams (`search_text`, pg_trgm), on names where accents,
 * apostrophes and hyphens are gone (N'Diaye-Öztürk -> "ndiaye ozturk") and where a surname in several
 * words is also written in one (Van den Broeck -> "van den broeck vandenbroeck").
 * Sound: each name word gets phonetic codes (`match_keys`, computed here on every write, indexed):
 * - Double Metaphone (Germanic and Dutch-origin rules: sch, ck, v/f, ij...) agreeing with Kölner Phonetik
 *   (German and Dutch spelling), one code `m:` for both, so that Fatma and Fatima, Mohamed and Muhammad,
 *   Peeters and Peters, Verhaegen and Verhagen share one;
 * - Phonex, a phonetic code for French names (`f:`): Lefebvre and Lefèvre, Reneau and Renaud;
 * - the spelling variants of a first name across alphabets (`v:`, a small table below): Fatma and Fatima,
 *   Hatice and Khadija, Ahmed and Ahmet.
 * The phonetic algorithms are talisman's (a maintained library of phonetic and fuzzy-matching algorithms).
 */
import transliterate from '@sindresorhus/transliterate';
import doubleMetaphone from 'talisman/phonetics/double-metaphone.js';
import phonex from 'talisman/phonetics/french/phonex.js';
import cologne from 'talisman/phonetics/german/cologne.js';

/** Why two records may be one person, strongest first. */
export const DUPLICATE_REASONS = ['same_niss', 'same_name_and_birth_date', 'same_phone', 'same_email', 'similar_name'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/** Words that begin a surname and that staff type or leave out at will: "Van den Broeck", "El Amrani", "Ben Ali". */
export const PARTICLES = new Set([
  'van', 'von', 'vanden', 'vander', 'vande', 'den', 'der', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des',
  'le', 'la', 'les', 'el', 'al', 'ben', 'bin', 'ibn', 'ter', 'ten', 'te', 'op', 't', 'st', 'mac', 'mc', 'o',
]);

/**
 * First names that are one name written in several ways (transliterations from Arabic, Turkish, West African
 * and Slavic spellings). Phonetic codes find most variants; these are the ones sound codes miss.
 */
const FIRST_NAME_VARIANTS: string[][] = [
  ['fatima', 'fatma', 'fatime', 'fadma', 'fatimah', 'fatuma'],
  ['mohamed', 'mohammed', 'muhammad', 'mohammad', 'mohamad', 'muhammed', 'mehmet', 'mahamat', 'mouhamed', 'mhamed'],
  ['khadija', 'khadidja', 'kadija', 'hatice', 'khadidia', 'hadidja', 'khadiga'],
  ['aicha', 'aisha', 'aysha', 'ayse', 'aischa', 'aiche', 'ayesha'],
  ['youssef', 'yusuf', 'youssouf', 'yousef', 'yussuf', 'jusuf', 'yousouf'],
  ['ibrahim', 'ibrahima', 'brahim', 'ebrahim', 'ibrahem'],
  ['hussein', 'huseyin', 'hussain', 'hocine', 'houssein', 'husein'],
  ['mustafa', 'moustapha', 'mostafa', 'mustapha', 'moustafa'],
  ['abdelkader', 'abdulkadir', 'abdelkadir', 'abdoulkader', 'abdulkader'],
  ['omar', 'oumar', 'umar', 'omer'],
  ['osman', 'ousmane', 'usman', 'othman', 'otman'],
  ['ahmed', 'ahmet', 'ahmad'],
  ['mariam', 'maryam', 'meryem', 'myriam', 'miriam', 'mariem', 'meriem'],
  ['zeynep', 'zaynab', 'zainab', 'zineb', 'zeinab'],
  ['souleymane', 'suleyman', 'sulayman', 'souleiman', 'soliman', 'sulejman'],
  ['yasmina', 'yasmine', 'jasmine', 'jasmina', 'yasemin', 'jasmin'],
  ['hassan', 'hasan'],
  ['aminata', 'aminatou'],
  ['aissatou', 'aissata', 'aisatou', 'aichatou'],
  ['fatoumata', 'fatumata', 'fatimata', 'fatoumatou'],
  ['abdoulaye', 'abdullahi', 'abdallah', 'abdullah', 'abdellah', 'abdulla'],
  ['seydou', 'saidou', 'seidou', 'sidou'],
  ['mamadou', 'mamadu', 'mamoudou'],
  ['aleksandr', 'aleksander', 'alexander', 'alexandre', 'oleksandr', 'aleksandar'],
  ['katarzyna', 'katarina', 'katharina', 'catharina', 'katrien'],
];
const VARIANT_OF = new Map<string, string>();
for (const group of FIRST_NAME_VARIANTS) for (const name of group) if (!VARIANT_OF.has(name)) VARIANT_OF.set(name, group[0]);

const APOSTROPHES = /['’ʼ‘`´]/g;

/** Latin letters without accents, lower case: "Öztürk" -> "ozturk", "Łukasz" -> "lukasz", "Шевченко" -> "shevchenko". */
export function ascii(s: string): string {
  return transliterate(s.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();
}

/** The words of a name or of what was typed, apostrophes dropped (N'Diaye -> ndiaye), hyphens and spaces separating. */
export function rawWords(s: string): string[] {
  return s
    .replace(APOSTROPHES, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The ascii words of a name. */
export function nameWords(s: string): string[] {
  return rawWords(s).flatMap((w) => ascii(w).split(/[^a-z0-9]+/)).filter(Boolean);
}

/** The phonetic codes of one word (see the top of this file); none for words of fewer than 3 letters. */
export function soundKeys(word: string): string[] {
  const w = ascii(word).replace(/[^a-z]/g, '');
  if (w.length < 3) return [];
  const keys = new Set<string>();
  const k = cologne(w);
  for (const m of new Set(doubleMetaphone(w))) if (m.length >= 2 && k.length >= 2) keys.add(`m:${m}.${k}`);
  const f = phonex(w);
  if (f.length >= 2) keys.add(`f:${f}`);
  const v = VARIANT_OF.get(w);
  if (v) keys.add(`v:${v}`);
  return [...keys];
}

/** The main phonetic code of a word, for pairing names in the duplicate review. */
function mainCode(word: string): string | null {
  const w = ascii(word).replace(/[^a-z]/g, '');
  if (w.length < 2) return null;
  return VARIANT_OF.get(w) ?? doubleMetaphone(w)[0] ?? null;
}

/** The significant words of a surname: particles left out, unless the surname is only particles ("Le"). */
const significant = (words: string[]) => {
  const kept = words.filter((w) => !PARTICLES.has(w));
  return kept.length ? kept : words;
};

/**
 * What a person's record holds for matching, computed on every write of a name (`match_keys`):
 * the sound codes of each name word and of the surname written in one word, and, for the duplicate review,
 * `p:` keys pairing a first-name code with a surname code (in either order, so that a first and last name
 * typed the wrong way round still pair).
 */
export function matchKeys(firstName: string, lastName: string): string[] {
  const first = nameWords(firstName);
  const last = nameWords(lastName);
  const keys = new Set<string>();
  const words = [...significant(first), ...significant(last)];
  if (last.length > 1) words.push(last.join(''));
  if (first.length > 1) words.push(first.join(''));
  for (const w of words) for (const k of soundKeys(w)) keys.add(k);
  const firstCodes = [...new Set(significant(first).map(mainCode).filter((c): c is string => !!c))];
  const lastCodes = [...new Set([...significant(last), ...(last.length > 1 ? [last.join('')] : [])].map(mainCode).filter((c): c is string => !!c))];
  for (const a of firstCodes) for (const b of lastCodes) keys.add(`p:${a < b ? `${a}|${b}` : `${b}|${a}`}`);
  return [...keys].sort();
}

/** One word of a query: its text for the trigram comparison, its sound codes, whether it may be left out (a particle). */
export interface QueryWord {
  text: string;
  keys: string[];
  optional: boolean;
}

export interface ParsedQuery {
  words: QueryWord[];
  /** a birth date typed as dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd */
  birthDate?: string;
  /** the start of a phone number, in the form `phone_key` stores (see `phoneKey`) */
  phone?: string[];
  /** a date or number that cannot be one (31/02/1990): nothing matches */
  impossible?: boolean;
}

const validDate = (y: number, m: number, d: number) => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2100 && dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
};
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A phone number as `phone_key` stores it (the SQL function relais_phone_key does the same, see the migration):
 * digits only, Belgian numbers in their national form (+32 / 0032 -> 0), other countries as 00 and the country code.
 */
export function phoneKey(input: string): string | null {
  const s = input.trim();
  const d = s.replace(/\D/g, '');
  if (!d) return null;
  if (s.startsWith('+')) return d.startsWith('32') ? `0${d.slice(2)}` : `00${d}`;
  if (d.startsWith('0032')) return `0${d.slice(4)}`;
  return d;
}

/** Reads what staff typed in the search box: names, and perhaps a birth date and a phone number. */
export function parseQuery(q: string): ParsedQuery {
  let rest = ` ${q.slice(0, 200)} `;
  const out: ParsedQuery = { words: [] };
  const dmy = /(?<=\s)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?=\s)/;
  const ymd = /(?<=\s)(\d{4})-(\d{1,2})-(\d{1,2})(?=\s)/;
  let m = rest.match(dmy);
  let date: [number, number, number] | null = null;
  if (m) date = [Number(m[3]), Number(m[2]), Number(m[1])];
  else if ((m = rest.match(ymd))) date = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m && date) {
    rest = rest.replace(m[0], ' ');
    if (validDate(...date)) out.birthDate = `${date[0]}-${pad(date[1])}-${pad(date[2])}`;
    else out.impossible = true;
  }
  // A phone number: digits, perhaps + at the start, spaces, dots, slashes, hyphens, brackets; six digits at least.
  const phone = rest.match(/(?<=\s)\+?\(?\d[\d\s()./-]*\d(?=\s)/);
  if (phone && phone[0].replace(/\D/g, '').length >= 6) {
    rest = rest.replace(phone[0], ' ');
    const key = phoneKey(phone[0])!;
    // "488 12 34 56" without its 0: the national number it is the end of
    out.phone = /^[1-9]/.test(key) && !phone[0].trim().startsWith('+') ? [key, `0${key}`] : [key];
  }
  const words = rawWords(rest).filter((w) => w.length >= 2);
  const seen = new Set<string>();
  for (const w of words) {
    const text = w.toLowerCase();
    if (seen.has(text) || out.words.length >= 6) continue;
    seen.add(text);
    out.words.push({ text, keys: soundKeys(w), optional: PARTICLES.has(ascii(w)) });
  }
  // Only particles typed ("Le", "De"): they are the name.
  if (out.words.length && out.words.every((w) => w.optional)) for (const w of out.words) w.optional = false;
  return out;
}
