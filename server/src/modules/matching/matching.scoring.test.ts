import { describe, expect, it } from 'vitest';
import { CEFR_LEVELS, DAYPARTS, EQUALITY_GROUPS, JOB_FAMILIES, PROGRAMMES, TRANSPORTS } from './matching.table';
import { COMMUNE_CENTRES } from './matching.catalog';
import { eligible, rankCandidates, rankOffers, score, type Requirement } from './matching.scoring';
import { scorableColumns, scorableOf, type ProfileRow } from './matching.core';

/**
 * The metamorphic test of the issue: over thousands of generated profiles, changing any protected attribute of a
 * person (name, sex, age, nationality, origin, address, civil status, health, belief, self-declared equality data,
 * free text that could tell them) never changes any ranking, any score or any explanation.
 */

/** A small seeded generator (mulberry32): the same profiles on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const R = rng(20260302);
const int = (n: number) => Math.floor(R() * n);
const pick = <T>(xs: readonly T[]) => xs[int(xs.length)];
const some = <T>(xs: readonly T[], max = xs.length) => [...new Set(Array.from({ length: int(max + 1) }, () => pick(xs)))];
const POSTAL = Object.keys(COMMUNE_CENTRES);
const SKILLS = Array.from({ length: 40 }, (_, i) => i + 1);
const LANGS = ['fr', 'nl', 'en', 'ar', 'es', 'tr'];
const day = (n: number) => new Date(Date.UTC(2026, 2, 1 + n)).toISOString().slice(0, 10);

/** A person as the registry and the profile hold them: protected attributes beside what the matching may read. */
interface Person {
  row: ProfileRow;
  identity: { firstName: string; lastName: string; gender: string; birthDate: string; nationality: string; address: string; civilStatus: string; religion: string; health: string };
}
const FIRST = ['Amina', 'Piotr', 'Sara', 'Jean', 'Fatou', 'Mehmet', 'Lieve', 'Youssef'];
const LAST = ['Haddad', 'Nowak', 'Lemaire', 'Dubois', 'Diallo', 'Yilmaz', 'Peeters', 'El Idrissi'];

function person(id: number): Person {
  const now = new Date('2026-03-02T09:00:00Z');
  return {
    row: {
      id,
      personId: 10_000 + id,
      pseudonym: `C-${id}`,
      skillIds: some(SKILLS, 6),
      experience: Object.fromEntries(some(JOB_FAMILIES, 3).map((f) => [f, int(120)])),
      languages: some(LANGS, 3).map((code) => ({ code, level: pick(CEFR_LEVELS) })),
      drivingLicence: R() < 0.4,
      days: some([1, 2, 3, 4, 5, 6, 7], 7),
      dayparts: some(DAYPARTS, 3),
      availableFrom: R() < 0.3 ? null : day(int(90)),
      maxKm: R() < 0.1 ? null : int(25),
      transports: some(TRANSPORTS, 2),
      fromPostalCode: R() < 0.05 ? null : pick(POSTAL),
      wishedFamilies: some(JOB_FAMILIES, 2),
      wishes: 'Travailler près de chez moi.',
      programmes: some(PROGRAMMES, 1),
      equalityGroups: some(EQUALITY_GROUPS, 2),
      equalityConsentAt: now,
      consentAt: now,
      consentWithdrawnAt: null,
      createdBy: null,
      createdAt: now,
      updatedAt: now,
    },
    identity: { firstName: pick(FIRST), lastName: pick(LAST), gender: pick(['F', 'M', 'X']), birthDate: `19${50 + int(55)}-0${1 + int(9)}-1${int(9)}`, nationality: pick(['BE', 'MA', 'PL', 'CD', 'TR']), address: 'Rue Haute 1', civilStatus: pick(['single', 'married']), religion: pick(['none', 'islam', 'christian']), health: pick(['none', 'chronic']) },
  };
}

function requirement(offerId: number): Requirement {
  const essential = some(SKILLS, 3);
  return {
    offerId,
    family: R() < 0.8 ? pick(JOB_FAMILIES) : null,
    minExperienceMonths: pick([0, 6, 12, 24]),
    essentialSkillIds: essential,
    niceSkillIds: some(SKILLS, 3).filter((s) => !essential.includes(s)),
    languages: some(LANGS, 2).map((code) => ({ code, level: pick(CEFR_LEVELS) })),
    drivingLicence: R() < 0.2,
    days: some([1, 2, 3, 4, 5, 6, 7], 5),
    dayparts: some(DAYPARTS, 2),
    startBy: R() < 0.5 ? day(int(60)) : null,
    postalCode: R() < 0.8 ? pick(POSTAL) : null,
    programme: R() < 0.2 ? pick(PROGRAMMES) : null,
  };
}

