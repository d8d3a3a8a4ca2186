import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Local days and hours are Brussels', never the machine's zone. */
export const BRUSSELS = 'Europe/Brussels';

/** The instant of a Brussels wall-clock time, e.g. ('2026-03-02', '16:30') -> 2026-03-02T15:30:00Z. */
export function brusselsInstant(day: string, time = '00:00'): Date {
  return dayjs.tz(`${day} ${time}`, BRUSSELS).toDate();
}

/**
 * The instant of a Brussels wall-clock time, or null when that time does not exist in Brussels
 * (the hour skipped when summer time starts). An hour that happens twice (when it ends) is its first occurrence.
 */
export function brusselsWallTime(day: string, time: string): Date | null {
  const at = brusselsInstant(day, time);
  return brusselsDay(at) === day && brusselsTime(at) === time ? at : null;
}

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: BRUSSELS, year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: BRUSSELS, hour: '2-digit', minute: '2-digit', hour12: false });

/** The Brussels date of an instant, YYYY-MM-DD. */
export function brusselsDay(d: Date): string {
  return dayFormat.format(d);
}

/** The Brussels wall-clock time of an instant, HH:MM. */
export function brusselsTime(d: Date): string {
  return timeFormat.format(d).replace(/^24:/, '00:');
}

/** ISO weekday (1 = Monday ... 7 = Sunday) of a calendar date YYYY-MM-DD. */
export function isoWeekday(day: string): number {
  const wd = new Date(`${day}T12:00:00Z`).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** The calendar day n days after (or before) YYYY-MM-DD. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The next calendar day of YYYY-MM-DD. */
export const nextDay = (day: string): string => addDays(day, 1);

/** [start, end) instants of a Brussels calendar year. */
export function brusselsYearRange(year: number): { from: Date; to: Date } {
  return { from: brusselsInstant(`${year}-01-01`), to: brusselsInstant(`${year + 1}-01-01`) };
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();
/** A month's name in a language (1 = January): 'janvier', 'januari', 'January'; short: 'janv.', 'jan.', 'Jan'. */
export function monthName(month: number, locale: string, style: 'long' | 'short' = 'long'): string {
  const key = `${locale}:${style}`;
  let f = monthFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(`${locale}-BE`, { month: style, timeZone: 'UTC' });
    monthFormats.set(key, f);
  }
  return f.format(new Date(Date.UTC(2000, month - 1, 15)));
}

/** A month's short name in a language (1 = January): 'janv.', 'jan.', 'Jan'. */
export const monthShortName = (month: number, locale: string) => monthName(month, locale, 'short');
