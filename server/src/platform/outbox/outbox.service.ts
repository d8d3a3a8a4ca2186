import { and, asc, desc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/database';
import type { Clock } from '../clock';
import type { Mailer } from '../mailer';
import type { Actor, AuditService } from '../audit/audit.service';
import type { Locale } from '../i18n/messages';
import { conflict, notFound } from '../http/errors';
import type { Permission } from '../auth/roles';
import { outboxMessages, type OUTBOX_STATUSES } from './outbox.table';

export interface OutgoingMessage {
  to: { name?: string | null; email?: string | null; phone?: string | null; locale?: Locale };
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; content: string | Buffer; contentType: string }[];
  /** what it is, e.g. 'events.registration_confirmed' */
  purpose: string;
  /** who sees it in the staff's list when it must be sent by hand (the sending module's permission) */
  access: Permission;
  entityType?: string;
  entityId?: string | number;
}

/** How a message will reach the person: by e-mail (a mail server is set and the address known), or by staff (call, post, by hand). */
export type Delivery = 'email' | 'manual';

export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export type OutboxRow = typeof outboxMessages.$inferSelect;

const MAX_ATTEMPTS = 5;
/** Minutes to wait before the next attempt after a failure: 1, 5, 15, 60. */
const BACKOFF_MINUTES = [1, 5, 15, 60];

export type OutboxService = ReturnType<typeof createOutboxService>;

/**
 * The one way out for every message. Modules call `enqueue` inside their transaction (the message exists
 * if and only if what it announces was committed) and show the user the `delivery` it returns; a background
 * job (`sendPending`) sends what can be sent.
 */
