import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { socialdeskCategories, socialdeskFollowups, socialdeskInterviewCategories, socialdeskInterviews } from './socialdesk.table';
import { createMemo, type Memo, type Period } from '../../platform/stats';
import { ageClass, type SocialdeskCore, type SocialdeskDeps, type YearRecords } from './socialdesk.core';

/** The records and counts behind one period's figures (local dates, both ends included; ages in the year the period starts). */
export function createSocialdeskFigures(deps: SocialdeskDeps & { core: SocialdeskCore }) {
  const { db } = deps;

  async function collect(p: Period): Promise<YearRecords> {
    const { from, to } = p;
    const year = Number(from.slice(0, 4));
    const inYear = and(gte(socialdeskInterviews.date, from), lte(socialdeskInterviews.date, to));
    const [rows, cats, arrivals] = await Promise.all([
      db
        .select({ id: socialdeskInterviews.id, personId: socialdeskInterviews.personId, date: socialdeskInterviews.date, siteId: socialdeskInterviews.siteId, kind: socialdeskInterviews.kind })
        .from(socialdeskInterviews)
        .where(inYear)
        .orderBy(asc(socialdeskInterviews.date), asc(socialdeskInterviews.id)),
      db
        .select({ interviewId: socialdeskInterviewCategories.interviewId, code: socialdeskCategories.code })
        .from(socialdeskInterviewCategories)
        .innerJoin(socialdeskCategories, eq(socialdeskCategories.id, socialdeskInterviewCategories.categoryId))
        .innerJoin(socialdeskInterviews, eq(socialdeskInterviews.id, socialdeskInterviewCategories.interviewId))
        .where(inYear),
      db
        .select({ personId: socialdeskFollowups.personId, start: sql<string>`min(${socialdeskFollowups.startDate})::text` })
        .from(socialdeskFollowups)
        .groupBy(socialdeskFollowups.personId)
        .having(sql`min(${socialdeskFollowups.startDate}) between ${from} and ${to}`),
    ]);
    // The people module's profiles of the people above (its service, not its table).
    const ids = new Set([...rows.map((r) => r.personId), ...arrivals.map((a) => a.personId)]);
    const profiles = new Map((await deps.people.profiles([...ids])).map((p) => [p.id, p]));
    const people = new Map<string, Set<number>>();
    const interviews = new Map<string, number[]>();
    const addP = (key: string, id: number) => (people.get(key) ?? people.set(key, new Set()).get(key)!).add(id);
    const addI = (key: string, id: number) => (interviews.get(key) ?? interviews.set(key, []).get(key)!).push(id);
    const arrivalStart = new Map<number, string>();
    for (const a of arrivals) {
      const p = profiles.get(a.personId);
      arrivalStart.set(a.personId, a.start);
      addP('new_arrivals', a.personId);
      addP(`new_arrivals.age.${ageClass(p?.birthYear ?? null, year)}`, a.personId);
      addP(`new_arrivals.gender.${p?.gender ?? 'unspecified'}`, a.personId);
      addP(`new_arrivals.study_level.${p?.studyLevel ?? 'unknown'}`, a.personId);
      addP(`new_arrivals.status.${p?.professionalStatus ?? 'unknown'}`, a.personId);
    }
    const catsOf = new Map<number, string[]>();
    for (const c of cats) (catsOf.get(c.interviewId) ?? catsOf.set(c.interviewId, []).get(c.interviewId)!).push(c.code);
    const interviewRows = new Map<number, YearRecords['interviewRows'] extends Map<number, infer V> ? V : never>();
    for (const r of rows) {
      const categories = catsOf.get(r.id) ?? [];
      interviewRows.set(r.id, { ...r, categories });
      addP('people_seen', r.personId);
      addP(`people_seen.site.${r.siteId}`, r.personId);
      addI('interviews', r.id);
      addI(`interviews.site.${r.siteId}`, r.id);
      addI(`interviews.kind.${r.kind}`, r.id);
      for (const code of categories) {
        addI(`category.${code}`, r.id);
        addP(`category_people.${code}`, r.personId);
      }
    }
    return { people, interviews, interviewRows, arrivalStart, profiles };
  }

  /**
   * The same figures as `collect` (same keys), counted in SQL: the statistics need the counts only, the
   * records are for the drill lists. Interviews by site, kind and outside the partner desks in one pass (grouping
   * sets), categories in another (read through the period's interviews); new arrivals are few, counted from their
   * profiles (the people module's, not its table). With `memo`, once per request.
   * Also `interviews.outside_desks` and `people_seen.outside_desks`: the interviews and people outside the partner
   * desks (sites of kind 'desk'), for the people-reached table.
   */
  function countsForPeriod(period: Period, memo: Memo = createMemo()): Promise<Map<string, number>> {
    return memo.get(`socialdesk.counts:${period.from}:${period.to}`, () => computeCounts(period, memo));
  }

  async function computeCounts(period: Period, memo: Memo): Promise<Map<string, number>> {
    const { from, to } = period;
    const year = Number(from.slice(0, 4));
    const inYear = and(gte(socialdeskInterviews.date, from), lte(socialdeskInterviews.date, to));
    const sitesList = await memo.get('sites.all', () => deps.sites.list(true));
    const deskIds = sitesList.filter((s) => s.kind === 'desk').map((s) => s.id);
    const atDesk = deskIds.length ? sql`${socialdeskInterviews.siteId} in (${sql.join(deskIds.map((d) => sql`${d}`), sql`, `)})` : sql`false`;
    type Group = { siteId: number | null; kind: string | null; desk: boolean | null; g: number; interviews: number; people: number };
    const [groupRes, catRes, arrivalRes] = await Promise.all([
      db.execute(sql`
        select site_id as "siteId", kind, desk, grouping(site_id, kind, desk)::int as g, count(*)::int as interviews, count(distinct person_id)::int as people
        from (select ${socialdeskInterviews.siteId} as site_id, ${socialdeskInterviews.kind} as kind, ${atDesk} as desk, ${socialdeskInterviews.personId} as person_id
              from ${socialdeskInterviews} where ${inYear}) i
        group by grouping sets ((), (site_id), (kind), (desk))`),
      db.execute(sql`
        select c.code, count(*)::int as interviews, count(distinct i.person_id)::int as people
        from ${socialdeskInterviews} i
        join lateral (select ic.category_id from ${socialdeskInterviewCategories} ic where ic.interview_id = i.id) x on true
        join ${socialdeskCategories} c on c.id = x.category_id
        where i.date between ${from}::date and ${to}::date
        group by c.code`),
      // a person's first follow-up started in the period: their follow-ups of the period, and none before it
      db.execute(sql`
        select f.person_id as "personId" from ${socialdeskFollowups} f
        where f.start_date between ${from}::date and ${to}::date
          and not exists (select 1 from ${socialdeskFollowups} e where e.person_id = f.person_id and e.start_date < ${from}::date)
        group by f.person_id`),
    ]);
    const groups = (groupRes as unknown as { rows: Group[] }).rows;
    const cats = (catRes as unknown as { rows: { code: string; interviews: number; people: number }[] }).rows;
    const arrivalIds = (arrivalRes as unknown as { rows: { personId: number }[] }).rows;
    const arrivals = await deps.people.profiles(arrivalIds.map((a) => a.personId));
    const counts = new Map<string, number>();
    const add = (key: string, n = 1) => counts.set(key, (counts.get(key) ?? 0) + n);
    // grouping(site_id, kind, desk): 7 the whole period, 3 per site, 5 per kind, 6 at a partner desk or not
    for (const g of groups) {
      if (g.g === 3) {
        add(`interviews.site.${g.siteId}`, g.interviews);
        add(`people_seen.site.${g.siteId}`, g.people);
      } else if (g.g === 5) add(`interviews.kind.${g.kind}`, g.interviews);
      else if (g.g === 6) {
        if (!g.desk) {
          add('interviews.outside_desks', g.interviews);
          add('people_seen.outside_desks', g.people);
        }
      } else {
        add('interviews', g.interviews);
        add('people_seen', g.people);
      }
    }
    for (const c of cats) {
      add(`category.${c.code}`, c.interviews);
      add(`category_people.${c.code}`, c.people);
    }
    for (const p of arrivals) {
      add('new_arrivals');
      add(`new_arrivals.age.${ageClass(p.birthYear ?? null, year)}`);
      add(`new_arrivals.gender.${p.gender ?? 'unspecified'}`);
      add(`new_arrivals.study_level.${p.studyLevel ?? 'unknown'}`);
      add(`new_arrivals.status.${p.professionalStatus ?? 'unknown'}`);
    }
    return counts;
  }

  return { collect, countsForPeriod };
}
