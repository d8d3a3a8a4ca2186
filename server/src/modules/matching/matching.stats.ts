import { sql, type SQL } from 'drizzle-orm';
import { brusselsInstant, nextDay } from '../../platform/brussels-time';
import { figure, previousPeriod, resolvePeriod, type Period } from '../../platform/stats';
import { EQUALITY_GROUPS, NOT_HIRED_REASONS, OUTCOMES, PROGRAMMES, SOLUTION_KINDS } from './matching.table';
import type { MatchingDeps } from './matching.core';

/** A figure by self-declared group with fewer people than this is not shown (nobody is singled out). */
export const GROUP_THRESHOLD = 5;

type Row = Record<string, unknown>;

/** The figures of a period: profiles, matchings, meetings, hires, 3-month outcomes, circles, cases, solutions, appointments. */
export function createMatchingStats(deps: MatchingDeps) {
  const { db, clock } = deps;

  async function rows<T = Row>(q: SQL): Promise<T[]> {
    const res = await db.execute(q);
    return ((res as unknown as { rows?: T[] }).rows ?? (res as unknown as T[])) as T[];
  }
  const bounds = (p: Period) => ({ from: brusselsInstant(p.from).toISOString(), to: brusselsInstant(nextDay(p.to)).toISOString() });
  const within = (col: SQL, p: Period) => {
    const b = bounds(p);
    return sql`${col} >= ${b.from}::timestamptz and ${col} < ${b.to}::timestamptz`;
  };

  /** Who the matching reached in a period: a profile made, or a candidate proposed. */
  const candidatesSql = (p: Period) =>
    sql`select distinct pr.person_id from matching_profiles pr where ${within(sql`pr.created_at`, p)}
        union select distinct pr.person_id from matching_matches m join matching_profiles pr on pr.id = m.profile_id where ${within(sql`m.proposed_at`, p)}`;
  /** Who the circles and workshops reached: a case brought, or present at a session. */
  const circlesSql = (p: Period) =>
    sql`select distinct c.person_id from matching_cases c where ${within(sql`c.created_at`, p)}
        union select distinct a.person_id from matching_attendance a join matching_circles ci on ci.id = a.circle_id where a.present and ${within(sql`ci.starts_at`, p)}`;

  async function totals(p: Period) {
    const [r] = await rows<Record<string, number>>(sql`select
      (select count(*)::int from matching_profiles where ${within(sql`created_at`, p)}) as profiles,
      (select count(*)::int from matching_matches where ${within(sql`proposed_at`, p)}) as proposed,
      (select count(*)::int from matching_matches where ${within(sql`meeting_at`, p)}) as meetings,
      (select count(*)::int from matching_matches where outcome = 'hired' and ${within(sql`outcome_at`, p)}) as hires,
      (select count(*)::int from matching_matches where follow_up in ('in_job', 'other_job') and ${within(sql`follow_up_at`, p)}) as in_job,
      (select count(*)::int from matching_circles where ${within(sql`starts_at`, p)}) as circles,
      (select count(*)::int from matching_cases where ${within(sql`created_at`, p)}) as cases,
      (select count(*)::int from matching_solutions where ${within(sql`created_at`, p)}) as solutions,
      (select count(*)::int from matching_appointments where outcome = 'kept' and ${within(sql`starts_at`, p)}) as kept,
      (select count(*)::int from (${candidatesSql(p)} union ${circlesSql(p)}) x) as reached`);
    return r;
  }

  const part = {
    candidatesSql,
    circlesSql,

    async stats(q: { year?: number; from?: string; to?: string }) {
      const p = resolvePeriod(q, clock);
      const [cur, prev] = await Promise.all([totals(p), totals(previousPeriod(p))]);
      const [byProgramme, byGroup, byOutcome, bySolution, byMonth] = await Promise.all([
        rows<{ k: string; profiles: number; proposed: number; meetings: number; hired: number }>(sql`
          select k, count(distinct pr.id) filter (where ${within(sql`pr.created_at`, p)})::int as profiles,
            count(m.id) filter (where ${within(sql`m.proposed_at`, p)})::int as proposed,
            count(m.id) filter (where ${within(sql`m.meeting_at`, p)})::int as meetings,
            count(m.id) filter (where m.outcome = 'hired' and ${within(sql`m.outcome_at`, p)})::int as hired
          from matching_profiles pr cross join unnest(pr.programmes) as k left join matching_matches m on m.profile_id = pr.id group by k`),
        rows<{ k: string; people: number; proposed: number; meetings: number; hired: number }>(sql`
          select k, count(distinct pr.id)::int as people,
            count(m.id) filter (where ${within(sql`m.proposed_at`, p)})::int as proposed,
            count(m.id) filter (where ${within(sql`m.meeting_at`, p)})::int as meetings,
            count(m.id) filter (where m.outcome = 'hired' and ${within(sql`m.outcome_at`, p)})::int as hired
          from matching_profiles pr cross join unnest(pr.equality_groups) as k left join matching_matches m on m.profile_id = pr.id
          where pr.equality_consent_at is not null group by k`),
        rows<{ outcome: string; reason: string | null; n: number }>(sql`select outcome, not_hired_reason as reason, count(*)::int as n from matching_matches where outcome is not null and ${within(sql`outcome_at`, p)} group by outcome, not_hired_reason`),
        rows<{ kind: string; n: number }>(sql`select kind, count(*)::int as n from matching_solutions where ${within(sql`created_at`, p)} group by kind`),
        rows<{ month: string; proposed: number; meetings: number; hired: number; kept: number }>(sql`
          select month, sum(proposed)::int as proposed, sum(meetings)::int as meetings, sum(hired)::int as hired, sum(kept)::int as kept from (
            select to_char(proposed_at at time zone 'Europe/Brussels', 'YYYY-MM') as month, 1 as proposed, 0 as meetings, 0 as hired, 0 as kept from matching_matches where ${within(sql`proposed_at`, p)}
            union all select to_char(meeting_at at time zone 'Europe/Brussels', 'YYYY-MM'), 0, 1, 0, 0 from matching_matches where ${within(sql`meeting_at`, p)}
            union all select to_char(outcome_at at time zone 'Europe/Brussels', 'YYYY-MM'), 0, 0, 1, 0 from matching_matches where outcome = 'hired' and ${within(sql`outcome_at`, p)}
            union all select to_char(starts_at at time zone 'Europe/Brussels', 'YYYY-MM'), 0, 0, 0, 1 from matching_appointments where outcome = 'kept' and ${within(sql`starts_at`, p)}
          ) x group by month order by month`),
      ]);
      return {
        from: p.from,
        to: p.to,
        profiles: figure(cur.profiles, prev.profiles),
        proposed: figure(cur.proposed, prev.proposed),
        meetings: figure(cur.meetings, prev.meetings),
        hires: figure(cur.hires, prev.hires),
        inJobAtThreeMonths: figure(cur.in_job, prev.in_job),
        circles: figure(cur.circles, prev.circles),
        cases: figure(cur.cases, prev.cases),
        solutions: figure(cur.solutions, prev.solutions),
        appointmentsKept: figure(cur.kept, prev.kept),
        peopleReached: figure(cur.reached, prev.reached),
        byProgramme: PROGRAMMES.map((programme) => {
          const r = byProgramme.find((x) => x.k === programme);
          return { programme, profiles: r?.profiles ?? 0, proposed: r?.proposed ?? 0, meetings: r?.meetings ?? 0, hired: r?.hired ?? 0 };
        }),
        byOutcome: OUTCOMES.flatMap((outcome) =>
          (outcome === 'not_hired' ? NOT_HIRED_REASONS : [null]).map((reason) => ({ outcome, reason, count: byOutcome.find((x) => x.outcome === outcome && x.reason === reason)?.n ?? 0 })),
        ).filter((x) => x.count > 0),
        bySolution: SOLUTION_KINDS.map((kind) => ({ kind, count: bySolution.find((x) => x.kind === kind)?.n ?? 0 })).filter((x) => x.count > 0),
        byGroup: EQUALITY_GROUPS.map((group) => byGroup.find((x) => x.k === group))
          .filter((r) => !!r && r.people >= GROUP_THRESHOLD)
          .map((r) => ({ group: r!.k as (typeof EQUALITY_GROUPS)[number], people: r!.people, proposed: r!.proposed, meetings: r!.meetings, hired: r!.hired })),
        byMonth: byMonth.map((m) => ({ month: m.month, proposed: m.proposed, meetings: m.meetings, hired: m.hired, appointmentsKept: m.kept })),
      };
    },

    /** The people-reached lines of a year: the candidates of the matching, and the people of circles and workshops. */
    async reachLines(year: number) {
      const p: Period = { from: `${year}-01-01`, to: `${year}-12-31`, year };
      const [r] = await rows<{ candidates: number; circles: number }>(
        sql`select (select count(*)::int from (${candidatesSql(p)}) a) as candidates, (select count(*)::int from (${circlesSql(p)}) b) as circles`,
      );
      return [
        { key: 'matching_candidates', labelKey: 'reach.matching_candidates', unit: 'distinct_people' as const, value: r.candidates, distinctPeople: r.candidates, personIds: sql`select person_id from (${candidatesSql(p)}) x` },
        { key: 'matching_circles', labelKey: 'reach.matching_circles', unit: 'distinct_people' as const, value: r.circles, distinctPeople: r.circles, personIds: sql`select person_id from (${circlesSql(p)}) x` },
      ];
    },
  };
  return part;
}
export type MatchingStatsPart = ReturnType<typeof createMatchingStats>;
