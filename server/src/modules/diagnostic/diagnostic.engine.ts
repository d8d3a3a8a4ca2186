/**
 * The adaptive rule of the diagnostic (pure functions: the service, the tests and the simulation benchmark use them).
 *
 * Levels per area: 0 "has not used it yet", then DigComp 2.2's proficiency levels 1 and 2 (foundation) and 3 and 4
 * (intermediate). Each item has a level (1-4) and a difficulty within its level (-0.5 easy ... +0.5 hard).
 *
 * Item model (as Pix: a right answer at a level is evidence that the easier ones are known, a wrong one that the harder
 * ones are not, with room for a lucky guess or a slip), a three-parameter logistic curve:
 *
 *   P(right | level θ) = guess + (1 - guess - slip) · logistic(a · (θ - b)),   b = level - 0.5 + difficulty / 2
 *
 * guess = half of 1 / number of choices (every item offers "I don't know", as Pix's "Je passe"), 0.05 for typed
 * answers, 0.2 for "can you ..." questions; slip = 0.1, a = 3 (a cautious curve: it does not trust one answer much).
 *
 * Person model: a general level g (prior leaning low: the people who come are mostly beginners) and, for each area, a
 * level near it (same 50 %, one off 20 % each side, two off 5 %): people who cannot use a mouse rarely recognise phishing.
 * Every answer in any area thus also tells about the others, and the level of an area is its marginal probability
 * given all the answers (Bayes' rule over the 5 general levels × the 5 levels of each area, summed exactly).
 *
 * Asking: the first question is the easiest practical task; then the areas in order, at least 2 items each, each time
 * the item whose answer is expected to leave the least uncertainty (expected entropy of the area's level); then, while
 * an area's level is not yet clear (no level with 90 % of the probability, fewer than 8 items in it), the item of any
 * unclear area that is expected to remove the most uncertainty. It stops when every area is clear or after 25 items
 * (about 15 minutes at most).
 */

export const AREAS = ['information', 'communication', 'content', 'safety', 'problem_solving'] as const;
export type Area = (typeof AREAS)[number];
export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];
export const MAX_LEVEL = 4;

export interface EngineItem {
  code: string;
  area: Area;
  /** 1..4 */
  level: number;
  /** -0.5 .. 0.5 within the level */
  difficulty: number;
  kind: string;
  /** number of choices (0 for a typed answer) */
  choices: number;
}
export interface EngineAnswer {
  code: string;
  correct: boolean;
}

export const RULE = {
  slip: 0.1,
  discrimination: 3,
  /** an area is clear when one level holds this much of the probability */
  stopConfidence: 0.9,
  minPerArea: 2,
  maxPerArea: 8,
  /** items in all, at most */
  budget: 25,
  /** how likely an area's level is the general level, one off, two off (each side) */
  spread: [0.5, 0.2, 0.05],
  /** the general level before any answer */
  generalPrior: [0.3, 0.25, 0.2, 0.15, 0.1],
};

export function guessOf(item: Pick<EngineItem, 'kind' | 'choices'>): number {
  if (item.kind === 'self') return 0.2;
  if (item.kind === 'type' || item.choices < 2) return 0.05;
  // Every item offers "I don't know" (as Pix's "Je passe"): about half of those who do not know say so.
  return 0.5 / item.choices;
}

export function pCorrect(item: Pick<EngineItem, 'level' | 'difficulty' | 'kind' | 'choices'>, theta: number, a: number = RULE.discrimination): number {
  const g = guessOf(item);
  const b = item.level - 0.5 + item.difficulty / 2;
  return g + (1 - g - RULE.slip) / (1 + Math.exp(-a * (theta - b)));
}

const normalise = (p: number[]) => {
  const s = p.reduce((a, b) => a + b, 0);
  return p.map((x) => x / s);
};
const entropy = (p: number[]) => -p.reduce((a, x) => (x > 0 ? a + x * Math.log(x) : a), 0);
const argmax = (p: number[]) => p.reduce((best, x, i) => (x > p[best] ? i : best), 0);

/** P(area level θ | general level g), cut to 0..4. */
const spread = () => LEVELS.map((g) => normalise(LEVELS.map((t) => RULE.spread[Math.abs(t - g)] ?? 0)));

/** The likelihood of each level of an area given its answers. */
function likelihood(byCode: Map<string, EngineItem>, answers: EngineAnswer[]): number[] {
  const l = LEVELS.map(() => 1);
  for (const a of answers) {
    const item = byCode.get(a.code);
    if (!item) continue;
    for (const t of LEVELS) l[t] *= a.correct ? pCorrect(item, t) : 1 - pCorrect(item, t);
  }
  return l;
}

