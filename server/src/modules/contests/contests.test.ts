import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { rankContest } from './contests.ranking';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: '2026-05-19T13:00:00Z' });
});
afterAll(() => t?.close());

const problem = (res: { statusCode: number; headers: Record<string, unknown>; json(): { title?: string } }, status: number) => {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.json().title).toBeTruthy();
};
const staff = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) => t.as('project_officer', { method, url, payload });
type Contest = { id: number; status: string; criteria: { id: number; name: string }[]; candidates: { id: number; name: string }[]; jurors: { id: number; name: string; revoked: boolean }[] };
const score = (token: string, candidateId: number, scores: { criterionId: number; score: number }[]) => t.as(null, { method: 'PUT', url: `/api/public/jury/${token}/candidates/${candidateId}`, payload: { scores } });

/** A Fundtruck contest: two criteria (viability weighs 3, pitch 1, both on 10), three candidates, three jurors. */
async function setUp() {
  const c: Contest = (await staff('POST', '/api/contests', { name: 'Fundtruck 2026', heldOn: '2026-05-19', eventId: 42 })).json();
  await staff('POST', `/api/contests/${c.id}/criteria`, { name: 'Viabilité', weight: 3 });
  await staff('POST', `/api/contests/${c.id}/criteria`, { name: 'Pitch', weight: 1 });
  for (const name of ['Green Bowl', 'Waffle Express', 'Afro Grill']) await staff('POST', `/api/contests/${c.id}/candidates`, { name });
  const jurors: { id: number; token: string }[] = [];
  for (const name of ['Sophie', 'Karim', 'Els']) jurors.push((await staff('POST', `/api/contests/${c.id}/jurors`, { name })).json());
  const full: Contest = (await staff('POST', `/api/contests/${c.id}/open`)).json();
  const [via, pitch] = full.criteria;
  const [green, waffle, afro] = full.candidates;
  return { id: c.id, via: via.id, pitch: pitch.id, green: green.id, waffle: waffle.id, afro: afro.id, jurors };
}
const ranking = async (id: number) => (await staff('GET', `/api/contests/${id}/ranking`)).json();

