import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { newPerson, type PersonFields } from '../../../test/builders';
import type { Role } from '../../platform/auth/roles';

/** The lines of the activities this test records: the others' (events, the diagnostic, mentoring, matching) are there at 0. */
const exercised = (l: { key: string; origin: string; value: number | null }) => !(l.origin === 'tracked' && /^(events_|digital_|matching_)/.test(l.key) && !l.value);

/**
 * Issue 5, "done when": a small KNOWN year (2025, the clock is in June 2026) recorded across the modules through
 * their HTTP routes, as the roles that record it, plus a few records of 2024 for the comparison. Every expected
 * number below is worked out by hand from what this file records (see the comments), never copied from the output.
 *
 * People (birth year -> age reached in 2025):
 *   amina  F  1998 (27)  upper_secondary          job_seeker_actiris
 *   piotr  M  1970 (55)  university               cpas_beneficiary
 *   sara   F  2003 (22)  none_primary             no_status
 *   jean   M  1985 (40)  lower_secondary          employed          follow-up started in 2024
 *   lea    X  —          foreign_not_recognised   other             follow-up opened by hand in 2025, no interview
 *   omar   M  1990       (default study/status)                     only an EPN visit in 2024
 */

let t: TestApp;
let maison: number;
let est: number;
let programme: number;
let familia: number;
let horizon: number;
const P: Record<string, number> = {};
const userKinds: number[] = [];

