import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * A value only the visitor's browser knows (today's date, the clock, what it keeps), for a page the build may have
 * drawn in advance (web/prerender.mjs): `drawn` in that drawing and in React's first pass over it, the browser's
 * value right after. Reading it directly would keep the build's value in the page (React does not correct an
 * attribute it takes over) or make React throw the drawing away.
 */
export function useBrowserValue<T>(value: () => T, drawn: T): T {
  return useSyncExternalStore(never, value, () => drawn);
}
