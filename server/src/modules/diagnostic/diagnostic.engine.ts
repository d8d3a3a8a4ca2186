/**
 * The adaptive rule of the diagnostic (pure functions: the service, the tests and the simulation benchmark use them).
 *
 * Levels per area: 0 "has not used it yet", then DigComp 2.2's proficiency levels 1 and 2 (foundation) and 3 and 4
 * (intermediate). Each item has a level (1-4) and a difficulty within its level (-0.5 easy ... +0.5 hard).
 *
 * Like Pix (a correct answer at a level is evidence that the easier ones are known, a wrong one that the harder ones
 * are not), but with room for a lucky guess or a slip, the engine keeps for each area the probability of each level
 * given the answers (Bayes' rule over five levels, a three-parameter logistic item model):
 *
 *   P(right | level θ) = guess + (1 - guess - slip) · logistic(a · (θ - b)),   b = level - 0.5 + difficulty / 2
 *
 * with guess = half of 1 / number of choices (every item offers "I don't know", as Pix's "Je passe"; 0.05 for typed
 * answers, 0.15 for "can you ..." questions), slip = 0.05, a = 4.
 * It asks, within the area being measured, the unasked item whose answer is expected to leave the least uncertainty
 * (smallest expected entropy of the level), and leaves the area when one level has at least 85 % of the
 * probability, or after 6 items. Areas come one after the other, easiest first for everybody: the first area starts
 * from a prior leaning towards the lowest levels (the first items are the easiest), the next ones from what the
 * earlier areas found (people who cannot use a mouse rarely recognise phishing), mixed with a flat prior.
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

export const RULE = { slip: 0.05, discrimination: 4, stopConfidence: 0.85, maxPerArea: 6 };

export function guessOf(item: Pick<EngineItem, 'kind' | 'choices'>): number {
  if (item.kind === 'self') return 0.15;
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

/** The posterior over the levels of an area after some answers, from a prior. */
export function posterior(prior: number[], items: EngineItem[], answers: EngineAnswer[]): number[] {
  const byCode = new Map(items.map((i) => [i.code, i]));
  let p = [...prior];
  for (const a of answers) {
    const item = byCode.get(a.code);
    if (!item) continue;
    p = normalise(p.map((x, theta) => x * (a.correct ? pCorrect(item, theta) : 1 - pCorrect(item, theta))));
  }
  return p;
}

const FIRST_PRIOR = [0.3, 0.25, 0.2, 0.15, 0.1];

/** The prior of an area: the first one leans low; the next ones follow what the earlier areas found. */
export function priorFor(earlier: number[][]): number[] {
  if (!earlier.length) return FIRST_PRIOR;
  const mean = LEVELS.map((_, l) => earlier.reduce((s, p) => s + p[l], 0) / earlier.length);
  return normalise(mean.map((x) => 0.6 * x + 0.4 / LEVELS.length));
}

export interface AreaEstimate {
  area: Area;
  level: Level;
  /** probability of that level given the answers */
  confidence: number;
  asked: number;
  correct: number;
  done: boolean;
  distribution: number[];
}

const argmax = (p: number[]) => p.reduce((best, x, i) => (x > p[best] ? i : best), 0);

/** What the answers so far tell of every area, and whether each is settled. */
export function estimate(items: EngineItem[], answers: EngineAnswer[]): AreaEstimate[] {
  const byCode = new Map(items.map((i) => [i.code, i]));
  const out: AreaEstimate[] = [];
  const done: number[][] = [];
  for (const area of AREAS) {
    const mine = answers.filter((a) => byCode.get(a.code)?.area === area);
    const available = items.filter((i) => i.area === area && !mine.some((a) => a.code === i.code));
    const p = posterior(priorFor(done), items, mine);
    const level = argmax(p) as Level;
    const settled = (mine.length > 0 && p[level] >= RULE.stopConfidence) || mine.length >= RULE.maxPerArea || !available.length;
    out.push({ area, level, confidence: p[level], asked: mine.length, correct: mine.filter((a) => a.correct).length, done: settled, distribution: p });
    if (settled) done.push(p);
    else break; // later areas start from this one's result: they are not estimated yet
  }
  return out;
}

/** The next item to ask, or null when every area is settled. */
export function nextItem(items: EngineItem[], answers: EngineAnswer[]): EngineItem | null {
  const est = estimate(items, answers);
  const current = est.find((e) => !e.done);
  if (!current && est.length === AREAS.length) return null;
  const area = current?.area ?? AREAS[est.length];
  const asked = new Set(answers.map((a) => a.code));
  const candidates = items.filter((i) => i.area === area && !asked.has(i.code));
  if (!candidates.length) return null;
  // The very first question is the easiest practical task: nobody starts with a failure.
  if (!answers.length) {
    const easy = [...candidates].sort((a, b) => a.level - b.level || Number(a.kind === 'self') - Number(b.kind === 'self') || a.difficulty - b.difficulty);
    return easy[0];
  }
  const p = current?.distribution ?? priorFor(est.filter((e) => e.done).map((e) => e.distribution));
  let best: EngineItem | null = null;
  let bestScore = Infinity;
  for (const item of candidates) {
    const pr = p.map((x, theta) => x * pCorrect(item, theta));
    const right = pr.reduce((a, b) => a + b, 0);
    const after = right * entropy(normalise(pr)) + (1 - right) * entropy(normalise(p.map((x, theta) => x * (1 - pCorrect(item, theta)))));
    // Practical tasks before self-assessment when they tell as much; then the easier item.
    const score = after + (item.kind === 'self' ? 0.02 : 0) + item.difficulty * 1e-3;
    if (score < bestScore - 1e-9) {
      best = item;
      bestScore = score;
    }
  }
  return best;
}

/** The overall level: the lowest area level (a chain breaks at its weakest link: what orients to a training). */
export const overallLevel = (levels: { level: number }[]): Level => Math.min(...levels.map((l) => l.level)) as Level;
