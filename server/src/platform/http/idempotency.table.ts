import { pgTable, text, timestamp, integer, primaryKey } from 'drizzle-orm/pg-core';

/**
 * The answers to create requests that carried an `Idempotency-Key`: a repeated request (a double click, a
 * retry after a network cut) gets the first answer instead of making a second record. Kept 24 hours.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** who asked: `user:<id>` for staff, `anon:<address>` for public forms */
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    /** METHOD and route pattern, so that one key is not replayed on another route */
    route: text('route').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** null while the first request is being handled */
    status: integer('status'),
    contentType: text('content_type'),
    body: text('body'),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);
