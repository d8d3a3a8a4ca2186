import type { ModuleContext } from '../../platform/module';
import { addMessages, translate } from '../../platform/i18n/messages';
import { figure, yearPeriod } from '../../platform/stats';
import type { ReportChart, ReportFigure } from '../../platform/registries';
import type { SocialdeskService } from './socialdesk.service';
import { socialdeskPermissions } from './socialdesk.permissions';

addMessages({
  fr: {
    'report.social_desk': 'Permanences sociales',
    'report.people_seen': 'Personnes reçues en entretien individuel (tous les sites)',
    'report.people_seen_note': 'sur tous les sites, permanences partenaires comprises (le tableau des personnes touchées compte les permanences partenaires sur leurs propres lignes)',
    'report.interviews': 'Entretiens (tous les sites)',
    'report.interviews_at': 'Entretiens à {{site}}',
    'report.new_arrivals': 'Nouveaux arrivants',
    'report.no_show_rate': 'Rendez-vous non honorés',
    'report.new_arrivals_age': 'Nouveaux arrivants selon les classes d’âge',
    'report.new_arrivals_gender': 'Nouveaux arrivants selon le sexe',
    'report.new_arrivals_study': 'Nouveaux arrivants selon le niveau d’études',
    'report.new_arrivals_status': 'Nouveaux arrivants selon le statut professionnel',
    'report.problem_categories': 'Problématiques rencontrées (personnes)',
  },
  nl: {
    'report.social_desk': 'Sociale permanenties',
    'report.people_seen': 'Personen in individueel gesprek (alle locaties)',
    'report.people_seen_note': 'op alle locaties, partnerpermanenties inbegrepen (de tabel van de bereikte personen telt de partnerpermanenties op hun eigen regels)',
    'report.interviews': 'Gesprekken (alle locaties)',
    'report.interviews_at': 'Gesprekken in {{site}}',
    'report.new_arrivals': 'Nieuwkomers',
    'report.no_show_rate': 'Niet nagekomen afspraken',
    'report.new_arrivals_age': 'Nieuwkomers naar leeftijdsklasse',
    'report.new_arrivals_gender': 'Nieuwkomers naar geslacht',
    'report.new_arrivals_study': 'Nieuwkomers naar studieniveau',
    'report.new_arrivals_status': 'Nieuwkomers naar beroepsstatuut',
    'report.problem_categories': 'Behandelde problemen (personen)',
  },
  en: {
    'report.social_desk': 'Social desk',
    'report.people_seen': 'People seen in individual interviews (all sites)',
    'report.people_seen_note': 'at every site, partner desks included (the people-reached table counts the partner desks on lines of their own)',
    'report.interviews': 'Interviews (all sites)',
    'report.interviews_at': 'Interviews at {{site}}',
    'report.new_arrivals': 'New arrivals',
    'report.no_show_rate': 'Missed appointments',
    'report.new_arrivals_age': 'New arrivals by age class',
    'report.new_arrivals_gender': 'New arrivals by sex',
    'report.new_arrivals_study': 'New arrivals by study level',
    'report.new_arrivals_status': 'New arrivals by professional status',
    'report.problem_categories': 'Problems dealt with (people)',
  },
});

type Pair = { value: number; previous: number };

/** The social desk's section of the annual report: people seen, interviews per site, new arrivals and their profile, problems. */
export function registerSocialdeskReport(ctx: ModuleContext, service: SocialdeskService) {
  ctx.registry.reportSection({
    key: 'social_desk',
    order: 10,
    async build({ year, locale, memo }) {
      const social = await memo.get(`socialdesk.stats:${year}`, () => service.stats(yearPeriod(year), memo));
      const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
      const fig = (key: string, label: string, f: Pair): ReportFigure => ({ key, label, ...figure(f.value, f.previous) });
      const bar = (key: string, title: string, items: { key: string; label: string; value: number; previous: number }[], kind: ReportChart['kind'] = 'bar'): ReportChart => ({
        key,
        title,
        kind,
        data: items.map((i) => ({ key: i.key, label: i.label, value: i.value, previous: i.previous })),
      });
      const catLabel = (c: { labelFr: string; labelNl: string; labelEn: string }) => (locale === 'nl' ? c.labelNl : locale === 'en' ? c.labelEn : c.labelFr);
      return {
        key: 'social_desk',
        title: t('report.social_desk'),
        figures: [
          { ...fig('people_seen', t('report.people_seen'), social.peopleSeen.total), note: t('report.people_seen_note') },
          fig('interviews', t('report.interviews'), social.interviews.total),
          ...social.interviews.bySite.map((x) => fig(`interviews.site.${x.siteId}`, t('report.interviews_at', { site: x.siteName }), x)),
          fig('new_arrivals', t('report.new_arrivals'), social.newArrivals.total),
          ...(social.noShows
            ? [{ key: 'no_show_rate', label: t('report.no_show_rate'), ...social.noShows.noShowRate }]
            : []),
        ],
        charts: [
          bar('new_arrivals_age', t('report.new_arrivals_age'), social.newArrivals.byAgeClass.map((x) => ({ ...x, key: x.ageClass, label: t(`age_class.${x.ageClass}`) }))),
          bar('new_arrivals_gender', t('report.new_arrivals_gender'), social.newArrivals.byGender.map((x) => ({ ...x, key: x.gender, label: t(`gender.${x.gender}`) })), 'donut'),
          bar('new_arrivals_study', t('report.new_arrivals_study'), social.newArrivals.byStudyLevel.map((x) => ({ ...x, key: x.studyLevel, label: t(`study_level.${x.studyLevel}`) }))),
          bar('new_arrivals_status', t('report.new_arrivals_status'), social.newArrivals.byProfessionalStatus.map((x) => ({ ...x, key: x.professionalStatus, label: t(`professional_status.${x.professionalStatus}`) }))),
          // Counted over a year, yet what the social desk hears: only for those the categories are for.
          { ...bar('problem_categories', t('report.problem_categories'), social.categories.map((c) => ({ ...c.people, key: c.code, label: catLabel(c) }))), access: socialdeskPermissions.categories },
        ],
      };
    },
  });
}
