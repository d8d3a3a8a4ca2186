import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { newPerson } from '../../../test/builders';
import type { fixedClock } from '../../platform/clock';

let t: TestApp;
let programmeId: number;
let sessionId: number;
let orgId: number;
let questions: { id: number; text: string }[];
const people: Record<string, number> = {};
const parts: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp({ clock: '2026-04-20T09:00:00Z' });
  const org = await t.as('admin', { method: 'POST', url: '/api/organisations', payload: { name: 'CPAS de Saint-Gilles', type: 'social_welfare' } });
  orgId = org.json().id;
  for (const [key, firstName, lastName] of [
    ['amina', 'Amina', 'El Idrissi'],
    ['chloe', 'Chloé', 'Martin'],
  ]) {
    const res = await t.as('reception', { method: 'POST', url: '/api/people', payload: { firstName, lastName, gender: 'F', birthDate: '1990-04-02' } });
    people[key] = res.json().id;
  }
});
afterAll(() => t?.close());

/** The evaluation forms of a session: the responses of the survey engine's survey about it. */
const formsOfSession = async (id: number) =>
  (await t.database.rows<{ n: number }>(sql`select count(*)::int as n from survey_responses r join surveys s on s.id = r.survey_id where s.subject_type = 'training_session' and s.subject_id = ${id}`))[0].n;
