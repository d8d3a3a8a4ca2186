import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { SessionUser } from '../../platform/auth/auth.service';
import type { Tx } from '../../platform/db/database';
import type { TimelineEntry } from '../../platform/registries';
import { createMemo, yearPeriod, type Memo } from '../../platform/stats';
import type { createSocialdeskFigures } from './socialdesk.figures';
import { socialdeskPermissions } from './socialdesk.permissions';
import { socialdeskConfidentialNotes, socialdeskFollowups, socialdeskInterviews, socialdeskReferrals } from './socialdesk.table';
import { labelOf, presentNote, type SocialdeskCore, type SocialdeskDeps, canReadConfidential } from './socialdesk.core';

/** What other modules call: the person's timeline, the reach lines, GDPR erasure. */
export function createSocialdeskHooks(deps: SocialdeskDeps & { core: SocialdeskCore; figures: ReturnType<typeof createSocialdeskFigures> }) {
  const { db, audit } = deps;
  const { present } = deps.core;

  const part = {
    // ---------- for other modules ----------
    /** Every entry carries the desk's read permission: the people module shows the others the date and kind only. */
    async timeline(personId: number, viewer: SessionUser): Promise<TimelineEntry[]> {
      const rows = await db.select().from(socialdeskInterviews).where(eq(socialdeskInterviews.personId, personId)).orderBy(desc(socialdeskInterviews.date));
      const interviews = await present(rows);
      const confidential = canReadConfidential(viewer);
      const notes =
        confidential && interviews.some((i) => i.hasConfidentialNotes)
          ? await db.select().from(socialdeskConfidentialNotes).where(eq(socialdeskConfidentialNotes.personId, personId)).orderBy(asc(socialdeskConfidentialNotes.id))
          : [];
      if (notes.length)
        await audit.record(
          { userId: viewer.id, name: viewer.name },
          { action: 'socialdesk.notes_read', entityType: 'person', entityId: personId, details: { via: 'timeline', notes: notes.map((n) => n.id) } },
        );
      const followups = await db.select().from(socialdeskFollowups).where(eq(socialdeskFollowups.personId, personId));
      return [
        ...interviews.map((i) => ({
          at: i.date,
          module: 'socialdesk',
          kind: 'timeline.socialdesk_interview',
          access: socialdeskPermissions.read,
          summary: i.categories.map((c) => labelOf(c, viewer.locale)).join(', '),
          redacted: i.hasConfidentialNotes && !confidential,
          link: `/socialdesk/interviews/${i.id}`,
          data: {
            interviewId: i.id,
            siteName: i.siteName,
            kind: i.kind,
            categories: i.categories.map((c) => c.code),
            actions: i.actions,
            referrals: i.referrals.map((r) => r.name),
            nextStep: i.nextStep,
            nextStepDate: i.nextStepDate,
            hasConfidentialNotes: i.hasConfidentialNotes,
            ...(confidential && i.hasConfidentialNotes ? { confidentialNotes: notes.filter((n) => n.interviewId === i.id).map(presentNote) } : {}),
          },
        })),
        ...followups.flatMap((f) => [
          { at: f.startDate, module: 'socialdesk', kind: 'timeline.socialdesk_followup_start', access: socialdeskPermissions.read, data: { followupId: f.id } },
          ...(f.endDate ? [{ at: f.endDate, module: 'socialdesk', kind: 'timeline.socialdesk_followup_end', access: socialdeskPermissions.read, data: { followupId: f.id } }] : []),
        ]),
      ];
    },

    /**
     * Reach: 'social_desk' counts the distinct people received in individual interviews (outside the
     * partner desks, the report's 402); each partner desk site (kind 'desk', e.g. the Espace Social
     * Télé-Service) gets its own line counting its interviews (the report's 74).
     */
    async reachLines(year: number, memo: Memo = createMemo()) {
      const inYear = and(gte(socialdeskInterviews.date, `${year}-01-01`), lte(socialdeskInterviews.date, `${year}-12-31`));
      // the same counts as the statistics of the year (read once per request)
      const [counts, sitesList] = await Promise.all([deps.figures.countsForPeriod(yearPeriod(year), memo), memo.get('sites.all', () => deps.sites.list(true))]);
      const deskIds = sitesList.filter((s) => s.kind === 'desk').map((s) => s.id);
      const notDesk = deskIds.length ? sql`${socialdeskInterviews.siteId} not in (${sql.join(deskIds.map((d) => sql`${d}`), sql`, `)})` : sql`true`;
      const main = { people: counts.get('people_seen.outside_desks') ?? 0, interviews: counts.get('interviews.outside_desks') ?? 0 };
      const perDesk = deskIds
        .filter((id) => counts.has(`interviews.site.${id}`))
        .map((siteId) => ({ siteId, people: counts.get(`people_seen.site.${siteId}`) ?? 0, interviews: counts.get(`interviews.site.${siteId}`) ?? 0 }));
      return [
        {
          key: 'social_desk',
          labelKey: 'reach.social_desk',
          unit: 'distinct_people' as const,
          value: main.people,
          distinctPeople: main.people,
          participations: main.interviews,
          personIds: sql`select distinct ${socialdeskInterviews.personId} as person_id from ${socialdeskInterviews} where ${and(inYear, notDesk)}`,
        },
        ...perDesk.map((d) => ({
          key: `social_desk:site:${d.siteId}`,
          labelKey: 'reach.social_desk_site',
          label: sitesList.find((s) => s.id === d.siteId)?.name,
          unit: 'participations' as const,
          value: d.interviews,
          distinctPeople: d.people,
          participations: d.interviews,
          personIds: sql`select distinct ${socialdeskInterviews.personId} as person_id from ${socialdeskInterviews} where ${and(inYear, eq(socialdeskInterviews.siteId, d.siteId))}`,
        })),
      ];
    },

    /** GDPR erasure: the confidential notes go, and the free texts that may identify the person. */
    async erase(tx: Tx, personId: number) {
      await tx.delete(socialdeskConfidentialNotes).where(eq(socialdeskConfidentialNotes.personId, personId));
      await tx.update(socialdeskInterviews).set({ actions: null, nextStep: null }).where(eq(socialdeskInterviews.personId, personId));
      await tx
        .update(socialdeskReferrals)
        .set({ note: null })
        .where(sql`${socialdeskReferrals.interviewId} in (select id from ${socialdeskInterviews} where ${socialdeskInterviews.personId} = ${personId})`);
      await tx.update(socialdeskFollowups).set({ closingNote: null }).where(eq(socialdeskFollowups.personId, personId));
    },
  };
  return part;
}
