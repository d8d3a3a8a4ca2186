import type { DemoContext, ModuleContext } from '../platform/module';
import { type ROLES } from '../platform/auth/roles';
import { systemActor } from '../platform/audit/audit.service';
import { modules } from '../modules';
import { seededRandom } from './names';
import { DEFAULT_OPENING_HOURS } from '../modules/sites/sites.service';
import { brusselsDay, nextDay } from '../platform/brussels-time';

/** How busy each month is (January first), 1 for an ordinary month: the Centrale's year. */
const SEASON = [1.0, 1.05, 1.1, 1.0, 1.05, 1.0, 0.55, 0.45, 1.25, 1.2, 1.1, 0.75];

export const DEMO_PASSWORD = 'demo-relais-2026';

const STAFF: { role: (typeof ROLES)[number]; name: string }[] = [
  { role: 'admin', name: 'Alex Admin' },
  { role: 'director', name: 'Dominique Lejeune' },
  { role: 'reception', name: 'Rachida Benhaddou' },
  { role: 'social_worker', name: 'Sophie Vandenberghe' },
  { role: 'trainer', name: 'Tarik Amrani' },
  { role: 'project_officer', name: 'Pauline Nsimba' },
  { role: 'communication', name: 'Chris Van Damme' },
  { role: 'logistics', name: 'Luc Mertens' },
];

/** Loads the fictional demo data set through the modules' own services. Refuses on a database with people in it. */
export async function loadDemo(ctx: ModuleContext, progress: (message: string) => void = () => {}) {
  if (!(await ctx.services.people.isEmpty())) throw new Error('The database already holds people: the demo loads only into an empty installation.');
  const actor = systemActor('demo');
  const random = seededRandom(2022);
  const usersByRole: Record<string, number> = {};
  const users: { role: string; email: string }[] = [];
  for (const s of STAFF) {
    const email = `${s.role.replace('_', '-')}@demo.relais.brussels`;
    const u = await ctx.auth.createUser(actor, { email, name: s.name, roles: [s.role], password: DEMO_PASSWORD });
    usersByRole[s.role] = u.id;
    users.push({ role: s.role, email });
  }
  const ids: Record<string, number[]> = { sites: [], organisations: [] };
  const sites = [
    { name: "Maison de l'Emploi", kind: 'main' as const, address: "Boulevard d'Anvers 26", postalCode: '1000', openingHours: DEFAULT_OPENING_HOURS },
    { name: 'Espace Social Télé-Service', kind: 'desk' as const, address: "Boulevard de l'Abattoir 27", postalCode: '1000', openingHours: [{ weekday: 3, from: '09:00', to: '12:00' }] },
    { name: 'Antenne Neder-over-Heembeek', kind: 'antenna' as const, address: 'Rue de Ransbeek 230', postalCode: '1120', openingHours: [] },
    { name: 'Antenne Versailles', kind: 'antenna' as const, address: 'Avenue de Versailles 104', postalCode: '1120', openingHours: [] },
  ];
  for (const s of sites) ids.sites.push((await ctx.services.sites.create(actor, s)).id);
  const orgs = [
    { name: 'Actiris', type: 'public_employment' as const, isInternalPartner: true, services: 'Inscription, accompagnement, offres d’emploi' },
    { name: 'Mission Locale de Bruxelles-Ville', type: 'training' as const, isInternalPartner: true, services: 'Orientation, formation, mise à l’emploi' },
    { name: 'CPAS de Bruxelles', type: 'social_welfare' as const, isInternalPartner: true, services: "Revenu d'intégration, aide sociale" },
    { name: 'ALE de Bruxelles-Ville', type: 'public_employment' as const, isInternalPartner: true, services: 'Agence locale pour l’emploi' },
    { name: 'JobRoad', type: 'association' as const, isInternalPartner: false, services: 'Recrutement sans CV' },
    { name: 'Interface3', type: 'training' as const, isInternalPartner: false, services: 'Formations numériques pour femmes' },
    { name: 'Bruxelles Formation', type: 'training' as const, isInternalPartner: false, services: 'Formation professionnelle' },
    { name: 'Lire et Écrire Bruxelles', type: 'association' as const, isInternalPartner: false, services: 'Alphabétisation' },
  ];
  for (const o of orgs) ids.organisations.push((await ctx.services.organisations.create(actor, o)).id);
  const today = brusselsDay(ctx.clock.now());
  const firstDay = `${Number(today.slice(0, 4)) - 1}-01-01`;
  const days: string[] = [];
  for (let d = firstDay; d < today; d = nextDay(d)) days.push(d);
  progress(`Demo data from ${firstDay} to ${today} (the whole of ${Number(today.slice(0, 4)) - 1} and ${today.slice(0, 4)} so far), module by module:`);
  const demo: DemoContext = {
    random,
    pick: (items) => items[Math.floor(random() * items.length)],
    actor: { userId: usersByRole.admin, name: 'demo' },
    ids,
    usersByRole,
    today: ctx.clock.now(),
    firstDay,
    days,
    season: (month) => SEASON[month - 1] ?? 1,
    progress,
  };
  const started = Date.now();
  const withDemo = modules.filter((m) => m.demo);
  for (const [i, mod] of withDemo.entries()) {
    const t0 = Date.now();
    await mod.demo!(ctx, demo);
    progress(`  [${i + 1}/${withDemo.length}] ${mod.name.padEnd(14)} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  progress(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return { users, password: DEMO_PASSWORD };
}