const count = async (table: string) => (await t.database.rows<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`))[0].n;
const staff = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) => t.as('project_officer', { method, url, payload: payload as object });

describe('programmes and sessions', () => {
  it('creates a programme with partners, trainers and evaluation questions; reception may not', async () => {
    const trainer = await t.userIdFor('trainer');
    const body = {
      name: 'Relais Emploi Formation (REF)',
      description: 'Formation des professionnels de première ligne',
      targetPublic: 'Travailleurs de première ligne',
      funder: 'Ville de Bruxelles',
      partnerIds: [orgId],
      trainerIds: [trainer],
      questions: ['Le contenu répond à mes attentes', 'Je saurai orienter mon public'],
    };
    expect((await t.as('reception', { method: 'POST', url: '/api/trainings/programmes', payload: body })).statusCode).toBe(403);
    const res = await staff('POST', '/api/trainings/programmes', body);
    expect(res.statusCode).toBe(201);
    const p = res.json();
    programmeId = p.id;
    questions = p.questions;
    expect(p.partners).toEqual([{ id: orgId, name: 'CPAS de Saint-Gilles' }]);
    expect(p.trainers).toEqual([{ id: trainer, name: 'Test trainer' }]);
    expect(questions).toHaveLength(2);
    const unknownPartner = await staff('POST', '/api/trainings/programmes', { ...body, name: 'Autre', partnerIds: [9999] });
    expect(unknownPartner.statusCode).toBe(400);
  });

  it('refuses a negative capacity or the same day twice, and writes nothing', async () => {
    const days = [{ date: '2026-03-07', from: '09:00', to: '12:30' }];
    for (const payload of [
      { capacity: -1, days },
      { capacity: 10, days: [...days, ...days] },
      { capacity: 10, days: [{ date: '2026-03-07', from: '12:30', to: '09:00' }] },
      { capacity: 10, days: [] },
    ]) {
      const res = await staff('POST', `/api/trainings/programmes/${programmeId}/sessions`, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const neg = await staff('POST', `/api/trainings/programmes/${programmeId}/sessions`, { capacity: -1, days });
    expect(neg.json().errors[0].message).toBe('La capacité ne peut pas être négative.');
    expect(await count('training_sessions')).toBe(0);
    expect(await count('training_session_days')).toBe(0);
  });

  it('plans a session on "7, 14 and 21 March" with local hours', async () => {
    const res = await staff('POST', `/api/trainings/programmes/${programmeId}/sessions`, {
      title: 'Session 1',
      room: 'Salle 1',
      capacity: 2,
      days: ['2026-03-07', '2026-03-14', '2026-03-21'].map((date) => ({ date, from: '09:00', to: '12:30' })),
    });
    expect(res.statusCode).toBe(201);
    const s = res.json();
    sessionId = s.id;
    expect(s.status).toBe('planned');
    expect(s.days.map((d: { date: string }) => d.date)).toEqual(['2026-03-07', '2026-03-14', '2026-03-21']);
    expect(s.days[0]).toMatchObject({ from: '09:00', to: '12:30', startsAt: '2026-03-07T08:00:00.000Z', hours: 3.5 });
  });

  it('the database refuses a capacity below zero', async () => {
    await expect(t.database.rows(sql`update training_sessions set capacity = -1 where id = ${sessionId}`)).rejects.toThrow();
  });
});

describe('participants', () => {
  it('enrols people and professionals, then fills a waiting list; not twice the same person', async () => {
    const a = await staff('POST', `/api/trainings/sessions/${sessionId}/participants`, { personId: people.amina });
    expect(a.statusCode).toBe(201);
    expect(a.json().status).toBe('enrolled');
    parts.amina = a.json().id;
    const pro = await staff('POST', `/api/trainings/sessions/${sessionId}/participants`, { professionalName: 'Marc Dupont', organisationId: orgId, jobTitle: "Agent d'insertion" });
    expect(pro.json().status).toBe('enrolled');
    parts.marc = pro.json().id;
    const c = await staff('POST', `/api/trainings/sessions/${sessionId}/participants`, { personId: people.chloe });
    expect(c.json().status).toBe('waiting');
    parts.chloe = c.json().id;
    const twice = await staff('POST', `/api/trainings/sessions/${sessionId}/participants`, { personId: people.amina });
    expect(twice.statusCode).toBe(409);
    const before = await count('training_participants');
    const both = await staff('POST', `/api/trainings/sessions/${sessionId}/participants`, { personId: people.amina, professionalName: 'X' });
    expect(both.statusCode).toBe(400);
    expect(await count('training_participants')).toBe(before);
    const s = (await staff('GET', `/api/trainings/sessions/${sessionId}`)).json();
    expect(s.enrolled).toBe(2);
    expect(s.participants.map((p: { name: string }) => p.name)).toEqual(['Amina El Idrissi', 'Marc Dupont']);
    expect(s.waitingList).toEqual([expect.objectContaining({ id: parts.chloe, position: 1, name: 'Chloé Martin' })]);
  });

  it('refuses a capacity below the number enrolled', async () => {
    const res = await staff('PATCH', `/api/trainings/sessions/${sessionId}`, { capacity: 1 });
    expect(res.statusCode).toBe(409);
    expect((await staff('GET', `/api/trainings/sessions/${sessionId}`)).json().capacity).toBe(2);
  });

  it('promotes the first on the waiting list when someone withdraws', async () => {
    const res = await staff('POST', `/api/trainings/participants/${parts.marc}/withdraw`, { reason: 'Malade' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'withdrawn', promoted: [parts.chloe] });
    const s = (await staff('GET', `/api/trainings/sessions/${sessionId}`)).json();
    expect(s.waitingList).toHaveLength(0);
    expect(s.participants.find((p: { id: number }) => p.id === parts.chloe).status).toBe('enrolled');
    expect((await staff('POST', `/api/trainings/participants/${parts.marc}/withdraw`, {})).statusCode).toBe(409);
  });

  it('records attendance per day, and refuses a day outside the session without writing anything', async () => {
    const outside = await staff('PUT', `/api/trainings/sessions/${sessionId}/attendance`, { date: '2026-03-08', entries: [{ participantId: parts.amina, present: true }] });
    expect(outside.statusCode).toBe(400);
    expect(outside.headers['content-type']).toContain('application/problem+json');
    expect(outside.json().errors[0].message).toBe("Le 2026-03-08 n’est pas un jour de cette session.");
    const withdrawn = await staff('PUT', `/api/trainings/sessions/${sessionId}/attendance`, {
      date: '2026-03-07',
      entries: [
        { participantId: parts.amina, present: true },
        { participantId: parts.marc, present: true },
      ],
    });
    expect(withdrawn.statusCode).toBe(400);
    expect(await count('training_attendance')).toBe(0);
    const ok = await staff('PUT', `/api/trainings/sessions/${sessionId}/attendance`, {
      date: '2026-03-07',
      entries: [
        { participantId: parts.amina, present: true },
        { participantId: parts.chloe, present: false },
      ],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ date: '2026-03-07', recorded: 2, present: 1 });
    const s = (await staff('GET', `/api/trainings/sessions/${sessionId}`)).json();
    expect(s.participants.find((p: { id: number }) => p.id === parts.amina).attendance).toEqual({ '2026-03-07': true });
  });

  it('gives the data of an attendance certificate, only for days attended', async () => {
    const res = await staff('GET', `/api/trainings/participants/${parts.amina}/certificate`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      participant: { name: 'Amina El Idrissi' },
      programme: { name: 'Relais Emploi Formation (REF)' },
      attendedDays: [expect.objectContaining({ date: '2026-03-07', from: '09:00', to: '12:30' })],
      attendedHours: 3.5,
      totalHours: 10.5,
      trainers: ['Test trainer'],
      issuedOn: '2026-04-20', // after the last day, never before the training ended
    });
    expect((await staff('GET', `/api/trainings/participants/${parts.chloe}/certificate`)).statusCode).toBe(409);
  });

  it('records outcomes and gives the programme outcome rate', async () => {
    expect((await staff('PUT', `/api/trainings/participants/${parts.amina}/outcome`, { outcome: 'found_job', date: '2026-09-01' })).statusCode).toBe(200);
    expect((await staff('PUT', `/api/trainings/participants/${parts.chloe}/outcome`, { outcome: 'still_looking' })).statusCode).toBe(200);
    expect((await staff('PUT', `/api/trainings/participants/${parts.chloe}/outcome`, { outcome: 'rich' })).statusCode).toBe(400);
    const res = await t.as('director', { method: 'GET', url: `/api/trainings/programmes/${programmeId}/outcomes` });
    expect(res.json()).toMatchObject({ participants: 2, positive: 1, known: 2, rate: 50 });
  });
});

describe('evaluation', () => {
  let token: string;
  it('is filled in on a phone through a public link, without an account', async () => {
    const open = await staff('POST', `/api/trainings/sessions/${sessionId}/evaluation/open`);
    expect(open.statusCode).toBe(200);
    token = open.json().token;
    expect(open.json().url).toMatch(new RegExp(`/p/evaluation/${token}$`));
    const qr = await staff('GET', `/api/trainings/sessions/${sessionId}/evaluation/qr.svg`);
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    expect(qr.body).toMatch(/^<svg/);
    const form = await t.as(null, { method: 'GET', url: `/api/public/evaluations/${token}` });
    expect(form.statusCode).toBe(200);
    expect(form.json()).toMatchObject({ programme: 'Relais Emploi Formation (REF)', questions: questions.map((q) => ({ id: q.id, text: q.text })) });
    const sent = await t.as(null, {
      method: 'POST',
      url: `/api/public/evaluations/${token}`,
      payload: { answers: [{ questionId: questions[0].id, score: 5 }, { questionId: questions[1].id, score: 4 }], comments: 'Très utile' },
    });
    expect(sent.statusCode).toBe(201);
    const bad = await t.as(null, { method: 'POST', url: `/api/public/evaluations/${token}`, payload: { answers: [{ questionId: questions[0].id, score: 6 }] } });
    expect(bad.statusCode).toBe(400);
    expect((await t.as(null, { method: 'GET', url: '/api/public/evaluations/AAAAAAAAAAAAAAAAAAAAAAAA' })).statusCode).toBe(404);
    expect(await formsOfSession(sessionId)).toBe(1);
  });

  it('refuses a link reused after the evaluation is closed, and writes nothing', async () => {
    expect((await staff('POST', `/api/trainings/sessions/${sessionId}/evaluation/close`)).statusCode).toBe(200);
    const late = await t.as(null, { method: 'POST', url: `/api/public/evaluations/${token}`, payload: { answers: [{ questionId: questions[0].id, score: 1 }] } });
    expect(late.statusCode).toBe(410);
    expect(late.headers['content-type']).toContain('application/problem+json');
    expect((await t.as(null, { method: 'GET', url: `/api/public/evaluations/${token}` })).statusCode).toBe(410);
    expect(await formsOfSession(sessionId)).toBe(1);
    expect((await staff('GET', `/api/trainings/sessions/${sessionId}/evaluation/qr.svg`)).statusCode).toBe(409);
  });

  it('can be typed in by staff, and gives results per session', async () => {
    const typed = await staff('POST', `/api/trainings/sessions/${sessionId}/evaluations`, { answers: [{ questionId: questions[0].id, score: 3 }] });
    expect(typed.statusCode).toBe(201);
    const res = (await staff('GET', `/api/trainings/sessions/${sessionId}/evaluations`)).json();
    expect(res.forms).toBe(2);
    expect(res.questions[0]).toMatchObject({ answers: 2, average: 4, distribution: [0, 0, 1, 0, 1] });
    expect(res.questions[1]).toMatchObject({ answers: 1, average: 4 });
    expect(res.comments).toEqual([{ text: 'Très utile' }]);
    // One survey engine: the session's evaluation is a survey about it, its answers kept apart from who sent them.
    const survey = (await staff('GET', `/api/surveys?subjectType=training_session&subjectId=${sessionId}`)).json();
    expect(survey.items).toHaveLength(1);
    expect(survey.items[0]).toMatchObject({ answers: 2, publicLink: false, publicToken: null });
    const engine = (await staff('GET', `/api/surveys/${survey.items[0].id}/results`)).json();
    expect(engine.answers).toBe(2);
    expect(engine.questions.at(-1)).toMatchObject({ kind: 'text', texts: ['Très utile'] });
    const columns = await t.database.rows<{ column_name: string }>(sql`select column_name from information_schema.columns where table_name = 'survey_responses'`);
    expect(columns.map((c) => c.column_name).sort()).toEqual(['answered_on', 'id', 'matched_rules', 'survey_id']);
  });
});

describe('statistics, reach and timeline', () => {
  it('cancels a session only with a reason', async () => {
    const s2 = await staff('POST', `/api/trainings/programmes/${programmeId}/sessions`, { capacity: 12, days: [{ date: '2026-06-13', from: '09:00', to: '12:30' }] });
    const id = s2.json().id;
    expect((await staff('POST', `/api/trainings/sessions/${id}/status`, { status: 'cancelled' })).statusCode).toBe(400);
    const ok = await staff('POST', `/api/trainings/sessions/${id}/status`, { status: 'cancelled', reason: 'Pas assez de candidats' });
    expect(ok.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Pas assez de candidats' });
    expect((await staff('POST', `/api/trainings/sessions/${id}/participants`, { personId: people.amina })).statusCode).toBe(409);
  });

  it('counts a year: sessions held and cancelled, participants, attendance, evaluations, outcomes, organisations', async () => {
    await staff('POST', `/api/trainings/sessions/${sessionId}/status`, { status: 'done' });
    await staff('PATCH', `/api/trainings/sessions/${sessionId}`, { capacity: 3 });
    await staff('POST', `/api/trainings/sessions/${sessionId}/participants`, { professionalName: 'Sara Janssens', organisationId: orgId });
    const res = await t.as('director', { method: 'GET', url: '/api/trainings/stats?year=2026' });
    expect(res.statusCode).toBe(200);
    const s = res.json();
    // Nothing in 2025: every previous figure is 0 and no change can be computed.
    const none = (value: number, unit = 'count') => ({ value, previous: 0, change: null, unit });
    expect(s).toMatchObject({
      year: 2026,
      programmes: none(1),
      sessionsHeld: none(1),
      sessionsCancelled: none(1),
      participations: none(3),
      distinctPeople: none(2),
      professionals: none(1),
      // 2 presences of the 4 places expected: a fraction
      attendanceRate: { value: 0.5, previous: null, change: null, unit: 'percent' },
      evaluationForms: none(2),
      evaluationAverage: { value: 4, previous: null, change: null, unit: 'decimal' },
      positiveOutcomes: none(1),
      outcomeRate: { value: 1 / 3, unit: 'percent' },
      byOrganisation: [{ name: 'CPAS de Saint-Gilles', count: 1 }],
    });
    expect(s.perProgramme[0]).toMatchObject({ name: 'Relais Emploi Formation (REF)', cancelReasons: ['Pas assez de candidats'] });
    const lines = await t.app.relais.ctx.reach.all().find((r) => r.key === 'trainings')!.lines(2026);
    expect(lines).toEqual([expect.objectContaining({ key: `training:${programmeId}`, label: 'Relais Emploi Formation (REF)', unit: 'participations', value: 3, distinctPeople: 2 })]);
    const ids = await t.database.rows<{ person_id: number }>(lines[0].personIds!);
    expect(ids.map((r) => r.person_id).sort()).toEqual([people.amina, people.chloe].sort());
    expect((await t.as('reception', { method: 'GET', url: '/api/trainings/stats?year=2026' })).statusCode).toBe(403);
    expect((await t.as('director', { method: 'GET', url: '/api/trainings/stats?year=1999' })).statusCode).toBe(400);
    // The export: one column per figure, a row per year; the rates are real percentages in xlsx.
    const x = await t.as('director', { method: 'GET', url: '/api/trainings/stats/export?year=2026&format=xlsx' });
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-disposition']).toContain('formations-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Formations 2026', 'Par programme', 'Par organisation']);
    const sheet = wb.getWorksheet('Formations 2026')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = header.indexOf('Taux de présence') + 1;
    expect(sheet.getRow(2).getCell(col).value).toBe(0.5);
    expect(sheet.getRow(2).getCell(col).numFmt).toContain('%');
    expect(sheet.getRow(2).getCell(header.indexOf('Participations') + 1).value).toBe(3);
    const csv = await t.as('director', { method: 'GET', url: '/api/trainings/stats/export?year=2026&format=csv' });
    expect(csv.headers['content-type']).toBe('application/zip');
  });

  it('counts a period from/to: the sessions whose first day falls in it, both ends included', async () => {
    // The held session runs 7, 14 and 21 March; the cancelled one is on 13 June.
    const march = (await t.as('director', { method: 'GET', url: '/api/trainings/stats?from=2026-03-07&to=2026-03-07' })).json();
    expect(march).toMatchObject({ year: null, from: '2026-03-07', to: '2026-03-07' });
    expect(march).toMatchObject({ sessionsHeld: { value: 1, previous: 0 }, sessionsCancelled: { value: 0 }, participations: { value: 3 } });
    // From the 8th the held session is out (it started on the 7th), the cancelled one in.
    const spring = (await t.as('director', { method: 'GET', url: '/api/trainings/stats?from=2026-03-08&to=2026-06-13' })).json();
    expect(spring).toMatchObject({ sessionsHeld: { value: 0 }, sessionsCancelled: { value: 1, previous: 0 }, participations: { value: 0 } });
    const x = await t.as('director', { method: 'GET', url: '/api/trainings/stats/export?from=2026-03-01&to=2026-03-31&format=xlsx' });
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-disposition']).toContain('formations-2026-03-01_2026-03-31.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(sheet.getRow(2).getCell(1).value).toBe('2026-03-01 – 2026-03-31');
    expect(sheet.getRow(3).getCell(1).value).toBe('2025-03-01 – 2025-03-31');
    expect(sheet.getRow(2).getCell(header.indexOf('Participations') + 1).value).toBe(3);
    expect((await t.as('director', { method: 'GET', url: '/api/trainings/stats?year=2026&to=2026-03-31' })).statusCode).toBe(400);
  });

  it('lists programmes and sessions with their counts', async () => {
    const list = await staff('GET', '/api/trainings/programmes');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([expect.objectContaining({ id: programmeId, sessionCount: 2, participantCount: 3, nextDay: null })]); // every day is past
    const p = (await staff('GET', `/api/trainings/programmes/${programmeId}`)).json();
    expect(p.sessions.map((s: { enrolled: number; waiting: number; status: string }) => [s.status, s.enrolled, s.waiting])).toEqual([
      ['done', 3, 0],
      ['cancelled', 0, 0],
    ]);
    expect(p.sessions[0]).not.toHaveProperty('evaluationToken');
  });

  it('shows the training on the person timeline', async () => {
    const items = (await t.as('reception', { method: 'GET', url: `/api/people/${people.amina}/timeline` })).json().items;
    expect(items).toEqual(expect.arrayContaining([expect.objectContaining({ module: 'trainings', kind: 'timeline.training', summary: 'Relais Emploi Formation (REF) — Session 1' })]));
  });
});

describe('merging two records of one person', () => {
  it('keeps one enrolment when both records were in the same session, with the attendance of both, and the freed seat goes to the waiting list', async () => {
    const programme = (await staff('POST', '/api/trainings/programmes', { name: 'Atelier CV et lettre', partnerIds: [], trainerIds: [], questions: [] })).json();
    const session = await staff('POST', `/api/trainings/programmes/${programme.id}/sessions`, {
      title: 'Atelier de mars',
      capacity: 2,
      days: ['2026-03-09', '2026-03-10'].map((date) => ({ date, from: '09:00', to: '12:00' })),
    });
    expect(session.statusCode, session.body).toBe(201);
    const sid = session.json().id;
    const person = (firstName: string, lastName: string) => newPerson(t, { firstName, lastName });
    const [yasmine, yasmineAgain, noah] = [await person('Yasmine', 'Benali'), await person('Yasmine', 'Ben Ali'), await person('Noah', 'Lambert')];
    const enrol = async (personId: number) => (await staff('POST', `/api/trainings/sessions/${sid}/participants`, { personId })).json();
    const [first, second, waiting] = [await enrol(yasmine), await enrol(yasmineAgain), await enrol(noah)];
    expect([first.status, second.status, waiting.status]).toEqual(['enrolled', 'enrolled', 'waiting']);
    await staff('PUT', `/api/trainings/sessions/${sid}/attendance`, { date: '2026-03-09', entries: [{ participantId: first.id, present: true }] });
    await staff('PUT', `/api/trainings/sessions/${sid}/attendance`, { date: '2026-03-10', entries: [{ participantId: second.id, present: true }] });

    const merged = await t.as('reception', { method: 'POST', url: `/api/people/${yasmine}/merge`, payload: { duplicateId: yasmineAgain } });
    expect(merged.statusCode, merged.body).toBe(200);

    const s = (await staff('GET', `/api/trainings/sessions/${sid}`)).json();
    const live = s.participants.filter((p: { status: string }) => p.status !== 'withdrawn');
    expect(live.map((p: { id: number; status: string }) => [p.id, p.status])).toEqual([
      [first.id, 'enrolled'],
      [waiting.id, 'enrolled'],
    ]);
    expect(live[0].attendance).toEqual({ '2026-03-09': true, '2026-03-10': true });
    expect(s.waitingList).toEqual([]);
    const audit = (await t.as('admin', { method: 'GET', url: `/api/audit?action=person.merge&entityId=${yasmine}` })).json().items[0];
    expect(audit.details.joined).toEqual({ trainingEnrolments: [{ sessionId: sid, kept: first.id, withdrawn: second.id }] });
  });
});

describe('public evaluation links', () => {
  let groupSession: number;
  let link: string;
  const answer = (token: string, address = '192.0.2.10') =>
    t.as(null, { method: 'POST', url: `/api/public/evaluations/${token}`, remoteAddress: address, payload: { answers: [{ questionId: questions[0].id, score: 4 }] } });
  const formsOf = formsOfSession;

  beforeAll(async () => {
    const s = await staff('POST', `/api/trainings/programmes/${programmeId}/sessions`, { title: 'Groupe du jeudi', capacity: 30, days: [{ date: '2026-04-02', from: '09:00', to: '12:00' }] });
    groupSession = s.json().id;
    for (let i = 1; i <= 22; i++) expect((await staff('POST', `/api/trainings/sessions/${groupSession}/participants`, { professionalName: `Stagiaire ${i}` })).statusCode).toBe(201);
    link = (await staff('POST', `/api/trainings/sessions/${groupSession}/evaluation/open`)).json().token;
  });

  it('one address cannot send more than 20 answers in an hour; the group next door, and the same address an hour later, still can', async () => {
    for (let i = 0; i < 20; i++) expect((await answer(link)).statusCode).toBe(201);
    const tooMany = await answer(link);
    expect(tooMany.statusCode).toBe(429);
    expect(tooMany.headers['content-type']).toContain('application/problem+json');
    expect(Number(tooMany.headers['retry-after'])).toBeGreaterThan(0);
    expect(tooMany.json().title).toMatch(/^Trop de tentatives\. Réessayez dans \d+ minutes?\.$/);
    expect(await formsOf(groupSession)).toBe(20);
    expect((await answer(link, '198.51.100.7')).statusCode).toBe(201);
    (t.clock as ReturnType<typeof fixedClock>).set('2026-04-20T10:01:00Z');
    expect((await answer(link)).statusCode).toBe(201);
    expect(await formsOf(groupSession)).toBe(22);
  });

  it('takes no more answers than the participants present, and says that every expected form came', async () => {
    // Before attendance is taken, one form per enrolled participant: 22 enrolled, 22 forms received.
    const full = await answer(link, '203.0.113.5');
    expect(full.statusCode).toBe(409);
    expect(full.json().title).toBe('Cette évaluation a déjà reçu tous les formulaires attendus (22 participants présents). Merci !');
    expect(await formsOf(groupSession)).toBe(22);
    // Once attendance is taken, the participants present count: three enrolled, two came.
    const small = (await staff('POST', `/api/trainings/programmes/${programmeId}/sessions`, { capacity: 3, days: [{ date: '2026-04-09', from: '13:30', to: '16:30' }] })).json().id;
    const ids: number[] = [];
    for (const name of ['Inès', 'Bram', 'Yusuf']) ids.push((await staff('POST', `/api/trainings/sessions/${small}/participants`, { professionalName: name })).json().id);
    await staff('PUT', `/api/trainings/sessions/${small}/attendance`, { date: '2026-04-09', entries: ids.map((participantId, i) => ({ participantId, present: i < 2 })) });
    const smallLink = (await staff('POST', `/api/trainings/sessions/${small}/evaluation/open`)).json().token;
    expect((await answer(smallLink, '203.0.113.6')).statusCode).toBe(201);
    expect((await answer(smallLink, '203.0.113.7')).statusCode).toBe(201);
    const third = await t.as(null, { method: 'POST', url: `/api/public/evaluations/${smallLink}`, remoteAddress: '203.0.113.8', headers: { 'accept-language': 'en' }, payload: { answers: [{ questionId: questions[0].id, score: 1 }] } });
    expect(third.statusCode).toBe(409);
    expect(third.headers['content-type']).toContain('application/problem+json');
    expect(third.json().title).toBe('This evaluation has already received every expected form (2 participants present). Thank you!');
    expect(await formsOf(small)).toBe(2);
  });

  it('reopening an evaluation gives a new link; the old one, still on a printed QR code, is refused with a message that says so', async () => {
    expect((await staff('POST', `/api/trainings/sessions/${groupSession}/evaluation/close`)).statusCode).toBe(200);
    const reopened = await staff('POST', `/api/trainings/sessions/${groupSession}/evaluation/open`);
    const fresh = reopened.json().token;
    expect(fresh).not.toBe(link);
    expect(reopened.json().url).toMatch(new RegExp(`/p/evaluation/${fresh}$`));
    expect((await t.as(null, { method: 'GET', url: `/api/public/evaluations/${fresh}` })).statusCode).toBe(200);
    for (const res of [
      await t.as(null, { method: 'GET', url: `/api/public/evaluations/${link}`, headers: { 'accept-language': 'nl' } }),
      await t.as(null, { method: 'POST', url: `/api/public/evaluations/${link}`, headers: { 'accept-language': 'nl' }, payload: { answers: [{ questionId: questions[0].id, score: 1 }] } }),
    ]) {
      expect(res.statusCode).toBe(410);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().title).toBe('Deze evaluatielink is vervangen door een nieuwe. Vraag de nieuwe link (of de QR-code ervan) aan uw opleider.');
    }
    expect(await formsOf(groupSession)).toBe(22);
    // Opening an evaluation that is already open keeps its link (a second click gives the same QR code).
    expect((await staff('POST', `/api/trainings/sessions/${groupSession}/evaluation/open`)).json().token).toBe(fresh);
  });
});

describe('a session that has not happened yet', () => {
  it('takes no attendance for a day to come, no evaluation before its last day, and no certificate before it ended: nothing written', async () => {
    const s = (await staff('POST', `/api/trainings/programmes/${programmeId}/sessions`, { capacity: 5, days: [{ date: '2026-04-20', from: '09:00', to: '12:00' }, { date: '2026-05-04', from: '09:00', to: '12:00' }] })).json().id;
    const p = (await staff('POST', `/api/trainings/sessions/${s}/participants`, { professionalName: 'Lotte Janssens' })).json().id;
    const attendanceBefore = await count('training_attendance');
    const early = await staff('PUT', `/api/trainings/sessions/${s}/attendance`, { date: '2026-05-04', entries: [{ participantId: p, present: true }] });
    expect(early.statusCode).toBe(409);
    expect(early.headers['content-type']).toContain('application/problem+json');
    expect(early.json().title).toBe('Le 2026-05-04 n’a pas encore commencé : les présences se prennent le jour même ou après.');
    expect(await count('training_attendance')).toBe(attendanceBefore);
    // The first day has begun (it is past noon in Brussels): its attendance is taken.
    expect((await staff('PUT', `/api/trainings/sessions/${s}/attendance`, { date: '2026-04-20', entries: [{ participantId: p, present: true }] })).statusCode).toBe(200);
    const evaluation = await staff('POST', `/api/trainings/sessions/${s}/evaluation/open`);
    expect(evaluation.statusCode).toBe(409);
    expect(evaluation.json().title).toBe('L’évaluation de fin de formation s’ouvre à partir du dernier jour (2026-05-04).');
    const typed = await staff('POST', `/api/trainings/sessions/${s}/evaluations`, { answers: [{ questionId: questions[0].id, score: 5 }] });
    expect(typed.statusCode).toBe(409);
    const certificate = await t.as('trainer', { method: 'GET', url: `/api/trainings/participants/${p}/certificate`, headers: { 'accept-language': 'nl' } });
    expect(certificate.statusCode).toBe(409);
    expect(certificate.json().title).toBe('De opleiding eindigt op 2026-05-04: het attest kan na die datum worden uitgereikt.');
    expect(await formsOfSession(s)).toBe(0);
  });
});

// Last in the file: the extra paper form would change the year's figures counted above.
describe('a training evaluation and the surveys pages', () => {
  it('the surveys pages neither close nor reopen a training’s evaluation: the trainer keeps typing in paper forms', async () => {
    const [survey] = (await t.as('trainer', { method: 'GET', url: `/api/surveys?subjectType=training_session&subjectId=${sessionId}` })).json().items;
    expect(survey).toMatchObject({ open: true, openedElsewhere: true });
    for (const action of ['close', 'open']) {
      const res = await t.as('trainer', { method: 'POST', url: `/api/surveys/${survey.id}/${action}`, headers: { 'accept-language': 'nl' } });
      expect(res.statusCode).toBe(409);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().title).toContain('opleidingssessie');
    }
    expect((await t.as('trainer', { method: 'GET', url: `/api/surveys/${survey.id}` })).json()).toMatchObject({ open: true, closedAt: null });
    // A survey closed from the surveys pages before they refused it: the paper forms are still taken.
    await t.database.rows(sql`update surveys set open = false, closed_at = now() where id = ${survey.id}`);
    const before = await formsOfSession(sessionId);
    const typed = await staff('POST', `/api/trainings/sessions/${sessionId}/evaluations`, { answers: [{ questionId: questions[0].id, score: 5 }], comments: 'Formateur patient' });
    expect(typed.statusCode).toBe(201);
    expect(await formsOfSession(sessionId)).toBe(before + 1);
    expect((await staff('GET', `/api/trainings/sessions/${sessionId}/evaluations`)).json().comments).toContainEqual({ text: 'Formateur patient' });
    // A survey of the surveys pages themselves is still closed from there, and then refuses answers.
    const made = await t.as('trainer', { method: 'POST', url: '/api/surveys', payload: { titleFr: 'Satisfaction atelier', titleNl: 'Tevredenheid workshop', publicLink: true, questions: [{ kind: 'scale', scale: 5, textFr: 'Note', textNl: 'Score' }] } });
    expect(made.statusCode, made.body).toBe(201);
    const own = made.json();
    expect(own.openedElsewhere).toBe(false);
    // nor is a second survey about the session made there
    const another = await t.as('trainer', { method: 'POST', url: '/api/surveys', payload: { titleFr: 'Autre', titleNl: 'Andere', subjectType: 'training_session', subjectId: sessionId } });
    expect(another.statusCode).toBe(400);
    expect(another.json().errors[0].path).toBe('body.subjectType');
    expect((await t.as('trainer', { method: 'GET', url: `/api/surveys?subjectType=training_session&subjectId=${sessionId}` })).json().items).toHaveLength(1);
    expect((await t.as('trainer', { method: 'POST', url: `/api/surveys/${own.id}/open` })).statusCode).toBe(200);
    expect((await t.as('trainer', { method: 'POST', url: `/api/surveys/${own.id}/close` })).json().open).toBe(false);
  });
});

describe('sessions open to the public', () => {
  it('a trainer marks a session public; the module lists only public sessions still to come, without participants', async () => {
    const p = await t.as('trainer', { method: 'POST', url: '/api/trainings/programmes', payload: { name: 'Initiation au smartphone', description: 'Les bases du smartphone', targetPublic: 'Tout public' } });
    expect(p.statusCode, p.body).toBe(201);
    const plan = (payload: object) => t.as('trainer', { method: 'POST', url: `/api/trainings/programmes/${p.json().id}/sessions`, payload });
    const open = await plan({ title: 'Smartphone — mai', capacity: 2, isPublic: true, days: [{ date: '2026-05-04', from: '09:30', to: '12:00' }, { date: '2026-05-11', from: '09:30', to: '12:00' }] });
    expect(open.statusCode, open.body).toBe(201);
    expect(open.json().isPublic).toBe(true);
    const closed = await plan({ capacity: 8, days: [{ date: '2026-05-05', from: '09:30', to: '12:00' }] });
    expect(closed.json().isPublic).toBe(false);
    const past = await plan({ capacity: 8, isPublic: true, days: [{ date: '2026-04-01', from: '09:30', to: '12:00' }] });
    const cancelled = await plan({ capacity: 8, isPublic: true, days: [{ date: '2026-05-06', from: '09:30', to: '12:00' }] });
    await t.as('trainer', { method: 'POST', url: `/api/trainings/sessions/${cancelled.json().id}/status`, payload: { status: 'cancelled', reason: 'Formateur malade' } });
    await t.as('trainer', { method: 'POST', url: `/api/trainings/sessions/${open.json().id}/participants`, payload: { personId: people.amina } });

    const trainings = t.app.relais.ctx.services.trainings;
    const listed = await trainings.publicSessions();
    expect(listed.map((s) => s.id)).toEqual([open.json().id]);
    const [s] = listed;
    expect(s).toMatchObject({ name: 'Smartphone — mai', programme: { name: 'Initiation au smartphone', targetPublic: 'Tout public' }, placesLeft: 1, registration: 'request' });
    expect(s.days.map((d) => d.date)).toEqual(['2026-05-04', '2026-05-11']);
    expect(s.startsAt).toBe('2026-05-04T07:30:00.000Z');
    expect(s.endsAt).toBe('2026-05-11T10:00:00.000Z');
    expect(JSON.stringify(s)).not.toMatch(/Amina|evaluation|participants/);
    expect(await trainings.publicSession(past.json().id)).toBeNull();
    expect(await trainings.publicSession(closed.json().id)).toBeNull();

    // made private again: it leaves the list; a bad flag is a 400 that changes nothing
    const bad = await t.as('trainer', { method: 'PATCH', url: `/api/trainings/sessions/${open.json().id}`, payload: { isPublic: 'oui' }, headers: { 'accept-language': 'nl' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect((await trainings.publicSessions()).map((x) => x.id)).toEqual([open.json().id]);
    const off = await t.as('trainer', { method: 'PATCH', url: `/api/trainings/sessions/${open.json().id}`, payload: { isPublic: false } });
    expect(off.json().isPublic).toBe(false);
    expect(await trainings.publicSessions()).toEqual([]);
    expect((await t.as('reception', { method: 'PATCH', url: `/api/trainings/sessions/${open.json().id}`, payload: { isPublic: true } })).statusCode).toBe(403);
  });
});
