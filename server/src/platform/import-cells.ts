import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import { brusselsWallTime } from './brussels-time';

dayjs.extend(customParseFormat);

/** Cells of an imported file read the same way by every module's import adapter (platform/imports.ts). */

/** Lower case, no accents, words separated by one space: how header names and codes are compared. */
export const normCell = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * A calendar day from a cell: an Excel serial number (days since 1899-12-30), dd/mm/yyyy (also with - or .,
 * and two-digit years), yyyy-mm-dd, each optionally followed by a time (a day in Brussels is the day written:
 * no time zone shifts it). Null when not a real date (31/02).
 */
export function parseDay(input: string): string | null {
  const s = input.trim();
  if (/^\d{1,6}(\.\d+)?$/.test(s)) {
    const serial = Math.floor(Number(s));
    if (serial < 1 || serial > 80000) return null;
    // Excel counts 1900-02-29, which did not exist: serials from 61 on are one day ahead of a count from 1899-12-31.
    const base = Date.UTC(1899, 11, 30);
    const d = new Date(base + serial * 86400000);
    return d.toISOString().slice(0, 10);
  }
  const day = s.replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, '');
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(day);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(day);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // Two-digit years: a birth date is in the past.
    if (match[3].length === 2) y += y + 2000 > new Date().getFullYear() ? 1900 : 2000;
  }
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // One strict reading by the date library says whether the day exists (31/02 does not).
  return dayjs(iso, 'YYYY-MM-DD', true).isValid() ? iso : null;
}

/** A wall time HH:MM from a cell (also 9h30, 09:30:00, or the time part of a date cell); null when none. */
export function parseTime(input: string): string | null {
  const s = input.trim();
  if (/^0?\.\d+$/.test(s)) {
    // An Excel time serial: a fraction of a day.
    const minutes = Math.round(Number(s) * 24 * 60);
    return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  const m = /(?:^|[T ])(\d{1,2})[:hH](\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(s);
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** The instant of a day and a wall time in Brussels (noon when no time is given); null when the time does not exist. */
export const brusselsCellInstant = (day: string, time: string | null) => brusselsWallTime(day, time ?? '12:00');

/** A row's cells by field, trimmed ('' when the file has no such column). */
export const cellsOf = (cells: Record<string, string | undefined>) => (field: string) => (cells[field] ?? '').trim();

/**
 * The day of a row of history (between 2000 and 2100), required: the day read, with the reason in `errors[field]`
 * when it is missing, not a real date or out of that range.
 */
export function historyDay(cell: string, errors: Record<string, string>, field = 'date'): string | null {
  if (!cell) {
    errors[field] = 'error.import.required';
    return null;
  }
  const day = parseDay(cell);
  if (!day) errors[field] = 'error.import.date_invalid';
  else if (day < '2000-01-01' || day > '2100-12-31') errors[field] = 'error.import.date_out_of_range';
  return day;
}
