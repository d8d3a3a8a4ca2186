import { pgTable, text, timestamp, integer, index } from 'drizzle-orm/pg-core';

/**
 * What public forms took, per scope and address, for the hourly limits (`throttle.ts`). The address is kept as a
 * SHA-256 of scope and address, and only for the hour the limit counts (answers through public links stay anonymous).
 */
export const throttleAttempts = pgTable(
  'throttle_attempts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** what is limited: `rooms.request`, `events.register`, `trainings.evaluation`, `survey:<id>`... */
    scope: text('scope').notNull(),
    /** SHA-256 (hex) of scope and address */
    keyHash: text('key_hash').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('throttle_attempts_scope_key_at_idx').on(t.scope, t.keyHash, t.at), index('throttle_attempts_at_idx').on(t.at)],
);
