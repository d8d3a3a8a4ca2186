import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database';
import type { Actor } from '../../platform/audit/audit.service';
import { AppError, conflict, invalidField, notFound } from '../../platform/http/errors';
import { socialdeskFollowups } from './socialdesk.table';
import type { FollowupPatch } from './socialdesk.schemas';
import { presentFollowup, type SocialdeskCore, type SocialdeskDeps } from './socialdesk.core';

/** Follow-ups ("new arrivals"): one open follow-up per person, closed with a note. */
export function createSocialdeskFollowups(deps: SocialdeskDeps & { core: SocialdeskCore }) {
  const { db, clock, audit } = deps;

  const part = {
    // ---------- follow-ups ----------
    async followups(actor: Actor, personId: number) {
      await deps.people.assertLinkable(personId).catch((e) => {
        if (e instanceof AppError && e.status === 409) return; // merged: still show what is left
        throw e;
      });
      const rows = await db.select().from(socialdeskFollowups).where(eq(socialdeskFollowups.personId, personId)).orderBy(asc(socialdeskFollowups.startDate));
      await audit.record(actor, { action: 'socialdesk.followups_read', entityType: 'person', entityId: personId });
      const current = [...rows].reverse().find((f) => f.endDate === null) ?? null;
      return {
        personId,
        status: current ? ('open' as const) : rows.length ? ('closed' as const) : ('none' as const),
        /** The first start: what makes the person a "new arrival" of that year. */
        firstStartDate: rows[0]?.startDate ?? null,
        current: current ? presentFollowup(current) : null,
        items: rows.map(presentFollowup),
      };
    },
    async openFollowup(actor: Actor, personId: number, startDate: string) {
      return db.transaction(async (tx) => {
        try {
          await deps.people.assertLinkable(personId, tx);
        } catch (e) {
          if (e instanceof AppError && e.status === 404) throw notFound('what.person');
          throw e;
        }
        const [open] = await tx.select().from(socialdeskFollowups).where(and(eq(socialdeskFollowups.personId, personId), isNull(socialdeskFollowups.endDate)));
        if (open) throw conflict('error.socialdesk.followup_open', {}, { followupId: open.id });
        const [f] = await tx.insert(socialdeskFollowups).values({ personId, startDate, createdBy: actor.userId }).returning();
        await audit.record(actor, { action: 'socialdesk.followup_open', entityType: 'person', entityId: personId, details: { followupId: f.id, startDate } }, tx);
        return presentFollowup(f);
      });
    },
    /**
     * Before two people are merged (people's merge hook): both may have an open follow-up, and a person has one.
     * The one that started first stays open; the later one goes (the person's first start is unchanged).
     */
    async mergePeople(tx: Tx, { keepId, removeId }: { keepId: number; removeId: number }) {
      const open = await tx
        .select()
        .from(socialdeskFollowups)
        .where(and(inArray(socialdeskFollowups.personId, [keepId, removeId]), isNull(socialdeskFollowups.endDate)))
        .orderBy(asc(socialdeskFollowups.startDate), asc(socialdeskFollowups.id))
        .for('update');
      if (open.length < 2) return;
      const [kept, ...later] = open;
      await tx.delete(socialdeskFollowups).where(inArray(socialdeskFollowups.id, later.map((f) => f.id)));
      return { socialdeskOpenFollowups: { kept: kept.id, removed: later.map((f) => ({ id: f.id, startDate: f.startDate })) } };
    },

    /** Close (endDate), reopen (endDate null) or correct the start of a follow-up. */
    async updateFollowup(actor: Actor, id: number, patch: FollowupPatch) {
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(socialdeskFollowups).where(eq(socialdeskFollowups.id, id)).for('update');
        if (!before) throw notFound('what.followup');
        const startDate = patch.startDate ?? before.startDate;
        const endDate = patch.endDate !== undefined ? patch.endDate : before.endDate;
        if (endDate && endDate < startDate) throw invalidField('body.endDate', 'error.end_before_start');
        if (before.endDate && endDate === null) {
          const [other] = await tx
            .select()
            .from(socialdeskFollowups)
            .where(and(eq(socialdeskFollowups.personId, before.personId), isNull(socialdeskFollowups.endDate)));
          if (other) throw conflict('error.socialdesk.followup_open', {}, { followupId: other.id });
        }
        const [f] = await tx
          .update(socialdeskFollowups)
          .set({ startDate, endDate, closingNote: patch.closingNote !== undefined ? patch.closingNote || null : before.closingNote, updatedAt: clock.now() })
          .where(eq(socialdeskFollowups.id, id))
          .returning();
        const action = patch.endDate === undefined ? 'socialdesk.followup_update' : patch.endDate === null ? 'socialdesk.followup_reopen' : 'socialdesk.followup_close';
        await audit.record(actor, { action, entityType: 'person', entityId: f.personId, details: { followupId: id, fields: Object.keys(patch) } }, tx);
        return presentFollowup(f);
      });
    },

  };
  return part;
}
