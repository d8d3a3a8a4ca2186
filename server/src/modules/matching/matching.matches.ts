import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import { AppError, notFound } from '../../platform/http/errors';
import { translate, type Locale } from '../../platform/i18n/messages';
import { brusselsDay, brusselsTime } from '../../platform/brussels-time';
import { JOB_FAMILIES, matchingLinks, matchingMatches, matchingProfiles, matchingProfilesVersion, matchingRequirements } from './matching.table';
import { eligible, rankCandidates, rankOffers, score, type Requirement, type Scorable } from './matching.scoring';
import { emptyRequirement, hashToken, newToken, requirementOfRow, scorableColumns, scorableOf, threeMonthsAfter, type MatchingCore, type MatchingDeps } from './matching.core';
import type { MatchingProfilesPart } from './matching.profiles';
import type { z } from 'zod';
import type { MeetingInput, OutcomeInput, RequirementInput, requirementSchema } from './matching.schemas';

type RequirementOut = z.infer<typeof requirementSchema>;
import { matchingPermissions as can } from './matching.permissions';

type MatchRow = typeof matchingMatches.$inferSelect;
/** Statuses an employer sees (a declined or withdrawn candidate leaves the employer's list). */
const SHOWN_TO_EMPLOYER = ['proposed', 'meet_requested', 'agreed', 'meeting_planned', 'closed'] as const;

