import type { Config } from '../../config';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';
import { openDatabase, type Database } from './database';
import { makePrivate, preparePrivateDir } from './file-modes';

/**
 * Opens the configured database. In embedded mode the data directory is created private (0700), or
 * refused when others may write it (DataDirPermissionError), and made private; then it is locked, so that
 * no second process (server or CLI) can open it at the same time; the lock goes with close().
 */
export async function openConfiguredDatabase(config: Config, purpose: string): Promise<Database & { lock?: DataDirLock }> {
  if (config.DATABASE_URL) return openDatabase({ kind: 'postgres', url: config.DATABASE_URL });
  preparePrivateDir(config.dataDir);
  const lock = acquireDataDirLock(config.dataDir, purpose);
  try {
    const database = await openDatabase({
      kind: 'pglite',
      dataDir: `${config.dataDir}/pg`,
      settings: { shared_buffers: config.PGLITE_SHARED_BUFFERS },
      worker: config.PGLITE_WORKER,
    });
    // PGlite sets the mode of a few files itself (its relation cache files, 0644), whatever the umask:
    // made private again once it has started, and when it closes. (The 0700 directory keeps others out anyway.)
    makePrivate(config.dataDir);
    return {
      ...database,
      lock,
      close: async () => {
        try {
          await database.close();
          makePrivate(config.dataDir);
        } finally {
          lock.release();
        }
      },
    };
  } catch (err) {
    lock.release();
    throw err;
  }
}
