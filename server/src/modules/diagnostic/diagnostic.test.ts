import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../test/test-app';
import { systemActor } from '../../platform/audit/audit.service';
import { BANK_ITEMS, BANK_VERSION } from './bank/bank-files';
import { itemBody } from './diagnostic.schemas';

// Tuesday 3 March 2026, 10:00 in Brussels.
let t: TestApp;
let programme: number;
let plannedSession: number;
let person: number;
let jetteEpn: number;
let forestPartner: number;
const partnerCookies: Record<'a' | 'b', string> = { a: '', b: '' };

const bank = { items: BANK_ITEMS };
const answerKey = new Map(bank.items.map((i) => [i.code, i]));
/** How a taker of a known level answers: right up to that level, "I don't know" above. */
const responseFor = (code: string, level: number) => {
  const i = answerKey.get(code)! as { level: number; kind: string; answer?: string; accept?: string[] };
  if (i.level > level) return null;
  return i.kind === 'type' ? i.accept![0] : i.answer!;
};
const publicCall = (method: 'GET' | 'POST', url: string, payload?: unknown) => t.as(null, { method, url, payload: payload as never });

async function takeAlone(level: number, start: Record<string, unknown> = { locale: 'fr', commune: 'Jette' }) {
  const started = await publicCall('POST', '/api/public/diagnostic', start);
  expect(started.statusCode).toBe(201);
  const { token } = started.json();
  let state = started.json().state;
  let n = 0;
  while (state.status === 'question') {
    const res = await publicCall('POST', `/api/public/diagnostic/${token}/answers`, { itemCode: state.item.code, response: responseFor(state.item.code, level) });
    expect(res.statusCode).toBe(200);
    state = res.json();
    if (++n > 40) throw new Error('never ends');
  }
  return { token, state, id: started.json().id as number };
}

async function loginAs(email: string) {
  const user = await t.app.relais.ctx.auth.createUser(systemActor('test'), { email, name: email.split('@')[0], roles: ['partner'], password: TEST_PASSWORD });
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } });
  return { id: user.id, cookie: res.cookies.map((c) => `${c.name}=${c.value}`).join('; ') };
}
const asPartner = (who: 'a' | 'b', method: 'GET' | 'POST', url: string, payload?: unknown) =>
  t.app.inject({ method, url, payload: payload as never, headers: { cookie: partnerCookies[who] } });

function problem(res: LightMyRequestResponse, status: number) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-03T09:00:00Z' });
  programme = (await t.as('trainer', { method: 'POST', url: '/api/trainings/programmes', payload: { name: 'Premiers pas sur ordinateur', description: 'Souris, clavier, e-mail' } })).json().id;
  plannedSession = (
    await t.as('trainer', { method: 'POST', url: `/api/trainings/programmes/${programme}/sessions`, payload: { title: 'Groupe du mardi', capacity: 10, days: [{ date: '2026-03-17', from: '09:00', to: '12:00' }] } })
  ).json().id;
  const other = (await t.as('trainer', { method: 'POST', url: '/api/trainings/programmes', payload: { name: 'Excel avancé' } })).json().id;
  expect((await t.as('trainer', { method: 'PUT', url: `/api/diagnostic/programme-levels/${programme}`, payload: { minLevel: 0, maxLevel: 2 } })).statusCode).toBe(200);
  expect((await t.as('trainer', { method: 'PUT', url: `/api/diagnostic/programme-levels/${other}`, payload: { minLevel: 3, maxLevel: 4 } })).statusCode).toBe(200);
  const org = (name: string, postalCode: string, services: string) => t.as('admin', { method: 'POST', url: '/api/organisations', payload: { name, type: 'association', postalCode, services } });
  forestPartner = (await org('Forest Numérique', '1190', 'Formations numériques pour débutants')).json().id;
  jetteEpn = (await org('EPN de Jette', '1090', 'Espace public numérique, initiation informatique')).json().id;
  await org('Club de foot', '1090', 'Sport');
  person = (await t.as('trainer', { method: 'POST', url: '/api/people', payload: { firstName: 'Mamadou', lastName: 'Diallo', birthDate: '1979-06-02', commune: 'Forest' } })).json().id;
  const a = await loginAs('partner-a@test.relais');
  const b = await loginAs('partner-b@test.relais');
  partnerCookies.a = a.cookie;
  partnerCookies.b = b.cookie;
  expect((await t.as('admin', { method: 'PUT', url: `/api/diagnostic/partner-accounts/${a.id}`, payload: { organisationId: forestPartner } })).statusCode).toBe(200);
  expect((await t.as('admin', { method: 'PUT', url: `/api/diagnostic/partner-accounts/${b.id}`, payload: { organisationId: jetteEpn } })).statusCode).toBe(200);
});
afterAll(() => t?.close());