/** The probability of each level of every area given the likelihoods of all areas (the general level summed out). */
function marginals(lik: number[][]): number[][] {
  const s = spread();
  // per general level g and area k: sum over θ of P(θ | g) · L_k(θ)
  const evidence = LEVELS.map((g) => lik.map((l) => LEVELS.reduce<number>((acc, t) => acc + s[g][t] * l[t], 0)));
  return lik.map((l, k) => {
    const out = LEVELS.map(() => 0);
    for (const g of LEVELS) {
      let w = RULE.generalPrior[g];
      for (let j = 0; j < lik.length; j++) if (j !== k) w *= evidence[g][j];
      for (const t of LEVELS) out[t] += w * s[g][t] * l[t];
    }
    return normalise(out);
  });
}

export interface AreaEstimate {
  area: Area;
  level: Level;
  /** probability of that level given the answers */
  confidence: number;
  asked: number;
  correct: number;
  /** clear: no more items needed in this area */
  done: boolean;
  distribution: number[];
}

function analyse(items: EngineItem[], answers: EngineAnswer[]) {
  const byCode = new Map(items.map((i) => [i.code, i]));
  const asked = new Set(answers.map((a) => a.code));
  const per = AREAS.map((area) => answers.filter((a) => byCode.get(a.code)?.area === area));
  const dist = marginals(per.map((mine) => likelihood(byCode, mine)));
  const estimates: AreaEstimate[] = AREAS.map((area, k) => {
    const level = argmax(dist[k]) as Level;
    const left = items.some((i) => i.area === area && !asked.has(i.code));
    const done = !left || per[k].length >= RULE.maxPerArea || (per[k].length >= RULE.minPerArea && dist[k][level] >= RULE.stopConfidence);
    return { area, level, confidence: dist[k][level], asked: per[k].length, correct: per[k].filter((a) => a.correct).length, done, distribution: dist[k] };
  });
  return { estimates, asked, per };
}

/** What the answers so far tell of every area (all five, always), and whether each is clear. */
export function estimate(items: EngineItem[], answers: EngineAnswer[]): AreaEstimate[] {
  return analyse(items, answers).estimates;
}

/** The area being measured: the first one below its minimum of items, else null (the top-up phase). */
export function currentArea(estimates: AreaEstimate[]): Area | null {
  return estimates.find((e) => e.asked < RULE.minPerArea && !e.done)?.area ?? null;
}

/** The next item to ask, or null when it is over. */
export function nextItem(items: EngineItem[], answers: EngineAnswer[]): EngineItem | null {
  if (answers.length >= RULE.budget) return null;
  const { estimates, asked } = analyse(items, answers);
  const first = currentArea(estimates);
  const open = new Set(first ? [first] : estimates.filter((e) => !e.done).map((e) => e.area));
  if (!open.size) return null;
  const candidates = items.filter((i) => open.has(i.area) && !asked.has(i.code));
  if (!candidates.length) return null;
  // The very first question is the easiest practical task: nobody starts with a failure.
  if (!answers.length) {
    const easy = [...candidates].sort((a, b) => a.level - b.level || Number(a.kind === 'self') - Number(b.kind === 'self') || a.difficulty - b.difficulty || a.code.localeCompare(b.code));
    return easy[0];
  }
  let best: EngineItem | null = null;
  let bestScore = -Infinity;
  for (const item of candidates) {
    const p = estimates[AREAS.indexOf(item.area)].distribution;
    const pr = p.map((x, theta) => x * pCorrect(item, theta));
    const right = pr.reduce((a, b) => a + b, 0);
    const after = right * entropy(normalise(pr)) + (1 - right) * entropy(normalise(p.map((x, theta) => x * (1 - pCorrect(item, theta)))));
    // Practical tasks before self-assessment when they tell as much; then the easier item.
    const score = entropy(p) - after - (item.kind === 'self' ? 0.02 : 0) - item.difficulty * 1e-3;
    if (score > bestScore + 1e-9) {
      best = item;
      bestScore = score;
    }
  }
  return best;
}

/** The overall level: the lowest area level (a chain breaks at its weakest link: what orients to a training). */
export const overallLevel = (levels: { level: number }[]): Level => Math.min(...levels.map((l) => l.level)) as Level;
