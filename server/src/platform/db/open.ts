import type { Config } from '../../config';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';
import { openDatabase, type Database } from './database';

/**
 * Opens the configured database. In embedded mode the data directory is locked first, so that
 * no second process (server or CLI) can open it at the same time; the lock goes with close().
 */
export async function openConfiguredDatabase(config: Config, purpose: string): Promise<Database & { lock?: DataDirLock }> {
  if (config.DATABASE_URL) return openDatabase({ kind: 'postgres', url: config.DATABASE_URL });
  const lock = acquireDataDirLock(config.dataDir, purpose);
  try {
    const database = await openDatabase({
      kind: 'pglite',
      dataDir: `${config.dataDir}/pg`,
      settings: { shared_buffers: config.PGLITE_SHARED_BUFFERS },
    });
    return {
      ...database,
      lock,
      close: async () => {
        try {
          await database.close();
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
