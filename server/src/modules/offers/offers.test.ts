import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { EventLookup, EventSummary } from './offers.events';

// Tuesday 15 September 2026, 10:00 in Brussels: the fair (event 501) is on 6 October.
let t: TestApp;
let employer: number;
let other: number;
let school: number;
const FAIR = 501;

const events = new Map<number, EventSummary>([
  [FAIR, { id: FAIR, kind: 'job_fair', title: { fr: 'Brussels Job Day', nl: 'Brussels Job Day', en: null }, startsAt: '2026-10-06T07:00:00Z', endsAt: '2026-10-06T15:00:00Z', place: 'Palais 6, Heysel' }],
]);
const fakeEvents: EventLookup = { summary: async (id) => events.get(id) ?? null };

const anOffer = (over: Record<string, unknown> = {}) => ({
  titleFr: 'Commis de cuisine',
  titleNl: 'Keukenhulp',
  contractType: 'fixed_term',
  workingTime: 'full_time',
  hoursPerWeek: 38,
  commune: 'Laeken',
  descriptionFr: 'Préparation des légumes, mise en place.',
  descriptionNl: 'Groenten voorbereiden, mise-en-place.',
  positions: 4,
  skills: ['Hygiène HACCP'],
  languages: ['fr', 'nl'],
  validThrough: '2026-11-30',
  ...over,
});

const staff = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, role: 'project_officer' | 'director' | 'reception' | 'logistics' = 'project_officer') =>
  t.as(role, { method, url, payload: payload as never });
const pub = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, headers: Record<string, string> = {}) => t.as(null, { method, url, payload: payload as never, headers });

async function exhibitorWithLink(organisationId: number, stand: string, eventId = FAIR) {
  const e = await staff('POST', '/api/offers/exhibitors', { eventId, organisationId, kind: 'employer', stand, contactName: 'Sofie Claes', contactEmail: 'Sofie@Example.be' });
  expect(e.statusCode, e.body).toBe(201);
  const link = await staff('POST', `/api/offers/exhibitors/${e.json().id}/link`, {});
  expect(link.statusCode, link.body).toBe(201);
  return { id: e.json().id as number, token: link.json().token as string, path: link.json().path as string };
}

beforeAll(async () => {
  // The clock moves a few days in some tests: sessions outlive it.
  t = await createTestApp({ clock: '2026-09-15T08:00:00Z', env: { SESSION_IDLE_MINUTES: '50000', SESSION_MAX_HOURS: '1000' } });
  const org = async (name: string, type: string) => (await t.as('admin', { method: 'POST', url: '/api/organisations', payload: { name, type } })).json().id as number;
  employer = await org('Hôtel Sablon SA', 'employer');
  other = await org('Logistique Heysel SRL', 'employer');
  school = await org('Bouwschool Brussel', 'training');
});
afterAll(() => t?.close());

