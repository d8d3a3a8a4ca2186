import { defineConfig } from 'vitest/config';

/** Browser tests: the real server (npx tsx server/src/main.ts) driven through Debian's Chromium. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    pool: 'forks',
    // One file at a time: each file starts its own server and browser, and the machine has 2 cores.
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    reporters: ['default'],
  },
});