export function createOutboxService(deps: { db: Db; clock: Clock; mailer: Mailer; audit: AuditService }) {
  const { db, clock, mailer, audit } = deps;

  const service = {
    /** Whether e-mail can be sent at all (a mail server is configured). */
    get emailEnabled() {
      return mailer.enabled;
    },

    async enqueue(message: OutgoingMessage, tx: DbOrTx = db): Promise<{ id: number; delivery: Delivery }> {
      const email = message.to.email?.trim() || null;
      const delivery: Delivery = mailer.enabled && email ? 'email' : 'manual';
      const [row] = await tx
        .insert(outboxMessages)
        .values({
          createdAt: clock.now(),
          purpose: message.purpose,
          entityType: message.entityType ?? null,
          entityId: message.entityId === undefined ? null : String(message.entityId),
          access: message.access.key,
          toName: message.to.name ?? null,
          toEmail: email,
          toPhone: message.to.phone ?? null,
          locale: message.to.locale ?? 'fr',
          subject: message.subject,
          body: message.text,
          html: message.html ?? null,
          attachments: (message.attachments ?? []).map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            base64: Buffer.from(a.content).toString('base64'),
          })),
          status: delivery === 'email' ? 'pending' : 'manual',
          nextAttemptAt: delivery === 'email' ? clock.now() : null,
        })
        .returning({ id: outboxMessages.id });
      return { id: row.id, delivery };
    },

    /** Sends the pending e-mails that are due (the background job). Returns how many were sent. */
    async sendPending(limit = 50): Promise<{ sent: number; failed: number }> {
      if (!mailer.enabled) return { sent: 0, failed: 0 };
      const now = clock.now();
      let sent = 0;
      let failed = 0;
      // Claim a batch: push their next attempt forward so that another process does not take them meanwhile.
      const claimed = await db.transaction(async (tx) => {
        const due = await tx
          .select({ id: outboxMessages.id })
          .from(outboxMessages)
          .where(and(eq(outboxMessages.status, 'pending'), or(isNull(outboxMessages.nextAttemptAt), lte(outboxMessages.nextAttemptAt, now))))
          .orderBy(asc(outboxMessages.id))
          .limit(limit)
          .for('update', { skipLocked: true });
        if (!due.length) return [];
        return tx
          .update(outboxMessages)
          .set({ nextAttemptAt: new Date(now.getTime() + 10 * 60_000) })
          .where(inArray(outboxMessages.id, due.map((d) => d.id)))
          .returning();
      });
      for (const m of claimed) {
        try {
          await mailer.send({
            to: m.toName ? `"${m.toName.replace(/"/g, '')}" <${m.toEmail}>` : m.toEmail!,
            subject: m.subject,
            text: m.body,
            html: m.html ?? undefined,
            attachments: m.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.base64, 'base64') })),
          });
          await db.update(outboxMessages).set({ status: 'sent', sentAt: clock.now(), attempts: m.attempts + 1, lastError: null }).where(eq(outboxMessages.id, m.id));
          sent++;
        } catch (err) {
          const attempts = m.attempts + 1;
          const giveUp = attempts >= MAX_ATTEMPTS;
          await db
            .update(outboxMessages)
            .set({
              status: giveUp ? 'failed' : 'pending',
              attempts,
              lastError: err instanceof Error ? err.message.slice(0, 500) : 'error',
              nextAttemptAt: giveUp ? null : new Date(clock.now().getTime() + BACKOFF_MINUTES[Math.min(attempts - 1, BACKOFF_MINUTES.length - 1)] * 60_000),
            })
            .where(eq(outboxMessages.id, m.id));
          if (giveUp) failed++;
        }
      }
      return { sent, failed };
    },

    /** The messages a user may see (those of the permissions they hold), by status, newest first. */
    async list(opts: { permissions: readonly string[]; status?: OutboxStatus[]; limit: number; offset: number }) {
      if (!opts.permissions.length) return { items: [], total: 0 };
      const where = and(inArray(outboxMessages.access, [...opts.permissions]), opts.status?.length ? inArray(outboxMessages.status, opts.status) : undefined);
      const [items, [{ total }]] = await Promise.all([
        db.select().from(outboxMessages).where(where).orderBy(desc(outboxMessages.id)).limit(opts.limit).offset(opts.offset),
        db.select({ total: sql<number>`count(*)::int` }).from(outboxMessages).where(where),
      ]);
      return { items, total };
    },

    /** How many messages wait for staff (to send by hand, or failed), for the navigation badge. */
    async waiting(permissions: readonly string[]): Promise<number> {
      if (!permissions.length) return 0;
      const [{ n }] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(outboxMessages)
        .where(and(inArray(outboxMessages.access, [...permissions]), inArray(outboxMessages.status, ['manual', 'failed'])));
      return n;
    },

    async get(id: number, permissions: readonly string[]): Promise<OutboxRow> {
      const [m] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, id));
      if (!m || !permissions.includes(m.access)) throw notFound('what.message');
      return m;
    },

    /** Staff called, posted or e-mailed it themselves. */
    async markDone(actor: Actor & { userId: number }, id: number, permissions: readonly string[]) {
      const m = await service.get(id, permissions);
      if (m.status !== 'manual' && m.status !== 'failed') throw conflict('error.outbox.not_waiting');
      const [row] = await db.transaction(async (tx) => {
        const updated = await tx
          .update(outboxMessages)
          .set({ status: 'done', handledBy: actor.userId, handledAt: clock.now() })
          .where(and(eq(outboxMessages.id, id), inArray(outboxMessages.status, ['manual', 'failed'])))
          .returning();
        if (!updated.length) throw conflict('error.outbox.not_waiting');
        await audit.record(actor, { action: 'outbox.done', entityType: 'outbox_message', entityId: id, details: { purpose: m.purpose } }, tx);
        return updated;
      });
      return row;
    },

    /** A failed e-mail is tried again (now that the address or the mail server is fixed). */
    async retry(actor: Actor & { userId: number }, id: number, permissions: readonly string[]) {
      const m = await service.get(id, permissions);
      if (m.status !== 'failed' || !m.toEmail || !mailer.enabled) throw conflict('error.outbox.cannot_retry');
      const [row] = await db
        .update(outboxMessages)
        .set({ status: 'pending', attempts: 0, nextAttemptAt: clock.now(), lastError: null })
        .where(eq(outboxMessages.id, id))
        .returning();
      await audit.record(actor, { action: 'outbox.retry', entityType: 'outbox_message', entityId: id });
      return row;
    },

    /** The messages about one record (e.g. a booking), for its page: what was sent, what waits. */
    async forEntity(entityType: string, entityId: string | number) {
      return db
        .select()
        .from(outboxMessages)
        .where(and(eq(outboxMessages.entityType, entityType), eq(outboxMessages.entityId, String(entityId))))
        .orderBy(asc(outboxMessages.id));
    },
  };
  return service;
}
