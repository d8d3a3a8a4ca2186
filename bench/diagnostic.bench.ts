/**
 * The diagnostic's adaptive rule against simulated takers of known level: how often the level found is the true one,
 * and how many items it took. `npm run bench -- diagnostic [--takers 2000] [--seeds 7,11,23]`; then the ceiling: the
 * same takers answering every item of the bank (what no adaptive rule can beat with this bank and these takers).
 *
 * A simulated taker has a true level per area (0..4): a base level drawn uniformly, each area one level off it
 * with probability 0.3 (the engine assumes a wider spread: 50 % same, 20 % one off each side, 5 % two off). A taker knows an item with the logistic curve of the engine's model, but flatter (discrimination 3
 * instead of 4) and with 8 % slips instead of 5 % (the engine is not tested on its own assumptions only); who does not
 * know answers "I don't know" half of the time, else guesses among the choices.
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
}
