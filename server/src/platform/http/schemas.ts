import { z } from 'zod';
import { addMessages } from '../i18n/messages';

addMessages({
  fr: {
    'error.idempotency_key_invalid': 'La clé Idempotency-Key doit compter de 8 à 200 lettres, chiffres ou . _ : -',
    'error.idempotency_key_reused': 'Cette clé Idempotency-Key a déjà servi pour une autre demande.',
    'error.idempotency_in_progress': 'La même demande est encore en cours. Patientez un instant.',
    'error.at_or_local_time': 'Donnez soit un instant (at), soit une date et une heure locales, pas les deux.',
    'error.date_and_time_together': 'La date et l’heure vont ensemble.',
    'error.instant_needs_offset': 'Indiquez le décalage horaire (par exemple 2026-03-29T09:00:00+02:00), ou envoyez une date et une heure locales.',
    'error.time_invalid': "L'heure doit s'écrire HH:MM (de 00:00 à 23:59).",
    'error.time_does_not_exist': "Cette heure n'existe pas à Bruxelles ce jour-là (passage à l'heure d'été).",
    'error.period_year_or_dates': 'Donnez une année, ou des dates de début et de fin, pas les deux.',
  },
  nl: {
    'error.idempotency_key_invalid': 'De Idempotency-Key moet 8 tot 200 letters, cijfers of . _ : - tellen.',
    'error.idempotency_key_reused': 'Deze Idempotency-Key werd al voor een ander verzoek gebruikt.',
    'error.idempotency_in_progress': 'Hetzelfde verzoek is nog bezig. Even geduld.',
    'error.at_or_local_time': 'Geef een tijdstip (at) of een lokale datum en tijd, niet allebei.',
    'error.date_and_time_together': 'Datum en uur horen samen.',
    'error.instant_needs_offset': 'Geef de tijdsverschuiving op (bijvoorbeeld 2026-03-29T09:00:00+02:00), of stuur een lokale datum en tijd.',
    'error.time_invalid': 'Het uur moet als UU:MM geschreven worden (van 00:00 tot 23:59).',
    'error.time_does_not_exist': 'Dit uur bestaat die dag niet in Brussel (overgang naar zomertijd).',
    'error.period_year_or_dates': 'Geef een jaar, of een begin- en einddatum, niet allebei.',
  },
  en: {
    'error.idempotency_key_invalid': 'The Idempotency-Key must be 8 to 200 letters, digits or . _ : -',
    'error.idempotency_key_reused': 'This Idempotency-Key was already used for another request.',
    'error.idempotency_in_progress': 'The same request is still being handled. Wait a moment.',
    'error.at_or_local_time': 'Give either an instant (at) or a local date and time, not both.',
    'error.date_and_time_together': 'The date and the time go together.',
    'error.instant_needs_offset': 'Give the offset (for example 2026-03-29T09:00:00+02:00), or send a local date and time.',
    'error.time_invalid': 'The time must be written HH:MM (00:00 to 23:59).',
    'error.time_does_not_exist': 'This time does not exist in Brussels on that day (summer time starts).',
    'error.period_year_or_dates': 'Give a year, or start and end dates, not both.',
  },
});

/** Shared Zod building blocks, with messages that are keys of the server catalog. */
/** The largest value of an `integer` column: a bigger id is bad input, not a database error. */
export const MAX_ID = 2_147_483_647;
/** A record id in a body (a JSON number). */
export const bodyId = z.number().int().positive().max(MAX_ID);
/** A record id in a path or query string (text coerced to a number). */
export const queryId = z.coerce.number().int().positive().max(MAX_ID);
export const idParam = z.strictObject({ id: queryId });

export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2100-12-31';

/** A calendar date YYYY-MM-DD that exists (no 31 February) and lies between 1900 and 2100. */
export const isoDate = z
  .string()
  // `abort`: one message per field; a malformed date is not also "out of range".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'error.date_invalid', abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { message: 'error.date_invalid', abort: true })
  .refine((s) => s >= MIN_DATE && s <= MAX_DATE, { message: 'error.date_out_of_range', params: { min: MIN_DATE, max: MAX_DATE } });

/** An instant with an explicit offset, e.g. 2026-03-29T09:00:00+02:00; years 1900-2100 only. */
export const isoDateTime = z
  .string()
  // A local date-time without offset is not an instant: say so, rather than "this date does not exist".
  .refine((s) => !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s), { message: 'error.instant_needs_offset', abort: true })
  .pipe(z.iso.datetime({ offset: true, message: 'error.date_invalid' }))
  .refine((s) => {
    const y = new Date(s).getUTCFullYear();
    return y >= 1900 && y <= 2100;
  }, { message: 'error.date_out_of_range', params: { min: MIN_DATE, max: MAX_DATE } })
  .transform((s) => new Date(s));

/** A local wall time HH:MM (00:00-23:59), resolved in Europe/Brussels by the server. */
export const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'error.time_invalid');

export const year = z.coerce.number().int().min(2000, 'error.year_invalid').max(2100, 'error.year_invalid');

/** Free text: trimmed, bounded, never HTML-interpreted (the UI renders it as text). */
export const text = (max = 200) => z.string().trim().max(max);
export const requiredText = (max = 200) => z.string().trim().min(1).max(max);

/**
 * A web address that may be stored and shown as a link or an image: http or https only (never
 * `javascript:`, `data:`, `file:`...), with a host name, at most `max` characters.
 */
export const httpUrl = (max = 500) =>
  z
    .string()
    .trim()
    .max(max)
    .pipe(z.url({ protocol: /^https?$/, hostname: /^[^\s]+$/, message: 'error.url_http_only' }));

export const pagination = {
  limit: z.coerce.number().int().min(1).max(200).default(25),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
};

export const problemSchema = z.object({ title: z.string(), status: z.number() }).passthrough();

// --- in answers ------------------------------------------------------------------------------------
/** An instant in an answer: RFC 3339 (the server writes UTC, `...Z`). */
export const instantOut = z.iso.datetime({ offset: true });
/** A local date in an answer, YYYY-MM-DD. */
export const localDateOut = z.iso.date();
/** A local wall time in an answer, HH:MM (Brussels). */
export const localTimeOut = z.string().regex(/^\d{2}:\d{2}$/).meta({ description: 'HH:MM, Europe/Brussels' });
/** A record id in an answer. */
export const idOut = z.number().int();
