import { and, asc, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import type { SessionUser } from '../../platform/auth/auth.service';
import type { Db, Tx } from '../../platform/db/database';
import { AppError, conflict, invalidField, notFound } from '../../platform/http/errors';
import { translate, type Locale } from '../../platform/i18n/messages';
import { brusselsInstant } from '../../platform/brussels-time';
import type { PersonProfile } from '../people/people.service';
import { GENDERS, PROFESSIONAL_STATUSES, STUDY_LEVELS } from '../people/people.table';
import {
  INTERVIEW_KINDS,
  socialdeskCategories,
  socialdeskConfidentialNotes,
  socialdeskFollowups,
  socialdeskInterviewCategories,
  socialdeskInterviews,
  socialdeskReferrals,
} from './socialdesk.table';
import type { CategoryInput, CategoryPatch, FollowupPatch, InterviewInput, InterviewPatch, InterviewsQuery } from './socialdesk.schemas';


export type Category = typeof socialdeskCategories.$inferSelect;
export type InterviewRow = typeof socialdeskInterviews.$inferSelect;
export type SocialdeskService = ReturnType<typeof createSocialdeskService>;

export const AGE_CLASSES = ['under_25', '25_34', '35_44', '45_54', '55_plus', 'unknown'] as const;
export type AgeClass = (typeof AGE_CLASSES)[number];

/** Age class of a new arrival of year Y: the age reached in Y (only the birth year survives erasure). */
export function ageClass(birthYear: number | null, year: number): AgeClass {
  if (!birthYear) return 'unknown';
  const age = year - birthYear;
  if (age < 25) return 'under_25';
  if (age < 35) return '25_34';
  if (age < 45) return '35_44';
  if (age < 55) return '45_54';
  return '55_plus';
}

/** Only this role reads and writes confidential notes (not the director, not an admin). */
export const CONFIDENTIAL_ROLE = 'social_worker';
export const canReadConfidential = (viewer: { roles: readonly string[] }) => viewer.roles.includes(CONFIDENTIAL_ROLE);

const labelOf = (item: { labelFr: string; labelNl: string; labelEn: string }, locale: Locale) =>
  locale === 'nl' ? item.labelNl : locale === 'en' ? item.labelEn : item.labelFr;

interface Figure {
  key: string;
  current: number;
  previous: number;
  change: number;
}

/** What one year's figures are made of: for each figure key, the people or the interviews behind it. */
interface YearRecords {
  people: Map<string, Set<number>>;
  interviews: Map<string, number[]>;
  interviewRows: Map<number, { id: number; personId: number; date: string; siteId: number; kind: string; categories: string[] }>;
  arrivalStart: Map<number, string>;
  profiles: Map<number, PersonProfile>;
}

export function createSocialdeskService(ctx: ModuleContext) {
  const { db, clock, audit } = ctx;

  async function categoriesByCode(codes: string[], tx: Db | Tx): Promise<Category[]> {
    const unique = [...new Set(codes)];
    const found = await tx.select().from(socialdeskCategories).where(and(inArray(socialdeskCategories.code, unique), eq(socialdeskCategories.active, true)));
    const missing = unique.filter((c) => !found.some((f) => f.code === c));
    if (missing.length) throw invalidField('body.categories', 'error.socialdesk.unknown_category', { code: missing.join(', ') });
    return found;
  }

  async function checkSite(siteId: number) {
    try {
      return await ctx.services.sites.get(siteId);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) throw invalidField('body.siteId', 'error.unknown_site');
      throw e;
    }
  }

  async function checkOrganisations(ids: number[]) {
    for (const [i, id] of ids.entries()) {
      try {
        await ctx.services.organisations.get(id);
      } catch (e) {
        if (e instanceof AppError && e.status === 404) throw invalidField(`body.referrals.${i}.organisationId`, 'error.unknown_organisation');
        throw e;
      }
    }
  }

  async function checkPerson(personId: number, tx: Tx) {
    try {
      await ctx.services.people.assertLinkable(personId, tx);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) throw invalidField('body.personId', 'error.unknown_person');
      throw e;
    }
  }

  async function loadInterview(id: number, tx: Db | Tx = db): Promise<InterviewRow> {
    const [row] = await tx.select().from(socialdeskInterviews).where(eq(socialdeskInterviews.id, id));
    if (!row) throw notFound('what.interview');
    return row;
  }

  /** Interviews as screens show them. Never the confidential notes: only whether there are some. */
  async function present(rows: InterviewRow[]) {
    const ids = rows.map((r) => r.id);
    if (!ids.length) return [];
    const [cats, refs, notes, sitesList, profiles] = await Promise.all([
      db
        .select({ interviewId: socialdeskInterviewCategories.interviewId, c: socialdeskCategories })
        .from(socialdeskInterviewCategories)
        .innerJoin(socialdeskCategories, eq(socialdeskCategories.id, socialdeskInterviewCategories.categoryId))
        .where(inArray(socialdeskInterviewCategories.interviewId, ids))
        .orderBy(asc(socialdeskCategories.sortOrder)),
      db.select().from(socialdeskReferrals).where(inArray(socialdeskReferrals.interviewId, ids)),
      db
        .select({ interviewId: socialdeskConfidentialNotes.interviewId, n: sql<number>`count(*)::int` })
        .from(socialdeskConfidentialNotes)
        .where(inArray(socialdeskConfidentialNotes.interviewId, ids))
        .groupBy(socialdeskConfidentialNotes.interviewId),
      ctx.services.sites.list(true),
      ctx.services.people.profiles([...new Set(rows.map((r) => r.personId))]),
    ]);
    const orgs = refs.length ? await ctx.services.organisations.list({ includeInactive: true }) : [];
    const orgName = new Map(orgs.map((o) => [o.id, o.name]));
    const siteName = new Map(sitesList.map((s) => [s.id, s.name]));
    const person = new Map(profiles.map((p) => [p.id, p]));
    const noteCount = new Map(notes.map((n) => [n.interviewId, n.n]));
    return rows.map((r) => {
      const p = person.get(r.personId);
      return {
        id: r.id,
        personId: r.personId,
        person: p ? { id: p.id, firstName: p.firstName, lastName: p.lastName, erased: p.erased } : null,
        date: r.date,
        siteId: r.siteId,
        siteName: siteName.get(r.siteId) ?? null,
        kind: r.kind,
        categories: cats
          .filter((c) => c.interviewId === r.id)
          .map(({ c }) => ({ code: c.code, labelFr: c.labelFr, labelNl: c.labelNl, labelEn: c.labelEn })),
        actions: r.actions,
        referrals: refs.filter((x) => x.interviewId === r.id).map((x) => ({ organisationId: x.organisationId, name: orgName.get(x.organisationId) ?? null, note: x.note })),
        nextStep: r.nextStep,
        nextStepDate: r.nextStepDate,
        hasConfidentialNotes: (noteCount.get(r.id) ?? 0) > 0,
        createdBy: r.createdBy,
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
      };
    });
  }
  type Interview = Awaited<ReturnType<typeof present>>[number];

  async function writeCategoriesAndReferrals(tx: Tx, interviewId: number, categories: Category[] | null, referrals: InterviewInput['referrals'] | null) {
    if (categories) {
      await tx.delete(socialdeskInterviewCategories).where(eq(socialdeskInterviewCategories.interviewId, interviewId));
      await tx.insert(socialdeskInterviewCategories).values(categories.map((c) => ({ interviewId, categoryId: c.id })));
    }
    if (referrals) {
      await tx.delete(socialdeskReferrals).where(eq(socialdeskReferrals.interviewId, interviewId));
      const unique = [...new Map(referrals.map((r) => [r.organisationId, r])).values()];
      if (unique.length) await tx.insert(socialdeskReferrals).values(unique.map((r) => ({ interviewId, organisationId: r.organisationId, note: r.note || null })));
    }
  }

  /** The person's first interview opens their follow-up (the start of the report's "new arrival"). */
  async function ensureFollowup(tx: Tx, actor: Actor, personId: number, date: string) {
    const [open] = await tx
      .select()
      .from(socialdeskFollowups)
      .where(and(eq(socialdeskFollowups.personId, personId), isNull(socialdeskFollowups.endDate)))
      .limit(1);
    if (open) return;
    const [f] = await tx.insert(socialdeskFollowups).values({ personId, startDate: date, createdBy: actor.userId }).returning();
    await audit.record(actor, { action: 'socialdesk.followup_open', entityType: 'person', entityId: personId, details: { followupId: f.id, startDate: date, automatic: true } }, tx);
  }

  // ---------- statistics ----------
  async function collect(year: number): Promise<YearRecords> {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const inYear = and(gte(socialdeskInterviews.date, from), lte(socialdeskInterviews.date, to));
    const [rows, cats, arrivals] = await Promise.all([
      db
        .select({ id: socialdeskInterviews.id, personId: socialdeskInterviews.personId, date: socialdeskInterviews.date, siteId: socialdeskInterviews.siteId, kind: socialdeskInterviews.kind })
        .from(socialdeskInterviews)
        .where(inYear)
        .orderBy(asc(socialdeskInterviews.date), asc(socialdeskInterviews.id)),
      db
        .select({ interviewId: socialdeskInterviewCategories.interviewId, code: socialdeskCategories.code })
        .from(socialdeskInterviewCategories)
        .innerJoin(socialdeskCategories, eq(socialdeskCategories.id, socialdeskInterviewCategories.categoryId))
        .innerJoin(socialdeskInterviews, eq(socialdeskInterviews.id, socialdeskInterviewCategories.interviewId))
        .where(inYear),
      db
        .select({ personId: socialdeskFollowups.personId, start: sql<string>`min(${socialdeskFollowups.startDate})::text` })
        .from(socialdeskFollowups)
        .groupBy(socialdeskFollowups.personId)
        .having(sql`min(${socialdeskFollowups.startDate}) between ${from} and ${to}`),
    ]);
    // The same people as the rows above, given as a subquery: a list of thousands of ids as parameters is slow to build and to plan.
    const profiles = new Map(
      (
        await ctx.services.people.profiles(
          sql`select ${socialdeskInterviews.personId} from ${socialdeskInterviews} where ${inYear}
            union select ${socialdeskFollowups.personId} from ${socialdeskFollowups} group by ${socialdeskFollowups.personId}
            having min(${socialdeskFollowups.startDate}) between ${from} and ${to}`,
        )
      ).map((p) => [p.id, p]),
    );
    const people = new Map<string, Set<number>>();
    const interviews = new Map<string, number[]>();
    const addP = (key: string, id: number) => (people.get(key) ?? people.set(key, new Set()).get(key)!).add(id);
    const addI = (key: string, id: number) => (interviews.get(key) ?? interviews.set(key, []).get(key)!).push(id);
    const arrivalStart = new Map<number, string>();
    for (const a of arrivals) {
      const p = profiles.get(a.personId);
      arrivalStart.set(a.personId, a.start);
      addP('new_arrivals', a.personId);
      addP(`new_arrivals.age.${ageClass(p?.birthYear ?? null, year)}`, a.personId);
      addP(`new_arrivals.gender.${p?.gender ?? 'unspecified'}`, a.personId);
      addP(`new_arrivals.study_level.${p?.studyLevel ?? 'unknown'}`, a.personId);
      addP(`new_arrivals.status.${p?.professionalStatus ?? 'other'}`, a.personId);
    }
    const catsOf = new Map<number, string[]>();
    for (const c of cats) (catsOf.get(c.interviewId) ?? catsOf.set(c.interviewId, []).get(c.interviewId)!).push(c.code);
    const interviewRows = new Map<number, YearRecords['interviewRows'] extends Map<number, infer V> ? V : never>();
    for (const r of rows) {
      const categories = catsOf.get(r.id) ?? [];
      interviewRows.set(r.id, { ...r, categories });
      addP('people_seen', r.personId);
      addP(`people_seen.site.${r.siteId}`, r.personId);
      addI('interviews', r.id);
      addI(`interviews.site.${r.siteId}`, r.id);
      addI(`interviews.kind.${r.kind}`, r.id);
      for (const code of categories) {
        addI(`category.${code}`, r.id);
        addP(`category_people.${code}`, r.personId);
      }
    }
    return { people, interviews, interviewRows, arrivalStart, profiles };
  }

  /**
   * The same figures as `collect` (same keys), counted in SQL: the statistics need the counts only, the
   * records are for the drill lists. Interviews by site and kind in one pass (grouping sets), categories in
   * another; new arrivals are few, counted from their profiles (the people module's, not its table).
   */
  async function countsForYear(year: number): Promise<Map<string, number>> {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const inYear = and(gte(socialdeskInterviews.date, from), lte(socialdeskInterviews.date, to));
    const [groups, cats, arrivals] = await Promise.all([
      db
        .select({
          siteId: socialdeskInterviews.siteId,
          kind: socialdeskInterviews.kind,
          bySite: sql<number>`(1 - grouping(${socialdeskInterviews.siteId}))::int`,
          byKind: sql<number>`(1 - grouping(${socialdeskInterviews.kind}))::int`,
          interviews: sql<number>`count(*)::int`,
          people: sql<number>`count(distinct ${socialdeskInterviews.personId})::int`,
        })
        .from(socialdeskInterviews)
        .where(inYear)
        .groupBy(sql`grouping sets ((), (${socialdeskInterviews.siteId}), (${socialdeskInterviews.kind}))`),
      db
        .select({ code: socialdeskCategories.code, interviews: sql<number>`count(*)::int`, people: sql<number>`count(distinct ${socialdeskInterviews.personId})::int` })
        .from(socialdeskInterviewCategories)
        .innerJoin(socialdeskCategories, eq(socialdeskCategories.id, socialdeskInterviewCategories.categoryId))
        .innerJoin(socialdeskInterviews, eq(socialdeskInterviews.id, socialdeskInterviewCategories.interviewId))
        .where(inYear)
        .groupBy(socialdeskCategories.code),
      ctx.services.people.profiles(
        sql`select ${socialdeskFollowups.personId} from ${socialdeskFollowups} group by ${socialdeskFollowups.personId}
          having min(${socialdeskFollowups.startDate}) between ${from} and ${to}`,
      ),
    ]);
    const counts = new Map<string, number>();
    const add = (key: string, n = 1) => counts.set(key, (counts.get(key) ?? 0) + n);
    for (const g of groups) {
      if (g.bySite) {
        add(`interviews.site.${g.siteId}`, g.interviews);
        add(`people_seen.site.${g.siteId}`, g.people);
      } else if (g.byKind) add(`interviews.kind.${g.kind}`, g.interviews);
      else {
        add('interviews', g.interviews);
        add('people_seen', g.people);
      }
    }
    for (const c of cats) {
      add(`category.${c.code}`, c.interviews);
      add(`category_people.${c.code}`, c.people);
    }
    for (const p of arrivals) {
      add('new_arrivals');
      add(`new_arrivals.age.${ageClass(p.birthYear ?? null, year)}`);
      add(`new_arrivals.gender.${p.gender ?? 'unspecified'}`);
      add(`new_arrivals.study_level.${p.studyLevel ?? 'unknown'}`);
      add(`new_arrivals.status.${p.professionalStatus ?? 'other'}`);
    }
    return counts;
  }

  const service = {
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
        await audit.record(actor, { action: 'socialdesk.category_update', entityType: 'socialdesk_category', entityId: id, details: patch }, tx);
        return c;
      });
    },

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
        await ctx.services.people.touch(input.personId, brusselsInstant(input.date, '12:00'), tx);
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

    // ---------- confidential notes (routes allow only the social_worker role) ----------
    async notes(actor: Actor, interviewId: number) {
      const interview = await loadInterview(interviewId);
      const rows = await db.select().from(socialdeskConfidentialNotes).where(eq(socialdeskConfidentialNotes.interviewId, interviewId)).orderBy(asc(socialdeskConfidentialNotes.id));
      await audit.record(actor, { action: 'socialdesk.notes_read', entityType: 'person', entityId: interview.personId, details: { interviewId, notes: rows.map((n) => n.id) } });
      return rows.map(presentNote);
    },
    async addNote(actor: Actor, interviewId: number, body: string) {
      return db.transaction(async (tx) => {
        const interview = await loadInterview(interviewId, tx);
        const [n] = await tx
          .insert(socialdeskConfidentialNotes)
          .values({ interviewId, personId: interview.personId, body, createdBy: actor.userId, createdAt: clock.now(), updatedAt: clock.now() })
          .returning();
        await audit.record(actor, { action: 'socialdesk.note_create', entityType: 'person', entityId: interview.personId, details: { interviewId, noteId: n.id } }, tx);
        return presentNote(n);
      });
    },
    async updateNote(actor: Actor, noteId: number, body: string) {
      return db.transaction(async (tx) => {
        const [n] = await tx.update(socialdeskConfidentialNotes).set({ body, updatedAt: clock.now() }).where(eq(socialdeskConfidentialNotes.id, noteId)).returning();
        if (!n) throw notFound('what.note');
        await audit.record(actor, { action: 'socialdesk.note_update', entityType: 'person', entityId: n.personId, details: { interviewId: n.interviewId, noteId } }, tx);
        return presentNote(n);
      });
    },

    // ---------- follow-ups ----------
    async followups(actor: Actor, personId: number) {
      await ctx.services.people.assertLinkable(personId).catch((e) => {
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
          await ctx.services.people.assertLinkable(personId, tx);
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

    // ---------- statistics ----------
    /** The year's figures beside the year before's; each figure has the key its `drill` list answers to. */
    async stats(year: number) {
      const [cur, prev, sitesList, categories] = await Promise.all([countsForYear(year), countsForYear(year - 1), ctx.services.sites.list(true), service.categories(true)]);
      const f = (key: string): Figure => {
        const current = cur.get(key) ?? 0;
        const previous = prev.get(key) ?? 0;
        return { key, current, previous, change: current - previous };
      };
      const siteIds = new Set([...cur.keys(), ...prev.keys()].filter((k) => k.startsWith('interviews.site.')).map((k) => Number(k.slice('interviews.site.'.length))));
      const sites = sitesList.filter((s) => siteIds.has(s.id));
      const usedCategories = categories.filter((c) => c.active || cur.get(`category.${c.code}`) || prev.get(`category.${c.code}`));
      return {
        year,
        previousYear: year - 1,
        newArrivals: {
          total: f('new_arrivals'),
          byAgeClass: AGE_CLASSES.map((a) => ({ ageClass: a, ...f(`new_arrivals.age.${a}`) })),
          byGender: GENDERS.map((g) => ({ gender: g, ...f(`new_arrivals.gender.${g}`) })),
          byStudyLevel: STUDY_LEVELS.map((s) => ({ studyLevel: s, ...f(`new_arrivals.study_level.${s}`) })),
          byProfessionalStatus: PROFESSIONAL_STATUSES.map((s) => ({ professionalStatus: s, ...f(`new_arrivals.status.${s}`) })),
        },
        peopleSeen: { total: f('people_seen'), bySite: sites.map((s) => ({ siteId: s.id, siteName: s.name, ...f(`people_seen.site.${s.id}`) })) },
        interviews: {
          total: f('interviews'),
          bySite: sites.map((s) => ({ siteId: s.id, siteName: s.name, ...f(`interviews.site.${s.id}`) })),
          byKind: INTERVIEW_KINDS.map((k) => ({ kind: k, ...f(`interviews.kind.${k}`) })),
        },
        categories: usedCategories.map((c) => ({
          code: c.code,
          labelFr: c.labelFr,
          labelNl: c.labelNl,
          labelEn: c.labelEn,
          interviews: f(`category.${c.code}`),
          people: f(`category_people.${c.code}`),
        })),
        noShows: await noShows(year),
      };
    },

    /** The records behind one figure (people or interviews). Reading names is audited. */
    async drill(actor: Actor, year: number, key: string) {
      const rec = await collect(year);
      const known = /^(new_arrivals(\.(age|gender|study_level|status)\.[A-Za-z0-9_]+)?|people_seen(\.site\.\d+)?|category_people\.[a-z0-9_]+)$/.test(key)
        ? 'people'
        : /^(interviews(\.(site\.\d+|kind\.[a-z_]+))?|category\.[a-z0-9_]+)$/.test(key)
          ? 'interviews'
          : null;
      if (!known) throw invalidField('querystring.key', 'error.socialdesk.unknown_figure', { key });
      let result;
      if (known === 'people') {
        const ids = [...(rec.people.get(key) ?? [])];
        const items = ids
          .map((id) => {
            const p = rec.profiles.get(id);
            const interviews = [...rec.interviewRows.values()].filter((r) => r.personId === id);
            return {
              personId: id,
              firstName: p?.firstName ?? '',
              lastName: p?.lastName ?? '',
              erased: p?.erased ?? false,
              gender: p?.gender ?? null,
              birthYear: p?.birthYear ?? null,
              ageClass: ageClass(p?.birthYear ?? null, year),
              studyLevel: p?.studyLevel ?? null,
              professionalStatus: p?.professionalStatus ?? null,
              followupStart: rec.arrivalStart.get(id) ?? null,
              interviews: interviews.length,
            };
          })
          .sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr') || a.personId - b.personId);
        result = { year, key, kind: 'people' as const, count: items.length, people: items, interviews: [] as Interview[] };
      } else {
        const ids = rec.interviews.get(key) ?? [];
        const rows = ids.length ? await db.select().from(socialdeskInterviews).where(inArray(socialdeskInterviews.id, ids)).orderBy(asc(socialdeskInterviews.date), asc(socialdeskInterviews.id)) : [];
        const items = await present(rows);
        result = { year, key, kind: 'interviews' as const, count: items.length, people: [], interviews: items };
      }
      await audit.record(actor, { action: 'socialdesk.stats_drill', entityType: 'socialdesk_stats', entityId: `${year}:${key}`, details: { count: result.count } });
      return result;
    },

    figureLabel(key: string, locale: Locale, names: { sites: Map<number, string>; categories: Map<string, string> }): string {
      const t = (k: string) => translate(locale, k);
      const m = /^(new_arrivals|people_seen|interviews|category|category_people)(?:\.(\w+)\.?(.*))?$/.exec(key);
      if (!m) return key;
      const [, section, sub, value] = m;
      if (section === 'category' || section === 'category_people') return names.categories.get(sub ?? '') ?? sub ?? key;
      if (!sub) return t(`socialdesk.figure.${section}`);
      if (sub === 'site') return names.sites.get(Number(value)) ?? value;
      if (sub === 'age') return t(`socialdesk.age.${value}`);
      if (sub === 'kind') return t(`socialdesk.kind.${value}`);
      if (sub === 'gender') return t(`socialdesk.gender.${value}`);
      if (sub === 'study_level') return t(`socialdesk.study_level.${value}`);
      if (sub === 'status') return t(`socialdesk.status.${value}`);
      return key;
    },

    // ---------- for other modules ----------
    async timeline(personId: number, viewer: SessionUser) {
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
          { at: f.startDate, module: 'socialdesk', kind: 'timeline.socialdesk_followup_start', data: { followupId: f.id } },
          ...(f.endDate ? [{ at: f.endDate, module: 'socialdesk', kind: 'timeline.socialdesk_followup_end', data: { followupId: f.id } }] : []),
        ]),
      ];
    },

    /**
     * Reach: 'social_desk' counts the distinct people received in individual interviews (outside the
     * partner desks, the report's 402); each partner desk site (kind 'desk', e.g. the Espace Social
     * Télé-Service) gets its own line counting its interviews (the report's 74).
     */
    async reachLines(year: number) {
      const inYear = and(gte(socialdeskInterviews.date, `${year}-01-01`), lte(socialdeskInterviews.date, `${year}-12-31`));
      const sitesList = await ctx.services.sites.list(true);
      const deskIds = sitesList.filter((s) => s.kind === 'desk').map((s) => s.id);
      const notDesk = deskIds.length ? sql`${socialdeskInterviews.siteId} not in (${sql.join(deskIds.map((d) => sql`${d}`), sql`, `)})` : sql`true`;
      const [main] = await db
        .select({ people: sql<number>`count(distinct ${socialdeskInterviews.personId})::int`, interviews: sql<number>`count(*)::int` })
        .from(socialdeskInterviews)
        .where(and(inYear, notDesk));
      const perDesk = deskIds.length
        ? await db
            .select({ siteId: socialdeskInterviews.siteId, people: sql<number>`count(distinct ${socialdeskInterviews.personId})::int`, interviews: sql<number>`count(*)::int` })
            .from(socialdeskInterviews)
            .where(and(inYear, inArray(socialdeskInterviews.siteId, deskIds)))
            .groupBy(socialdeskInterviews.siteId)
        : [];
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

  /** No-show figures come from the appointments module when it is installed. */
  async function noShows(year: number) {
    type Figures = { booked?: number; attended?: number; noShows?: number; noShowRate?: number | null };
    const appointments = (ctx.services as unknown as { appointments?: { statsForYear?: (y: number) => Promise<Figures> } }).appointments;
    if (!appointments?.statsForYear) return null;
    const [current, previous] = await Promise.all([appointments.statsForYear(year), appointments.statsForYear(year - 1)]);
    const pick = (f: Figures) => ({ booked: f.booked ?? 0, attended: f.attended ?? 0, noShows: f.noShows ?? 0, noShowRate: f.noShowRate ?? null });
    return { current: pick(current), previous: pick(previous) };
  }

  return service;
}

function presentNote(n: typeof socialdeskConfidentialNotes.$inferSelect) {
  return { id: n.id, interviewId: n.interviewId, body: n.body, createdBy: n.createdBy, createdAt: n.createdAt.toISOString(), updatedAt: n.updatedAt.toISOString() };
}

function presentFollowup(f: typeof socialdeskFollowups.$inferSelect) {
  return { id: f.id, personId: f.personId, startDate: f.startDate, endDate: f.endDate, status: f.endDate ? ('closed' as const) : ('open' as const), closingNote: f.closingNote };
}
