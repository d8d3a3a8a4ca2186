import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { refreshPlannerStatistics, type Database } from './database';
import { backupFileName, pruneBackups, writeDump } from './backup';

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
  const brusselsHour = (d: Date) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', hour12: false }).format(d));
  let lastDay = '';
  /** Writes the night's backup when it is the backup hour in Brussels and none was written today; true if it wrote one. */
  return async function runIfDue(): Promise<boolean> {
    const now = (opts.now ?? (() => new Date()))();
    const day = now.toISOString().slice(0, 10);
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

export function scheduleNightlyBackup(opts: { database: Database; dataDir: string; hour: number; keep: number; log: FastifyBaseLogger; passphrase?: string }): () => void {
  const runIfDue = nightlyBackupJob(opts);
  let timer: NodeJS.Timeout;
  const tick = async () => {
    await runIfDue();
    timer = setTimeout(tick, 5 * 60_000);
    timer.unref();
  };
  timer = setTimeout(tick, 60_000);
  timer.unref();
  return () => clearTimeout(timer);
}
