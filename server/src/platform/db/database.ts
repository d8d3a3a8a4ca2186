import crypto from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import type pg from 'pg';
import type { PgliteLike } from './pglite-proxy';

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
  /** The embedded database: PGlite itself, or its client when it runs in a worker thread (`worker`). */
  pglite?: PGlite | PgliteLike;
  pool?: pg.Pool;
}

/** SQLSTATEs of failures that a fresh try of the same transaction may not meet: deadlock, serialization. */
const TRANSIENT = new Set(['40P01', '40001']);
/** How many times a transaction is tried in all before its transient failure becomes a 409. */
export const TRANSACTION_ATTEMPTS = 5;

/** The SQLSTATE of a database error, whether the driver's error or Drizzle's wrapper around it. */
export function sqlStateOf(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** A transaction that kept meeting deadlocks or serialization failures (see TRANSACTION_ATTEMPTS). */
export class TransientConflictError extends Error {
  constructor(public readonly sqlState: string, options?: { cause?: unknown }) {
    super(`transaction gave up after ${TRANSACTION_ATTEMPTS} attempts (${sqlState})`, options);
    this.name = 'TransientConflictError';
  }
}

/**
 * The shared transaction helper: every `db.transaction(...)` of the app goes through it. A deadlock or
 * a serialization failure rolls the whole transaction back, so it is tried again (a few times, after a
 * short random pause); what still fails becomes a TransientConflictError, answered 409. The callback
 * must therefore do nothing outside the database (no mail): that is already the rule (see ARCHITECTURE.md).
 */
function retryTransactions(db: Db): Db {
  const once = db.transaction.bind(db);
  const transaction = async (...args: Parameters<Db['transaction']>) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await once(...args);
      } catch (err) {
        const state = sqlStateOf(err);
        if (!state || !TRANSIENT.has(state)) throw err;
        if (attempt >= TRANSACTION_ATTEMPTS) throw new TransientConflictError(state, { cause: err });
        await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
      }
    }
  };
  return Object.assign(db, { transaction: transaction as Db['transaction'] });
}

