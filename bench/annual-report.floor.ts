/**
 * The floor of the annual report: the same figures, each computed by one hand-written SQL query (a figure, or a
 * chart with all its data points, for the year and the year before), run one after the other. What the report
 * adds on top of this is the cost of its composition. `flattenReport` and `computeFloor` give the same keys so
 * that the two can be compared figure by figure: the floor must compute the same thing.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../server/src/platform/db/database';
import type { AnnualReport } from '../server/src/modules/observatory/observatory.report';
import { brusselsYearRange } from '../server/src/platform/brussels-time';

export type Figures = Map<string, number | null>;

/** Every number of the report, under a stable key: `<section>.<figure>[.prev]`, `<section>.<chart>.<point>[.prev]`, `reach.<cur|prev>.<line>.<field>`. */
export function flattenReport(r: AnnualReport): Figures {
  const out: Figures = new Map();
  for (const [tag, pr] of [['cur', r.peopleReached], ['prev', r.peopleReached.previous]] as const) {
    for (const l of pr.lines) {
      if (l.origin !== 'tracked') continue;
      out.set(`reach.${tag}.${l.key}.value`, l.value);
      if (l.distinctPeople !== undefined) out.set(`reach.${tag}.${l.key}.distinct`, l.distinctPeople);
      if (l.participations !== undefined) out.set(`reach.${tag}.${l.key}.participations`, l.participations);
      if (l.anonymous !== undefined) out.set(`reach.${tag}.${l.key}.anonymous`, l.anonymous);
    }
    out.set(`reach.${tag}.total`, pr.total);
    out.set(`reach.${tag}.distinct_all`, pr.distinctPeopleAllTracked);
  }
  for (const s of r.sections) {
    for (const f of s.figures) {
      out.set(`${s.key}.${f.key}`, f.value);
      out.set(`${s.key}.${f.key}.prev`, f.previous);
    }
    for (const c of s.charts)
      for (const d of c.data) {
        out.set(`${s.key}.${c.key}.${d.key}`, d.value);
        out.set(`${s.key}.${c.key}.${d.key}.prev`, d.previous);
      }
  }
  return out;
}

/** The figures that differ (or exist on one side only). */
export function compareFigures(report: Figures, floor: Figures): { key: string; report: unknown; floor: unknown }[] {
  const keys = [...new Set([...report.keys(), ...floor.keys()])].sort();
  return keys.filter((k) => report.get(k) !== floor.get(k)).map((k) => ({ key: k, report: report.has(k) ? report.get(k) : '(missing)', floor: floor.has(k) ? floor.get(k) : '(missing)' }));
}

const rate = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : null);
const round2 = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);

type Row = Record<string, unknown>;
interface FloorQuery {
  name: string;
  text: string;
  /** turns the query's rows into figures (no other database access) */
  read(rows: Row[], out: Figures): void;
}

const n = (v: unknown) => Number(v ?? 0);

