/**
 * The diagnostic's adaptive rule against simulated takers of known level: how often the level found is the true one,
 * and how many items it took. `npm run bench -- diagnostic [--takers 2000] [--seeds 7,11,23]`; then the ceiling: the
 * same takers answering every item of the bank, read by the engine; and the true ceiling: every item, read by Bayes'
 * rule with the simulation's own model (what no rule can beat with this bank and these takers).
 *
 * A simulated taker has a true level per area (0..4): a base level drawn uniformly, each area one level off it
 * with probability 0.3 (the engine assumes a wider spread, leaning low: 50 % same, 20 % one off each side, 5 % two
 * off). A taker knows an item with a logistic curve of discrimination 3 (the engine's) and 8 % slips (the engine
 * assumes 10 %); who does not know answers "I don't know" half of the time, else guesses among the choices
 * (self-assessment: overrates 15 % of the time, the engine assumes 20 %): the engine is not tested on its own
 * assumptions only.
 */
import { BANK_ITEMS, BANK_VERSION } from '../server/src/modules/diagnostic/bank/bank-files';
import { AREAS, estimate, nextItem, overallLevel, type EngineAnswer, type EngineItem } from '../server/src/modules/diagnostic/diagnostic.engine';

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const bank = { version: BANK_VERSION, items: BANK_ITEMS };

export const SIM = { a: 3, slip: 0.08 };

/** `ask`: the engine's rule (default), or every item of the bank (the ceiling: what the answers to all of them tell). */
export function simulate(takers: number, seed: number, ask: 'rule' | 'all' = 'rule') {
  const random = mulberry32(seed);
  const items: EngineItem[] = bank.items.map((i) => ({ code: i.code, area: i.area as EngineItem['area'], level: i.level, difficulty: i.difficulty, kind: i.kind, choices: i.options?.length ?? 0 }));
  let areasRight = 0;
  let takersAllRight = 0;
  let overallRight = 0;
  let withinOne = 0;
  let totalItems = 0;
  let maxItems = 0;
  const confusion = Array.from({ length: 5 }, () => Array(5).fill(0));
  for (let n = 0; n < takers; n++) {
    const base = Math.floor(random() * 5);
    const truth = Object.fromEntries(AREAS.map((a) => [a, Math.max(0, Math.min(4, base + (random() < 0.3 ? (random() < 0.5 ? -1 : 1) : 0)))]));
    const answers: EngineAnswer[] = [];
    for (;;) {
      const item = ask === 'all' ? (items[answers.length] ?? null) : nextItem(items, answers);
      if (!item) break;
      const b = item.level - 0.5 + item.difficulty / 2;
      const knows = random() < (1 - SIM.slip) / (1 + Math.exp(-SIM.a * (truth[item.area] - b)));
      // Who does not know says "I don't know" half of the time, else guesses (self-assessment: overrates 15 % of the time).
      const guess = item.kind === 'self' ? 0.15 : item.kind === 'type' ? 0.02 : random() < 0.5 ? 0 : 1 / item.choices;
      answers.push({ code: item.code, correct: knows || random() < guess });
    }
    const est = estimate(items, answers);
    let all = true;
    for (const e of est) {
      confusion[truth[e.area]][e.level]++;
      if (e.level === truth[e.area]) areasRight++;
      else all = false;
      if (Math.abs(e.level - truth[e.area]) <= 1) withinOne++;
    }
    if (all) takersAllRight++;
    if (overallLevel(est) === Math.min(...Object.values(truth))) overallRight++;
    totalItems += answers.length;
    maxItems = Math.max(maxItems, answers.length);
  }
  return {
    takers,
    areaLevelsRight: areasRight / (takers * AREAS.length),
    takersAllFiveRight: takersAllRight / takers,
    overallLevelRight: overallRight / takers,
    withinOneLevel: withinOne / (takers * AREAS.length),
    itemsMean: totalItems / takers,
    itemsMax: maxItems,
    confusion,
  };
}

/** The probability that a simulated taker of `level` answers `item` right (knows it, or guesses right). */
function pRightSim(item: { level: number; difficulty: number; kind: string; choices: number }, level: number): number {
  const b = item.level - 0.5 + item.difficulty / 2;
  const knows = (1 - SIM.slip) / (1 + Math.exp(-SIM.a * (level - b)));
  const guess = item.kind === 'self' ? 0.15 : item.kind === 'type' ? 0.02 : 0.5 / item.choices;
  return knows + (1 - knows) * guess;
}