export type OpenOptions =
  | { kind: 'postgres'; url: string; max?: number }
  | {
      kind: 'pglite';
      dataDir?: string;
      loadDataDir?: Blob | File;
      /** PostgreSQL settings given at start (`-c name=value`), e.g. { shared_buffers: '16MB' }. */
      settings?: Record<string, string>;
      /** Runs PGlite in a worker thread (pglite-proxy.ts), so that a slow query does not stall the event loop. */
      worker?: boolean;
    };

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.kind === 'postgres') {
    // The PostgreSQL driver is loaded only in that mode (the embedded mode never needs it).
    const [{ default: pg }, { drizzle: drizzlePg }] = await Promise.all([import('pg'), import('drizzle-orm/node-postgres')]);
    /** Dates come back as ISO strings (YYYY-MM-DD) from PostgreSQL `date` columns on both drivers. */
    pg.types.setTypeParser(1082, (v: string) => v);
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.max ?? 10, Client: namingClient(pg.Client) });
    // Without a listener, a server that goes away kills the process.
    pool.on('error', (err) => console.error('[db] idle client error:', err.message));
    const db = retryTransactions(drizzlePg(pool) as unknown as Db);
    return {
      db,
      kind: 'postgres',
      pool,
      rows: async (q) => ((await db.execute(q)) as unknown as { rows: never[] }).rows,
      close: () => pool.end(),
    };
  }
  if (opts.worker) {
    const [{ startPgliteWorker }, { drizzle: drizzlePglite }] = await Promise.all([import('./pglite-proxy'), import('drizzle-orm/pglite')]);
    const client = await startPgliteWorker({ dataDir: opts.dataDir, loadDataDir: opts.loadDataDir, settings: opts.settings });
    // Drizzle's PGlite session uses only query, exec and transaction, which the worker's client has.
    const db = retryTransactions(drizzlePglite(client as unknown as PGlite) as unknown as Db);
    return {
      db,
      kind: 'pglite',
      pglite: client,
      rows: async (q) => ((await db.execute(q)) as unknown as { rows: never[] }).rows,
      close: () => client.close(),
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
  // Text, as drizzle's driver asks with each query (see withoutParserCopies).
  for (const type of DRIZZLE_TEXT_TYPES) pglite.parsers[type] = asText;
  const db = retryTransactions(drizzlePglite(withoutParserCopies(pglite)) as unknown as Db);
  return {
    db,
    kind: 'pglite',
    pglite,
    rows: async (q) => ((await db.execute(q)) as unknown as { rows: never[] }).rows,
    close: () => pglite.close(),
  };
}

/**
 * The types drizzle's PGlite driver reads as text (instants, dates, intervals and their arrays: it parses them itself).
 * It asks for it with every query, by passing these parsers; PGlite then copies its ~430 type parsers into a new map
 * for that query (0.17 ms a statement here, the larger part of a short query's time). The embedded database reads
 * them as text by itself instead (its own parsers), and drizzle's queries reach it without the copy.
 */
const DRIZZLE_TEXT_TYPES = new Set([1114, 1184, 1186, 1082, 1231, 1115, 1185, 1187, 1182]);
const asText = (value: string) => value;
type QueryOptions = { parsers?: Record<string, unknown> } & Record<string, unknown>;
type Queryable = { query: (text: string, params?: unknown[], options?: QueryOptions) => Promise<unknown> };
function withoutParserCopies<T extends object>(client: T): T {
  const query = (target: Queryable) => (text: string, params?: unknown[], options?: QueryOptions) => {
    if (options?.parsers && Object.keys(options.parsers).every((t) => DRIZZLE_TEXT_TYPES.has(Number(t)))) {
      const { parsers: _same, ...rest } = options;
      return target.query(text, params, rest);
    }
    return target.query(text, params, options);
  };
  return new Proxy(client, {
    get(target, prop) {
      if (prop === 'query') return query(target as unknown as Queryable);
      if (prop === 'transaction')
        return (fn: (tx: unknown) => Promise<unknown>) =>
          (target as unknown as { transaction: (f: (tx: object) => Promise<unknown>) => Promise<unknown> }).transaction((tx) => fn(withoutParserCopies(tx)));
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The driver's client, naming every query by its text: PostgreSQL then parses and plans a query once per connection
 * and runs it by name after (a named prepared statement), instead of parsing every query of every request again.
 * Only single statements with parameters' shape (select, insert, update, delete, with); the rest (begin, commit,
 * migrations) goes as before. A pooler in transaction mode in front of PostgreSQL must keep prepared statements
 * (PgBouncer 1.21 or later with max_prepared_statements set).
 */
function namingClient(Base: typeof pg.Client): typeof pg.Client {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (!name) {
      name = `relais_${crypto.createHash('sha1').update(text).digest('base64url')}`;
      // (queries are made by the code, so their texts are few; the bound keeps an unusual one from growing it)
      if (names.size < 10_000) names.set(text, name);
    }
    return name;
  };
  const NAMEABLE = /^\s*(select|insert|update|delete|with)\b/i;
  return class extends Base {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the driver's overloads, passed through as they are
    query(config: any, values?: any, callback?: any): any {
      if (config && typeof config === 'object' && typeof config.text === 'string' && !config.name && NAMEABLE.test(config.text)) config = { ...config, name: nameOf(config.text) };
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(config, values, callback);
    }
  } as unknown as typeof pg.Client;
}

export async function ping(database: Database): Promise<boolean> {
  try {
    await database.rows(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

/**
 * PGlite runs no autovacuum: nothing refreshes the planner's statistics, and a table first seen empty is
 * planned as empty for ever (searches then scan the whole table instead of using their index). On PGlite,
 * ANALYZE the database (at start and every night); PostgreSQL's autovacuum does it by itself.
 */
export async function refreshPlannerStatistics(database: Database): Promise<void> {
  if (database.kind === 'pglite') await database.rows(sql`analyze`);
}