describe('taking the diagnostic alone', () => {
  it('starts with an easy question, stops by itself, and gives a level per area in at most 30 questions', async () => {
    const started = await publicCall('POST', '/api/public/diagnostic', { locale: 'nl' });
    const first = started.json().state.item;
    expect(answerKey.get(first.code)!.level).toBe(1);
    expect(first.prompt.nl).toBeTruthy();
    expect(first).not.toHaveProperty('answer');
    const { state } = await takeAlone(2);
    expect(state.status).toBe('finished');
    expect(state.answered).toBeLessThanOrEqual(30);
    expect(state.levels).toHaveLength(5);
    expect(state.levels.every((l: { level: number }) => l.level === 2)).toBe(true);
  });

  it('a person who knows nothing is "not yet" everywhere; one who knows everything reaches level 4', async () => {
    expect((await takeAlone(0)).state.levels.map((l: { level: number }) => l.level)).toEqual([0, 0, 0, 0, 0]);
    expect((await takeAlone(4)).state.levels.map((l: { level: number }) => l.level)).toEqual([4, 4, 4, 4, 4]);
  });

  it('the result sheet orients to the trainings that fit the level, with their next session, and to digital partners nearest first', async () => {
    const { token } = await takeAlone(1, { locale: 'fr', commune: 'Jette' });
    const res = await publicCall('GET', `/api/public/diagnostic/${token}/result`);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.overallLevel).toBe(1);
    expect(r.orientation.programmes.map((p: { name: string }) => p.name)).toEqual(['Premiers pas sur ordinateur']);
    expect(r.orientation.programmes[0].sessions).toMatchObject([{ id: plannedSession, firstDay: '2026-03-17', seatsLeft: 10 }]);
    expect(r.orientation.partners.map((p: { name: string }) => p.name)).toEqual(['EPN de Jette', 'Forest Numérique']);
    expect(r.orientation.partners[0].distanceKm).toBe(0);
    expect(r.orientation.epn).toBe(true);
    // Someone at ease is not sent to the beginners' course.
    const { token: t4 } = await takeAlone(4);
    expect((await publicCall('GET', `/api/public/diagnostic/${t4}/result`)).json().orientation.programmes.map((p: { name: string }) => p.name)).toEqual(['Excel avancé']);
  });

  it('refuses an answer to a question not asked now, an answer that is not a choice, an answer after the end, an unknown link: nothing changes', async () => {
    const started = (await publicCall('POST', '/api/public/diagnostic', { locale: 'fr' })).json();
    const other = bank.items.find((i) => i.code !== started.state.item.code)!.code;
    problem(await publicCall('POST', `/api/public/diagnostic/${started.token}/answers`, { itemCode: other, response: null }), 400);
    problem(await publicCall('POST', `/api/public/diagnostic/${started.token}/answers`, { itemCode: 'pas_dans_la_banque', response: null }), 400);
    if (started.state.item.kind !== 'type') problem(await publicCall('POST', `/api/public/diagnostic/${started.token}/answers`, { itemCode: started.state.item.code, response: 'zzz' }), 400);
    problem(await publicCall('POST', `/api/public/diagnostic/${started.token}/answers`, { itemCode: started.state.item.code, response: null, extra: 1 }), 400);
    const after = (await publicCall('GET', `/api/public/diagnostic/${started.token}`)).json();
    expect(after).toMatchObject({ answered: 0, item: { code: started.state.item.code } });
    problem(await publicCall('GET', `/api/public/diagnostic/${started.token}/result`), 409);

    const done = await takeAlone(3);
    const last = await publicCall('POST', `/api/public/diagnostic/${done.token}/answers`, { itemCode: started.state.item.code, response: null });
    expect(problem(last, 409).title).toMatch(/terminé/);
    expect((await publicCall('GET', `/api/public/diagnostic/${done.token}`)).json().answered).toBe(done.state.answered);
    problem(await publicCall('GET', '/api/public/diagnostic/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), 404);
    problem(await publicCall('GET', '/api/public/diagnostic/x'), 400);
  });

  it('a double-tapped answer (same Idempotency-Key) counts once', async () => {
    const started = (await publicCall('POST', '/api/public/diagnostic', { locale: 'fr' })).json();
    const send = () => t.as(null, { method: 'POST', url: `/api/public/diagnostic/${started.token}/answers`, headers: { 'idempotency-key': `answer-${started.id}-first` }, payload: { itemCode: started.state.item.code, response: null } });
    const [a, b] = [await send(), await send()];
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    expect((await publicCall('GET', `/api/public/diagnostic/${started.token}`)).json().answered).toBe(1);
  });
});

describe('a helper records it for a person of the registry', () => {
  it('links it to the person, shows it to staff with every answer, and a second diagnostic shows the progress', async () => {
    const start = await t.as('trainer', { method: 'POST', url: '/api/diagnostic/sessions', payload: { personId: person, locale: 'fr', commune: 'Forest' } });
    expect(start.statusCode).toBe(201);
    let state = start.json().state;
    while (state.status === 'question') state = (await publicCall('POST', `/api/public/diagnostic/${start.json().token}/answers`, { itemCode: state.item.code, response: responseFor(state.item.code, 1) })).json();
    const detail = (await t.as('trainer', { method: 'GET', url: `/api/diagnostic/sessions/${start.json().id}` })).json();
    expect(detail).toMatchObject({ mode: 'helped', person: { firstName: 'Mamadou' }, helper: 'Test trainer', overallLevel: 1 });
    expect(detail.answers.length).toBe(state.answered);
    expect(detail.orientation.partners[0].name).toBe('Forest Numérique');

    const again = (await t.as('trainer', { method: 'POST', url: '/api/diagnostic/sessions', payload: { personId: person, locale: 'fr' } })).json();
    state = again.state;
    while (state.status === 'question') state = (await publicCall('POST', `/api/public/diagnostic/${again.token}/answers`, { itemCode: state.item.code, response: responseFor(state.item.code, 3) })).json();
    const progress = (await t.as('trainer', { method: 'GET', url: `/api/diagnostic/people/${person}/progress` })).json();
    expect(progress.diagnostics).toHaveLength(2);
    expect(progress.first.map((l: { level: number }) => l.level)).toEqual([1, 1, 1, 1, 1]);
    expect(progress.latest.map((l: { level: number }) => l.level)).toEqual([3, 3, 3, 3, 3]);
    expect(progress.change).toBe(2);
    // The person's timeline shows it.
    const timeline = (await t.as('trainer', { method: 'GET', url: `/api/people/${person}/timeline` })).json();
    expect(JSON.stringify(timeline)).toContain('timeline.diagnostic');
  });

  it('refuses an unknown person, neither person nor reference, unknown fields', async () => {
    problem(await t.as('trainer', { method: 'POST', url: '/api/diagnostic/sessions', payload: { personId: 999999, locale: 'fr' } }), 400);
    problem(await t.as('trainer', { method: 'POST', url: '/api/diagnostic/sessions', payload: { locale: 'fr' } }), 400);
    problem(await t.as('trainer', { method: 'POST', url: '/api/diagnostic/sessions', payload: { reference: 'X', locale: 'de' } }), 400);
    problem(await t.as('logistics', { method: 'POST', url: '/api/diagnostic/sessions', payload: { reference: 'X' } }), 403);
  });
});

describe('partner services see only their own organisation’s diagnostics', () => {
  it('through every route: list, one diagnostic, a person’s progress, the figures and the export', async () => {
    const mine = await asPartner('a', 'POST', '/api/diagnostic/sessions', { reference: 'DE-2026-014', locale: 'fr', commune: 'Forest' });
    expect(mine.statusCode).toBe(201);
    let state = mine.json().state;
    while (state.status === 'question') state = (await publicCall('POST', `/api/public/diagnostic/${mine.json().token}/answers`, { itemCode: state.item.code, response: responseFor(state.item.code, 2) })).json();
    const id = mine.json().id;

    const listA = (await asPartner('a', 'GET', '/api/diagnostic/sessions')).json();
    expect(listA.items.map((s: { id: number }) => s.id)).toEqual([id]);
    expect(listA.items[0]).toMatchObject({ reference: 'DE-2026-014', organisation: { name: 'Forest Numérique' } });
    expect((await asPartner('b', 'GET', '/api/diagnostic/sessions')).json().items).toEqual([]);
    problem(await asPartner('b', 'GET', `/api/diagnostic/sessions/${id}`), 404);
    expect((await asPartner('a', 'GET', `/api/diagnostic/sessions/${id}`)).statusCode).toBe(200);
    // The Centrale's diagnostics are not the partner's either.
    const centrale = (await t.as('trainer', { method: 'GET', url: '/api/diagnostic/sessions?status=finished' })).json();
    expect(centrale.total).toBeGreaterThan(1);
    for (const s of centrale.items.filter((x: { id: number }) => x.id !== id).slice(0, 5)) problem(await asPartner('a', 'GET', `/api/diagnostic/sessions/${s.id}`), 404);
    expect((await asPartner('a', 'GET', `/api/diagnostic/people/${person}/progress`)).json().diagnostics).toEqual([]);
    expect((await asPartner('a', 'GET', '/api/diagnostic/stats?year=2026')).json().finished).toBe(1);
    expect((await asPartner('b', 'GET', '/api/diagnostic/stats?year=2026')).json().finished).toBe(0);
    const xlsx = await asPartner('b', 'GET', '/api/diagnostic/stats/export?year=2026&format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as never);
    expect(wb.worksheets[0].getRow(2).getCell(2).value).toBe(0);
    // A partner never links to the Centrale's registry.
    problem(await asPartner('a', 'POST', '/api/diagnostic/sessions', { personId: person, locale: 'fr' }), 400);
  });

  it('through every GET route of the API, with every id filled in: no answer tells partner A of another organisation’s or the Centrale’s diagnostics', async () => {
    const take = async (start: () => Promise<LightMyRequestResponse>, level: number) => {
      const res = await start();
      expect(res.statusCode, res.body).toBe(201);
      let state = res.json().state;
      while (state.status === 'question') state = (await publicCall('POST', `/api/public/diagnostic/${res.json().token}/answers`, { itemCode: state.item.code, response: responseFor(state.item.code, level) })).json();
      return res.json().id as number;
    };
    const ofB = await take(() => asPartner('b', 'POST', '/api/diagnostic/sessions', { reference: 'XLEAK-B-REF', locale: 'nl', commune: 'Jette' }), 3);
    const ofCentrale = await take(() => t.as('trainer', { method: 'POST', url: '/api/diagnostic/sessions', payload: { reference: 'XLEAK-C-REF', locale: 'fr', commune: 'Schaerbeek' } }), 4);
    const ownBefore = (await asPartner('a', 'GET', '/api/diagnostic/sessions?status=all')).json();
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const gets = Object.entries(doc.paths).filter(([, ops]) => 'get' in ops).map(([path]) => path);
    expect(gets).toContain('/api/diagnostic/sessions/{id}');
    let reached = 0;
    for (const path of gets) {
      const ids = /\{[^}]+\}/.test(path) ? [ofB, ofCentrale, person] : [0];
      for (const id of ids) {
        for (const query of ['', '?year=2026', '?status=all', '?personId=' + person, '?format=csv']) {
          const url = path.replace(/\{[^}]+\}/g, String(id)) + query;
          const res = await asPartner('a', 'GET', url);
          if (res.statusCode === 200) reached++;
          const body = res.rawPayload.toString('latin1');
          expect(body, url).not.toContain('XLEAK-B-REF');
          expect(body, url).not.toContain('XLEAK-C-REF');
          if (/^\/api\/diagnostic\/sessions\/\{id\}$/.test(path)) expect(res.statusCode, url).toBe(404);
        }
      }
    }
    expect(reached).toBeGreaterThan(5);
    // What A sees is still only its own.
    expect((await asPartner('a', 'GET', '/api/diagnostic/sessions?status=all')).json().items.map((s: { id: number }) => s.id)).toEqual(ownBefore.items.map((s: { id: number }) => s.id));
    expect((await asPartner('b', 'GET', '/api/diagnostic/sessions?status=all')).json().items.map((s: { id: number }) => s.id)).toEqual([ofB]);
    // The Centrale sees all.
    const all = (await t.as('admin', { method: 'GET', url: '/api/diagnostic/sessions?status=all' })).json().items.map((s: { id: number }) => s.id);
    expect(all).toEqual(expect.arrayContaining([ofB, ofCentrale, ...ownBefore.items.map((s: { id: number }) => s.id)]));
  });

  it('the database refuses a partner’s diagnostic filed under another organisation', async () => {
    const db = t.app.relais.ctx.db;
    const [{ id: partnerA }] = (await db.execute(sql`select id from users where email = 'partner-a@test.relais'`) as unknown as { rows: { id: number }[] }).rows;
    await expect(
      db.execute(sql`insert into diagnostic_sessions (token_hash, mode, helper_id, organisation_id, started_at, reference) values ('x1', 'helped', ${partnerA}, ${jetteEpn}, now(), 'r')`),
    ).rejects.toThrow();
    const [{ n }] = (await db.execute(sql`select count(*)::int as n from diagnostic_sessions where token_hash = 'x1'`) as unknown as { rows: { n: number }[] }).rows;
    expect(n).toBe(0);
  });
});

