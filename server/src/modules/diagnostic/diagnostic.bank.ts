import { asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import { notFound } from '../../platform/http/errors';
import { BANK_FILES, type BankFileItem } from './bank/bank-files';
import { diagnosticItems } from './diagnostic.table';
import type { ItemInput } from './diagnostic.schemas';
import type { DiagnosticDeps, ItemRow } from './diagnostic.core';

const rowOf = (i: BankFileItem, version: number) => ({
  code: i.code,
  bankVersion: version,
  area: i.area as ItemRow['area'],
  level: i.level,
  difficulty: i.difficulty,
  kind: i.kind as ItemRow['kind'],
  content: { pictogram: i.pictogram, prompt: i.prompt, scene: i.scene ?? null, task: i.task ?? null, options: i.options ?? [], dragLabel: i.dragLabel ?? null },
  answer: i.kind === 'type' ? { accept: i.accept ?? [], caseSensitive: i.caseSensitive ?? false } : { key: i.answer },
});

/** The item bank: the versioned bank written with the project (bank/bank-v1.json, bank-v2.json), and what trainers add. */
export function createDiagnosticBank(deps: DiagnosticDeps) {
  const { db, audit } = deps;
  let cache: { at: number; items: ItemRow[] } | null = null;
  let installed: Promise<void> | null = null;
  /** The bank files go in once per process, before the first read (not at start: the app may run unmigrated for its contract). */
  const ensureInstalled = () => (installed ??= part.installBank().catch((e) => {
    installed = null;
    throw e;
  }));

  const part = {
    /** Adds the items of the bank files that the database does not hold yet (at start; an edited item stays). */
    async installBank() {
      const rows = BANK_FILES.flatMap((f) => (f.items as BankFileItem[]).map((i) => rowOf(i, f.version)));
      await db.insert(diagnosticItems).values(rows).onConflictDoNothing();
      cache = null;
    },

    /** Active items (kept a minute: every answer needs them). */
    async activeItems(): Promise<ItemRow[]> {
      if (cache && Date.now() - cache.at < 60_000) return cache.items;
      await ensureInstalled();
      const items = (await db.select().from(diagnosticItems).where(eq(diagnosticItems.active, true)).orderBy(asc(diagnosticItems.code))) as ItemRow[];
      cache = { at: Date.now(), items };
      return items;
    },

    async itemsByCode(codes: string[]): Promise<Map<string, ItemRow>> {
      if (!codes.length) return new Map();
      const rows = (await db.select().from(diagnosticItems).where(sql`${diagnosticItems.code} in ${codes}`)) as ItemRow[];
      return new Map(rows.map((r) => [r.code, r]));
    },

    async bank() {
      await ensureInstalled();
      const items = (await db.select().from(diagnosticItems).orderBy(asc(diagnosticItems.area), asc(diagnosticItems.level), asc(diagnosticItems.code))) as ItemRow[];
      const counts = new Map<string, { area: ItemRow['area']; level: number; count: number }>();
      for (const i of items.filter((x) => x.active)) {
        const k = `${i.area}:${i.level}`;
        counts.set(k, { area: i.area, level: i.level, count: (counts.get(k)?.count ?? 0) + 1 });
      }
      return {
        items: items.map((i) => ({
          code: i.code,
          bankVersion: i.bankVersion,
          area: i.area,
          level: i.level,
          difficulty: i.difficulty,
          kind: i.kind,
          ...i.content,
          answer: i.answer.key ?? null,
          accept: i.answer.accept ?? [],
          active: i.active,
        })),
        counts: [...counts.values()],
      };
    },

    async createItem(actor: Actor, input: ItemInput) {
      await ensureInstalled();
      const code = await db.transaction(async (tx) => {
        const [version] = await tx.select({ v: sql<number>`coalesce(max(${diagnosticItems.bankVersion}), 1)::int` }).from(diagnosticItems);
        const [row] = await tx
          .insert(diagnosticItems)
          .values({
            code: input.code,
            bankVersion: version.v + 1,
            area: input.area,
            level: input.level,
            difficulty: input.difficulty,
            kind: input.kind,
            content: { pictogram: input.pictogram, prompt: input.prompt, scene: input.scene, task: input.task, options: input.kind === 'type' ? [] : input.options, dragLabel: input.dragLabel },
            answer: input.kind === 'type' ? { accept: input.accept ?? [], caseSensitive: input.caseSensitive } : input.kind === 'self' ? { key: 'yes' } : { key: input.answer },
            createdBy: actor.userId,
          })
          .returning();
        await audit.record(actor, { action: 'diagnostic.item_create', entityType: 'diagnostic_item', entityId: row.code, details: { area: row.area, level: row.level } }, tx);
        return row.code;
      });
      cache = null;
      return (await part.bank()).items.find((i) => i.code === code)!;
    },

    async setItemActive(actor: Actor, code: string, active: boolean) {
      await db.transaction(async (tx) => {
        const [row] = await tx.update(diagnosticItems).set({ active }).where(eq(diagnosticItems.code, code)).returning();
        if (!row) throw notFound('what.diagnostic_item');
        await audit.record(actor, { action: 'diagnostic.item_update', entityType: 'diagnostic_item', entityId: code, details: { active } }, tx);
      });
      cache = null;
      return (await part.bank()).items.find((i) => i.code === code)!;
    },
  };
  return part;
}
export type DiagnosticBank = ReturnType<typeof createDiagnosticBank>;
