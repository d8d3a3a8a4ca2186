import type { DemoContext, ModuleContext } from '../../platform/module';

/**
 * A year of social-desk interviews over the demo people: about 130 people followed at the Maison de
 * l'Emploi (some seen several times) and Wednesday-morning job interviews at the Espace Social Télé-Service.
 */
export async function loadSocialdeskDemo(ctx: ModuleContext, demo: DemoContext) {
  const { random, pick } = demo;
  const people = demo.ids.people ?? [];
  const [mainSiteId, deskSiteId] = demo.ids.sites ?? [];
  if (!people.length || !mainSiteId) return;
  const categories = (await ctx.services.socialdesk.categories()).map((c) => c.code);
  const common = ['housing', 'housing', 'budget_debt', 'administrative', 'administrative', 'medical', 'relational', 'employment', 'employment'];
  const orgs = demo.ids.organisations ?? [];
  const actor = { userId: demo.usersByRole.social_worker ?? demo.actor.userId, name: 'Sophie Vandenberghe' };
  const end = demo.today;
  const day = (offsetDays: number) => new Date(end.getTime() - offsetDays * 86_400_000).toISOString().slice(0, 10);
  const weekday = (d: string) => new Date(`${d}T12:00:00Z`).getUTCDay();
  const workday = (offset: number) => {
    let d = day(offset);
    while (weekday(d) === 0 || weekday(d) === 6) d = day(++offset);
    return d;
  };
  const followed = people.filter(() => random() < 0.45);
  const actions = [
    'Aide à la constitution du dossier CPAS',
    'Orientation vers la médiation de dettes',
    'Recherche de logement : liste des AIS remise',
    'Courrier de recours rédigé ensemble',
    'Inscription chez Actiris vérifiée',
    'Demande de mutuelle complétée',
    'Information sur les crèches du quartier',
  ];
  const steps = ['Revenir avec les documents demandés', 'Rendez-vous au CPAS', 'Rappeler la semaine prochaine', 'Bilan dans un mois'];
  let created = 0;
  for (const personId of followed) {
    const visits = 1 + Math.floor(random() * random() * 5);
    let offset = 5 + Math.floor(random() * 720);
    for (let v = 0; v < visits && offset > 0; v++) {
      const date = workday(offset);
      if (date > end.toISOString().slice(0, 10)) break;
      const cats = [...new Set([pick(common), ...(random() < 0.4 ? [pick(categories)] : [])])];
      const next = random() < 0.5 ? workday(Math.max(0, offset - 7 - Math.floor(random() * 21))) : null;
      try {
        const interview = await ctx.services.socialdesk.createInterview(actor, {
          personId,
          date,
          siteId: mainSiteId,
          kind: pick(['appointment', 'appointment', 'drop_in', 'drop_in', 'phone'] as const),
          categories: cats,
          actions: pick(actions),
          referrals: orgs.length && random() < 0.5 ? [{ organisationId: pick(orgs) }] : [],
          nextStep: next ? pick(steps) : null,
          nextStepDate: next && next >= date ? next : null,
        });
        if (random() < 0.2) await ctx.services.socialdesk.addNote(actor, interview.id, 'Note confidentielle fictive (démo) : situation familiale à suivre.');
        created++;
      } catch {
        // a demo person may have been merged or erased by an earlier module: skip
      }
      offset -= 10 + Math.floor(random() * 60);
    }
  }
  if (deskSiteId) {
    // Wednesday mornings at the Espace Social Télé-Service: job interviews.
    // from 1 January of the last full year
    for (let offset = demo.days.length; offset > 0; offset -= 7) {
      let d = day(offset);
      while (weekday(d) !== 3) d = day(--offset);
      const n = Math.floor(random() * 3);
      for (let i = 0; i < n; i++) {
        await ctx.services.socialdesk.createInterview(actor, {
          personId: pick(people),
          date: d,
          siteId: deskSiteId,
          kind: 'drop_in',
          categories: ['employment'],
          actions: 'Bilan des démarches et information ISP',
          referrals: orgs.length ? [{ organisationId: pick(orgs.slice(0, 2)) }] : [],
        });
        created++;
      }
    }
  }
  // Some follow-ups ended during the year.
  for (const personId of followed.slice(0, Math.floor(followed.length / 5))) {
    const f = await ctx.services.socialdesk.followups(actor, personId);
    if (f.current && f.current.startDate < day(30)) await ctx.services.socialdesk.updateFollowup(actor, f.current.id, { endDate: day(Math.floor(random() * 25)) });
  }
  await ctx.audit.record(demo.actor, { action: 'socialdesk.demo_load', entityType: 'socialdesk_interview', details: { interviews: created } });
}
