import { asc, eq, inArray } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { Role } from '../../platform/auth/roles';
import type { GdprSection } from '../../platform/registries';
import { addMessages, translate, type Locale } from '../../platform/i18n/messages';
import { socialdeskCategories, socialdeskConfidentialNotes, socialdeskFollowups, socialdeskInterviewCategories, socialdeskInterviews, socialdeskReferrals } from './socialdesk.table';
import { canReadConfidential } from './socialdesk.service';

addMessages({
  fr: {
    'socialdesk.gdpr.followups': 'Suivis par la permanence sociale',
    'socialdesk.gdpr.interviews': 'Entretiens à la permanence sociale',
    'socialdesk.gdpr.referrals': 'Orientations vers des partenaires',
    'socialdesk.gdpr.notes': 'Notes confidentielles',
    'socialdesk.gdpr.start': 'Début',
    'socialdesk.gdpr.end': 'Fin',
    'socialdesk.gdpr.closing_note': 'Note de clôture',
    'socialdesk.gdpr.date': 'Date',
    'socialdesk.gdpr.site': 'Site',
    'socialdesk.gdpr.kind': 'Type d’entretien',
    'socialdesk.gdpr.categories': 'Problématiques',
    'socialdesk.gdpr.actions': 'Actions',
    'socialdesk.gdpr.next_step': 'Prochaine étape',
    'socialdesk.gdpr.next_step_date': 'Date de la prochaine étape',
    'socialdesk.gdpr.interview': 'Entretien du',
    'socialdesk.gdpr.organisation': 'Partenaire',
    'socialdesk.gdpr.note': 'Note',
    'socialdesk.gdpr.written': 'Écrite le',
    'socialdesk.gdpr.notes_withheld':
      '{{count}} note(s) confidentielle(s) de l’assistant·e social·e existent et ne figurent pas dans cet export : seul·e un·e assistant·e social·e de la permanence sociale peut les inclure. Adressez la demande à la permanence sociale.',
    'socialdesk.gdpr.content_withheld': 'Le contenu des entretiens n’est lisible que par la permanence sociale : adressez la demande à la permanence sociale.',
    'audit.action.socialdesk.followup_open': 'Suivi social ouvert',
    'audit.action.socialdesk.followup_close': 'Suivi social clôturé',
    'audit.action.socialdesk.followup_update': 'Suivi social modifié',
    'audit.action.socialdesk.followups_read': 'Suivis sociaux consultés',
    'audit.action.socialdesk.interview_create': 'Entretien social enregistré',
    'audit.action.socialdesk.interview_read': 'Entretien social consulté',
    'audit.action.socialdesk.interviews_read': 'Entretiens sociaux consultés',
    'audit.action.socialdesk.interview_update': 'Entretien social modifié',
    'audit.action.socialdesk.interview_delete': 'Entretien social supprimé',
    'audit.action.socialdesk.notes_read': 'Notes confidentielles consultées',
    'audit.action.socialdesk.note_create': 'Note confidentielle écrite',
    'audit.action.socialdesk.note_update': 'Note confidentielle modifiée',
  },
  nl: {
    'socialdesk.gdpr.followups': 'Opvolging door de sociale permanentie',
    'socialdesk.gdpr.interviews': 'Gesprekken bij de sociale permanentie',
    'socialdesk.gdpr.referrals': 'Doorverwijzingen naar partners',
    'socialdesk.gdpr.notes': 'Vertrouwelijke notities',
    'socialdesk.gdpr.start': 'Begin',
    'socialdesk.gdpr.end': 'Einde',
    'socialdesk.gdpr.closing_note': 'Afsluitende notitie',
    'socialdesk.gdpr.date': 'Datum',
    'socialdesk.gdpr.site': 'Vestiging',
    'socialdesk.gdpr.kind': 'Soort gesprek',
    'socialdesk.gdpr.categories': 'Problematieken',
    'socialdesk.gdpr.actions': 'Acties',
    'socialdesk.gdpr.next_step': 'Volgende stap',
    'socialdesk.gdpr.next_step_date': 'Datum van de volgende stap',
    'socialdesk.gdpr.interview': 'Gesprek van',
    'socialdesk.gdpr.organisation': 'Partner',
    'socialdesk.gdpr.note': 'Notitie',
    'socialdesk.gdpr.written': 'Geschreven op',
    'socialdesk.gdpr.notes_withheld':
      'Er bestaan {{count}} vertrouwelijke notitie(s) van de maatschappelijk werker die niet in deze export staan: alleen een maatschappelijk werker van de sociale permanentie kan ze opnemen. Richt de vraag aan de sociale permanentie.',
    'socialdesk.gdpr.content_withheld': 'De inhoud van de gesprekken is alleen leesbaar voor de sociale permanentie: richt de vraag aan de sociale permanentie.',
    'audit.action.socialdesk.followup_open': 'Sociale opvolging geopend',
    'audit.action.socialdesk.followup_close': 'Sociale opvolging afgesloten',
    'audit.action.socialdesk.followup_update': 'Sociale opvolging gewijzigd',
    'audit.action.socialdesk.followups_read': 'Sociale opvolgingen ingekeken',
    'audit.action.socialdesk.interview_create': 'Sociaal gesprek geregistreerd',
    'audit.action.socialdesk.interview_read': 'Sociaal gesprek ingekeken',
    'audit.action.socialdesk.interviews_read': 'Sociale gesprekken ingekeken',
    'audit.action.socialdesk.interview_update': 'Sociaal gesprek gewijzigd',
    'audit.action.socialdesk.interview_delete': 'Sociaal gesprek verwijderd',
    'audit.action.socialdesk.notes_read': 'Vertrouwelijke notities ingekeken',
    'audit.action.socialdesk.note_create': 'Vertrouwelijke notitie geschreven',
    'audit.action.socialdesk.note_update': 'Vertrouwelijke notitie gewijzigd',
  },
  en: {
    'socialdesk.gdpr.followups': 'Follow-ups by the social desk',
    'socialdesk.gdpr.interviews': 'Interviews at the social desk',
    'socialdesk.gdpr.referrals': 'Referrals to partners',
    'socialdesk.gdpr.notes': 'Confidential notes',
    'socialdesk.gdpr.start': 'Start',
    'socialdesk.gdpr.end': 'End',
    'socialdesk.gdpr.closing_note': 'Closing note',
    'socialdesk.gdpr.date': 'Date',
    'socialdesk.gdpr.site': 'Site',
    'socialdesk.gdpr.kind': 'Kind of interview',
    'socialdesk.gdpr.categories': 'Problems',
    'socialdesk.gdpr.actions': 'Actions',
    'socialdesk.gdpr.next_step': 'Next step',
    'socialdesk.gdpr.next_step_date': 'Date of the next step',
    'socialdesk.gdpr.interview': 'Interview of',
    'socialdesk.gdpr.organisation': 'Partner',
    'socialdesk.gdpr.note': 'Note',
    'socialdesk.gdpr.written': 'Written on',
    'socialdesk.gdpr.notes_withheld':
      '{{count}} confidential note(s) of the social worker exist and are not in this export: only a social worker of the social desk can include them. Address the request to the social desk.',
    'socialdesk.gdpr.content_withheld': 'What was said at the social desk can be read by the social desk only: address the request to the social desk.',
    'audit.action.socialdesk.followup_open': 'Social follow-up opened',
    'audit.action.socialdesk.followup_close': 'Social follow-up closed',
    'audit.action.socialdesk.followup_update': 'Social follow-up changed',
    'audit.action.socialdesk.followups_read': 'Social follow-ups read',
    'audit.action.socialdesk.interview_create': 'Social interview recorded',
    'audit.action.socialdesk.interview_read': 'Social interview read',
    'audit.action.socialdesk.interviews_read': 'Social interviews read',
    'audit.action.socialdesk.interview_update': 'Social interview changed',
    'audit.action.socialdesk.interview_delete': 'Social interview deleted',
    'audit.action.socialdesk.notes_read': 'Confidential notes read',
    'audit.action.socialdesk.note_create': 'Confidential note written',
    'audit.action.socialdesk.note_update': 'Confidential note changed',
  },
});

