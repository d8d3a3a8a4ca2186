import path from 'node:path';
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Database } from './database';
import { packageRoot } from '../package-root';

export const migrationsFolder = path.join(packageRoot, 'server/migrations');

/** An arbitrary, fixed key for the advisory lock that serialises migrations across app processes. */
const MIGRATION_LOCK_KEY = 7_246_001;

/** Applies the versioned migrations in server/migrations that are not applied yet. */
export async function migrate(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    const { migrate: migratePglite } = await import('drizzle-orm/pglite/migrator');
    await migratePglite(database.db as never, { migrationsFolder });
    return;
  }
  // Several app processes may start together on one PostgreSQL: one migrates, the others wait.
  // The lock is held on a connection of its own, outside the pool that the migrator uses.
  const [{ default: pg }, { migrate: migratePg }] = await Promise.all([import('pg'), import('drizzle-orm/node-postgres/migrator')]);
  const client = new pg.Client(database.pool!.options);
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(database.db as never, { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

export function migrationsInRepo(): string[] {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((e) => e.tag);
}

export interface SchemaVersion {
  applied: number;
  expected: number;
  latest: string;
}

export async function schemaVersion(database: Database): Promise<SchemaVersion> {
  const tags = migrationsInRepo();
  let applied = 0;
  try {
    const rows = await database.rows<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    applied = rows[0]?.n ?? 0;
  } catch {
    applied = 0;
  }
  return { applied, expected: tags.length, latest: tags[applied - 1] ?? 'none' };
}
