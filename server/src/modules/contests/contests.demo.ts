import { eq } from 'drizzle-orm';
import type { DemoContext, ModuleContext } from '../../platform/module';
import { contestCandidates, contestJurors, contests, contestScores } from './contests.table';

const PROJECTS = [
  ['Food truck « Saveurs du Maghreb »', 'Cuisine marocaine de rue, produits locaux'],
  ['Vélo-café Molenbeek', 'Café ambulant à vélo pour les marchés'],
  ['Waffle Express', 'Gaufres de Bruxelles et de Liège, sans gluten aussi'],
  ['Green Bowl', 'Bols végétariens, zéro déchet'],
  ['Crêpes du Sablon', 'Crêperie mobile pour événements'],
  ['Afro Grill', 'Grillades d’Afrique de l’Ouest'],
  ['Soupe & Co', 'Soupes de saison en hiver, gaspachos en été'],
  ['Le Frit’Kot mobile', 'Frites belges et sauces maison'],
];
const JURY = ['Sophie Lambert (hub.brussels)', 'Karim Bennani (Fundtruck)', 'Els Vermeulen (Actiris)', 'Marc Dubois (1819)', 'Nathalie Mertens (Ville de Bruxelles)'];

/** The Fundtruck pitch contest, every year in May: eight candidates, four weighted criteria, five jurors. */
export async function loadContestsDemo(ctx: ModuleContext, demo: DemoContext) {
  const { random, pick } = demo;
  const service = ctx.services.contests;
  const thisYear = Number(demo.today.toISOString().slice(0, 4));
  const todayIso = demo.today.toISOString().slice(0, 10);
  const people = demo.ids.people ?? [];
  for (const year of [thisYear - 2, thisYear - 1, thisYear]) {
    const heldOn = `${year}-05-19`;
    const c = await service.create(demo.actor, { name: `Fundtruck ${year} – concours de pitch`, heldOn });
    for (const [name, weight] of [['Viabilité économique', 40], ['Originalité du concept', 25], ['Qualité du pitch', 20], ['Impact local et emploi', 15]] as const)
      await service.addCriterion(demo.actor, c.id, { name, weight, maxScore: 10 });
    const order = [...PROJECTS].sort(() => random() - 0.5).slice(0, 6 + Math.floor(random() * 3));
    for (const [project, description] of order) await service.addCandidate(demo.actor, c.id, { name: project, project: description, personId: people.length && random() < 0.7 ? pick(people) : null });
    for (const name of JURY) await service.addJuror(demo.actor, c.id, name);
    const full = await service.get(c.id);
    // One conflict of interest per year: a juror who coached a candidate.
    await service.setConflict(demo.actor, c.id, { jurorId: full.jurors[year % JURY.length].id, candidateId: full.candidates[0].id, conflict: true });
    if (heldOn > todayIso) continue;
    await service.open(demo.actor, c.id);
    const rows: (typeof contestScores.$inferInsert)[] = [];
    const at = new Date(`${heldOn}T15:00:00Z`);
    for (const k of full.candidates) {
      const quality = 4 + random() * 5;
      for (const [ji, j] of full.jurors.entries()) {
        if (ji === year % JURY.length && k.id === full.candidates[0].id) continue;
        for (const x of full.criteria) rows.push({ jurorId: j.id, candidateId: k.id, criterionId: x.id, score: Math.max(0, Math.min(10, Math.round(quality + (random() - 0.5) * 3))), updatedAt: at });
      }
    }
    await ctx.db.insert(contestScores).values(rows);
    if (year < thisYear) {
      await service.close(demo.actor, c.id);
      await ctx.db.update(contests).set({ closedAt: new Date(`${heldOn}T18:00:00Z`) }).where(eq(contests.id, c.id));
    }
  }
  await ctx.audit.record(demo.actor, { action: 'contests.demo_load', entityType: 'contest', details: { jurors: await ctx.db.$count(contestJurors), candidates: await ctx.db.$count(contestCandidates) } });
}
