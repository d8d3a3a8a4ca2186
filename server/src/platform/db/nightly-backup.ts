import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { refreshPlannerStatistics, type Database } from './database';
import { backupFileName, pruneBackups, writeDump } from './backup';
import { brusselsDay, brusselsTime } from '../brussels-time';
import type { JobRunner } from '../jobs/jobs';

/**
 * Embedded mode has no fsync and no server-side backup tool: the server writes a full dump
 * every night at `hour` (Europe/Brussels) into DATA_DIR/backups and keeps the last `keep`.
 */
export function nightlyBackupJob(opts: {
  database: Database;
  dataDir: string;
  hour: number;
  keep: number;
  log: Pick<FastifyBaseLogger, 'info' | 'error'>;
  now?: () => Date;
  /** BACKUP_PASSPHRASE: when set, every nightly backup is encrypted with it */
  passphrase?: string;
}) {
  const dir = path.join(opts.dataDir, 'backups');
  const brusselsHour = (d: Date) => Number(brusselsTime(d).slice(0, 2));
  let lastDay = '';
  /** Writes the night's backup when it is the backup hour in Brussels and none was written today; true if it wrote one. */
  return async function runIfDue(at?: Date): Promise<boolean> {
    const now = at ?? (opts.now ?? (() => new Date()))();
    const day = brusselsDay(now);
    if (brusselsHour(now) === opts.hour && day !== lastDay) {
      lastDay = day;
      try {
        const res = await writeDump(opts.database, path.join(dir, backupFileName(now, !!opts.passphrase)), { passphrase: opts.passphrase });
        const removed = pruneBackups(dir, opts.keep);
        opts.log.info({ ...res, removed }, 'nightly backup written');
        await refreshPlannerStatistics(opts.database);
        return true;
      } catch (err) {
        opts.log.error({ err }, 'nightly backup failed');
      }
    }
    return false;
  };
}

/** The nightly backup as a job of the app's runner (on the app clock): it looks every five minutes whether it is the hour. */
export function registerNightlyBackup(
  jobs: JobRunner,
  opts: { database: Database; dataDir: string; hour: number; keep: number; log: FastifyBaseLogger; passphrase?: string },
): void {
  const runIfDue = nightlyBackupJob(opts);
  jobs.register({ name: 'backup.nightly', schedule: { everyMinutes: 5 }, run: async (now) => void (await runIfDue(now)) });
}
