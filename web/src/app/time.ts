import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import { TIME_ZONE } from './time-zone';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Brussels time in the web, in one place (dayjs with its time-zone plugin, as on the server:
 * server/src/platform/brussels-time.ts). The API takes instants with an offset, local dates YYYY-MM-DD
 * and local wall times HH:MM that the server resolves in Brussels, so the web never computes an offset.
 * Pages display dates with formatDate/formatDateTime (app/i18n.ts).
 * "Now" is read here only (today, nowTime, currentYear): the browser tests move the pages' clock (Playwright's)
 * with the server's app clock, and every page follows it.
 */
export { TIME_ZONE };

/** Today's date in Brussels, YYYY-MM-DD. */
export const today = (): string => dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');
/** This year in Brussels. */
export const currentYear = (): number => Number(today().slice(0, 4));
/** The Brussels date of an instant, YYYY-MM-DD. */
export const localDate = (instant: string): string => dayjs(instant).tz(TIME_ZONE).format('YYYY-MM-DD');
/** The Brussels wall time of an instant, HH:MM. */
export const localTime = (instant: string): string => dayjs(instant).tz(TIME_ZONE).format('HH:mm');
/** The wall time now in Brussels, HH:MM. */
export const nowTime = (): string => dayjs().tz(TIME_ZONE).format('HH:mm');
/** A local date plus or minus some days, YYYY-MM-DD. */
export const addDays = (day: string, days: number): string => dayjs(`${day}T12:00:00Z`).add(days, 'day').format('YYYY-MM-DD');
/** The Monday of the week of a local date. */
export const mondayOf = (day: string): string => {
  const d = dayjs(`${day}T12:00:00Z`);
  return d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD');
};
