import { and, eq, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import { hasMessage, translate, type Locale } from '../../platform/i18n/messages';
import { brusselsDay } from '../../platform/brussels-time';
import type { ImportWritten } from '../people/people.import';
import { importBatches, importWrittenChunks } from './imports.table';
import { blankRows, loadRows, loadWritten } from './imports.rows';

/**
 * The imports' part of a person's own data (GDPR access) and of their erasure: the files that created or
 * updated the record (with the values an update replaced, kept to undo it), and the files not yet committed
 * whose row staff linked to the record (the row's cells as read).
 */
export function registerImportsGdpr(ctx: ModuleContext) {
  const field = (locale: Locale, key: string) => (hasMessage(`import.field.${key}`) ? translate(locale, `import.field.${key}`) : key);
  const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? v.join(', ') : String(v));

  // the files that wrote the record, and the drafts (few: they are committed or dropped), whose decisions are read here
  const holding = (personId: number) => {
    const me = JSON.stringify([{ id: personId }]);
    return sql`${importBatches.written} @> ${me}::jsonb or ${importBatches.status} = 'draft' or exists (select 1 from ${importWrittenChunks} c where c.batch_id = ${importBatches.id} and c.written @> ${me}::jsonb)`;
  };

  ctx.registry.gdprPart({
    key: 'imports',
    tables: ['import_batches', 'import_row_chunks', 'import_written_chunks'],
    async collect({ personId, locale }) {
      const T = (k: string) => translate(locale, `imports.gdpr.${k}`);
      const batches = await ctx.db
        .select()
        .from(importBatches)
        .where(holding(personId))
        .orderBy(importBatches.createdAt, importBatches.id);
      // A draft's rows are read only when one of its decisions names the person.
      const linked = (b: (typeof batches)[number]) => Object.values(b.decisions).some((d) => (d.action === 'link' || d.action === 'merge') && d.personId === personId);
      for (const b of batches) {
        if (b.status === 'draft' && linked(b)) b.rows = await loadRows(ctx.db, b.id, b.rows);
        if (b.status !== 'draft') b.written = await loadWritten(ctx.db, b.id, b.written);
      }
      const rows = batches.flatMap((b) => {
        const base = { file: b.fileName, source: b.source, status: T(`status.${b.status}`), on: brusselsDay(b.committedAt ?? b.createdAt) };
        if (b.status !== 'draft') {
          return ((b.written ?? []) as ImportWritten[])
            .filter((w) => w.id === personId)
            .map((w) => ({
              ...base,
              what: T(`action.${w.action}`),
              data: w.before ? Object.entries(w.before).map(([k, v]) => `${field(locale, k)}: ${show(v)}`).join('; ') || null : null,
            }));
        }
        return Object.entries(b.decisions)
          .filter(([, d]) => (d.action === 'link' || d.action === 'merge') && d.personId === personId)
          .map(([row]) => ({
            ...base,
            what: T(`action.${b.decisions[row].action}`),
            data: (b.rows[Number(row)] ?? []).map((cell, i) => `${b.headers[i] ?? i + 1}: ${show(cell)}`).join('; ') || null,
          }));
      });
      if (!rows.length) return [];
      return [{ key: 'import_batches', title: T('title'), columns: ['on', 'file', 'source', 'status', 'what', 'data'].map((key) => ({ key, label: T(key) })), rows }];
    },
  });

  // Once a person is erased, no file keeps their former values nor their row: the import of them cannot be undone any more.
  ctx.registry.erasureHook(async (tx, personId) => {
    const batches = await tx
      .select({ id: importBatches.id, written: importBatches.written, decisions: importBatches.decisions, rows: importBatches.rows, status: importBatches.status })
      .from(importBatches)
      .where(holding(personId));
    const erased = (w: ImportWritten) => (w.id === personId ? { id: w.id, action: w.action, fingerprint: 'erased' } : w);
    for (const b of batches) {
      let changed = false;
      const written = b.written ? ((b.written as ImportWritten[]).map((w) => (w.id === personId && (changed = true) ? erased(w) : w))) : null;
      // The chunks that hold the person: their former values go (an undo of the import is refused since).
      const chunks = await tx
        .select()
        .from(importWrittenChunks)
        .where(and(eq(importWrittenChunks.batchId, b.id), sql`${importWrittenChunks.written} @> ${JSON.stringify([{ id: personId }])}::jsonb`));
      for (const c of chunks)
        await tx
          .update(importWrittenChunks)
          .set({ written: (c.written as ImportWritten[]).map(erased) })
          .where(and(eq(importWrittenChunks.batchId, b.id), eq(importWrittenChunks.n, c.n)));
      const rows = b.rows.map((r, i) => {
        const d = b.decisions[String(i)];
        if (b.status !== 'draft' || !d || (d.action !== 'link' && d.action !== 'merge') || d.personId !== personId) return r;
        changed = true;
        return r.map(() => '');
      });
      const mine = Object.entries(b.decisions)
        .filter(([, d]) => b.status === 'draft' && (d.action === 'link' || d.action === 'merge') && d.personId === personId)
        .map(([i]) => Number(i));
      if (await blankRows(tx, b.id, mine)) changed = true;
      if (changed) await tx.update(importBatches).set({ written, rows }).where(eq(importBatches.id, b.id));
    }
  });
}
