import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, jsonb, index, check } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.table';

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'manual', 'done', 'cancelled'] as const;

/**
 * Every message Relais sends to someone (confirmations, reminders, answers to requests). It is sent by
 * e-mail when a mail server is configured and an address is known (`pending` -> `sent`, or `failed` after
 * the retries); otherwise it waits as `manual` in the staff's list, to call or send by hand (-> `done`).
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** what the message is, e.g. 'events.registration_confirmed' (a catalog key `outbox.purpose.<purpose>` names it) */
    purpose: text('purpose').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    /** the permission whose holders see it in the list (the sending module's), e.g. 'rooms.manage' */
    access: text('access').notNull(),
    toName: text('to_name'),
    toEmail: text('to_email'),
    toPhone: text('to_phone'),
    locale: text('locale').notNull().default('fr'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    html: text('html'),
    /** [{ filename, contentType, base64 }] */
    attachments: jsonb('attachments').$type<{ filename: string; contentType: string; base64: string }[]>().notNull().default([]),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    handledBy: integer('handled_by').references(() => users.id),
    handledAt: timestamp('handled_at', { withTimezone: true }),
  },
  (t) => [
    index('outbox_messages_status_idx').on(t.status, t.nextAttemptAt),
    index('outbox_messages_entity_idx').on(t.entityType, t.entityId),
    check('outbox_messages_status_known', sql`${t.status} in ('pending', 'sent', 'failed', 'manual', 'done', 'cancelled')`),
  ],
);
