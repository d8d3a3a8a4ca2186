import type { DemoContext, ModuleContext } from '../../platform/module';
import { brusselsInstant } from '../../platform/brussels-time';
import { estimate, nextItem, overallLevel, type EngineAnswer } from './diagnostic.engine';
import { diagnosticAnswers, diagnosticProgrammeLevels, diagnosticSessions } from './diagnostic.table';
import { hashToken, newToken, toEngineItem, type AreaLevels } from './diagnostic.core';

/** The five communes of the Allo-Digiparcours pilot come first, then the rest of the Region. */
const COMMUNES = ['Jette', 'Bruxelles', 'Forest', 'Schaerbeek', 'Molenbeek-Saint-Jean', 'Jette', 'Bruxelles', 'Forest', 'Schaerbeek', 'Molenbeek-Saint-Jean', 'Anderlecht', 'Saint-Gilles', 'Ixelles', 'Koekelberg', 'Evere'];

/**
 * One diagnostic as a taker of a known level answers it (the engine asks, the taker knows an item up to its level,
 * with a slip now and then), written straight into the tables, its orientation recorded. Used by the mentoring demo too.
 */
export async function demoDiagnostic(
  ctx: ModuleContext,
  demo: Pick<DemoContext, 'random'>,
  o: { personId: number | null; helperId: number | null; level: number; at: Date; commune: string | null; locale?: 'fr' | 'nl' | 'en' },
) {
  const service = ctx.services.diagnostic;
  const items = await service.activeItems();
  const engineItems = items.map(toEngineItem);
  const truth = Object.fromEntries(['information', 'communication', 'content', 'safety', 'problem_solving'].map((a) => [a, Math.max(0, Math.min(4, o.level + (demo.random() < 0.25 ? (demo.random() < 0.5 ? -1 : 1) : 0)))]));
  const answers: (EngineAnswer & { response: string | null })[] = [];
  for (;;) {
    const item = nextItem(engineItems, answers);
    if (!item) break;
    const full = items.find((i) => i.code === item.code)!;
    const knows = item.level <= truth[item.area] ? demo.random() > 0.06 : demo.random() < 0.12;
    const wrongOption = full.content.options.find((x) => x.key !== full.answer.key)?.key ?? null;
    const response = knows ? (full.answer.key ?? full.answer.accept?.[0] ?? null) : demo.random() < 0.5 ? null : full.kind === 'type' ? 'xx' : wrongOption;
    answers.push({ code: item.code, correct: knows, response });
  }
  const levels: AreaLevels = estimate(engineItems, answers).map((e) => ({ area: e.area, level: e.level, asked: e.asked, correct: e.correct }));
  const startedAt = new Date(o.at.getTime() - (6 + Math.floor(demo.random() * 12)) * 60_000);
  const [s] = await ctx.db
    .insert(diagnosticSessions)
    .values({
      tokenHash: hashToken(newToken()),
      mode: o.helperId ? 'helped' : 'alone',
      helperId: o.helperId,
      personId: o.personId,
      locale: o.locale ?? 'fr',
      commune: o.commune,
      startedAt,
      finishedAt: o.at,
      levels,
      overallLevel: overallLevel(levels),
    })
    .returning();
  await ctx.db.insert(diagnosticAnswers).values(
    answers.map((a, i) => ({ sessionId: s.id, itemCode: a.code, position: i + 1, response: a.response, correct: a.correct, at: new Date(startedAt.getTime() + ((o.at.getTime() - startedAt.getTime()) * (i + 1)) / answers.length) })),
  );
  await service.record(s);
  return s;
}

/**
 * Allo-Digiparcours over the demo's previous year and this year to date: about 60 job seekers diagnosed in the pilot
 * communes the first year (mostly with a helper), more the year after, some alone through the public link; the
 * trainings of digital inclusion proposed to the lower levels, coding to the higher.
 */
export async function loadDiagnosticDemo(ctx: ModuleContext, demo: DemoContext) {
  const { random, pick } = demo;
  const programmes = await ctx.services.trainings.listProgrammes(true);
  const levelsOf = (name: string): [number, number] | null =>
    /inclusion|numérique|digital|bureautique|smartphone/i.test(name) ? [0, 2] : /cod|programm/i.test(name) ? [3, 4] : /REF|Nouveaux|Haren|Youth/i.test(name) ? [2, 4] : null;
  for (const p of programmes) {
    const l = levelsOf(p.name);
    if (l) await ctx.db.insert(diagnosticProgrammeLevels).values({ programmeId: p.id, minLevel: l[0], maxLevel: l[1] }).onConflictDoNothing();
  }
  // Partners offering digital training, in the pilot communes.
  const existing = new Set((await ctx.services.organisations.list({ includeInactive: true })).map((o) => o.name));
  const partners = [
    { name: 'EPN de Jette', postalCode: '1090', address: 'Chaussée de Wemmel 100', services: 'Espace public numérique, initiation informatique' },
    { name: 'Maison de l’emploi de Forest – atelier numérique', postalCode: '1190', address: 'Rue du Curé 2', services: 'Ateliers numériques pour chercheurs d’emploi' },
    { name: 'Schaerbeek Digital', postalCode: '1030', address: 'Place Colignon 1', services: 'Formations numériques de base, e-guichet' },
    { name: 'Molenbeek Formation – cyberespace', postalCode: '1080', address: 'Rue Comte de Flandre 20', services: 'Initiation à l’ordinateur et au smartphone' },
  ];
  for (const p of partners) if (!existing.has(p.name)) await ctx.services.organisations.create(demo.actor, { ...p, type: 'training', isInternalPartner: false, active: true });

  const people = demo.ids.people ?? [];
  const helpers = [demo.usersByRole.trainer, demo.usersByRole.project_officer, demo.usersByRole.reception].filter((x): x is number => !!x);
  const thisYear = demo.today.getUTCFullYear();
  const plan = [
    { year: thisYear - 1, count: 64, alone: 0.15 },
    { year: thisYear, count: 90, alone: 0.35 },
  ];
  let made = 0;
  for (const { year, count, alone } of plan) {
    for (let i = 0; i < count; i++) {
      const day = new Date(Date.UTC(year, 0, 8) + Math.floor(random() * 350) * 86_400_000);
      if (day > demo.today) continue;
      const wd = day.getUTCDay();
      if (wd === 0 || wd === 6) continue;
      const at = brusselsInstant(day.toISOString().slice(0, 10), `${String(9 + Math.floor(random() * 7)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}`);
      if (at > demo.today) continue;
      const byHelper = random() >= alone;
      // People in digital divide: most at the first levels.
      const level = pick([0, 0, 1, 1, 1, 2, 2, 2, 3, 4]);
      await demoDiagnostic(ctx, demo, {
        personId: byHelper && people.length ? pick(people) : null,
        helperId: byHelper ? pick(helpers) : null,
        level,
        at,
        commune: random() < 0.9 ? pick(COMMUNES) : null,
        locale: random() < 0.15 ? 'nl' : random() < 0.05 ? 'en' : 'fr',
      });
      made++;
    }
  }
  await ctx.audit.record(demo.actor, { action: 'diagnostic.demo_load', entityType: 'diagnostic', details: { diagnostics: made } });
}