describe('job offers: staff', () => {
  it('adds a draft, publishes it, and the public list shows it in French, Dutch and English; a draft stays private', async () => {
    const draft = await staff('POST', '/api/offers', { ...anOffer(), organisationId: employer, titleEn: 'Kitchen assistant' });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json()).toMatchObject({ status: 'draft', source: 'staff', employer: { id: employer, name: 'Hôtel Sablon SA' }, title: { fr: 'Commis de cuisine', nl: 'Keukenhulp', en: 'Kitchen assistant' }, publishedAt: null });
    const id = draft.json().id;
    expect((await pub('GET', `/api/public/offers/${id}`)).statusCode).toBe(404);
    const published = await staff('PATCH', `/api/offers/${id}`, { status: 'published' });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().publishedAt).toBe('2026-09-15T08:00:00.000Z');
    const list = await pub('GET', '/api/public/offers');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((o: { id: number }) => o.id)).toContain(id);
    const one = (await pub('GET', `/api/public/offers/${id}`)).json();
    expect(one).toMatchObject({ title: { en: 'Kitchen assistant' }, positions: 4, languages: ['fr', 'nl'], validThrough: '2026-11-30' });
    expect(one).not.toHaveProperty('status');
    expect(one).not.toHaveProperty('createdAt');
    const qr = await pub('GET', `/api/public/offers/${id}/qr.svg`);
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toMatch(/image\/svg\+xml/);
  });

  it('an offer past its last day is expired: out of the public list at once, and the nightly job records it', async () => {
    const o = await staff('POST', '/api/offers', { ...anOffer({ validThrough: '2026-09-20', titleFr: 'Plongeur', titleNl: 'Afwasser' }), organisationId: employer, status: 'published' });
    expect(o.statusCode, o.body).toBe(201);
    const id = o.json().id;
    expect((await pub('GET', `/api/public/offers/${id}`)).statusCode).toBe(200);
    (t.clock as unknown as { set(iso: string): void }).set('2026-09-21T08:00:00Z');
    try {
      expect((await pub('GET', `/api/public/offers/${id}`)).statusCode).toBe(404);
      expect((await staff('GET', `/api/offers/${id}`)).json().status).toBe('expired');
      expect((await staff('GET', '/api/offers?status=expired')).json().items.map((x: { id: number }) => x.id)).toContain(id);
      await t.app.relais.ctx.jobs.runDue();
      (t.clock as unknown as { set(iso: string): void }).set('2026-09-22T08:00:00Z');
      await t.app.relais.ctx.jobs.runDue();
      const row = await t.database.db.execute(`select status from offers_offers where id = ${Number(id)}`);
      expect((row as unknown as { rows: { status: string }[] }).rows[0].status).toBe('expired');
    } finally {
      (t.clock as unknown as { set(iso: string): void }).set('2026-09-15T08:00:00Z');
    }
  });

  it('refuses bad input with a localised 4xx and writes nothing', async () => {
    const before = (await staff('GET', '/api/offers')).json().total;
    const cases: [Record<string, unknown>, string][] = [
      [{ ...anOffer(), organisationId: 999_999 }, 'body.organisationId'],
      [{ ...anOffer({ titleNl: '   ' }), organisationId: employer }, 'body.titleNl'],
      [{ ...anOffer({ positions: 0 }), organisationId: employer }, 'body.positions'],
      [{ ...anOffer({ hoursPerWeek: 20 }), organisationId: employer }, 'body.hoursPerWeek'],
      [{ ...anOffer({ languages: ['french'] }), organisationId: employer }, 'body.languages.0'],
      [{ ...anOffer({ validThrough: '2026-02-30' }), organisationId: employer }, 'body.validThrough'],
      [{ ...anOffer({ validThrough: '2026-09-01' }), organisationId: employer, status: 'published' }, 'body.validThrough'],
      [{ ...anOffer(), organisationId: employer, eventId: 777 }, 'body.eventId'],
      [{ ...anOffer(), organisationId: employer, salary: 'high' }, 'body'],
    ];
    (t.app.relais.ctx.services as { events?: EventLookup }).events = fakeEvents;
    try {
      for (const [payload, path] of cases) {
        const res = await t.as('project_officer', { method: 'POST', url: '/api/offers', payload, headers: { 'accept-language': 'nl' } });
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        const fields = (res.json().errors ?? res.json().fields ?? []) as { path?: string; field?: string }[];
        expect(JSON.stringify(fields), path).toContain(path);
      }
    } finally {
      delete (t.app.relais.ctx.services as { events?: EventLookup }).events;
    }
    expect((await staff('GET', '/api/offers')).json().total).toBe(before);
    // who may do what
    expect((await staff('POST', '/api/offers', { ...anOffer(), organisationId: employer }, 'logistics')).statusCode).toBe(403);
    expect((await staff('POST', '/api/offers', { ...anOffer(), organisationId: employer }, 'reception')).statusCode).toBe(403);
    expect((await staff('GET', '/api/offers', undefined, 'reception')).statusCode).toBe(200);
  });

  it('a repeated create (same Idempotency-Key) makes one offer', async () => {
    const before = (await staff('GET', '/api/offers')).json().total;
    const send = () => t.as('project_officer', { method: 'POST', url: '/api/offers', payload: { ...anOffer(), organisationId: other }, headers: { 'idempotency-key': 'offer-create-0001' } });
    const [a, b] = [await send(), await send()];
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(b.json().id).toBe(a.json().id);
    expect((await staff('GET', '/api/offers')).json().total).toBe(before + 1);
  });
});

