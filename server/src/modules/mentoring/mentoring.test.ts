import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { BANK_ITEMS } from '../diagnostic/bank/bank-files';

// Monday 9 March 2026, 10:00 in Brussels.
let t: TestApp;
let mentee: number;
let volunteerMentor: number;
const answerKey = new Map(BANK_ITEMS.map((i) => [i.code, i]));

function problem(res: LightMyRequestResponse, status: number) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
}
const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) => t.as('trainer', { method, url, payload: payload as never });

/** A helper records a diagnostic for the mentee, who answers right up to a level. */
async function diagnose(level: number) {
  const started = (await call('POST', '/api/diagnostic/sessions', { personId: mentee, locale: 'fr', commune: 'Molenbeek-Saint-Jean' })).json();
  let state = started.state;
  while (state.status === 'question') {
    const i = answerKey.get(state.item.code)! as { level: number; kind: string; answer?: string; accept?: string[] };
    const response = i.level > level ? null : i.kind === 'type' ? i.accept![0] : i.answer!;
    state = (await t.as(null, { method: 'POST', url: `/api/public/diagnostic/${started.token}/answers`, payload: { itemCode: state.item.code, response } })).json();
  }
  return state;
}

beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-09T09:00:00Z' });
  mentee = (await call('POST', '/api/people', { firstName: 'Nadia', lastName: 'Bouzid', birthDate: '1968-11-30' })).json().id;
});
afterAll(() => t?.close());

describe('mentoring pairs (Diginômes)', () => {
  it('a trained volunteer mentors a person in digital divide: pair started, sessions logged, a second diagnostic shows progress', async () => {
    const m = await call('POST', '/api/mentoring/mentors', { name: 'Luc Verhaegen', phone: '0470 12 34 56', trainedOn: '2026-02-20', training: 'Formation Diginômes – février 2026' });
    expect(m.statusCode).toBe(201);
    volunteerMentor = m.json().id;
    await diagnose(0);
    const pair = await call('POST', '/api/mentoring/pairs', { mentorId: volunteerMentor, menteeId: mentee, status: 'proposed' });
    expect(pair.statusCode).toBe(201);
    expect(pair.json()).toMatchObject({ status: 'proposed', mentor: { name: 'Luc Verhaegen' }, mentee: { firstName: 'Nadia' }, firstDiagnostic: { overallLevel: 0 }, latestDiagnostic: null });
    const id = pair.json().id;
    // Not before it starts.
    problem(await call('POST', `/api/mentoring/pairs/${id}/sessions`, { on: '2026-03-09', minutes: 60 }), 409);
    expect((await call('PATCH', `/api/mentoring/pairs/${id}`, { status: 'active', startsOn: '2026-03-02' })).json()).toMatchObject({ status: 'active', startsOn: '2026-03-02' });
    const s1 = await call('POST', `/api/mentoring/pairs/${id}/sessions`, { on: '2026-03-03', minutes: 90, areas: ['communication', 'safety'], topics: 'Créer une adresse e-mail, mot de passe' });
    expect(s1.statusCode).toBe(201);
    expect((await call('POST', `/api/mentoring/pairs/${id}/sessions`, { on: '2026-03-06', minutes: 60, areas: ['problem_solving'], topics: 'Pointage en ligne' })).statusCode).toBe(201);
    await diagnose(2);
    const detail = (await call('GET', `/api/mentoring/pairs/${id}`)).json();
    expect(detail).toMatchObject({ sessions: 2, minutes: 150, lastSessionOn: '2026-03-06', firstDiagnostic: { overallLevel: 0 }, latestDiagnostic: { overallLevel: 2 } });
    expect(detail.sessionList.map((s: { on: string }) => s.on)).toEqual(['2026-03-06', '2026-03-03']);

    const stats = (await t.as('director', { method: 'GET', url: '/api/mentoring/stats?year=2026' })).json();
    expect(stats).toMatchObject({ mentorsTrained: 1, pairsActive: 1, sessions: 2, hours: 2.5, mentees: 1, menteesRetested: 1, menteesImproved: 1 });
    expect(stats.byArea.find((a: { area: string }) => a.area === 'safety').sessions).toBe(1);
  });

  it('refuses a second open pair for the mentee, a session out of the pair’s dates or too long, a mentor without name or person: nothing changes', async () => {
    const other = (await call('POST', '/api/mentoring/mentors', { name: 'Aïcha Benali', trainedOn: '2026-02-20' })).json().id;
    problem(await call('POST', '/api/mentoring/pairs', { mentorId: other, menteeId: mentee }), 409);
    const [pair] = (await call('GET', `/api/mentoring/pairs?menteeId=${mentee}`)).json().items;
    problem(await call('POST', `/api/mentoring/pairs/${pair.id}/sessions`, { on: '2026-02-01', minutes: 60 }), 400);
    problem(await call('POST', `/api/mentoring/pairs/${pair.id}/sessions`, { on: '2026-03-12', minutes: 60 }), 400);
    problem(await call('POST', `/api/mentoring/pairs/${pair.id}/sessions`, { on: '2026-03-09', minutes: 900 }), 400);
    problem(await call('POST', `/api/mentoring/pairs/${pair.id}/sessions`, { on: '2026-03-09', minutes: 60, areas: ['cooking'] }), 400);
    problem(await call('POST', '/api/mentoring/mentors', { phone: '0470' }), 400);
    problem(await call('POST', '/api/mentoring/pairs', { mentorId: 99999, menteeId: mentee }), 400);
    expect((await call('GET', `/api/mentoring/pairs/${pair.id}`)).json().sessions).toBe(2);
    // Once ended, another mentor may take over.
    expect((await call('PATCH', `/api/mentoring/pairs/${pair.id}`, { status: 'ended', endsOn: '2026-03-09' })).json()).toMatchObject({ status: 'ended', endsOn: '2026-03-09' });
    problem(await call('PATCH', `/api/mentoring/pairs/${pair.id}`, { status: 'active' }), 409);
    expect((await call('POST', '/api/mentoring/pairs', { mentorId: other, menteeId: mentee, status: 'active' })).json()).toMatchObject({ status: 'active', startsOn: '2026-03-09' });
  });

  it('others than the mentoring team cannot read or write it', async () => {
    problem(await t.as('reception', { method: 'GET', url: '/api/mentoring/pairs' }), 403);
    problem(await t.as('partner', { method: 'GET', url: '/api/mentoring/mentors' }), 403);
  });

  it('the report has its section and the people reached their line', async () => {
    const report = (await t.as('director', { method: 'GET', url: '/api/observatory/report?year=2026' })).json();
    expect(JSON.stringify(report)).toContain('Diginômes');
    const reached = await t.as('director', { method: 'GET', url: '/api/observatory/people-reached?year=2026' });
    expect(reached.statusCode).toBe(200);
    expect(JSON.stringify(reached.json())).toContain('digital_mentoring');
  });
});
