/**
 * The floor of the annual report: the same figures, written the way a database engineer would, in about ten
 * single-pass statements run one after the other. Each activity table is read once for both years (the year
 * and the year before, told apart by a `cur` flag, with grouping sets for the breakdowns); every distinct-people
 * figure (per activity, per partner desk, per problem category, per training programme, and across everything)
 * comes from one aggregation per person and year over bit masks of what that person took part in. Every scan
 * is restricted to the two years (a session's year is that of its first day: found from the two years' days,
 * checking that the session has no earlier day). What the report adds on top of this is the cost of its
 * composition. `flattenReport` and `computeFloor` give the same keys so that the two can be compared figure by
 * figure: the floor must compute the same thing.
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
      // A line with nothing in it (an activity the generated data has none of: events, matching...) is not compared:
      // the floor reads the activities the data has.
      if (!l.value && !l.distinctPeople && !l.participations && !l.anonymous) continue;
      out.set(`reach.${tag}.${l.key}.value`, l.value);
      // a figure the module does not know (null) is not one to compare
      if (l.distinctPeople != null) out.set(`reach.${tag}.${l.key}.distinct`, l.distinctPeople);
      if (l.participations != null) out.set(`reach.${tag}.${l.key}.participations`, l.participations);
      if (l.anonymous != null) out.set(`reach.${tag}.${l.key}.anonymous`, l.anonymous);
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

/** a rate as the report carries it: a fraction (the unit says percent) */
const rate = (n: number, d: number) => (d ? n / d : null);
const round2 = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);

type Row = Record<string, unknown>;
const n = (v: unknown) => Number(v ?? 0);

const AGE_CLASSES = ['under_25', '25_34', '35_44', '45_54', '55_plus', 'unknown'];
const GENDERS = ['F', 'M', 'X', 'unspecified'];
const STUDY = ['none_primary', 'lower_secondary', 'upper_secondary', 'higher_non_university', 'university', 'foreign_not_recognised', 'unknown'];
const STATUS = ['job_seeker_actiris', 'cpas_beneficiary', 'employed', 'student', 'no_status', 'other', 'unknown'];
const AGE_BRACKETS = ['under_20', '20_30', '30_40', '40_50', '50_60', '60_plus', 'unknown'];
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1));

/** The reference lists the figures are keyed by (one statement): desk sites, categories, programmes, reasons, help kinds, rooms. */
interface Refs {
  deskSites: number[];
  categories: { id: number; code: string; active: boolean }[];
  reasons: { id: number; code: string; active: boolean }[];
  helpKinds: { id: number; code: string; active: boolean }[];
  rooms: number[];
}
const REFS = `select 'site' as t, id, kind as code, true as active from sites
  union all select 'cat', id, code, active from socialdesk_categories
  union all select 'reason', id, code, active from frontdesk_reasons
  union all select 'help', id, coalesce(code, id::text), active from epn_help_kinds
  union all select 'room', id, null, true from rooms`;
function readRefs(rows: Row[]): Refs {
  const of = (t: string) => rows.filter((r) => r.t === t).map((r) => ({ id: n(r.id), code: String(r.code), active: Boolean(r.active) }));
  const refs = {
    deskSites: of('site').filter((s) => s.code === 'desk').map((s) => s.id),
    categories: of('cat'),
    reasons: of('reason'),
    helpKinds: of('help'),
    rooms: of('room').map((r) => r.id),
  };
  // The masks below give a bit to each id (1 << id, in a bigint).
  if ([...refs.deskSites, ...refs.categories.map((c) => c.id)].some((id) => id > 62)) throw new Error('the floor gives each desk site and category a bit of a bigint: ids up to 62');
  return refs;
}

interface FloorQuery {
  name: string;
  text: string;
  /** turns the query's rows into figures (no other database access) */
  read(rows: Row[], out: Figures): void;
}

