import { CEFR_LEVELS } from './matching.table';
import { kmBetween } from './matching.catalog';

/**
 * The matching rule: written by people, transparent, never learned (recruitment ranking is high-risk under the
 * EU AI Act). Staff decide; the score only proposes.
 *
 * What it reads of a person is exactly `Scorable`: skills, experience per job family, languages, licence,
 * availability and mobility. Nothing else can reach it: no name, age, sex, nationality, origin, address, equality
 * data or programme (a programme filters who is considered, it never scores). `matching.scoring.test.ts` proves
 * it over thousands of generated profiles.
 */
export type CefrLevel = (typeof CEFR_LEVELS)[number];
export interface LanguageLevel {
  code: string;
  level: CefrLevel;
}

export interface Scorable {
  id: number;
  skillIds: readonly number[];
  experience: Readonly<Record<string, number>>;
  languages: readonly LanguageLevel[];
  drivingLicence: boolean;
  days: readonly number[];
  dayparts: readonly string[];
  availableFrom: string | null;
  maxKm: number | null;
  fromPostalCode: string | null;
}

export interface Requirement {
  offerId: number;
  family: string | null;
  minExperienceMonths: number;
  essentialSkillIds: readonly number[];
  niceSkillIds: readonly number[];
  languages: readonly LanguageLevel[];
  drivingLicence: boolean;
  days: readonly number[];
  dayparts: readonly string[];
  startBy: string | null;
  postalCode: string | null;
  programme: string | null;
}

export const CRITERION_KINDS = ['essential_skill', 'nice_skill', 'language', 'experience', 'licence', 'days', 'dayparts', 'start', 'travel'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];
export const RESULTS = ['met', 'partly', 'not_met'] as const;
export type Result = (typeof RESULTS)[number];

/** The weight of each kind of requirement: an essential skill or a language weighs three nice-to-have skills. */
export const WEIGHTS: Record<CriterionKind, number> = { essential_skill: 3, nice_skill: 1, language: 3, experience: 2, licence: 2, days: 2, dayparts: 1, start: 1, travel: 2 };
const VALUE: Record<Result, number> = { met: 1, partly: 0.5, not_met: 0 };

export interface Criterion {
  kind: CriterionKind;
  /** what it is about: a skill id, a language code, a job family; null for the others */
  ref: string | null;
  weight: number;
  result: Result;
  /** what was asked and what the person has, in words a reader checks (e.g. "B1" / "A2", "5 km" / "3.2 km") */
  required: string | null;
  actual: string | null;
}

export interface Scored {
  id: number;
  score: number;
  essentialMet: number;
  criteria: Criterion[];
}

const cefr = (l: string | undefined) => (l ? CEFR_LEVELS.indexOf(l as CefrLevel) : -1);
const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

function share(asked: readonly (string | number)[], has: readonly (string | number)[]): Result {
  const covered = asked.filter((x) => has.includes(x)).length / asked.length;
  return covered >= 1 ? 'met' : covered >= 0.5 ? 'partly' : 'not_met';
}

/**
 * The rule itself, once: every requirement of the offer met, partly met or not met by the person. With `explain`,
 * each criterion is kept for the answer; without, only the totals (a ranking scores everyone, explains the first).
 */
function evaluate(req: Requirement, c: Scorable, explain: boolean): Scored {
  const criteria: Criterion[] = [];
  let total = 0;
  let got = 0;
  let essentialMet = 0;
  const add = (kind: CriterionKind, ref: string | null, result: Result, required: string | null = null, actual: string | null = null) => {
    total += WEIGHTS[kind];
    got += WEIGHTS[kind] * VALUE[result];
    if (kind === 'essential_skill' && result === 'met') essentialMet++;
    if (explain) criteria.push({ kind, ref, weight: WEIGHTS[kind], result, required, actual });
  };

  for (const s of req.essentialSkillIds) add('essential_skill', String(s), c.skillIds.includes(s) ? 'met' : 'not_met');
  for (const s of req.niceSkillIds) add('nice_skill', String(s), c.skillIds.includes(s) ? 'met' : 'not_met');
  for (const l of req.languages) {
    const has = c.languages.find((x) => x.code === l.code)?.level;
    const gap = cefr(l.level) - cefr(has);
    add('language', l.code, !has ? 'not_met' : gap <= 0 ? 'met' : gap === 1 ? 'partly' : 'not_met', l.level, has ?? null);
  }
  if (req.family && req.minExperienceMonths > 0) {
    const months = c.experience[req.family] ?? 0;
    add('experience', req.family, months >= req.minExperienceMonths ? 'met' : months > 0 ? 'partly' : 'not_met', String(req.minExperienceMonths), String(months));
  }
  if (req.drivingLicence) add('licence', null, c.drivingLicence ? 'met' : 'not_met');
  if (req.days.length) add('days', null, share(req.days, c.days), explain ? req.days.join(',') : null, explain ? c.days.join(',') : null);
  if (req.dayparts.length) add('dayparts', null, share(req.dayparts, c.dayparts), explain ? req.dayparts.join(',') : null, explain ? c.dayparts.join(',') : null);
  if (req.startBy) {
    const late = c.availableFrom ? daysBetween(req.startBy, c.availableFrom) : 0;
    add('start', null, late <= 0 ? 'met' : late <= 30 ? 'partly' : 'not_met', req.startBy, c.availableFrom);
  }
  if (req.postalCode) {
    const km = kmBetween(c.fromPostalCode, req.postalCode);
    const result: Result = km === null || c.maxKm === null ? 'partly' : km <= c.maxKm ? 'met' : km <= c.maxKm * 1.5 ? 'partly' : 'not_met';
    add('travel', null, result, c.maxKm === null ? null : `${c.maxKm} km`, km === null || !explain ? null : `${km.toFixed(1)} km`);
  }
  return { id: c.id, score: total ? Math.round((100 * got) / total) : 100, essentialMet, criteria };
}

/** Every requirement of the offer, each met, partly met or not met by the person, and the weighted score (0-100). */
export const score = (req: Requirement, c: Scorable): Scored => evaluate(req, c, true);

/** Higher score first, then more essential skills met, then the older record (a stable order that says nothing of the person). */
const byScore = (a: Scored, b: Scored) => b.score - a.score || b.essentialMet - a.essentialMet || a.id - b.id;

/** The candidates of an offer, best first. `members` already holds only who the programme filter lets through. */
export function rankCandidates(req: Requirement, members: readonly Scorable[], limit: number): Scored[] {
  const lean = members.map((c, i) => ({ ...evaluate(req, c, false), i }));
  return lean
    .sort(byScore)
    .slice(0, limit)
    .map((x) => score(req, members[x.i]));
}

/** The offers of a candidate, best first (`offers` already filtered by programme). `id` of each result is the offer's. */
export function rankOffers(c: Scorable, offers: readonly Requirement[], limit: number): Scored[] {
  return offers
    .map((r) => ({ ...score(r, c), id: r.offerId }))
    .sort(byScore)
    .slice(0, limit);
}

/** Whether a person may be considered for an offer: the programme the offer is reserved to. It filters; it never scores. */
export const eligible = (req: Pick<Requirement, 'programme'>, programmes: readonly string[]) => !req.programme || programmes.includes(req.programme);
