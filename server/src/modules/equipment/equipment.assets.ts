import { hashLinkToken, newLinkToken } from '../../platform/private-links';
import crypto from 'node:crypto';
import { and, asc, desc, eq, ilike, ne, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import { conflict, invalidField } from '../../platform/http/errors';
import { equipmentAssets, equipmentBackups, equipmentInterventions, equipmentLoans, equipmentTasks, type AssetStatus } from './equipment.table';
import type { AssetInput, AssetPatch, AssetsQuery } from './equipment.schemas';
import type { AssetRow, EquipmentCore, EquipmentDeps } from './equipment.core';
import type { Tx } from '../../platform/db/database';
import type { Workstation } from '../epn/epn.service';

const price = (v: number | null | undefined) => (v === undefined ? undefined : v === null ? null : v.toFixed(2));

/** What the EPN board shows of a PC whose asset has this status: out of order unless it is in use. */
const epnStateOf = (status: AssetStatus) => (status === 'in_use' || status === 'lent' ? 'available' : 'out_of_order');

/** The register itself: assets, where they are, what they are, the EPN workstations among them. */
export function createEquipmentAssets(deps: EquipmentDeps & { core: EquipmentCore }) {
  const { db, audit, core, services } = deps;

  /** The EPN board keeps its workstations: a PC in repair, in stock or retired shows there as out of order. */
  async function syncEpn(actor: Actor, workstationId: number | null, status: AssetStatus, note: string | null) {
    if (!workstationId) return;
    const all = await services.epn.listWorkstations(true);
    const ws = all.find((w) => w.id === workstationId);
    const state = epnStateOf(status);
    if (!ws || (ws.state === state && (state === 'available' || ws.stateNote === note))) return;
    await services.epn.updateWorkstation(actor, workstationId, { state, stateNote: state === 'available' ? null : note });
  }

  function filters(q: AssetsQuery): SQL | undefined {
    const words = q.q?.trim();
    const like = words ? `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return and(
      q.kind ? eq(equipmentAssets.kind, q.kind) : undefined,
      q.status ? eq(equipmentAssets.status, q.status) : q.includeRetired === 'true' ? undefined : ne(equipmentAssets.status, 'retired'),
      q.owner ? eq(equipmentAssets.owner, q.owner) : undefined,
      q.siteId ? eq(equipmentAssets.siteId, q.siteId) : undefined,
      like
        ? or(
            ilike(equipmentAssets.name, like),
            ilike(equipmentAssets.tag, like),
            ilike(equipmentAssets.serialNumber, like),
            ilike(equipmentAssets.brand, like),
            ilike(equipmentAssets.model, like),
          )
        : undefined,
    );
  }

  const part = {
    async listAssets(q: AssetsQuery) {
      const rows = await db.select().from(equipmentAssets).where(filters(q)).orderBy(asc(equipmentAssets.tag));
      return { items: await core.presentAssets(rows), total: rows.length };
    },

    async getAsset(id: number) {
      const [a] = await core.presentAssets([await core.loadAsset(id)]);
      return a;
    },

    /** An asset's page: the asset, its maintenance, its backups and its loans. */
    async assetDetail(id: number) {
      const row = await core.loadAsset(id);
      const [[asset], interventions, tasks, backups, loans, users] = await Promise.all([
        core.presentAssets([row]),
        db.select().from(equipmentInterventions).where(eq(equipmentInterventions.assetId, id)).orderBy(desc(equipmentInterventions.day), desc(equipmentInterventions.id)),
        db.select().from(equipmentTasks).where(eq(equipmentTasks.assetId, id)).orderBy(asc(equipmentTasks.nextDue)),
        db.select().from(equipmentBackups).where(eq(equipmentBackups.assetId, id)).orderBy(desc(equipmentBackups.at)).limit(20),
        db.select().from(equipmentLoans).where(eq(equipmentLoans.assetId, id)).orderBy(desc(equipmentLoans.outAt)),
        deps.auth.listUsers(),
      ]);
      const userName = new Map(users.map((u) => [u.id, u.name]));
      return {
        asset,
        interventions: interventions.map((i) => ({
          id: i.id,
          assetId: i.assetId,
          kind: i.kind,
          day: i.day,
          summary: i.summary,
          by: i.byName ?? (i.byUserId ? (userName.get(i.byUserId) ?? null) : null),
          byUserId: i.byUserId,
          minutesSpent: i.minutesSpent,
          cost: i.cost === null ? null : Number(i.cost),
          taskId: i.taskId,
        })),
        tasks: await core.presentTasks(tasks),
        backups: backups.map((b) => ({
          id: b.id,
          assetId: b.assetId,
          at: b.at.toISOString(),
          source: b.source,
          ok: b.ok,
          note: b.note,
          by: b.byUserId ? (userName.get(b.byUserId) ?? null) : null,
        })),
        loans: await core.presentLoans(loans),
      };
    },

    async createAsset(actor: Actor, input: AssetInput) {
      const values = { ...input, ownerOrganisationId: input.ownerOrganisationId ?? null };
      if ((input.owner === 'partner') !== (values.ownerOrganisationId !== null)) throw conflictField();
      await core.checkReferences(values);
      const row = await db.transaction(async (tx) => {
        const [a] = await tx
          .insert(equipmentAssets)
          .values({ ...values, tag: input.tag ?? `tmp-${crypto.randomUUID()}`, purchasePrice: price(input.purchasePrice) })
          .returning();
        let created = a;
        if (!input.tag) [created] = await tx.update(equipmentAssets).set({ tag: `IT-${String(a.id).padStart(5, '0')}` }).where(eq(equipmentAssets.id, a.id)).returning();
        await audit.record(actor, { action: 'equipment.asset_create', entityType: 'equipment_asset', entityId: a.id, details: { tag: created.tag, kind: a.kind, name: a.name } }, tx);
        return created;
      });
      // Registered as not in use, the EPN's PC shows out of order on the board (once the asset exists: a refused link changes nothing).
      if (row.epnWorkstationId && row.status !== 'in_use') await syncEpn(actor, row.epnWorkstationId, row.status, row.notes);
      return (await core.presentAssets([row]))[0];
    },

    async updateAsset(actor: Actor, id: number, patch: AssetPatch) {
      const before = await core.loadAsset(id);
      const next = { ...before, ...patch };
      if (patch.owner && patch.owner !== 'partner' && patch.ownerOrganisationId === undefined) next.ownerOrganisationId = null;
      if ((next.owner === 'partner') !== (next.ownerOrganisationId !== null)) throw conflictField();
      if (patch.purchaseDate !== undefined || patch.warrantyEnd !== undefined) {
        if (next.purchaseDate && next.warrantyEnd && next.warrantyEnd < next.purchaseDate) throw invalidWarranty();
      }
      await core.checkReferences({
        siteId: next.siteId,
        roomId: next.roomId,
        ownerOrganisationId: patch.ownerOrganisationId,
        holderUserId: patch.holderUserId,
        epnWorkstationId: patch.epnWorkstationId,
      });
      if (patch.status && patch.status !== before.status && before.status === 'lent') throw conflict('error.equipment.asset_out', { name: before.name });
      // The workstation of the EPN follows its PC (unlinked, it is left as it is).
      if (next.epnWorkstationId && (patch.status !== undefined || patch.epnWorkstationId !== undefined))
        await syncEpn(actor, next.epnWorkstationId, next.status, next.notes);
      const row = await db.transaction(async (tx) => {
        const current = await core.loadAsset(id, tx, true);
        if (patch.status && patch.status !== current.status && current.status === 'lent') throw conflict('error.equipment.asset_out', { name: current.name });
        const [a] = await tx
          .update(equipmentAssets)
          .set({ ...patch, ownerOrganisationId: next.ownerOrganisationId, purchasePrice: price(patch.purchasePrice), updatedAt: deps.clock.now() })
          .where(eq(equipmentAssets.id, id))
          .returning();
        await audit.record(actor, { action: 'equipment.asset_update', entityType: 'equipment_asset', entityId: id, details: patch }, tx);
        return a;
      });
      return (await core.presentAssets([row]))[0];
    },

    /** A new token for the backup script of a machine (shown once; the previous one stops working). */
    async issueBackupToken(actor: Actor, id: number) {
      const token = `eqb_${newLinkToken()}`;
      await db.transaction(async (tx) => {
        await core.loadAsset(id, tx, true);
        await tx.update(equipmentAssets).set({ backupTokenHash: hashLinkToken(token), updatedAt: deps.clock.now() }).where(eq(equipmentAssets.id, id));
        await audit.record(actor, { action: 'equipment.backup_token', entityType: 'equipment_asset', entityId: id }, tx);
      });
      return { token };
    },

    /** The asset a backup script's token belongs to, or null. */
    async assetOfToken(token: string): Promise<AssetRow | null> {
      const [a] = await db.select().from(equipmentAssets).where(eq(equipmentAssets.backupTokenHash, hashLinkToken(token)));
      return a ?? null;
    },

    /**
     * The register follows the PCs of the EPN room, in the transaction that changes them (epn's
     * `onWorkstationChange`): a new PC is a new asset (one record per PC, never two), a renamed one renames its
     * asset, a PC taken out of the room retires its asset and one put back is in use again; out of order on the
     * board, a PC in use is in repair (and back in use when available).
     */
    async followWorkstation({ actor, before, after }: { actor: Actor; before: Workstation | null; after: Workstation }, tx: Tx) {
      const [asset] = await tx.select().from(equipmentAssets).where(eq(equipmentAssets.epnWorkstationId, after.id)).for('update');
      if (!asset) {
        const [a] = await tx
          .insert(equipmentAssets)
          .values({
            tag: `tmp-${crypto.randomUUID()}`,
            kind: 'desktop',
            name: after.name,
            epnWorkstationId: after.id,
            status: !after.active ? 'retired' : after.state === 'out_of_order' ? 'in_repair' : 'in_use',
            notes: after.stateNote,
          })
          .returning();
        const [tagged] = await tx.update(equipmentAssets).set({ tag: `IT-${String(a.id).padStart(5, '0')}` }).where(eq(equipmentAssets.id, a.id)).returning();
        await audit.record(actor, { action: 'equipment.asset_create', entityType: 'equipment_asset', entityId: a.id, details: { tag: tagged.tag, kind: a.kind, name: a.name, epnWorkstationId: after.id } }, tx);
        return;
      }
      const patch: Partial<AssetRow> = {};
      if (before && before.name !== after.name) patch.name = after.name;
      // A lent PC keeps its loan: it comes back first.
      if (before?.active && !after.active && asset.status !== 'retired' && asset.status !== 'lent') patch.status = 'retired';
      if (before && !before.active && after.active && asset.status === 'retired') patch.status = after.state === 'out_of_order' ? 'in_repair' : 'in_use';
      // Put out of order on the board, a PC in use is in repair; available again, it is back in use.
      if (before && after.active && before.state !== after.state) {
        if (after.state === 'out_of_order' && asset.status === 'in_use') patch.status = 'in_repair';
        if (after.state === 'available' && asset.status === 'in_repair') patch.status = 'in_use';
      }
      if (!Object.keys(patch).length) return;
      await tx.update(equipmentAssets).set({ ...patch, updatedAt: deps.clock.now() }).where(eq(equipmentAssets.id, asset.id));
      await audit.record(actor, { action: 'equipment.asset_update', entityType: 'equipment_asset', entityId: asset.id, details: { ...patch, epnWorkstationId: after.id } }, tx);
    },

    /** The staff members an asset can be handed to (their names only). */
    async staff() {
      const users = await deps.auth.listUsers();
      return { items: users.filter((u) => u.active).map((u) => ({ id: u.id, name: u.name })).sort((a, b) => a.name.localeCompare(b.name)) };
    },

    /** Asset rows matching a condition (the overview's lists). */
    async rowsWhere(where: SQL | undefined) {
      return db.select().from(equipmentAssets).where(where).orderBy(asc(equipmentAssets.tag));
    },
  };
  return part;
}

const conflictField = () => invalidField('body.ownerOrganisationId', 'error.equipment.partner_needed');
const invalidWarranty = () => invalidField('body.warrantyEnd', 'error.equipment.warranty_before_purchase');
