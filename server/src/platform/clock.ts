/** The time source. Tests give the app a fixed clock; nothing else calls `new Date()` for "now". */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
export const fixedClock = (iso: string): Clock & { set(iso: string): void; advance(ms: number): void } => {
  let t = new Date(iso).getTime();
  return {
    now: () => new Date(t),
    set: (v) => (t = new Date(v).getTime()),
    advance: (ms) => (t += ms),
  };
};

/**
 * The real clock moved by a fixed offset: time runs, from another instant. The browser tests start the server with
 * one (TEST_CLOCK_OFFSET_MS, from E2E_NOW) to run at any hour they choose, e.g. 23:00 in Brussels.
 */
export const offsetClock = (offsetMs: number): Clock => ({ now: () => new Date(Date.now() + offsetMs) });
