import type { DemoContext, ModuleContext } from '../../platform/module';
import { brusselsInstant, isoWeekday } from '../../platform/brussels-time';
import { frontdeskVisits, INTERNAL_SERVICES } from './frontdesk.table';
import { outsideOpeningHours } from './frontdesk.service';

/** The front-desk visits of the last full year and of this one at the Maison de l'Emploi (and a few at the Espace Social Télé-Service). */
export async function loadFrontdeskDemo(ctx: ModuleContext, demo: DemoContext) {
  const { random, pick } = demo;
  const reasons = await ctx.services.frontdesk.reasons();
  const weights: Record<string, number> = { job_search: 30, actiris_registration: 25, training: 10, social_help: 10, digital_help: 10, appointment: 12, information: 15, event: 3, room_rental: 3, delivery_or_works: 3, partner: 3, other: 2 };
  const weighted = reasons.flatMap((r) => Array(weights[r.code] ?? 1).fill(r));
  const orgs = demo.ids.organisations ?? [];
  const [mainSiteId, deskSiteId] = demo.ids.sites ?? [];
  if (!mainSiteId) return;
  const sites = new Map((await ctx.services.sites.list(true)).map((s) => [s.id, s]));
  const people = demo.ids.people ?? [];
  const rows: (typeof frontdeskVisits.$inferInsert)[] = [];
  const end = demo.today;
  // The last full year and this one, day by day, busier in autumn and quieter in summer.
  for (const day of demo.days) {
    const wd = isoWeekday(day);
    if (wd > 5) continue;
    const perDay = Math.round((4 + Math.floor(random() * 12)) * demo.season(Number(day.slice(5, 7))));
    for (let i = 0; i < perDay; i++) {
      const atEst = deskSiteId && wd === 3 && random() < 0.25;
      const siteId = atEst ? deskSiteId : mainSiteId;
      // Mostly within 8:30-12:30 / 13:30-16:30; a few early or late arrivals.
      const minute = atEst ? 9 * 60 + Math.floor(random() * 180) : random() < 0.04 ? 8 * 60 + Math.floor(random() * 30) : pick([8 * 60 + 30, 13 * 60 + 30]) + Math.floor(random() * 180);
      const at = brusselsInstant(day, `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`);
      if (at > end) continue;
      const reason = pick(weighted);
      const toPartner = random() < 0.35 && orgs.length;
      rows.push({
        at,
        siteId,
        personId: people.length && random() < 0.4 ? pick(people) : null,
        reasonId: reason.id,
        orientationService: toPartner ? null : random() < 0.85 ? pick(INTERNAL_SERVICES) : null,
        orientationOrganisationId: toPartner ? pick(orgs) : null,
        outOfHours: outsideOpeningHours(sites.get(siteId)?.openingHours ?? [], at),
        createdBy: demo.usersByRole.reception ?? null,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500) await ctx.db.insert(frontdeskVisits).values(rows.slice(i, i + 500));
  await ctx.audit.record(demo.actor, { action: 'frontdesk.demo_load', entityType: 'frontdesk_visit', details: { visits: rows.length } });
}
