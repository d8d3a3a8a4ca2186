import fs from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * The embedded database off the main thread (PGLITE_WORKER=true): PGlite runs in a worker thread
 * (pglite-worker.mjs), and this client gives Drizzle the part of PGlite's interface it uses (`query`, `exec`,
 * `transaction` with a handle that has `query`, `exec` and `rollback`), plus `dumpDataDir` and `close`. A slow
 * query then keeps only the database busy, not the server's event loop (requests that need no database,
 * JSON and validation of the others, go on meanwhile, on another core). The worker belongs to this process: the
 * data directory's lock (data-dir-lock.ts) is this process's as before.
 */
export interface PgliteLike {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(sql: string): Promise<Results[]>;
  transaction<T>(fn: (tx: PgliteTxLike) => Promise<T>): Promise<T>;
  dumpDataDir(compression?: 'none' | 'gzip' | 'auto'): Promise<File | Blob>;
  close(): Promise<void>;
}
export interface PgliteTxLike {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(sql: string): Promise<Results[]>;
  rollback(): Promise<void>;
  closed: boolean;
}
interface QueryOptions {
  rowMode?: 'array' | 'object';
  /** Type parsers by type id; only identity parsers (raw text) cross to the worker, by their type ids. */
  parsers?: Record<number, (value: string, typeId: number) => unknown>;
}
interface Results<T = Record<string, unknown>> {
  rows: T[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number;
}

/** An error of the worker's database, with the fields of a PostgreSQL error (code, constraint, detail...). */
export class PgliteWorkerError extends Error {
  code?: string;
  constraint?: string;
  detail?: string;
  constructor(fields: Record<string, unknown>) {
    super(String(fields.message));
    Object.assign(this, fields);
    this.name = String(fields.name ?? 'DatabaseError');
  }
}

/** Where the worker's script is: beside this file in the sources, at the top of server/dist in the build. */
function workerScript(): URL {
  const candidates = ['./pglite-worker.mjs', '../pglite-worker.mjs', './platform/db/pglite-worker.mjs'].map((p) => new URL(p, import.meta.url));
  const found = candidates.find((u) => fs.existsSync(u));
  if (!found) throw new Error(`pglite-worker.mjs not found beside ${import.meta.url}`);
  return found;
}

export async function startPgliteWorker(opts: { dataDir?: string; loadDataDir?: Blob | File; settings?: Record<string, string> }): Promise<PgliteLike> {
  const worker = new Worker(workerScript(), { workerData: { dataDir: opts.dataDir, loadDataDir: opts.loadDataDir, settings: opts.settings } });
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: unknown): void }>();
  let nextId = 1;
  let failure: Error | null = null;
  const ready = new Promise<void>((resolve, reject) => pending.set(0, { resolve: () => resolve(), reject }));
  worker.on('message', (msg: { id: number; ok: boolean; result?: unknown; error?: Record<string, unknown> }) => {
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.ok) p.resolve(msg.result);
    else p.reject(new PgliteWorkerError(msg.error ?? { message: 'unknown error' }));
  });
  const fail = (err: Error) => {
    failure = err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the database worker stopped (exit code ${code})`)));
  await ready;

  const call = <T>(msg: Record<string, unknown>): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ ...msg, id });
    });
  };
  const rawTypes = (options?: QueryOptions) => (options?.parsers ? Object.keys(options.parsers).map(Number) : undefined);
  const query =
    (tx?: number) =>
    <T>(sql: string, params?: unknown[], options?: QueryOptions) =>
      call<Results<T>>({ op: 'query', sql, params: params ?? [], rowMode: options?.rowMode, rawTypes: rawTypes(options), tx });
  const exec = (tx?: number) => (sql: string) => call<Results[]>({ op: 'exec', sql, tx });

  return {
    query: query(),
    exec: exec(),
    async transaction<T>(fn: (tx: PgliteTxLike) => Promise<T>): Promise<T> {
      const { tx: id } = await call<{ tx: number }>({ op: 'begin' });
      const handle: PgliteTxLike = {
        query: query(id),
        exec: exec(id),
        closed: false,
        async rollback() {
          if (handle.closed) return;
          handle.closed = true;
          await call({ op: 'rollback', tx: id });
        },
      };
      let result: T;
      try {
        result = await fn(handle);
      } catch (err) {
        if (!handle.closed) {
          handle.closed = true;
          await call({ op: 'rollback', tx: id }).catch(() => undefined);
        }
        throw err;
      }
      if (!handle.closed) {
        handle.closed = true;
        await call({ op: 'commit', tx: id });
      }
      return result;
    },
    dumpDataDir: (compression = 'none') => call<File | Blob>({ op: 'dumpDataDir', compression }),
    async close() {
      if (failure) return;
      try {
        await call({ op: 'close' });
      } finally {
        await worker.terminate();
      }
    },
  };
}
