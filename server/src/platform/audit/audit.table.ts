import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, jsonb, bigint, index } from 'drizzle-orm/pg-core';

/**
 * Who did what to which record and when. Append-only: a trigger (migration 0001) refuses
 * UPDATE and DELETE, and no route writes to it other than by appending.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: integer('actor_user_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    ip: text('ip'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_actor_idx').on(t.actorUserId, t.at),
    /** entries of other kinds that name a person in their details (a GDPR export gathers them) */
    index('audit_log_person_idx').on(sql`(${t.details} ->> 'personId')`).where(sql`(${t.details} ->> 'personId') is not null`),
  ],
);