describe('contests: jurors score on their phone', () => {
  it("ranks by the jury's weighted mean, leaves out a juror's conflict of interest, and explains ties", async () => {
    const x = await setUp();
    const [sophie, karim, els] = x.jurors;
    // Els coached Afro Grill: she does not score it
    expect((await staff('PUT', `/api/contests/${x.id}/conflicts`, { jurorId: els.id, candidateId: x.afro, conflict: true })).statusCode).toBe(204);
    const s = (j: { token: string }, k: number, v: number, p: number) => score(j.token, k, [{ criterionId: x.via, score: v }, { criterionId: x.pitch, score: p }]);
    // Green Bowl: (3*8 + 1*6)/4 = 7.5 -> 75 by all three
    for (const j of x.jurors) expect((await s(j, x.green, 8, 6)).statusCode).toBe(200);
    // Waffle Express: (3*7 + 1*9)/4 = 7.5 -> 75 as well: a tie, broken by viability (the heaviest), Green Bowl first
    for (const j of x.jurors) await s(j, x.waffle, 7, 9);
    // Afro Grill: Sophie 9/9 and Karim 9/9 -> 90; Els may not score it
    await s(sophie, x.afro, 9, 9);
    await s(karim, x.afro, 9, 9);
    problem(await s(els, x.afro, 0, 0), 403);

    const r = await ranking(x.id);
    expect(r.items.map((i: { name: string; rank: number; score: number }) => [i.name, i.rank, i.score])).toEqual([
      ['Afro Grill', 1, 90],
      ['Green Bowl', 2, 75],
      ['Waffle Express', 3, 75],
    ]);
    expect(r.items[0]).toMatchObject({ jurorsScored: 2, jurorsExpected: 2, conflicts: 1, tie: null });
    expect(r.items[1].tie).toEqual({ rule: 'criterion', criterionId: x.via, criterionName: 'Viabilité', againstCandidateId: x.waffle });
    expect(r.items[2].tie).toMatchObject({ rule: 'criterion', criterionName: 'Viabilité', againstCandidateId: x.green });

    // A juror may change their mind while the contest is open: Sophie gives Waffle 8/6 too -> a full tie, same rank.
    await s(sophie, x.waffle, 8, 6);
    await s(karim, x.waffle, 8, 6);
    await s(els, x.waffle, 8, 6);
    const tied = await ranking(x.id);
    expect(tied.items.slice(1).map((i: { rank: number; tie: unknown }) => [i.rank, i.tie])).toEqual([
      [2, { rule: 'tie', withCandidateIds: [x.waffle] }],
      [2, { rule: 'tie', withCandidateIds: [x.green] }],
    ]);
  });

  it('refuses a score out of range, a missing criterion, a revoked link, and every score once the contest is closed', async () => {
    const x = await setUp();
    const [sophie, karim] = x.jurors;
    const ok = [{ criterionId: x.via, score: 5 }, { criterionId: x.pitch, score: 5 }];
    problem(await score(sophie.token, x.green, [{ criterionId: x.via, score: 11 }, { criterionId: x.pitch, score: 5 }]), 400);
    problem(await score(sophie.token, x.green, [{ criterionId: x.via, score: -1 }, { criterionId: x.pitch, score: 5 }]), 400);
    problem(await score(sophie.token, x.green, [{ criterionId: x.via, score: 5.5 }, { criterionId: x.pitch, score: 5 }]), 400);
    problem(await score(sophie.token, x.green, [{ criterionId: x.via, score: 5 }]), 400);
    const nl = await t.as(null, { method: 'PUT', url: `/api/public/jury/${sophie.token}/candidates/${x.green}`, payload: { scores: [{ criterionId: x.via, score: 11 }, { criterionId: x.pitch, score: 5 }] }, headers: { 'accept-language': 'nl' } });
    expect(JSON.stringify(nl.json())).toContain('De score gaat van 0 tot 10');
    expect((await ranking(x.id)).items.every((i: { jurorsScored: number }) => i.jurorsScored === 0)).toBe(true);

    // A revoked link: refused, and its scores no longer count; the juror's sheet says why.
    expect((await score(karim.token, x.green, ok)).statusCode).toBe(200);
    expect((await staff('POST', `/api/contests/${x.id}/jurors/${karim.id}/revoke`)).statusCode).toBe(200);
    problem(await score(karim.token, x.green, ok), 403);
    problem(await t.as(null, { method: 'GET', url: `/api/public/jury/${karim.token}` }), 403);
    expect((await ranking(x.id)).items.find((i: { candidateId: number }) => i.candidateId === x.green).jurorsScored).toBe(0);
    problem(await t.as(null, { method: 'GET', url: `/api/public/jury/${'x'.repeat(32)}` }), 404);
    // A new link for the juror works, the old one stays refused.
    const renewed = (await staff('POST', `/api/contests/${x.id}/jurors/${karim.id}/link`)).json();
    expect((await score(renewed.token, x.green, ok)).statusCode).toBe(200);
    problem(await score(karim.token, x.green, ok), 404);

    // Closing locks the results.
    expect((await score(sophie.token, x.green, ok)).statusCode).toBe(200);
    const before = await ranking(x.id);
    expect((await staff('POST', `/api/contests/${x.id}/close`)).json().status).toBe('closed');
    const late = await score(sophie.token, x.green, [{ criterionId: x.via, score: 10 }, { criterionId: x.pitch, score: 10 }]);
    problem(late, 409);
    expect(late.json().title).toContain('clôturé');
    problem(await staff('POST', `/api/contests/${x.id}/candidates`, { name: 'Late' }), 409);
    problem(await staff('PUT', `/api/contests/${x.id}/conflicts`, { jurorId: sophie.id, candidateId: x.green, conflict: true }), 409);
    problem(await staff('POST', `/api/contests/${x.id}/jurors/${sophie.id}/revoke`), 409);
    expect(await ranking(x.id)).toEqual({ ...before, status: 'closed' });
    // The juror still sees the sheet, closed.
    expect((await t.as(null, { method: 'GET', url: `/api/public/jury/${sophie.token}` })).json().contest.status).toBe('closed');
  });

  it('keeps the tokens hashed, refuses bad contest input, and keeps the organisers’ pages to the organisers', async () => {
    const x = await setUp();
    const rows = await t.database.rows<{ token_hash: string }>(
      (await import('drizzle-orm')).sql`select token_hash from contest_jurors where contest_id = ${x.id}`,
    );
    expect(rows.map((r) => r.token_hash)).not.toContain(x.jurors[0].token);
    problem(await staff('POST', `/api/contests/${x.id}/criteria`, { name: 'Late', weight: 1 }), 409);
    problem(await staff('POST', '/api/contests', { name: '' }), 400);
    const draft = (await staff('POST', '/api/contests', { name: 'Brouillon' })).json();
    problem(await staff('POST', `/api/contests/${draft.id}/criteria`, { name: 'Poids nul', weight: 0 }), 400);
    problem(await staff('POST', `/api/contests/${draft.id}/open`), 409);
    const juror = (await staff('POST', `/api/contests/${draft.id}/jurors`, { name: 'Tôt' })).json();
    problem(await score(juror.token, x.green, [{ criterionId: x.via, score: 5 }, { criterionId: x.pitch, score: 5 }]), 409);
    problem(await staff('PUT', `/api/contests/${x.id}/conflicts`, { jurorId: juror.id, candidateId: x.green, conflict: true }), 400);
    problem(await t.as('reception', { method: 'GET', url: `/api/contests/${x.id}/ranking` }), 403);
    const csv = await staff('GET', `/api/contests/${x.id}/ranking/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Green Bowl');
  });
});

describe('the ranking rule', () => {
  const criteria = [
    { id: 1, name: 'A', weight: 2, maxScore: 10, position: 1 },
    { id: 2, name: 'B', weight: 1, maxScore: 5, position: 2 },
  ];
  const cands = [1, 2, 3].map((id) => ({ id, name: `C${id}`, project: null }));
  it('normalises each criterion by its maximum and averages only complete marks', () => {
    const r = rankContest({
      criteria,
      candidates: cands,
      jurorIds: [10, 11],
      conflicts: [{ jurorId: 11, candidateId: 3 }],
      scores: [
        { jurorId: 10, candidateId: 1, criterionId: 1, score: 10 },
        { jurorId: 10, candidateId: 1, criterionId: 2, score: 5 }, // 100
        { jurorId: 11, candidateId: 1, criterionId: 1, score: 5 },
        { jurorId: 11, candidateId: 1, criterionId: 2, score: 5 }, // (2*0.5 + 1)/3 = 66.67
        { jurorId: 10, candidateId: 2, criterionId: 1, score: 10 }, // incomplete: no mark
        { jurorId: 10, candidateId: 3, criterionId: 1, score: 6 },
        { jurorId: 10, candidateId: 3, criterionId: 2, score: 3 }, // 60, the only juror without conflict
      ],
    });
    expect(r.map((x) => [x.candidateId, x.rank, x.score, x.jurorsScored, x.jurorsExpected])).toEqual([
      [1, 1, 83.33, 2, 2],
      [3, 2, 60, 1, 1],
      [2, null, null, 0, 2],
    ]);
  });
});
