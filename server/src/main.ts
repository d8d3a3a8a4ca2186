import { loadConfig } from './config';
import { keepHeapNearLive } from './platform/heap';
import { buildApp } from './app';
import { openConfiguredDatabase } from './platform/db/open';
import { migrate } from './platform/db/migrate';
import { refreshPlannerStatistics } from './platform/db/database';
import { DataDirInUseError } from './platform/db/data-dir-lock';
import { registerNightlyBackup } from './platform/db/nightly-backup';
import { offsetClock } from './platform/clock';
import { DataDirPermissionError, usePrivateUmask } from './platform/db/file-modes';

async function main() {
  // Before any file is created (the embedded database, backups): private to this account.
  usePrivateUmask();
  const config = loadConfig();
  keepHeapNearLive(config.HEAP_GROWING_PERCENT);
  let database;
  try {
    database = await openConfiguredDatabase(config, 'server');
  } catch (err) {
    if (err instanceof DataDirInUseError || err instanceof DataDirPermissionError) {
      console.error(`Relais cannot start: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  await migrate(database);
  await refreshPlannerStatistics(database);
  const app = await buildApp({ config, database, clock: config.TEST_CLOCK_OFFSET_MS ? offsetClock(config.TEST_CLOCK_OFFSET_MS) : undefined });
  // Embedded mode: the nightly backup is one more job of the runner.
  if (config.embedded)
    registerNightlyBackup(app.relais.ctx.jobs, { database, dataDir: config.dataDir, hour: config.BACKUP_HOUR, keep: config.BACKUP_KEEP, log: app.log, passphrase: config.BACKUP_PASSPHRASE });

  // Background jobs (sending the outbox, reminders, ...) run on the app clock, once across processes.
  app.relais.ctx.jobs.start();

  const token = await app.relais.ctx.auth.setupToken();
  if (token) {
    app.log.warn(`No user yet. Open the web app and create the first administrator with this setup code: ${token}`);
    console.log(`\n  Relais first-run setup code: ${token}\n`);
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.relais.ctx.jobs.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info(`Relais is listening on http://localhost:${(app.server.address() as { port: number }).port} (${database.kind})`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
