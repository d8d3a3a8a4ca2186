import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import { notFound } from '../../platform/http/errors';
import { socialdeskCategories } from './socialdesk.table';
import type { CategoryInput, CategoryPatch } from './socialdesk.schemas';
import type { Category, SocialdeskCore, SocialdeskDeps } from './socialdesk.core';

/** The configurable problem categories. */
export function createSocialdeskCategories(deps: SocialdeskDeps & { core: SocialdeskCore }) {
  const { db, audit } = deps;

  const part = {
    // ---------- configurable categories ----------
    async categories(includeInactive = false): Promise<Category[]> {
      return db
        .select()
        .from(socialdeskCategories)
        .where(includeInactive ? undefined : eq(socialdeskCategories.active, true))
        .orderBy(asc(socialdeskCategories.sortOrder), asc(socialdeskCategories.labelFr));
    },
    async createCategory(actor: Actor, input: CategoryInput): Promise<Category> {
      return db.transaction(async (tx) => {
        const [c] = await tx.insert(socialdeskCategories).values(input).returning();
        await audit.record(actor, { action: 'socialdesk.category_create', entityType: 'socialdesk_category', entityId: c.id, details: { code: c.code } }, tx);
        return c;
      });
    },
    async updateCategory(actor: Actor, id: number, patch: CategoryPatch): Promise<Category> {
      return db.transaction(async (tx) => {
        const [c] = await tx.update(socialdeskCategories).set(patch).where(eq(socialdeskCategories.id, id)).returning();
        if (!c) throw notFound('what.category');
        await audit.record(actor, { action: 'socialdesk.category_update', entityType: 'socialdesk_category', entityId: id, details: { code: c.code, fields: Object.keys(patch) } }, tx);
        return c;
      });
    },

  };
  return part;
}
