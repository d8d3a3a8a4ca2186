// The embedded database in a worker thread (PGLITE_WORKER=true, see pglite-proxy.ts): PGlite runs its queries on this
// thread, so that a slow query no longer stalls the server's event loop. Plain JavaScript on purpose: the worker
// loads as it is from the sources (tsx, vitest) and from server/dist (the build copies it), with nothing to compile.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';

const identity = (value) => value;
/** Drizzle asks for some types as raw text (dates, timestamps, intervals and their arrays): the same here, by type id. */
const parsersOf = (rawTypes) => (rawTypes && rawTypes.length ? Object.fromEntries(rawTypes.map((oid) => [oid, identity])) : undefined);

/** What the main thread needs of an error: its message and the fields a PostgreSQL error carries (code, constraint...). */
function serialiseError(err) {
  const out = { message: String(err?.message ?? err), name: err?.name ?? 'Error' };
  for (const key of ['code', 'detail', 'hint', 'position', 'schema', 'table', 'column', 'dataType', 'constraint', 'severity', 'where', 'routine', 'file', 'line'])
    if (err && err[key] !== undefined) out[key] = err[key];
  return out;
}

const { dataDir, loadDataDir, settings } = workerData;
const ready = PGlite.create({
  dataDir,
  loadDataDir,
  extensions: { pg_trgm, unaccent, btree_gist },
  ...(settings && { startParams: [...PGlite.defaultStartParams, ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])] }),
});

/** Open transactions: the PGlite transaction handle, and how to end it (commit: resolve; rollback: reject). */
const transactions = new Map();
let nextTx = 1;

async function handle(msg, db) {
  const target = msg.tx ? transactions.get(msg.tx)?.handle : db;
  if (msg.tx && !target) throw new Error(`transaction ${msg.tx} is not open`);
  switch (msg.op) {
    case 'query': {
      const res = await target.query(msg.sql, msg.params, { rowMode: msg.rowMode, parsers: parsersOf(msg.rawTypes) });
      return { rows: res.rows, fields: res.fields, affectedRows: res.affectedRows };
    }
    case 'exec': {
      const res = await target.exec(msg.sql);
      return res.map((r) => ({ rows: r.rows, fields: r.fields, affectedRows: r.affectedRows }));
    }
    case 'begin': {
      const id = nextTx++;
      let opened;
      const started = new Promise((resolve) => (opened = resolve));
      const entry = {};
      entry.done = db
        .transaction(
          (handle) =>
            new Promise((resolve, reject) => {
              Object.assign(entry, { handle, commit: resolve, rollback: reject });
              opened();
            }),
        )
        .finally(() => transactions.delete(id));
      // A transaction that fails to begin rejects `done` before `started`.
      entry.done.catch(() => undefined);
      transactions.set(id, entry);
      await Promise.race([started, entry.done]);
      return { tx: id };
    }
    case 'commit': {
      const entry = transactions.get(msg.tx);
      if (!entry) throw new Error(`transaction ${msg.tx} is not open`);
      entry.commit();
      await entry.done;
      return null;
    }
    case 'rollback': {
      const entry = transactions.get(msg.tx);
      if (!entry) return null;
      const marker = new Error('rollback');
      entry.rollback(marker);
      await entry.done.catch((err) => {
        if (err !== marker) throw err;
      });
      return null;
    }
    case 'dumpDataDir':
      return await db.dumpDataDir(msg.compression);
    case 'close':
      await db.close();
      return null;
    default:
      throw new Error(`unknown operation ${msg.op}`);
  }
}

parentPort.on('message', async (msg) => {
  try {
    const db = await ready;
    parentPort.postMessage({ id: msg.id, ok: true, result: await handle(msg, db) });
  } catch (err) {
    parentPort.postMessage({ id: msg.id, ok: false, error: serialiseError(err) });
  }
});

ready.then(
  () => parentPort.postMessage({ id: 0, ok: true, result: 'ready' }),
  (err) => parentPort.postMessage({ id: 0, ok: false, error: serialiseError(err) }),
);
