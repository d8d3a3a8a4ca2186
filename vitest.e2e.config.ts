import { defineConfig } from 'vitest/config';

/** Browser tests: the real server (node bin/relais-server.js, as npm start) driven through Debian's Chromium. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    // The data directory every file's server starts from, migrated once (e2e/support/global-setup.ts).
    globalSetup: ['e2e/support/global-setup.ts'],
    pool: 'forks',
    // Two files at a time: each file starts its own server (own port, own data directory) and browser, and most of
    // a browser test's time is waiting on the page, so two share the 2 cores well (measured on this machine under load: 1,891 s one at a time, 1,315 s two at a time).
    maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
    fileParallelism: true,
    testTimeout: 60_000,
    // expect.poll waits for a page to settle: 1 s (Vitest's default) is too short on a loaded 2-core machine with two
    // browsers at work; a Playwright locator's own wait is 30 s, a poll's is 10 s.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    reporters: ['default'],
  },
});
