import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app';
import { nightlyBackupJob } from '../src/platform/db/nightly-backup';
import { BackupPassphraseError, readDump } from '../src/platform/db/backup';

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

  it('encrypts the nightly backups when BACKUP_PASSPHRASE is set, 0600 whatever the umask', async () => {
    const encDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-nightly-enc-'));
    const previous = process.umask(0o000);
    try {
      const now = new Date('2026-03-10T01:05:00Z');
      const log = { info: () => undefined, error: (e: unknown) => console.error(e) };
      const job = nightlyBackupJob({ database: t.database, dataDir: encDir, hour: 2, keep: 3, log, now: () => now, passphrase: 'nightly orchard passphrase' });
      expect(await job()).toBe(true);
      const file = path.join(encDir, 'backups', 'relais-20260310-010500.json.gz.enc');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.join(encDir, 'backups')).mode & 0o777).toBe(0o700);
      expect(() => readDump(file)).toThrow(BackupPassphraseError);
      expect(() => readDump(file, 'wrong')).toThrow(/Wrong backup passphrase/);
      expect(readDump(file, 'nightly orchard passphrase').tables.find((x) => x.name === 'people')!.rows.length).toBe(1);
    } finally {
      process.umask(previous);
      fs.rmSync(encDir, { recursive: true, force: true });
    }
  });
});
