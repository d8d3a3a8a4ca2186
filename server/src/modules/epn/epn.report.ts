import type { ModuleContext } from '../../platform/module';
import { addMessages, translate } from '../../platform/i18n/messages';
import { monthShortName } from '../../platform/brussels-time';
import { figure } from '../../platform/stats';
import { epnPermissions } from './epn.permissions';
import { helpKindLabel } from './epn.core';
import type { EpnService } from './epn.service';
import { and, eq, sql } from 'drizzle-orm';
import { monthlyCounts } from '../../platform/stats';
import { epnVisits } from './epn.table';

addMessages({
  fr: {
    'dashboard.epn_visits': 'Visites à l’EPN',
    'report.epn': 'Espace Public Numérique (EPN)',
    'report.epn_visits': 'Fréquentation de l’EPN',
    'report.coaching': 'Coachings individuels',
    'report.epn_age': 'Tranches d’âge des utilisateurs de l’EPN',
    'report.epn_sex': 'Utilisateurs de l’EPN selon le sexe',
    'report.epn_months': 'Fréquentation par mois',
    'report.epn_help': 'Aides apportées',
    'age_bracket.under_20': 'Moins de 20 ans',
    'age_bracket.20_30': '20-30 ans',
    'age_bracket.30_40': '30-40 ans',
    'age_bracket.40_50': '40-50 ans',
    'age_bracket.50_60': '50-60 ans',
    'age_bracket.60_plus': '60 ans et plus',
    'age_bracket.unknown': 'Âge inconnu',
  },
  nl: {
    'dashboard.epn_visits': 'Bezoeken aan de EPN',
    'report.epn': 'Openbare Computerruimte (EPN)',
    'report.epn_visits': 'Bezoeken aan de EPN',
    'report.coaching': 'Individuele coachings',
    'report.epn_age': 'Leeftijd van de EPN-gebruikers',
    'report.epn_sex': 'EPN-gebruikers naar geslacht',
    'report.epn_months': 'Bezoeken per maand',
    'report.epn_help': 'Geboden hulp',
    'age_bracket.under_20': 'Jonger dan 20',
    'age_bracket.20_30': '20-30 jaar',
    'age_bracket.30_40': '30-40 jaar',
    'age_bracket.40_50': '40-50 jaar',
    'age_bracket.50_60': '50-60 jaar',
    'age_bracket.60_plus': '60 jaar en ouder',
    'age_bracket.unknown': 'Leeftijd onbekend',
  },
  en: {
    'dashboard.epn_visits': 'EPN visits',
    'report.epn': 'Public digital space (EPN)',
    'report.epn_visits': 'EPN attendance',
    'report.coaching': 'Individual coaching sessions',
    'report.epn_age': 'Age brackets of EPN users',
    'report.epn_sex': 'EPN users by sex',
    'report.epn_months': 'Visits per month',
    'report.epn_help': 'Help given',
    'age_bracket.under_20': 'Under 20',
    'age_bracket.20_30': '20-30',
    'age_bracket.30_40': '30-40',
    'age_bracket.40_50': '40-50',
    'age_bracket.50_60': '50-60',
    'age_bracket.60_plus': '60 and over',
    'age_bracket.unknown': 'Age unknown',
  },
});

/** The public digital space's section of the annual report: visits, people, coaching, age, sex, months, help given. */
export function registerEpnReport(ctx: ModuleContext, service: EpnService) {
  ctx.registry.reportSection({
    key: 'epn',
    order: 30,
    async build({ year, locale, memo }) {
      const [epn, prev] = await Promise.all([service.statsForYear(year, memo), service.statsForYear(year - 1, memo)]);
      const t = (key: string) => translate(locale, key);
      const helpLabel = (h: (typeof epn.byHelpKind)[number]) => helpKindLabel(h, locale);
      return {
        key: 'epn',
        title: t('report.epn'),
        figures: [
          { key: 'visits', label: t('report.epn_visits'), ...figure(epn.visits, prev.visits) },
          { key: 'distinct_people', label: t('report.distinct_people'), ...figure(epn.distinctPeople, prev.distinctPeople) },
          { key: 'anonymous', label: t('report.anonymous_visits'), ...figure(epn.anonymousVisits, prev.anonymousVisits) },
          { key: 'coaching', label: t('report.coaching'), ...figure(epn.coachingSessions, prev.coachingSessions) },
        ],
        charts: [
          {
            key: 'epn_age',
            title: t('report.epn_age'),
            kind: 'bar',
            data: (Object.keys(epn.byAgeBracket) as (keyof typeof epn.byAgeBracket)[]).map((k) => ({ key: k, label: t(`age_bracket.${k}`), value: epn.byAgeBracket[k], previous: prev.byAgeBracket[k] })),
          },
          {
            key: 'epn_sex',
            title: t('report.epn_sex'),
            kind: 'donut',
            data: (Object.keys(epn.bySex) as (keyof typeof epn.bySex)[]).map((k) => ({ key: k, label: t(`gender.${k === 'unknown' ? 'unspecified' : k}`), value: epn.bySex[k], previous: prev.bySex[k] })),
          },
          {
            key: 'epn_months',
            title: t('report.epn_months'),
            kind: 'bar',
            data: epn.perMonth.map((v, i) => ({ key: String(i + 1), label: monthShortName(i + 1, locale), value: v, previous: prev.perMonth[i] })),
          },
          {
            key: 'epn_help',
            title: t('report.epn_help'),
            kind: 'bar',
            data: epn.byHelpKind.map((h) => ({ key: h.code ?? String(h.id), label: helpLabel(h), value: h.count, previous: prev.byHelpKind.find((p) => p.id === h.id)?.count ?? 0 })),
          },
        ],
      };
    },
  });
  ctx.registry.dashboardSeries({
    order: 30,
    key: 'epn_visits',
    labelKey: 'dashboard.epn_visits',
    access: epnPermissions.dashboard,
    link: '/epn/stats',
    async months(year, memo) {
      return (await service.statsForYear(year, memo)).perMonth;
    },
    // the visits this user checked in (counted as the space's statistics count them)
    mine: (year, userId) => monthlyCounts(ctx.db, epnVisits, epnVisits.startedAt, year, and(sql`${epnVisits.status} in ('open', 'closed')`, eq(epnVisits.createdBy, userId))),
  });
}
