import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../platform/db/database';

/**
 * An import killed (SIGKILL) in the middle of its commit leaves all or nothing (issue 16): a real child process
 * commits a file of 5,000 people on a PGlite data directory (and on PostgreSQL with TEST_DATABASE_URL); it is
 * killed once the commit's transaction has written its first batches; the database, reopened, holds none of the
 * file's people and the import is still a draft, which a second process then commits whole.
 */
const ROOT = path.resolve(import.meta.dirname, '../../../..');
const CHILD = 'server/src/modules/imports/test/commit-child.ts';
const ROWS = 5000;
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-import-crash-'));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

function child(env: Record<string, string>, killOn?: string): Promise<{ out: string; signal: NodeJS.Signals | null; code: number | null }> {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(DATABASE_URL|TEST_DATABASE_URL|DATA_DIR|VITEST.*|NODE_OPTIONS)$/.test(k)) clean[k] = v;
  const p = spawn(process.execPath, ['--import', 'tsx', CHILD], { cwd: ROOT, env: { ...clean, ROWS: String(ROWS), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const onData = (d: Buffer) => {
    out += d;
    if (killOn && out.includes(killOn) && p.exitCode === null && !p.killed) p.kill('SIGKILL');
  };
  p.stdout.on('data', onData);
  p.stderr.on('data', (d) => (out += d));
  return new Promise((resolve) => p.on('exit', (code, signal) => resolve({ out, signal, code })));
}

async function counts(db: Database) {
  const [{ n }] = await db.rows<{ n: number }>(sql`select count(*)::int as n from people where source = 'crash'`);
  const batches = await db.rows<{ id: number; status: string }>(sql`select id, status from import_batches where source = 'crash'`);
  return { people: Number(n), batches };
}

async function crashAndRecover(env: Record<string, string>, open: () => Promise<Database>) {
  const killed = await child(env, 'WRITING');
  expect(killed.signal, killed.out).toBe('SIGKILL');
  expect(killed.out).toContain('WRITING');
  expect(killed.out).not.toContain('COMMITTED');
  const id = Number(/DRAFT (\d+)/.exec(killed.out)![1]);
  let db = await open();
  try {
    // Nothing of the file: the transaction never committed, and the import is still a draft.
    expect(await counts(db)).toEqual({ people: 0, batches: [{ id, status: 'draft' }] });
  } finally {
    await db.close();
  }
  // The draft is committed whole by the next process.
  const again = await child({ ...env, COMMIT_ONLY: String(id) });
  expect(again.out).toContain('COMMITTED');
  db = await open();
  try {
    expect(await counts(db)).toEqual({ people: ROWS, batches: [{ id, status: 'committed' }] });
  } finally {
    await db.close();
  }
}

describe('an import killed during its commit', () => {
  it('on a PGlite data directory: all or nothing', { timeout: 240_000 }, async () => {
    const dataDir = path.join(TMP, 'pg');
    await crashAndRecover({ DATA_DIR: dataDir }, () => openDatabase({ kind: 'pglite', dataDir }));
  });

  const baseUrl = process.env.TEST_DATABASE_URL;
  it.skipIf(!baseUrl)('on PostgreSQL: all or nothing', { timeout: 240_000 }, async () => {
    const name = `relais_import_crash_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const u = new URL(baseUrl!);
    u.pathname = `/${name}`;
    try {
      await crashAndRecover({ DATABASE_URL: u.toString() }, () => openDatabase({ kind: 'postgres', url: u.toString() }));
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
