import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../src/platform/db/database';
import { migrationsFolder } from '../src/platform/db/migrate';

/**
 * For a test of what a migration does to data already there: an embedded database on a temporary directory,
 * migrated up to (not including) the first migration whose SQL contains `marker`. The test fills it as it was, then
 * runs `migrate(database)` and looks at what came out. `close()` removes everything.
 */
export async function databaseBefore(marker: string): Promise<{ database: Database; close: () => Promise<void> }> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const sqlOf = (tag: string) => path.join(migrationsFolder, `${tag}.sql`);
  const moving = journal.entries.findIndex((e) => fs.readFileSync(sqlOf(e.tag), 'utf8').includes(marker));
  if (moving < 1) throw new Error(`no migration after the first contains ${marker}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-migration-'));
  const before = path.join(dir, 'migrations');
  fs.mkdirSync(path.join(before, 'meta'), { recursive: true });
  for (const e of journal.entries.slice(0, moving)) fs.copyFileSync(sqlOf(e.tag), path.join(before, `${e.tag}.sql`));
  fs.writeFileSync(path.join(before, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, moving) }));
  const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pg') });
  const { migrate: migratePglite } = await import('drizzle-orm/pglite/migrator');
  await migratePglite(database.db as never, { migrationsFolder: before });
  return {
    database,
    close: async () => {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
