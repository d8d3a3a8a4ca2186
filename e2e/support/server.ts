import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { clockOffsetMs } from './clock';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface RelaisServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  baseUrl: string;
  port: number;
  dataDir: string;
  /** The first-run setup code the server printed (null when the data dir already had users). */
  setupCode: string | null;
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartServerOptions {
  /** Extra environment for the server (e.g. { LOG_LEVEL: 'debug' } or { DATABASE_URL: ... }). */
  env?: Record<string, string>;
  /** An existing data directory to start on (kept on stop); by default a fresh temp dir, removed on stop. */
  dataDir?: string;
  timeoutMs?: number;
  /**
   * Start on an empty data directory, as on a machine where Relais never ran (it creates and migrates its database).
   * By default a file's server starts on a copy of the directory the run migrated once (e2e/support/global-setup.ts).
   */
  fresh?: boolean;
}

/** The data directory migrated once for the run, when there is one (inside a test file). */
function templateDataDir(): string | undefined {
  try {
    return inject('e2eTemplateDataDir');
  } catch {
    return undefined;
  }
}

/** A TCP port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const SETUP_CODE_LINE = /Relais first-run setup code: (\S+)/;

/**
 * Starts the real server as `npm start` does (`node bin/relais-server.js`: the build in server/dist, or the sources
 * when they changed since) on a free port with its own temporary DATA_DIR
 * (embedded PGlite: a copy of the run's migrated directory, or an empty one with `fresh`), waits until GET /api/health answers 200 and captures the first-run setup code.
 */
export async function startServer(opts: StartServerOptions = {}): Promise<RelaisServer> {
  const port = await freePort();
  const ownDataDir = !opts.dataDir;
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'relais-e2e-'));
  const template = ownDataDir && !opts.fresh ? templateDataDir() : undefined;
  if (template) fs.cpSync(template, dataDir, { recursive: true });
  const env: Record<string, string | undefined> = { ...process.env };
  // The server must not pick up a database or port from the caller's environment.
  delete env.DATABASE_URL;
  delete env.PUBLIC_URL;
  Object.assign(env, { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', TRUST_PROXY: 'false', TEST_CLOCK_OFFSET_MS: String(clockOffsetMs()) }, opts.env);

  const child: ChildProcess = spawn(process.execPath, ['bin/relais-server.js'], {
    cwd: repoRoot,
    env,
    // Own process group, so that stop() reaches the server and anything it started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let setupCode: string | null = null;
  const onData = (chunk: Buffer) => {
    out += chunk.toString('utf8');
    if (!setupCode) setupCode = SETUP_CODE_LINE.exec(out)?.[1] ?? null;
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  let exited: number | string | null = null;
  const exitPromise = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exited = code ?? signal ?? 'unknown';
      resolve();
    }),
  );
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      /* already gone */
    }
  };
  // If the test process dies first, do not leave a server behind.
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit);

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    process.removeListener('exit', onExit);
    if (exited === null) {
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 15_000);
      await exitPromise;
      clearTimeout(timer);
      // Anything left in the group goes too.
      killGroup('SIGKILL');
    }
    if (ownDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
  for (;;) {
    if (exited !== null) {
      await stop();
      throw new Error(`The Relais server exited (${exited}) before it was ready. Its output:\n${out}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The Relais server did not answer /api/health in time. Its output:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  // The setup code is printed before listen(), so it is in the output by now.
  return { baseUrl, port, dataDir, get setupCode() { return setupCode; }, output: () => out, stop };
}
