import { z } from 'zod';
import { bodyId, idOut, instantOut, isoDate, isoDateTime, localDateOut, queryId, requiredText, text } from '../../platform/http/schemas';
import { ASSET_KINDS, ASSET_OWNERS, ASSET_STATUSES, BACKUP_SOURCES, BORROWER_KINDS, INTERVENTION_KINDS, RETURN_STATES, TASK_UNITS } from './equipment.table';

/** An amount in euro with at most two decimals (a price, a cost). */
const euros = z.number().min(0, 'error.equipment.amount_negative').max(10_000_000).multipleOf(0.01, 'error.equipment.amount_cents');
const optionalText = (max: number) => text(max).nullable().optional();

const assetFields = {
  tag: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,29}$/, 'error.equipment.tag_invalid').optional(),
  kind: z.enum(ASSET_KINDS),
  name: requiredText(120),
  owner: z.enum(ASSET_OWNERS).default('centrale'),
  ownerOrganisationId: bodyId.nullable().optional(),
  siteId: bodyId.nullable().optional(),
  roomId: bodyId.nullable().optional(),
  holderUserId: bodyId.nullable().optional(),
  epnWorkstationId: bodyId.nullable().optional(),
  brand: optionalText(80),
  model: optionalText(120),
  serialNumber: optionalText(80),
  purchaseDate: isoDate.nullable().optional(),
  purchasePrice: euros.nullable().optional(),
  warrantyEnd: isoDate.nullable().optional(),
  operatingSystem: optionalText(80),
  status: z.enum(ASSET_STATUSES).exclude(['lent']).default('in_use'),
  backupEveryDays: z.number().int().min(1).max(366).nullable().optional(),
  notes: optionalText(2000),
};
const warrantyAfterPurchase = (v: { purchaseDate?: string | null; warrantyEnd?: string | null }, ctx: z.RefinementCtx) => {
  if (v.purchaseDate && v.warrantyEnd && v.warrantyEnd < v.purchaseDate)
    ctx.addIssue({ code: 'custom', message: 'error.equipment.warranty_before_purchase', path: ['warrantyEnd'] });
};
export const assetBody = z.strictObject(assetFields).superRefine(warrantyAfterPurchase);
export type AssetInput = z.infer<typeof assetBody>;
// A patch: every field optional, no defaults (an absent field is left as it is).
export const assetPatch = z
  .strictObject({ ...assetFields, owner: z.enum(ASSET_OWNERS), status: z.enum(ASSET_STATUSES).exclude(['lent']) })
  .partial()
  .superRefine(warrantyAfterPurchase);
export type AssetPatch = z.infer<typeof assetPatch>;

export const assetsQuery = z.strictObject({
  q: text(100).optional(),
  kind: z.enum(ASSET_KINDS).optional(),
  status: z.enum(ASSET_STATUSES).optional(),
  owner: z.enum(ASSET_OWNERS).optional(),
  siteId: queryId.optional(),
  /** retired assets are left out unless asked for (or asked by status) */
  includeRetired: z.enum(['true', 'false']).optional(),
});
export type AssetsQuery = z.infer<typeof assetsQuery>;
export const inventoryExportQuery = assetsQuery.extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

export const interventionBody = z.strictObject({
  kind: z.enum(INTERVENTION_KINDS),
  day: isoDate,
  summary: requiredText(1000),
  byUserId: bodyId.nullable().optional(),
  byName: optionalText(120),
  minutesSpent: z.number().int().min(0).max(100_000).nullable().optional(),
  cost: euros.nullable().optional(),
  /** the recurring task this intervention did: it is then due again one period after `day` */
  taskId: bodyId.nullable().optional(),
  /** put the asset in repair (an incident), or back in use (an intervention that fixed it) */
  setStatus: z.enum(['in_use', 'in_repair']).optional(),
});
export type InterventionInput = z.infer<typeof interventionBody>;

export const taskBody = z.strictObject({
  title: requiredText(200),
  every: z.number().int().min(1).max(104),
  unit: z.enum(TASK_UNITS),
  nextDue: isoDate,
});
export type TaskInput = z.infer<typeof taskBody>;
export const taskPatch = z.strictObject({ ...taskBody.shape, active: z.boolean() }).partial();
export type TaskPatch = z.infer<typeof taskPatch>;

export const backupBody = z.strictObject({
  /** when the backup was made; now when omitted */
  at: isoDateTime.optional(),
  ok: z.boolean().default(true),
  note: optionalText(500),
});
export type BackupInput = z.infer<typeof backupBody>;

export const loanBody = z
  .strictObject({
    assetIds: z.array(bodyId).min(1).max(200),
    borrowerKind: z.enum(BORROWER_KINDS),
    eventId: bodyId.nullable().optional(),
    eventTitle: optionalText(200),
    organisationId: bodyId.nullable().optional(),
    personId: bodyId.nullable().optional(),
    /** when it goes out; now when omitted */
    outAt: isoDateTime.optional(),
    dueBack: isoDate.nullable().optional(),
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.borrowerKind === 'event' && !v.eventTitle && !v.eventId) ctx.addIssue({ code: 'custom', message: 'error.equipment.loan_event_needed', path: ['eventTitle'] });
    if (v.borrowerKind === 'organisation' && !v.organisationId) ctx.addIssue({ code: 'custom', message: 'error.equipment.loan_organisation_needed', path: ['organisationId'] });
    if (v.borrowerKind === 'person' && !v.personId) ctx.addIssue({ code: 'custom', message: 'error.equipment.loan_person_needed', path: ['personId'] });
    if (new Set(v.assetIds).size !== v.assetIds.length) ctx.addIssue({ code: 'custom', message: 'error.equipment.loan_asset_twice', path: ['assetIds'] });
  });
