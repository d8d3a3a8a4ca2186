import { and, asc, eq, getTableName, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Access } from '../auth/roles';
import type { Actor, AuditService } from '../audit/audit.service';
import type { Clock } from '../clock';
import type { Db, DbOrTx } from '../db/database';
import type { ReferenceCache } from '../db/reference-cache';
import { registerConstraintMessage } from '../db/constraints';
import { notFound } from '../http/errors';
import { idParam } from '../http/schemas';
import { typed, type App } from '../module';
import type { ListItemRow, ListTable } from './table';
import { listAllQuery, listItemBody, listItemPatch, listItemSchema, type ListItemInput, type ListItemOut, type ListItemPatch } from './schemas';
import './messages';

export { listTable, type ListItemRow, type ListTable } from './table';
export { listCode, listItemBody, listItemPatch, listItemSchema, type ListItemInput, type ListItemOut, type ListItemPatch } from './schemas';

export interface ConfigurableListOptions {
  db: Db;
  audit: AuditService;
  /** The app clock: an item's createdAt (not the database's now()). */
  clock: Clock;
  /** Where the list is kept in memory between two changes (ctx.referenceCache). */
  referenceCache: ReferenceCache;
  /** The module's table, made with listTable(). */
  table: ListTable;
  /** What the audit log calls an item: `frontdesk.reason` records frontdesk.reason_create / _update on frontdesk_reason. */
  entity: string;
  /** Catalog key of the item's name in "not found" (e.g. `what.reason`), in the module's catalog. */
  what: string;
  /** Catalog key of the answer when a code is already taken (409), in the module's catalog. */
  codeTaken: string;
}

export interface ListRoutesOptions {
  /** e.g. /api/frontdesk/reasons: GET lists, POST adds, PATCH /:id changes. */
  path: string;
  tags: string[];
  /** Who reads the list, and who changes it. */
  read: Access;
  configure: Access;
  /** The item's schema in the OpenAPI document: its name (e.g. FrontdeskReason) and description. */
  schema: { id: string; description: string };
  summaries: { list: string; create: string; update: string };
  /** More in the answer of GET (e.g. the front desk's internal services). */
  extra?: { shape: z.ZodRawShape; value: () => Record<string, unknown> };
}

/**
 * A configurable list (platform/lists): a module calls it with its table and its catalog's keys, and gets the
 * service (items in order, active ones by code, add, change or retire, each audited) and its HTTP routes
 * (Zod schemas, access, problem+json errors). The database guards the codes: a taken code answers the
 * module's own message (409), a malformed one "error.code_invalid" (400).
 */
export function configurableList(opts: ConfigurableListOptions) {
  const { db, audit, clock, table, entity, referenceCache } = opts;
  const entityType = entity.replace('.', '_');
  registerConstraintMessage(`${getTableName(table)}_code_unique`, opts.codeTaken);

  const tableName = getTableName(table);
  /** Every item in order, in memory while the list does not change (platform/db/reference-cache.ts). */
  const cached = referenceCache.list(tableName, () => db.select().from(table).orderBy(asc(table.sortOrder), asc(table.labelFr)));
  const all = cached.read;
  const list = {
    /** The items in their order (then by French label): the active ones, or all. */
    async items(includeInactive = false): Promise<readonly ListItemRow[]> {
      return includeInactive ? all() : (await all()).filter((i) => i.active);
    },
    /**
     * The active items among these codes (a retired or unknown code is left out: the caller says which is missing).
     * Inside a transaction (`tx`), read in it: it may have added an item itself.
     */
    async activeByCodes(codes: string[], tx: DbOrTx = db): Promise<readonly ListItemRow[]> {
      const unique = [...new Set(codes)];
      if (!unique.length) return [];
      if (tx === db) return (await all()).filter((i) => i.active && unique.includes(i.code));
      return tx.select().from(table).where(and(inArray(table.code, unique), eq(table.active, true)));
    },
    async create(actor: Actor, input: ListItemInput): Promise<ListItemRow> {
      return cached.written(db.transaction(async (tx) => {
        const [item] = await tx.insert(table).values({ ...input, createdAt: clock.now() }).returning();
        await audit.record(actor, { action: `${entity}_create`, entityType, entityId: item.id, details: { code: item.code } }, tx);
        return item;
      }));
    },
    async update(actor: Actor, id: number, patch: ListItemPatch): Promise<ListItemRow> {
      return cached.written(db.transaction(async (tx) => {
        const [item] = await tx.update(table).set(patch).where(eq(table.id, id)).returning();
        if (!item) throw notFound(opts.what);
        await audit.record(actor, { action: `${entity}_update`, entityType, entityId: id, details: { code: item.code, ...patch } }, tx);
        return item;
      }));
    },

    /** GET path (?all=true for the retired ones too), POST path, PATCH path/:id. */
    routes(app: App, r: ListRoutesOptions) {
      const item = listItemSchema(r.schema.id, r.schema.description);
      const answer = z.object({ items: z.array(item), ...(r.extra?.shape ?? {}) });
      const t = typed(app);
      t.get(
        r.path,
        { config: { access: r.read }, schema: { tags: r.tags, summary: r.summaries.list, querystring: listAllQuery, response: { 200: answer } } },
        async (request) => ({ items: (await list.items(request.query.all === 'true')).map(out), ...(r.extra?.value() ?? {}) }) as z.infer<typeof answer>,
      );
      t.post(
        r.path,
        { config: { access: r.configure }, schema: { tags: r.tags, summary: r.summaries.create, body: listItemBody, response: { 201: item } } },
        async (request, reply) => reply.code(201).send(out(await list.create(request.actor, request.body))),
      );
      t.patch(
        `${r.path}/:id`,
        { config: { access: r.configure }, schema: { tags: r.tags, summary: r.summaries.update, params: idParam, body: listItemPatch, response: { 200: item } } },
        async (request) => out(await list.update(request.actor, request.params.id, request.body)),
      );
    },
  };
  return list;
}

/** An item as the API answers it. */
export const out = (row: ListItemRow): ListItemOut => ({ ...row, createdAt: row.createdAt.toISOString() });

export type ConfigurableList = ReturnType<typeof configurableList>;