/** Every protected attribute changed at once, at random: identity, age, sex, nationality, address, equality data, free text. */
function mutate(p: Person): Person {
  return {
    row: {
      ...p.row,
      equalityGroups: some(EQUALITY_GROUPS, 4),
      equalityConsentAt: R() < 0.5 ? null : p.row.equalityConsentAt,
      wishes: pick(['Je suis musulmane et je porte le voile.', 'J’ai 58 ans et deux enfants.', 'Handicap reconnu (dos).', null]),
      pseudonym: `C-X${p.row.id}`,
    },
    identity: { firstName: pick(FIRST), lastName: pick(LAST), gender: pick(['F', 'M', 'X']), birthDate: `19${50 + int(55)}-01-01`, nationality: pick(['BE', 'SY', 'RO']), address: 'Avenue Louise 500', civilStatus: pick(['divorced', 'widowed']), religion: pick(['jewish', 'buddhist']), health: pick(['pregnant', 'none']) },
  };
}

/** The same path as the service: only what `scorableOf` keeps reaches the rule; programmes filter. */
const rankAll = (req: Requirement, people: Person[]) => rankCandidates(req, people.filter((p) => eligible(req, p.row.programmes)).map((p) => scorableOf(p.row)), 50);

describe('the matching rule', () => {
  const people = Array.from({ length: 3000 }, (_, i) => person(i + 1));
  const offers = Array.from({ length: 60 }, (_, i) => requirement(i + 1));

  it('reads nothing protected: what reaches the rule and what a ranking selects from the database are skills and conditions only', () => {
    expect(Object.keys(scorableOf(people[0].row)).sort()).toEqual(['availableFrom', 'days', 'dayparts', 'drivingLicence', 'experience', 'fromPostalCode', 'id', 'languages', 'maxKm', 'skillIds'].sort());
    // the ranking's select adds only what it shows staff (pseudonym, person id) and the programme filter
    expect(Object.keys(scorableColumns).sort()).toEqual(['availableFrom', 'days', 'dayparts', 'drivingLicence', 'experience', 'fromPostalCode', 'id', 'languages', 'maxKm', 'personId', 'programmes', 'pseudonym', 'skillIds'].sort());
  });

  it('changing any protected attribute of every person never changes any ranking of 60 offers over 3,000 profiles, nor any score or explanation', () => {
    const before = offers.map((o) => rankAll(o, people));
    expect(before.some((r) => r.length === 50)).toBe(true);
    expect(new Set(before.flatMap((r) => r.map((x) => x.score))).size).toBeGreaterThan(10); // the rankings are not trivial
    for (let round = 0; round < 3; round++) {
      const changed = people.map(mutate);
      expect(offers.map((o) => rankAll(o, changed))).toEqual(before);
    }
  });

  it('nor the offers ranked for any candidate', () => {
    const sample = people.slice(0, 500);
    const rankFor = (p: Person) => rankOffers(scorableOf(p.row), offers.filter((o) => eligible(o, p.row.programmes)), 20);
    const before = sample.map(rankFor);
    expect(sample.map(mutate).map(rankFor)).toEqual(before);
  });

  it('the order of the records given does not change a ranking (ties are broken by the record, never by the person)', () => {
    const shuffled = [...people].sort(() => R() - 0.5);
    for (const o of offers.slice(0, 10)) expect(rankAll(o, shuffled)).toEqual(rankAll(o, people));
  });

  it('a programme filters and never scores: the same person scores the same with or without the membership', () => {
    for (const o of offers.slice(0, 20)) {
      const p = people[int(people.length)];
      const member: ProfileRow = { ...p.row, programmes: ['over_50'] };
      const notMember: ProfileRow = { ...p.row, programmes: [] };
      const withProgramme = score(o, scorableOf(member));
      const without = score(o, scorableOf(notMember));
      expect(withProgramme).toEqual(without);
    }
    const reserved: Requirement = { ...offers[0], programme: 'over_50' };
    const ranked = rankAll(reserved, people);
    expect(ranked.every((r) => people[r.id - 1].row.programmes.includes('over_50'))).toBe(true);
  });

  it('explains every requirement with its weight, and the score is the weighted share of what is met', () => {
    const req: Requirement = { offerId: 1, family: 'horeca', minExperienceMonths: 12, essentialSkillIds: [1, 2], niceSkillIds: [3], languages: [{ code: 'nl', level: 'B1' }], drivingLicence: true, days: [1, 2], dayparts: [], startBy: '2026-03-16', postalCode: '1000', programme: null };
    const c = scorableOf({ ...people[0].row, skillIds: [1, 3], experience: { horeca: 6 }, languages: [{ code: 'nl', level: 'A2' }], drivingLicence: false, days: [1], availableFrom: '2026-04-30', maxKm: 3, fromPostalCode: '1000' });
    const s = score(req, c);
    expect(s.criteria.map((k) => [k.kind, k.weight, k.result])).toEqual([
      ['essential_skill', 3, 'met'],
      ['essential_skill', 3, 'not_met'],
      ['nice_skill', 1, 'met'],
      ['language', 3, 'partly'],
      ['experience', 2, 'partly'],
      ['licence', 2, 'not_met'],
      ['days', 2, 'partly'],
      ['start', 1, 'not_met'],
      ['travel', 2, 'met'],
    ]);
    expect(s.score).toBe(Math.round((100 * (3 + 0 + 1 + 1.5 + 1 + 0 + 1 + 0 + 2)) / 19));
  });
});
