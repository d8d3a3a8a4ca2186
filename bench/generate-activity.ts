/**
 * Realistic fictional activity at scale for the annual-report benchmark: on a migrated database, people
 * (bench/generate-people.ts), sites, organisations, staff users, then ten years of front-desk visits, social
 * desk interviews with categories and follow-ups, EPN visits with help kinds, training programmes, sessions,
 * days, participants, attendance and evaluations, room bookings (never two confirmed bookings of a room at
 * once) and appointments. Everything is set-based SQL (insert ... select ... from generate_series) on one
 * session whose random() is seeded with setseed: a run gives the same data again on the same engine (the row
 * counts are the same on PGlite and PostgreSQL; who did what may differ a little, plans draw random() in another order).
 *
 * Proportions follow the Centrale's 2022 report (front desk >> social desk > EPN > trainings), scaled so that
 * 50,000 people and 10 years give about 1,000,000 activity rows; the front desk carries most of the volume.
 */
import type { PoolClient } from 'pg';
import type { Database } from '../server/src/platform/db/database';
import { generatePeople } from './generate-people';

export interface ActivityOptions {
  /** people in the registry (activity volumes scale with it: 50,000 people give ~1M activity rows over 10 years) */
  people: number;
  /** number of calendar years, ending with `lastYear` */
  years: number;
  lastYear: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface ActivityResult {
  ms: number;
  firstYear: number;
  lastYear: number;
  counts: Record<string, number>;
}

/** Per year, for 50,000 people. */
const PER_YEAR = {
  frontdesk: 70_000,
  interviews: 5_000,
  epn: 4_000,
  trainingSessions: 120,
  /** probability that a (room, weekday, slot) is booked */
  roomSlot: 0.55,
  /** probability that an appointment slot is taken */
  appointmentSlot: 0.9,
};

const SITES = [
  { name: "Maison de l'Emploi", kind: 'main', address: "Boulevard d'Anvers 26", postal: '1000', hours: 'main' },
  { name: 'Espace Social Télé-Service', kind: 'desk', address: "Boulevard de l'Abattoir 27", postal: '1000', hours: 'wed' },
  { name: 'Antenne Neder-over-Heembeek', kind: 'antenna', address: 'Rue François Vekemans 131', postal: '1120', hours: 'main' },
  { name: 'Antenne Versailles', kind: 'antenna', address: 'Avenue de Versailles 1', postal: '1120', hours: 'main' },
  { name: 'Antenne Jonction', kind: 'antenna', address: 'Rue des Tanneurs 180', postal: '1000', hours: 'main' },
];
const MAIN_HOURS = [1, 2, 3, 4, 5].flatMap((w) => [
  { weekday: w, from: '08:30', to: '12:30' },
  { weekday: w, from: '13:30', to: '16:30' },
]);
const WED_HOURS = [{ weekday: 3, from: '09:00', to: '12:00' }];

const ORGANISATIONS: [string, string][] = [
  ['Actiris', 'public_employment'], ['Mission Locale de Bruxelles-Ville', 'association'], ['CPAS de Bruxelles', 'social_welfare'],
  ['ALE de Bruxelles-Ville', 'public_employment'], ['Bruxelles Formation', 'training'], ['VDAB Brussel', 'public_employment'],
  ['JobRoad', 'association'], ['Interface3', 'training'], ['Lire et Écrire Bruxelles', 'association'], ['Infor Jeunes', 'association'],
  ['Maison de Quartier Nord', 'association'], ['Service Logement de la Ville', 'social_welfare'], ['CAW Brussel', 'social_welfare'],
  ['Randstad Bruxelles', 'employer'], ['Adecco Bruxelles', 'employer'], ['STIB-MIVB', 'employer'], ['Colruyt Group', 'employer'],
  ['Hôpital Saint-Pierre', 'employer'], ['Brussels Airport Company', 'employer'], ['Proximus', 'employer'], ['Bruxelles-Propreté', 'employer'],
  ['Forem', 'public_employment'], ['BECI', 'association'], ['hub.brussels', 'association'], ['MolenGeek', 'training'],
  ['Groep Intro', 'training'], ['Syntra Brussel', 'training'], ['Cefora', 'training'], ['Horeca Forma', 'training'],
  ['Fundtruck', 'association'], ['Prison de Haren', 'other'], ['Centre PMS', 'other'], ['ONE Bruxelles', 'social_welfare'],
  ['Mutualité Solidaris', 'social_welfare'], ['Mutualité chrétienne', 'social_welfare'], ['FGTB Bruxelles', 'association'],
  ['CSC Bruxelles', 'association'], ['Maison de la Participation', 'association'], ['Ligue des familles', 'association'],
  ['Commune de Bruxelles - Emploi', 'internal_partner'],
];

const PROGRAMMES = [
  'REF — Réseau Emploi Formation', 'Nouveaux Départs', 'Inclusion numérique des femmes', 'Préparation aux tests (Haren)',
  'Réparation de smartphones', 'YouthStart Coach & Connect', 'Ateliers de codage', 'Informatique de base', 'Recherche d\'emploi en ligne',
  'Français langue étrangère (FLE) emploi', 'Allo-Digiparcours', 'Diginômes (mentors)',
];

const ROOMS = [
  ['Salle Anvers', 40, 8000, 15000], ['Salle Ninove', 20, 5000, 9000], ['Salle Yser', 12, 3000, 5500], ['Salle Abattoir', 25, 5000, 9000],
  ['Salle informatique', 14, 6000, 11000], ['Salle Senne', 8, 2000, 3500], ['Salle Dansaert', 30, 6000, 11000], ['Salle Flandre', 16, 4000, 7000],
] as const;

/** One session on either driver: setseed() and temporary tables live as long as it does. */
interface Session {
  exec(text: string): Promise<void>;
  rows<T>(text: string): Promise<T[]>;
  release(): void;
}

async function openSession(database: Database): Promise<Session> {
  if (database.kind === 'pglite') {
    const p = database.pglite!;
    return {
      exec: async (t) => void (await p.exec(t)),
      rows: async <T>(t: string) => (await p.query<T>(t)).rows,
      release: () => undefined,
    };
  }
  const c: PoolClient = await database.pool!.connect();
  return {
    exec: async (t) => void (await c.query(t)),
    rows: async <T>(t: string) => (await c.query(t)).rows as T[],
    release: () => c.release(),
  };
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

export async function generateActivity(database: Database, opts: ActivityOptions): Promise<ActivityResult> {
  const log = opts.log ?? (() => undefined);
  const scale = opts.people / 50_000;
  const firstYear = opts.lastYear - opts.years + 1;
  const started = performance.now();
  const step = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const r = await fn();
    log(`  ${label.padEnd(46)} ${((performance.now() - t) / 1000).toFixed(1).padStart(6)} s`);
    return r;
  };

  // People first, with their own batched generator ("today" at the end of the last year).
  await step(`${opts.people} people`, () => generatePeople(database, { count: opts.people, seed: opts.seed, today: `${opts.lastYear}-12-31` }));

  const s = await openSession(database);
  try {
    await s.exec(`select setseed(${((opts.seed ?? 42) % 1000) / 1000})`);
    const [{ min: pMin, n: pN }] = await s.rows<{ min: number; n: number }>(`select min(id)::int as min, count(*)::int as n from people`);
    // A random person: skewed towards some regulars (power > 1), or a person of a smaller clientele.
    const person = (pow = 1.3, share = 1) => `(${pMin} + floor(power(random(), ${pow}) * ${Math.max(1, Math.floor(pN * share))}))::int`;

    // ---------- reference data ----------
    await step('sites, organisations, users', async () => {
      await s.exec(`insert into sites (name, kind, address, postal_code, opening_hours) values ${SITES.map(
        (x) => `(${lit(x.name)}, ${lit(x.kind)}, ${lit(x.address)}, ${lit(x.postal)}, ${lit(JSON.stringify(x.hours === 'wed' ? WED_HOURS : MAIN_HOURS))}::jsonb)`,
      ).join(', ')} on conflict do nothing`);
      await s.exec(`insert into organisations (name, type, is_internal_partner) values ${ORGANISATIONS.map(([n, t]) => `(${lit(n)}, ${lit(t)}, ${t === 'internal_partner'})`).join(', ')} on conflict do nothing`);
      await s.exec(`insert into users (email, name, roles, password_hash) values
        ('bench.social@relais.local', 'Assistante sociale (bench)', '{social_worker}', 'x'),
        ('bench.reception@relais.local', 'Accueil (bench)', '{reception}', 'x'),
        ('bench.trainer@relais.local', 'Formateur (bench)', '{trainer}', 'x'),
        ('bench.coach@relais.local', 'Job coach (bench)', '{project_officer}', 'x'),
        ('bench.advisor@relais.local', 'Conseiller (bench)', '{reception}', 'x')
        on conflict do nothing`);
    });
    const siteId = Object.fromEntries((await s.rows<{ id: number; name: string }>(`select id, name from sites`)).map((r) => [r.name, r.id]));
    const main = siteId[SITES[0].name];
    const desk = siteId[SITES[1].name];
    const antennas = SITES.slice(2).map((x) => siteId[x.name]);
    const user = Object.fromEntries((await s.rows<{ id: number; email: string }>(`select id, email from users where email like 'bench.%'`)).map((r) => [r.email.split('@')[0].slice(6), r.id]));
    const [{ omin, orgn: oN }] = await s.rows<{ omin: number; orgn: number }>(`select min(id)::int as omin, count(*)::int as orgn from organisations`);
    const org = `(${omin} + floor(random() * ${oN}))::int`;

    // Working days (Monday to Friday) of the period, numbered within their year, to draw days from.
    await s.exec(`create temp table bench_days as
      select d::date as d, extract(year from d)::int as y, extract(isodow from d)::int as dow,
             (row_number() over (partition by extract(year from d) order by d) - 1)::int as idx
      from generate_series(date '${firstYear}-01-01', date '${opts.lastYear}-12-31', interval '1 day') d
      where extract(isodow from d) <= 5`);
    await s.exec(`create temp table bench_years as select y, count(*)::int as days from bench_days group by y`);
    // Activity grows a little over the years (about +3 % a year).
    const growth = `(0.85 + 0.03 * (yy.y - ${firstYear}))`;
    /** A random working day of year v.y: join bench_days on (y, idx). */
    const randomDayJoin = (alias: string, expr: string) => `join bench_days ${alias} on ${alias}.y = v.y and ${alias}.idx = ${expr}`;

    // ---------- front desk ----------
    await step('frontdesk_visits', async () => {
      const n = Math.round(PER_YEAR.frontdesk * scale);
      await s.exec(`insert into frontdesk_visits (at, site_id, person_id, reason_id, orientation_service, orientation_organisation_id, out_of_hours, note)
        select (bd.d + time '08:15' + v.minute * interval '1 minute') at time zone 'Europe/Brussels',
               case when v.r_site < 0.86 then ${main} when v.r_site < 0.9 then ${desk} else (array[${antennas.join(',')}])[1 + floor(v.r_site * 1000)::int % ${antennas.length}] end,
               case when v.r_anon < 0.35 then null else ${person(1.3)} end,
               (array(select id from frontdesk_reasons order by id))[1 + floor(power(v.r_reason, 1.6) * 12)::int],
               case when v.r_or < 0.55 then (array['information','social_desk','epn','it_training','projects','rooms','actiris_desk','other'])[1 + floor(power(random(), 1.4) * 8)::int] end,
               case when v.r_or >= 0.55 and v.r_or < 0.85 then ${org} end,
               v.minute < 15 or v.minute between 255 and 315 or v.minute > 495,
               case when random() < 0.05 then 'Revient avec les documents demandés' end
        from (select yy.y, floor(random() * yy.days)::int as di, floor(random() * 500)::int as minute,
                     random() as r_site, random() as r_anon, random() as r_reason, random() as r_or
              from bench_years yy, generate_series(1, round(${n} * ${growth})::int) g) v
        ${randomDayJoin('bd', 'v.di')}`);
    });

    // ---------- social desk ----------
    await step('socialdesk_interviews + categories + followups', async () => {
      const n = Math.round(PER_YEAR.interviews * scale);
      // The social desk's clientele is a fifth of the registry; some people come back often.
      await s.exec(`insert into socialdesk_interviews (person_id, date, site_id, kind, actions, next_step, next_step_date, created_by)
        select ${person(1.6, 0.2)}, bd.d, case when v.r_site < 0.15 then ${desk} else ${main} end,
               (array['appointment','drop_in','phone'])[1 + floor(v.r_kind * 3)::int],
               case when random() < 0.6 then 'Orientation et démarches expliquées' end,
               case when v.r_next < 0.4 then 'Rapporter les documents' end,
               case when v.r_next < 0.3 then bd.d + 14 end,
               ${user.social}
        from (select yy.y, floor(random() * yy.days)::int as di, random() as r_site, random() as r_kind, random() as r_next
              from bench_years yy, generate_series(1, round(${n} * ${growth})::int) g) v
        ${randomDayJoin('bd', 'v.di')}`);
      // One to three problem categories per interview (housing and administrative come most).
      await s.exec(`insert into socialdesk_interview_categories (interview_id, category_id)
        select i.id, (array(select id from socialdesk_categories order by id))[1 + floor(power(random(), 1.5) * 11)::int]
        from socialdesk_interviews i, generate_series(1, 3) k
        where k = 1 or random() < 0.3
        on conflict do nothing`);
      await s.exec(`insert into socialdesk_referrals (interview_id, organisation_id)
        select i.id, ${org} from socialdesk_interviews i where random() < 0.25 on conflict do nothing`);
      // A follow-up starts at a person's first interview; most close within a year; a few people come back later.
      await s.exec(`insert into socialdesk_followups (person_id, start_date, end_date, created_by)
        select person_id, first, case when random() < 0.8 then least(first + (30 + floor(random() * 300))::int, date '${opts.lastYear}-12-31') end, ${user.social}
        from (select person_id, min(date) as first from socialdesk_interviews group by person_id) f`);
    });

    // ---------- EPN ----------
    await step('epn_workstations, epn_visits + help', async () => {
      await s.exec(`insert into epn_workstations (name, position) select 'PC ' || lpad(g::text, 2, '0'), g from generate_series(1, 10) g on conflict do nothing`);
      const [{ wmin }] = await s.rows<{ wmin: number }>(`select min(id)::int as wmin from epn_workstations`);
      const n = Math.round(PER_YEAR.epn * scale);
      // Afternoons (13:00-17:00); 55 % identified (sex and age bracket as they were on the day), 5 % left the queue.
      await s.exec(`insert into epn_visits (status, workstation_id, person_id, gender, age_bracket, label, queued_at, started_at, ended_at, auto_closed)
        select case when v.r_left < 0.05 then 'left' else 'closed' end,
               case when v.r_left < 0.05 then null else ${wmin} + floor(random() * 10)::int end,
               p.id,
               coalesce(case when p.id is not null then nullif(p.gender, 'unspecified') end, case when p.id is null then (array['F','M','M','X'])[1 + floor(v.r_g * 4)::int] end),
               case when p.id is not null and p.birth_year is null then null
                    else (array['under_20','20_30','30_40','40_50','50_60','60_plus'])[1 + least(5, greatest(0, floor((v.y - coalesce(p.birth_year, v.y - 18 - floor(v.r_age * 50)::int) - 10) / 10)::int))] end,
               null,
               v.start - interval '10 minutes',
               case when v.r_left < 0.05 then null else v.start end,
               case when v.r_left < 0.05 then null else v.start + (15 + floor(random() * 105)::int) * interval '1 minute' end,
               v.r_left >= 0.05 and random() < 0.03
        from (select w.y, (bd.d + time '13:00' + floor(random() * 240)::int * interval '1 minute') at time zone 'Europe/Brussels' as start,
                     case when random() < 0.55 then ${person(1.3, 0.3)} end as pid, random() as r_left, random() as r_g, random() as r_age
              from (select yy.y, floor(random() * yy.days)::int as di from bench_years yy, generate_series(1, round(${n} * ${growth})::int) g) w
              join bench_days bd on bd.y = w.y and bd.idx = w.di) v
        left join people p on p.id = v.pid`);
      await s.exec(`insert into epn_visit_help (visit_id, help_kind_id)
        select v.id, (array(select id from epn_help_kinds order by position, id))[1 + floor(power(random(), 1.3) * 11)::int]
        from epn_visits v, generate_series(1, 2) k
        where v.status = 'closed' and (k = 1 or random() < 0.3)
        on conflict do nothing`);
    });

    // ---------- trainings ----------
    await step('training_* (programmes ... attendance)', async () => {
      await s.exec(`insert into training_programmes (name, target_public, funder) values ${PROGRAMMES.map((p, i) => `(${lit(p)}, ${lit(i === 0 ? 'professionnels' : 'chercheurs d\'emploi')}, ${lit(i % 2 ? 'Ville de Bruxelles' : 'Actiris')})`).join(', ')} on conflict do nothing`);
      await s.exec(`insert into training_questions (programme_id, text, position)
        select p.id, q.text, q.pos from training_programmes p,
          (values ('Contenu de la formation', 1), ('Qualité de l''animation', 2), ('Utilité pour ma recherche', 3), ('Organisation pratique', 4)) q(text, pos)`);
      const [{ prmin, prn }] = await s.rows<{ prmin: number; prn: number }>(`select min(id)::int as prmin, count(*)::int as prn from training_programmes`);
      const ref = prmin; // the first programme (REF) takes professionals
      const n = Math.max(4, Math.round(PER_YEAR.trainingSessions * scale));
      await s.exec(`create temp table bench_sessions as
        select row_number() over ()::int as n, v.y, ${prmin} + floor(power(random(), 1.2) * ${prn})::int as programme_id,
               10 + floor(random() * 9)::int as capacity, random() < 0.07 as cancelled, 1 + floor(random() * 8)::int as ndays,
               case when random() < 0.5 then time '09:30' else time '13:30' end as at, bd.d as first_day
        from (select yy.y, floor(random() * (yy.days - 40))::int as di from bench_years yy, generate_series(1, round(${n} * ${growth})::int) g) v
        ${randomDayJoin('bd', 'v.di')}`);
      await s.exec(`insert into training_sessions (programme_id, title, room, capacity, status, cancel_reason)
        select programme_id, 'Session ' || n, 'Salle informatique', capacity, case when cancelled then 'cancelled' else 'done' end,
               case when cancelled then 'Pas assez de candidats' end
        from bench_sessions order by n`);
      await s.exec(`alter table bench_sessions add column id int`);
      await s.exec(`update bench_sessions b set id = t.id from training_sessions t where t.title = 'Session ' || b.n`);
      await s.exec(`insert into training_session_days (session_id, day, starts_at, ends_at)
        select b.id, b.first_day + 7 * k, (b.first_day + 7 * k + b.at) at time zone 'Europe/Brussels', (b.first_day + 7 * k + b.at + interval '3 hours') at time zone 'Europe/Brussels'
        from bench_sessions b, generate_series(0, 7) k where k < b.ndays`);
      // Enrolled participants up to the capacity (people, or professionals for REF), a few withdrawn, some on the waiting list.
      await s.exec(`insert into training_participants (session_id, person_id, professional_name, organisation_id, job_title, status, enrolled_at, waiting_since, withdrawn_at, withdraw_reason, outcome, outcome_date)
        select b.id,
               case when b.programme_id = ${ref} and random() < 0.8 then null else ${person(1.2, 0.5)} end as pid,
               'Professionnel·le ' || k, ${org}, 'Conseiller·e emploi',
               st, (b.first_day - 20 + floor(random() * 15)::int)::timestamp at time zone 'Europe/Brussels',
               case when st = 'waiting' then (b.first_day - 5)::timestamp at time zone 'Europe/Brussels' end,
               case when st = 'withdrawn' then (b.first_day - 2)::timestamp at time zone 'Europe/Brussels' end,
               case when st = 'withdrawn' then 'Raisons personnelles' end,
               o, case when o <> 'unknown' then b.first_day + 90 end
        from bench_sessions b, generate_series(1, 22) k,
             lateral (select case when k <= b.capacity - 2 + floor(random() * 3)::int then 'enrolled' when k <= b.capacity + 2 then 'withdrawn' else 'waiting' end as st,
                             case when random() < 0.45 then 'unknown' else (array['entered_training','found_job','still_looking'])[1 + floor(random() * 3)::int] end as o) x
        where k <= b.capacity + 4
        on conflict do nothing`);
      // The check of the professional branch: a participant who is a person has no professional name.
      await s.exec(`update training_participants set professional_name = null, organisation_id = null, job_title = null where person_id is not null`);
      await s.exec(`insert into training_attendance (session_id, participant_id, session_day_id, present, recorded_at)
        select p.session_id, p.id, d.id, random() < 0.85, d.ends_at
        from training_participants p join training_sessions t on t.id = p.session_id and t.status = 'done'
        join training_session_days d on d.session_id = p.session_id
        where p.status = 'enrolled'`);
      // The evaluations: the survey engine's surveys about the sessions (the programme's questions keyed tq:), anonymous responses.
      await s.exec(`insert into surveys (purpose, title_fr, title_nl, subject_type, subject_id, open, public_link, opened_at)
        select 'survey', 'Évaluation de fin de formation ' || t.id, 'Evaluatie na de opleiding ' || t.id, 'training_session', t.id, true, false, now()
        from training_sessions t where t.status = 'done'`);
      await s.exec(`insert into survey_questions (survey_id, position, kind, text_fr, text_nl, scale_min, scale_max, options, required, key)
        select v.id, q.position, 'scale', q.text, q.text, 1, 5, '[]'::jsonb, false, 'tq:' || q.id
        from surveys v join training_sessions t on v.subject_type = 'training_session' and v.subject_id = t.id join training_questions q on q.programme_id = t.programme_id`);
      await s.exec(`insert into survey_responses (survey_id, answered_on)
        select v.id, (b.first_day + 60)::date
        from surveys v join bench_sessions b on b.id = v.subject_id, generate_series(1, 10) k
        where v.subject_type = 'training_session' and k <= floor(random() * 11)`);
      await s.exec(`insert into survey_answers (response_id, question_id, scale)
        select r.id, q.id, 5 - floor(power(random(), 2) * 4)::int
        from survey_responses r join surveys v on v.id = r.survey_id and v.subject_type = 'training_session' join survey_questions q on q.survey_id = r.survey_id and q.kind = 'scale'`);
    });

    // ---------- rooms ----------
    await step('rooms, closures, series, room_bookings', async () => {
      await s.exec(`insert into rooms (name, capacity, equipment, site_id, half_day_price_cents, day_price_cents)
        values ${ROOMS.map(([n, c, h, d]) => `(${lit(n)}, ${c}, '{projector}', ${main}, ${h}, ${d})`).join(', ')} on conflict do nothing`);
      const [{ rmin, rn }] = await s.rows<{ rmin: number; rn: number }>(`select min(id)::int as rmin, count(*)::int as rn from rooms`);
      // Two weeks of works in one room every August.
      await s.exec(`insert into room_closures (room_id, starts_at, ends_at, reason)
        select ${rmin} + (y % ${rn}), (make_date(y, 8, 1)::timestamp) at time zone 'Europe/Brussels', (make_date(y, 8, 15)::timestamp) at time zone 'Europe/Brussels', 'Travaux'
        from bench_years`);
      await s.exec(`insert into room_series (room_id, rrule, first_day, start_time, end_time)
        values (${rmin + 1}, 'FREQ=WEEKLY;BYDAY=TU', '${firstYear}-01-05', '09:00', '12:00')`);
      const [{ series }] = await s.rows<{ series: number }>(`select max(id)::int as series from room_series`);
      // Three slots a day (9-12, 13-16, 17-20): bookings of one room never overlap.
      await s.exec(`insert into room_bookings (room_id, starts_at, ends_at, status, organisation_id, requester_organisation, contact_name, purpose, attendees,
                                              series_id, source, decided_at, amount_cents)
        select v.room_id, v.starts, v.starts + interval '3 hours', v.status,
               case when v.public then null else ${org} end, case when v.public then 'Association du quartier ' || (1 + floor(random() * 60)::int) end,
               'Contact', (array['Cours de français','Réunion d''équipe','Formation','Séance d''information','Atelier CV','Assemblée générale'])[1 + floor(random() * 6)::int],
               1 + floor(random() * 20)::int,
               case when v.room_id = ${rmin + 1} and v.dow = 2 and v.slot = 0 then ${series} end,
               case when v.public then 'public' else 'staff' end,
               case when v.status <> 'requested' then v.starts - interval '10 days' end,
               case when v.status = 'confirmed' then r.half_day_price_cents else 0 end
        from (select x.id as room_id, x.dow, x.slot, ((x.d + time '09:00' + x.slot * interval '4 hours') at time zone 'Europe/Brussels') as starts,
                     case when x.r < 0.85 then 'confirmed' when x.r < 0.93 then 'cancelled' when x.r < 0.97 then 'refused' else 'requested' end as status,
                     random() < 0.1 as public
              from (select bd.d, bd.y, bd.dow, r.id, sl.slot, random() as r, random() as keep from bench_days bd cross join rooms r cross join generate_series(0, 2) sl(slot)) x
              where x.keep < ${PER_YEAR.roomSlot * Math.min(1, scale)} * (0.85 + 0.03 * (x.y - ${firstYear})) or (x.id = ${rmin + 1} and x.dow = 2 and x.slot = 0)) v
        join rooms r on r.id = v.room_id
        where not exists (select 1 from room_closures c where c.room_id = v.room_id and tstzrange(c.starts_at, c.ends_at, '[)') && tstzrange(v.starts, v.starts + interval '3 hours', '[)'))`);
    });

    // ---------- appointments ----------
    await step('appointment_desks, appointments', async () => {
      const deskDefs = [
        { name: 'Permanence sociale', site: main, staff: user.social, slot: 30, hours: [2, 4].map((w) => ({ weekday: w, from: '09:00', to: '12:00' })) },
        { name: 'Permanence emploi', site: desk, staff: user.coach, slot: 30, hours: WED_HOURS },
        { name: 'Conseil emploi Actiris', site: main, staff: user.advisor, slot: 20, hours: [1, 2, 3, 4, 5].map((w) => ({ weekday: w, from: '13:30', to: '16:30' })) },
      ];
      await s.exec(`insert into appointment_desks (site_id, name, staff_user_id, slot_minutes, hours) values ${deskDefs
        .map((d) => `(${d.site}, ${lit(d.name)}, ${d.staff}, ${d.slot}, ${lit(JSON.stringify(d.hours))}::jsonb)`)
        .join(', ')} on conflict do nothing`);
      // Slots of each desk's weekly hours; one staff member per desk, so no two live appointments overlap.
      await s.exec(`insert into appointments (desk_id, person_id, staff_user_id, starts_at, ends_at, status, purpose, cancelled_at, cancel_reason, outcome_at)
        select v.desk_id, ${person(1.4, 0.4)}, v.staff, v.starts, v.starts + v.slot * interval '1 minute', v.status,
               (array['Bilan des démarches','Aide administrative','Logement','Dossier CPAS','Préparer un entretien'])[1 + floor(random() * 5)::int],
               case when v.status = 'cancelled' then v.starts - interval '2 days' end,
               case when v.status = 'cancelled' then 'Empêchement' end,
               case when v.status in ('attended', 'no_show') then v.starts + interval '1 hour' end
        from (select x.desk_id, x.staff, x.slot, x.starts,
                     case when x.r < 0.72 then 'attended' when x.r < 0.87 then 'no_show' when x.r < 0.97 then 'cancelled' else 'booked' end as status
              from (select d.id as desk_id, d.staff_user_id as staff, d.slot_minutes as slot,
                           ((bd.d + (h->>'from')::time + k * d.slot_minutes * interval '1 minute') at time zone 'Europe/Brussels') as starts,
                           random() as r, random() as keep
                    from appointment_desks d cross join lateral jsonb_array_elements(d.hours) h
                    join bench_days bd on bd.dow = (h->>'weekday')::int
                    cross join lateral generate_series(0, (extract(epoch from ((h->>'to')::time - (h->>'from')::time)) / 60 / d.slot_minutes)::int - 1) k) x
              where x.keep < ${PER_YEAR.appointmentSlot * Math.min(1, scale)}) v`);
    });

    await step('analyze', () => s.exec(`analyze`));
    await s.exec(`drop table if exists bench_days; drop table if exists bench_years; drop table if exists bench_sessions`);

    const tables = [
      'people', 'sites', 'organisations', 'frontdesk_visits', 'socialdesk_interviews', 'socialdesk_interview_categories', 'socialdesk_referrals',
      'socialdesk_followups', 'epn_visits', 'epn_visit_help', 'training_programmes', 'training_sessions', 'training_session_days',
      'training_participants', 'training_attendance', 'survey_responses', 'survey_answers', 'rooms', 'room_closures',
      'room_bookings', 'appointment_desks', 'appointments',
    ];
    const counts: Record<string, number> = {};
    for (const t of tables) counts[t] = (await s.rows<{ n: number }>(`select count(*)::int as n from ${t}`))[0].n;
    return { ms: performance.now() - started, firstYear, lastYear: opts.lastYear, counts };
  } finally {
    s.release();
  }
}

/** Rows that record activity (everything but people and reference lists). */
export const ACTIVITY_TABLES = [
  'frontdesk_visits', 'socialdesk_interviews', 'socialdesk_interview_categories', 'socialdesk_referrals', 'socialdesk_followups', 'epn_visits',
  'epn_visit_help', 'training_sessions', 'training_session_days', 'training_participants', 'training_attendance', 'survey_responses',
  'survey_answers', 'room_bookings', 'appointments',
];

/**
 * More history before the same years: copies of the activity rows `years` earlier, `factor - 1` times (factor 3
 * on 10 years: 1996-2015 before 2016-2025), with ids moved out of the way and every instant and date moved back.
 * The years already there keep exactly their rows: a report of one of them must give the same figures, only
 * the history it must not read has grown (the rows that would fall before 2000, refused by the front desk's and the
 * social desk's checks, are put on 1 January 2000). Follow-ups are not copied (a person's first follow-up would move back
 * and the year's new arrivals change), nor are the evaluations (surveys) and referrals.
 */
export async function addHistory(database: Database, opts: { years: number; factor: number; log?: (line: string) => void }): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  const OFFSET = 10_000_000;
  /** each table, with the columns that are ids of copied rows (moved by the offset) */
  const tables: [string, string[]][] = [
    ['frontdesk_visits', ['id']],
    ['socialdesk_interviews', ['id']],
    ['socialdesk_interview_categories', ['interview_id']],
    ['epn_visits', ['id']],
    ['epn_visit_help', ['visit_id']],
    ['training_sessions', ['id']],
    ['training_session_days', ['id', 'session_id']],
    ['training_participants', ['id', 'session_id']],
    ['training_attendance', ['session_id', 'participant_id', 'session_day_id']],
    ['room_bookings', ['id']],
    ['appointments', ['id']],
  ];
  /** unique text columns: made unique again in the copies */
  const uniqueText = new Set(['room_bookings.reference', 'training_sessions.evaluation_token']);
  // 29 February moves onto 28 February: a booking or an appointment of that day is not copied (it would overlap)
  const leapDay = (table: string) => (['room_bookings', 'appointments'].includes(table) ? ` and to_char(starts_at, 'MM-DD') <> '02-29'` : '');
  const s = await openSession(database);
  let rows = 0;
  try {
    // copies left by an interrupted run go first
    for (const [table, idCols] of [...tables].reverse()) await s.exec(`delete from ${table} where ${idCols[0]} >= ${OFFSET}`);
    for (const [table, idCols] of tables) {
      const cols = await s.rows<{ name: string; type: string; identity: string }>(
        `select column_name as name, data_type as type, is_identity as identity from information_schema.columns where table_schema = current_schema() and table_name = '${table}' order by ordinal_position`,
      );
      const identity = cols.some((c) => c.identity === 'YES');
      for (let k = 1; k < opts.factor; k++) {
        const back = `interval '${k * opts.years} years'`;
        const exprs = cols.map((c) => {
          if (idCols.includes(c.name)) return `${c.name} + ${k * OFFSET}`;
          if (uniqueText.has(`${table}.${c.name}`)) return `${c.name} || '-h${k}'`;
          // the two columns whose checks want the year 2000 or later: what falls before it is put on its first day
          if (`${table}.${c.name}` === 'frontdesk_visits.at') return `greatest(${c.name} - ${back}, '2000-01-01T00:00:00Z'::timestamptz)`;
          if (table === 'socialdesk_interviews' && c.type === 'date') return `case when ${c.name} is not null then greatest((${c.name} - ${back})::date, '2000-01-01'::date) end`;
          if (c.type === 'timestamp with time zone') return `${c.name} - ${back}`;
          if (c.type === 'date') return `(${c.name} - ${back})::date`;
          return c.name;
        });
        const t = performance.now();
        await s.exec(`insert into ${table} (${cols.map((c) => c.name).join(', ')}) ${identity ? 'overriding system value' : ''} select ${exprs.join(', ')} from ${table} where ${idCols[0]} < ${OFFSET}${leapDay(table)}`);
        const [{ n }] = await s.rows<{ n: number }>(`select count(*)::int as n from ${table} where ${idCols[0]} >= ${k * OFFSET} and ${idCols[0]} < ${(k + 1) * OFFSET}`);
        rows += n;
        opts.log?.(`  ${`${table} (${k * opts.years} years back)`.padEnd(46)} ${String(n).padStart(9)} rows ${((performance.now() - t) / 1000).toFixed(1).padStart(6)} s`);
      }
    }
    await s.exec('analyze');
  } finally {
    s.release();
  }
  return { ms: performance.now() - started, rows };
}
