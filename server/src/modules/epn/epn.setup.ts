import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../platform/db/database';
import type { Actor } from '../../platform/audit/audit.service';
import { settings } from '../../platform/settings/settings.table';
import { conflict, invalidField, notFound } from '../../platform/http/errors';
import { epnHelpKinds, epnVisits, epnWorkstations } from './epn.table';
import type { OpeningPeriod } from './epn.schemas';
import { DEFAULT_EPN_HOURS, HOURS_KEY, type EpnCore, type EpnDeps, type Workstation } from './epn.core';

/**
 * What a later module is told when a PC of the room is added or changed (renamed, retired, put back), inside the
 * transaction that changes it: what the listener writes commits or fails with the change (the equipment register
 * keeps one asset per workstation this way). `before` is null for a new PC.
 */
export type WorkstationListener = (change: { actor: Actor; before: Workstation | null; after: Workstation }, tx: Tx) => Promise<void>;

/** Configuration of the space: workstations, kinds of help, opening hours. */
export function createEpnSetup(deps: EpnDeps & { core: EpnCore }) {
  const { db, clock, audit, referenceCache } = deps;
  /** The kinds of help in order, in memory while none changes (platform/db/reference-cache.ts). */
  const helpKinds = referenceCache.list('epn_help_kinds', () => db.select().from(epnHelpKinds).orderBy(asc(epnHelpKinds.position), asc(epnHelpKinds.id)));
  const listeners: WorkstationListener[] = [];
  const tell = async (tx: Tx, actor: Actor, before: Workstation | null, after: Workstation) => {
    for (const listener of listeners) await listener({ actor, before, after }, tx);
  };

  const part = {
    /** A later module follows the PCs of the room (the equipment register): called in the change's transaction. */
    onWorkstationChange(listener: WorkstationListener) {
      listeners.push(listener);
    },

    // --- configuration: workstations, kinds of help, opening hours ---
    listWorkstations: (includeInactive = false) =>
      db
        .select()
        .from(epnWorkstations)
        .where(includeInactive ? undefined : eq(epnWorkstations.active, true))
        .orderBy(asc(epnWorkstations.position), asc(epnWorkstations.id)),

    async createWorkstation(actor: Actor, input: { name: string; position?: number }) {
      return db.transaction(async (tx) => {
        const [ws] = await tx.insert(epnWorkstations).values(input).returning();
        await audit.record(actor, { action: 'epn.workstation_create', entityType: 'epn_workstation', entityId: ws.id, details: { name: ws.name } }, tx);
        await tell(tx, actor, null, ws);
        return ws;
      });
    },

    async updateWorkstation(actor: Actor, id: number, patch: { name?: string; position?: number; state?: 'available' | 'out_of_order'; stateNote?: string | null; active?: boolean }) {
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(epnWorkstations).where(eq(epnWorkstations.id, id)).for('update');
        if (!before) throw notFound('what.epn_workstation');
        if (patch.state === 'out_of_order' || patch.active === false) {
          const [busy] = await tx.select({ id: epnVisits.id }).from(epnVisits).where(and(eq(epnVisits.workstationId, id), eq(epnVisits.status, 'open')));
          if (busy) throw conflict('error.epn_workstation_taken', { name: before.name });
        }
        const [ws] = await tx.update(epnWorkstations).set(patch).where(eq(epnWorkstations.id, id)).returning();
        await audit.record(actor, { action: 'epn.workstation_update', entityType: 'epn_workstation', entityId: id, details: patch }, tx);
        await tell(tx, actor, before, ws);
        return ws;
      });
    },

    listHelpKinds: async (includeInactive = false) => (includeInactive ? helpKinds.read() : (await helpKinds.read()).filter((k) => k.active)),

    async createHelpKind(actor: Actor, input: { label: string; position?: number }) {
      return helpKinds.written(db.transaction(async (tx) => {
        const [k] = await tx.insert(epnHelpKinds).values({ label: input.label, position: input.position ?? 100 }).returning();
        await audit.record(actor, { action: 'epn.help_kind_create', entityType: 'epn_help_kind', entityId: k.id, details: { label: k.label } }, tx);
        return k;
      }));
    },

    async updateHelpKind(actor: Actor, id: number, patch: { label?: string; position?: number; active?: boolean }) {
      return helpKinds.written(db.transaction(async (tx) => {
        const [k] = await tx.update(epnHelpKinds).set(patch).where(eq(epnHelpKinds.id, id)).returning();
        if (!k) throw notFound('what.epn_help_kind');
        await audit.record(actor, { action: 'epn.help_kind_update', entityType: 'epn_help_kind', entityId: id, details: patch }, tx);
        return k;
      }));
    },

    async openingHours(tx: DbOrTx = db): Promise<OpeningPeriod[]> {
      const [row] = await tx.select().from(settings).where(eq(settings.key, HOURS_KEY));
      return row ? (row.value as OpeningPeriod[]) : DEFAULT_EPN_HOURS;
    },

    async setOpeningHours(actor: Actor, periods: OpeningPeriod[]) {
      const sorted = [...periods].sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from));
      for (let i = 1; i < sorted.length; i++)
        if (sorted[i].weekday === sorted[i - 1].weekday && sorted[i].from < sorted[i - 1].to) throw invalidField(`body.periods.${i}`, 'error.epn_hours_overlap');
      await db.transaction(async (tx) => {
        await tx
          .insert(settings)
          .values({ key: HOURS_KEY, value: sorted })
          .onConflictDoUpdate({ target: settings.key, set: { value: sorted, updatedAt: clock.now() } });
        await audit.record(actor, { action: 'epn.opening_hours', entityType: 'settings', entityId: HOURS_KEY, details: { periods: sorted } }, tx);
      });
      return sorted;
    },

    // --- the room: check-in, waiting list, check-out ---
  };
  return part;
}
