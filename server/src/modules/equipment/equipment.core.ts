import dayjs from 'dayjs';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, invalidField, notFound } from '../../platform/http/errors';
import { brusselsDay } from '../../platform/brussels-time';
import { equipmentAssets, equipmentBackups, equipmentLoans, type equipmentTasks, type AssetKind } from './equipment.table';

export type AssetRow = typeof equipmentAssets.$inferSelect;
export type LoanRow = typeof equipmentLoans.$inferSelect;
export type TaskRow = typeof equipmentTasks.$inferSelect;

/** The one dependencies object of the equipment service: the context, with the services of earlier modules. */
export type EquipmentDeps = Pick<ModuleContext, 'db' | 'clock' | 'audit' | 'auth' | 'services'>;

/** The age (years since purchase) at which a machine of a kind is due for replacement. */
export const LIFE_YEARS: Record<AssetKind, number> = {
  desktop: 6, laptop: 5, screen: 8, printer: 7, phone: 4, tablet: 4, network: 8, server: 6, projector: 8, signage: 7, other: 8,
};
/** Warranties ending within this many days are listed with those already over. */
export const WARRANTY_NOTICE_DAYS = 90;

const num = (v: string | null) => (v === null ? null : Number(v));

export function createEquipmentCore(deps: EquipmentDeps) {
  const { db, clock, services } = deps;

  async function loadAsset(id: number, tx: DbOrTx = db, forUpdate = false): Promise<AssetRow> {
    const q = tx.select().from(equipmentAssets).where(eq(equipmentAssets.id, id));
    const [a] = forUpdate ? await q.for('update') : await q;
    if (!a) throw notFound('what.equipment_asset');
    return a;
  }

  /** A reference of another module that must exist: its 404 becomes a 400 on the field. */
  async function mustExist(field: string, key: string, check: () => Promise<unknown>) {
    try {
      await check();
    } catch (e) {
      if (e instanceof AppError && e.status === 404) throw invalidField(field, key);
      throw e;
    }
  }

  /** Checks every reference an asset input names (site, room of that site, partner, staff member, EPN workstation). */
  async function checkReferences(v: Partial<Pick<AssetRow, 'siteId' | 'roomId' | 'ownerOrganisationId' | 'holderUserId' | 'epnWorkstationId'>>) {
    if (v.siteId) await mustExist('body.siteId', 'error.unknown_site', () => services.sites.get(v.siteId!));
    if (v.roomId) {
      let siteOfRoom: number | null = null;
      await mustExist('body.roomId', 'error.equipment.unknown_room', async () => {
        siteOfRoom = (await services.rooms.getRoom(v.roomId!)).siteId ?? null;
      });
      if (siteOfRoom !== null && v.siteId && siteOfRoom !== v.siteId) throw invalidField('body.roomId', 'error.equipment.room_other_site');
    }
    if (v.ownerOrganisationId) await mustExist('body.ownerOrganisationId', 'error.unknown_organisation', () => services.organisations.get(v.ownerOrganisationId!));
    if (v.holderUserId) await mustExist('body.holderUserId', 'error.equipment.unknown_staff', () => deps.auth.getUser(v.holderUserId!));
    if (v.epnWorkstationId) {
      const all = await services.epn.listWorkstations(true);
      if (!all.some((w) => w.id === v.epnWorkstationId)) throw invalidField('body.epnWorkstationId', 'error.equipment.unknown_epn_workstation');
    }
  }

  /** The last successful backup of each asset. */
  async function lastBackups(ids: number[], tx: DbOrTx = db): Promise<Map<number, Date>> {
    if (!ids.length) return new Map();
    const rows = await tx
      .select({ assetId: equipmentBackups.assetId, at: sql<Date>`max(${equipmentBackups.at})`.mapWith((v) => new Date(v as string)) })
      .from(equipmentBackups)
      .where(and(inArray(equipmentBackups.assetId, ids), eq(equipmentBackups.ok, true)))
      .groupBy(equipmentBackups.assetId);
    return new Map(rows.map((r) => [r.assetId, r.at]));
  }

  /** Assets as lists and pages show them: names of their site, room, owner, holder and EPN workstation, backup and age flags. */
  async function presentAssets(rows: AssetRow[], tx: DbOrTx = db) {
    if (!rows.length) return [];
    const has = (f: (r: AssetRow) => unknown) => rows.some((r) => f(r) !== null);
    const [sites, rooms, orgs, users, workstations, backups] = await Promise.all([
      has((r) => r.siteId) ? services.sites.list(true) : [],
      has((r) => r.roomId) ? services.rooms.listRooms(true) : [],
      has((r) => r.ownerOrganisationId) ? services.organisations.list({ includeInactive: true }) : [],
      has((r) => r.holderUserId) ? deps.auth.listUsers() : [],
      has((r) => r.epnWorkstationId) ? services.epn.listWorkstations(true) : [],
      lastBackups(rows.map((r) => r.id), tx),
    ]);
    const byId = <T extends { id: number }>(xs: readonly T[]) => new Map(xs.map((x) => [x.id, x]));
    const [siteBy, roomBy, orgBy, userBy, wsBy] = [byId(sites), byId(rooms), byId(orgs), byId(users), byId(workstations)];
    const now = clock.now();
    const today = brusselsDay(now);
    const ref = <T extends { id: number; name: string }>(m: Map<number, T>, id: number | null) => {
      const x = id === null ? undefined : m.get(id);
      return x ? { id: x.id, name: x.name } : null;
    };
    return rows.map((a) => {
      const last = backups.get(a.id) ?? null;
      const backupOverdue =
        a.backupEveryDays !== null && a.status !== 'retired' && (last === null || last.getTime() + a.backupEveryDays * 86_400_000 < now.getTime());
      return {
        id: a.id,
        tag: a.tag,
        kind: a.kind,
        name: a.name,
        owner: a.owner,
        ownerOrganisation: ref(orgBy, a.ownerOrganisationId),
        site: ref(siteBy, a.siteId),
        room: ref(roomBy, a.roomId),
        holder: ref(userBy, a.holderUserId),
        epnWorkstation: (() => {
          const ws = a.epnWorkstationId === null ? undefined : wsBy.get(a.epnWorkstationId);
          return ws ? { id: ws.id, name: ws.name, state: ws.state, stateNote: ws.stateNote } : null;
        })(),
        brand: a.brand,
        model: a.model,
        serialNumber: a.serialNumber,
        purchaseDate: a.purchaseDate,
        purchasePrice: num(a.purchasePrice),
        warrantyEnd: a.warrantyEnd,
        operatingSystem: a.operatingSystem,
        status: a.status,
        backupEveryDays: a.backupEveryDays,
        backupTokenSet: a.backupTokenHash !== null,
        lastBackupAt: last?.toISOString() ?? null,
        backupOverdue,
        pastAge: a.purchaseDate !== null && a.status !== 'retired' && dayjs(a.purchaseDate).add(LIFE_YEARS[a.kind], 'year').format('YYYY-MM-DD') <= today,
        warrantyOver: a.warrantyEnd !== null && a.warrantyEnd < today,
        notes: a.notes,
        updatedAt: a.updatedAt.toISOString(),
      };
    });
  }

  /** Loans with the asset and the borrower's name (an event's title, a partner's name, a person's name). */
  async function presentLoans(rows: LoanRow[], tx: DbOrTx = db) {
    if (!rows.length) return [];
    const assets = await tx
      .select({ id: equipmentAssets.id, tag: equipmentAssets.tag, name: equipmentAssets.name, kind: equipmentAssets.kind })
      .from(equipmentAssets)
      .where(inArray(equipmentAssets.id, [...new Set(rows.map((r) => r.assetId))]));
    const personIds = [...new Set(rows.map((r) => r.personId).filter((x): x is number => x !== null))];
    const [orgs, profiles] = await Promise.all([
      rows.some((r) => r.organisationId) ? services.organisations.list({ includeInactive: true }) : [],
      services.people.profiles(personIds),
    ]);
    const assetBy = new Map(assets.map((a) => [a.id, a]));
    const orgBy = new Map(orgs.map((o) => [o.id, o.name]));
    const personBy = new Map(profiles.map((p) => [p.id, p.erased ? '—' : `${p.firstName} ${p.lastName}`]));
    const today = brusselsDay(clock.now());
    return rows.map((l) => ({
      id: l.id,
      asset: assetBy.get(l.assetId)!,
      borrowerKind: l.borrowerKind,
      borrower:
        l.borrowerKind === 'event' ? (l.eventTitle ?? '') : l.borrowerKind === 'organisation' ? (orgBy.get(l.organisationId!) ?? '') : (personBy.get(l.personId!) ?? ''),
      eventId: l.eventId,
      organisationId: l.organisationId,
      personId: l.personId,
      outAt: l.outAt.toISOString(),
      dueBack: l.dueBack,
      returnedAt: l.returnedAt?.toISOString() ?? null,
      returnState: l.returnState,
      outNote: l.outNote,
      returnNote: l.returnNote,
      late: l.returnedAt === null && l.dueBack !== null && l.dueBack < today,
    }));
  }

  /** Recurring tasks with the asset they are about. */
  async function presentTasks(rows: TaskRow[], tx: DbOrTx = db) {
    if (!rows.length) return [];
    const assets = await tx
      .select({ id: equipmentAssets.id, tag: equipmentAssets.tag, name: equipmentAssets.name })
      .from(equipmentAssets)
      .where(inArray(equipmentAssets.id, [...new Set(rows.map((r) => r.assetId))]));
    const assetBy = new Map(assets.map((a) => [a.id, a]));
    const today = brusselsDay(clock.now());
    return rows.map((t) => ({
      id: t.id,
      assetId: t.assetId,
      assetName: assetBy.get(t.assetId)!.name,
      assetTag: assetBy.get(t.assetId)!.tag,
      title: t.title,
      every: t.every,
      unit: t.unit,
      nextDue: t.nextDue,
      lastDone: t.lastDone,
      active: t.active,
      overdue: t.active && t.nextDue < today,
    }));
  }

  /** The loan of an asset still out, if any. */
  async function openLoan(assetId: number, tx: DbOrTx = db): Promise<LoanRow | undefined> {
    const [l] = await tx
      .select()
      .from(equipmentLoans)
      .where(and(eq(equipmentLoans.assetId, assetId), sql`${equipmentLoans.returnedAt} is null`))
      .orderBy(desc(equipmentLoans.outAt))
      .limit(1);
    return l;
  }

  return { loadAsset, checkReferences, presentAssets, presentLoans, presentTasks, openLoan, lastBackups };
}
export type EquipmentCore = ReturnType<typeof createEquipmentCore>;
export type PresentedAsset = Awaited<ReturnType<EquipmentCore['presentAssets']>>[number];
