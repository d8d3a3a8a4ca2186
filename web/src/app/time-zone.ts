/** The time zone of every date and time the web shows (a file of its own: app/i18n.ts, which every page loads, needs
 * it without dayjs, which app/time.ts brings). */
export const TIME_ZONE = 'Europe/Brussels';
