import { vi } from 'vitest';

/**
 * The hour the browser tests run at: one instant for the server's app clock (TEST_CLOCK_OFFSET_MS), the pages'
 * clock (Playwright's, installed in every context) and the test process's `Date` (what the tests compute "today"
 * from), time flowing on from there in all three.
 *
 * - `E2E_NOW=2026-12-01T23:00:00+01:00 npx vitest run --config vitest.e2e.config.ts` runs them as if it were then;
 * - without it, they run in the Brussels daytime: at the real time between 08:00 and 18:00 in Brussels, else from
 *   the next 09:00 there. So a run at 23:00 (or at 02:00) sees the same day as one in the afternoon.
 *
 * The instant is never before the real time by default: the browser keeps (and drops) session cookies by the
 * real clock, and a session lasts 12 hours, so an E2E_NOW more than a few hours in the past logs nobody in.
 * A file whose steps need more of the day left pins its own hour: `useRelais({ at: todayAt('10:00') })`.
 */
const target = process.env.E2E_NOW;
if (target && Number.isNaN(Date.parse(target))) throw new Error(`E2E_NOW is not an RFC 3339 instant: ${target}`);

/** The real time, whatever Date says once shifted. */
export const realNow = () => performance.timeOrigin + performance.now();

const TZ = 'Europe/Brussels';
/** The Brussels date (YYYY-MM-DD) and minutes since midnight of an instant. */
function brussels(at: number): { day: string; minutes: number } {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(at);
  const [h, m] = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at).split(':').map(Number);
  return { day, minutes: h * 60 + m };
}

/** The instant of a Brussels wall time on a Brussels day (YYYY-MM-DD, 'HH:MM'). */
export function brusselsAt(day: string, hhmm: string): Date {
  const guess = new Date(`${day}T${hhmm}:00Z`);
  // Brussels is UTC+1 or UTC+2: the offset at that moment, from what Intl shows of it.
  const shown = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, timeZoneName: 'longOffset' }).formatToParts(guess).find((p) => p.type === 'timeZoneName')!.value;
  const [, sign, h, m] = /GMT([+-])(\d{2}):?(\d{2})?/.exec(shown) ?? [null, '+', '00', '00'];
  const minutes = (Number(h) * 60 + Number(m ?? 0)) * (sign === '-' ? -1 : 1);
  return new Date(guess.getTime() - minutes * 60_000);
}

/** `at` itself when it is between 08:00 and 18:00 in Brussels, else the next 09:00 there (never earlier than `at`). */
export function daytimeFrom(at: number): Date {
  const { day, minutes } = brussels(at);
  if (minutes >= 8 * 60 && minutes < 18 * 60) return new Date(at);
  if (minutes < 8 * 60) return brusselsAt(day, '09:00');
  const tomorrow = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return brusselsAt(tomorrow, '09:00');
}

let offsetMs = Math.round((target ? Date.parse(target) : daytimeFrom(realNow()).getTime()) - realNow());

/** How far the test's clock is from the real one (what the server and the browser are given). */
export const clockOffsetMs = () => offsetMs;
/** The test's clock now, as a number (the test process's Date reads the same once shifted). */
export const testNow = () => Math.round(realNow() + offsetMs);

/** Moves the test process's Date by the offset (timers stay real: only Date is faked, and it keeps running). */
export function shiftTestClock() {
  vi.useRealTimers();
  if (offsetMs) vi.useFakeTimers({ toFake: ['Date'], now: testNow(), shouldAdvanceTime: true });
}

/** From now on (for the server and browsers started after), the clocks read this instant, time flowing from it. */
export function runAt(instant: Date) {
  offsetMs = Math.round(instant.getTime() - realNow());
  shiftTestClock();
}

/** Today (in Brussels, by the test's clock) at a Brussels wall time such as '10:00'. */
export function todayAt(hhmm: string): Date {
  return brusselsAt(brussels(testNow()).day, hhmm);
}

/** The test's clock now if it is daytime in Brussels, else the next 09:00 there (for `useRelais({ at: daytime() })`). */
export const daytime = () => daytimeFrom(testNow());
