import dayjs from 'dayjs';
import { and, asc, eq, lte, ne, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import type { DbOrTx } from '../../platform/db/database';
import { conflict, invalidField, notFound } from '../../platform/http/errors';
import { brusselsDay } from '../../platform/brussels-time';
import { equipmentAssets, equipmentBackups, equipmentInterventions, equipmentLoans, equipmentTasks } from './equipment.table';
import type { BackupInput, InterventionInput, TaskInput, TaskPatch } from './equipment.schemas';
import { LIFE_YEARS, WARRANTY_NOTICE_DAYS, type AssetRow, type EquipmentCore, type EquipmentDeps, type TaskRow } from './equipment.core';
import type { createEquipmentAssets } from './equipment.assets';

/** The next due day of a recurring task done on `day`. */
export const nextDueAfter = (day: string, every: number, unit: 'week' | 'month') => dayjs(day).add(every, unit).format('YYYY-MM-DD');

/** Looking after the machines: incidents and interventions, recurring tasks, backups, and the IT trainer's overview. */
export function createEquipmentCare(deps: EquipmentDeps & { core: EquipmentCore; assets: ReturnType<typeof createEquipmentAssets> }) {
  const { db, clock, audit, core, assets } = deps;

  async function loadTask(assetId: number, taskId: number, tx: DbOrTx = db): Promise<TaskRow> {
    const [t] = await tx.select().from(equipmentTasks).where(and(eq(equipmentTasks.id, taskId), eq(equipmentTasks.assetId, assetId)));
    if (!t) throw notFound('what.equipment_task');
    return t;
  }

  const part = {
    /** Records an incident or an intervention; one that did a recurring task makes it due again one period later. */
    async addIntervention(actor: Actor, assetId: number, input: InterventionInput) {
      const today = brusselsDay(clock.now());
      if (input.day > today) throw invalidField('body.day', 'error.equipment.day_in_future');
      if (input.byUserId) await core.checkReferences({ holderUserId: input.byUserId }).catch(() => {
        throw invalidField('body.byUserId', 'error.equipment.unknown_staff');
      });
      const asset = await core.loadAsset(assetId);
      // Everything is checked before the status changes (a refused intervention changes nothing).
      if (input.taskId) await loadTask(assetId, input.taskId);
      if (input.setStatus && input.setStatus !== asset.status) await assets.updateAsset(actor, assetId, { status: input.setStatus });
      return db.transaction(async (tx) => {
        await core.loadAsset(assetId, tx, true);
        if (input.taskId) {
          const task = await loadTask(assetId, input.taskId, tx);
          await tx
            .update(equipmentTasks)
            .set({ lastDone: input.day, nextDue: nextDueAfter(input.day, task.every, task.unit) })
            .where(eq(equipmentTasks.id, task.id));
        }
        const { setStatus: _, cost, ...values } = input;
        const [i] = await tx
          .insert(equipmentInterventions)
          .values({ ...values, assetId, cost: cost === undefined || cost === null ? null : cost.toFixed(2), byUserId: input.byUserId ?? (input.byName ? null : actor.userId), createdBy: actor.userId })
          .returning();
        await audit.record(actor, { action: 'equipment.intervention_add', entityType: 'equipment_asset', entityId: assetId, details: { interventionId: i.id, kind: i.kind, day: i.day } }, tx);
        return {
          id: i.id,
          assetId,
          kind: i.kind,
          day: i.day,
          summary: i.summary,
          by: i.byName ?? (i.byUserId === actor.userId ? actor.name : null),
          byUserId: i.byUserId,
          minutesSpent: i.minutesSpent,
          cost: i.cost === null ? null : Number(i.cost),
          taskId: i.taskId,
        };
      });
    },

    async deleteIntervention(actor: Actor, assetId: number, interventionId: number) {
      await db.transaction(async (tx) => {
        const [gone] = await tx
          .delete(equipmentInterventions)
          .where(and(eq(equipmentInterventions.id, interventionId), eq(equipmentInterventions.assetId, assetId)))
          .returning();
        if (!gone) throw notFound('what.equipment_intervention');
        await audit.record(actor, { action: 'equipment.intervention_delete', entityType: 'equipment_asset', entityId: assetId, details: { interventionId, summary: gone.summary } }, tx);
      });
    },

    async addTask(actor: Actor, assetId: number, input: TaskInput) {
      const row = await db.transaction(async (tx) => {
        await core.loadAsset(assetId, tx, true);
        const [t] = await tx.insert(equipmentTasks).values({ ...input, assetId }).returning();
        await audit.record(actor, { action: 'equipment.task_add', entityType: 'equipment_asset', entityId: assetId, details: { taskId: t.id, title: t.title } }, tx);
        return t;
      });
      return (await core.presentTasks([row]))[0];
    },

    async updateTask(actor: Actor, assetId: number, taskId: number, patch: TaskPatch) {
      const row = await db.transaction(async (tx) => {
        await loadTask(assetId, taskId, tx);
        const [t] = await tx.update(equipmentTasks).set(patch).where(eq(equipmentTasks.id, taskId)).returning();
        await audit.record(actor, { action: 'equipment.task_update', entityType: 'equipment_asset', entityId: assetId, details: { taskId, ...patch } }, tx);
        return t;
      });
      return (await core.presentTasks([row]))[0];
    },

    /** Every active recurring task due on or before a day (all of them without a day), soonest first. */
    async tasksDue(until?: string) {
      const rows = await db
        .select({ t: equipmentTasks })
        .from(equipmentTasks)
        .innerJoin(equipmentAssets, eq(equipmentAssets.id, equipmentTasks.assetId))
        .where(and(eq(equipmentTasks.active, true), ne(equipmentAssets.status, 'retired'), until ? lte(equipmentTasks.nextDue, until) : undefined))
        .orderBy(asc(equipmentTasks.nextDue), asc(equipmentTasks.id));
      return core.presentTasks(rows.map((r) => r.t));
    },

    /** A backup checked by hand (source manual) or reported by a machine's script (source script). */
    async recordBackup(actor: Actor, asset: AssetRow | number, input: BackupInput, source: 'manual' | 'script') {
      const now = clock.now();
      const at = input.at ?? now;
      if (at.getTime() > now.getTime() + 5 * 60_000) throw invalidField('body.at', 'error.equipment.backup_in_future');
      const assetId = typeof asset === 'number' ? asset : asset.id;
      return db.transaction(async (tx) => {
        const a = await core.loadAsset(assetId, tx, true);
        if (a.status === 'retired') throw conflict('error.equipment.asset_retired', { name: a.name });
        const [b] = await tx
          .insert(equipmentBackups)
          .values({ assetId, at, source, ok: input.ok, note: input.note ?? null, byUserId: source === 'manual' ? actor.userId : null })
          .returning();
        await audit.record(actor, { action: 'equipment.backup_record', entityType: 'equipment_asset', entityId: assetId, details: { backupId: b.id, source, ok: b.ok, at: b.at.toISOString() } }, tx);
        return { id: b.id, assetId, at: b.at.toISOString(), source: b.source, ok: b.ok, note: b.note, by: source === 'manual' ? actor.name : null };
      });
    },

    /** What the IT trainer's home page shows: tasks due within a week, overdue backups, what is out, warranties, old machines. */
    async overview() {
      const now = clock.now();
      const today = brusselsDay(now);
      const inAWeek = dayjs(today).add(7, 'day').format('YYYY-MM-DD');
      const warrantyLimit = dayjs(today).add(WARRANTY_NOTICE_DAYS, 'day').format('YYYY-MM-DD');
      const [counts] = await db
        .select({
          total: sql<number>`count(*) filter (where ${equipmentAssets.status} <> 'retired')`.mapWith(Number),
          inUse: sql<number>`count(*) filter (where ${equipmentAssets.status} = 'in_use')`.mapWith(Number),
          inRepair: sql<number>`count(*) filter (where ${equipmentAssets.status} = 'in_repair')`.mapWith(Number),
          lent: sql<number>`count(*) filter (where ${equipmentAssets.status} = 'lent')`.mapWith(Number),
          inStock: sql<number>`count(*) filter (where ${equipmentAssets.status} = 'in_stock')`.mapWith(Number),
        })
        .from(equipmentAssets);
      const oldestPurchase = Math.min(...Object.values(LIFE_YEARS));
      const [tasksDue, backed, loansOut, warranty, old] = await Promise.all([
        part.tasksDue(inAWeek),
        assets.rowsWhere(and(sql`${equipmentAssets.backupEveryDays} is not null`, ne(equipmentAssets.status, 'retired'))),
        db.select().from(equipmentLoans).where(sql`${equipmentLoans.returnedAt} is null`).orderBy(asc(equipmentLoans.dueBack), asc(equipmentLoans.outAt)),
        assets.rowsWhere(and(ne(equipmentAssets.status, 'retired'), sql`${equipmentAssets.warrantyEnd} is not null`, lte(equipmentAssets.warrantyEnd, warrantyLimit))),
        assets.rowsWhere(
          and(ne(equipmentAssets.status, 'retired'), lte(equipmentAssets.purchaseDate, dayjs(today).subtract(oldestPurchase, 'year').format('YYYY-MM-DD'))),
        ),
      ]);
      const backupsOverdue = (await core.presentAssets(backed)).filter((a) => a.backupOverdue);
      const warrantyEnding = (await core.presentAssets(warranty)).sort((a, b) => (a.warrantyEnd ?? '').localeCompare(b.warrantyEnd ?? ''));
      const pastAge = (await core.presentAssets(old)).filter((a) => a.pastAge);
      return { today, counts, tasksDue, backupsOverdue, loansOut: await core.presentLoans(loansOut), warrantyEnding, pastAge };
    },
  };
  return part;
}