async function call(role: Role, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown, status = method === 'POST' ? 201 : 200): Promise<LightMyRequestResponse> {
  const res = await t.as(role, { method, url, payload: payload as object });
  expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)}: ${res.body}`).toBe(status);
  return res;
}
const post = (role: Role, url: string, payload: unknown, status?: number) => call(role, 'POST', url, payload, status);

type Line = { key: string; label: string; origin: string; unit: string; value: number; distinctPeople: number | null; participations: number | null; anonymous: number | null; source: string | null };
type Row = { key: string; label: string; unit: string; origin: string; value: number | null; previous: number | null; change: number | null };
type Reached = { year: number; lines: Line[]; total: number; totalByUnit: Record<string, number>; distinctPeopleAllTracked: number; empty: boolean; rows: Row[] };
type Figure = { key: string; label: string; value: number | null; previous: number | null; change: number | null; unit: string };
type Chart = { key: string; title: string; kind: string; data: { key: string; label: string; value: number; previous: number | null }[] };
type Section = { key: string; title: string; figures: Figure[]; charts: Chart[] };
type Report = { year: number; empty: boolean; peopleReached: Reached & { previous: Reached }; sections: Section[]; texts: Record<string, string> };

beforeAll(async () => {
  t = await createTestApp({ clock: '2026-06-15T10:00:00Z' });
  maison = (await post('admin', '/api/sites', { name: "Maison de l'Emploi", kind: 'main' })).json().id;
  est = (await post('admin', '/api/sites', { name: 'Espace Social Télé-Service', kind: 'desk' })).json().id;

  // ---------- people ----------
  const person = async (key: string, p: PersonFields) => {
    P[key] = await newPerson(t, p, { as: 'social_worker' });
  };
  await person('amina', { firstName: 'Amina', lastName: 'Diallo', gender: 'F', birthDate: '1998-05-04', studyLevel: 'upper_secondary', professionalStatus: 'job_seeker_actiris' });
  await person('piotr', { firstName: 'Piotr', lastName: 'Nowak', gender: 'M', birthDate: '1970-01-10', studyLevel: 'university', professionalStatus: 'cpas_beneficiary' });
  await person('sara', { firstName: 'Sara', lastName: 'Lambert', gender: 'F', birthDate: '2003-03-03', studyLevel: 'none_primary', professionalStatus: 'no_status' });
  await person('jean', { firstName: 'Jean', lastName: 'Peeters', gender: 'M', birthDate: '1985-07-07', studyLevel: 'lower_secondary', professionalStatus: 'employed' });
  await person('lea', { firstName: 'Léa', lastName: 'Moreau', gender: 'X', studyLevel: 'foreign_not_recognised', professionalStatus: 'other' });
  await person('omar', { firstName: 'Omar', lastName: 'Haddad', gender: 'M', birthDate: '1990-02-02' });

  // ---------- social desk ----------
  const interview = (personId: number, date: string, siteId: number, kind: string, categories: string[]) =>
    post('social_worker', '/api/socialdesk/interviews', { personId, date, siteId, kind, categories });
  await interview(P.jean, '2024-11-20', maison, 'appointment', ['medical']); // opens jean's follow-up in 2024
  await interview(P.amina, '2025-02-10', maison, 'appointment', ['housing', 'budget_debt']); // opens amina's follow-up
  await interview(P.amina, '2025-03-05', maison, 'phone', ['housing']);
  await interview(P.piotr, '2025-04-02', est, 'drop_in', ['employment']); // at the partner desk
  await interview(P.sara, '2025-05-06', maison, 'drop_in', ['administrative']);
  await interview(P.sara, '2025-06-11', est, 'appointment', ['employment']);
  await interview(P.jean, '2025-01-15', maison, 'phone', ['medical']); // jean's follow-up is still the 2024 one
  await post('social_worker', `/api/socialdesk/people/${P.lea}/followups`, { startDate: '2025-09-01' });

  // ---------- front desk ----------
  const visit = (at: string, reason: string, personId?: number) => post('reception', '/api/frontdesk/visits', { siteId: maison, at, reason, ...(personId ? { personId } : {}) });
  await visit('2025-01-02T09:30:00+01:00', 'information');
  await visit('2025-03-10T10:00:00+01:00', 'job_search', P.amina);
  await visit('2025-03-11T10:00:00+01:00', 'digital_help', P.lea);
  await visit('2025-09-15T10:00:00+02:00', 'information', P.lea);
  await visit('2025-12-31T23:30:00+01:00', 'information'); // still 2025 in Brussels
  await visit('2026-01-01T00:30:00+01:00', 'information'); // 2025 in UTC, but 2026 in Brussels: not counted
  await visit('2024-06-03T10:00:00+02:00', 'information');
  await visit('2024-11-20T09:00:00+01:00', 'social_help', P.jean);

  // ---------- public digital space ----------
  const kinds = (await call('trainer', 'GET', '/api/epn/help-kinds')).json().items as { id: number; code: string }[];
  const help = (code: string) => kinds.find((k) => k.code === code)!.id;
  // kinds of help added by users have no code
  const itsme = (await post('trainer', '/api/epn/help-kinds', { label: 'Aide itsme' })).json().id as number;
  const myminfin = (await post('trainer', '/api/epn/help-kinds', { label: 'Aide MyMinfin' })).json().id as number;
  userKinds.push(itsme, myminfin);
  const epn = (startedAt: string, endedAt: string, who: Record<string, unknown>, helpKindIds: number[] = []) =>
    post('trainer', '/api/epn/visits/past', { startedAt, endedAt, helpKindIds, ...who });
  await epn('2025-02-03T14:00:00+01:00', '2025-02-03T15:00:00+01:00', { personId: P.amina }, [help('e_guichet')]); // F, 20_30
  await epn('2025-05-05T14:00:00+02:00', '2025-05-05T15:00:00+02:00', { personId: P.amina }, [help('individual_coaching')]); // F, 20_30
  await epn('2025-04-07T14:00:00+02:00', '2025-04-07T14:30:00+02:00', { personId: P.lea }); // X, no birth date: unknown bracket
  await epn('2025-10-06T14:00:00+02:00', '2025-10-06T15:00:00+02:00', { gender: 'F', ageBracket: '30_40' }, [help('cv_job_search')]);
  await epn('2025-11-03T14:00:00+01:00', '2025-11-03T15:00:00+01:00', { gender: 'M', ageBracket: '60_plus' }, [help('individual_coaching')]);
  await epn('2025-11-04T14:00:00+01:00', '2025-11-04T15:00:00+01:00', { gender: 'M', ageBracket: '50_60' }, [itsme]);
  await epn('2024-03-04T14:00:00+01:00', '2024-03-04T15:00:00+01:00', { gender: 'F', ageBracket: 'under_20' });
  await epn('2024-09-09T14:00:00+02:00', '2024-09-09T15:00:00+02:00', { personId: P.omar }, [myminfin]); // M, 34 in 2024: 30_40

  // ---------- appointments (the social desk's no-show rate) ----------
  const desk = (await post('admin', '/api/appointment-desks', { siteId: maison, name: 'Permanence sociale', staffUserId: await t.userIdFor('social_worker'), slotMinutes: 30, hours: [{ weekday: 1, from: '09:00', to: '12:00' }] })).json().id;
  const appointment = async (personId: number, startsAt: string, outcome: 'attended' | 'no_show') => {
    const a = (await post('social_worker', '/api/appointments', { deskId: desk, personId, startsAt })).json();
    await call('social_worker', 'POST', `/api/appointments/${a.id}/outcome`, { outcome }, 200);
  };
  await appointment(P.amina, '2025-02-10T09:00:00+01:00', 'attended');
  await appointment(P.piotr, '2025-02-10T09:30:00+01:00', 'no_show');
  await appointment(P.sara, '2025-02-17T09:00:00+01:00', 'attended');
  await appointment(P.jean, '2025-02-17T09:30:00+01:00', 'attended');
  await appointment(P.jean, '2024-11-18T09:00:00+01:00', 'no_show');

  // ---------- trainings ----------
  const prog = (await post('project_officer', '/api/trainings/programmes', { name: 'Nouveaux départs', questions: ['Contenu utile', 'Formateur clair'] })).json();
  programme = prog.id;
  const session = async (days: string[], capacity = 10) =>
    (await post('project_officer', `/api/trainings/programmes/${programme}/sessions`, { capacity, days: days.map((date) => ({ date, from: '09:00', to: '12:00' })) })).json().id as number;
  const enrol = async (sessionId: number, body: Record<string, unknown>) => (await post('project_officer', `/api/trainings/sessions/${sessionId}/participants`, body)).json().id as number;
  const s2025 = await session(['2025-03-03', '2025-03-10']);
  const pa = await enrol(s2025, { personId: P.amina });
  const pl = await enrol(s2025, { personId: P.lea });
  const pm = await enrol(s2025, { professionalName: 'Marc Dupont', jobTitle: "Agent d'insertion" });
  await call('project_officer', 'PUT', `/api/trainings/sessions/${s2025}/attendance`, {
    date: '2025-03-03',
    entries: [
      { participantId: pa, present: true },
      { participantId: pl, present: true },
      { participantId: pm, present: false },
    ],
  });
  await call('project_officer', 'PUT', `/api/trainings/sessions/${s2025}/attendance`, {
    date: '2025-03-10',
    entries: [
      { participantId: pa, present: true },
      { participantId: pl, present: false },
      { participantId: pm, present: true },
    ],
  });
  await call('project_officer', 'PUT', `/api/trainings/participants/${pa}/outcome`, { outcome: 'found_job', date: '2025-06-01' });
  await call('project_officer', 'PUT', `/api/trainings/participants/${pl}/outcome`, { outcome: 'still_looking' });
  const q = prog.questions as { id: number }[];
  await post('project_officer', `/api/trainings/sessions/${s2025}/evaluations`, { answers: [{ questionId: q[0].id, score: 5 }, { questionId: q[1].id, score: 4 }] });
  const cancelled = await session(['2025-11-03']);
  await enrol(cancelled, { personId: P.piotr }); // the session is cancelled: not counted
  await call('project_officer', 'POST', `/api/trainings/sessions/${cancelled}/status`, { status: 'cancelled', reason: 'Pas assez de candidats' }, 200);
  const s2024 = await session(['2024-10-07']);
  await enrol(s2024, { personId: P.jean });

  // ---------- rooms ----------
  familia = (await post('logistics', '/api/rooms', { name: 'Salle Familia', capacity: 30 })).json().id;
  horizon = (await post('logistics', '/api/rooms', { name: 'Salle Horizon', capacity: 20 })).json().id;
  const book = (role: Role, roomId: number, startsAt: string, endsAt: string) => post(role, '/api/rooms/bookings', { roomId, startsAt, endsAt, purpose: 'Cours de français' });
  await book('logistics', familia, '2025-01-14T09:00:00+01:00', '2025-01-14T12:00:00+01:00'); // 3 h
  await book('logistics', familia, '2025-03-18T13:00:00+01:00', '2025-03-18T17:00:00+01:00'); // 4 h
  await book('logistics', horizon, '2025-03-19T09:00:00+01:00', '2025-03-19T11:00:00+01:00'); // 2 h
  const requested = (await book('reception', horizon, '2025-04-01T09:00:00+02:00', '2025-04-01T11:00:00+02:00')).json();
  expect(requested.status).toBe('requested'); // never confirmed: not counted
  await book('logistics', familia, '2024-05-07T09:00:00+02:00', '2024-05-07T11:00:00+02:00'); // 2 h

  // ---------- hand-entered figures ----------
  const manual = (role: Role, body: Record<string, unknown>) => call(role, 'PUT', '/api/observatory/manual-figures', body);
  await manual('director', { year: 2025, activityKey: 'job_day', label: 'Brussels Job Day', value: 2000, unit: 'head_count', source: 'comptage à l’entrée' });
  await manual('communication', { year: 2025, activityKey: 'website', label: 'Site web et réseaux sociaux', value: 20938, unit: 'external', source: 'Google Analytics' });
  await manual('director', { year: 2024, activityKey: 'job_day', label: 'Brussels Job Day', value: 1800, unit: 'head_count', source: 'comptage à l’entrée' });
}, 60_000);
afterAll(() => t?.close());

const reached = async (year: number) => (await call('director', 'GET', `/api/observatory/people-reached?year=${year}`)).json() as Reached & { previous: Reached };
const report = async (year: number) => (await t.as('director', { method: 'GET', url: `/api/observatory/report?year=${year}`, headers: { 'accept-language': 'fr' } })).json() as Report;
const section = (r: Report, key: string) => r.sections.find((s) => s.key === key)!;
/** [value, previous] of each figure; fractions (percentages) to 3 decimals. */
const round3 = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
const figures = (s: Section) => Object.fromEntries(s.figures.map((f) => [f.key, [round3(f.value), round3(f.previous)]]));
const chart = (s: Section, key: string) => Object.fromEntries(s.charts.find((c) => c.key === key)!.data.map((d) => [d.key, [d.value, d.previous]]));

describe('people reached, 2025', () => {
  it('gives every line with its value, unit and origin, the total and the distinct people across activities', async () => {
    const r = await reached(2025);
    expect(r.empty).toBe(false);
    const pick = (l: Line) => ({ key: l.key, origin: l.origin, unit: l.unit, value: l.value, distinctPeople: l.distinctPeople, participations: l.participations, anonymous: l.anonymous });
    expect(r.lines.filter(exercised).map(pick)).toEqual([
      // EPN: 6 visits (amina x2, lea, 3 anonymous), 2 identified people
      { key: 'epn', origin: 'tracked', unit: 'participations', value: 6, distinctPeople: 2, participations: 6, anonymous: 3 },
      // the 2025 session: amina, lea, a professional; piotr's session was cancelled
      { key: `training:${programme}`, origin: 'tracked', unit: 'participations', value: 3, distinctPeople: 2, participations: 3, anonymous: null },
      // 5 visits in 2025 in Brussels time (the one at 00:30 on 1 January 2026 is not), 2 anonymous, amina and lea
      { key: 'front_desk', origin: 'tracked', unit: 'participations', value: 5, distinctPeople: 2, participations: 5, anonymous: 2 },
      // interviews outside the partner desk: amina x2, sara, jean -> 3 people, 4 interviews
      { key: 'social_desk', origin: 'tracked', unit: 'distinct_people', value: 3, distinctPeople: 3, participations: 4, anonymous: null },
      // the Espace Social Télé-Service (a desk site): piotr, sara -> 2 interviews
      { key: `social_desk:site:${est}`, origin: 'tracked', unit: 'participations', value: 2, distinctPeople: 2, participations: 2, anonymous: null },
      { key: 'job_day', origin: 'manual', unit: 'head_count', value: 2000, distinctPeople: null, participations: null, anonymous: null },
      { key: 'website', origin: 'manual', unit: 'external', value: 20938, distinctPeople: null, participations: null, anonymous: null },
    ]);
    expect(r.lines.find((l) => l.key === `training:${programme}`)!.label).toBe('Nouveaux départs');
    expect(r.lines.find((l) => l.key === `social_desk:site:${est}`)!.label).toBe('Espace Social Télé-Service');
    expect(r.lines.find((l) => l.key === 'job_day')).toMatchObject({ label: 'Brussels Job Day', source: 'comptage à l’entrée' });
    expect(r.lines.find((l) => l.key === 'website')).toMatchObject({ label: 'Site web et réseaux sociaux', source: 'Google Analytics' });
    expect(r.total).toBe(6 + 3 + 5 + 3 + 2 + 2000 + 20938);
    expect(r.totalByUnit).toEqual({ distinct_people: 3, participations: 6 + 3 + 5 + 2, head_count: 2000, external: 20938 });
    // amina (desk, EPN, training, social desk), lea (desk, EPN, training), sara, piotr, jean: each once; omar only in 2024
    expect(r.distinctPeopleAllTracked).toBe(5);
  });

  it('compares with 2024', async () => {
    const { previous } = await reached(2025);
    expect(previous.year).toBe(2024);
    expect(previous.lines.filter(exercised).map((l) => [l.key, l.origin, l.unit, l.value])).toEqual([
      ['epn', 'tracked', 'participations', 2], // an anonymous girl under 20, omar
      [`training:${programme}`, 'tracked', 'participations', 1], // jean
      ['front_desk', 'tracked', 'participations', 2], // one anonymous, jean
      ['social_desk', 'tracked', 'distinct_people', 1], // jean; nobody at the partner desk in 2024: no line
      ['job_day', 'manual', 'head_count', 1800],
    ]);
    expect(previous.total).toBe(2 + 1 + 2 + 1 + 1800);
    expect(previous.distinctPeopleAllTracked).toBe(2); // omar, jean
  });
});

describe('annual report, 2025', () => {
  it('lays out the social desk and the new arrivals by age class, sex, study level and professional status', async () => {
    const r = await report(2025);
    expect(r.empty).toBe(false);
    expect(r.sections.map((s) => s.key)).toEqual(['social_desk', 'front_desk', 'epn', 'trainings', 'rooms']);
    const s = section(r, 'social_desk');
    expect(figures(s)).toEqual({
      people_seen: [4, 1], // amina, piotr, sara, jean / jean
      interviews: [6, 1],
      [`interviews.site.${maison}`]: [4, 1],
      [`interviews.site.${est}`]: [2, 0],
      new_arrivals: [4, 1], // amina, piotr, sara, lea (first follow-up in 2025) / jean
      no_show_rate: [0.25, 1], // 1 no-show out of 4 appointments / 1 out of 1, a fraction like every rate
    });
    expect(s.figures.find((f) => f.key === `interviews.site.${est}`)!.label).toContain('Espace Social Télé-Service');
    // ages reached in 2025: amina 27, piotr 55, sara 22, lea unknown; jean 39 in 2024
    expect(chart(s, 'new_arrivals_age')).toEqual({ under_25: [1, 0], '25_34': [1, 0], '35_44': [0, 1], '45_54': [0, 0], '55_plus': [1, 0], unknown: [1, 0] });
    expect(chart(s, 'new_arrivals_gender')).toEqual({ F: [2, 0], M: [1, 1], X: [1, 0], unspecified: [0, 0] });
    expect(chart(s, 'new_arrivals_study')).toEqual({
      none_primary: [1, 0],
      lower_secondary: [0, 1],
      upper_secondary: [1, 0],
      higher_non_university: [0, 0],
      university: [1, 0],
      foreign_not_recognised: [1, 0],
      unknown: [0, 0],
    });
    expect(chart(s, 'new_arrivals_status')).toEqual({ job_seeker_actiris: [1, 0], cpas_beneficiary: [1, 0], employed: [0, 1], student: [0, 0], no_status: [1, 0], other: [1, 0], unknown: [0, 0] });
    const cats = chart(s, 'problem_categories');
    expect(cats).toMatchObject({ housing: [1, 0], budget_debt: [1, 0], administrative: [1, 0], medical: [1, 1], employment: [2, 0], childcare: [0, 0] });
    const age = s.charts.find((c) => c.key === 'new_arrivals_age')!;
    expect(age.data.find((d) => d.key === '25_34')!.label).toBe('25-34 ans');
  });

  it('lays out the front desk', async () => {
    const s = section(await report(2025), 'front_desk');
    expect(figures(s)).toEqual({ visits: [5, 2], anonymous: [2, 1], distinct_people: [2, 1] });
    expect(chart(s, 'desk_reasons')).toMatchObject({ information: [3, 1], job_search: [1, 0], digital_help: [1, 0], social_help: [0, 1], training: [0, 0] });
  });

  it('lays out the public digital space by age bracket and sex', async () => {
    const s = section(await report(2025), 'epn');
    expect(figures(s)).toEqual({ visits: [6, 2], distinct_people: [2, 1], anonymous: [3, 1], coaching: [2, 0] });
    expect(chart(s, 'epn_age')).toEqual({ under_20: [0, 1], '20_30': [2, 0], '30_40': [1, 1], '40_50': [0, 0], '50_60': [1, 0], '60_plus': [1, 0], unknown: [1, 0] });
    expect(chart(s, 'epn_sex')).toEqual({ F: [3, 1], M: [2, 1], X: [1, 0], unknown: [0, 0] });
    const months = chart(s, 'epn_months');
    expect(Object.values(months).map(([v]) => v)).toEqual([0, 1, 0, 1, 1, 0, 0, 0, 0, 1, 2, 0]);
    expect(Object.values(months).map(([, p]) => p)).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
    expect(chart(s, 'epn_help')).toMatchObject({
      e_guichet: [1, 0],
      individual_coaching: [2, 0],
      cv_job_search: [1, 0],
      tax_on_web: [0, 0],
      // kinds added by users (no code) are told apart by their id
      [String(userKinds[0])]: [1, 0],
      [String(userKinds[1])]: [0, 1],
    });
  });

  it('lays out the trainings', async () => {
    const s = section(await report(2025), 'trainings');
    expect(figures(s)).toEqual({
      programmes: [1, 1],
      sessions_held: [1, 1],
      sessions_cancelled: [1, 0],
      participations: [3, 1],
      distinct_people: [2, 1],
      attendance_rate: [0.667, null], // 4 presences out of 6 expected; no attendance taken in 2024
      outcome_rate: [0.333, 0], // amina found a job, out of 3 participations / 0 out of 1
      evaluation_average: [4.5, null], // one form: 5 and 4
    });
    expect(chart(s, 'training_participants')).toEqual({ [String(programme)]: [3, 1] });
  });

  it('lays out the rooms', async () => {
    const s = section(await report(2025), 'rooms');
    expect(figures(s)).toEqual({ bookings: [3, 1], hours: [9, 2] }); // 3 + 4 + 2 h / 2 h; the request is not confirmed
    const months = chart(s, 'rooms_months');
    expect(Object.values(months).map(([v]) => v)).toEqual([1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(Object.values(months).map(([, p]) => p)).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(chart(s, 'rooms_by_room')).toEqual({ [String(familia)]: [2, 1], [String(horizon)]: [1, 0] });
  });

  it('carries the people reached of both years', async () => {
    const r = await report(2025);
    expect(r.peopleReached.total).toBe(22957);
    expect(r.peopleReached.distinctPeopleAllTracked).toBe(5);
    expect(r.peopleReached.previous.total).toBe(1806);
  });
});

describe('the spreadsheet of the report', () => {
  it('names every people-reached line in the reader\'s language and holds the same numbers', async () => {
    const res = await t.as('director', { method: 'GET', url: '/api/observatory/report/export?year=2025&format=xlsx', headers: { 'accept-language': 'fr' } });
    expect(res.statusCode).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const rows: unknown[][] = [];
    wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1, 5)));
    // the activities this test does not record (events, the diagnostic, mentoring, matching and circles) have their lines at 0, left aside here
    expect(rows.slice(1).filter((row) => !/^(Événements|Diagnostic|Mentorat|Mise en relation|Cercles et ateliers)/.test(String(row[0])))).toEqual([
      ['Fréquentation de l’EPN', 'participations', 6, 2],
      ['Nouveaux départs', 'participations', 3, 1],
      ['Accueil de première ligne (visites)', 'participations', 5, 2],
      ['Permanences sociales, hors permanences partenaires (entretiens individuels)', 'personnes distinctes', 3, 1],
      ['Espace Social Télé-Service', 'participations', 2, 0], // nobody at the partner desk in 2024
      ['Brussels Job Day', 'comptage à l’entrée', 2000, 1800],
      ['Site web et réseaux sociaux', 'outil externe', 20938, undefined], // not entered for 2024
      // the sum of every line says what it adds; the distinct people beside it
      ['Somme des participations, personnes distinctes et comptages', 'somme de plusieurs unités', 22957, 1806],
      ['Personnes distinctes identifiées sur toutes les activités', 'personnes distinctes', 5, 2],
    ]);
    const nl = await t.as('director', { method: 'GET', url: '/api/observatory/people-reached/export?year=2025&format=csv', headers: { 'accept-language': 'nl' } });
    expect(nl.body).toContain('Bezoeken aan de EPN;deelnames;6;2');
  });
});

describe('the report as a spreadsheet and as one csv table', () => {
  it('puts percentages and averages in their own columns with a percent or decimal format, never in a count column', async () => {
    const res = await t.as('director', { method: 'GET', url: '/api/observatory/report/export?year=2025&format=xlsx', headers: { 'accept-language': 'fr' } });
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const sheet = (name: string) => wb.worksheets.find((w) => w.name === name)!;
    const headers = (ws: ReturnType<typeof sheet>) => (ws.getRow(1).values as unknown[]).slice(1);
    const byItem = (ws: ReturnType<typeof sheet>, item: string) => {
      let found: unknown[] | undefined;
      ws.eachRow((r) => {
        if (r.getCell(2).value === item) found = (r.values as unknown[]).slice(1);
      });
      return found!;
    };
    /** The number format of an item's cell in a column (formats are set on the cells). */
    const formatOf = (ws: ReturnType<typeof sheet>, item: string, column: number) => {
      let fmt: string | undefined;
      ws.eachRow((r) => {
        if (r.getCell(2).value === item) fmt = r.getCell(column + 1).numFmt;
      });
      return fmt;
    };
    const trainings = sheet('Formations');
    expect(headers(trainings)).toEqual(['Groupe', 'Élément', 'Unité', 'Nombre 2025', 'Nombre 2024', '% 2025', '% 2024', 'Moyenne ou heures 2025', 'Moyenne ou heures 2024', 'Évolution', 'Origine 2025', 'Origine 2024']);
    const col = (name: string) => headers(trainings).indexOf(name);
    const attendance = byItem(trainings, 'Taux de présence');
    expect(attendance[col('Nombre 2025')] ?? null).toBeNull();
    expect(Math.round((attendance[col('% 2025')] as number) * 1000) / 1000).toBe(0.667); // 4 presences out of 6, a fraction shown as a percentage
    expect(formatOf(trainings, 'Taux de présence', col('% 2025'))).toBe('0.0%');
    const average = byItem(trainings, 'Satisfaction moyenne (sur 5)');
    expect([average[col('Moyenne ou heures 2025')], average[col('Nombre 2025')] ?? null, average[col('% 2025')] ?? null]).toEqual([4.5, null, null]);
    expect(formatOf(trainings, 'Satisfaction moyenne (sur 5)', col('Moyenne ou heures 2025'))).toBe('0.0');
    const participations = byItem(trainings, 'Participations');
    expect([participations[col('Nombre 2025')], participations[col('Nombre 2024')], participations[col('% 2025')] ?? null]).toEqual([3, 1, null]);
    expect(participations[col('Évolution')]).toBe(2); // +200 %, a relative change
    const social = sheet('Permanences sociales');
    expect(byItem(social, 'Rendez-vous non honorés')[col('% 2025')]).toBe(0.25);
    // codes are labels
    const reachedSheet = wb.worksheets[0];
    const origins = new Set<unknown>();
    reachedSheet.eachRow((r, n) => n > 1 && origins.add(r.getCell(6).value));
    expect([...origins].filter(Boolean).sort()).toEqual(['calculé à partir des fiches', 'encodé à la main']);
  });

  it('writes the csv as one table, a section column telling where each row belongs', async () => {
    const res = await t.as('director', { method: 'GET', url: '/api/observatory/report/export?year=2025&format=csv', headers: { 'accept-language': 'nl' } });
    expect(res.statusCode).toBe(200);
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    const header = lines[0].split(';');
    expect(header.slice(0, 4)).toEqual(['Onderdeel', 'Groep', 'Element', 'Eenheid']);
    // one header, then rows of the same width, no title lines between tables
    expect(lines.every((l) => l.split(';').length === header.length)).toBe(true);
    const sections = new Set(lines.slice(1).map((l) => l.split(';')[0]));
    expect([...sections]).toEqual(['Aantal bereikte personen', 'Sociale permanenties', ...(await report(2025)).sections.slice(1).map(() => expect.any(String))]);
    expect(lines.some((l) => l.startsWith('Aantal bereikte personen;') && l.includes('Som van deelnames, verschillende personen en tellingen;aantal;22957;1806'))).toBe(true);
  });
});

describe('the people-reached table of both years', () => {
  it("lists last year's lines too, beside this year's (a hand-entered figure not entered yet is unknown)", async () => {
    const r = await reached(2026);
    const row = (key: string) => r.rows.find((x) => x.key === key)!;
    expect(row('website')).toMatchObject({ origin: 'manual', value: null, previous: 20938, label: 'Site web et réseaux sociaux' });
    expect(row(`social_desk:site:${est}`)).toMatchObject({ value: 0, previous: 2 });
    expect(row('job_day')).toMatchObject({ value: null, previous: 2000 });
    // every line of 2025 is there
    for (const l of r.previous.lines) expect(r.rows.map((x) => x.key), l.key).toContain(l.key);
    const r25 = await reached(2025);
    expect(r25.rows.find((x) => x.key === 'job_day')).toMatchObject({ value: 2000, previous: 1800, change: 0.1111111111111111 });
  });
});

describe('years without data, in the future, and bad hand-entered figures', () => {
  it('says a year without data is empty', async () => {
    const r = await reached(2022);
    expect(r.empty).toBe(true);
    expect(r.total).toBe(0);
    expect(r.distinctPeopleAllTracked).toBe(0);
    const rep = await report(2022);
    expect(rep.empty).toBe(true);
    expect(rep.sections.flatMap((s) => s.figures).every((f) => !f.value)).toBe(true);
  });

  it('refuses a year in the future', async () => {
    for (const url of ['/api/observatory/people-reached?year=2027', '/api/observatory/report?year=2027', '/api/observatory/report/export?year=2027', '/api/observatory/open-data?year=2027']) {
      const res = await t.as('director', { method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('refuses a negative figure or one without source, and changes nothing', async () => {
    const before = (await call('director', 'GET', '/api/observatory/manual-figures?year=2025')).json().items;
    const base = { year: 2025, activityKey: 'job_day', label: 'Brussels Job Day', value: 2500, unit: 'head_count', source: 'comptage' };
    const bad = [{ ...base, value: -1 }, { ...base, source: '' }, { ...base, source: '   ' }, (({ source: _, ...rest }) => rest)(base), { ...base, activityKey: 'fundtruck', value: -5 }];
    for (const payload of bad) {
      const res = await t.as('director', { method: 'PUT', url: '/api/observatory/manual-figures', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await call('director', 'GET', '/api/observatory/manual-figures?year=2025')).json().items).toEqual(before);
    const r = await reached(2025);
    expect(r.lines.find((l) => l.key === 'job_day')!.value).toBe(2000);
    expect(r.lines.some((l) => l.key === 'fundtruck')).toBe(false);
    expect(r.total).toBe(22957);
  });
});

describe('the same figure has the same value everywhere (issue 18)', () => {
  type Fig = { value: number | null; previous: number | null };
  const get = async <T>(url: string) => (await call('director', 'GET', url)).json() as T;

  it('the social desk: people seen and interviews, all sites and per site, agree between the report, the people reached and the social-desk statistics', async () => {
    const [r, reach, stats] = await Promise.all([
      report(2025),
      reached(2025),
      get<{ peopleSeen: { total: Fig; bySite: ({ siteId: number } & Fig)[] }; interviews: { total: Fig; bySite: ({ siteId: number } & Fig)[] } }>('/api/socialdesk/stats?year=2025'),
    ]);
    const s = figures(section(r, 'social_desk'));
    // all sites
    expect(s.people_seen).toEqual([stats.peopleSeen.total.value, stats.peopleSeen.total.previous]);
    expect(s.interviews).toEqual([stats.interviews.total.value, stats.interviews.total.previous]);
    for (const site of [maison, est]) expect(s[`interviews.site.${site}`]).toEqual([stats.interviews.bySite.find((x) => x.siteId === site)!.value, stats.interviews.bySite.find((x) => x.siteId === site)!.previous]);
    // the people-reached table: the Centrale's own sites on one line (people), each partner desk on its own (interviews)
    const own = reach.lines.find((l) => l.key === 'social_desk')!;
    const desk = reach.lines.find((l) => l.key === `social_desk:site:${est}`)!;
    const seenAt = (site: number) => stats.peopleSeen.bySite.find((x) => x.siteId === site)!.value;
    expect(own.distinctPeople).toBe(seenAt(maison));
    expect(own.participations).toBe(stats.interviews.bySite.find((x) => x.siteId === maison)!.value);
    expect(desk.value).toBe(stats.interviews.bySite.find((x) => x.siteId === est)!.value);
    expect(desk.distinctPeople).toBe(seenAt(est));
    // and the labels say which scope they count
    const fr = (key: string) => section(r, 'social_desk').figures.find((f) => f.key === key)!.label;
    expect(fr('people_seen')).toMatch(/tous les sites/);
    expect(own.label).toMatch(/hors permanences partenaires/);
  });

  it('the front desk, the public digital space, the trainings and the rooms: the report, the people reached and each module’s statistics agree', async () => {
    const [r, reach] = await Promise.all([report(2025), reached(2025)]);
    const line = (key: string) => reach.lines.find((l) => l.key === key)!;

    const desk = await get<{ total: number; anonymous: number; distinctPeople: number }>('/api/frontdesk/stats?year=2025&groupBy=year');
    const fd = figures(section(r, 'front_desk'));
    expect([fd.visits[0], fd.anonymous[0], fd.distinct_people[0]]).toEqual([desk.total, desk.anonymous, desk.distinctPeople]);
    expect([line('front_desk').value, line('front_desk').anonymous, line('front_desk').distinctPeople]).toEqual([desk.total, desk.anonymous, desk.distinctPeople]);

    const epn = await get<{ visits: Fig; anonymousVisits: Fig; distinctPeople: Fig; coachingSessions: Fig }>('/api/epn/stats?year=2025');
    const e = figures(section(r, 'epn'));
    expect(e.visits).toEqual([epn.visits.value, epn.visits.previous]);
    expect(e.anonymous).toEqual([epn.anonymousVisits.value, epn.anonymousVisits.previous]);
    expect(e.distinct_people).toEqual([epn.distinctPeople.value, epn.distinctPeople.previous]);
    expect(e.coaching).toEqual([epn.coachingSessions.value, epn.coachingSessions.previous]);
    expect([line('epn').value, line('epn').anonymous, line('epn').distinctPeople]).toEqual([epn.visits.value, epn.anonymousVisits.value, epn.distinctPeople.value]);

    const tr = await get<{ participations: Fig; distinctPeople: Fig; sessionsHeld: Fig; programmes: Fig }>('/api/trainings/stats?year=2025');
    const f = figures(section(r, 'trainings'));
    expect(f.participations).toEqual([tr.participations.value, tr.participations.previous]);
    expect(f.distinct_people).toEqual([tr.distinctPeople.value, tr.distinctPeople.previous]);
    expect(f.sessions_held).toEqual([tr.sessionsHeld.value, tr.sessionsHeld.previous]);
    expect(reach.lines.filter((l) => l.key.startsWith('training:')).reduce((n, l) => n + l.value, 0)).toBe(tr.participations.value);

    const rooms = await get<{ bookings: Fig; hours: Fig }>('/api/rooms/stats?year=2025');
    const ro = figures(section(r, 'rooms'));
    expect(ro.bookings).toEqual([rooms.bookings.value, rooms.bookings.previous]);
    expect(ro.hours).toEqual([rooms.hours.value, rooms.hours.previous]);
  });
});