export type LoanInput = z.infer<typeof loanBody>;

export const returnBody = z
  .strictObject({
    /** when it came back; now when omitted */
    returnedAt: isoDateTime.optional(),
    state: z.enum(RETURN_STATES).default('good'),
    /** what is wrong, when it came back damaged or incomplete (recorded as an incident) */
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.state !== 'good' && !v.note) ctx.addIssue({ code: 'custom', message: 'error.equipment.return_note_needed', path: ['note'] });
  });
export type ReturnInput = z.infer<typeof returnBody>;

export const loansQuery = z.strictObject({
  /** only what is still out */
  out: z.enum(['true', 'false']).optional(),
  eventId: queryId.optional(),
  assetId: queryId.optional(),
});
export type LoansQuery = z.infer<typeof loansQuery>;

export const idAndTaskParams = z.strictObject({ id: queryId, taskId: queryId });
export const idAndInterventionParams = z.strictObject({ id: queryId, interventionId: queryId });

// --- answers ---------------------------------------------------------------------------------------

const named = z.object({ id: idOut, name: z.string() });
export const assetSchema = z
  .object({
    id: idOut,
    tag: z.string(),
    kind: z.enum(ASSET_KINDS),
    name: z.string(),
    owner: z.enum(ASSET_OWNERS),
    ownerOrganisation: named.nullable(),
    site: named.nullable(),
    room: named.nullable(),
    holder: named.nullable(),
    /** the EPN workstation this PC is, with what the EPN board shows of it */
    epnWorkstation: z.object({ id: idOut, name: z.string(), state: z.enum(['available', 'out_of_order']), stateNote: z.string().nullable() }).nullable(),
    brand: z.string().nullable(),
    model: z.string().nullable(),
    serialNumber: z.string().nullable(),
    purchaseDate: localDateOut.nullable(),
    purchasePrice: z.number().nullable(),
    warrantyEnd: localDateOut.nullable(),
    operatingSystem: z.string().nullable(),
    status: z.enum(ASSET_STATUSES),
    backupEveryDays: z.number().int().nullable(),
    backupTokenSet: z.boolean(),
    lastBackupAt: instantOut.nullable(),
    backupOverdue: z.boolean(),
    /** past the age at which a machine of its kind is replaced */
    pastAge: z.boolean(),
    warrantyOver: z.boolean(),
    notes: z.string().nullable(),
    updatedAt: instantOut,
  })
  .meta({ id: 'EquipmentAsset' });
export const assetsAnswer = z.object({ items: z.array(assetSchema), total: z.number().int() }).meta({ id: 'EquipmentAssets' });

export const interventionSchema = z
  .object({
    id: idOut,
    assetId: idOut,
    kind: z.enum(INTERVENTION_KINDS),
    day: localDateOut,
    summary: z.string(),
    by: z.string().nullable(),
    byUserId: idOut.nullable(),
    minutesSpent: z.number().int().nullable(),
    cost: z.number().nullable(),
    taskId: idOut.nullable(),
  })
  .meta({ id: 'EquipmentIntervention' });

export const taskSchema = z
  .object({
    id: idOut,
    assetId: idOut,
    assetName: z.string(),
    assetTag: z.string(),
    title: z.string(),
    every: z.number().int(),
    unit: z.enum(TASK_UNITS),
    nextDue: localDateOut,
    lastDone: localDateOut.nullable(),
    active: z.boolean(),
    overdue: z.boolean(),
  })
  .meta({ id: 'EquipmentTask' });

export const backupSchema = z
  .object({ id: idOut, assetId: idOut, at: instantOut, source: z.enum(BACKUP_SOURCES), ok: z.boolean(), note: z.string().nullable(), by: z.string().nullable() })
  .meta({ id: 'EquipmentBackup' });

export const loanSchema = z
  .object({
    id: idOut,
    asset: z.object({ id: idOut, tag: z.string(), name: z.string(), kind: z.enum(ASSET_KINDS) }),
    borrowerKind: z.enum(BORROWER_KINDS),
    borrower: z.string(),
    eventId: idOut.nullable(),
    organisationId: idOut.nullable(),
    personId: idOut.nullable(),
    outAt: instantOut,
    dueBack: localDateOut.nullable(),
    returnedAt: instantOut.nullable(),
    returnState: z.enum(RETURN_STATES).nullable(),
    outNote: z.string().nullable(),
    returnNote: z.string().nullable(),
    late: z.boolean(),
  })
  .meta({ id: 'EquipmentLoan' });
export const loansAnswer = z.object({ items: z.array(loanSchema) }).meta({ id: 'EquipmentLoans' });

export const assetDetail = z
  .object({
    asset: assetSchema,
    interventions: z.array(interventionSchema),
    tasks: z.array(taskSchema),
    backups: z.array(backupSchema),
    loans: z.array(loanSchema),
  })
  .meta({ id: 'EquipmentAssetDetail' });

export const overviewAnswer = z
  .object({
    today: localDateOut,
    counts: z.object({ total: z.number().int(), inUse: z.number().int(), inRepair: z.number().int(), lent: z.number().int(), inStock: z.number().int() }),
    tasksDue: z.array(taskSchema),
    backupsOverdue: z.array(assetSchema),
    loansOut: z.array(loanSchema),
    warrantyEnding: z.array(assetSchema),
    pastAge: z.array(assetSchema),
  })
  .meta({ id: 'EquipmentOverview' });

export const tokenAnswer = z.object({ token: z.string() }).meta({ id: 'EquipmentBackupToken' });
export const staffAnswer = z.object({ items: z.array(named) }).meta({ id: 'EquipmentStaff' });
