import v8 from 'node:v8';

/**
 * How far V8 lets its heap grow past what is live before collecting it again (`HEAP_GROWING_PERCENT`, 10 by
 * default: V8's own smallest factor, 1.1). Left to itself, after a busy stretch (a 50,000-row import, a burst of
 * requests) V8 lets the heap reach up to four times the live data: the import bench peaked at 730 to 830 MB for about
 * 150 MB live, and at 463 MB with 10 % (the commit's time unchanged, 24-28 s). The server sets it first thing
 * (main.ts); the benches that print the server's memory do the same. 0 leaves V8's own choice.
 */
export function keepHeapNearLive(percent: number) {
  if (Number.isInteger(percent) && percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