/**
 * The true ceiling of this bank under this simulation: every item asked, and the levels read by Bayes' rule with the
 * simulation's own model (its curve, slips, guesses and how its takers' areas spread), which no engine knows. What
 * no rule, adaptive or not, can beat with this bank on these takers.
 */
export function bayesCeiling(takers: number, seed: number): number {
  const random = mulberry32(seed);
  const items = bank.items.map((i) => ({ area: i.area, level: i.level, difficulty: i.difficulty, kind: i.kind, choices: i.options?.length ?? 0 }));
  // P(area level t | base level b) as the simulation draws it: same 70 %, one off 15 % each side, cut to 0..4
  const spread = (b: number, t: number) => [0, -1, 1].reduce<number>((p, d, i) => p + (Math.max(0, Math.min(4, b + d)) === t ? [0.7, 0.15, 0.15][i] : 0), 0);
  let right = 0;
  for (let n = 0; n < takers; n++) {
    const base = Math.floor(random() * 5);
    const truth = AREAS.map(() => Math.max(0, Math.min(4, base + (random() < 0.3 ? (random() < 0.5 ? -1 : 1) : 0))));
    const lik = AREAS.map(() => [1, 1, 1, 1, 1]);
    for (const item of items) {
      const k = AREAS.indexOf(item.area as (typeof AREAS)[number]);
      const correct = random() < pRightSim(item, truth[k]);
      for (let t = 0; t < 5; t++) lik[k][t] *= correct ? pRightSim(item, t) : 1 - pRightSim(item, t);
    }
    for (let k = 0; k < AREAS.length; k++) {
      const post = [0, 0, 0, 0, 0];
      for (let b = 0; b < 5; b++) {
        let w = 1;
        for (let j = 0; j < AREAS.length; j++) if (j !== k) w *= lik[j].reduce((acc, l, t) => acc + spread(b, t) * l, 0);
        for (let t = 0; t < 5; t++) post[t] += w * spread(b, t) * lik[k][t];
      }
      if (post.indexOf(Math.max(...post)) === truth[k]) right++;
    }
  }
  return right / (takers * AREAS.length);
}

export async function run(argv: string[]) {
  const arg = (name: string, d: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : d;
  };
  const takers = Number(arg('takers', '2000'));
  const seeds = arg('seeds', arg('seed', '7,11,23')).split(',').map(Number);
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  console.log(`Diagnostic simulation: ${takers} simulated takers per seed, ${bank.items.length} items in bank v${bank.version}`);
  for (const seed of seeds) {
    const r = simulate(takers, seed);
    console.log(`seed ${seed}`);
    console.log(`  area levels found right     ${pct(r.areaLevelsRight)}   (target >= 90 %)`);
    console.log(`  within one level            ${pct(r.withinOneLevel)}`);
    console.log(`  takers with all 5 areas right ${pct(r.takersAllFiveRight)}`);
    console.log(`  overall level right         ${pct(r.overallLevelRight)}   (the lowest area: what orients to a training)`);
    console.log(`  items per taker             ${r.itemsMean.toFixed(1)} on average (target <= 25), ${r.itemsMax} at most`);
    console.log('  true level (rows) x level found (columns):');
    for (const [l, row] of r.confusion.entries()) console.log(`    ${l}: ${row.map((x: number) => String(x).padStart(6)).join('')}`);
  }
  // The ceiling: the same takers answering every item of the bank, levels from the same person model.
  const ceilingTakers = Math.min(takers, 500);
  const ceiling = simulate(ceilingTakers, seeds[0], 'all');
  console.log(`ceiling (all ${bank.items.length} items asked, ${ceilingTakers} takers, seed ${seeds[0]}): ${pct(ceiling.areaLevelsRight)} of area levels right, overall level ${pct(ceiling.overallLevelRight)}`);
  console.log(`true ceiling (all ${bank.items.length} items asked, levels read with the simulation's own model, ${takers} takers, seed ${seeds[0]}): ${pct(bayesCeiling(takers, seeds[0]))} of area levels right`);
}
