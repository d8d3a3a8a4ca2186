import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './db/database';
import type { Actor } from './audit/audit.service';
import { rowsOf, type HistoryWrite, type HistoryWritten } from './imports';

/** A module's history table as the writer needs it: an id, a source (`source`, or `sourceKey`) and an external id. */
type HistoryTable = PgTable & { id: PgColumn; externalId: PgColumn; updatedAt: PgColumn };

/**
 * The write and undo an import adapter shares with the others: inserts in batches of 500, updates of the record
 * holding the same source and external id (what was there before is kept for the undo), a digest of every row
 * written (an undo is refused when a record changed since), and an undo that deletes what was created and puts
 * back what was updated. `columns` turns a write into the table's columns.
 */
export function historyTableWriter<V>(opts: {
  db: Db;
  table: HistoryTable;
  /** the table's SQL name, for the digests */
  tableName: string;
  /** the property holding the import's source, when the table's `source` says something else (room bookings: staff or public) */
  sourceKey?: string;
  columns(w: HistoryWrite<V>, actor: Actor): Record<string, unknown>;
  now(): Date;
  /**
   * A table of rows linked to each record (an interview's categories, a visit's kinds of help, a participant's
   * attendance): written with the record (replaced on update), and on undo put back exactly as they were (every
   * column, read as JSON). `of` gives a write's rows by SQL column name (the owner's column aside), with JSON
   * values (numbers, booleans, text); an update whose rows differ from those held (on the columns `of` gives)
   * replaces them, and a record whose links alone change is updated.
   */
  links?: { tableName: string; owner: string; name: string; of(w: HistoryWrite<V>): Record<string, string | number | boolean | null>[] };
  /**
   * Columns that follow from a change of a record (room bookings: calendars replace an event only when its iCalendar
   * SEQUENCE grows, RFC 5545 3.8.7.4, so it grows when the start, end or room changes, as a move at the desk does).
   * Given the record as it is and what changes (the import's update, or an undo's return to the state before); what it
   * answers is written with the change and is not put back by an undo (an undo is one more change for a calendar).
   */
  follows?(current: Record<string, unknown>, change: Record<string, unknown>): Record<string, unknown>;
}) {
  const { db, table, tableName } = opts;
  const t = table as unknown as PgTable & Record<string, PgColumn>;
  const sourceKey = opts.sourceKey ?? 'source';
  const sourceColumn = t[sourceKey];

  async function fingerprints(tx: Tx, ids: number[]): Promise<Map<number, string>> {
    const out = new Map<number, string>();
    for (let i = 0; i < ids.length; i += 5000) {
      const part = `{${ids.slice(i, i + 5000).join(',')}}`;
      // With its linked rows: attendance recorded since, or categories changed, also stop an undo.
      const l = opts.links;
      const linked = l
        ? sql` || coalesce((select string_agg(x::text, ',' order by x::text) from ${sql.identifier(l.tableName)} x where x.${sql.identifier(l.owner)} = r.id), '')`
        : sql``;
      const rows = rowsOf<{ id: number; f: string }>(await tx.execute(sql`select r.id, md5(r::text${linked}) as f from ${sql.raw(tableName)} r where r.id = any(${part}::int[])`));
      for (const r of rows) out.set(Number(r.id), r.f);
    }
    return out;
  }

  return {
    /** A digest of each record (and its linked rows) as it is now (an adapter that writes related rows after `write` takes it again). */
    fingerprints,

    async existing(source: string, externalIds: string[]): Promise<Map<string, number>> {
      const out = new Map<string, number>();
      for (let i = 0; i < externalIds.length; i += 5000) {
        const rows = (await db
          .select({ id: table.id, externalId: table.externalId })
          .from(t)
          .where(and(eq(sourceColumn, source), inArray(table.externalId, externalIds.slice(i, i + 5000))))) as { id: number; externalId: string }[];
        for (const r of rows) out.set(r.externalId, r.id);
      }
      return out;
    },

    async write(tx: Tx, actor: Actor, items: HistoryWrite<V>[], onProgress?: (done: number) => void): Promise<HistoryWritten[]> {
      if (!opts.links) return writeRecords(tx, actor, items, onProgress);
      const l = opts.links;
      // An updated record's links as they were: the undo puts them back.
      const had = await linkRows(tx, l, items.filter((w) => w.op === 'update').map((w) => w.id!));
      const written = await writeRecords(tx, actor, items, onProgress);
      const replace: number[] = [];
      const touched: number[] = [];
      items.forEach((w, i) => {
        const before = had.get(written[i].id);
        if (w.op === 'create' || !before) return void replace.push(written[i].id);
        if (sameRows(before, l.of(w))) return;
        replace.push(written[i].id);
        written[i].also = { ...written[i].also, [l.name]: before };
        if (written[i].action === 'unchanged') touched.push(i);
      });
      for (const i of touched) {
        const exact = await exactTimes(tx, written[i].id);
        await tx.update(t).set({ updatedAt: opts.now() }).where(eq(table.id, written[i].id));
        written[i] = { ...written[i], action: 'updated', before: { updatedAt: exact.updatedAt } };
      }
      await deleteLinks(tx, l, replace);
      const replaced = new Set(replace);
      await insertLinks(tx, l, items.flatMap((w, i) => (replaced.has(written[i].id) ? l.of(w).map((row) => ({ ...row, [l.owner]: written[i].id })) : [])));
      // The digests again, with the links as written.
      const prints = await fingerprints(tx, written.map((w) => w.id));
      for (const w of written) w.fingerprint = prints.get(w.id) ?? '';
      return written;
    },

    /** Undoes the writes of an import, or names the first record changed since. */
    async undo(tx: Tx, written: HistoryWritten[]): Promise<{ blockedBy: number | null }> {
      const r = await undoRecords(tx, written);
      const l = opts.links;
      if (r.blockedBy !== null || !l) return r;
      // The links an update replaced come back (a created record's go with it).
      const restored = written.filter((w) => w.action === 'updated' && w.also?.[l.name]);
      await deleteLinks(tx, l, restored.map((w) => w.id));
      await insertLinks(tx, l, restored.flatMap((w) => w.also![l.name] as Record<string, unknown>[]));
      return r;
    },
  };

  type Links = NonNullable<typeof opts.links>;
  /** Each record's linked rows, every column as JSON (timestamps as text, to the microsecond). */
  async function linkRows(tx: Tx, l: Links, ids: number[]): Promise<Map<number, Record<string, unknown>[]>> {
    const out = new Map<number, Record<string, unknown>[]>(ids.map((id) => [id, []]));
    for (let i = 0; i < ids.length; i += 5000) {
      const part = `{${ids.slice(i, i + 5000).join(',')}}`;
      const rows = rowsOf<{ o: number; j: unknown }>(await tx.execute(sql`select ${sql.identifier(l.owner)} as o, row_to_json(x) as j from ${sql.identifier(l.tableName)} x where ${sql.identifier(l.owner)} = any(${part}::int[])`));
      for (const r of rows) out.get(Number(r.o))!.push((typeof r.j === 'string' ? JSON.parse(r.j) : r.j) as Record<string, unknown>);
    }
    return out;
  }
  /** The same rows (in any order) on the columns the new ones give. */
  function sameRows(before: Record<string, unknown>[], next: Record<string, unknown>[]) {
    if (before.length !== next.length) return false;
    const keys = [...new Set(next.flatMap((r) => Object.keys(r)))].sort();
    const key = (r: Record<string, unknown>) => JSON.stringify(keys.map((k) => r[k] ?? null));
    const a = before.map(key).sort();
    const b = next.map(key).sort();
    return a.every((x, i) => x === b[i]);
  }
  async function deleteLinks(tx: Tx, l: Links, ids: number[]) {
    for (let i = 0; i < ids.length; i += 5000) await tx.execute(sql`delete from ${sql.identifier(l.tableName)} where ${sql.identifier(l.owner)} = any(${`{${ids.slice(i, i + 5000).join(',')}}`}::int[])`);
  }
  /** Inserts rows given as JSON by column name (the columns they do not give take their defaults). */
  async function insertLinks(tx: Tx, l: Links, rows: Record<string, unknown>[]) {
    for (let i = 0; i < rows.length; i += 2000) {
      const part = rows.slice(i, i + 2000);
      const cols = sql.join([...new Set(part.flatMap((r) => Object.keys(r)))].map((c) => sql.identifier(c)), sql`, `);
      await tx.execute(sql`insert into ${sql.identifier(l.tableName)} (${cols}) select ${cols} from json_populate_recordset(null::${sql.identifier(l.tableName)}, ${JSON.stringify(part)}::json)`);
    }
  }

  /** A record's timestamps as text, to the microsecond (what an undo puts back), by property name. */
  async function exactTimes(tx: Tx, id: number): Promise<Record<string, string>> {
    const [row] = rowsOf<{ j: unknown }>(await tx.execute(sql`select row_to_json(x) as j from ${sql.raw(tableName)} x where id = ${id}`));
    const json = (typeof row?.j === 'string' ? JSON.parse(row.j) : (row?.j ?? {})) as Record<string, unknown>;
    const out: Record<string, string> = {};
    for (const [k, c] of Object.entries(getTableColumns(table))) if (c.columnType === 'PgTimestamp' && typeof json[c.name] === 'string') out[k] = json[c.name] as string;
    return out;
  }

  async function writeRecords(tx: Tx, actor: Actor, items: HistoryWrite<V>[], onProgress?: (done: number) => void): Promise<HistoryWritten[]> {
    const result: HistoryWritten[] = new Array(items.length);
    const creates = items.map((w, i) => ({ w, i })).filter((x) => x.w.op === 'create');
    let done = 0;
    for (let k = 0; k < creates.length; k += 500) {
      const part = creates.slice(k, k + 500);
      const rows = (await tx
        .insert(t)
        .values(part.map(({ w }) => ({ ...opts.columns(w, actor), [sourceKey]: w.source, externalId: w.externalId, createdBy: actor.userId })))
        .returning({ id: table.id })) as { id: number }[];
      rows.forEach((r, j) => (result[part[j].i] = { id: r.id, action: 'created', fingerprint: '' }));
      done += part.length;
      onProgress?.(done);
    }
    for (let i = 0; i < items.length; i++) {
      const w = items[i];
      if (w.op !== 'update') continue;
      const [before] = (await tx.select().from(t).where(eq(table.id, w.id!)).for('update')) as Record<string, unknown>[];
      const exact = await exactTimes(tx, w.id!);
      const next = opts.columns(w, actor);
      const patch: Record<string, unknown> = {};
      const previous: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(next)) {
        const old = before[k];
        const same = old instanceof Date && v instanceof Date ? old.getTime() === v.getTime() : JSON.stringify(old) === JSON.stringify(v);
        if (same) continue;
        patch[k] = v;
        previous[k] = k in exact ? exact[k] : old;
      }
      if (!Object.keys(patch).length) result[i] = { id: w.id!, action: 'unchanged', fingerprint: '' };
      else {
        await tx
          .update(t)
          .set({ ...patch, updatedAt: opts.now(), ...opts.follows?.(before, patch) })
          .where(eq(table.id, w.id!));
        result[i] = { id: w.id!, action: 'updated', before: { ...previous, updatedAt: exact.updatedAt ?? before.updatedAt }, fingerprint: '' };
      }
      if (++done % 500 === 0) onProgress?.(done);
    }
    const prints = await fingerprints(tx, result.map((r) => r.id));
    for (const r of result) r.fingerprint = prints.get(r.id) ?? '';
    onProgress?.(items.length);
    return result;
  }

  async function undoRecords(tx: Tx, written: HistoryWritten[]): Promise<{ blockedBy: number | null }> {
    const at = await fingerprints(tx, written.map((w) => w.id));
    for (const w of written) if (w.action !== 'unchanged' && at.get(w.id) !== w.fingerprint) return { blockedBy: w.id };
    // What was created goes first: what it holds (a session's place, a room's hours) is free for what comes back.
    const created = written.filter((w) => w.action === 'created').map((w) => w.id);
    for (let i = 0; i < created.length; i += 5000) await tx.delete(t).where(inArray(table.id, created.slice(i, i + 5000)));
    for (const w of written) {
      if (w.action !== 'updated' || !w.before) continue;
      const before: Record<string, unknown> = { ...w.before };
      if (opts.follows) {
        const [current] = (await tx.select().from(t).where(eq(table.id, w.id))) as Record<string, unknown>[];
        const back = Object.fromEntries(Object.entries(before).map(([k, v]) => [k, typeof v === 'string' && t[k]?.columnType === 'PgTimestamp' ? new Date(v) : v]));
        const follow = opts.follows(current, back);
        // A record an undo changes for calendars is stamped now, not with its old stamp.
        if (Object.keys(follow).length) Object.assign(before, { updatedAt: opts.now(), ...follow });
      }
      // Timestamps were kept as text to the microsecond (a Date has milliseconds only): put back exactly.
      for (const [k, v] of Object.entries(before)) if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && t[k]?.columnType === 'PgTimestamp') before[k] = sql`${v}::timestamptz`;
      await tx.update(t).set(before).where(eq(table.id, w.id));
    }
    return { blockedBy: null };
  }
}
