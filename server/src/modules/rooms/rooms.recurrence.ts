import * as rruleModule from 'rrule';
import { brusselsInstant } from '../../platform/brussels-time';
import { AppError } from '../../platform/http/errors';

// rrule 2.8 is CommonJS for Node and ESM for bundlers: take RRule from whichever shape was loaded.
const { RRule } = ((rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule) as typeof rruleModule;

/** At most this many occurrences, over at most this many days from the first one. */
export const MAX_OCCURRENCES = 200;
export const MAX_SPAN_DAYS = 731;

const ALLOWED_PARTS = new Set(['FREQ', 'INTERVAL', 'UNTIL', 'COUNT', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'WKST']);
const ALLOWED_FREQ = new Set(['DAILY', 'WEEKLY', 'MONTHLY']);

const bad = (code: string, params: Record<string, unknown> = {}) => new AppError(400, 'error.validation', {}, [{ path: 'body.rrule', code, params }]);

export interface Occurrence {
  day: string; // YYYY-MM-DD, Brussels
  startsAt: Date;
  endsAt: Date;
}

/**
 * Expands an RFC 5545 RRULE in Brussels wall time: the rule runs on "floating" dates (UTC fields standing for
 * local wall-clock fields), then each occurrence's local day and times become instants in Europe/Brussels,
 * so 9:00 stays 9:00 across the daylight-saving changes.
 */
export function expandSeries(input: { firstDay: string; startTime: string; endTime: string; rrule: string }): Occurrence[] {
  const raw = input.rrule.replace(/^RRULE:/i, '').trim();
  const parts = new Map<string, string>();
  for (const p of raw.split(';').filter(Boolean)) {
    const [k, v] = p.split('=');
    if (!k || v === undefined || !ALLOWED_PARTS.has(k.toUpperCase())) throw bad('error.rrule_invalid');
    parts.set(k.toUpperCase(), v.toUpperCase());
  }
  if (!ALLOWED_FREQ.has(parts.get('FREQ') ?? '')) throw bad('error.rrule_invalid');
  if (!parts.has('UNTIL') && !parts.has('COUNT')) throw bad('error.rrule_unbounded', { max: MAX_OCCURRENCES });

  let options;
  try {
    options = RRule.parseString(raw);
  } catch {
    throw bad('error.rrule_invalid');
  }
  const [y, m, d] = input.firstDay.split('-').map(Number);
  const [sh, sm] = input.startTime.split(':').map(Number);
  const dtstart = new Date(Date.UTC(y, m - 1, d, sh, sm));
  const limit = new Date(dtstart.getTime() + MAX_SPAN_DAYS * 86_400_000);
  const untilRaw = parts.get('UNTIL');
  if (untilRaw) {
    if (!/^\d{8}(T\d{6}Z?)?$/.test(untilRaw) || !options.until || Number.isNaN(options.until.getTime())) throw bad('error.rrule_invalid');
    // A date-only UNTIL means "up to and including that day" (local).
    if (untilRaw.length === 8) options.until = new Date(options.until.getTime() + 86_399_000);
    if (options.until > limit) throw bad('error.rrule_too_long', { max: MAX_OCCURRENCES });
    if (options.until < dtstart) throw bad('error.rrule_empty');
  }
  if (options.count != null && (options.count < 1 || options.count > MAX_OCCURRENCES)) throw bad('error.rrule_too_long', { max: MAX_OCCURRENCES });
  if (options.interval != null && (options.interval < 1 || options.interval > 52)) throw bad('error.rrule_invalid');

  let rule;
  try {
    rule = new RRule({ ...options, dtstart, tzid: null });
  } catch {
    throw bad('error.rrule_invalid');
  }
  const floating = rule.all((_date, i) => i <= MAX_OCCURRENCES);
  if (floating.length > MAX_OCCURRENCES || floating.some((f) => f > limit)) throw bad('error.rrule_too_long', { max: MAX_OCCURRENCES });
  if (floating.length === 0) throw bad('error.rrule_empty');
  return floating.map((f) => {
    const day = f.toISOString().slice(0, 10);
    return { day, startsAt: brusselsInstant(day, input.startTime), endsAt: brusselsInstant(day, input.endTime) };
  });
}