describe('the item bank', () => {
  it('holds at least 60 items, 10 per DigComp area, in French, Dutch and English, from level 1 up', async () => {
    const b = (await t.as('trainer', { method: 'GET', url: '/api/diagnostic/items' })).json();
    expect(b.items.length).toBeGreaterThanOrEqual(60);
    for (const area of ['information', 'communication', 'content', 'safety', 'problem_solving']) expect(b.items.filter((i: { area: string }) => i.area === area).length).toBeGreaterThanOrEqual(10);
    for (const i of b.items) for (const l of ['fr', 'nl', 'en']) expect(i.prompt[l], `${i.code} ${l}`).toBeTruthy();
  });

  it('every entry of the bank files passes the same checks as an item a trainer adds (FR, NL and EN texts, level 1-4, a right answer among the options), 5 per level and area', () => {
    for (const i of BANK_ITEMS) {
      const parsed = itemBody.safeParse(i);
      expect(parsed.success, `${i.code}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      for (const o of i.options ?? []) for (const l of ['fr', 'nl', 'en'] as const) expect(o.label[l].trim(), `${i.code} ${o.key} ${l}`).not.toBe('');
    }
    expect(new Set(BANK_ITEMS.map((i) => i.code)).size).toBe(BANK_ITEMS.length);
    for (const area of ['information', 'communication', 'content', 'safety', 'problem_solving'])
      for (const level of [1, 2, 3, 4]) expect(BANK_ITEMS.filter((i) => i.area === area && i.level === level), `${area} ${level}`).toHaveLength(5);
    // Mostly practical tasks: self-assessment is a few.
    expect(BANK_ITEMS.filter((i) => i.kind === 'self').length / BANK_ITEMS.length).toBeLessThan(0.2);
    // A bank entry without its Dutch text is refused by the same check.
    const [first] = BANK_ITEMS;
    expect(itemBody.safeParse({ ...first, prompt: { fr: first.prompt.fr, en: first.prompt.en } }).success).toBe(false);
  });

  it('a trainer adds an item; one without its Dutch text, or a level out of range, is refused and nothing is added', async () => {
    const item = {
      code: 'safety_extra_01', area: 'safety', level: 2, kind: 'choice', pictogram: '🔒',
      prompt: { fr: 'Quel cadenas ?', nl: 'Welk hangslot?', en: 'Which padlock?' },
      options: [{ key: 'a', pictogram: '🔒', label: { fr: 'Fermé', nl: 'Dicht', en: 'Closed' } }, { key: 'b', pictogram: '🔓', label: { fr: 'Ouvert', nl: 'Open', en: 'Open' } }],
      answer: 'a',
    };
    const before = (await t.as('trainer', { method: 'GET', url: '/api/diagnostic/items' })).json().items.length;
    problem(await t.as('trainer', { method: 'POST', url: '/api/diagnostic/items', payload: { ...item, prompt: { fr: 'Quel cadenas ?', en: 'Which padlock?' } } }), 400);
    problem(await t.as('trainer', { method: 'POST', url: '/api/diagnostic/items', payload: { ...item, prompt: { ...item.prompt, nl: '  ' } } }), 400);
    problem(await t.as('trainer', { method: 'POST', url: '/api/diagnostic/items', payload: { ...item, level: 7 } }), 400);
    problem(await t.as('trainer', { method: 'POST', url: '/api/diagnostic/items', payload: { ...item, answer: 'z' } }), 400);
    expect((await t.as('trainer', { method: 'GET', url: '/api/diagnostic/items' })).json().items.length).toBe(before);
    const created = await t.as('trainer', { method: 'POST', url: '/api/diagnostic/items', payload: item });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'safety_extra_01', bankVersion: BANK_VERSION + 1, active: true });
    problem(await t.as('trainer', { method: 'POST', url: '/api/diagnostic/items', payload: item }), 409);
  });

  it('refuses programme levels out of range or upside down', async () => {
    problem(await t.as('trainer', { method: 'PUT', url: `/api/diagnostic/programme-levels/${programme}`, payload: { minLevel: 0, maxLevel: 5 } }), 400);
    problem(await t.as('trainer', { method: 'PUT', url: `/api/diagnostic/programme-levels/${programme}`, payload: { minLevel: 3, maxLevel: 1 } }), 400);
    problem(await t.as('trainer', { method: 'PUT', url: '/api/diagnostic/programme-levels/99999', payload: { minLevel: 0, maxLevel: 1 } }), 400);
    const levels = (await t.as('trainer', { method: 'GET', url: '/api/diagnostic/programme-levels' })).json();
    expect(levels.items.find((p: { programmeId: number }) => p.programmeId === programme)).toMatchObject({ minLevel: 0, maxLevel: 2 });
  });
});

describe('figures', () => {
  it('counts diagnostics, levels per area and commune, orientations; the report has its section and the people reached their line', async () => {
    const s = (await t.as('director', { method: 'GET', url: '/api/diagnostic/stats?year=2026' })).json();
    expect(s.finished).toBeGreaterThanOrEqual(8);
    expect(s.distinctPeople).toBe(1);
    expect(s.retested).toBe(1);
    expect(s.improved).toBe(1);
    expect(s.byArea).toHaveLength(5);
    expect(s.byCommune.find((c: { commune: string }) => c.commune === 'Jette').count).toBeGreaterThanOrEqual(2);
    expect(s.orientations).toBeGreaterThan(0);
    const report = await t.as('director', { method: 'GET', url: '/api/observatory/report?year=2026' });
    expect(report.statusCode).toBe(200);
    expect(JSON.stringify(report.json())).toContain('Allo-Digiparcours');
  });
});

describe('the administrator manages partner service accounts', () => {
  it('opens one tied to an organisation, which then sees only that organisation’s diagnostics; disabling it ends its sessions', async () => {
    const password = 'Vraiment-long-mot-de-passe-2026';
    const created = await t.as('admin', { method: 'POST', url: '/api/diagnostic/partner-accounts', payload: { name: 'Inès Forest', email: 'ines@forest-numerique.test', organisationId: forestPartner, password } });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Inès Forest', active: true, organisationId: forestPartner, organisationName: 'Forest Numérique' });
    const id = created.json().userId;
    // Once: the same e-mail again is a conflict, no second account.
    problem(await t.as('admin', { method: 'POST', url: '/api/diagnostic/partner-accounts', payload: { name: 'Inès bis', email: 'INES@forest-numerique.test', organisationId: forestPartner, password } }), 409);
    problem(await t.as('admin', { method: 'POST', url: '/api/diagnostic/partner-accounts', payload: { name: 'X', email: 'x@forest-numerique.test', organisationId: 999999, password } }), 400);
    problem(await t.as('admin', { method: 'POST', url: '/api/diagnostic/partner-accounts', payload: { name: 'X', email: 'pas-un-email', organisationId: forestPartner, password } }), 400);
    problem(await t.as('trainer', { method: 'POST', url: '/api/diagnostic/partner-accounts', payload: { name: 'X', email: 'y@forest-numerique.test', organisationId: forestPartner, password } }), 403);
    const accounts = (await t.as('admin', { method: 'GET', url: '/api/diagnostic/partner-accounts' })).json().items;
    expect(accounts.filter((a: { email: string }) => a.email.toLowerCase() === 'ines@forest-numerique.test')).toHaveLength(1);

    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'ines@forest-numerique.test', password } });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const asInes = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
    // The temporary password is changed at first login, before anything else.
    problem(await asInes('/api/diagnostic/sessions?status=all'), 403);
    const newPassword = 'Mon-propre-mot-de-passe-2026';
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie }, payload: { currentPassword: password, newPassword } })).statusCode).toBe(204);
    const forestIds = (await asPartner('a', 'GET', '/api/diagnostic/sessions?status=all')).json().items.map((s: { id: number }) => s.id);
    expect((await asInes('/api/diagnostic/sessions?status=all')).json().items.map((s: { id: number }) => s.id)).toEqual(forestIds);

    // Moved to Jette: it sees Jette's, not Forest's any more.
    const moved = await t.as('admin', { method: 'PATCH', url: `/api/diagnostic/partner-accounts/${id}`, payload: { organisationId: jetteEpn } });
    expect(moved.json()).toMatchObject({ organisationName: 'EPN de Jette', active: true });
    const jetteIds = (await asPartner('b', 'GET', '/api/diagnostic/sessions?status=all')).json().items.map((s: { id: number }) => s.id);
    expect((await asInes('/api/diagnostic/sessions?status=all')).json().items.map((s: { id: number }) => s.id)).toEqual(jetteIds);

    problem(await t.as('admin', { method: 'PATCH', url: `/api/diagnostic/partner-accounts/${id}`, payload: {} }), 400);
    const trainerId = (await t.as('admin', { method: 'GET', url: '/api/users' })).json().items?.find?.((u: { roles: string[] }) => u.roles.includes('trainer'))?.id;
    if (trainerId) problem(await t.as('admin', { method: 'PATCH', url: `/api/diagnostic/partner-accounts/${trainerId}`, payload: { active: false } }), 400);

    const disabled = await t.as('admin', { method: 'PATCH', url: `/api/diagnostic/partner-accounts/${id}`, payload: { active: false } });
    expect(disabled.json()).toMatchObject({ active: false });
    expect((await asInes('/api/diagnostic/sessions')).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'ines@forest-numerique.test', password: newPassword } })).statusCode).toBe(401);
    expect((await t.as('admin', { method: 'PATCH', url: `/api/diagnostic/partner-accounts/${id}`, payload: { active: true } })).json()).toMatchObject({ active: true });
  });
});
