import { vi } from 'vitest';

/**
 * The hour the browser tests run at. `E2E_NOW=2026-12-01T23:00:00+01:00 npx vitest run --config vitest.e2e.config.ts`
 * runs them as if it were then, time flowing from there: the server's app clock (TEST_CLOCK_OFFSET_MS), the browser's
 * (Playwright's clock) and the test process's `Date` (what the tests compute "today" from) move by the same offset.
 * Without E2E_NOW, the real clock everywhere.
 */
const target = process.env.E2E_NOW;
if (target && Number.isNaN(Date.parse(target))) throw new Error(`E2E_NOW is not an RFC 3339 instant: ${target}`);
/** The real time, whatever Date says once shifted. */
export const realNow = () => performance.timeOrigin + performance.now();
export const clockOffsetMs = target ? Math.round(Date.parse(target) - realNow()) : 0;

/** Moves the test process's Date (timers stay real: only Date is faked, and it keeps running). */
export function shiftTestClock() {
  if (!clockOffsetMs) return;
  vi.useFakeTimers({ toFake: ['Date'], now: realNow() + clockOffsetMs, shouldAdvanceTime: true });
}
