import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import { invalidField, notFound } from '../../platform/http/errors';
import { brusselsInstant } from '../../platform/brussels-time';
import { socialdeskCategories, socialdeskInterviewCategories, socialdeskInterviews } from './socialdesk.table';
import type { InterviewInput, InterviewPatch, InterviewsQuery } from './socialdesk.schemas';
import type { SocialdeskCore, SocialdeskDeps, Interview } from './socialdesk.core';

/** Interviews: recorded, listed, corrected, deleted (with their categories and referrals). */
export function createSocialdeskInterviews(deps: SocialdeskDeps & { core: SocialdeskCore }) {
  const { db, clock, audit } = deps;
  const { categoriesByCode, checkSite, checkOrganisations, checkPerson, loadInterview, present, writeCategoriesAndReferrals, ensureFollowup } = deps.core;

  const part = {
    // ---------- interviews ----------
    async createInterview(actor: Actor, input: InterviewInput): Promise<Interview> {
      await checkSite(input.siteId);
      await checkOrganisations(input.referrals.map((r) => r.organisationId));
      const row = await db.transaction(async (tx) => {
        const categories = await categoriesByCode(input.categories, tx);
        await checkPerson(input.personId, tx);
        const [r] = await tx
          .insert(socialdeskInterviews)
          .values({
            personId: input.personId,
            date: input.date,
            siteId: input.siteId,
            kind: input.kind,
            actions: input.actions || null,
            nextStep: input.nextStep || null,
            nextStepDate: input.nextStepDate ?? null,
            createdBy: actor.userId,
          })
          .returning();
        await writeCategoriesAndReferrals(tx, r.id, categories, input.referrals);
        await ensureFollowup(tx, actor, input.personId, input.date);
        await deps.people.touch(input.personId, brusselsInstant(input.date, '12:00'), tx);
        await audit.record(actor, { action: 'socialdesk.interview_create', entityType: 'person', entityId: input.personId, details: { interviewId: r.id } }, tx);
        return r;
      });
      return (await present([row]))[0];
    },

    /** One interview (without confidential notes); reading it is reading the person's record: audited. */
    async getInterview(actor: Actor, id: number): Promise<Interview> {
      const row = await loadInterview(id);
      await audit.record(actor, { action: 'socialdesk.interview_read', entityType: 'person', entityId: row.personId, details: { interviewId: id } });
      return (await present([row]))[0];
    },

    async listInterviews(actor: Actor, q: InterviewsQuery) {
      const conds: (SQL | undefined)[] = [
        q.personId ? eq(socialdeskInterviews.personId, q.personId) : undefined,
        q.siteId ? eq(socialdeskInterviews.siteId, q.siteId) : undefined,
        q.from ? gte(socialdeskInterviews.date, q.from) : undefined,
        q.to ? lte(socialdeskInterviews.date, q.to) : undefined,
        q.category
          ? sql`exists (select 1 from ${socialdeskInterviewCategories} ic join ${socialdeskCategories} c on c.id = ic.category_id where ic.interview_id = ${socialdeskInterviews.id} and c.code = ${q.category})`
          : undefined,
      ];
      const where = and(...conds.filter(Boolean));
      const [rows, [{ total }]] = await Promise.all([
        db.select().from(socialdeskInterviews).where(where).orderBy(desc(socialdeskInterviews.date), desc(socialdeskInterviews.id)).limit(q.limit).offset(q.offset),
        db.select({ total: sql<number>`count(*)::int` }).from(socialdeskInterviews).where(where),
      ]);
      if (q.personId) await audit.record(actor, { action: 'socialdesk.interviews_read', entityType: 'person', entityId: q.personId });
      else if (rows.length) await audit.record(actor, { action: 'socialdesk.interviews_list', entityType: 'socialdesk_interview', details: { ...q, count: rows.length } });
      return { items: await present(rows), total };
    },

    async updateInterview(actor: Actor, id: number, patch: InterviewPatch): Promise<Interview> {
      const before = await loadInterview(id);
      const date = patch.date ?? before.date;
      const nextStepDate = patch.nextStepDate !== undefined ? patch.nextStepDate : before.nextStepDate;
      if (nextStepDate && nextStepDate < date) throw invalidField('body.nextStepDate', 'error.socialdesk.next_step_before_interview');
      if (patch.siteId) await checkSite(patch.siteId);
      if (patch.referrals) await checkOrganisations(patch.referrals.map((r) => r.organisationId));
      const row = await db.transaction(async (tx) => {
        const categories = patch.categories ? await categoriesByCode(patch.categories, tx) : null;
        const [r] = await tx
          .update(socialdeskInterviews)
          .set({
            date,
            siteId: patch.siteId ?? before.siteId,
            kind: patch.kind ?? before.kind,
            actions: patch.actions !== undefined ? patch.actions || null : before.actions,
            nextStep: patch.nextStep !== undefined ? patch.nextStep || null : before.nextStep,
            nextStepDate,
            updatedAt: clock.now(),
          })
          .where(eq(socialdeskInterviews.id, id))
          .returning();
        if (!r) throw notFound('what.interview');
        await writeCategoriesAndReferrals(tx, id, categories, patch.referrals ?? null);
        await audit.record(actor, { action: 'socialdesk.interview_update', entityType: 'person', entityId: r.personId, details: { interviewId: id, fields: Object.keys(patch) } }, tx);
        return r;
      });
      return (await present([row]))[0];
    },

    async deleteInterview(actor: Actor, id: number): Promise<void> {
      await db.transaction(async (tx) => {
        const [r] = await tx.delete(socialdeskInterviews).where(eq(socialdeskInterviews.id, id)).returning();
        if (!r) throw notFound('what.interview');
        await audit.record(actor, { action: 'socialdesk.interview_delete', entityType: 'person', entityId: r.personId, details: { interviewId: id, date: r.date } }, tx);
      });
    },

  };
  return part;
}
