import { asc, eq, and, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import { notFound } from '../../platform/http/errors';
import { organisations } from './organisations.table';

export { ORGANISATION_TYPES } from './organisations.schemas';
type OrganisationRow = typeof organisations.$inferSelect;
/** An organisation as the API gives it. */
export type Organisation = Omit<OrganisationRow, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string };
const present = (o: OrganisationRow): Organisation => ({ ...o, createdAt: o.createdAt.toISOString(), updatedAt: o.updatedAt.toISOString() });
export type OrganisationInput = Omit<typeof organisations.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;
export type OrganisationsService = ReturnType<typeof createOrganisationsService>;

export function createOrganisationsService(ctx: ModuleContext) {
  const { db, audit, clock, referenceCache } = ctx;
  /** Every organisation by name, in memory while none changes (platform/db/reference-cache.ts). */
  const cached = referenceCache.list('organisations', async () => (await db.select().from(organisations).orderBy(asc(organisations.name))).map(present));
  const all = cached.read;
  return {
    list: async (opts: { q?: string; includeInactive?: boolean } = {}): Promise<readonly Organisation[]> =>
      !opts.q ? (opts.includeInactive ? all() : (await all()).filter((o) => o.active)) : (await db
        .select()
        .from(organisations)
        .where(
          and(
            opts.includeInactive ? undefined : eq(organisations.active, true),
            opts.q ? sql`relais_normalise(${organisations.name}) like '%' || relais_normalise(${opts.q}) || '%'` : undefined,
          ),
        )
        .orderBy(asc(organisations.name))).map(present),
    async get(id: number): Promise<Organisation> {
      const o = (await all()).find((x) => x.id === id);
      if (!o) throw notFound('what.organisation');
      return o;
    },
    async create(actor: Actor, input: OrganisationInput) {
      return cached.written(db.transaction(async (tx) => {
        const [o] = await tx.insert(organisations).values(input).returning();
        await audit.record(actor, { action: 'organisation.create', entityType: 'organisation', entityId: o.id }, tx);
        return present(o);
      }));
    },
    async update(actor: Actor, id: number, input: Partial<OrganisationInput>) {
      return cached.written(db.transaction(async (tx) => {
        const [o] = await tx.update(organisations).set({ ...input, updatedAt: clock.now() }).where(eq(organisations.id, id)).returning();
        if (!o) throw notFound('what.organisation');
        await audit.record(actor, { action: 'organisation.update', entityType: 'organisation', entityId: id, details: input }, tx);
        return present(o);
      }));
    },
  };
}
