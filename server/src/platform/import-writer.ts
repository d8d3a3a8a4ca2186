import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './db/database';
import type { Actor } from './audit/audit.service';
import { rowsOf, type HistoryWrite, type HistoryWritten } from './imports';

/** A module's history table as the writer needs it: an id, a source and an external id. */
type HistoryTable = PgTable & { id: PgColumn; source: PgColumn; externalId: PgColumn; updatedAt: PgColumn };

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
  columns(w: HistoryWrite<V>, actor: Actor): Record<string, unknown>;
  now(): Date;
  /**
   * A table of ids linked to each record (an interview's categories, a visit's kinds of help): written with the
   * record (replaced on update), and on undo put back as they were. A record whose links alone change is updated.
   */
  links?: { table: PgTable; owner: PgColumn; value: PgColumn; name: string; of(w: HistoryWrite<V>): number[] };
}) {
  const { db, table, tableName } = opts;
  const t = table as unknown as PgTable & Record<string, PgColumn>;

  async function fingerprints(tx: Tx, ids: number[]): Promise<Map<number, string>> {
    const out = new Map<number, string>();
    for (let i = 0; i < ids.length; i += 5000) {
      const part = `{${ids.slice(i, i + 5000).join(',')}}`;
      const rows = rowsOf<{ id: number; f: string }>(await tx.execute(sql`select id, md5(${sql.raw(tableName)}::text) as f from ${sql.raw(tableName)} where id = any(${part}::int[])`));
      for (const r of rows) out.set(Number(r.id), r.f);
    }
    return out;
  }

  return {
    /** A digest of each record as it is now (an adapter that writes related rows after `write` takes it again). */
    fingerprints,

    async existing(source: string, externalIds: string[]): Promise<Map<string, number>> {
      const out = new Map<string, number>();
      for (let i = 0; i < externalIds.length; i += 5000) {
        const rows = (await db
          .select({ id: table.id, externalId: table.externalId })
          .from(t)
          .where(and(eq(table.source, source), inArray(table.externalId, externalIds.slice(i, i + 5000))))) as { id: number; externalId: string }[];
        for (const r of rows) out.set(r.externalId, r.id);
      }
      return out;
    },

    async write(tx: Tx, actor: Actor, items: HistoryWrite<V>[], onProgress?: (done: number) => void): Promise<HistoryWritten[]> {
      if (!opts.links) return writeRecords(tx, actor, items, onProgress);
      const l = opts.links;
      const lt = l.table as PgTable & Record<string, PgColumn>;
      // An updated record's links as they were: the undo puts them back.
      const updates = items.filter((w) => w.op === 'update').map((w) => w.id!);
      const had = new Map<number, number[]>(updates.map((id) => [id, []]));
      for (let i = 0; i < updates.length; i += 5000) {
        const rows = (await tx.select({ owner: l.owner, value: l.value }).from(lt).where(inArray(l.owner, updates.slice(i, i + 5000)))) as { owner: number; value: number }[];
        for (const r of rows) had.get(r.owner)!.push(r.value);
      }
      const written = await writeRecords(tx, actor, items, onProgress);
      const sameSet = (a: number[], b: number[]) => a.length === b.length && a.every((x) => b.includes(x));
      const replace: number[] = [];
      const touched: number[] = [];
      items.forEach((w, i) => {
        const before = had.get(written[i].id);
        if (w.op === 'create' || !before) return void replace.push(written[i].id);
        if (sameSet(before, [...new Set(l.of(w))])) return;
        replace.push(written[i].id);
        written[i].also = { ...written[i].also, [l.name]: before };
        if (written[i].action === 'unchanged') touched.push(i);
      });
      for (const i of touched) {
        const exact = await exactTimes(tx, written[i].id);
        await tx.update(t).set({ updatedAt: opts.now() }).where(eq(table.id, written[i].id));
        written[i] = { ...written[i], action: 'updated', before: { updatedAt: exact.updatedAt } };
      }
      if (touched.length) {
        const prints = await fingerprints(tx, touched.map((i) => written[i].id));
        for (const i of touched) written[i].fingerprint = prints.get(written[i].id) ?? '';
      }
      for (let i = 0; i < replace.length; i += 5000) await tx.delete(lt).where(inArray(l.owner, replace.slice(i, i + 5000)));
      const replaced = new Set(replace);
      const [ok, vk] = linkKeys(l);
      const links = items.flatMap((w, i) => (replaced.has(written[i].id) ? [...new Set(l.of(w))].map((v) => ({ [ok]: written[i].id, [vk]: v })) : []));
      for (let i = 0; i < links.length; i += 2000) await tx.insert(lt).values(links.slice(i, i + 2000));
      return written;
    },

    /** Undoes the writes of an import, or names the first record changed since. */
    async undo(tx: Tx, written: HistoryWritten[]): Promise<{ blockedBy: number | null }> {
      const r = await undoRecords(tx, written);
      const l = opts.links;
      if (r.blockedBy !== null || !l) return r;
      const lt = l.table as PgTable & Record<string, PgColumn>;
      const [ok, vk] = linkKeys(l);
      // The links an update replaced come back (a created record's go with it).
      const restored = written.filter((w) => w.action === 'updated' && w.also?.[l.name]);
      for (let i = 0; i < restored.length; i += 5000) {
        const part = restored.slice(i, i + 5000);
        await tx.delete(lt).where(inArray(l.owner, part.map((w) => w.id)));
        const links = part.flatMap((w) => w.also![l.name].map((v) => ({ [ok]: w.id, [vk]: v })));
        if (links.length) await tx.insert(lt).values(links);
      }
      return r;
    },
  };

  /** A record's timestamps as text, to the microsecond (what an undo puts back), by property name. */
  async function exactTimes(tx: Tx, id: number): Promise<Record<string, string>> {
    const [row] = rowsOf<{ j: unknown }>(await tx.execute(sql`select row_to_json(x) as j from ${sql.raw(tableName)} x where id = ${id}`));
    const json = (typeof row?.j === 'string' ? JSON.parse(row.j) : (row?.j ?? {})) as Record<string, unknown>;
    const out: Record<string, string> = {};
    for (const [k, c] of Object.entries(getTableColumns(table))) if (c.columnType === 'PgTimestamp' && typeof json[c.name] === 'string') out[k] = json[c.name] as string;
    return out;
  }

  /** The property names (in the Drizzle table) of a links table's owner and value columns. */
  function linkKeys(l: NonNullable<typeof opts.links>): [string, string] {
    const cols = Object.entries(getTableColumns(l.table));
    return [cols.find(([, c]) => c === l.owner)![0], cols.find(([, c]) => c === l.value)![0]];
  }

  async function writeRecords(tx: Tx, actor: Actor, items: HistoryWrite<V>[], onProgress?: (done: number) => void): Promise<HistoryWritten[]> {
    const result: HistoryWritten[] = new Array(items.length);
    const creates = items.map((w, i) => ({ w, i })).filter((x) => x.w.op === 'create');
    let done = 0;
    for (let k = 0; k < creates.length; k += 500) {
      const part = creates.slice(k, k + 500);
      const rows = (await tx
        .insert(t)
        .values(part.map(({ w }) => ({ ...opts.columns(w, actor), source: w.source, externalId: w.externalId, createdBy: actor.userId })))
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
          .set({ ...patch, updatedAt: opts.now() })
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
    for (const w of written) {
      if (w.action !== 'updated' || !w.before) continue;
      const before = { ...w.before };
      // Timestamps were kept as text to the microsecond (a Date has milliseconds only): put back exactly.
      for (const [k, v] of Object.entries(before)) if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && t[k]?.columnType === 'PgTimestamp') before[k] = sql`${v}::timestamptz`;
      await tx.update(t).set(before).where(eq(table.id, w.id));
    }
    const created = written.filter((w) => w.action === 'created').map((w) => w.id);
    for (let i = 0; i < created.length; i += 5000) await tx.delete(t).where(inArray(table.id, created.slice(i, i + 5000)));
    return { blockedBy: null };
  }
}
