import { pgTable, text, timestamp, jsonb } from 'drizzle-orm/pg-core';

/** Installation-wide settings (retention period, opening hours...), one JSON value per key. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
