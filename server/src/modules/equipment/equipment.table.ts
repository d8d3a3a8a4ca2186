import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, boolean, index, uniqueIndex, check, date, numeric } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';

// Foreign keys to other modules' tables (sites, rooms, organisations, people, epn_workstations) are declared in
// the equipment migration: a module never imports another module's table. The rule "no two loans of one asset
// at once" is an exclusion constraint there too (btree_gist), and a trigger refuses a loan of a retired asset.

export const ASSET_KINDS = ['desktop', 'laptop', 'screen', 'printer', 'phone', 'tablet', 'network', 'server', 'projector', 'signage', 'other'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];
export const ASSET_STATUSES = ['in_use', 'in_stock', 'in_repair', 'lent', 'retired'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];
/** Whose the asset is: the Centrale, the ALE (whose PCs the IT trainer also keeps), or a partner organisation. */
export const ASSET_OWNERS = ['centrale', 'ale', 'partner'] as const;
export const INTERVENTION_KINDS = ['incident', 'intervention'] as const;
export const TASK_UNITS = ['week', 'month'] as const;
export const BACKUP_SOURCES = ['manual', 'script'] as const;
export const BORROWER_KINDS = ['event', 'organisation', 'person'] as const;
export const RETURN_STATES = ['good', 'damaged', 'incomplete'] as const;

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/** One piece of equipment of the register (a PC, a screen, a printer...). */
export const equipmentAssets = pgTable(
  'equipment_assets',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** the inventory number printed on its QR label (IT-00042 unless given) */
    tag: text('tag').notNull(),
    kind: text('kind', { enum: ASSET_KINDS }).notNull(),
    /** what people call it: "PC accueil 1", "Portable formation 3" */
    name: text('name').notNull(),
    owner: text('owner', { enum: ASSET_OWNERS }).notNull().default('centrale'),
    /** the partner organisation that owns it (owner = partner); FK to organisations in the migration */
    ownerOrganisationId: integer('owner_organisation_id'),
    /** where it is: a site (FK sites), a room of that site (FK rooms), and/or the staff member who has it */
    siteId: integer('site_id'),
    roomId: integer('room_id'),
    holderUserId: integer('holder_user_id').references(() => users.id),
    /** the EPN workstation this PC is (one record, not two); FK to epn_workstations in the migration */
    epnWorkstationId: integer('epn_workstation_id'),
    brand: text('brand'),
    model: text('model'),
    serialNumber: text('serial_number'),
    purchaseDate: date('purchase_date', { mode: 'string' }),
    /** purchase price in euro, excluding nothing (what the invoice says) */
    purchasePrice: numeric('purchase_price', { precision: 10, scale: 2 }),
    warrantyEnd: date('warranty_end', { mode: 'string' }),
    operatingSystem: text('operating_system'),
    status: text('status', { enum: ASSET_STATUSES }).notNull().default('in_use'),
    /** days between two backups, for a machine that must be backed up; null: not backed up */
    backupEveryDays: integer('backup_every_days'),
    /** sha-256 of the token a backup script reports with (the token itself is shown once) */
    backupTokenHash: text('backup_token_hash'),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('equipment_assets_tag_unique').on(sql`lower(${t.tag})`),
    // One serial number per brand: the same machine is not registered twice.
    uniqueIndex('equipment_assets_serial_unique').on(sql`lower(coalesce(${t.brand}, ''))`, sql`lower(${t.serialNumber})`).where(sql`${t.serialNumber} is not null`),
    uniqueIndex('equipment_assets_one_per_epn_workstation').on(t.epnWorkstationId).where(sql`${t.epnWorkstationId} is not null`),
    uniqueIndex('equipment_assets_backup_token_unique').on(t.backupTokenHash).where(sql`${t.backupTokenHash} is not null`),
    index('equipment_assets_site_idx').on(t.siteId),
    check('equipment_assets_kind_known', sql`${t.kind} in (${inList(ASSET_KINDS)})`),
    check('equipment_assets_status_known', sql`${t.status} in (${inList(ASSET_STATUSES)})`),
    check('equipment_assets_owner_known', sql`${t.owner} in (${inList(ASSET_OWNERS)})`),
    check('equipment_assets_partner_named', sql`(${t.owner} = 'partner') = (${t.ownerOrganisationId} is not null)`),
    check('equipment_assets_warranty_after_purchase', sql`${t.warrantyEnd} is null or ${t.purchaseDate} is null or ${t.warrantyEnd} >= ${t.purchaseDate}`),
    check('equipment_assets_price_positive', sql`${t.purchasePrice} is null or ${t.purchasePrice} >= 0`),
    check('equipment_assets_backup_days', sql`${t.backupEveryDays} is null or (${t.backupEveryDays} >= 1 and ${t.backupEveryDays} <= 366)`),
    check('equipment_assets_room_needs_site', sql`${t.roomId} is null or ${t.siteId} is not null`),
  ],
);

