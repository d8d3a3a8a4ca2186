import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from './server';

/**
 * One data directory migrated once for the whole browser run: the real server (as `npm start` runs it) starts on a
 * fresh directory, creates and migrates its embedded database, and stops. Each test file's server then starts on a
 * copy of it (about 4 s instead of 12 s on this machine): the same as restarting an installed Relais that has no user
 * yet. A test about the very first start asks for a fresh directory (`startServer({ fresh: true })`).
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-e2e-template-'));
  const server = await startServer({ dataDir: dir, fresh: true, timeoutMs: 180_000 });
  await server.stop();
  // The lock of the stopped server, and anything but the database, is not part of the template.
  for (const entry of fs.readdirSync(dir)) if (entry !== 'pg') fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  project.provide('e2eTemplateDataDir', dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eTemplateDataDir: string;
  }
}
