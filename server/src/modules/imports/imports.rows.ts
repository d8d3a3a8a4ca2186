import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { importRowChunks, importWrittenChunks } from './imports.table';

/** Rows of a file per chunk: small statements, whatever the file's size (the embedded database keeps what a large one took). */
export const ROWS_PER_CHUNK = 1000;
/** Chunks read per query. */
const CHUNKS_PER_READ = 10;

/** Keeps a draft's rows, a chunk at a time. */
export async function saveRows(q: DbOrTx, batchId: number, rows: string[][]) {
  for (let n = 0; n * ROWS_PER_CHUNK < rows.length; n++) await q.insert(importRowChunks).values({ batchId, n, rows: rows.slice(n * ROWS_PER_CHUNK, (n + 1) * ROWS_PER_CHUNK) });
}

/** A draft's rows in order, read a few chunks at a time; `fallback`: the rows of a file uploaded before the chunks (kept in its batch). */
export async function loadRows(q: DbOrTx, batchId: number, fallback: string[][]): Promise<string[][]> {
  const out: string[][] = [];
  for (let from = 0; ; from += CHUNKS_PER_READ) {
    const part = await q
      .select({ rows: importRowChunks.rows })
      .from(importRowChunks)
      .where(and(eq(importRowChunks.batchId, batchId), gte(importRowChunks.n, from), lt(importRowChunks.n, from + CHUNKS_PER_READ)))
      .orderBy(asc(importRowChunks.n));
    for (const c of part) for (const r of c.rows) out.push(r);
    if (part.length < CHUNKS_PER_READ) break;
  }
  return out.length ? out : fallback;
}

/** Drops a draft's rows (once committed, the file's cells go). */
export async function dropRows(q: DbOrTx, batchId: number) {
  await q.delete(importRowChunks).where(eq(importRowChunks.batchId, batchId));
}

/** Blanks the cells of some rows (a person erased: no draft keeps the row linked to them). Answers whether any chunk held them. */
export async function blankRows(q: DbOrTx, batchId: number, indexes: number[]): Promise<boolean> {
  const byChunk = new Map<number, number[]>();
  for (const i of indexes) byChunk.set(Math.floor(i / ROWS_PER_CHUNK), [...(byChunk.get(Math.floor(i / ROWS_PER_CHUNK)) ?? []), i]);
  if (!byChunk.size) return false;
  const chunks = await q
    .select()
    .from(importRowChunks)
    .where(and(eq(importRowChunks.batchId, batchId), inArray(importRowChunks.n, [...byChunk.keys()])));
  for (const c of chunks) {
    const rows = c.rows.map((r, k) => (byChunk.get(c.n)!.includes(c.n * ROWS_PER_CHUNK + k) ? r.map(() => '') : r));
    await q.update(importRowChunks).set({ rows }).where(and(eq(importRowChunks.batchId, batchId), eq(importRowChunks.n, c.n)));
  }
  return chunks.length > 0;
}

/** Keeps what a commit wrote, a chunk at a time. */
export async function saveWritten(q: DbOrTx, batchId: number, written: unknown[]) {
  for (let n = 0; n * ROWS_PER_CHUNK < written.length; n++) await q.insert(importWrittenChunks).values({ batchId, n, written: written.slice(n * ROWS_PER_CHUNK, (n + 1) * ROWS_PER_CHUNK) });
}

/** What a commit wrote, in order; `fallback`: an import committed before the chunks (kept in its batch). */
export async function loadWritten<T>(q: DbOrTx, batchId: number, fallback: unknown[] | null): Promise<T[]> {
  const out: T[] = [];
  for (let from = 0; ; from += CHUNKS_PER_READ) {
    const part = await q
      .select({ written: importWrittenChunks.written })
      .from(importWrittenChunks)
      .where(and(eq(importWrittenChunks.batchId, batchId), gte(importWrittenChunks.n, from), lt(importWrittenChunks.n, from + CHUNKS_PER_READ)))
      .orderBy(asc(importWrittenChunks.n));
    for (const c of part) for (const w of c.written) out.push(w as T);
    if (part.length < CHUNKS_PER_READ) break;
  }
  return out.length ? out : ((fallback ?? []) as T[]);
}
