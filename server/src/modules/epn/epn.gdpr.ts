import { asc, eq, inArray } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import { addMessages, hasMessage, translate } from '../../platform/i18n/messages';
import { epnHelpKinds, epnVisitHelp, epnVisits, epnWorkstations } from './epn.table';

const HELP = {
  fr: { e_guichet: 'E-guichet de la commune', unemployment_stamping: 'Pointage de chômage numérique', temp_contract_signing: 'Signature de contrat intérim', cv_job_search: 'CV et recherche d’emploi', tax_on_web: 'Tax-on-web', pc_banking: 'PC banking', pension: 'Dossier de pension', student_at_work: 'Student@work', video_interview: 'Entretien vidéo', individual_coaching: 'Coaching individuel', other: 'Autre' },
  nl: { e_guichet: 'E-loket van de gemeente', unemployment_stamping: 'Digitale stempelkaart', temp_contract_signing: 'Interimcontract ondertekenen', cv_job_search: 'Cv en werk zoeken', tax_on_web: 'Tax-on-web', pc_banking: 'PC-banking', pension: 'Pensioendossier', student_at_work: 'Student@work', video_interview: 'Videosollicitatie', individual_coaching: 'Individuele coaching', other: 'Andere' },
  en: { e_guichet: 'Commune e-counter', unemployment_stamping: 'Unemployment e-stamping', temp_contract_signing: 'Temp-work contract signing', cv_job_search: 'CV and job search', tax_on_web: 'Tax-on-web', pc_banking: 'PC banking', pension: 'Pension file', student_at_work: 'Student@work', video_interview: 'Video interview', individual_coaching: 'Individual coaching', other: 'Other' },
};
const helpMessages = (l: keyof typeof HELP) => Object.fromEntries(Object.entries(HELP[l]).map(([k, v]) => [`epn.gdpr.help.${k}`, v]));

addMessages({
  fr: {
    ...helpMessages('fr'),
    'epn.gdpr.title': 'Visites à l’Espace Public Numérique',
    'epn.gdpr.queued': 'En attente depuis',
    'epn.gdpr.started': 'Arrivée au poste',
    'epn.gdpr.ended': 'Départ',
    'epn.gdpr.status': 'État',
    'epn.gdpr.workstation': 'Poste',
    'epn.gdpr.help': 'Aide apportée',
    'epn.gdpr.label': 'Nom affiché au tableau',
    'epn.gdpr.notes': 'Remarques',
    'epn.gdpr.status.waiting': 'En attente',
    'epn.gdpr.status.open': 'En cours',
    'epn.gdpr.status.closed': 'Terminée',
    'epn.gdpr.status.left': 'Partie avant d’avoir un poste',
    'audit.action.epn.check_in': 'Arrivée à l’EPN',
    'audit.action.epn.queue': 'Inscription sur la liste d’attente de l’EPN',
    'audit.action.epn.visit_record': 'Visite à l’EPN enregistrée',
  },
  nl: {
    ...helpMessages('nl'),
    'epn.gdpr.title': 'Bezoeken aan de Openbare Computerruimte',
    'epn.gdpr.queued': 'Wachtend sinds',
    'epn.gdpr.started': 'Aan de werkpost',
    'epn.gdpr.ended': 'Vertrek',
    'epn.gdpr.status': 'Toestand',
    'epn.gdpr.workstation': 'Werkpost',
    'epn.gdpr.help': 'Geboden hulp',
    'epn.gdpr.label': 'Naam op het bord',
    'epn.gdpr.notes': 'Opmerkingen',
    'epn.gdpr.status.waiting': 'Wachtend',
    'epn.gdpr.status.open': 'Bezig',
    'epn.gdpr.status.closed': 'Afgelopen',
    'epn.gdpr.status.left': 'Vertrokken zonder werkpost',
    'audit.action.epn.check_in': 'Aankomst in de OCR',
    'audit.action.epn.queue': 'Op de wachtlijst van de OCR gezet',
    'audit.action.epn.visit_record': 'Bezoek aan de OCR geregistreerd',
  },
  en: {
    ...helpMessages('en'),
    'epn.gdpr.title': 'Visits to the public digital space',
    'epn.gdpr.queued': 'Waiting since',
    'epn.gdpr.started': 'At a workstation from',
    'epn.gdpr.ended': 'Left at',
    'epn.gdpr.status': 'State',
    'epn.gdpr.workstation': 'Workstation',
    'epn.gdpr.help': 'Help given',
    'epn.gdpr.label': 'Name shown on the board',
    'epn.gdpr.notes': 'Notes',
    'epn.gdpr.status.waiting': 'Waiting',
    'epn.gdpr.status.open': 'Under way',
    'epn.gdpr.status.closed': 'Finished',
    'epn.gdpr.status.left': 'Left before getting a workstation',
    'audit.action.epn.check_in': 'Checked in at the EPN',
    'audit.action.epn.queue': 'Put on the EPN waiting list',
    'audit.action.epn.visit_record': 'EPN visit recorded',
  },
});

/** The public digital space's part of a person's own data (GDPR access): every visit, its help and notes. */
export function registerEpnGdpr(ctx: ModuleContext) {
  ctx.registry.gdprPart({
    key: 'epn',
    tables: ['epn_visits', 'epn_visit_help'],
    async collect({ personId, locale }) {
      const T = (k: string) => translate(locale, `epn.gdpr.${k}`);
      const visits = await ctx.db
        .select({ visit: epnVisits, workstation: epnWorkstations.name })
        .from(epnVisits)
        .leftJoin(epnWorkstations, eq(epnWorkstations.id, epnVisits.workstationId))
        .where(eq(epnVisits.personId, personId))
        .orderBy(asc(epnVisits.createdAt), asc(epnVisits.id));
      const ids = visits.map((v) => v.visit.id);
      const help = ids.length
        ? await ctx.db.select({ visitId: epnVisitHelp.visitId, kind: epnHelpKinds }).from(epnVisitHelp).innerJoin(epnHelpKinds, eq(epnHelpKinds.id, epnVisitHelp.helpKindId)).where(inArray(epnVisitHelp.visitId, ids))
        : [];
      const helpLabel = (k: typeof epnHelpKinds.$inferSelect) => (k.code && hasMessage(`epn.gdpr.help.${k.code}`) ? T(`help.${k.code}`) : k.label);
      const iso = (d: Date | null) => (d ? d.toISOString() : null);
      return [
        {
          key: 'epn_visits',
          title: T('title'),
          columns: ['queued', 'started', 'ended', 'status', 'workstation', 'help', 'label', 'notes'].map((key) => ({ key, label: T(key) })),
          rows: visits.map(({ visit: v, workstation }) => ({
            queued: iso(v.queuedAt),
            started: iso(v.startedAt),
            ended: iso(v.endedAt),
            status: T(`status.${v.status}`),
            workstation,
            help: help.filter((h) => h.visitId === v.id).map((h) => helpLabel(h.kind)).join(', ') || null,
            label: v.label,
            notes: v.notes,
          })),
        },
      ];
    },
  });
}