export function floorQueries(year: number): FloorQuery[] {
  const Y = year;
  const P = year - 1;
  const ry = brusselsYearRange(Y);
  const rp = brusselsYearRange(P);
  const fromP = `'${rp.from.toISOString()}'::timestamptz`;
  const fromY = `'${ry.from.toISOString()}'::timestamptz`;
  const toY = `'${ry.to.toISOString()}'::timestamptz`;
  /** both years at once: instants in [fromP, toY), and "is it the current year" */
  const tsBoth = (col: string) => `${col} >= ${fromP} and ${col} < ${toY}`;
  const tsCur = (col: string) => `${col} >= ${fromY}`;
  const dBoth = (col: string) => `${col} between '${P}-01-01' and '${Y}-12-31'`;
  const dCur = (col: string) => `${col} >= '${Y}-01-01'`;
  const pair = (out: Figures, key: string, row: Row | undefined, cur = 'cur', prev = 'prev') => {
    out.set(key, n(row?.[cur]));
    out.set(`${key}.prev`, n(row?.[prev]));
  };
  /** a chart whose points are listed up front: missing points are 0 */
  const points = (out: Figures, key: string, all: readonly string[], rows: Row[]) => {
    for (const k of all) {
      const r = rows.find((x) => String(x.k) === k);
      pair(out, `${key}.${k}`, r);
    }
  };
  const AGE_CLASSES = ['under_25', '25_34', '35_44', '45_54', '55_plus', 'unknown'];
  const GENDERS = ['F', 'M', 'X', 'unspecified'];
  const STUDY = ['none_primary', 'lower_secondary', 'upper_secondary', 'higher_non_university', 'university', 'foreign_not_recognised', 'unknown'];
  const STATUS = ['job_seeker_actiris', 'cpas_beneficiary', 'employed', 'student', 'no_status', 'other'];
  const AGE_BRACKETS = ['under_20', '20_30', '30_40', '40_50', '50_60', '60_plus', 'unknown'];

  // New arrivals: people whose first follow-up started in the year, with their profile.
  const arrivals = (select: string, group: string) => `select ${select}, count(*) filter (where a.y = ${Y})::int as cur, count(*) filter (where a.y = ${P})::int as prev
    from (select person_id, extract(year from min(start_date))::int as y from socialdesk_followups group by person_id
          having min(start_date) between '${P}-01-01' and '${Y}-12-31') a join people p on p.id = a.person_id group by ${group}`;
  // Training sessions of both years (a session belongs to the year of its first day).
  const sessions = `with s as (select t.id, t.programme_id, t.status, extract(year from min(d.day))::int as y
      from training_sessions t join training_session_days d on d.session_id = t.id
      group by t.id having min(d.day) between '${P}-01-01' and '${Y}-12-31')`;
  const epnCounted = `status in ('open', 'closed') and ${tsBoth('started_at')}`;
  const notDesk = `site_id not in (select id from sites where kind = 'desk')`;

  const q: FloorQuery[] = [
    // ---------- social desk ----------
    {
      name: 'social_desk.people_seen',
      text: `select count(distinct person_id) filter (where ${dCur('date')})::int as cur, count(distinct person_id) filter (where not ${dCur('date')})::int as prev from socialdesk_interviews where ${dBoth('date')}`,
      read: (r, o) => pair(o, 'social_desk.people_seen', r[0]),
    },
    {
      name: 'social_desk.interviews',
      text: `select count(*) filter (where ${dCur('date')})::int as cur, count(*) filter (where not ${dCur('date')})::int as prev from socialdesk_interviews where ${dBoth('date')}`,
      read: (r, o) => pair(o, 'social_desk.interviews', r[0]),
    },
    {
      name: 'social_desk.interviews.site.*',
      text: `select site_id as k, count(*) filter (where ${dCur('date')})::int as cur, count(*) filter (where not ${dCur('date')})::int as prev from socialdesk_interviews where ${dBoth('date')} group by site_id`,
      read: (r, o) => r.forEach((x) => pair(o, `social_desk.interviews.site.${x.k}`, x)),
    },
    { name: 'social_desk.new_arrivals', text: arrivals(`1 as k`, `1`), read: (r, o) => pair(o, 'social_desk.new_arrivals', r[0]) },
    {
      name: 'social_desk.no_show_rate',
      text: `select count(*) filter (where status = 'attended' and ${tsCur('starts_at')})::int as att_cur, count(*) filter (where status = 'no_show' and ${tsCur('starts_at')})::int as ns_cur,
                    count(*) filter (where status = 'attended' and not ${tsCur('starts_at')})::int as att_prev, count(*) filter (where status = 'no_show' and not ${tsCur('starts_at')})::int as ns_prev
             from appointments where ${tsBoth('starts_at')}`,
      read: ([r], o) => {
        // the appointments module's rate (a fraction, 3 decimals), shown by the report in percentage points
        const f = (att: number, ns: number) => (att + ns ? Math.round((Math.round((ns / (att + ns)) * 1000) / 1000) * 1000) / 10 : null);
        o.set('social_desk.no_show_rate', f(n(r.att_cur), n(r.ns_cur)));
        o.set('social_desk.no_show_rate.prev', f(n(r.att_prev), n(r.ns_prev)));
      },
    },
    {
      name: 'social_desk.new_arrivals_age',
      text: arrivals(
        `case when coalesce(p.birth_year, 0) = 0 then 'unknown' when a.y - p.birth_year < 25 then 'under_25' when a.y - p.birth_year < 35 then '25_34'
              when a.y - p.birth_year < 45 then '35_44' when a.y - p.birth_year < 55 then '45_54' else '55_plus' end as k`,
        `k`,
      ),
      read: (r, o) => points(o, 'social_desk.new_arrivals_age', AGE_CLASSES, r),
    },
    { name: 'social_desk.new_arrivals_gender', text: arrivals(`p.gender as k`, `p.gender`), read: (r, o) => points(o, 'social_desk.new_arrivals_gender', GENDERS, r) },
    { name: 'social_desk.new_arrivals_study', text: arrivals(`p.study_level as k`, `p.study_level`), read: (r, o) => points(o, 'social_desk.new_arrivals_study', STUDY, r) },
    { name: 'social_desk.new_arrivals_status', text: arrivals(`p.professional_status as k`, `p.professional_status`), read: (r, o) => points(o, 'social_desk.new_arrivals_status', STATUS, r) },
    {
      name: 'social_desk.problem_categories',
      text: `select c.code as k, c.active, count(distinct i.person_id) filter (where ${dCur('i.date')})::int as cur, count(distinct i.person_id) filter (where not ${dCur('i.date')})::int as prev,
                    count(i.id)::int as used
             from socialdesk_categories c
             left join socialdesk_interview_categories ic on ic.category_id = c.id
             left join socialdesk_interviews i on i.id = ic.interview_id and ${dBoth('i.date')}
             group by c.id`,
      read: (r, o) => r.filter((x) => x.active || n(x.used) > 0).forEach((x) => pair(o, `social_desk.problem_categories.${x.k}`, x)),
    },

    // ---------- front desk ----------
    {
      name: 'front_desk.visits',
      text: `select count(*) filter (where ${tsCur('at')})::int as cur, count(*) filter (where not ${tsCur('at')})::int as prev from frontdesk_visits where ${tsBoth('at')}`,
      read: (r, o) => pair(o, 'front_desk.visits', r[0]),
    },
    {
      name: 'front_desk.anonymous',
      text: `select count(*) filter (where ${tsCur('at')})::int as cur, count(*) filter (where not ${tsCur('at')})::int as prev from frontdesk_visits where person_id is null and ${tsBoth('at')}`,
      read: (r, o) => pair(o, 'front_desk.anonymous', r[0]),
    },
    {
      name: 'front_desk.distinct_people',
      text: `select count(distinct person_id) filter (where ${tsCur('at')})::int as cur, count(distinct person_id) filter (where not ${tsCur('at')})::int as prev from frontdesk_visits where ${tsBoth('at')}`,
      read: (r, o) => pair(o, 'front_desk.distinct_people', r[0]),
    },
    {
      name: 'front_desk.desk_reasons',
      text: `select r.code as k, r.active, coalesce(v.cur, 0) as cur, coalesce(v.prev, 0) as prev from frontdesk_reasons r
             left join (select reason_id, count(*) filter (where ${tsCur('at')})::int as cur, count(*) filter (where not ${tsCur('at')})::int as prev
                        from frontdesk_visits where ${tsBoth('at')} group by reason_id) v on v.reason_id = r.id`,
      read: (r, o) => r.filter((x) => x.active || n(x.cur) > 0).forEach((x) => pair(o, `front_desk.desk_reasons.${x.k}`, x)),
    },

    // ---------- EPN ----------
    {
      name: 'epn.visits',
      text: `select count(*) filter (where ${tsCur('started_at')})::int as cur, count(*) filter (where not ${tsCur('started_at')})::int as prev from epn_visits where ${epnCounted}`,
      read: (r, o) => pair(o, 'epn.visits', r[0]),
    },
    {
      name: 'epn.distinct_people',
      text: `select count(distinct person_id) filter (where ${tsCur('started_at')})::int as cur, count(distinct person_id) filter (where not ${tsCur('started_at')})::int as prev from epn_visits where ${epnCounted}`,
      read: (r, o) => pair(o, 'epn.distinct_people', r[0]),
    },
    {
      name: 'epn.anonymous',
      text: `select count(*) filter (where ${tsCur('started_at')})::int as cur, count(*) filter (where not ${tsCur('started_at')})::int as prev from epn_visits where person_id is null and ${epnCounted}`,
      read: (r, o) => pair(o, 'epn.anonymous', r[0]),
    },
    {
      name: 'epn.coaching',
      text: `select count(*) filter (where ${tsCur('v.started_at')})::int as cur, count(*) filter (where not ${tsCur('v.started_at')})::int as prev
             from epn_visit_help h join epn_help_kinds k on k.id = h.help_kind_id and k.code = 'individual_coaching' join epn_visits v on v.id = h.visit_id
             where v.status in ('open', 'closed') and ${tsBoth('v.started_at')}`,
      read: (r, o) => pair(o, 'epn.coaching', r[0]),
    },
    {
      name: 'epn.epn_age',
      text: `select coalesce(age_bracket, 'unknown') as k, count(*) filter (where ${tsCur('started_at')})::int as cur, count(*) filter (where not ${tsCur('started_at')})::int as prev from epn_visits where ${epnCounted} group by 1`,
      read: (r, o) => points(o, 'epn.epn_age', AGE_BRACKETS, r),
    },
    {
      name: 'epn.epn_sex',
      text: `select coalesce(gender, 'unknown') as k, count(*) filter (where ${tsCur('started_at')})::int as cur, count(*) filter (where not ${tsCur('started_at')})::int as prev from epn_visits where ${epnCounted} group by 1`,
      read: (r, o) => points(o, 'epn.epn_sex', ['F', 'M', 'X', 'unknown'], r),
    },
    {
      name: 'epn.epn_months',
      text: `select extract(month from started_at at time zone 'Europe/Brussels')::int as k, count(*) filter (where ${tsCur('started_at')})::int as cur, count(*) filter (where not ${tsCur('started_at')})::int as prev
             from epn_visits where ${epnCounted} group by 1`,
      read: (r, o) => points(o, 'epn.epn_months', Array.from({ length: 12 }, (_, i) => String(i + 1)), r),
    },
    {
      name: 'epn.epn_help',
      text: `select coalesce(k.code, k.id::text) as k, k.active, coalesce(c.cur, 0) as cur, coalesce(c.prev, 0) as prev from epn_help_kinds k
             left join (select h.help_kind_id, count(*) filter (where ${tsCur('v.started_at')})::int as cur, count(*) filter (where not ${tsCur('v.started_at')})::int as prev
                        from epn_visit_help h join epn_visits v on v.id = h.visit_id where v.status in ('open', 'closed') and ${tsBoth('v.started_at')} group by h.help_kind_id) c on c.help_kind_id = k.id`,
      read: (r, o) => r.filter((x) => x.active || n(x.cur) > 0).forEach((x) => pair(o, `epn.epn_help.${x.k}`, x)),
    },

    // ---------- trainings ----------
    {
      name: 'trainings.programmes',
      text: `${sessions} select count(distinct programme_id) filter (where y = ${Y})::int as cur, count(distinct programme_id) filter (where y = ${P})::int as prev from s`,
      read: (r, o) => pair(o, 'trainings.programmes', r[0]),
    },
    {
      name: 'trainings.sessions_held',
      text: `${sessions} select count(*) filter (where y = ${Y})::int as cur, count(*) filter (where y = ${P})::int as prev from s where status <> 'cancelled'`,
      read: (r, o) => pair(o, 'trainings.sessions_held', r[0]),
    },
    {
      name: 'trainings.sessions_cancelled',
      text: `${sessions} select count(*) filter (where y = ${Y})::int as cur, count(*) filter (where y = ${P})::int as prev from s where status = 'cancelled'`,
      read: (r, o) => pair(o, 'trainings.sessions_cancelled', r[0]),
    },
    {
      name: 'trainings.participations',
      text: `${sessions} select count(*) filter (where s.y = ${Y})::int as cur, count(*) filter (where s.y = ${P})::int as prev
             from s join training_participants p on p.session_id = s.id where s.status <> 'cancelled' and p.status = 'enrolled'`,
      read: (r, o) => pair(o, 'trainings.participations', r[0]),
    },
    {
      name: 'trainings.distinct_people',
      text: `${sessions} select count(distinct p.person_id) filter (where s.y = ${Y})::int as cur, count(distinct p.person_id) filter (where s.y = ${P})::int as prev
             from s join training_participants p on p.session_id = s.id where s.status <> 'cancelled' and p.status = 'enrolled'`,
      read: (r, o) => pair(o, 'trainings.distinct_people', r[0]),
    },
    {
      name: 'trainings.attendance_rate',
      text: `${sessions} select count(*) filter (where s.y = ${Y} and a.present)::int as pc, count(*) filter (where s.y = ${Y})::int as ec,
                    count(*) filter (where s.y = ${P} and a.present)::int as pp, count(*) filter (where s.y = ${P})::int as ep
             from s join training_attendance a on a.session_id = s.id join training_participants p on p.id = a.participant_id
             where s.status <> 'cancelled' and p.status = 'enrolled'`,
      read: ([r], o) => {
        o.set('trainings.attendance_rate', rate(n(r.pc), n(r.ec)));
        o.set('trainings.attendance_rate.prev', rate(n(r.pp), n(r.ep)));
      },
    },
    {
      name: 'trainings.outcome_rate',
      text: `${sessions} select count(*) filter (where s.y = ${Y} and p.outcome in ('entered_training', 'found_job'))::int as pc, count(*) filter (where s.y = ${Y})::int as ec,
                    count(*) filter (where s.y = ${P} and p.outcome in ('entered_training', 'found_job'))::int as pp, count(*) filter (where s.y = ${P})::int as ep
             from s join training_participants p on p.session_id = s.id where s.status <> 'cancelled' and p.status = 'enrolled'`,
      read: ([r], o) => {
        o.set('trainings.outcome_rate', rate(n(r.pc), n(r.ec)));
        o.set('trainings.outcome_rate.prev', rate(n(r.pp), n(r.ep)));
      },
    },
    {
      name: 'trainings.evaluation_average',
      text: `${sessions} select avg(a.scale) filter (where s.y = ${Y}) as cur, avg(a.scale) filter (where s.y = ${P}) as prev
             from s join surveys v on v.subject_type = 'training_session' and v.subject_id = s.id join survey_responses r on r.survey_id = v.id
             join survey_answers a on a.response_id = r.id join survey_questions q on q.id = a.question_id and q.kind = 'scale' and q.key like 'tq:%'`,
      read: ([r], o) => {
        o.set('trainings.evaluation_average', round2(r?.cur));
        o.set('trainings.evaluation_average.prev', round2(r?.prev));
      },
    },
    {
      name: 'trainings.training_participants',
      text: `${sessions} select s.programme_id as k, s.y, count(p.id) filter (where s.status <> 'cancelled' and p.status = 'enrolled')::int as n
             from s left join training_participants p on p.session_id = s.id group by s.programme_id, s.y`,
      read: (r, o) => {
        for (const x of r.filter((x) => x.y === Y)) {
          o.set(`trainings.training_participants.${x.k}`, n(x.n));
          const prev = r.find((p) => p.y === P && p.k === x.k);
          o.set(`trainings.training_participants.${x.k}.prev`, prev ? n(prev.n) : null);
        }
      },
    },

    // ---------- rooms ----------
    {
      name: 'rooms.bookings',
      text: `select count(*) filter (where ${tsCur('starts_at')})::int as cur, count(*) filter (where not ${tsCur('starts_at')})::int as prev from room_bookings where status = 'confirmed' and ${tsBoth('starts_at')}`,
      read: (r, o) => pair(o, 'rooms.bookings', r[0]),
    },
    {
      name: 'rooms.hours',
      text: `select sum(extract(epoch from ends_at - starts_at)) filter (where ${tsCur('starts_at')}) / 3600 as cur, sum(extract(epoch from ends_at - starts_at)) filter (where not ${tsCur('starts_at')}) / 3600 as prev
             from room_bookings where status = 'confirmed' and ${tsBoth('starts_at')}`,
      read: ([r], o) => {
        o.set('rooms.hours', Math.round(n(r.cur)));
        o.set('rooms.hours.prev', Math.round(n(r.prev)));
      },
    },
    {
      name: 'rooms.rooms_months',
      text: `select extract(month from starts_at at time zone 'Europe/Brussels')::int as k, count(*) filter (where ${tsCur('starts_at')})::int as cur, count(*) filter (where not ${tsCur('starts_at')})::int as prev
             from room_bookings where status = 'confirmed' and ${tsBoth('starts_at')} group by 1`,
      read: (r, o) => points(o, 'rooms.rooms_months', Array.from({ length: 12 }, (_, i) => String(i + 1)), r),
    },
    {
      name: 'rooms.rooms_by_room',
      text: `select r.id as k, coalesce(b.cur, 0) as cur, coalesce(b.prev, 0) as prev from rooms r
             left join (select room_id, count(*) filter (where ${tsCur('starts_at')})::int as cur, count(*) filter (where not ${tsCur('starts_at')})::int as prev
                        from room_bookings where status = 'confirmed' and ${tsBoth('starts_at')} group by room_id) b on b.room_id = r.id`,
      read: (r, o) => r.forEach((x) => pair(o, `rooms.rooms_by_room.${x.k}`, x)),
    },
  ];

  // ---------- people reached: one query per line (both years), and the distinct people of each year ----------
  const line = (o: Figures, tag: string, key: string, f: { value: number; distinct?: number; participations?: number; anonymous?: number }) => {
    o.set(`reach.${tag}.${key}.value`, f.value);
    if (f.distinct !== undefined) o.set(`reach.${tag}.${key}.distinct`, f.distinct);
    if (f.participations !== undefined) o.set(`reach.${tag}.${key}.participations`, f.participations);
    if (f.anonymous !== undefined) o.set(`reach.${tag}.${key}.anonymous`, f.anonymous);
  };
  const tags = [
    ['cur', Y],
    ['prev', P],
  ] as const;
  q.push(
    {
      name: 'reach.epn',
      text: `select extract(year from started_at at time zone 'Europe/Brussels')::int as y, count(*)::int as visits, count(distinct person_id)::int as people, count(*) filter (where person_id is null)::int as anon
             from epn_visits where ${epnCounted} group by 1`,
      read: (r, o) => {
        for (const [tag, y] of tags) {
          const x = r.find((z) => z.y === y);
          line(o, tag, 'epn', { value: n(x?.visits), participations: n(x?.visits), distinct: n(x?.people), anonymous: n(x?.anon) });
        }
      },
    },
    {
      name: 'reach.training:*',
      text: `${sessions} select s.programme_id as k, s.y, count(*)::int as parts, count(distinct p.person_id)::int as people
             from s join training_participants p on p.session_id = s.id where s.status <> 'cancelled' and p.status = 'enrolled' group by s.programme_id, s.y`,
      read: (r, o) => {
        for (const x of r) if (n(x.parts) > 0) line(o, x.y === Y ? 'cur' : 'prev', `training:${x.k}`, { value: n(x.parts), participations: n(x.parts), distinct: n(x.people) });
      },
    },
    {
      name: 'reach.front_desk',
      text: `select (at >= ${fromY}) as cur, count(*)::int as visits, count(*) filter (where person_id is null)::int as anon, count(distinct person_id)::int as people
             from frontdesk_visits where ${tsBoth('at')} group by 1`,
      read: (r, o) => {
        for (const [tag] of tags) {
          const x = r.find((z) => z.cur === (tag === 'cur'));
          line(o, tag, 'front_desk', { value: n(x?.visits), participations: n(x?.visits), anonymous: n(x?.anon), distinct: n(x?.people) });
        }
      },
    },
    {
      name: 'reach.social_desk',
      text: `select count(distinct person_id) filter (where ${dCur('date')})::int as pc, count(*) filter (where ${dCur('date')})::int as ic,
                    count(distinct person_id) filter (where not ${dCur('date')})::int as pp, count(*) filter (where not ${dCur('date')})::int as ip
             from socialdesk_interviews where ${dBoth('date')} and ${notDesk}`,
      read: ([x], o) => {
        line(o, 'cur', 'social_desk', { value: n(x.pc), distinct: n(x.pc), participations: n(x.ic) });
        line(o, 'prev', 'social_desk', { value: n(x.pp), distinct: n(x.pp), participations: n(x.ip) });
      },
    },
    {
      name: 'reach.social_desk:site:*',
      text: `select site_id as k, (date >= '${Y}-01-01') as cur, count(*)::int as interviews, count(distinct person_id)::int as people
             from socialdesk_interviews where ${dBoth('date')} and site_id in (select id from sites where kind = 'desk') group by 1, 2`,
      read: (r, o) => r.forEach((x) => line(o, x.cur ? 'cur' : 'prev', `social_desk:site:${x.k}`, { value: n(x.interviews), participations: n(x.interviews), distinct: n(x.people) })),
    },
  );
  for (const [tag, y] of tags) {
    const r = brusselsYearRange(y);
    const from = `'${r.from.toISOString()}'::timestamptz`;
    const to = `'${r.to.toISOString()}'::timestamptz`;
    q.push({
      name: `reach.${tag}.distinct_all`,
      text: `with s as (select t.id, t.status from training_sessions t join training_session_days d on d.session_id = t.id
                        group by t.id having min(d.day) between '${y}-01-01' and '${y}-12-31')
             select count(*)::int as n from (
               select person_id from socialdesk_interviews where date between '${y}-01-01' and '${y}-12-31'
               union select person_id from frontdesk_visits where person_id is not null and at >= ${from} and at < ${to}
               union select person_id from epn_visits where person_id is not null and status in ('open', 'closed') and started_at >= ${from} and started_at < ${to}
               union select p.person_id from s join training_participants p on p.session_id = s.id where p.person_id is not null and p.status = 'enrolled' and s.status <> 'cancelled'
             ) x`,
      read: ([x], o) => o.set(`reach.${tag}.distinct_all`, n(x.n)),
    });
  }
  return q;
}

/** Runs the floor's queries one after the other and returns every figure (line totals are sums of the lines). */
export async function computeFloor(database: Database, year: number, timings?: Map<string, number>): Promise<Figures> {
  const out: Figures = new Map();
  for (const fq of floorQueries(year)) {
    const t = performance.now();
    const rows = await database.rows<Row>(sql.raw(fq.text));
    timings?.set(fq.name, (timings.get(fq.name) ?? 0) + performance.now() - t);
    fq.read(rows, out);
  }
  for (const tag of ['cur', 'prev']) {
    let total = 0;
    for (const [k, v] of out) if (k.startsWith(`reach.${tag}.`) && k.endsWith('.value')) total += v ?? 0;
    out.set(`reach.${tag}.total`, total);
  }
  return out;
}