export function floorQueries(year: number, refs: Refs): FloorQuery[] {
  const Y = year;
  const P = year - 1;
  const ry = brusselsYearRange(Y);
  const rp = brusselsYearRange(P);
  const fromP = `'${rp.from.toISOString()}'::timestamptz`;
  const fromY = `'${ry.from.toISOString()}'::timestamptz`;
  const toY = `'${ry.to.toISOString()}'::timestamptz`;
  /** both years at once: instants in [fromP, toY), and "is it the current year" */
  const tsBoth = (col: string) => `${col} >= ${fromP} and ${col} < ${toY}`;
  const dBoth = (col: string) => `${col} between '${P}-01-01' and '${Y}-12-31'`;
  const set = (out: Figures, key: string, cur: number | null, prev: number | null) => {
    out.set(key, cur);
    out.set(`${key}.prev`, prev);
  };
  /** the row of a year (`cur` true or false) among rows of one grouping */
  const of = (rows: Row[], cur: boolean) => rows.find((r) => r.cur === cur);
  const pairOf = (out: Figures, key: string, rows: Row[], col: string) => set(out, key, n(of(rows, true)?.[col]), n(of(rows, false)?.[col]));
  /** a chart whose points are listed up front: missing points are 0 */
  const points = (out: Figures, key: string, all: readonly string[], rows: Row[], col: string, kcol = 'k') => {
    for (const k of all) {
      const r = rows.filter((x) => String(x[kcol]) === k);
      pairOf(out, `${key}.${k}`, r, col);
    }
  };
  const tags = [
    ['cur', true],
    ['prev', false],
  ] as const;
  const desk = refs.deskSites.length ? `(${refs.deskSites.join(', ')})` : '(null)';
  const isDesk = (col: string) => `coalesce(${col} in ${desk}, false)`;

  // Training sessions of both years (a session belongs to the year of its first day), from those years' days only.
  const sessions = `s as (select t.id, t.programme_id, t.status, extract(year from f.first)::int as y
      from (select session_id, min(day) as first from training_session_days where ${dBoth('day')} group by session_id) f
      join training_sessions t on t.id = f.session_id
      where not exists (select 1 from training_session_days e where e.session_id = f.session_id and e.day < '${P}-01-01'))`;
  const epnCounted = `status in ('open', 'closed') and ${tsBoth('started_at')}`;

  return [
    // ---------- front desk: visits, anonymous visits, by reason ----------
    {
      name: 'front_desk',
      text: `select cur, reason_id, grouping(reason_id) as g, count(*)::int as visits, count(*) filter (where person_id is null)::int as anon
             from (select at >= ${fromY} as cur, reason_id, person_id from frontdesk_visits where ${tsBoth('at')}) v
             group by grouping sets ((cur), (cur, reason_id))`,
      read: (rows, o) => {
        const tot = rows.filter((r) => n(r.g) === 1);
        pairOf(o, 'front_desk.visits', tot, 'visits');
        pairOf(o, 'front_desk.anonymous', tot, 'anon');
        for (const [tag, cur] of tags) {
          const x = of(tot, cur);
          o.set(`reach.${tag}.front_desk.value`, n(x?.visits));
          o.set(`reach.${tag}.front_desk.participations`, n(x?.visits));
          o.set(`reach.${tag}.front_desk.anonymous`, n(x?.anon));
        }
        const by = rows.filter((r) => n(r.g) === 0);
        for (const r of refs.reasons) {
          const mine = by.filter((x) => n(x.reason_id) === r.id);
          if (r.active || n(of(mine, true)?.visits) > 0) pairOf(o, `front_desk.desk_reasons.${r.code}`, mine, 'visits');
        }
      },
    },

    // ---------- social desk: interviews, per site, outside the partner desks ----------
    {
      name: 'social_desk',
      text: `select cur, site_id, grouping(site_id) as g, count(*)::int as interviews, count(*) filter (where not desk)::int as main
             from (select date >= '${Y}-01-01' as cur, site_id, ${isDesk('site_id')} as desk from socialdesk_interviews where ${dBoth('date')}) i
             group by grouping sets ((cur), (cur, site_id))`,
      read: (rows, o) => {
        const tot = rows.filter((r) => n(r.g) === 1);
        pairOf(o, 'social_desk.interviews', tot, 'interviews');
        for (const [tag, cur] of tags) o.set(`reach.${tag}.social_desk.participations`, n(of(tot, cur)?.main));
        const by = rows.filter((r) => n(r.g) === 0);
        for (const site of new Set(by.map((r) => n(r.site_id)))) {
          const mine = by.filter((r) => n(r.site_id) === site);
          pairOf(o, `social_desk.interviews.site.${site}`, mine, 'interviews');
          if (refs.deskSites.includes(site))
            for (const [tag, cur] of tags) {
              const x = of(mine, cur);
              if (x) {
                o.set(`reach.${tag}.social_desk:site:${site}.value`, n(x.interviews));
                o.set(`reach.${tag}.social_desk:site:${site}.participations`, n(x.interviews));
              }
            }
        }
      },
    },

    // ---------- social desk: new arrivals (first follow-up started in the year) and their profile ----------
    {
      name: 'social_desk.new_arrivals',
      text: `select y, age, gender, study, status, grouping(age, gender, study, status) as g, count(*)::int as n
             from (select a.y = ${Y} as y,
                          case when coalesce(p.birth_year, 0) = 0 then 'unknown' when a.y - p.birth_year < 25 then 'under_25' when a.y - p.birth_year < 35 then '25_34'
                               when a.y - p.birth_year < 45 then '35_44' when a.y - p.birth_year < 55 then '45_54' else '55_plus' end as age,
                          coalesce(p.gender, 'unspecified') as gender, coalesce(p.study_level, 'unknown') as study, coalesce(p.professional_status, 'unknown') as status
                   from (select f.person_id, extract(year from min(f.start_date))::int as y from socialdesk_followups f
                         where ${dBoth('f.start_date')}
                           and not exists (select 1 from socialdesk_followups e where e.person_id = f.person_id and e.start_date < '${P}-01-01')
                         group by f.person_id) a
                   join people p on p.id = a.person_id) x
             group by grouping sets ((y), (y, age), (y, gender), (y, study), (y, status))`,
      read: (rows, o) => {
        const cur = (r: Row): Row => ({ ...r, cur: r.y });
        const g = (bits: number) => rows.filter((r) => n(r.g) === bits).map(cur);
        pairOf(o, 'social_desk.new_arrivals', g(15), 'n');
        points(o, 'social_desk.new_arrivals_age', AGE_CLASSES, g(7), 'n', 'age');
        points(o, 'social_desk.new_arrivals_gender', GENDERS, g(11), 'n', 'gender');
        points(o, 'social_desk.new_arrivals_study', STUDY, g(13), 'n', 'study');
        points(o, 'social_desk.new_arrivals_status', STATUS, g(14), 'n', 'status');
      },
    },

    // ---------- appointments: the no-show rate ----------
    {
      name: 'social_desk.no_show_rate',
      text: `select starts_at >= ${fromY} as cur, count(*) filter (where status = 'attended')::int as att, count(*) filter (where status = 'no_show')::int as ns
             from appointments where ${tsBoth('starts_at')} group by 1`,
      read: (rows, o) => {
        // the appointments module's rate: a fraction, 3 decimals
        const f = (r: Row | undefined) => {
          const att = n(r?.att);
          const ns = n(r?.ns);
          return att + ns ? Math.round((ns / (att + ns)) * 1000) / 1000 : null;
        };
        set(o, 'social_desk.no_show_rate', f(of(rows, true)), f(of(rows, false)));
      },
    },

    // ---------- EPN: visits, anonymous, by age bracket, sex and month ----------
    {
      name: 'epn',
      text: `select cur, age, sex, m, grouping(age, sex, m) as g, count(*)::int as visits, count(*) filter (where person_id is null)::int as anon
             from (select started_at >= ${fromY} as cur, coalesce(age_bracket, 'unknown') as age, coalesce(gender, 'unknown') as sex,
                          extract(month from started_at at time zone 'Europe/Brussels')::int as m, person_id
                   from epn_visits where ${epnCounted}) v
             group by grouping sets ((cur), (cur, age), (cur, sex), (cur, m))`,
      read: (rows, o) => {
        const g = (bits: number) => rows.filter((r) => n(r.g) === bits);
        const tot = g(7);
        pairOf(o, 'epn.visits', tot, 'visits');
        pairOf(o, 'epn.anonymous', tot, 'anon');
        for (const [tag, cur] of tags) {
          const x = of(tot, cur);
          o.set(`reach.${tag}.epn.value`, n(x?.visits));
          o.set(`reach.${tag}.epn.participations`, n(x?.visits));
          o.set(`reach.${tag}.epn.anonymous`, n(x?.anon));
        }
        points(o, 'epn.epn_age', AGE_BRACKETS, g(3), 'visits', 'age');
        points(o, 'epn.epn_sex', ['F', 'M', 'X', 'unknown'], g(5), 'visits', 'sex');
        points(o, 'epn.epn_months', MONTHS, g(6), 'visits', 'm');
      },
    },
    {
      name: 'epn.help',
      text: `select v.started_at >= ${fromY} as cur, h.help_kind_id as k, count(*)::int as n
             from epn_visits v join epn_visit_help h on h.visit_id = v.id where v.status in ('open', 'closed') and ${tsBoth('v.started_at')} group by 1, 2`,
      read: (rows, o) => {
        for (const k of refs.helpKinds) {
          const mine = rows.filter((r) => n(r.k) === k.id);
          if (k.code === 'individual_coaching') pairOf(o, 'epn.coaching', mine, 'n');
          if (k.active || n(of(mine, true)?.n) > 0) pairOf(o, `epn.epn_help.${k.code}`, mine, 'n');
        }
        if (!refs.helpKinds.some((k) => k.code === 'individual_coaching')) set(o, 'epn.coaching', 0, 0);
      },
    },

    // ---------- trainings: sessions, participations, outcomes, attendance, evaluations, per programme ----------
    {
      name: 'trainings',
      text: `with ${sessions},
             pp as (select p.session_id, count(*)::int as parts, count(*) filter (where p.outcome in ('entered_training', 'found_job'))::int as pos
                    from s join training_participants p on p.session_id = s.id where p.status = 'enrolled' group by p.session_id),
             aa as (select a.session_id, count(*) filter (where a.present)::int as pres, count(*)::int as exp
                    from s join training_attendance a on a.session_id = s.id join training_participants p on p.id = a.participant_id
                    where p.status = 'enrolled' group by a.session_id),
             ev as (select v.subject_id as session_id, sum(an.scale)::float8 as sm, count(an.scale)::int as cnt
                    from s join surveys v on v.subject_type = 'training_session' and v.subject_id = s.id join survey_responses r on r.survey_id = v.id
                    join survey_answers an on an.response_id = r.id join survey_questions q on q.id = an.question_id and q.kind = 'scale' and q.key like 'tq:%'
                    group by v.subject_id)
             select s.y, s.programme_id as k, grouping(s.programme_id) as g,
                    count(*) filter (where s.status <> 'cancelled')::int as held, count(*) filter (where s.status = 'cancelled')::int as cancelled,
                    count(distinct s.programme_id)::int as programmes,
                    coalesce(sum(pp.parts) filter (where s.status <> 'cancelled'), 0)::int as parts, coalesce(sum(pp.pos) filter (where s.status <> 'cancelled'), 0)::int as pos,
                    coalesce(sum(aa.pres) filter (where s.status <> 'cancelled'), 0)::int as pres, coalesce(sum(aa.exp) filter (where s.status <> 'cancelled'), 0)::int as exp,
                    sum(ev.sm) as sm, coalesce(sum(ev.cnt), 0)::int as cnt
             from s left join pp on pp.session_id = s.id left join aa on aa.session_id = s.id left join ev on ev.session_id = s.id
             group by grouping sets ((s.y), (s.y, s.programme_id))`,
      read: (rows, o) => {
        const rs: Row[] = rows.map((r) => ({ ...r, cur: n(r.y) === Y }));
        const tot = rs.filter((r) => n(r.g) === 1);
        pairOf(o, 'trainings.programmes', tot, 'programmes');
        pairOf(o, 'trainings.sessions_held', tot, 'held');
        pairOf(o, 'trainings.sessions_cancelled', tot, 'cancelled');
        pairOf(o, 'trainings.participations', tot, 'parts');
        const c = of(tot, true);
        const p = of(tot, false);
        set(o, 'trainings.attendance_rate', rate(n(c?.pres), n(c?.exp)), rate(n(p?.pres), n(p?.exp)));
        set(o, 'trainings.outcome_rate', rate(n(c?.pos), n(c?.parts)), rate(n(p?.pos), n(p?.parts)));
        set(o, 'trainings.evaluation_average', n(c?.cnt) ? round2(n(c?.sm) / n(c?.cnt)) : null, n(p?.cnt) ? round2(n(p?.sm) / n(p?.cnt)) : null);
        const by = rs.filter((r) => n(r.g) === 0);
        for (const x of by.filter((r) => r.cur)) {
          const prev = by.find((r) => !r.cur && n(r.k) === n(x.k));
          set(o, `trainings.training_participants.${x.k}`, n(x.parts), prev ? n(prev.parts) : null);
        }
        for (const x of by) if (n(x.parts) > 0) for (const f of ['value', 'participations']) o.set(`reach.${x.cur ? 'cur' : 'prev'}.training:${x.k}.${f}`, n(x.parts));
      },
    },

    // ---------- rooms: confirmed bookings, hours, by month and by room ----------
    {
      name: 'rooms',
      text: `select cur, room_id, m, grouping(room_id, m) as g, count(*)::int as bookings, sum(secs) as secs
             from (select starts_at >= ${fromY} as cur, room_id, extract(month from starts_at at time zone 'Europe/Brussels')::int as m, extract(epoch from ends_at - starts_at) as secs
                   from room_bookings where status = 'confirmed' and ${tsBoth('starts_at')}) b
             group by grouping sets ((cur), (cur, room_id), (cur, m))`,
      read: (rows, o) => {
        const g = (bits: number) => rows.filter((r) => n(r.g) === bits);
        const tot = g(3);
        pairOf(o, 'rooms.bookings', tot, 'bookings');
        set(o, 'rooms.hours', Math.round(n(of(tot, true)?.secs) / 3600), Math.round(n(of(tot, false)?.secs) / 3600));
        points(o, 'rooms.rooms_months', MONTHS, g(2), 'bookings', 'm');
        points(o, 'rooms.rooms_by_room', refs.rooms.map(String), g(1), 'bookings', 'room_id');
      },
    },

    // ---------- every distinct-people figure: one row per person and year, bit masks of what they took part in ----------
    (() => {
      // act: 1 front desk, 2 EPN, 4 an interview, 8 an interview outside the partner desks, 16 a training; site: the partner
      // desks (1 << site id); cat: the problem categories (1 << category id); prog: the training programmes (1 << programme id).
      const bit = (col: string, b: string) => `count(*) filter (where ${col} & ${b} <> 0)::int`;
      const cols = [
        `${bit('act', '1')} as fd`,
        `${bit('act', '2')} as epn`,
        `${bit('act', '4')} as soc`,
        `${bit('act', '8')} as main`,
        `${bit('act', '16')} as tr`,
        `count(*)::int as everyone`,
        ...refs.deskSites.map((id) => `${bit('site', `(1::bigint << ${id})`)} as site_${id}`),
        ...refs.categories.map((c) => `${bit('cat', `(1::bigint << ${c.id})`)} as cat_${c.id}`),
      ];
      return {
        name: 'distinct people',
        text: `with ${sessions},
               x as (select person_id, at >= ${fromY} as cur, 1 as act, 0::bigint as site, 0::bigint as cat, null::int as prog
                     from frontdesk_visits where person_id is not null and ${tsBoth('at')}
                     union all
                     select person_id, started_at >= ${fromY}, 2, 0, 0, null from epn_visits where person_id is not null and ${epnCounted}
                     union all
                     select i.person_id, i.date >= '${Y}-01-01', case when ${isDesk('i.site_id')} then 4 else 12 end,
                            case when ${isDesk('i.site_id')} then 1::bigint << i.site_id else 0 end, coalesce(c.m, 0), null
                     from socialdesk_interviews i
                     left join lateral (select bit_or(1::bigint << ic.category_id) as m from socialdesk_interview_categories ic where ic.interview_id = i.id) c on true
                     where ${dBoth('i.date')}
                     union all
                     select p.person_id, s.y = ${Y}, 16, 0, 0, s.programme_id from s join training_participants p on p.session_id = s.id
                     where p.person_id is not null and p.status = 'enrolled' and s.status <> 'cancelled'),
               per as (select person_id, cur, bit_or(act) as act, bit_or(site) as site, bit_or(cat) as cat, array_agg(distinct prog) filter (where prog is not null) as progs
                       from x group by person_id, cur)
               select cur, null::int as k, ${cols.join(', ')} from per group by cur
               union all
               select cur, prog, ${cols.map((c) => (c.endsWith(' as tr') ? 'count(*)::int' : '0')).join(', ')} from per, unnest(progs) prog group by cur, prog`,
        read: (rows, o) => {
          const tot = rows.filter((r) => r.k === null);
          const byProg = rows.filter((r) => r.k !== null);
          pairOf(o, 'front_desk.distinct_people', tot, 'fd');
          pairOf(o, 'epn.distinct_people', tot, 'epn');
          pairOf(o, 'social_desk.people_seen', tot, 'soc');
          pairOf(o, 'trainings.distinct_people', tot, 'tr');
          for (const c of refs.categories) {
            const k = `cat_${c.id}`;
            if (c.active || n(of(tot, true)?.[k]) > 0 || n(of(tot, false)?.[k]) > 0) pairOf(o, `social_desk.problem_categories.${c.code}`, tot, k);
          }
          for (const [tag, cur] of tags) {
            const x = of(tot, cur);
            o.set(`reach.${tag}.front_desk.distinct`, n(x?.fd));
            o.set(`reach.${tag}.epn.distinct`, n(x?.epn));
            o.set(`reach.${tag}.social_desk.value`, n(x?.main));
            o.set(`reach.${tag}.social_desk.distinct`, n(x?.main));
            o.set(`reach.${tag}.distinct_all`, n(x?.everyone));
            for (const id of refs.deskSites) if (o.has(`reach.${tag}.social_desk:site:${id}.value`)) o.set(`reach.${tag}.social_desk:site:${id}.distinct`, n(x?.[`site_${id}`]));
            for (const r of byProg.filter((r) => r.cur === cur)) if (o.has(`reach.${tag}.training:${r.k}.value`)) o.set(`reach.${tag}.training:${r.k}.distinct`, n(r.tr));
          }
        },
      };
    })(),
  ];
}

/** Runs the floor's statements one after the other and returns every figure (line totals are sums of the lines). */
export async function computeFloor(database: Database, year: number, timings?: Map<string, number>): Promise<Figures> {
  const out: Figures = new Map();
  const timed = async (name: string, text: string) => {
    const t = performance.now();
    const rows = await database.rows<Row>(sql.raw(text));
    timings?.set(name, (timings.get(name) ?? 0) + performance.now() - t);
    return rows;
  };
  const refs = readRefs(await timed('reference lists', REFS));
  const queries = floorQueries(year, refs);
  for (const fq of queries) fq.read(await timed(fq.name, fq.text), out);
  for (const tag of ['cur', 'prev']) {
    let total = 0;
    for (const [k, v] of out) if (k.startsWith(`reach.${tag}.`) && k.endsWith('.value')) total += v ?? 0;
    out.set(`reach.${tag}.total`, total);
  }
  return out;
}

/** How many statements the floor runs. */
export const FLOOR_STATEMENTS = (year: number) => 1 + floorQueries(year, { deskSites: [], categories: [], reasons: [], helpKinds: [], rooms: [] }).length;
