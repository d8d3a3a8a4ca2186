import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app';
import { nightlyBackupJob } from '../src/platform/db/nightly-backup';
import { readDump } from '../src/platform/db/backup';

let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await createTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-nightly-'));
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('nightly backups in embedded mode', () => {
  it('writes one full backup a night at the Brussels hour and keeps the last N', async () => {
    await t.as('reception', { method: 'POST', url: '/api/people', payload: { firstName: 'Nour', lastName: 'Haddad', confirmNotDuplicate: true } });
    let now = new Date('2026-03-01T00:30:00Z'); // 01:30 in Brussels (winter)
    const log = { info: () => undefined, error: (e: unknown) => console.error(e) };
    const job = nightlyBackupJob({ database: t.database, dataDir: dir, hour: 2, keep: 3, log, now: () => now });
    expect(await job()).toBe(false); // not the hour yet
    now = new Date('2026-03-01T01:05:00Z'); // 02:05 in Brussels
    expect(await job()).toBe(true);
    expect(await job()).toBe(false); // once a night
    for (const day of ['02', '03', '04', '05']) {
      now = new Date(`2026-03-${day}T01:10:00Z`);
      expect(await job()).toBe(true);
    }
    // Summer time: 02:00 in Brussels is 00:00 UTC.
    now = new Date('2026-07-01T00:10:00Z');
    expect(await job()).toBe(true);
    const files = fs.readdirSync(path.join(dir, 'backups')).sort();
    expect(files).toHaveLength(3);
    expect(files.at(-1)).toBe('relais-20260701-001000.json.gz');
    const dump = readDump(path.join(dir, 'backups', files.at(-1)!));
    const people = dump.tables.find((x) => x.name === 'people')!;
    expect(people.rows.length).toBe(1);
  });
});
