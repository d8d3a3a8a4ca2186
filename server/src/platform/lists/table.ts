import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The table of a configurable list (front-desk visit reasons, social-desk problem categories...): a stable code
 * (unique, `^[a-z0-9_]{2,40}$`), a label in French, Dutch and English, an order, and `active` (an item is retired,
 * never deleted, so that past records and figures keep their meaning). A module declares its own in its
 * *.table.ts: `export const frontdeskReasons = listTable('frontdesk_reasons')`; the constraints are named
 * `<table>_code_unique` and `<table>_code_format`.
 */
export function listTable<N extends string>(name: N) {
  return pgTable(
    name,
    {
      id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
      code: text('code').notNull(),
      labelFr: text('label_fr').notNull(),
      labelNl: text('label_nl').notNull(),
      labelEn: text('label_en').notNull(),
      sortOrder: integer('sort_order').notNull().default(100),
      active: boolean('active').notNull().default(true),
      createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [uniqueIndex(`${name}_code_unique`).on(t.code), check(`${name}_code_format`, sql`${t.code} ~ '^[a-z0-9_]{2,40}$'`)],
  );
}

export type ListTable = ReturnType<typeof listTable<string>>;
export type ListItemRow = ListTable['$inferSelect'];
