import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import type pg from 'pg';

/** Drizzle database, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;
/** A transaction handle, usable wherever a Db is. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs raw SQL and returns its rows (both drivers' shapes made one). */
  rows<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  close(): Promise<void>;
  pglite?: PGlite;
  pool?: pg.Pool;
}

export type OpenOptions =
  | { kind: 'postgres'; url: string; max?: number }
  | {
      kind: 'pglite';
      dataDir?: string;
      loadDataDir?: Blob | File;
      /** PostgreSQL settings given at start (`-c name=value`), e.g. { shared_buffers: '16MB' }. */
      settings?: Record<string, string>;
    };

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.kind === 'postgres') {
    // The PostgreSQL driver is loaded only in that mode (the embedded mode never needs it).
    const [{ default: pg }, { drizzle: drizzlePg }] = await Promise.all([import('pg'), import('drizzle-orm/node-postgres')]);
    /** Dates come back as ISO strings (YYYY-MM-DD) from PostgreSQL `date` columns on both drivers. */
    pg.types.setTypeParser(1082, (v: string) => v);
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.max ?? 10 });
    // Without a listener, a server that goes away kills the process.
    pool.on('error', (err) => console.error('[db] idle client error:', err.message));
    const db = drizzlePg(pool) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      pool,
      rows: async (q) => ((await db.execute(q)) as unknown as { rows: never[] }).rows,
      close: () => pool.end(),
    };
  }
  // The embedded database is loaded only in that mode.
  const [{ PGlite }, { pg_trgm }, { unaccent }, { btree_gist }, { drizzle: drizzlePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('@electric-sql/pglite/contrib/btree_gist'),
    import('drizzle-orm/pglite'),
  ]);
  const pglite = await PGlite.create({
    dataDir: opts.dataDir,
    loadDataDir: opts.loadDataDir,
    extensions: { pg_trgm, unaccent, btree_gist },
    ...(opts.settings && {
      startParams: [...PGlite.defaultStartParams, ...Object.entries(opts.settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])],
    }),
  });
  const db = drizzlePglite(pglite) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    pglite,
    rows: async (q) => ((await db.execute(q)) as unknown as { rows: never[] }).rows,
    close: () => pglite.close(),
  };
}

export async function ping(database: Database): Promise<boolean> {
  try {
    await database.rows(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
