/**
 * The ranking of a contest, a pure function of its criteria, candidates, jurors, conflicts and scores.
 *
 * - A juror's mark for a candidate is the weighted mean of the criteria, each as a share of its maximum, on
 *   100 points; it counts once the juror has scored every criterion of that candidate.
 * - A candidate's score is the mean of the marks of the jurors who gave one: a juror with a conflict of
 *   interest does not score that candidate, and the others' mean stands for the whole jury (normalised).
 * - Ties: two scores equal (to a millionth) are compared on the criteria in order of weight (then of their
 *   position): the first criterion whose mean differs breaks the tie, and says so; when none does, the
 *   candidates share the rank and the ranking says it is a tie.
 */
export interface RankCriterion {
  id: number;
  name: string;
  weight: number;
  maxScore: number;
  position: number;
}
export interface RankInput {
  criteria: RankCriterion[];
  candidates: { id: number; name: string; project: string | null }[];
  /** jurors whose link is valid (revoked jurors' scores do not count) */
  jurorIds: number[];
  conflicts: { jurorId: number; candidateId: number }[];
  scores: { jurorId: number; candidateId: number; criterionId: number; score: number }[];
}
export type TieNote = { rule: 'criterion'; criterionId: number; criterionName: string; againstCandidateId: number } | { rule: 'tie'; withCandidateIds: number[] };
export interface RankedCandidate {
  rank: number | null;
  candidateId: number;
  name: string;
  project: string | null;
  /** on 100 points; null while no juror gave a complete mark */
  score: number | null;
  jurorsScored: number;
  jurorsExpected: number;
  conflicts: number;
  criteria: { criterionId: number; average: number | null }[];
  tie: TieNote | null;
}

const EPS = 1e-6;
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export function rankContest(input: RankInput): RankedCandidate[] {
  const totalWeight = input.criteria.reduce((a, c) => a + c.weight, 0);
  const active = new Set(input.jurorIds);
  const conflicted = new Set(input.conflicts.map((c) => `${c.jurorId}:${c.candidateId}`));
  const score = new Map(input.scores.filter((s) => active.has(s.jurorId)).map((s) => [`${s.jurorId}:${s.candidateId}:${s.criterionId}`, s.score]));
  const tieOrder = [...input.criteria].sort((a, b) => b.weight - a.weight || a.position - b.position || a.id - b.id);

  const rows = input.candidates.map((cand) => {
    const eligible = input.jurorIds.filter((j) => !conflicted.has(`${j}:${cand.id}`));
    const marks: number[] = [];
    const perCriterion = new Map<number, number[]>(input.criteria.map((c) => [c.id, []]));
    for (const j of eligible) {
      const given = input.criteria.map((c) => score.get(`${j}:${cand.id}:${c.id}`));
      if (!input.criteria.length || given.some((g) => g === undefined)) continue;
      marks.push((100 * input.criteria.reduce((a, c, i) => a + (c.weight * given[i]!) / c.maxScore, 0)) / totalWeight);
      input.criteria.forEach((c, i) => perCriterion.get(c.id)!.push(given[i]!));
    }
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
    const critMeans = new Map(input.criteria.map((c) => [c.id, mean(perCriterion.get(c.id)!)]));
    return {
      cand,
      exact: mean(marks),
      critMeans,
      jurorsScored: marks.length,
      jurorsExpected: eligible.length,
      conflicts: input.jurorIds.length - eligible.length,
    };
  });
  type Row = (typeof rows)[number];
  const same = (a: number | null, b: number | null) => (a === null ? b === null : b !== null && Math.abs(a - b) < EPS);
  /** The first criterion (by weight) on which a and b differ, as share of the maximum. */
  const breaker = (a: Row, b: Row) => tieOrder.find((c) => !same(a.critMeans.get(c.id) ?? null, b.critMeans.get(c.id) ?? null));
  const compare = (a: Row, b: Row): number => {
    if (a.exact === null || b.exact === null) return a.exact === b.exact ? a.cand.id - b.cand.id : a.exact === null ? 1 : -1;
    if (!same(a.exact, b.exact)) return b.exact - a.exact;
    const c = breaker(a, b);
    if (c) return (b.critMeans.get(c.id) ?? -1) - (a.critMeans.get(c.id) ?? -1);
    return a.cand.name.localeCompare(b.cand.name);
  };
  rows.sort(compare);

  const out: RankedCandidate[] = [];
  rows.forEach((r, i) => {
    let rank: number | null = r.exact === null ? null : i + 1;
    let tie: TieNote | null = null;
    const prev = rows[i - 1];
    const next = rows[i + 1];
    const tiedWith = (o: Row | undefined) => o && r.exact !== null && o.exact !== null && same(r.exact, o.exact);
    if (tiedWith(prev) || tiedWith(next)) {
      const group = rows.filter((o) => o !== r && tiedWith(o));
      const fullTies = group.filter((o) => !breaker(r, o));
      if (fullTies.length) tie = { rule: 'tie', withCandidateIds: fullTies.map((o) => o.cand.id) };
      else {
        // Broken: against the neighbour of the same score (the one above, else the one below).
        const against = tiedWith(prev) ? prev! : next!;
        const c = breaker(r, against)!;
        tie = { rule: 'criterion', criterionId: c.id, criterionName: c.name, againstCandidateId: against.cand.id };
      }
      if (tiedWith(prev) && !breaker(r, prev!)) rank = out[i - 1].rank;
    }
    out.push({
      rank,
      candidateId: r.cand.id,
      name: r.cand.name,
      project: r.cand.project,
      score: r.exact === null ? null : round(r.exact),
      jurorsScored: r.jurorsScored,
      jurorsExpected: r.jurorsExpected,
      conflicts: r.conflicts,
      criteria: input.criteria.map((c) => ({ criterionId: c.id, average: r.critMeans.get(c.id) === null ? null : round(r.critMeans.get(c.id)!) })),
      tie,
    });
  });
  return out;
}
