import type { Figure as PlatformFigure } from '../../platform/stats';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Actor, AuditService } from '../../platform/audit/audit.service';
import type { Db, Tx } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { AppError, invalidField, notFound } from '../../platform/http/errors';
import type { Locale } from '../../platform/i18n/messages';
import type { ConfigurableList } from '../../platform/lists';
import type { PersonProfile } from '../people/people.service';
import {
  socialdeskCategories,
  socialdeskConfidentialNotes,
  socialdeskFollowups,
  socialdeskInterviewCategories,
  socialdeskInterviews,
  socialdeskReferrals,
} from './socialdesk.table';
import type { InterviewInput } from './socialdesk.schemas';
import type { SitesService } from '../sites/sites.service';
import type { OrganisationsService } from '../organisations/organisations.service';
import type { PeopleService } from '../people/people.service';

/** What every part of the social desk service is built from (one object, given by createSocialdeskService). */
export interface SocialdeskDeps {
  db: Db;
  clock: Clock;
  audit: AuditService;
  sites: SitesService;
  organisations: OrganisationsService;
  people: PeopleService;
}

export type Category = typeof socialdeskCategories.$inferSelect;
export type InterviewRow = typeof socialdeskInterviews.$inferSelect;

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

export const labelOf = (item: { labelFr: string; labelNl: string; labelEn: string }, locale: Locale) =>
  locale === 'nl' ? item.labelNl : locale === 'en' ? item.labelEn : item.labelFr;

/** A figure of the statistics (`platform/stats.ts`: value, previous, change as a fraction, unit) with the key its drill-down answers to. */
export interface Figure extends PlatformFigure {
  key: string;
  value: number;
  previous: number;
  unit: 'count';
}

/** What one year's figures are made of: for each figure key, the people or the interviews behind it. */
export interface YearRecords {
  people: Map<string, Set<number>>;
  interviews: Map<string, number[]>;
  interviewRows: Map<number, { id: number; personId: number; date: string; siteId: number; kind: string; categories: string[] }>;
  arrivalStart: Map<number, string>;
  profiles: Map<number, PersonProfile>;
}

export function presentNote(n: typeof socialdeskConfidentialNotes.$inferSelect) {
  return { id: n.id, interviewId: n.interviewId, body: n.body, createdBy: n.createdBy, createdAt: n.createdAt.toISOString(), updatedAt: n.updatedAt.toISOString() };
}

export function presentFollowup(f: typeof socialdeskFollowups.$inferSelect) {
  return { id: f.id, personId: f.personId, startDate: f.startDate, endDate: f.endDate, status: f.endDate ? ('closed' as const) : ('open' as const), closingNote: f.closingNote };
}

export type SocialdeskCore = ReturnType<typeof createSocialdeskCore>;
/** An interview as screens show it. */
export type Interview = Awaited<ReturnType<SocialdeskCore['present']>>[number];

/** Checking references, loading and presenting interviews, shared by every part of the service. */
export function createSocialdeskCore(deps: SocialdeskDeps & { categoryList: ConfigurableList }) {
  const { db, audit } = deps;

  async function categoriesByCode(codes: string[], tx: Db | Tx): Promise<readonly Category[]> {
    const unique = [...new Set(codes)];
    const found = await deps.categoryList.activeByCodes(unique, tx);
    const missing = unique.filter((c) => !found.some((f) => f.code === c));
    if (missing.length) throw invalidField('body.categories', 'error.socialdesk.unknown_category', { code: missing.join(', ') });
    return found;
  }

  async function checkSite(siteId: number) {
    try {
      return await deps.sites.get(siteId);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) throw invalidField('body.siteId', 'error.unknown_site');
      throw e;
    }
  }

  async function checkOrganisations(ids: number[]) {
    for (const [i, id] of ids.entries()) {
      try {
        await deps.organisations.get(id);
      } catch (e) {
        if (e instanceof AppError && e.status === 404) throw invalidField(`body.referrals.${i}.organisationId`, 'error.unknown_organisation');
        throw e;
      }
    }
  }

  async function checkPerson(personId: number, tx: Tx) {
    try {
      await deps.people.assertLinkable(personId, tx);
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
      deps.sites.list(true),
      deps.people.profiles([...new Set(rows.map((r) => r.personId))]),
    ]);
    const orgs = refs.length ? await deps.organisations.list({ includeInactive: true }) : [];
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

  async function writeCategoriesAndReferrals(tx: Tx, interviewId: number, categories: readonly Category[] | null, referrals: InterviewInput['referrals'] | null) {
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
    // Two interviews recorded at once for a person without a follow-up: one opens it (socialdesk_one_open_followup).
    const [f] = await tx
      .insert(socialdeskFollowups)
      .values({ personId, startDate: date, createdBy: actor.userId })
      .onConflictDoNothing({ target: socialdeskFollowups.personId, where: sql`end_date is null` })
      .returning();
    if (!f) return;
    await audit.record(actor, { action: 'socialdesk.followup_open', entityType: 'person', entityId: personId, details: { followupId: f.id, startDate: date, automatic: true } }, tx);
  }

  return { categoriesByCode, checkSite, checkOrganisations, checkPerson, loadInterview, present, writeCategoriesAndReferrals, ensureFollowup };
}
