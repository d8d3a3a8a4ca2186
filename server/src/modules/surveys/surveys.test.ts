import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { fixedClock } from '../../platform/clock';

const clock = fixedClock('2026-12-14T10:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t?.close());

const problem = (res: { statusCode: number; headers: Record<string, unknown>; json(): { title?: string } }, status: number) => {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.json().title).toBeTruthy();
};
const opt = (key: string, label: string) => ({ key, labelFr: label, labelNl: `${label} (nl)` });
const partySurvey = {
  titleFr: 'Fête du personnel : votre avis',
  titleNl: 'Personeelsfeest: uw mening',
  subjectType: 'staff_party',
  subjectId: 2026,
  questions: [
    { kind: 'scale', scale: 5, textFr: 'Avez-vous apprécié la fête ?', textNl: 'Vond u het feest geslaagd?' },
    { kind: 'scale', scale: 10, textFr: 'Recommanderiez-vous le lieu ?', textNl: 'Zou u de locatie aanraden?' },
    { kind: 'single', textFr: 'Votre service', textNl: 'Uw dienst', options: [opt('accueil', 'Accueil'), opt('social', 'Social'), opt('formation', 'Formation')] },
    { kind: 'multiple', textFr: 'Vous avez aimé', textNl: 'U vond leuk', options: [opt('food', 'Repas'), opt('music', 'Musique'), opt('quiz', 'Quiz')] },
    { kind: 'text', required: false, textFr: 'Une idée ?', textNl: 'Een idee?' },
  ],
};
type Survey = { id: number; publicToken: string | null; questions: { id: number }[] };
const createSurvey = async (body: object = partySurvey): Promise<Survey> => {
  const res = await t.as('communication', { method: 'POST', url: '/api/surveys', payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const openSurvey = async (id: number): Promise<Survey> => (await t.as('communication', { method: 'POST', url: `/api/surveys/${id}/open` })).json();
const answersFor = (s: Survey, scale = 4, extra: { questionId: number; text?: string }[] = []) => ({
  answers: [
    { questionId: s.questions[0].id, scale },
    { questionId: s.questions[1].id, scale: 8 },
    { questionId: s.questions[2].id, choices: ['accueil'] },
    { questionId: s.questions[3].id, choices: ['food', 'quiz'] },
    ...extra,
  ],
});
const answer = (token: string, body: object, ip = '192.0.2.10') => t.as(null, { method: 'POST', url: `/api/public/surveys/${token}`, payload: body, remoteAddress: ip });
const results = async (id: number) => (await t.as('communication', { method: 'GET', url: `/api/surveys/${id}/results` })).json();

describe('surveys: the engine', () => {
  it('a survey answered through its public link shows in the results: counts per option, means, texts', async () => {
    const s = await openSurvey((await createSurvey()).id);
    expect(s.publicToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const form = await t.as(null, { method: 'GET', url: `/api/public/surveys/${s.publicToken}` });
    expect(form.statusCode).toBe(200);
    expect(form.json().questions).toHaveLength(5);
    expect((await answer(s.publicToken!, answersFor(s, 5, [{ questionId: s.questions[4].id, text: 'Un karaoké' }]))).statusCode).toBe(201);
    expect((await answer(s.publicToken!, answersFor(s, 3), '192.0.2.11')).statusCode).toBe(201);
    const r = await results(s.id);
    expect(r.answers).toBe(2);
    expect(r.questions[0]).toMatchObject({ answered: 2, average: 4 });
    expect(r.questions[0].counts.map((c: { count: number }) => c.count)).toEqual([0, 0, 1, 0, 1]);
    expect(r.questions[1].counts).toHaveLength(11); // 0 to 10
    expect(r.questions[3].counts.map((c: { key: string; count: number }) => [c.key, c.count])).toEqual([['food', 2], ['music', 0], ['quiz', 2]]);
    expect(r.questions[4].texts).toEqual(['Un karaoké']);

    const xlsx = await t.as('communication', { method: 'GET', url: `/api/surveys/${s.id}/results/export?format=xlsx` });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Résultats', 'Réponses']);
    expect(wb.worksheets[1].rowCount).toBe(3);
    const csv = await t.as('communication', { method: 'GET', url: `/api/surveys/${s.id}/results/export?format=csv` });
    expect(csv.headers['content-type']).toContain('application/zip');
  });

  it('an anonymous answer cannot be linked to whoever sent it, while a second answer of the same invitation is refused', async () => {
    const s = await openSurvey((await createSurvey()).id);
    const invite = async (participantKey: string) => (await t.as('communication', { method: 'POST', url: `/api/surveys/${s.id}/invitations`, payload: { participantKey } })).json();
    const anna = await invite('user:anna');
    const bram = await invite('user:bram');
    expect((await answer(anna.token, answersFor(s, 2))).statusCode).toBe(201);
    expect((await answer(bram.token, answersFor(s, 5))).statusCode).toBe(201);
    // Anna again: refused, and nothing is added
    const again = await answer(anna.token, answersFor(s, 1));
    problem(again, 409);
    expect((await t.as(null, { method: 'GET', url: `/api/public/surveys/${anna.token}` })).statusCode).toBe(409);
    expect((await results(s.id)).answers).toBe(2);

    // What the database holds: who answered (no time, no response), and what was answered (a random id, the day only).
    const cols = async (table: string) =>
      (await t.database.rows<{ column_name: string; data_type: string }>(sql`select column_name, data_type from information_schema.columns where table_name = ${table} order by ordinal_position`)).map((c) => `${c.column_name}:${c.data_type}`);
    expect(await cols('survey_participations')).toEqual(['survey_id:integer', 'participant_key:text', 'person_id:integer']);
    expect(await cols('survey_responses')).toEqual(['id:uuid', 'survey_id:integer', 'answered_on:date', 'matched_rules:jsonb']);
    const who = await t.database.rows<{ participant_key: string }>(sql`select participant_key from survey_participations where survey_id = ${s.id} order by participant_key`);
    expect(who.map((w) => w.participant_key)).toEqual(['user:anna', 'user:bram']);
    const what = await t.database.rows<{ id: string; answered_on: string }>(sql`select id::text, answered_on::text from survey_responses where survey_id = ${s.id}`);
    expect(what.every((w) => w.answered_on === '2026-12-14' && /^[0-9a-f-]{36}$/.test(w.id))).toBe(true);
    // The audit log names neither the invitation nor the response nor an address.
    const log = await t.database.rows<{ details: unknown; ip: string | null; actor_name: string }>(sql`select details, ip, actor_name from audit_log where action = 'survey.answer' and entity_id = ${String(s.id)}`);
    expect(log).toHaveLength(2);
    expect(log.every((l) => l.details === null && l.ip === null && l.actor_name === 'public')).toBe(true);
  });

  it('a closed survey refuses answers (410), and reopening it gives a new link; the old one is unknown', async () => {
    const s = await openSurvey((await createSurvey()).id);
    const old = s.publicToken!;
    await t.as('communication', { method: 'POST', url: `/api/surveys/${s.id}/close` });
    problem(await answer(old, answersFor(s)), 410);
    problem(await t.as(null, { method: 'GET', url: `/api/public/surveys/${old}` }), 410);
    const reopened = await openSurvey(s.id);
    expect(reopened.publicToken).not.toBe(old);
    problem(await answer(old, answersFor(s)), 404);
    expect((await answer(reopened.publicToken!, answersFor(s))).statusCode).toBe(201);
  });

  it('refuses bad answers with a localised 4xx and stores nothing: a score out of range, an unknown option, a missing question', async () => {
    const s = await openSurvey((await createSurvey()).id);
    const bad = [
      answersFor(s, 6),
      answersFor(s, 0),
      { answers: [{ questionId: s.questions[0].id, scale: 3 }] },
      { answers: answersFor(s).answers.map((a, i) => (i === 2 ? { questionId: a.questionId, choices: ['accueil', 'social'] } : a)) },
      { answers: answersFor(s).answers.map((a, i) => (i === 3 ? { questionId: a.questionId, choices: ['karaoke'] } : a)) },
      { answers: [...answersFor(s).answers, { questionId: 999999, scale: 1 }] },
      { answers: answersFor(s).answers, extra: true },
    ];
    for (const body of bad) problem(await answer(s.publicToken!, body), 400);
    const nl = await t.as(null, { method: 'POST', url: `/api/public/surveys/${s.publicToken}`, payload: answersFor(s, 6), headers: { 'accept-language': 'nl' } });
    expect(JSON.stringify(nl.json())).toContain('De score gaat van 1 tot 5');
    problem(await answer('x'.repeat(32), answersFor(s)), 404);
    expect((await results(s.id)).answers).toBe(0);
  });

  it('caps the number of answers and limits answers per address and hour', async () => {
    const capped = await openSurvey((await createSurvey({ ...partySurvey, maxAnswers: 1 })).id);
    expect((await answer(capped.publicToken!, answersFor(capped))).statusCode).toBe(201);
    problem(await answer(capped.publicToken!, answersFor(capped), '192.0.2.99'), 409);

    const s = await openSurvey((await createSurvey()).id);
    for (let i = 0; i < 20; i++) expect((await answer(s.publicToken!, answersFor(s), '198.51.100.7')).statusCode).toBe(201);
    const limited = await answer(s.publicToken!, answersFor(s), '198.51.100.7');
    problem(limited, 429);
    expect(limited.headers['retry-after']).toBeTruthy();
    expect((await answer(s.publicToken!, answersFor(s), '198.51.100.8')).statusCode).toBe(201);
    clock.advance(61 * 60_000);
    expect((await answer(s.publicToken!, answersFor(s), '198.51.100.7')).statusCode).toBe(201);
  });

  it('checks questions when a survey is written, and freezes them once answered', async () => {
    problem(await t.as('communication', { method: 'POST', url: '/api/surveys', payload: { ...partySurvey, questions: [{ kind: 'scale', textFr: 'x', textNl: 'x' }] } }), 400);
    problem(await t.as('communication', { method: 'POST', url: '/api/surveys', payload: { ...partySurvey, questions: [{ kind: 'single', textFr: 'x', textNl: 'x', options: [opt('a', 'A')] }] } }), 400);
    problem(await t.as('communication', { method: 'POST', url: '/api/surveys', payload: { ...partySurvey, subjectId: undefined } }), 400);
    problem(await t.as('reception', { method: 'POST', url: '/api/surveys', payload: partySurvey }), 403);
    const empty = await createSurvey({ titleFr: 'Vide', titleNl: 'Leeg' });
    problem(await t.as('communication', { method: 'POST', url: `/api/surveys/${empty.id}/open` }), 409);
    const s = await openSurvey((await createSurvey()).id);
    await answer(s.publicToken!, answersFor(s));
    problem(await t.as('communication', { method: 'POST', url: `/api/surveys/${s.id}/questions`, payload: { kind: 'text', textFr: 'x', textNl: 'x' } }), 409);
    const listed = await t.as('communication', { method: 'GET', url: '/api/surveys?subjectType=staff_party&subjectId=2026' });
    expect(listed.statusCode, listed.body).toBe(200);
    const list = listed.json();
    expect(list.items.length).toBeGreaterThan(3);
  });

  it('other modules create a survey for their subject and read its results through the service', async () => {
    const service = t.app.relais.ctx.services.surveys;
    const actor = { userId: null, name: 'events' };
    const s = await service.createForSubject(actor, { type: 'event', id: 42 }, { titleFr: 'Job Day', titleNl: 'Job Day', questions: [{ kind: 'scale', scale: 10, textFr: 'Note', textNl: 'Score' }] });
    expect(s).toMatchObject({ subjectType: 'event', subjectId: 42 });
    await service.open(actor, s.id);
    await service.answerFor(actor, s.id, { key: 'registration:7' }, { answers: [{ questionId: s.questions[0].id, scale: 9 }] });
    await expect(service.answerFor(actor, s.id, { key: 'registration:7' }, { answers: [{ questionId: s.questions[0].id, scale: 1 }] })).rejects.toMatchObject({ status: 409 });
    expect((await service.results(s.id)).questions[0].average).toBe(9);
  });
});

describe('screening at a themed fair', () => {
  let form: Survey;
  const screeningForm = {
    purpose: 'screening',
    titleFr: 'Salon Horeca',
    titleNl: 'Horecabeurs',
    publicLink: false,
    questions: [
      { kind: 'single', textFr: 'Métier', textNl: 'Beroep', options: [opt('cuisine', 'Cuisine'), opt('salle', 'Salle'), opt('bar', 'Bar')] },
      { kind: 'scale', scale: 5, textFr: 'Expérience', textNl: 'Ervaring' },
      { kind: 'multiple', textFr: 'Langues', textNl: 'Talen', options: [opt('fr', 'FR'), opt('nl', 'NL')] },
    ],
  };
  const rule = (conditions: object[], targetFr: string) => t.as('project_officer', { method: 'POST', url: `/api/surveys/${form.id}/rules`, payload: { conditions, targetFr, targetNl: `${targetFr} (nl)` } });
  const screen = (job: string, experience: number, langs: string[]) =>
    t.as('reception', {
      method: 'POST',
      url: `/api/surveys/${form.id}/screen`,
      payload: { answers: [{ questionId: form.questions[0].id, choices: [job] }, { questionId: form.questions[1].id, scale: experience }, { questionId: form.questions[2].id, choices: langs }] },
    });

  beforeAll(async () => {
    form = (await t.as('project_officer', { method: 'POST', url: '/api/surveys', payload: screeningForm })).json();
    await t.as('project_officer', { method: 'POST', url: `/api/surveys/${form.id}/open` });
  });

  it('refuses a rule that does not fit the questions', async () => {
    problem(await rule([{ questionId: form.questions[0].id, op: 'equals', value: 'plonge' }], 'X'), 400);
    problem(await rule([{ questionId: form.questions[1].id, op: 'at_least', value: 7 }], 'X'), 400);
    problem(await rule([{ questionId: form.questions[0].id, op: 'at_least', value: 3 }], 'X'), 400);
    problem(await rule([{ questionId: 999999, op: 'equals', value: 'cuisine' }], 'X'), 400);
    problem(await rule([], 'X'), 400);
    expect((await t.as('project_officer', { method: 'GET', url: `/api/surveys/${form.id}/rules` })).json().items).toHaveLength(0);
  });

  it('orients a candidate by the first matching rule, or by every matching rule, and counts the orientations', async () => {
    const cuisine = (await rule([{ questionId: form.questions[0].id, op: 'equals', value: 'cuisine' }, { questionId: form.questions[1].id, op: 'at_least', value: 3 }], 'Stand 12 – Cuisine')).json();
    expect(cuisine.id).toBeTruthy();
    const training = (await rule([{ questionId: form.questions[0].id, op: 'equals', value: 'cuisine' }], 'Formation commis de cuisine')).json();
    await rule([{ questionId: form.questions[2].id, op: 'includes', value: 'nl' }], 'Stand 20 – Offres bilingues');

    expect((await screen('cuisine', 4, ['fr', 'nl'])).json().orientations.map((o: { targetFr: string }) => o.targetFr)).toEqual(['Stand 12 – Cuisine']);
    expect((await screen('cuisine', 1, ['fr'])).json().orientations.map((o: { targetFr: string }) => o.targetFr)).toEqual(['Formation commis de cuisine']);
    expect((await screen('bar', 2, ['fr'])).json().orientations).toEqual([]);

    expect((await t.as('project_officer', { method: 'PUT', url: `/api/surveys/${form.id}/match-mode`, payload: { matchMode: 'all' } })).statusCode).toBe(204);
    expect((await screen('cuisine', 4, ['nl'])).json().orientations.map((o: { targetFr: string }) => o.targetFr)).toEqual(['Stand 12 – Cuisine', 'Formation commis de cuisine', 'Stand 20 – Offres bilingues']);

    const r = await results(form.id);
    expect(r.answers).toBe(4);
    expect(r.unoriented).toBe(1);
    expect(r.orientations.map((o: { ruleId: number; count: number }) => [o.ruleId, o.count]).slice(0, 2)).toEqual([[cuisine.id, 2], [training.id, 2]]);
    problem(await screen('cuisine', 9, ['fr']), 400);
    problem(await t.as('trainer', { method: 'POST', url: `/api/surveys/${form.id}/screen`, payload: { answers: [] } }), 403);
  });
});
