import type { DemoContext, ModuleContext } from '../../platform/module';
import { brusselsInstant } from '../../platform/brussels-time';
import { CONTRACT_TYPES, offersExhibitors, offersOffers } from './offers.table';

// Fictional employers and organisations of a Brussels job fair (36 employers, 13 training and support organisations).
const EMPLOYER_SECTORS: [string, string, string][] = [
  ['Hôtel', 'Hotel', 'horeca'],
  ['Brasserie', 'Brasserie', 'horeca'],
  ['Nettoyage', 'Schoonmaak', 'cleaning'],
  ['Logistique', 'Logistiek', 'logistics'],
  ['Soins', 'Zorg', 'care'],
  ['Construction', 'Bouw', 'construction'],
  ['Sécurité', 'Beveiliging', 'security'],
  ['Distribution', 'Distributie', 'retail'],
  ['Informatique', 'Informatica', 'it'],
];
const NAMES = ['Sablon', 'Marolles', 'Heysel', 'Senne', 'Atomium', 'Dansaert', 'Flagey', 'Laeken', 'Haren', 'Cinquantenaire', 'Botanique', 'Midi'];
const JOBS: Record<string, [string, string][]> = {
  horeca: [['Commis de cuisine', 'Keukenhulp'], ['Serveur / serveuse', 'Kelner / serveerster'], ['Réceptionniste d’hôtel', 'Hotelreceptionist'], ['Plongeur', 'Afwasser']],
  cleaning: [['Technicien de surface', 'Schoonmaker'], ['Chef d’équipe nettoyage', 'Ploegbaas schoonmaak']],
  logistics: [['Magasinier', 'Magazijnier'], ['Cariste', 'Heftruckchauffeur'], ['Chauffeur-livreur', 'Chauffeur-leverancier']],
  care: [['Aide-soignant', 'Zorgkundige'], ['Aide familiale', 'Gezinshelper'], ['Infirmier', 'Verpleegkundige']],
  construction: [['Maçon', 'Metselaar'], ['Électricien', 'Elektricien'], ['Manœuvre', 'Handlanger']],
  security: [['Agent de gardiennage', 'Bewakingsagent'], ['Steward', 'Steward']],
  retail: [['Vendeur', 'Verkoper'], ['Caissier', 'Kassier'], ['Réassortisseur', 'Rekkenvuller']],
  it: [['Helpdesk informatique', 'IT-helpdesk'], ['Développeur web junior', 'Junior webontwikkelaar']],
};
const COMMUNES = ['Bruxelles', 'Laeken', 'Neder-over-Heembeek', 'Haren', 'Anderlecht', 'Schaerbeek', 'Molenbeek-Saint-Jean', 'Ixelles', 'Evere', 'Forest'];
const TRAINING = ['Centre de formation Quai des Métiers', 'Atelier Numérique du Canal', 'École des Métiers de la Ville', 'Formations Horeca Bruxelles', 'Bouwschool Brussel', 'Zorgopleiding Noord', 'Langues pour l’Emploi'];
const SUPPORT = ['Maison de Quartier Nord', 'Job Coaching Molenbeek', 'Antenne Emploi Haren', 'Réseau Insertion 50+', 'Jeunes et Métiers asbl', 'Femmes au Travail asbl'];

/**
 * A Brussels Job Day in October of each of the two last whole years (as the 2022 one at the Heysel): 36 employers and
 * 13 training and support organisations by stand, about 2,000 positions, about 148 job seekers met per exhibitor;
 * and the offers partners posted during those years.
 */
