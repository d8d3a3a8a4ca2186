import { asc, inArray } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import { invalidField } from '../../platform/http/errors';
import { createMemo, figure, periodFileLabel, previousPeriod, type Memo, type Period } from '../../platform/stats';
import { translate, type Locale } from '../../platform/i18n/messages';
import { GENDERS, PROFESSIONAL_STATUSES, STUDY_LEVELS } from '../people/people.service';
import { INTERVIEW_KINDS, socialdeskInterviews } from './socialdesk.table';
import type { createSocialdeskFigures } from './socialdesk.figures';
import { AGE_CLASSES, ageClass, type Category, type Figure, type SocialdeskCore, type SocialdeskDeps, type Interview } from './socialdesk.core';

/** Appointments' figures of a period, as the social desk statistics show them. */
export interface NoShowFigures {
  booked: number;
  attended: number;
  noShows: number;
  noShowRate: number | null;
}
export type NoShowSource = (period: Period, memo?: Memo) => Promise<NoShowFigures>;

/** The yearly statistics, the records behind a figure, and figure labels. */
export function createSocialdeskStats(deps: SocialdeskDeps & { core: SocialdeskCore; figures: ReturnType<typeof createSocialdeskFigures>; categories: (includeInactive?: boolean) => Promise<readonly Category[]> }) {
  const { db, audit, figures, categories: allCategories } = deps;
  const { present } = deps.core;

  let noShowSource: NoShowSource | null = null;

  /** No-show figures of the period and the same period a year before, when a module gave them. */
  async function noShows(p: Period, memo?: Memo) {
    if (!noShowSource) return null;
    const [current, previous] = await Promise.all([noShowSource(p, memo), noShowSource(previousPeriod(p), memo)]);
    return {
      booked: figure(current.booked, previous.booked),
      attended: figure(current.attended, previous.attended),
      noShows: figure(current.noShows, previous.noShows),
      noShowRate: figure(current.noShowRate, previous.noShowRate, 'percent'),
    };
  }

  const part = {
    // ---------- statistics ----------
    /** A period's figures beside the same period a year before; each figure has the key its `drill` list answers to. */
    async stats(p: Period, memo: Memo = createMemo()) {
      const [cur, prev, sitesList, categories] = await Promise.all([
        figures.countsForPeriod(p, memo),
        figures.countsForPeriod(previousPeriod(p), memo),
        memo.get('sites.all', () => deps.sites.list(true)),
        memo.get('socialdesk.categories', () => allCategories(true)),
      ]);
      const f = (key: string): Figure => {
        const value = cur.get(key) ?? 0;
        const previous = prev.get(key) ?? 0;
        return { key, ...figure(value, previous), value, previous, unit: 'count' };
      };
      const siteIds = new Set([...cur.keys(), ...prev.keys()].filter((k) => k.startsWith('interviews.site.')).map((k) => Number(k.slice('interviews.site.'.length))));
      const sites = sitesList.filter((s) => siteIds.has(s.id));
      const usedCategories = categories.filter((c) => c.active || cur.get(`category.${c.code}`) || prev.get(`category.${c.code}`));
      return {
        year: p.year,
        from: p.from,
        to: p.to,
        newArrivals: {
          total: f('new_arrivals'),
          byAgeClass: AGE_CLASSES.map((a) => ({ ageClass: a, ...f(`new_arrivals.age.${a}`) })),
          byGender: GENDERS.map((g) => ({ gender: g, ...f(`new_arrivals.gender.${g}`) })),
          byStudyLevel: STUDY_LEVELS.map((s) => ({ studyLevel: s, ...f(`new_arrivals.study_level.${s}`) })),
          byProfessionalStatus: PROFESSIONAL_STATUSES.map((s) => ({ professionalStatus: s, ...f(`new_arrivals.status.${s}`) })),
        },
        peopleSeen: { total: f('people_seen'), bySite: sites.map((s) => ({ siteId: s.id, siteName: s.name, ...f(`people_seen.site.${s.id}`) })) },
        interviews: {
          total: f('interviews'),
          bySite: sites.map((s) => ({ siteId: s.id, siteName: s.name, ...f(`interviews.site.${s.id}`) })),
          byKind: INTERVIEW_KINDS.map((k) => ({ kind: k, ...f(`interviews.kind.${k}`) })),
        },
        categories: usedCategories.map((c) => ({
          code: c.code,
          labelFr: c.labelFr,
          labelNl: c.labelNl,
          labelEn: c.labelEn,
          interviews: f(`category.${c.code}`),
          people: f(`category_people.${c.code}`),
        })),
        noShows: await noShows(p, memo),
      };
    },

    /** The records behind one figure (people or interviews). Reading names is audited. */
    async drill(actor: Actor, period: Period, key: string) {
      const rec = await figures.collect(period);
      const { year } = period;
      const known = /^(new_arrivals(\.(age|gender|study_level|status)\.[A-Za-z0-9_]+)?|people_seen(\.site\.\d+)?|category_people\.[a-z0-9_]+)$/.test(key)
        ? 'people'
        : /^(interviews(\.(site\.\d+|kind\.[a-z_]+))?|category\.[a-z0-9_]+)$/.test(key)
          ? 'interviews'
          : null;
      if (!known) throw invalidField('querystring.key', 'error.socialdesk.unknown_figure', { key });
      let result;
      if (known === 'people') {
        const ids = [...(rec.people.get(key) ?? [])];
        const items = ids
          .map((id) => {
            const p = rec.profiles.get(id);
            const interviews = [...rec.interviewRows.values()].filter((r) => r.personId === id);
            return {
              personId: id,
              firstName: p?.firstName ?? '',
              lastName: p?.lastName ?? '',
              erased: p?.erased ?? false,
              gender: p?.gender ?? null,
              birthYear: p?.birthYear ?? null,
              ageClass: ageClass(p?.birthYear ?? null, Number(period.from.slice(0, 4))),
              studyLevel: p?.studyLevel ?? null,
              professionalStatus: p?.professionalStatus ?? null,
              followupStart: rec.arrivalStart.get(id) ?? null,
              interviews: interviews.length,
            };
          })
          .sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr') || a.personId - b.personId);
        result = { year, key, kind: 'people' as const, count: items.length, people: items, interviews: [] as Interview[] };
      } else {
        const ids = rec.interviews.get(key) ?? [];
        const rows = ids.length ? await db.select().from(socialdeskInterviews).where(inArray(socialdeskInterviews.id, ids)).orderBy(asc(socialdeskInterviews.date), asc(socialdeskInterviews.id)) : [];
        const items = await present(rows);
        result = { year, key, kind: 'interviews' as const, count: items.length, people: [], interviews: items };
      }
      await audit.record(actor, { action: 'socialdesk.stats_drill', entityType: 'socialdesk_stats', entityId: `${periodFileLabel(period)}:${key}`, details: { count: result.count } });
      return result;
    },

    figureLabel(key: string, locale: Locale, names: { sites: Map<number, string>; categories: Map<string, string> }): string {
      const t = (k: string) => translate(locale, k);
      const m = /^(new_arrivals|people_seen|interviews|category|category_people)(?:\.(\w+)\.?(.*))?$/.exec(key);
      if (!m) return key;
      const [, section, sub, value] = m;
      if (section === 'category' || section === 'category_people') return names.categories.get(sub ?? '') ?? sub ?? key;
      if (!sub) return t(`socialdesk.figure.${section}`);
      if (sub === 'site') return names.sites.get(Number(value)) ?? value;
      if (sub === 'age') return t(`socialdesk.age.${value}`);
      if (sub === 'kind') return t(`socialdesk.kind.${value}`);
      if (sub === 'gender') return t(`socialdesk.gender.${value}`);
      if (sub === 'study_level') return t(`socialdesk.study_level.${value}`);
      if (sub === 'status') return t(`socialdesk.status.${value}`);
      return key;
    },

    /** A later module that books appointments gives its no-show figures to the statistics (the social desk cannot call it: it comes after). */
    registerNoShowSource(source: NoShowSource) {
      noShowSource = source;
    },
  };
  return part;
}
