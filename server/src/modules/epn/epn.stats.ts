import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database';
import { BRUSSELS, brusselsYearRange, monthName } from '../../platform/brussels-time';
import { translate, type Locale } from '../../platform/i18n/messages';
import type { ReachLine } from '../../platform/reach';
import { createMemo, figure, periodLabel, periodRange, previousPeriod, yearPeriod, type Memo, type Period } from '../../platform/stats';
import type { ExportTable } from '../../platform/tabular-export';
import type { TimelineEntry } from '../people/people.service';
import { AGE_BRACKETS, epnVisitHelp, epnVisits } from './epn.table';
import { COACHING_CODE, helpKindLabel, type AgeBracket, type EpnCore, type EpnDeps } from './epn.core';
import type { createEpnSetup } from './epn.setup';

/** Yearly figures (read by the observatory), their export, reach lines, and the person's timeline and erasure. */
export function createEpnStats(deps: EpnDeps & { core: EpnCore; setup: ReturnType<typeof createEpnSetup> }) {
  const { db, setup } = deps;
  const { withHelp } = deps.core;

  const part = {
    // --- statistics ---

    /** A year of the space, as the annual report shows it (visits are counted on the Brussels date they started); once per request with `memo`. */
    statsForYear: (year: number, memo?: Memo) => (memo ? memo.get(`epn.year:${year}`, () => part.statsForPeriod(yearPeriod(year), memo)) : part.statsForPeriod(yearPeriod(year))),

    /**
     * A period of the space (Brussels days, both ends included); `perMonth` counts by calendar month, January first.
     * Two statements: the visits once (grouping sets: totals, per month, sex and age bracket), and the help given
     * on the period's visits (read through each visit, never the help of every year).
     */
    async statsForPeriod(p: Period, memo: Memo = createMemo()) {
      const { from, to } = periodRange(p);
      const counted = and(sql`${epnVisits.status} in ('open', 'closed')`, gte(epnVisits.startedAt, from), lt(epnVisits.startedAt, to));
      const month = sql<number>`extract(month from ${epnVisits.startedAt} at time zone '${sql.raw(BRUSSELS)}')::int`;
      type Row = { month: number | null; sex: string | null; age: string | null; g: number; visits: number; identified: number; distinctPeople: number; autoClosed: number; avgMinutes: number | null };
      const [res, helpRes, kinds] = await Promise.all([
        db.execute(sql`
          select month, sex, age, grouping(month, sex, age)::int as g, count(*)::int as visits, count(person_id)::int as identified,
                 count(distinct person_id)::int as "distinctPeople", (count(*) filter (where auto_closed))::int as "autoClosed",
                 round(avg(minutes) filter (where minutes is not null and not auto_closed))::int as "avgMinutes"
          from (select ${month} as month, ${epnVisits.gender} as sex, ${epnVisits.ageBracket} as age, ${epnVisits.personId} as person_id,
                       ${epnVisits.autoClosed} as auto_closed, extract(epoch from (${epnVisits.endedAt} - ${epnVisits.startedAt})) / 60 as minutes
                from ${epnVisits} where ${counted}) v
          group by grouping sets ((), (month), (sex), (age))`),
        db.execute(sql`
          select h.help_kind_id as id, count(*)::int as n
          from ${epnVisits} join lateral (select help_kind_id from ${epnVisitHelp} where ${epnVisitHelp.visitId} = ${epnVisits.id}) h on true
          where ${counted} group by h.help_kind_id`),
        memo.get('epn.help_kinds', () => setup.listHelpKinds(true)),
      ]);
      const rows = (res as unknown as { rows: Row[] }).rows;
      const byHelpRows = (helpRes as unknown as { rows: { id: number; n: number }[] }).rows;
      // grouping(month, sex, age): 7 the totals, 3 per month, 5 per sex, 6 per age bracket
      const totals = rows.find((r) => r.g === 7) ?? { visits: 0, identified: 0, distinctPeople: 0, autoClosed: 0, avgMinutes: null };
      const byMonthRows = rows.filter((r) => r.g === 3).map((r) => ({ month: r.month, n: r.visits }));
      const bySexRows = rows.filter((r) => r.g === 5).map((r) => ({ k: r.sex, n: r.visits }));
      const byAgeRows = rows.filter((r) => r.g === 6).map((r) => ({ k: r.age, n: r.visits }));
      const perMonth = Array.from({ length: 12 }, (_, i) => byMonthRows.find((r) => Number(r.month) === i + 1)?.n ?? 0);
      const bySex = { F: 0, M: 0, X: 0, unknown: 0 };
      for (const r of bySexRows) bySex[(r.k ?? 'unknown') as keyof typeof bySex] += r.n;
      const byAgeBracket = Object.fromEntries([...AGE_BRACKETS, 'unknown'].map((k) => [k, 0])) as Record<AgeBracket | 'unknown', number>;
      for (const r of byAgeRows) byAgeBracket[(r.k ?? 'unknown') as AgeBracket] += r.n;
      const byHelpKind = kinds
        .map((k) => ({ id: k.id, code: k.code, label: k.label, count: byHelpRows.find((r) => r.id === k.id)?.n ?? 0 }))
        .filter((k) => k.count > 0 || kinds.find((x) => x.id === k.id)?.active);
      const coaching = byHelpKind.find((k) => k.code === COACHING_CODE)?.count ?? 0;
      return {
        year: p.year,
        visits: totals.visits,
        identifiedVisits: totals.identified,
        anonymousVisits: totals.visits - totals.identified,
        distinctPeople: totals.distinctPeople,
        coachingSessions: coaching,
        autoClosed: totals.autoClosed,
        averageMinutes: totals.avgMinutes === null ? null : Number(totals.avgMinutes),
        perMonth,
        bySex,
        byAgeBracket,
        byHelpKind,
      };
    },

    /** A period of the space in the platform's shape (`platform/stats.ts`): each figure beside the same period a year before. */
    async stats(p: Period) {
      const [cur, prev] = await Promise.all([part.statsForPeriod(p), part.statsForPeriod(previousPeriod(p))]);
      return {
        year: p.year,
        from: p.from,
        to: p.to,
        visits: figure(cur.visits, prev.visits),
        identifiedVisits: figure(cur.identifiedVisits, prev.identifiedVisits),
        anonymousVisits: figure(cur.anonymousVisits, prev.anonymousVisits),
        distinctPeople: figure(cur.distinctPeople, prev.distinctPeople),
        coachingSessions: figure(cur.coachingSessions, prev.coachingSessions),
        autoClosed: figure(cur.autoClosed, prev.autoClosed),
        averageMinutes: figure(cur.averageMinutes, prev.averageMinutes, 'decimal'),
        perMonth: cur.perMonth,
        previousPerMonth: prev.perMonth,
        bySex: cur.bySex,
        byAgeBracket: cur.byAgeBracket,
        byHelpKind: cur.byHelpKind,
      };
    },

    /** The year's statistics as tables, in a language (one sheet each in xlsx). */
    async exportTables(p: Period, locale: Locale): Promise<ExportTable[]> {
      const s = await part.stats(p);
      const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
      const visits = { header: t('epn.export.visits'), kind: 'count' as const };
      const years = [
        { header: periodLabel(p), kind: 'count' as const },
        { header: periodLabel(previousPeriod(p)), kind: 'count' as const },
      ];
      return [
        {
          title: t('epn.export.sheet_year', { year: periodLabel(p) }),
          columns: [t('epn.export.indicator'), ...years, { header: t('epn.export.change'), kind: 'percent' as const }],
          rows: [
            [t('epn.export.visits_total'), s.visits.value, s.visits.previous, s.visits.change],
            [t('epn.export.distinct_people'), s.distinctPeople.value, s.distinctPeople.previous, s.distinctPeople.change],
            [t('epn.export.anonymous_visits'), s.anonymousVisits.value, s.anonymousVisits.previous, s.anonymousVisits.change],
            [t('epn.export.coaching'), s.coachingSessions.value, s.coachingSessions.previous, s.coachingSessions.change],
            [t('epn.export.auto_closed'), s.autoClosed.value, s.autoClosed.previous, s.autoClosed.change],
          ],
        },
        {
          title: t('epn.export.sheet_months'),
          columns: [t('epn.export.month'), ...years],
          rows: s.perMonth.map((v, i) => [monthName(i + 1, locale), v, s.previousPerMonth[i]]),
        },
        {
          title: t('epn.export.sheet_sex'),
          columns: [t('epn.export.sex'), visits],
          rows: (['F', 'M', 'X', 'unknown'] as const).map((k) => [t(`epn.export.sex_${k}`), s.bySex[k]]),
        },
        {
          title: t('epn.export.sheet_age'),
          columns: [t('epn.export.age_bracket'), visits],
          rows: (['under_20', '20_30', '30_40', '40_50', '50_60', '60_plus', 'unknown'] as const).map((k) => [t(`age_bracket.${k}`), s.byAgeBracket[k]]),
        },
        { title: t('epn.export.sheet_help'), columns: [t('epn.export.help_kind'), visits], rows: s.byHelpKind.map((k) => [helpKindLabel(k, locale), k.count]) },
      ];
    },

    /** The annual "people reached" line: visits (participations), with distinct identified people and anonymous visits. */
    async reachLines(year: number, memo?: Memo): Promise<ReachLine[]> {
      const s = await part.statsForYear(year, memo);
      const { from, to } = brusselsYearRange(year);
      return [
        {
          key: 'epn',
          labelKey: 'reach.epn',
          unit: 'participations',
          value: s.visits,
          participations: s.visits,
          distinctPeople: s.distinctPeople,
          anonymous: s.anonymousVisits,
          personIds: sql`select distinct person_id from epn_visits where status in ('open', 'closed') and person_id is not null and started_at >= ${from.toISOString()}::timestamptz and started_at < ${to.toISOString()}::timestamptz`,
        },
      ];
    },

    /** The person's visits, for the timeline. */
    async timeline(personId: number): Promise<TimelineEntry[]> {
      const rows = await db
        .select()
        .from(epnVisits)
        .where(and(eq(epnVisits.personId, personId), sql`${epnVisits.status} in ('open', 'closed')`))
        .orderBy(desc(epnVisits.startedAt))
        .limit(500);
      const visits = await withHelp(rows);
      const kinds = new Map((await setup.listHelpKinds(true)).map((k) => [k.id, k.label]));
      return visits.map((v) => ({
        at: v.startedAt!.toISOString(),
        module: 'epn',
        kind: 'timeline.epn_visit',
        summary: v.helpKindIds.map((id) => kinds.get(id)).filter(Boolean).join(', ') || null,
        link: `/epn/visits/${v.id}`,
        data: { visitId: v.id, status: v.status, autoClosed: v.autoClosed, endedAt: v.endedAt?.toISOString() ?? null },
      }));
    },

    /** GDPR erasure: the visits stay (anonymous statistics), the board label and notes go. */
    async erase(tx: Tx, personId: number) {
      await tx.update(epnVisits).set({ label: null, notes: null }).where(eq(epnVisits.personId, personId));
    },
  };
  return part;
}
