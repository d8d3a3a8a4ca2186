import crypto from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, invalidField, notFound } from '../../platform/http/errors';
import { brusselsDay, brusselsInstant, brusselsWallTime, nextDay } from '../../platform/brussels-time';
import { translate, type Locale } from '../../platform/i18n/messages';
import type { OfferSummary } from '../offers/public';
import { matchingProfiles, matchingSkills, type matchingRequirements } from './matching.table';
import type { Criterion, Requirement, Scorable } from './matching.scoring';

export type MatchingDeps = ModuleContext;
export type ProfileRow = typeof matchingProfiles.$inferSelect;
export type SkillRow = typeof matchingSkills.$inferSelect;

export { hashLinkToken as hashToken, newLinkToken as newToken } from '../../platform/private-links';
/** A link's secret: 24 random bytes, URL-safe (32 characters). */
const PSEUDO_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** A pseudonym that says nothing of the person: "C-" and 6 random characters. */
export const newPseudonym = () => `C-${Array.from(crypto.randomBytes(6), (b) => PSEUDO_ALPHABET[b % PSEUDO_ALPHABET.length]).join('')}`;

/** The days a link works by default, when staff give no last day. */
export const LINK_DAYS = 30;

/** What the scoring reads of a profile: nothing else leaves this function (see matching.scoring.ts). */
export const scorableOf = (p: Pick<ProfileRow, 'id' | 'skillIds' | 'experience' | 'languages' | 'drivingLicence' | 'days' | 'dayparts' | 'availableFrom' | 'maxKm' | 'fromPostalCode'>): Scorable => ({
  id: p.id,
  skillIds: p.skillIds,
  experience: p.experience,
  languages: p.languages,
  drivingLicence: p.drivingLicence,
  days: p.days,
  dayparts: p.dayparts,
  availableFrom: p.availableFrom,
  maxKm: p.maxKm,
  fromPostalCode: p.fromPostalCode,
});
/** The columns `scorableOf` needs, and the programme memberships (a filter), selected for a ranking. */
export const scorableColumns = {
  id: matchingProfiles.id,
  pseudonym: matchingProfiles.pseudonym,
  personId: matchingProfiles.personId,
  skillIds: matchingProfiles.skillIds,
  experience: matchingProfiles.experience,
  languages: matchingProfiles.languages,
  drivingLicence: matchingProfiles.drivingLicence,
  days: matchingProfiles.days,
  dayparts: matchingProfiles.dayparts,
  availableFrom: matchingProfiles.availableFrom,
  maxKm: matchingProfiles.maxKm,
  fromPostalCode: matchingProfiles.fromPostalCode,
  programmes: matchingProfiles.programmes,
};

export const emptyRequirement = (offerId: number): Requirement => ({
  offerId,
  family: null,
  minExperienceMonths: 0,
  essentialSkillIds: [],
  niceSkillIds: [],
  languages: [],
  drivingLicence: false,
  days: [],
  dayparts: [],
  startBy: null,
  postalCode: null,
  programme: null,
});
export const requirementOfRow = (r: typeof matchingRequirements.$inferSelect): Requirement => ({
  offerId: r.offerId,
  family: r.family,
  minExperienceMonths: r.minExperienceMonths,
  essentialSkillIds: r.essentialSkillIds,
  niceSkillIds: r.niceSkillIds,
  languages: r.languages,
  drivingLicence: r.drivingLicence,
  days: r.days,
  dayparts: r.dayparts,
  startBy: r.startBy,
  postalCode: r.postalCode,
  programme: r.programme,
});

/** Three months after a day (the follow-up), as a local date. */
export function threeMonthsAfter(d: Date): string {
  const day = brusselsDay(d);
  const [y, m, dd] = day.split('-').map(Number);
  const month = m + 3;
  const year = y + Math.floor((month - 1) / 12);
  const mm = ((month - 1) % 12) + 1;
  const last = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  return `${year}-${String(mm).padStart(2, '0')}-${String(Math.min(dd, last)).padStart(2, '0')}`;
}