/** An incident (something broke) or an intervention (something was done) on an asset. */
export const equipmentInterventions = pgTable(
  'equipment_interventions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    assetId: integer('asset_id')
      .notNull()
      .references(() => equipmentAssets.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: INTERVENTION_KINDS }).notNull(),
    /** the local day it happened (Brussels) */
    day: date('day', { mode: 'string' }).notNull(),
    summary: text('summary').notNull(),
    /** the staff member who did it, or the provider's name */
    byUserId: integer('by_user_id').references(() => users.id),
    byName: text('by_name'),
    minutesSpent: integer('minutes_spent'),
    cost: numeric('cost', { precision: 10, scale: 2 }),
    /** the recurring task this intervention did, when it was one */
    taskId: integer('task_id').references(() => equipmentTasks.id, { onDelete: 'set null' }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('equipment_interventions_asset_idx').on(t.assetId, t.day),
    index('equipment_interventions_day_idx').on(t.day),
    check('equipment_interventions_kind_known', sql`${t.kind} in (${inList(INTERVENTION_KINDS)})`),
    check('equipment_interventions_minutes', sql`${t.minutesSpent} is null or (${t.minutesSpent} >= 0 and ${t.minutesSpent} <= 100000)`),
    check('equipment_interventions_cost_positive', sql`${t.cost} is null or ${t.cost} >= 0`),
  ],
);

/** A recurring task (updates, cleaning, a check) on an asset, with the day it is next due. */
export const equipmentTasks = pgTable(
  'equipment_tasks',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    assetId: integer('asset_id')
      .notNull()
      .references(() => equipmentAssets.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    every: integer('every').notNull(),
    unit: text('unit', { enum: TASK_UNITS }).notNull(),
    nextDue: date('next_due', { mode: 'string' }).notNull(),
    lastDone: date('last_done', { mode: 'string' }),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('equipment_tasks_due_idx').on(t.nextDue).where(sql`${t.active}`),
    check('equipment_tasks_every', sql`${t.every} >= 1 and ${t.every} <= 104`),
    check('equipment_tasks_unit_known', sql`${t.unit} in (${inList(TASK_UNITS)})`),
  ],
);

/** A backup of a machine: checked by hand, or reported by a script through the API. */
export const equipmentBackups = pgTable(
  'equipment_backups',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    assetId: integer('asset_id')
      .notNull()
      .references(() => equipmentAssets.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    source: text('source', { enum: BACKUP_SOURCES }).notNull(),
    ok: boolean('ok').notNull().default(true),
    note: text('note'),
    byUserId: integer('by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('equipment_backups_asset_at_idx').on(t.assetId, t.at), check('equipment_backups_source_known', sql`${t.source} in (${inList(BACKUP_SOURCES)})`)],
);

/**
 * Equipment lent to an event, a partner organisation or a person, out and back. No two loans of one asset
 * overlap (exclusion constraint in the migration); a return is never before the loan.
 */
export const equipmentLoans = pgTable(
  'equipment_loans',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    assetId: integer('asset_id')
      .notNull()
      .references(() => equipmentAssets.id, { onDelete: 'cascade' }),
    borrowerKind: text('borrower_kind', { enum: BORROWER_KINDS }).notNull(),
    /** the event of the events module (its id; the link is checked when that module is there) */
    eventId: integer('event_id'),
    /** what the event is called, as the lender wrote it ("Brussels Job Day 2026") */
    eventTitle: text('event_title'),
    /** FK to organisations in the migration */
    organisationId: integer('organisation_id'),
    /** FK to people in the migration */
    personId: integer('person_id'),
    outAt: timestamp('out_at', { withTimezone: true }).notNull(),
    /** the day it should be back (Brussels) */
    dueBack: date('due_back', { mode: 'string' }),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnState: text('return_state', { enum: RETURN_STATES }),
    outNote: text('out_note'),
    returnNote: text('return_note'),
    /** the asset's status before it went out, given back on return */
    statusBefore: text('status_before', { enum: ASSET_STATUSES }).notNull(),
    lentBy: integer('lent_by').references(() => users.id),
    returnedBy: integer('returned_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('equipment_loans_asset_idx').on(t.assetId, t.outAt),
    index('equipment_loans_event_idx').on(t.eventId).where(sql`${t.eventId} is not null`),
    index('equipment_loans_person_idx').on(t.personId).where(sql`${t.personId} is not null`),
    index('equipment_loans_out_idx').on(t.assetId).where(sql`${t.returnedAt} is null`),
    check('equipment_loans_borrower_known', sql`${t.borrowerKind} in (${inList(BORROWER_KINDS)})`),
    check(
      'equipment_loans_one_borrower',
      sql`(${t.borrowerKind} = 'event' and ${t.eventTitle} is not null and ${t.organisationId} is null and ${t.personId} is null)
       or (${t.borrowerKind} = 'organisation' and ${t.organisationId} is not null and ${t.eventId} is null and ${t.personId} is null)
       or (${t.borrowerKind} = 'person' and ${t.personId} is not null and ${t.eventId} is null and ${t.organisationId} is null)`,
    ),
    check('equipment_loans_return_after_out', sql`${t.returnedAt} is null or ${t.returnedAt} >= ${t.outAt}`),
    check('equipment_loans_return_state', sql`(${t.returnedAt} is null) = (${t.returnState} is null)`),
    check('equipment_loans_return_state_known', sql`${t.returnState} is null or ${t.returnState} in (${inList(RETURN_STATES)})`),
  ],
);
