import { defineConfig } from 'vitest/config';

const shared = {
  globalSetup: ['server/test/global-setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};
/** Test files whose outcome depends on what else the process has loaded: always in a process of their own. */
const ISOLATED = ['server/test/contract.test.ts'];

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
    projects: [
      {
        // The files of one worker share its loaded modules (isolate: false): the app's module graph is imported once
        // per worker instead of once per file (about 2.7 s a file, 140 s of a CI run on this 2-core machine). Each file
        // still builds its own app on its own database; no test mocks a module or changes process.env.
        test: { ...shared, name: 'server', include: ['server/**/*.test.ts', 'bench/**/*.test.ts'], exclude: ['**/node_modules/**', ...ISOLATED], isolate: false },
      },
      {
        // The OpenAPI document rendered to the web's types was once found different after other files had run in the
        // same worker (a stale api.gen.ts reported, not reproduced): this file gets a fresh process.
        test: { ...shared, name: 'isolated', include: ISOLATED, isolate: true },
      },
    ],
  },
});