export function createMatchingCore(deps: MatchingDeps) {
  const { db, clock } = deps;
  const today = () => brusselsDay(clock.now());

  /** A wall time in Brussels, or 400 when that hour does not exist (summer time). */
  function wallTime(date: string, time: string, path = 'body.time') {
    const at = brusselsWallTime(date, time);
    if (!at) throw invalidField(path, 'error.time_does_not_exist');
    return at;
  }

  /** The end of a link: the end of `validUntil` (Brussels), by default LINK_DAYS from today; never in the past. */
  function linkEnd(validUntil?: string, defaultDay?: string) {
    const lastDay = validUntil ?? defaultDay ?? brusselsDay(new Date(clock.now().getTime() + LINK_DAYS * 86_400_000));
    const expiresAt = brusselsInstant(nextDay(lastDay));
    if (expiresAt <= clock.now()) throw invalidField('body.validUntil', 'error.matching.link_end_past');
    return expiresAt;
  }

  /** A link row found by its token: unknown 404; revoked or expired 410. */
  function checkLink<T extends { revokedAt: Date | null; expiresAt: Date }>(row: T | undefined): T {
    if (!row) throw notFound('what.matching_link');
    if (row.revokedAt) throw new AppError(410, 'error.matching.link_revoked');
    if (row.expiresAt <= clock.now()) throw new AppError(410, 'error.matching.link_expired');
    return row;
  }

  async function skillsById(ids?: readonly number[], tx: DbOrTx = db): Promise<Map<number, SkillRow>> {
    const rows = ids ? (ids.length ? await tx.select().from(matchingSkills).where(inArray(matchingSkills.id, [...new Set(ids)])) : []) : await tx.select().from(matchingSkills);
    return new Map(rows.map((s) => [s.id, s]));
  }

  /** Every skill id must be in the catalogue (and active for a new use): else 400 on that field, nothing changes. */
  async function checkSkills(ids: readonly number[] | undefined, path: string, tx: DbOrTx = db) {
    if (!ids?.length) return;
    const found = await skillsById(ids, tx);
    const bad = ids.findIndex((id) => !found.get(id)?.active);
    if (bad >= 0) throw invalidField(`${path}.${bad}`, 'error.matching.skill_unknown', { id: ids[bad] });
  }

  async function offer(id: number, path?: string): Promise<OfferSummary> {
    const o = (await deps.services.offers.offers.summaries([id])).get(id);
    if (!o) throw path ? invalidField(path, 'error.matching.offer_unknown', { id }) : notFound('what.offer');
    return o;
  }

  async function profile(id: number, tx: DbOrTx = db): Promise<ProfileRow> {
    const [p] = await tx.select().from(matchingProfiles).where(eq(matchingProfiles.id, id));
    if (!p) throw notFound('what.matching_profile');
    return p;
  }

  const skillLabel = (s: SkillRow | undefined, locale: Locale) => (s ? (locale === 'nl' ? s.labelNl : locale === 'en' ? s.labelEn : s.labelFr) : null);

  /** A criterion with the words a reader needs: the skill's name, the language, the job family. */
  function labelCriteria(criteria: Criterion[], skills: Map<number, SkillRow>, locale: Locale) {
    return criteria.map((c) => ({
      ...c,
      label:
        c.kind === 'essential_skill' || c.kind === 'nice_skill'
          ? skillLabel(skills.get(Number(c.ref)), locale)
          : c.kind === 'experience'
            ? translate(locale, `matching.family.${c.ref}`)
            : c.kind === 'language'
              ? (new Intl.DisplayNames([locale], { type: 'language' }).of(c.ref!) ?? c.ref)
              : translate(locale, `matching.criterion.${c.kind}`),
    }));
  }

  return { today, wallTime, linkEnd, checkLink, skillsById, checkSkills, offer, profile, skillLabel, labelCriteria };
}
export type MatchingCore = ReturnType<typeof createMatchingCore>;
