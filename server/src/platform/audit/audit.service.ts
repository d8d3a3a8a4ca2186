import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/database';
import { auditLog } from './audit.table';
import { systemClock, type Clock } from '../clock';

/** Who acts: a logged-in user, or the system (CLI, scheduler, public forms). */
export interface Actor {
  userId: number | null;
  name: string;
  ip?: string | null;
}

export const systemActor = (name = 'system'): Actor => ({ userId: null, name });

export interface AuditEntry {
  action: string; // e.g. person.read, person.update, user.create
  entityType: string; // e.g. person
  entityId?: string | number | null;
  details?: Record<string, unknown>;
}

export interface AuditFilter {
  actorUserId?: number;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

export type AuditService = ReturnType<typeof createAuditService>;

/** `clock` stamps each entry, so that the log agrees with the times the app writes elsewhere (and with a test's fixed clock). */
export function createAuditService({ db, clock = systemClock }: { db: Db; clock?: Clock }) {
  return {
    /** Appends one entry. Pass the transaction of the change so that both commit or neither. */
    async record(actor: Actor, entry: AuditEntry, tx: DbOrTx = db): Promise<void> {
      await tx.insert(auditLog).values({
        at: clock.now(),
        actorUserId: actor.userId,
        actorName: actor.name,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId == null ? null : String(entry.entityId),
        details: entry.details ?? null,
        ip: actor.ip ?? null,
      });
    },

    async list(filter: AuditFilter) {
      const where: SQL[] = [];
      if (filter.actorUserId) where.push(eq(auditLog.actorUserId, filter.actorUserId));
      // A prefix match: LIKE's wildcards in what was typed are taken literally.
      if (filter.action) where.push(sql`${auditLog.action} like ${filter.action.replace(/[\\%_]/g, (c) => '\\' + c) + '%'} escape '\\'`);
      if (filter.entityType) where.push(eq(auditLog.entityType, filter.entityType));
      if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
      if (filter.from) where.push(gte(auditLog.at, filter.from));
      if (filter.to) where.push(lt(auditLog.at, filter.to));
      const cond = where.length ? and(...where) : undefined;
      const [items, [{ total }]] = await Promise.all([
        db.select().from(auditLog).where(cond).orderBy(desc(auditLog.id)).limit(filter.limit).offset(filter.offset),
        db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(cond),
      ]);
      return { items, total };
    },
  };
}
