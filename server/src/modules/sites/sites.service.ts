import { asc, eq } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import { notFound } from '../../platform/http/errors';
import { sites, type OpeningPeriod } from './sites.table';

export type { OpeningPeriod };

type SiteRow = typeof sites.$inferSelect;
/** A site as the API gives it. */
export type Site = Omit<SiteRow, 'createdAt' | 'kind'> & { kind: 'main' | 'desk' | 'antenna'; createdAt: string };
const present = (s: SiteRow): Site => ({ ...s, kind: s.kind as Site['kind'], createdAt: s.createdAt.toISOString() });
export type SiteInput = { name: string; kind: 'main' | 'desk' | 'antenna'; address?: string | null; postalCode?: string | null; openingHours: OpeningPeriod[]; active?: boolean };
export type SitesService = ReturnType<typeof createSitesService>;

/** The Maison de l'Emploi's usual hours: 8:30-12:30 and 13:30-16:30, Monday to Friday. */
export const DEFAULT_OPENING_HOURS: OpeningPeriod[] = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, from: '08:30', to: '12:30' },
  { weekday, from: '13:30', to: '16:30' },
]);

export function createSitesService(ctx: ModuleContext) {
  const { db, audit, referenceCache } = ctx;
  /** Every site, in memory while none changes (platform/db/reference-cache.ts). */
  const cached = referenceCache.list('sites', async () => (await db.select().from(sites).orderBy(asc(sites.id))).map(present));
  const all = cached.read;
  return {
    list: async (includeInactive = false): Promise<readonly Site[]> => (includeInactive ? all() : (await all()).filter((s) => s.active)),
    async get(id: number): Promise<Site> {
      const s = (await all()).find((x) => x.id === id);
      if (!s) throw notFound('what.site');
      return s;
    },
    async create(actor: Actor, input: SiteInput) {
      return cached.written(db.transaction(async (tx) => {
        const [s] = await tx.insert(sites).values(input).returning();
        await audit.record(actor, { action: 'site.create', entityType: 'site', entityId: s.id }, tx);
        return present(s);
      }));
    },
    async update(actor: Actor, id: number, input: Partial<SiteInput>) {
      return cached.written(db.transaction(async (tx) => {
        const [s] = await tx.update(sites).set(input).where(eq(sites.id, id)).returning();
        if (!s) throw notFound('what.site');
        await audit.record(actor, { action: 'site.update', entityType: 'site', entityId: id, details: input }, tx);
        return present(s);
      }));
    },
  };
}
