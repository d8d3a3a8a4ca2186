import { asc, eq } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import { addMessages, translate } from '../../platform/i18n/messages';
import { frontdeskReasons, frontdeskVisits } from './frontdesk.table';
import { labelOf } from './frontdesk.service';

addMessages({
  fr: {
    'frontdesk.gdpr.title': 'Visites à l’accueil',
    'frontdesk.gdpr.at': 'Date et heure',
    'frontdesk.gdpr.site': 'Site',
    'frontdesk.gdpr.reason': 'Motif',
    'frontdesk.gdpr.orientation': 'Orientation',
    'frontdesk.gdpr.note': 'Remarque',
    'audit.action.frontdesk.visit_create': 'Visite à l’accueil enregistrée',
    'audit.action.frontdesk.visit_update': 'Visite à l’accueil corrigée',
    'audit.action.frontdesk.visit_delete': 'Visite à l’accueil supprimée',
  },
  nl: {
    'frontdesk.gdpr.title': 'Bezoeken aan het onthaal',
    'frontdesk.gdpr.at': 'Datum en uur',
    'frontdesk.gdpr.site': 'Vestiging',
    'frontdesk.gdpr.reason': 'Reden',
    'frontdesk.gdpr.orientation': 'Doorverwijzing',
    'frontdesk.gdpr.note': 'Opmerking',
    'audit.action.frontdesk.visit_create': 'Bezoek aan het onthaal geregistreerd',
    'audit.action.frontdesk.visit_update': 'Bezoek aan het onthaal verbeterd',
    'audit.action.frontdesk.visit_delete': 'Bezoek aan het onthaal verwijderd',
  },
  en: {
    'frontdesk.gdpr.title': 'Visits to the front desk',
    'frontdesk.gdpr.at': 'Date and time',
    'frontdesk.gdpr.site': 'Site',
    'frontdesk.gdpr.reason': 'Reason',
    'frontdesk.gdpr.orientation': 'Oriented to',
    'frontdesk.gdpr.note': 'Note',
    'audit.action.frontdesk.visit_create': 'Front-desk visit recorded',
    'audit.action.frontdesk.visit_update': 'Front-desk visit corrected',
    'audit.action.frontdesk.visit_delete': 'Front-desk visit deleted',
  },
});

/** The front desk's part of a person's own data (GDPR access): every visit, with its note. */
export function registerFrontdeskGdpr(ctx: ModuleContext) {
  ctx.registry.gdprPart({
    key: 'frontdesk',
    tables: ['frontdesk_visits'],
    async collect({ personId, locale }) {
      const rows = await ctx.db
        .select({ visit: frontdeskVisits, reason: frontdeskReasons })
        .from(frontdeskVisits)
        .innerJoin(frontdeskReasons, eq(frontdeskReasons.id, frontdeskVisits.reasonId))
        .where(eq(frontdeskVisits.personId, personId))
        .orderBy(asc(frontdeskVisits.at), asc(frontdeskVisits.id));
      const sites = new Map((await ctx.services.sites.list(true)).map((s) => [s.id, s.name]));
      const organisations = new Map((await ctx.services.organisations.list({ includeInactive: true })).map((o) => [o.id, o.name]));
      const T = (k: string) => translate(locale, `frontdesk.gdpr.${k}`);
      return [
        {
          key: 'frontdesk_visits',
          title: T('title'),
          columns: ['at', 'site', 'reason', 'orientation', 'note'].map((key) => ({ key, label: T(key) })),
          rows: rows.map(({ visit: v, reason }) => ({
            at: v.at.toISOString(),
            site: sites.get(v.siteId) ?? null,
            reason: labelOf(reason, locale),
            orientation: v.orientationService
              ? translate(locale, `frontdesk.service.${v.orientationService}`)
              : v.orientationOrganisationId
                ? (organisations.get(v.orientationOrganisationId) ?? null)
                : null,
            note: v.note,
          })),
        },
      ];
    },
  });
}