const labelIn = (c: { labelFr: string; labelNl: string; labelEn: string }, locale: Locale) => (locale === 'nl' ? c.labelNl : locale === 'en' ? c.labelEn : c.labelFr);

/**
 * The social desk's part of a person's own data (GDPR access): follow-ups, interviews with their problems,
 * actions and referrals (for those who may read interviews), and the confidential notes only in a social
 * worker's export that asked for them; any other export says that they exist and whom to ask.
 */
export function registerSocialdeskGdpr(ctx: ModuleContext, interviewReaders: readonly Role[]) {
  ctx.registry.gdprPart({
    key: 'socialdesk',
    tables: ['socialdesk_followups', 'socialdesk_interviews', 'socialdesk_interview_categories', 'socialdesk_referrals', 'socialdesk_confidential_notes'],
    async collect({ personId, viewer, locale, includeConfidential }) {
      const T = (k: string, params?: Record<string, unknown>) => translate(locale, `socialdesk.gdpr.${k}`, params);
      const readsInterviews = viewer.roles.some((r) => interviewReaders.includes(r));
      const followups = await ctx.db.select().from(socialdeskFollowups).where(eq(socialdeskFollowups.personId, personId)).orderBy(asc(socialdeskFollowups.startDate), asc(socialdeskFollowups.id));
      const interviews = await ctx.db.select().from(socialdeskInterviews).where(eq(socialdeskInterviews.personId, personId)).orderBy(asc(socialdeskInterviews.date), asc(socialdeskInterviews.id));
      const ids = interviews.map((i) => i.id);
      const categories = ids.length
        ? await ctx.db
            .select({ interviewId: socialdeskInterviewCategories.interviewId, category: socialdeskCategories })
            .from(socialdeskInterviewCategories)
            .innerJoin(socialdeskCategories, eq(socialdeskCategories.id, socialdeskInterviewCategories.categoryId))
            .where(inArray(socialdeskInterviewCategories.interviewId, ids))
            .orderBy(asc(socialdeskCategories.sortOrder))
        : [];
      const referrals = ids.length ? await ctx.db.select().from(socialdeskReferrals).where(inArray(socialdeskReferrals.interviewId, ids)) : [];
      const notes = await ctx.db.select().from(socialdeskConfidentialNotes).where(eq(socialdeskConfidentialNotes.personId, personId)).orderBy(asc(socialdeskConfidentialNotes.id));
      const sites = new Map((await ctx.services.sites.list(true)).map((s) => [s.id, s.name]));
      const organisations = new Map((await ctx.services.organisations.list({ includeInactive: true })).map((o) => [o.id, o.name]));
      const dateOf = new Map(interviews.map((i) => [i.id, i.date]));
      const cols = (...keys: string[]) => keys.map((key) => ({ key, label: T(key) }));
      const withheld = readsInterviews ? undefined : T('content_withheld');

      const sections: GdprSection[] = [
        {
          key: 'socialdesk_followups',
          title: T('followups'),
          columns: cols('start', 'end', ...(readsInterviews ? ['closing_note'] : [])),
          rows: followups.map((f) => ({ start: f.startDate, end: f.endDate, ...(readsInterviews ? { closing_note: f.closingNote } : {}) })),
          withheld,
        },
        {
          key: 'socialdesk_interviews',
          title: T('interviews'),
          columns: readsInterviews ? cols('date', 'site', 'kind', 'categories', 'actions', 'next_step', 'next_step_date') : cols('date'),
          rows: interviews.map((i): Record<string, string | null> =>
            readsInterviews
              ? {
                  date: i.date,
                  site: sites.get(i.siteId) ?? null,
                  kind: translate(locale, `socialdesk.kind.${i.kind}`),
                  categories: categories.filter((c) => c.interviewId === i.id).map((c) => labelIn(c.category, locale)).join(', ') || null,
                  actions: i.actions,
                  next_step: i.nextStep,
                  next_step_date: i.nextStepDate,
                }
              : { date: i.date },
          ),
          withheld,
        },
      ];
      if (readsInterviews)
        sections.push({
          key: 'socialdesk_referrals',
          title: T('referrals'),
          columns: cols('interview', 'organisation', 'note'),
          rows: referrals.map((r) => ({ interview: dateOf.get(r.interviewId) ?? null, organisation: organisations.get(r.organisationId) ?? null, note: r.note })),
        });
      const showNotes = includeConfidential && canReadConfidential(viewer);
      sections.push({
        key: 'socialdesk_confidential_notes',
        title: T('notes'),
        columns: cols('interview', 'note', 'written'),
        rows: showNotes ? notes.map((n) => ({ interview: dateOf.get(n.interviewId) ?? null, note: n.body, written: n.createdAt.toISOString() })) : [],
        ...(!showNotes && notes.length ? { withheld: T('notes_withheld', { count: notes.length }) } : {}),
      });
      if (showNotes && notes.length)
        await ctx.audit.record(
          { userId: viewer.id, name: viewer.name },
          { action: 'socialdesk.notes_read', entityType: 'person', entityId: personId, details: { via: 'gdpr_export', notes: notes.map((n) => n.id) } },
        );
      return sections;
    },
  });
}
