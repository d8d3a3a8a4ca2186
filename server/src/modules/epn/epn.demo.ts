import type { DemoContext, ModuleContext } from '../../platform/module';
import { brusselsInstant, isoWeekday } from '../../platform/brussels-time';
import type { AGE_BRACKETS } from './epn.table';

/** Picks a key of `weights` with probability proportional to its weight. */
function weighted<K extends string>(random: () => number, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  let x = random() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) if ((x -= w) < 0) return k;
  return entries[entries.length - 1][0];
}

/**
 * 10 workstations (one out of order) and a year of visits like the 2022 report's: about 370 visits a year on
 * weekday afternoons, about half anonymous, more men than women, mostly aged 20 to 60.
 */
export async function loadEpnDemo(ctx: ModuleContext, demo: DemoContext) {
  const epn = ctx.services.epn;
  const { random, pick } = demo;
  const stations: number[] = [];
  for (let i = 1; i <= 10; i++) stations.push((await epn.createWorkstation(demo.actor, { name: `PC ${String(i).padStart(2, '0')}`, position: i })).id);
  await epn.updateWorkstation(demo.actor, stations[6], { state: 'out_of_order', stateNote: 'Écran à remplacer' });
  demo.ids.epnWorkstations = stations;

  const kinds = new Map((await epn.listHelpKinds()).map((k) => [k.code ?? k.label, k.id]));
  const people = demo.ids.people ?? [];
  const regulars = people.slice(0, 60);
  // The last full year and this one (the space's own seasons below).
  const days = demo.days.filter((day) => isoWeekday(day) <= 5);
  let count = 0;
  for (const day of days) {
    const month = Number(day.slice(5, 7));
    // Quieter in summer and at Christmas, busier at tax time.
    const mean = month === 7 || month === 8 ? 0.9 : month === 12 ? 1.0 : month === 5 || month === 6 ? 1.8 : 1.5;
    const n = Math.floor(mean * 2 * random() + 0.5);
    for (let j = 0; j < n; j++) {
      const startMinute = 13 * 60 + 30 + Math.floor(random() * 150);
      const duration = 15 + Math.floor(random() * 75);
      const endMinute = Math.min(16 * 60 + 30, startMinute + duration);
      const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      const help = weighted(random, {
        cv_job_search: 40,
        unemployment_stamping: 14,
        e_guichet: 10,
        temp_contract_signing: 7,
        individual_coaching: 4.5,
        tax_on_web: month === 5 || month === 6 ? 12 : 1,
        pc_banking: 4,
        pension: 2,
        student_at_work: month >= 6 && month <= 9 ? 4 : 1,
        video_interview: 3,
        other: 5,
      });
      const helpKindIds = [kinds.get(help)!, ...(random() < 0.15 ? [kinds.get('cv_job_search')!] : [])];
      const identified = regulars.length > 0 && random() < 0.45;
      const visitor = identified
        ? { personId: pick(regulars) }
        : {
            gender: weighted(random, { M: 62, F: 36, X: 2 }),
            ageBracket: weighted(random, { under_20: 2, '20_30': 20, '30_40': 26, '40_50': 25, '50_60': 19, '60_plus': 8 } as Record<(typeof AGE_BRACKETS)[number], number>),
          };
      await epn.recordPastVisit(demo.actor, {
        ...visitor,
        workstationId: pick(stations.filter((_, i) => i !== 6)),
        startedAt: brusselsInstant(day, hhmm(startMinute)),
        endedAt: brusselsInstant(day, hhmm(endMinute)),
        helpKindIds: [...new Set(helpKindIds)],
      });
      count++;
    }
  }
  demo.ids.epnVisits = [count];
}
