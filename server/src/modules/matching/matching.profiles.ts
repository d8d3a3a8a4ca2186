import { and, asc, count, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import { AppError, invalidField, notFound } from '../../platform/http/errors';
import { JOB_FAMILIES, matchingMatches, matchingProfiles, matchingSkills } from './matching.table';
import { newPseudonym, type MatchingCore, type MatchingDeps, type ProfileRow } from './matching.core';
import type { ProfileInput, ProfilePatch, SkillInput, SkillPatch } from './matching.schemas';

/** The skills catalogue and the candidate profiles (consent, withdrawal). */
export function createMatchingProfiles(deps: MatchingDeps & { core: MatchingCore }) {
  const { db, clock, audit, core } = deps;

  const presentSkill = (s: typeof matchingSkills.$inferSelect) => ({ id: s.id, family: s.family, label: { fr: s.labelFr, nl: s.labelNl, en: s.labelEn }, escoUri: s.escoUri, active: s.active });

  async function present(rows: ProfileRow[]) {
    const [people, skills] = await Promise.all([deps.services.people.profiles(rows.map((r) => r.personId)), core.skillsById(rows.flatMap((r) => r.skillIds))]);
    const byId = new Map(people.map((p) => [p.id, p]));
    return rows.map((p) => ({
      id: p.id,
      pseudonym: p.pseudonym,
      person: { id: p.personId, firstName: byId.get(p.personId)?.firstName ?? '', lastName: byId.get(p.personId)?.lastName ?? '' },
      skills: p.skillIds.map((id) => skills.get(id)).filter((s) => !!s).map((s) => ({ id: s.id, label: { fr: s.labelFr, nl: s.labelNl, en: s.labelEn } })),
      experience: JOB_FAMILIES.filter((f) => (p.experience[f] ?? 0) > 0).map((family) => ({ family, months: p.experience[family]! })),
      languages: p.languages,
      drivingLicence: p.drivingLicence,
      availability: { days: p.days, dayparts: p.dayparts as never, availableFrom: p.availableFrom },
      mobility: { maxKm: p.maxKm, transports: p.transports as never, fromPostalCode: p.fromPostalCode },
      wishedFamilies: p.wishedFamilies as never,
      wishes: p.wishes,
      programmes: p.programmes as never,
      equalityGroups: p.equalityGroups as never,
      consentAt: p.consentAt?.toISOString() ?? null,
      consentWithdrawnAt: p.consentWithdrawnAt?.toISOString() ?? null,
      equalityConsentAt: p.equalityConsentAt?.toISOString() ?? null,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    }));
  }

  const part = {
    // ---------- the skills catalogue ----------
    async skills(q: { family?: (typeof JOB_FAMILIES)[number]; includeInactive?: 'true' | 'false' }) {
      const rows = await db
        .select()
        .from(matchingSkills)
        .where(and(q.family ? eq(matchingSkills.family, q.family) : undefined, q.includeInactive === 'true' ? undefined : eq(matchingSkills.active, true)))
        .orderBy(asc(matchingSkills.family), asc(matchingSkills.labelFr));
      return { items: rows.map(presentSkill) };
    },
    async createSkill(actor: Actor, input: SkillInput) {
      return db.transaction(async (tx) => {
        const [s] = await tx.insert(matchingSkills).values({ ...input, escoUri: input.escoUri ?? null, createdAt: clock.now() }).returning();
        await audit.record(actor, { action: 'matching.skill_create', entityType: 'matching_skill', entityId: s.id, details: { family: s.family } }, tx);
        return presentSkill(s);
      });
    },
    async updateSkill(actor: Actor, id: number, patch: SkillPatch) {
      return db.transaction(async (tx) => {
        const [s] = await tx.update(matchingSkills).set(patch).where(eq(matchingSkills.id, id)).returning();
        if (!s) throw notFound('what.matching_skill');
        await audit.record(actor, { action: 'matching.skill_update', entityType: 'matching_skill', entityId: id, details: { fields: Object.keys(patch) } }, tx);
        return presentSkill(s);
      });
    },

    // ---------- profiles ----------
    present,
    async list(q: { programme?: string; personId?: number; limit: number; offset: number }) {
      const where = and(q.programme ? sql`${q.programme} = any(${matchingProfiles.programmes})` : undefined, q.personId ? eq(matchingProfiles.personId, q.personId) : undefined);
      const [rows, [{ n }]] = await Promise.all([
        db.select().from(matchingProfiles).where(where).orderBy(desc(matchingProfiles.updatedAt), desc(matchingProfiles.id)).limit(q.limit).offset(q.offset),
        db.select({ n: count() }).from(matchingProfiles).where(where),
      ]);
      return { items: await present(rows), total: n };
    },

    /** One profile, for staff: opening it is a read of a person's record (audited). */
    async get(actor: Actor, id: number) {
      const p = await core.profile(id);
      await audit.record(actor, { action: 'matching.profile_read', entityType: 'matching_profile', entityId: id, details: { personId: p.personId } });
      return (await present([p]))[0];
    },

    async ofPerson(personId: number) {
      const [p] = await db.select().from(matchingProfiles).where(eq(matchingProfiles.personId, personId));
      return p ?? null;
    },

    async create(actor: Actor, input: ProfileInput) {
      await deps.services.people.assertLinkable(input.personId);
      await core.checkSkills(input.skillIds, 'body.skillIds');
      const now = clock.now();
      const { consent: _c, equalityConsent, personId, ...fields } = input;
      const row = await db.transaction(async (tx) => {
        const [p] = await tx
          .insert(matchingProfiles)
          .values({
            ...fields,
            personId,
            pseudonym: newPseudonym(),
            availableFrom: fields.availableFrom ?? null,
            maxKm: fields.maxKm ?? null,
            fromPostalCode: fields.fromPostalCode ?? null,
            wishes: fields.wishes ?? null,
            equalityConsentAt: equalityConsent ? now : null,
            consentAt: now,
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        await audit.record(actor, { action: 'matching.profile_create', entityType: 'matching_profile', entityId: p.id, details: { personId, consent: true, equalityConsent } }, tx);
        await deps.services.people.touch(personId, now, tx);
        return p;
      });
      return (await present([row]))[0];
    },

    async update(actor: Actor, id: number, patch: ProfilePatch) {
      await core.checkSkills(patch.skillIds, 'body.skillIds');
      const before = await core.profile(id);
      if (!before.consentAt || before.consentWithdrawnAt) throw new AppError(409, 'error.matching.consent_withdrawn');
      const { equalityConsent, ...fields } = patch;
      const equalityOn = equalityConsent ?? !!before.equalityConsentAt;
      if (!equalityOn && (fields.equalityGroups?.length ?? 0) > 0) throw invalidField('body.equalityGroups', 'error.matching.equality_consent_required');
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const [p] = await tx
          .update(matchingProfiles)
          .set({
            ...fields,
            // withdrawing the equality consent removes the data it covered
            ...(equalityConsent === false ? { equalityGroups: [], equalityConsentAt: null } : equalityConsent && !before.equalityConsentAt ? { equalityConsentAt: now } : {}),
            updatedAt: now,
          })
          .where(eq(matchingProfiles.id, id))
          .returning();
        await audit.record(actor, { action: 'matching.profile_update', entityType: 'matching_profile', entityId: id, details: { personId: p.personId, fields: Object.keys(patch) } }, tx);
        await deps.services.people.touch(p.personId, now, tx);
        return p;
      });
      return (await present([row]))[0];
    },

    /**
     * The person withdraws consent: the profile's content is removed (skills, experience, languages, availability,
     * mobility, wishes, equality data), it leaves every ranking, and the matches still open are withdrawn. The
     * pseudonym and the outcomes already recorded stay, without content, for the counts.
     */
    async withdraw(actor: Actor, id: number) {
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const [p] = await tx.select().from(matchingProfiles).where(eq(matchingProfiles.id, id)).for('update');
        if (!p) throw notFound('what.matching_profile');
        if (p.consentWithdrawnAt) return p;
        const [w] = await tx
          .update(matchingProfiles)
          .set({
            consentWithdrawnAt: now,
            skillIds: [],
            experience: {},
            languages: [],
            drivingLicence: false,
            days: [],
            dayparts: [],
            availableFrom: null,
            maxKm: null,
            transports: [],
            fromPostalCode: null,
            wishedFamilies: [],
            wishes: null,
            equalityGroups: [],
            equalityConsentAt: null,
            updatedAt: now,
          })
          .where(eq(matchingProfiles.id, id))
          .returning();
        await tx
          .update(matchingMatches)
          .set({ status: 'withdrawn', updatedAt: now })
          .where(and(eq(matchingMatches.profileId, id), sql`${matchingMatches.status} in ('proposed', 'meet_requested', 'agreed', 'meeting_planned')`));
        await audit.record(actor, { action: 'matching.consent_withdraw', entityType: 'matching_profile', entityId: id, details: { personId: p.personId } }, tx);
        return w;
      });
      return (await present([row]))[0];
    },

    /** The person gives consent again (after a withdrawal): the profile is proposed again once staff fill it in. */
    async consent(actor: Actor, id: number) {
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const [p] = await tx
          .update(matchingProfiles)
          .set({ consentAt: now, consentWithdrawnAt: null, updatedAt: now })
          .where(and(eq(matchingProfiles.id, id), isNotNull(matchingProfiles.consentWithdrawnAt)))
          .returning();
        if (!p) {
          await core.profile(id, tx);
          throw new AppError(409, 'error.matching.consent_in_force');
        }
        await audit.record(actor, { action: 'matching.consent_give', entityType: 'matching_profile', entityId: id, details: { personId: p.personId } }, tx);
        return p;
      });
      return (await present([row]))[0];
    },

    /** Whether a profile is in force (consent given and not withdrawn). */
    inForce: (p: Pick<ProfileRow, 'consentAt' | 'consentWithdrawnAt'>) => !!p.consentAt && !p.consentWithdrawnAt,
    inForceWhere: () => and(isNotNull(matchingProfiles.consentAt), isNull(matchingProfiles.consentWithdrawnAt)),
  };
  return part;
}
export type MatchingProfilesPart = ReturnType<typeof createMatchingProfiles>;