describe('exhibitors and their private link', () => {
  it('an exhibitor posts and edits its offers through its link, counts job seekers met, and they make the fair guide', async () => {
    const ex = await exhibitorWithLink(employer, 'A2');
    expect(ex.path).toBe(`/p/exhibitor/${ex.token}`);
    // the token is kept hashed: it is nowhere in the table
    const stored = (await t.database.db.execute(`select link_token_hash from offers_exhibitors where id = ${ex.id}`)) as unknown as { rows: { link_token_hash: string }[] };
    expect(stored.rows[0].link_token_hash).not.toContain(ex.token);
    expect(stored.rows[0].link_token_hash).toMatch(/^[0-9a-f]{64}$/);

    const space = await pub('GET', `/api/public/exhibitors/${ex.token}`);
    expect(space.statusCode, space.body).toBe(200);
    expect(space.json()).toMatchObject({ exhibitor: { name: 'Hôtel Sablon SA', stand: 'A2' }, event: { id: FAIR, title: null }, metCount: 0 });

    const posted = await pub('POST', `/api/public/exhibitors/${ex.token}/offers`, anOffer({ titleFr: 'Réceptionniste', titleNl: 'Receptionist', positions: 2 }));
    expect(posted.statusCode, posted.body).toBe(201);
    expect(posted.json()).toMatchObject({ source: 'fair', status: 'published', eventId: FAIR, exhibitorId: ex.id, employer: { id: employer } });
    const edited = await pub('PATCH', `/api/public/exhibitors/${ex.token}/offers/${posted.json().id}`, { positions: 3 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().positions).toBe(3);

    for (let i = 0; i < 3; i++) expect((await pub('POST', `/api/public/exhibitors/${ex.token}/tally`, { met: 1 })).statusCode).toBe(200);
    const undo = await pub('POST', `/api/public/exhibitors/${ex.token}/tally`, { met: -1, cvReceived: 1 });
    expect(undo.json()).toEqual({ metCount: 2, cvReceived: 1, interviewsPlanned: 0, hired: 0 });
    const below = await pub('POST', `/api/public/exhibitors/${ex.token}/tally`, { hired: -1 });
    expect(below.statusCode).toBe(400);
    expect((await pub('GET', `/api/public/exhibitors/${ex.token}`)).json().hired).toBe(0);

    const school2 = await staff('POST', '/api/offers/exhibitors', { eventId: FAIR, organisationId: school, kind: 'training', stand: 'A10' });
    expect(school2.statusCode).toBe(201);
    const guide = await pub('GET', `/api/public/offers/guide/${FAIR}`);
    expect(guide.statusCode, guide.body).toBe(200);
    const g = guide.json();
    expect(g.exhibitors.map((e: { stand: string }) => e.stand)).toEqual(['A2', 'A10']); // 2 before 10
    expect(g.exhibitors[0].offers.map((o: { title: { fr: string } }) => o.title.fr)).toContain('Réceptionniste');
    expect(g.exhibitors[0].offers[0].stand).toBe('A2');
    expect(g.positions).toBeGreaterThanOrEqual(3);
  });

  it("an exhibitor cannot touch another exhibitor's offers", async () => {
    const mine = await exhibitorWithLink(other, 'B1');
    const theirs = await exhibitorWithLink(employer, 'C1', 502);
    const o = await pub('POST', `/api/public/exhibitors/${theirs.token}/offers`, anOffer({ titleFr: 'Cariste', titleNl: 'Heftruckchauffeur' }));
    expect(o.statusCode).toBe(201);
    const tamper = await pub('PATCH', `/api/public/exhibitors/${mine.token}/offers/${o.json().id}`, { status: 'filled' }, { 'accept-language': 'fr' });
    expect(tamper.statusCode).toBe(404);
    expect(tamper.headers['content-type']).toMatch(/problem\+json/);
    expect((await staff('GET', `/api/offers/${o.json().id}`)).json().status).toBe('published');
    expect((await pub('GET', `/api/public/exhibitors/${mine.token}`)).json().offers).toEqual([]);
  });

  it('a revoked or expired link is refused with a clear 410, and nothing changes', async () => {
    const ex = await exhibitorWithLink(other, 'D4', 503);
    await pub('POST', `/api/public/exhibitors/${ex.token}/tally`, { met: 5 });
    const revoke = await staff('DELETE', `/api/offers/exhibitors/${ex.id}/link`);
    expect(revoke.statusCode).toBe(204);
    const total = (await staff('GET', '/api/offers')).json().total;
    for (const [method, url, body] of [
      ['GET', `/api/public/exhibitors/${ex.token}`, undefined],
      ['POST', `/api/public/exhibitors/${ex.token}/offers`, anOffer()],
      ['POST', `/api/public/exhibitors/${ex.token}/tally`, { met: 1 }],
    ] as const) {
      const res = await t.as(null, { method, url, payload: body as never, headers: { 'accept-language': 'nl' } });
      expect(res.statusCode, url).toBe(410);
      expect(res.json().title ?? res.json().detail).toMatch(/ingetrokken/);
    }
    expect((await staff('GET', '/api/offers')).json().total).toBe(total);
    expect((await staff('GET', '/api/offers/exhibitors?eventId=503')).json().items[0]).toMatchObject({ metCount: 5, link: { state: 'revoked' } });

    // a new link works, the old one stays refused
    const again = await staff('POST', `/api/offers/exhibitors/${ex.id}/link`, { validUntil: '2026-09-16' });
    expect(again.statusCode).toBe(201);
    expect((await pub('GET', `/api/public/exhibitors/${again.json().token}`)).statusCode).toBe(200);
    expect((await pub('GET', `/api/public/exhibitors/${ex.token}`)).statusCode).toBe(404);
    // expired: after the end of the 16th in Brussels
    (t.clock as unknown as { set(iso: string): void }).set('2026-09-16T22:00:01Z');
    try {
      const late = await pub('POST', `/api/public/exhibitors/${again.json().token}/tally`, { met: 1 });
      expect(late.statusCode).toBe(410);
      expect(late.json().title ?? late.json().detail).toMatch(/expiré/);
    } finally {
      (t.clock as unknown as { set(iso: string): void }).set('2026-09-15T08:00:00Z');
    }
    expect((await staff('GET', '/api/offers/exhibitors?eventId=503')).json().items[0].metCount).toBe(5);
    // an unknown or malformed token
    expect((await pub('GET', '/api/public/exhibitors/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).statusCode).toBe(404);
    expect((await pub('GET', '/api/public/exhibitors/short')).statusCode).toBe(400);
  });

  it('an exhibitor posting twice with the same Idempotency-Key (a retry after a network cut) makes one offer; bad input changes nothing', async () => {
    const ex = await exhibitorWithLink(school, 'F1', 505);
    const send = () => pub('POST', `/api/public/exhibitors/${ex.token}/offers`, anOffer({ titleFr: 'Formateur', titleNl: 'Opleider' }), { 'idempotency-key': 'exhibitor-post-0001' });
    const [a, b] = [await send(), await send()];
    expect(a.statusCode, a.body).toBe(201);
    expect(b.json().id).toBe(a.json().id);
    const bad = [
      anOffer({ validThrough: '2026-09-01' }),
      anOffer({ positions: 5000 }),
      { ...anOffer(), organisationId: employer },
      { ...anOffer(), source: 'staff' },
    ];
    for (const body of bad) {
      const res = await pub('POST', `/api/public/exhibitors/${ex.token}/offers`, body, { 'accept-language': 'en' });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    expect((await pub('GET', `/api/public/exhibitors/${ex.token}`)).json().offers).toHaveLength(1);
    // the guide of an event nobody knows
    expect((await pub('GET', '/api/public/offers/guide/9999')).statusCode).toBe(404);
  });

  it('two phones at one stand tap +1 at the same time: both taps count', async () => {
    const ex = await exhibitorWithLink(school, 'E5', 504);
    const taps = await Promise.all(Array.from({ length: 8 }, () => pub('POST', `/api/public/exhibitors/${ex.token}/tally`, { met: 1 })));
    expect(taps.map((r) => r.statusCode)).toEqual(Array(8).fill(200));
    expect((await pub('GET', `/api/public/exhibitors/${ex.token}`)).json().metCount).toBe(8);
  });

  it('an organisation is an exhibitor once per event; the link ends the day after the event told by the events module', async () => {
    const twice = await staff('POST', '/api/offers/exhibitors', { eventId: FAIR, organisationId: employer, kind: 'employer' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().title).toMatch(/déjà exposante/);
    (t.app.relais.ctx.services as { events?: EventLookup }).events = fakeEvents;
    try {
      const list = (await staff('GET', `/api/offers/exhibitors?eventId=${FAIR}`)).json().items;
      expect(list[0].event.title.fr).toBe('Brussels Job Day');
      const link = await staff('POST', `/api/offers/exhibitors/${list[0].id}/link`, {});
      // 6 October in Brussels; works through the 7th: ends at midnight on the 8th (22:00 UTC on the 7th)
      expect(link.json().expiresAt).toBe('2026-10-07T22:00:00.000Z');
      expect((await staff('POST', '/api/offers/exhibitors', { eventId: 999, organisationId: school, kind: 'training' })).statusCode).toBe(400);
    } finally {
      delete (t.app.relais.ctx.services as { events?: EventLookup }).events;
    }
  });

  it('statistics, the exhibitors export and the report section count exhibitors, positions and job seekers met per exhibitor', async () => {
    const s = await staff('GET', '/api/offers/stats?year=2026', undefined, 'director');
    expect(s.statusCode, s.body).toBe(200);
    const st = s.json();
    expect(st.exhibitors).toBeGreaterThanOrEqual(4);
    expect(st.training).toBe(1);
    expect(st.met).toBe(2 + 5 + 8); // the hotel's 2, the revoked stand's 5, the two phones' 8
    expect(st.metPerExhibitor).toBeCloseTo(15 / st.exhibitors, 1);
    // the headline figures beside the year before (platform/stats.ts), for the statistics page
    expect(st.figures.exhibitors).toMatchObject({ value: st.exhibitors, previous: 0, unit: 'count' });
    expect(st.figures.met).toMatchObject({ value: 15, unit: 'count' });
    expect(st.figures.metPerExhibitor).toMatchObject({ value: st.metPerExhibitor, unit: 'decimal' });
    const x = await staff('GET', `/api/offers/exhibitors/export?eventId=${FAIR}&format=xlsx`, undefined, 'director');
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe('Organisation');
    expect(sheet.getRow(2).getCell(1).value).toBe('A2');
    const csv = await t.as('director', { method: 'GET', url: '/api/offers/export?format=csv', headers: { 'accept-language': 'nl' } });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Functie (Nederlands)');
    const report = await t.as('director', { method: 'GET', url: '/api/observatory/report?year=2026' });
    expect(report.statusCode, report.body).toBe(200);
    const section = report.json().sections.find((x: { key: string }) => x.key === 'offers');
    expect(section.figures.find((f: { key: string }) => f.key === 'exhibitors').value).toBe(st.exhibitors);
  });
});
