import { z } from 'zod';

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
  .datetime({ offset: true, message: 'error.date_invalid' })
  .refine((s) => {
    const y = new Date(s).getUTCFullYear();
    return y >= 1900 && y <= 2100;
  }, { message: 'error.date_out_of_range', params: { min: MIN_DATE, max: MAX_DATE } })
  .transform((s) => new Date(s));

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
