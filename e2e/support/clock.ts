import { vi } from 'vitest';

/**
 * The hour the browser tests run at. `E2E_NOW=2026-12-01T23:00:00+01:00 npx vitest run --config vitest.e2e.config.ts`
 * runs them as if it were then, time flowing from there: the server's app clock (TEST_CLOCK_OFFSET_MS), the browser's
 * (Playwright's clock) and the test process's `Date` (what the tests compute "today" from) move by the same offset.
 * A file whose steps need some of the day left pins its own hour: `useRelais({ at: todayAt('10:00') })`.
 * Without either, the real clock everywhere.
 */
const target = process.env.E2E_NOW;
if (target && Number.isNaN(Date.parse(target))) throw new Error(`E2E_NOW is not an RFC 3339 instant: ${target}`);

/** The real time, whatever Date says once shifted. */
export const realNow = () => performance.timeOrigin + performance.now();
let offsetMs = target ? Math.round(Date.parse(target) - realNow()) : 0;

/** How far the test's clock is from the real one (what the server and the browser are given). */
export const clockOffsetMs = () => offsetMs;

/** Moves the test process's Date by the offset (timers stay real: only Date is faked, and it keeps running). */
export function shiftTestClock() {
  vi.useRealTimers();
  if (offsetMs) vi.useFakeTimers({ toFake: ['Date'], now: realNow() + offsetMs, shouldAdvanceTime: true });
}

/** From now on (for the server and browsers started after), the clocks read this instant, time flowing from it. */
export function runAt(instant: Date) {
  offsetMs = Math.round(instant.getTime() - realNow());
  shiftTestClock();
}

/** Today (in Brussels, by the test's clock) at a Brussels wall time such as '10:00'. */
export function todayAt(hhmm: string): Date {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
  const guess = new Date(`${day}T${hhmm}:00Z`);
  // Brussels is UTC+1 or UTC+2: the offset at that moment, from what Intl shows of it.
  const shown = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', timeZoneName: 'longOffset' }).formatToParts(guess).find((p) => p.type === 'timeZoneName')!.value;
  const [, sign, h, m] = /GMT([+-])(\d{2}):?(\d{2})?/.exec(shown) ?? [null, '+', '00', '00'];
  const minutes = (Number(h) * 60 + Number(m ?? 0)) * (sign === '-' ? -1 : 1);
  return new Date(guess.getTime() - minutes * 60_000);
}
