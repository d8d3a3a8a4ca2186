import { bigint, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * One counter per reference table (sites, visit reasons, organisations, staff accounts, desks, kinds of help), moved
 * by a statement-level trigger on every write to it, in the writer's transaction (migration 0048): whichever process,
 * import or hand-written SQL changed the table, its counter says so at commit. The reference cache
 * (reference-cache.ts) reads the counters in every request's first statement and keeps a list only while its counter stays.
 */
export const tableVersions = pgTable('table_versions', {
  name: text('name').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});