export async function loadOffersDemo(ctx: ModuleContext, demo: DemoContext) {
  const { random, pick, actor } = demo;
  const thisYear = demo.today.getUTCFullYear();
  const years = [thisYear - 2, thisYear - 1];
  // The events module's demo fairs when it made them; else two event ids (shown as "event #id").
  const eventIds = demo.ids.jobFairs?.length ? demo.ids.jobFairs.slice(-2) : (demo.ids.events?.slice(0, 2) ?? [1, 2]);
  const orgIds: { id: number; kind: 'employer' | 'training' | 'support'; sector: string }[] = [];
  let n = 0;
  for (const [fr, , sector] of EMPLOYER_SECTORS)
    for (let i = 0; i < 4; i++) {
      const name = `${fr} ${NAMES[(n++ * 5) % NAMES.length]} ${['SA', 'SRL', 'SC', 'asbl'][i]}`;
      const o = await ctx.services.organisations.create(actor, { name, type: 'employer', postalCode: '1000', contactName: null, isInternalPartner: false, active: true });
      orgIds.push({ id: o.id, kind: 'employer', sector });
    }
  for (const name of TRAINING) orgIds.push({ id: (await ctx.services.organisations.create(actor, { name, type: 'training', isInternalPartner: false, active: true })).id, kind: 'training', sector: '' });
  for (const name of SUPPORT) orgIds.push({ id: (await ctx.services.organisations.create(actor, { name, type: 'association', isInternalPartner: false, active: true })).id, kind: 'support', sector: '' });

  const offers: (typeof offersOffers.$inferInsert)[] = [];
  for (const [k, year] of years.entries()) {
    const eventId = eventIds[k] ?? k + 1;
    const fairDay = `${year}-10-0${4 + k}`;
    const at = brusselsInstant(fairDay, '09:00');
    const rows = await ctx.db
      .insert(offersExhibitors)
      .values(
        orgIds.map((o, i) => {
          const met = 90 + Math.floor(random() * 120);
          return {
            eventId,
            organisationId: o.id,
            kind: o.kind,
            stand: `${String.fromCharCode(65 + Math.floor(i / 10))}${(i % 10) + 1}`,
            contactName: pick(['Sofie Claes', 'Karim Benali', 'Anne Dubois', 'Pieter Janssens', 'Nadia El Amrani', 'Marc Lambert']),
            contactEmail: `salon${i + 1}@exposant.example`,
            contactPhone: `02 5${String(10 + i).padStart(2, '0')} ${String(10 + Math.floor(random() * 89))} ${String(10 + Math.floor(random() * 89))}`,
            metCount: met,
            cvReceived: Math.floor(met * (0.2 + random() * 0.2)),
            interviewsPlanned: Math.floor(met * 0.08),
            hired: Math.floor(met * random() * 0.03),
            createdBy: actor.userId,
            createdAt: at,
            updatedAt: at,
          };
        }),
      )
      .returning();
    for (const e of rows) {
      const o = orgIds.find((x) => x.id === e.organisationId)!;
      if (o.kind !== 'employer') continue;
      // About 2,000 positions over 36 employers: 2 or 3 offers each, 15 to 30 positions per offer.
      const count = 2 + Math.floor(random() * 2);
      for (let j = 0; j < count; j++) {
        const [titleFr, titleNl] = pick(JOBS[o.sector]);
        offers.push({
          titleFr,
          titleNl,
          organisationId: o.id,
          contractType: pick(CONTRACT_TYPES.slice(0, 4)),
          workingTime: random() < 0.7 ? 'full_time' : 'part_time',
          hoursPerWeek: random() < 0.7 ? 38 : 19,
          commune: pick(COMMUNES),
          descriptionFr: `${titleFr} pour notre équipe bruxelloise. Formation assurée, horaire stable.`,
          descriptionNl: `${titleNl} voor ons Brusselse team. Opleiding voorzien, vast uurrooster.`,
          positions: 15 + Math.floor(random() * 16),
          skills: ['Ponctualité', 'Travail en équipe'],
          languages: random() < 0.5 ? ['fr', 'nl'] : ['fr'],
          validThrough: `${year}-12-31`,
          source: 'fair',
          status: 'expired',
          eventId,
          exhibitorId: e.id,
          publishedAt: brusselsInstant(`${year}-09-20`, '10:00'),
          createdBy: actor.userId,
          createdAt: at,
          updatedAt: at,
        });
      }
    }
    // Offers posted by partners through the year.
    for (let m = 1; m <= 12; m++)
      for (let j = 0; j < 3; j++) {
        const o = pick(orgIds.filter((x) => x.kind === 'employer'));
        const [titleFr, titleNl] = pick(JOBS[o.sector]);
        const day = `${year}-${String(m).padStart(2, '0')}-${String(1 + Math.floor(random() * 27)).padStart(2, '0')}`;
        offers.push({
          titleFr,
          titleNl,
          organisationId: o.id,
          contractType: pick(CONTRACT_TYPES),
          workingTime: 'full_time',
          hoursPerWeek: 38,
          commune: pick(COMMUNES),
          positions: 1 + Math.floor(random() * 3),
          validThrough: `${year}-${String(m).padStart(2, '0')}-28`,
          source: random() < 0.6 ? 'partner' : 'staff',
          status: random() < 0.3 ? 'filled' : 'expired',
          publishedAt: brusselsInstant(day, '10:00'),
          createdBy: actor.userId,
          createdAt: brusselsInstant(day, '09:00'),
          updatedAt: brusselsInstant(day, '10:00'),
        });
      }
  }
  for (let i = 0; i < offers.length; i += 200) await ctx.db.insert(offersOffers).values(offers.slice(i, i + 200));
  demo.ids.offersExhibitors = [];
}