/** Requirements of offers, rankings both ways, staff's proposals, the employer's link, meetings and outcomes. */
export function createMatchingMatches(deps: MatchingDeps & { core: MatchingCore; profiles: MatchingProfilesPart }) {
  const { db, clock, audit, core, profiles } = deps;

  async function requirement(offerId: number): Promise<Requirement> {
    const [r] = await db.select().from(matchingRequirements).where(eq(matchingRequirements.offerId, offerId));
    return r ? requirementOfRow(r) : emptyRequirement(offerId);
  }

  async function present(rows: MatchRow[]) {
    if (!rows.length) return [];
    const [offers, profs] = await Promise.all([
      deps.services.offers.offers.summaries(rows.map((r) => r.offerId)),
      db.select({ id: matchingProfiles.id, pseudonym: matchingProfiles.pseudonym, personId: matchingProfiles.personId }).from(matchingProfiles).where(inArray(matchingProfiles.id, [...new Set(rows.map((r) => r.profileId))])),
    ]);
    const pById = new Map(profs.map((p) => [p.id, p]));
    return rows.map((m) => {
      const o = offers.get(m.offerId);
      const p = pById.get(m.profileId)!;
      return {
        id: m.id,
        offerId: m.offerId,
        offerTitle: o?.title ?? { fr: `#${m.offerId}`, nl: `#${m.offerId}`, en: null },
        employer: o?.employer.name ?? '',
        profileId: m.profileId,
        pseudonym: p.pseudonym,
        personId: p.personId,
        status: m.status,
        score: m.score,
        proposedAt: m.proposedAt.toISOString(),
        meetRequestedAt: m.meetRequestedAt?.toISOString() ?? null,
        introductionConsentAt: m.introductionConsentAt?.toISOString() ?? null,
        declinedAt: m.declinedAt?.toISOString() ?? null,
        revealedAt: m.revealedAt?.toISOString() ?? null,
        meetingAt: m.meetingAt?.toISOString() ?? null,
        meetingPlace: m.meetingPlace,
        meetingAttendees: m.meetingAttendees,
        outcome: m.outcome,
        notHiredReason: m.notHiredReason,
        outcomeAt: m.outcomeAt?.toISOString() ?? null,
        followUpDue: m.outcomeAt ? threeMonthsAfter(m.outcomeAt) : null,
        followUp: m.followUp,
        followUpAt: m.followUpAt?.toISOString() ?? null,
      };
    });
  }

  async function load(id: number, lock = false, tx: typeof db | Parameters<Parameters<typeof db.transaction>[0]>[0] = db) {
    const q = tx.select().from(matchingMatches).where(eq(matchingMatches.id, id));
    const [m] = lock ? await q.for('update') : await q;
    if (!m) throw notFound('what.matching_match');
    return m;
  }

  type CandidateRow = Awaited<ReturnType<typeof loadInForce>>[number];
  const loadInForce = () =>
    db
      .select({ ...scorableColumns, version: sql<string>`(select version from matching_profiles_version where id = 1)` })
      .from(matchingProfiles)
      .where(profiles.inForceWhere())
      .orderBy(asc(matchingProfiles.id));
  /**
   * The profiles in force with what the rule reads, kept in memory while the profiles' version (grown by a trigger on
   * every change, in the writer's transaction) stays the same: a ranking reads one number instead of every profile.
   */
  let cache: { version: number; rows: CandidateRow[]; scorables: Scorable[]; byId: Map<number, CandidateRow> } | null = null;
  async function inForce() {
    const [v] = await db.select({ version: matchingProfilesVersion.version }).from(matchingProfilesVersion);
    const current = Number(v?.version ?? -1);
    if (cache && cache.version === current) return cache;
    const rows = await loadInForce();
    // the version read with the rows (same snapshot); without rows, the one read before them (at worst older: a reload)
    cache = { version: rows.length ? Number(rows[0].version) : current, rows, scorables: rows.map(scorableOf), byId: new Map(rows.map((r) => [r.id, r])) };
    return cache;
  }

  async function linkByToken(token: string) {
    const [l] = await db.select().from(matchingLinks).where(eq(matchingLinks.tokenHash, hashToken(token)));
    return core.checkLink(l);
  }
  const linkActor = (linkId: number, ip?: string): Actor => ({ userId: null, name: `employer link #${linkId}`, ip: ip ?? null });

  /** A match of the link's offer, as the employer may act on it (another offer's is not found). */
  async function employerMatch(token: string, matchId: number) {
    const link = await linkByToken(token);
    const [m] = await db.select().from(matchingMatches).where(and(eq(matchingMatches.id, matchId), eq(matchingMatches.offerId, link.offerId)));
    if (!m || !(SHOWN_TO_EMPLOYER as readonly string[]).includes(m.status)) throw notFound('what.matching_match');
    return { link, m };
  }

  /** The pseudonymous candidates of an offer as its employer sees them: built field by field, nothing else. */
  async function employerCandidates(offerId: number, matches: MatchRow[], locale: Locale) {
    if (!matches.length) return [];
    const req = await requirement(offerId);
    const rows = await db.select().from(matchingProfiles).where(inArray(matchingProfiles.id, matches.map((m) => m.profileId)));
    const pById = new Map(rows.map((p) => [p.id, p]));
    const skills = await core.skillsById([...rows.flatMap((r) => r.skillIds), ...req.essentialSkillIds, ...req.niceSkillIds]);
    return matches.map((m) => {
      const p = pById.get(m.profileId)!;
      const s = score(req, scorableOf(p));
      return {
        matchId: m.id,
        pseudonym: p.pseudonym,
        score: s.score,
        criteria: core.labelCriteria(s.criteria, skills, locale),
        skills: p.skillIds.map((id) => skills.get(id)).filter((x) => !!x).map((x) => ({ id: x.id, label: core.skillLabel(x, locale)! })),
        experience: JOB_FAMILIES.filter((f) => (p.experience[f] ?? 0) > 0).map((family) => ({ family, months: p.experience[family]! })),
        languages: p.languages.map((l) => ({ code: l.code, level: l.level })),
        drivingLicence: p.drivingLicence,
        availability: { days: p.days, dayparts: p.dayparts as never, availableFrom: p.availableFrom },
        mobility: { maxKm: p.maxKm, transports: p.transports as never },
        meetRequested: m.meetRequestedAt !== null,
        introductionAgreed: m.introductionConsentAt !== null,
        meeting: m.meetingAt && m.meetingPlace ? { at: m.meetingAt.toISOString(), place: m.meetingPlace } : null,
      };
    });
  }

  /** The requirement as the answer tells it (its codes come from the table's enums, the scoring reads them as strings). */
  const requirementOut = async (offerId: number) => (await requirement(offerId)) as RequirementOut;

  const part = {
    requirement,
    requirementOut,
    present,

    async setRequirement(actor: Actor, offerId: number, input: RequirementInput) {
      await core.offer(offerId);
      await core.checkSkills(input.essentialSkillIds, 'body.essentialSkillIds');
      await core.checkSkills(input.niceSkillIds, 'body.niceSkillIds');
      const now = clock.now();
      await db.transaction(async (tx) => {
        await tx
          .insert(matchingRequirements)
          .values({ offerId, ...input, updatedAt: now })
          .onConflictDoUpdate({ target: matchingRequirements.offerId, set: { ...input, updatedAt: now } });
        await audit.record(actor, { action: 'matching.requirement_set', entityType: 'offer', entityId: offerId, details: { essential: input.essentialSkillIds.length, nice: input.niceSkillIds.length } }, tx);
      });
      return requirementOut(offerId);
    },

    /** The candidates of an offer, best first, with the explained score. Programme membership filters, never scores. */
    async candidates(offerId: number, q: { programme?: string; limit: number }, locale: Locale) {
      await core.offer(offerId);
      const req = await requirement(offerId);
      const programme = q.programme ?? req.programme;
      const { rows, scorables, byId } = await inForce();
      const members = programme || req.programme ? scorables.filter((_, i) => (!programme || rows[i].programmes.includes(programme)) && eligible(req, rows[i].programmes)) : scorables;
      const ranked = rankCandidates(req, members, q.limit);
      const [skills, matches] = await Promise.all([
        core.skillsById([...req.essentialSkillIds, ...req.niceSkillIds]),
        ranked.length ? db.select({ id: matchingMatches.id, profileId: matchingMatches.profileId }).from(matchingMatches).where(and(eq(matchingMatches.offerId, offerId), inArray(matchingMatches.profileId, ranked.map((r) => r.id)))) : [],
      ]);
      const matchOf = new Map(matches.map((m) => [m.profileId, m.id]));
      return {
        offerId,
        items: ranked.map((r) => ({ profileId: r.id, pseudonym: byId.get(r.id)!.pseudonym, personId: byId.get(r.id)!.personId, score: r.score, criteria: core.labelCriteria(r.criteria, skills, locale), matchId: matchOf.get(r.id) ?? null })),
      };
    },

    /** The offers open today for a candidate, best first (an offer reserved to a programme only for its members). */
    async offersFor(profileId: number, q: { limit: number }, locale: Locale) {
      const p = await core.profile(profileId);
      if (!profiles.inForce(p)) throw new AppError(409, 'error.matching.consent_withdrawn');
      const open = await deps.services.offers.offers.openIds();
      const reqRows = open.length ? await db.select().from(matchingRequirements).where(inArray(matchingRequirements.offerId, open)) : [];
      const byOffer = new Map(reqRows.map((r) => [r.offerId, requirementOfRow(r)]));
      const reqs = open.map((id) => byOffer.get(id) ?? emptyRequirement(id)).filter((r) => eligible(r, p.programmes));
      const ranked = rankOffers(scorableOf(p), reqs, q.limit);
      const [summaries, skills, matches] = await Promise.all([
        deps.services.offers.offers.summaries(ranked.map((r) => r.id)),
        core.skillsById(ranked.flatMap((r) => r.criteria.filter((c) => c.kind.endsWith('_skill')).map((c) => Number(c.ref)))),
        db.select({ id: matchingMatches.id, offerId: matchingMatches.offerId }).from(matchingMatches).where(eq(matchingMatches.profileId, profileId)),
      ]);
      const matchOf = new Map(matches.map((m) => [m.offerId, m.id]));
      return {
        profileId,
        items: ranked.map((r) => ({
          offerId: r.id,
          title: summaries.get(r.id)?.title ?? { fr: `#${r.id}`, nl: `#${r.id}`, en: null },
          employer: summaries.get(r.id)?.employer.name ?? '',
          score: r.score,
          criteria: core.labelCriteria(r.criteria, skills, locale),
          matchId: matchOf.get(r.id) ?? null,
        })),
      };
    },

    async list(q: { offerId?: number; profileId?: number; status?: MatchRow['status'] }) {
      const rows = await db
        .select()
        .from(matchingMatches)
        .where(and(q.offerId ? eq(matchingMatches.offerId, q.offerId) : undefined, q.profileId ? eq(matchingMatches.profileId, q.profileId) : undefined, q.status ? eq(matchingMatches.status, q.status) : undefined))
        .orderBy(asc(matchingMatches.offerId), asc(matchingMatches.id));
      return { items: await present(rows) };
    },

    /** Staff propose a candidate for an offer (the score is kept as it was then). */
    async propose(actor: Actor, input: { offerId: number; profileId: number }) {
      await core.offer(input.offerId, 'body.offerId');
      const p = await core.profile(input.profileId);
      if (!profiles.inForce(p)) throw new AppError(409, 'error.matching.consent_withdrawn');
      const req = await requirement(input.offerId);
      if (!eligible(req, p.programmes)) throw new AppError(409, 'error.matching.not_in_programme');
      const s = score(req, scorableOf(p));
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const [m] = await tx.insert(matchingMatches).values({ offerId: input.offerId, profileId: p.id, score: s.score, proposedBy: actor.userId, proposedAt: now, updatedAt: now }).returning();
        await audit.record(actor, { action: 'matching.propose', entityType: 'matching_match', entityId: m.id, details: { offerId: input.offerId, personId: p.personId, score: s.score } }, tx);
        return m;
      });
      return (await present([row]))[0];
    },

    /** The person's answer, recorded by staff: they agree to be introduced to this employer, or decline. */
    async introduction(actor: Actor, id: number, agreed: boolean) {
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const m = await load(id, true, tx);
        if (!['proposed', 'meet_requested', 'agreed', 'declined'].includes(m.status)) throw new AppError(409, 'error.matching.status_not_allowed', { status: m.status });
        const [u] = await tx
          .update(matchingMatches)
          .set(agreed ? { status: 'agreed', introductionConsentAt: now, declinedAt: null, updatedAt: now } : { status: 'declined', declinedAt: now, introductionConsentAt: null, updatedAt: now })
          .where(eq(matchingMatches.id, id))
          .returning();
        const [p] = await tx.select({ personId: matchingProfiles.personId }).from(matchingProfiles).where(eq(matchingProfiles.id, m.profileId));
        await audit.record(actor, { action: agreed ? 'matching.introduction_agreed' : 'matching.introduction_declined', entityType: 'matching_match', entityId: id, details: { personId: p.personId } }, tx);
        return u;
      });
      return (await present([row]))[0];
    },

    /** The meeting planned (date, place, who attends); the job seeker is told through the outbox (e-mail or call list). */
    async planMeeting(actor: Actor, id: number, input: MeetingInput) {
      const at = core.wallTime(input.date, input.time);
      const m0 = await load(id);
      if (!m0.introductionConsentAt || !['agreed', 'meeting_planned'].includes(m0.status)) throw new AppError(409, 'error.matching.introduction_needed');
      const p = await core.profile(m0.profileId);
      const contact = await deps.services.people.contactOf(p.personId);
      const offer = await core.offer(m0.offerId);
      const locale: Locale = (['fr', 'nl', 'en'] as const).find((l) => contact.languages.includes(l)) ?? 'fr';
      const now = clock.now();
      const { name: institution } = await deps.institution.inLocale(locale);
      const result = await db.transaction(async (tx) => {
        const m = await load(id, true, tx);
        if (!m.introductionConsentAt || !['agreed', 'meeting_planned'].includes(m.status)) throw new AppError(409, 'error.matching.introduction_needed');
        const [u] = await tx.update(matchingMatches).set({ status: 'meeting_planned', meetingAt: at, meetingPlace: input.place, meetingAttendees: input.attendees, updatedAt: now }).where(eq(matchingMatches.id, id)).returning();
        const t = (k: string) => translate(locale, k, { employer: offer.employer.name, title: locale === 'nl' ? offer.title.nl : locale === 'en' ? (offer.title.en ?? offer.title.fr) : offer.title.fr, date: brusselsDay(at), time: brusselsTime(at), place: input.place, name: contact.firstName, institution });
        const sent = await deps.outbox.enqueue(
          {
            to: { name: `${contact.firstName} ${contact.lastName}`, email: contact.consents.includes('contact_by_email') ? contact.email : null, phone: contact.phone, locale },
            subject: t('matching.mail.meeting_subject'),
            text: t('matching.mail.meeting_text'),
            purpose: 'matching.meeting_planned',
            access: can.write,
            entityType: 'matching_match',
            entityId: id,
          },
          tx,
        );
        await audit.record(actor, { action: 'matching.meeting_plan', entityType: 'matching_match', entityId: id, details: { personId: p.personId, at: at.toISOString(), delivery: sent.delivery } }, tx);
        return { u, delivery: sent.delivery };
      });
      return { ...(await present([result.u]))[0], notified: result.delivery };
    },

    /** What came of the meeting: only once it took place (its time has come). */
    async outcome(actor: Actor, id: number, input: OutcomeInput) {
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const m = await load(id, true, tx);
        if (!m.meetingAt || m.status !== 'meeting_planned' && m.status !== 'closed') throw new AppError(409, 'error.matching.no_meeting');
        if (m.meetingAt > now) throw new AppError(409, 'error.matching.meeting_not_yet');
        const [u] = await tx
          .update(matchingMatches)
          .set({ status: 'closed', outcome: input.outcome, notHiredReason: input.outcome === 'not_hired' ? input.reason! : null, outcomeAt: now, updatedAt: now })
          .where(eq(matchingMatches.id, id))
          .returning();
        await audit.record(actor, { action: 'matching.outcome', entityType: 'matching_match', entityId: id, details: { outcome: input.outcome, reason: input.reason ?? null } }, tx);
        return u;
      });
      return (await present([row]))[0];
    },

    /** The follow-up three months after the outcome. */
    async followUp(actor: Actor, id: number, followUp: NonNullable<MatchRow['followUp']>) {
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const m = await load(id, true, tx);
        if (!m.outcomeAt) throw new AppError(409, 'error.matching.no_outcome');
        const [u] = await tx.update(matchingMatches).set({ followUp, followUpAt: now, updatedAt: now }).where(eq(matchingMatches.id, id)).returning();
        await audit.record(actor, { action: 'matching.follow_up', entityType: 'matching_match', entityId: id, details: { followUp } }, tx);
        return u;
      });
      return (await present([row]))[0];
    },

    // ---------- the employer's private link ----------
    async createLink(actor: Actor, offerId: number, validUntil?: string) {
      const o = await core.offer(offerId);
      const expiresAt = core.linkEnd(validUntil, o.validThrough >= core.today() ? o.validThrough : undefined);
      const token = newToken();
      const now = clock.now();
      await db.transaction(async (tx) => {
        // one link per offer at a time: a new one ends the previous
        await tx.update(matchingLinks).set({ revokedAt: now }).where(and(eq(matchingLinks.offerId, offerId), sql`${matchingLinks.revokedAt} is null`));
        const [l] = await tx.insert(matchingLinks).values({ offerId, tokenHash: hashToken(token), expiresAt, createdBy: actor.userId, createdAt: now }).returning();
        await audit.record(actor, { action: 'matching.link_create', entityType: 'offer', entityId: offerId, details: { linkId: l.id, expiresAt: expiresAt.toISOString() } }, tx);
      });
      return { token, path: `/p/matching/${token}`, expiresAt: expiresAt.toISOString() };
    },

    async revokeLink(actor: Actor, offerId: number) {
      await core.offer(offerId);
      await db.transaction(async (tx) => {
        const done = await tx.update(matchingLinks).set({ revokedAt: clock.now() }).where(and(eq(matchingLinks.offerId, offerId), sql`${matchingLinks.revokedAt} is null`)).returning({ id: matchingLinks.id });
        if (done.length) await audit.record(actor, { action: 'matching.link_revoke', entityType: 'offer', entityId: offerId }, tx);
      });
    },

    async employerSpace(token: string, locale: Locale) {
      const link = await linkByToken(token);
      const o = await core.offer(link.offerId);
      const matches = await db
        .select()
        .from(matchingMatches)
        .where(and(eq(matchingMatches.offerId, link.offerId), inArray(matchingMatches.status, [...SHOWN_TO_EMPLOYER])))
        .orderBy(asc(matchingMatches.id));
      const candidates = (await employerCandidates(link.offerId, matches, locale)).sort((a, b) => b.score - a.score || a.matchId - b.matchId);
      return { offer: { id: o.id, title: o.title, employer: o.employer.name }, expiresAt: link.expiresAt.toISOString(), candidates };
    },

    /** The employer asks to meet a candidate (staff then ask the person whether they agree to be introduced). */
    async askToMeet(token: string, matchId: number, locale: Locale, ip?: string) {
      const { link, m } = await employerMatch(token, matchId);
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const [u] = await tx
          .update(matchingMatches)
          .set({ meetRequestedAt: m.meetRequestedAt ?? now, status: m.status === 'proposed' ? 'meet_requested' : m.status, updatedAt: now })
          .where(eq(matchingMatches.id, m.id))
          .returning();
        if (!m.meetRequestedAt) await audit.record(linkActor(link.id, ip), { action: 'matching.meet_request', entityType: 'matching_match', entityId: m.id, details: { offerId: link.offerId } }, tx);
        return u;
      });
      return (await employerCandidates(link.offerId, [row], locale))[0];
    },

    /** The explicit step that tells the employer who the candidate is: only after the person agreed; audited. */
    async reveal(token: string, matchId: number, ip?: string) {
      const { link, m } = await employerMatch(token, matchId);
      if (!m.introductionConsentAt) throw new AppError(409, 'error.matching.no_consent');
      const p = await core.profile(m.profileId);
      const contact = await deps.services.people.contactOf(p.personId);
      await db.transaction(async (tx) => {
        await tx.update(matchingMatches).set({ revealedAt: m.revealedAt ?? clock.now() }).where(eq(matchingMatches.id, m.id));
        await audit.record(linkActor(link.id, ip), { action: 'matching.reveal', entityType: 'matching_match', entityId: m.id, details: { personId: p.personId, offerId: link.offerId } }, tx);
      });
      return { matchId: m.id, pseudonym: p.pseudonym, firstName: contact.firstName, lastName: contact.lastName, email: contact.email, phone: contact.phone };
    },

    /** Matches of a year, for the statistics. */
    async rowsBetween(from: Date, to: Date) {
      return db.select().from(matchingMatches).where(and(sql`${matchingMatches.proposedAt} >= ${from.toISOString()}::timestamptz`, sql`${matchingMatches.proposedAt} < ${to.toISOString()}::timestamptz`, ne(matchingMatches.status, 'withdrawn')));
    },
  };
  return part;
}
export type MatchingMatchesPart = ReturnType<typeof createMatchingMatches>;
