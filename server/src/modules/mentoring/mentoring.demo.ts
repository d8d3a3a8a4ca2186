import type { DemoContext, ModuleContext } from '../../platform/module';
import { brusselsInstant } from '../../platform/brussels-time';
import { FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES } from '../../demo/names';
import { demoDiagnostic } from '../diagnostic/diagnostic.demo';
import { mentoringMentors, mentoringPairs, mentoringSessions } from './mentoring.table';

const AREAS = ['information', 'communication', 'content', 'safety', 'problem_solving'] as const;
const TOPICS = ['Créer une adresse e-mail', 'Envoyer un CV en pièce jointe', 'Pointage en ligne', 'Prendre rendez-vous sur l’e-guichet', 'Reconnaître un e-mail frauduleux', 'Installer itsme', 'Préparer un entretien vidéo', 'Tax-on-web avec la personne'];

/**
 * Diginômes: 53 mentors trained in three groups (the report's figure) over the previous year, pairs with mentees in
 * digital divide, a session a week or so for two to four months, and a second diagnostic at the end of many pairs.
 */
export async function loadMentoringDemo(ctx: ModuleContext, demo: DemoContext) {
  const { random, pick } = demo;
  const year = demo.today.getUTCFullYear() - 1;
  const trainings = [
    { on: `${year}-02-17`, label: 'Formation Diginômes – groupe 1' },
    { on: `${year}-05-12`, label: 'Formation Diginômes – groupe 2' },
    { on: `${year}-09-22`, label: 'Formation Diginômes – groupe 3' },
  ];
  const people = demo.ids.people ?? [];
  if (people.length < 80) return;
  const mentorRows = Array.from({ length: 53 }, (_, i) => {
    const tr = trainings[i < 18 ? 0 : i < 36 ? 1 : 2];
    const registry = i % 5 === 0;
    return {
      personId: registry ? people[people.length - 1 - i] : null,
      name: registry ? null : `${random() < 0.5 ? pick(FIRST_NAMES_F) : pick(FIRST_NAMES_M)} ${pick(LAST_NAMES)}`,
      phone: `04${70 + Math.floor(random() * 30)} ${String(Math.floor(random() * 100)).padStart(2, '0')} ${String(Math.floor(random() * 100)).padStart(2, '0')} ${String(Math.floor(random() * 100)).padStart(2, '0')}`,
      trainedOn: tr.on,
      training: tr.label,
      active: random() > 0.1,
      createdBy: demo.usersByRole.project_officer ?? null,
    };
  });
  const mentors = await ctx.db.insert(mentoringMentors).values(mentorRows).returning();
  const mentees = people.slice(0, 70).filter((id) => !mentorRows.some((m) => m.personId === id));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  let pairs = 0;
  let sessions = 0;
  for (const [i, menteeId] of mentees.slice(0, 45).entries()) {
    const mentor = mentors[i % mentors.length];
    const start = new Date(Date.parse(mentor.trainedOn!) + (10 + Math.floor(random() * 60)) * 86_400_000);
    if (start > demo.today) continue;
    const weeks = 6 + Math.floor(random() * 10);
    const end = new Date(start.getTime() + weeks * 7 * 86_400_000);
    const ended = end < demo.today && random() < 0.85;
    // The first diagnostic, the week before the pair starts.
    const level = pick([0, 0, 1, 1, 2]);
    await demoDiagnostic(ctx, demo, { personId: menteeId, helperId: demo.usersByRole.trainer ?? null, level, at: brusselsInstant(day(new Date(start.getTime() - 5 * 86_400_000)), '10:00'), commune: pick(['Jette', 'Bruxelles', 'Forest', 'Schaerbeek', 'Molenbeek-Saint-Jean']) });
    const [pair] = await ctx.db
      .insert(mentoringPairs)
      .values({ mentorId: mentor.id, menteeId, status: ended ? 'ended' : 'active', startsOn: day(start), endsOn: ended ? day(end) : null, createdBy: demo.usersByRole.project_officer ?? null })
      .returning();
    pairs++;
    const rows = [];
    for (let w = 0; w < weeks; w++) {
      const on = new Date(start.getTime() + (w * 7 + Math.floor(random() * 3)) * 86_400_000);
      if (on > demo.today || (ended && on > end)) break;
      if (random() < 0.15) continue;
      rows.push({ pairId: pair.id, on: day(on), minutes: pick([45, 60, 60, 90, 120]), areas: [pick(AREAS), ...(random() < 0.4 ? [pick(AREAS)] : [])].filter((a, k, all) => all.indexOf(a) === k), topics: pick(TOPICS), createdBy: demo.usersByRole.project_officer ?? null });
    }
    if (rows.length) await ctx.db.insert(mentoringSessions).values(rows);
    sessions += rows.length;
    // A second diagnostic at the end: most have gained a level or two.
    if (ended && random() < 0.8) await demoDiagnostic(ctx, demo, { personId: menteeId, helperId: demo.usersByRole.trainer ?? null, level: Math.min(4, level + pick([0, 1, 1, 2])), at: brusselsInstant(day(end), '14:00'), commune: null });
  }
  // Two pairs proposed, waiting for a first meeting.
  for (const menteeId of mentees.slice(45, 47)) await ctx.db.insert(mentoringPairs).values({ mentorId: mentors[mentors.length - 1].id, menteeId, status: 'proposed' });
  await ctx.audit.record(demo.actor, { action: 'mentoring.demo_load', entityType: 'mentoring_pair', details: { mentors: mentors.length, pairs, sessions } });
}
