import type { DemoContext, ModuleContext } from '../../platform/module';

/** Projects like the report's, and the figures that are not tracked person by person (last year). */
export async function loadObservatoryDemo(ctx: ModuleContext, demo: DemoContext) {
  const obs = ctx.services.observatory;
  const year = demo.today.getUTCFullYear();
  const last = year - 1;
  const actor = { userId: demo.usersByRole.director, name: 'demo' };
  const manual = [
    { activityKey: 'brussels_job_day', label: 'Brussels Job Day', labelNl: 'Brussels Job Day', labelEn: 'Brussels Job Day', value: 2000, unit: 'head_count' as const, source: 'Comptage à l’entrée du salon' },
    { activityKey: 'fundtruck', label: 'Fundtruck (concours de pitch)', labelNl: 'Fundtruck (pitchwedstrijd)', labelEn: 'Fundtruck (pitch contest)', value: 5, unit: 'participations' as const, source: 'Liste des candidats du jury' },
    { activityKey: 'ateliers_solutions_noh', label: 'Ateliers Solutions NOH', labelNl: 'Oplossingsworkshops NOH', labelEn: 'Solutions workshops NOH', value: 40, unit: 'head_count' as const, source: 'Feuille de présence du 1er atelier' },
    { activityKey: 'website', label: 'Site web et réseaux sociaux', labelNl: 'Website en sociale netwerken', labelEn: 'Website and social networks', value: 20938, unit: 'external' as const, source: 'Outil de statistiques du site (utilisateurs distincts)' },
  ];
  for (const m of manual) await obs.setManualFigure(actor, { year: last, ...m });
  const po = { userId: demo.usersByRole.project_officer, name: 'demo' };
  await obs.saveProject(po, {
    name: 'Allo-Digiparcours',
    descriptionFr: 'Diagnostic de la fracture numérique et orientation vers la bonne formation numérique (projet pilote Actiris).',
    descriptionNl: 'Diagnose van de digitale kloof en doorverwijzing naar de juiste digitale opleiding (proefproject van Actiris).',
    funders: ['Actiris'],
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    neighbourhood: null,
    targetGroups: ['job_seekers'],
    objectives: [{ labelFr: 'Visites à l’EPN', labelNl: 'Bezoeken aan de EPN', activityKey: 'epn', target: 400 }],
  });
  await obs.saveProject(po, {
    name: 'Contrat de Quartier Durable Versailles',
    descriptionFr: 'Accompagnement des chercheurs d’emploi du quartier Versailles (Neder-over-Heembeek).',
    descriptionNl: 'Begeleiding van werkzoekenden uit de Versailleswijk (Neder-over-Heembeek).',
    funders: ['Ville de Bruxelles', 'Région de Bruxelles-Capitale'],
    periodStart: `${year - 1}-01-01`,
    periodEnd: `${year + 2}-12-31`,
    neighbourhood: 'Versailles',
    targetGroups: ['over_50', 'under_30'],
    objectives: [{ labelFr: 'Personnes reçues à la permanence sociale', labelNl: 'Personen ontvangen op de sociale permanentie', activityKey: 'social_desk', target: 400 }],
  });
  await obs.setReportText(actor, last, 'introduction', 'fr', `L’année ${last} a vu la fréquentation de nos services continuer à croître, en particulier l’Espace Public Numérique et la location de nos salles.`);
  await obs.setReportText(actor, last, 'introduction', 'nl', `In ${last} bleef het gebruik van onze diensten groeien, vooral de Openbare Computerruimte en de verhuur van onze zalen.`);
}
