import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { outboxMessages } from '../../platform/outbox/outbox.table';
import { TICKET_ALPHABET } from './events.core';
import { systemActor } from '../../platform/audit/audit.service';

// Tuesday 1 September 2026, 10:00 in Brussels.
let t: TestApp;
let clock: { set(iso: string): void };
let roomId: number;
let partner: number;
let person: number;

const jobDay = {
  kind: 'job_fair',
  status: 'published',
  titleFr: 'Brussels Job Day',
  titleNl: 'Brussels Job Day',
  startsAt: '2026-10-06T10:00:00+02:00',
  endsAt: '2026-10-06T16:00:00+02:00',
  venueName: 'Palais 6, Brussels Expo',
  venueAddress: 'Place de Belgique 1, 1020 Bruxelles',
  capacity: 2,
  waitingList: true,
  offerHours: 24,
  registrationClosesAt: '2026-10-05T18:00:00+02:00',
  questions: [
    { key: 'sector', type: 'choice', labelFr: 'Secteur', labelNl: 'Sector', required: true, choices: ['Horeca', 'Logistique'] },
    { key: 'cv', type: 'yes_no', labelFr: 'CV à jour ?', labelNl: 'Actueel cv?', required: false },
  ],
};

const create = (payload: Record<string, unknown>, role: 'project_officer' | 'admin' | 'reception' = 'admin') => t.as(role, { method: 'POST', url: '/api/events', payload });
const register = (eventId: number, payload: Record<string, unknown>, ip = '203.0.113.7') =>
  t.app.inject({ method: 'POST', url: `/api/public/events/${eventId}/registrations`, payload, remoteAddress: ip });
const person1 = { firstName: 'Fatima', lastName: 'El Idrissi', email: 'fatima@example.org', consent: true, answers: { sector: 'Horeca' } };
const scan = (eventId: number, payload: Record<string, unknown>, role: 'reception' | 'project_officer' = 'reception') =>
  t.as(role, { method: 'POST', url: `/api/events/${eventId}/scans`, payload });
let n = 0;
const nonce = () => `nonce-${Date.now().toString(36)}-${++n}`;
const live = async (eventId: number) => (await t.as('reception', { method: 'GET', url: `/api/events/${eventId}/live` })).json();
const mails = async () => t.app.relais.ctx.db.select().from(outboxMessages).orderBy(desc(outboxMessages.id));

beforeAll(async () => {
  t = await createTestApp({ clock: '2026-09-01T08:00:00Z', env: { SESSION_IDLE_MINUTES: '500000', SESSION_MAX_HOURS: '9000' } });
  clock = t.clock as unknown as { set(iso: string): void };
  roomId = (await t.as('logistics', { method: 'POST', url: '/api/rooms', payload: { name: 'Salle Anvers', capacity: 40 } })).json().id;
  partner = (await t.as('admin', { method: 'POST', url: '/api/organisations', payload: { name: 'Actiris', type: 'public_employment' } })).json().id;
  person = (await t.as('reception', { method: 'POST', url: '/api/people', payload: { firstName: 'Youssef', lastName: 'Benali', birthDate: '1994-02-03' } })).json().id;
});
afterAll(() => t?.close());

describe('events: organising', () => {
  it('creates a job fair at an outside venue with partners, and an information session in one of our rooms, booked so nothing else takes it', async () => {
    const fair = await create({ ...jobDay, partnerIds: [partner], targetPublics: ['job_seekers', 'young_people'] });
    expect(fair.statusCode).toBe(201);
    expect(fair.json()).toMatchObject({ kind: 'job_fair', place: 'Palais 6, Brussels Expo', localStartDate: '2026-10-06', localStartTime: '10:00', partners: [{ id: partner, name: 'Actiris' }], placesLeft: 2 });

    const session = await create({ kind: 'info_session', status: 'published', titleFr: 'Séance Actiris', titleNl: 'Infosessie Actiris', startsAt: '2026-09-16T09:30:00+02:00', endsAt: '2026-09-16T11:30:00+02:00', roomId, capacity: 20 });
    expect(session.statusCode).toBe(201);
    expect(session.json()).toMatchObject({ roomId, roomName: 'Salle Anvers', place: 'Salle Anvers' });
    expect(session.json().roomBookingId).toBeGreaterThan(0);
    // The room is taken: a booking at the same time is refused by the rooms module.
    const clash = await t.as('logistics', { method: 'POST', url: '/api/rooms/bookings', payload: { roomId, startsAt: '2026-09-16T10:00:00+02:00', endsAt: '2026-09-16T11:00:00+02:00', purpose: 'Réunion' } });
    expect(clash.statusCode).toBe(409);
    // and a second event in that room at that time too, creating nothing
    const before = (await t.as('admin', { method: 'GET', url: '/api/events' })).json().total;
    const second = await create({ kind: 'workshop', titleFr: 'Atelier', titleNl: 'Workshop', startsAt: '2026-09-16T10:00:00+02:00', endsAt: '2026-09-16T12:00:00+02:00', roomId });
    expect(second.statusCode).toBe(409);
    expect((await t.as('admin', { method: 'GET', url: '/api/events' })).json().total).toBe(before);

    const summary = await t.app.relais.ctx.services.events.summary(session.json().id);
    expect(summary).toEqual({ id: session.json().id, kind: 'info_session', title: { fr: 'Séance Actiris', nl: 'Infosessie Actiris', en: null }, startsAt: '2026-09-16T07:30:00.000Z', endsAt: '2026-09-16T09:30:00.000Z', place: 'Salle Anvers' });
    expect(await t.app.relais.ctx.services.events.summary(999_999)).toBeNull();
  });

  it('refuses an event ending before it starts, a room and a venue at once, an unknown partner, with a localised 4xx, and creates nothing', async () => {
    const before = (await t.as('admin', { method: 'GET', url: '/api/events' })).json().total;
    const bad = await create({ ...jobDay, endsAt: '2026-10-06T09:00:00+02:00' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors[0]).toMatchObject({ path: 'body.endsAt' });
    const nl = await t.as('admin', { method: 'POST', url: '/api/events', payload: { ...jobDay, endsAt: jobDay.startsAt }, headers: { 'accept-language': 'nl' } });
    expect(nl.statusCode).toBe(400);
    expect((await create({ ...jobDay, roomId })).statusCode).toBe(400);
    expect((await create({ ...jobDay, partnerIds: [999_999] })).json().errors[0].path).toBe('body.partnerIds.0');
    expect((await create({ ...jobDay, kind: 'party' })).statusCode).toBe(400);
    expect((await create({ ...jobDay, unknownField: 1 })).statusCode).toBe(400);
    expect((await create(jobDay, 'reception')).statusCode).toBe(403);
    // a change that would end it before it starts
    const id = (await t.as('admin', { method: 'GET', url: '/api/events?kind=job_fair' })).json().items[0].id;
    expect((await t.as('admin', { method: 'PATCH', url: `/api/events/${id}`, payload: { endsAt: '2026-10-01T10:00:00+02:00' } })).statusCode).toBe(400);
    expect((await t.as('admin', { method: 'GET', url: '/api/events' })).json().total).toBe(before);
  });
});

describe('events: the staff in charge', () => {
  it('organisers list active Centrale staff (id and name only) and put some in charge; a partner worker, a closed or unknown account is refused', async () => {
    const auth = t.app.relais.ctx.auth;
    const sarah = await auth.createUser(systemActor('test'), { email: 'sarah.events@test.relais', name: 'Sarah Janssens', roles: ['project_officer'], password: 'Correct-Horse-Battery-9' });
    const gone = await auth.createUser(systemActor('test'), { email: 'gone.events@test.relais', name: 'Marc Vieux', roles: ['communication'], password: 'Correct-Horse-Battery-9' });
    const outside = await t.userIdFor('partner');
    const trainer = await t.userIdFor('trainer');

    const res = await t.as('project_officer', { method: 'GET', url: '/api/events/staff' });
    expect(res.statusCode).toBe(200);
    const items: { id: number; name: string }[] = res.json().items;
    expect(items).toContainEqual({ id: sarah.id, name: 'Sarah Janssens' });
    expect(items.map((u) => u.id)).toContain(trainer);
    expect(items.map((u) => u.id)).not.toContain(outside);
    for (const u of items) expect(Object.keys(u).sort()).toEqual(['id', 'name']);
    expect(JSON.stringify(res.json())).not.toContain('@');
    expect((await t.as('reception', { method: 'GET', url: '/api/events/staff' })).statusCode).toBe(403);

    const fair = await create({ ...jobDay, titleFr: 'Job Day équipe', staffIds: [sarah.id, gone.id] }, 'project_officer');
    expect(fair.statusCode).toBe(201);
    expect(fair.json().staff).toEqual(expect.arrayContaining([{ id: sarah.id, name: 'Sarah Janssens' }, { id: gone.id, name: 'Marc Vieux' }]));

    // Marc leaves: he is no longer offered, cannot be put in charge of a new event, but stays on the one he ran.
    await auth.updateUser(systemActor('test'), gone.id, { active: false });
    expect((await t.as('project_officer', { method: 'GET', url: '/api/events/staff' })).json().items.map((u: { id: number }) => u.id)).not.toContain(gone.id);
    const before = (await t.as('admin', { method: 'GET', url: '/api/events' })).json().total;
    for (const [ids, path] of [[[gone.id], 'body.staffIds.0'], [[sarah.id, outside], 'body.staffIds.1'], [[999_999], 'body.staffIds.0']] as const) {
      const bad = await create({ ...jobDay, staffIds: ids }, 'project_officer');
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect(bad.json().errors[0].path).toBe(path);
    }
    expect((await t.as('admin', { method: 'GET', url: '/api/events' })).json().total).toBe(before);
    const kept = await t.as('project_officer', { method: 'PATCH', url: `/api/events/${fair.json().id}`, payload: { staffIds: [gone.id, trainer] } });
    expect(kept.statusCode).toBe(200);
    expect(kept.json().staff.map((u: { id: number }) => u.id).sort()).toEqual([gone.id, trainer].sort());
    const dropped = await t.as('project_officer', { method: 'PATCH', url: `/api/events/${fair.json().id}`, payload: { staffIds: [outside] } });
    expect(dropped.statusCode).toBe(400);
    expect((await t.as('admin', { method: 'GET', url: `/api/events/${fair.json().id}` })).json().staff).toHaveLength(2);
  });
});

describe('events: public registration, tickets and the waiting list', () => {
  let eventId: number;
  let first: string;
  beforeAll(async () => {
    eventId = (await create({ ...jobDay, titleFr: 'Job Day inscriptions' })).json().id;
  });

  it('a job seeker registers without an account and gets a ticket by message, with a QR code and a cancel link', async () => {
    const pub = await t.app.inject({ method: 'GET', url: `/api/public/events/${eventId}` });
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ registrationState: 'open', placesLeft: 2, questions: [{ key: 'sector' }, { key: 'cv' }] });
    const res = await register(eventId, person1);
    expect(res.statusCode).toBe(201);
    expect(res.json().status).toBe('registered');
    first = res.json().secret;
    expect(first).toHaveLength(16);
    expect([...first].every((c) => TICKET_ALPHABET.includes(c))).toBe(true);
    const [mail] = await mails();
    expect(mail).toMatchObject({ purpose: 'events.registration_confirmed', toEmail: 'fatima@example.org' });
    expect(mail.subject).toContain('Job Day inscriptions');
    expect(mail.body).toContain(`/p/events/ticket/${first}`);
    expect(JSON.stringify(mail.attachments)).toContain('image/png');
    const ticket = await t.app.inject({ method: 'GET', url: `/api/public/events/tickets/${first}` });
    expect(ticket.json()).toMatchObject({ status: 'registered', firstName: 'Fatima', event: { id: eventId } });
    const qr = await t.app.inject({ method: 'GET', url: `/api/public/events/tickets/${first}/qr.png` });
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toBe('image/png');
  });

  it('refuses missing consent, a missing required answer, a wrong choice, with a 4xx, and registers nobody', async () => {
    const count = async () => (await t.as('reception', { method: 'GET', url: `/api/events/${eventId}/registrations` })).json().total;
    const before = await count();
    expect((await register(eventId, { ...person1, consent: false })).statusCode).toBe(400);
    expect((await register(eventId, { ...person1, answers: {} })).json().errors[0].path).toBe('body.answers.sector');
    expect((await register(eventId, { ...person1, answers: { sector: 'Piraterie' } })).statusCode).toBe(400);
    expect((await register(eventId, { ...person1, answers: { sector: 'Horeca', shoe: 'x' } })).statusCode).toBe(400);
    expect((await register(eventId, { ...person1, email: null })).statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it('when full, a registration goes to the waiting list; a cancellation offers the place for a limited time, and an offer not taken passes to the next', async () => {
    const second = (await register(eventId, { ...person1, firstName: 'Sarah', email: 'sarah@example.org' })).json();
    expect(second.status).toBe('registered');
    const w1 = (await register(eventId, { ...person1, firstName: 'Omar', email: 'omar@example.org' })).json();
    const w2 = (await register(eventId, { ...person1, firstName: 'Nadia', email: 'nadia@example.org' })).json();
    expect([w1.status, w2.status]).toEqual(['waiting', 'waiting']);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/events/tickets/${w2.secret}` })).json().position).toBe(2);
    // Sarah cancels through her link: Omar is offered the place for 24 hours
    const cancelled = await t.app.inject({ method: 'POST', url: `/api/public/events/tickets/${second.secret}/cancel` });
    expect(cancelled.json().status).toBe('cancelled');
    expect((await t.app.inject({ method: 'POST', url: `/api/public/events/tickets/${second.secret}/cancel` })).statusCode).toBe(409);
    const offered = (await t.app.inject({ method: 'GET', url: `/api/public/events/tickets/${w1.secret}` })).json();
    expect(offered.status).toBe('offered');
    expect(offered.offeredUntil).toBe('2026-09-02T08:00:00.000Z');
    expect((await mails())[0]).toMatchObject({ purpose: 'events.registration_offered', toEmail: 'omar@example.org' });
    // Omar does not answer; the job expires the offer and offers the place to Nadia
    clock.set('2026-09-02T08:05:00Z');
    expect(await t.app.relais.ctx.jobs.runDue()).toContain('events.expire_offers');
    expect((await t.app.inject({ method: 'GET', url: `/api/public/events/tickets/${w1.secret}` })).json().status).toBe('expired');
    expect((await t.app.inject({ method: 'POST', url: `/api/public/events/tickets/${w1.secret}/accept` })).statusCode).toBe(409);
    const nadia = await t.app.inject({ method: 'POST', url: `/api/public/events/tickets/${w2.secret}/accept` });
    expect(nadia.statusCode).toBe(200);
    expect(nadia.json().status).toBe('registered');
    expect((await live(eventId)).registered).toBe(2);
  });

  it('a registration after closing goes to the waiting list (or is refused when the event has none)', async () => {
    clock.set('2026-10-05T17:00:00Z'); // 19:00 in Brussels, after closing
    const late = await register(eventId, { ...person1, firstName: 'Karim', email: 'karim@example.org' }, '203.0.113.9');
    expect(late.statusCode).toBe(201);
    expect(late.json().status).toBe('waiting');
    const noList = (await create({ ...jobDay, titleFr: 'Sans liste', waitingList: false, registrationClosesAt: '2026-10-05T12:00:00+02:00' })).json().id;
    const refused = await register(noList, person1, '203.0.113.9');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('error.events.registration_closed');
    clock.set('2026-09-02T08:05:00Z');
  });

  it('limits public registrations per address and hour', async () => {
    const open = (await create({ ...jobDay, titleFr: 'Ouvert', capacity: null })).json().id;
    const ip = '198.51.100.42';
    for (let i = 0; i < 10; i++) expect((await register(open, { ...person1, firstName: `P${i}` }, ip)).statusCode).toBe(201);
    const blocked = await register(open, person1, ip);
    expect(blocked.statusCode).toBe(429);
    expect((await register(open, person1, '198.51.100.43')).statusCode).toBe(201);
  });

  it('registers to programme items within their own capacity', async () => {
    const id = (await create({ ...jobDay, titleFr: 'Programme', capacity: 50 })).json().id;
    const withItem = await t.as('admin', { method: 'POST', url: `/api/events/${id}/items`, payload: { kind: 'workshop', titleFr: 'Atelier CV', titleNl: 'Workshop cv', startsAt: '2026-10-06T11:00:00+02:00', endsAt: '2026-10-06T12:00:00+02:00', speakers: 'Julie Maes', room: 'Stand 12', capacity: 1 } });
    expect(withItem.statusCode).toBe(201);
    const itemId = withItem.json().items[0].id;
    expect((await t.as('admin', { method: 'POST', url: `/api/events/${id}/items`, payload: { kind: 'talk', titleFr: 'Hors', titleNl: 'Buiten', startsAt: '2026-10-07T11:00:00+02:00', endsAt: '2026-10-07T12:00:00+02:00' } })).statusCode).toBe(400);
    expect((await register(id, { ...person1, itemIds: [itemId] }, '192.0.2.1')).statusCode).toBe(201);
    const full = await register(id, { ...person1, firstName: 'Deux', itemIds: [itemId] }, '192.0.2.1');
    expect(full.statusCode).toBe(409);
    expect(full.json().code).toBe('error.events.item_full');
    const ev = (await t.as('admin', { method: 'GET', url: `/api/events/${id}` })).json();
    expect(ev.registered).toBe(1);
    expect(ev.items[0]).toMatchObject({ registered: 1, placesLeft: 0 });

    // The organisers change the item: a bigger room, another speaker, later; never smaller than the people it holds.
    const patch = (payload: object, item = itemId) => t.as('admin', { method: 'PATCH', url: `/api/events/${id}/items/${item}`, payload });
    const moved = await patch({ capacity: 2, speakers: 'Julie Maes, Tom Claes', room: 'Salle 2', startsAt: '2026-10-06T13:00:00+02:00', endsAt: '2026-10-06T14:00:00+02:00', titleEn: 'CV workshop' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().items[0]).toMatchObject({ capacity: 2, placesLeft: 1, speakers: 'Julie Maes, Tom Claes', room: 'Salle 2', title: { fr: 'Atelier CV', nl: 'Workshop cv', en: 'CV workshop' } });
    expect(moved.json().items[0].startsAt).toBe('2026-10-06T11:00:00.000Z');
    expect((await register(id, { ...person1, firstName: 'Deux', itemIds: [itemId] }, '192.0.2.1')).statusCode).toBe(201);
    const smaller = await patch({ capacity: 1 });
    expect(smaller.statusCode).toBe(400);
    expect(smaller.json().errors[0]).toMatchObject({ path: 'body.capacity', message: '2 personnes sont déjà inscrites à ce point : la capacité ne peut pas être plus petite.' });
    expect((await patch({ endsAt: '2026-10-06T12:30:00+02:00' })).json().errors[0]).toMatchObject({ path: 'body.endsAt' });
    expect((await patch({ startsAt: '2026-10-07T09:00:00+02:00', endsAt: '2026-10-07T10:00:00+02:00' })).statusCode).toBe(400);
    expect((await patch({ room: 'X' }, itemId + 999)).statusCode).toBe(404);
    const after = (await t.as('admin', { method: 'GET', url: `/api/events/${id}` })).json().items[0];
    expect(after).toMatchObject({ capacity: 2, registered: 2, room: 'Salle 2' });
  });
});

describe('events: at the door', () => {
  let eventId: number;
  let otherEventId: number;
  let ticket: string;
  let waitingTicket: string;
  let cancelledTicket: string;
  beforeAll(async () => {
    clock.set('2026-09-03T08:00:00Z');
    eventId = (await create({ ...jobDay, titleFr: 'Porte', capacity: 3, registrationClosesAt: null })).json().id;
    otherEventId = (await create({ ...jobDay, titleFr: 'Autre salon' })).json().id;
    ticket = (await register(eventId, person1, '192.0.2.10')).json().secret;
    cancelledTicket = (await register(eventId, { ...person1, firstName: 'Annulé' }, '192.0.2.10')).json().secret;
    await register(eventId, { ...person1, firstName: 'Trois' }, '192.0.2.10');
    waitingTicket = (await register(eventId, { ...person1, firstName: 'Attente' }, '192.0.2.10')).json().secret;
    await t.app.inject({ method: 'POST', url: `/api/public/events/tickets/${cancelledTicket}/cancel` });
    // the freed place went to "Attente" as an offer; register one more to wait
    waitingTicket = (await register(eventId, { ...person1, firstName: 'Patience' }, '192.0.2.10')).json().secret;
    // On the day, the room is bigger than planned: more places (Patience keeps waiting until offered)
    expect((await t.as('admin', { method: 'PATCH', url: `/api/events/${eventId}`, payload: { capacity: 100 } })).statusCode).toBe(200);
    clock.set('2026-10-06T08:15:00Z');
  });

  it('a valid ticket is checked in once; the same scan sent again gets the same answer; another desk is told when and where', async () => {
    const n1 = nonce();
    const ok = await scan(eventId, { nonce: n1, desk: 'Entrée A', code: ticket });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ result: 'valid', firstName: 'Fatima', desk: 'Entrée A', replayed: false });
    const again = await scan(eventId, { nonce: n1, desk: 'Entrée A', code: ticket });
    expect(again.json()).toMatchObject({ result: 'valid', replayed: true });
    const other = await scan(eventId, { nonce: nonce(), desk: 'Entrée B', code: `https://relais.example/p/events/ticket/${ticket.toLowerCase()}` });
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ code: 'error.events.already_checked_in', result: 'already_checked_in', desk: 'Entrée A', checkedInAt: '2026-10-06T08:15:00.000Z' });
    expect(other.json().title).toContain('10:15');
    // A nonce already used is the same scan: sent with another code (a desk's bug, a forged replay) it gets the first
    // scan's answer and counts nothing; sent to another event it is refused.
    const sameNonce = await scan(eventId, { nonce: n1, desk: 'Entrée B', code: waitingTicket });
    expect(sameNonce.json()).toMatchObject({ result: 'valid', firstName: 'Fatima', desk: 'Entrée A', replayed: true });
    expect((await scan(eventId, { nonce: n1, desk: 'Entrée B', code: 'ABCDEFGHJKLMNPQR' })).json()).toMatchObject({ result: 'valid', replayed: true });
    const elsewhere = await scan(otherEventId, { nonce: n1, desk: 'Entrée B', code: ticket });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().code).toBe('error.events.nonce_reused');
    expect((await live(eventId)).checkedIn).toBe(1);
  });

  it('a ticket of another event, a forged code, a cancelled or waiting ticket: a clear 4xx and nothing is counted', async () => {
    const other = (await register(otherEventId, { ...person1, firstName: 'Ailleurs' }, '192.0.2.11')).json().secret;
    const before = (await live(eventId)).checkedIn;
    const wrong = await scan(eventId, { nonce: nonce(), desk: 'Entrée A', code: other });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json()).toMatchObject({ result: 'wrong_event' });
    expect(wrong.json().title).toContain('Autre salon');
    const forged = await scan(eventId, { nonce: nonce(), desk: 'Entrée A', code: 'ABCDEFGHJKLMNPQR' });
    expect(forged.statusCode).toBe(404);
    expect(forged.json().result).toBe('unknown');
    expect((await scan(eventId, { nonce: nonce(), desk: 'Entrée A', code: 'not a ticket at all' })).statusCode).toBe(404);
    expect((await scan(eventId, { nonce: nonce(), desk: 'Entrée A', code: cancelledTicket })).json().result).toBe('cancelled');
    expect((await scan(eventId, { nonce: nonce(), desk: 'Entrée A', code: waitingTicket })).json().result).toBe('waiting_list');
    expect((await scan(eventId, { nonce: 'x', desk: 'Entrée A', code: ticket })).statusCode).toBe(400);
    expect((await scan(eventId, { nonce: nonce(), desk: 'Entrée A' })).statusCode).toBe(400);
    expect((await t.as('trainer', { method: 'POST', url: `/api/events/${eventId}/scans`, payload: { nonce: nonce(), desk: 'A', code: ticket } })).statusCode).toBe(403);
    expect((await live(eventId)).checkedIn).toBe(before);
  });

  it('concurrent scans of one ticket at several desks make exactly one check-in', async () => {
    const reg = (await t.as('reception', { method: 'POST', url: `/api/events/${eventId}/registrations`, payload: { firstName: 'Concurrent', lastName: 'Test' } })).json().registration;
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => scan(eventId, { nonce: nonce(), desk: `Desk ${i % 3}`, code: reg.secret })));
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.statusCode === 409)).toHaveLength(7);
    const rows = await t.app.relais.ctx.db.execute(`select count(*)::int as n from event_checkins where registration_id = ${Number(reg.id)}` as never);
    expect((rows as unknown as { rows: { n: number }[] }).rows[0].n).toBe(1);
  });

  it('a scan queued offline keeps its time when it is sent later', async () => {
    const reg = (await t.as('reception', { method: 'POST', url: `/api/events/${eventId}/registrations`, payload: { firstName: 'Hors', lastName: 'Ligne' } })).json().registration;
    const res = await scan(eventId, { nonce: nonce(), desk: 'Entrée B', code: reg.secret, scannedAt: '2026-10-06T10:05:00+02:00' });
    expect(res.json()).toMatchObject({ result: 'valid', at: '2026-10-06T08:05:00.000Z' });
  });

  it('staff register a person of the registry at the desk and check them in at once; a new name gets the possible duplicates', async () => {
    const res = await t.as('reception', { method: 'POST', url: `/api/events/${eventId}/registrations`, payload: { firstName: 'x', lastName: 'y', personId: person, checkInAt: 'Accueil' } });
    expect(res.statusCode).toBe(201);
    expect(res.json().registration).toMatchObject({ firstName: 'Youssef', lastName: 'Benali', personId: person, checkedIn: { desk: 'Accueil' } });
    expect(res.json().scan).toMatchObject({ result: 'valid' });
    const typed = await t.as('reception', { method: 'POST', url: `/api/events/${eventId}/registrations`, payload: { firstName: 'Youssef', lastName: 'Benali' } });
    expect(typed.json().duplicates.map((d: { id: number }) => d.id)).toContain(person);
    const linked = await t.as('reception', { method: 'PUT', url: `/api/events/${eventId}/registrations/${typed.json().registration.id}/person`, payload: { personId: person } });
    expect(linked.json().personId).toBe(person);
    // the person's timeline shows the event
    const tl = await t.as('admin', { method: 'GET', url: `/api/people/${person}/timeline` });
    expect(JSON.stringify(tl.json())).toContain('events');
  });

  it('counts walk-ins on two devices, once per nonce, with undo and inside now', async () => {
    const tap = (device: string, extra: Record<string, unknown> = {}, key = nonce()) => t.as('reception', { method: 'POST', url: `/api/events/${eventId}/door`, payload: { nonce: key, device, ...extra } });
    const k = nonce();
    expect((await tap('Porte 1', { sex: 'female', ageBand: '18_25', status: 'job_seeker', postalCode: '1000' }, k)).statusCode).toBe(201);
    expect((await tap('Porte 1', {}, k)).json().walkIns).toBe(1); // same nonce: counted once
    await tap('Porte 1');
    await tap('Porte 2');
    const wrong = await tap('Porte 2');
    expect(wrong.json()).toMatchObject({ deviceCount: 2, walkIns: 4 });
    const undo = await t.as('reception', { method: 'POST', url: `/api/events/${eventId}/door/undo`, payload: { device: 'Porte 2' } });
    expect(undo.json()).toMatchObject({ deviceCount: 1, walkIns: 3 });
    expect((await tap('Porte 1', { ageBand: 'ancient' })).statusCode).toBe(400);
    let l = await live(eventId);
    expect(l).toMatchObject({ walkIns: 3, exits: 0, insideNow: null });
    expect(l.perDevice).toEqual([
      { device: 'Porte 1', walkIns: 2, exits: 0 },
      { device: 'Porte 2', walkIns: 1, exits: 0 },
    ]);
    expect(l.profiles.sex).toEqual({ female: 1 });
    const out = await tap('Porte 1', { direction: 'out' });
    expect(out.json().insideNow).toBe(l.checkedIn + 3 - 1);
    l = await live(eventId);
    expect(l.insideNow).toBe(l.checkedIn + 2);
    expect(l.perDesk.map((d: { desk: string }) => d.desk)).toContain('Entrée A');
    expect(l.perHour.length).toBeGreaterThan(0);
  });
});

describe('events: figures, report, people reached, GDPR', () => {
  it('the statistics count events, registrations, check-ins, walk-ins and distinct people; the export opens', async () => {
    const s = await t.as('director', { method: 'GET', url: '/api/events/stats?year=2026' });
    expect(s.statusCode).toBe(200);
    const b = s.json();
    expect(b.events.value).toBeGreaterThan(3);
    expect(b.walkIns.value).toBe(3);
    expect(b.distinctPeople.value).toBe(1);
    expect(b.byKind.find((k: { kind: string }) => k.kind === 'job_fair').checkIns).toBeGreaterThan(3);
    const x = await t.as('director', { method: 'GET', url: '/api/events/stats/export?year=2026&format=xlsx' });
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toContain('spreadsheetml');
    expect((await t.as('reception', { method: 'GET', url: '/api/events/stats' })).statusCode).toBe(403);
  });

  it('the annual report and the people reached get lines from the records, the door count labelled as a head count', async () => {
    const lines = await t.app.relais.ctx.services.events.reachLines(2026);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ key: 'events_identified', unit: 'distinct_people', value: 1 });
    expect(lines[1]).toMatchObject({ key: 'events_door', unit: 'participations', value: 3 });
    const section = t.app.relais.ctx.registry.reportSections().find((s) => s.key === 'events')!;
    const built = await section.build({ year: 2026, locale: 'nl', memo: { get: (_k, f) => f() } });
    expect(built!.figures.find((f) => f.key === 'walk_ins')!.label).toContain('niet geïdentificeerd');
  });

  it('the GDPR export lists the person’s registrations, and erasure removes what identifies them while the count stays', async () => {
    const exp = await t.as('admin', { method: 'GET', url: `/api/people/${person}/export` });
    expect(exp.statusCode).toBe(200);
    const part = exp.json().sections.find((x: { key: string }) => x.key === 'event_registrations');
    expect(part.rows.length).toBe(2);
    const before = (await live((await t.as('admin', { method: 'GET', url: '/api/events?kind=job_fair&limit=200' })).json().items.find((e: { title: { fr: string } }) => e.title.fr === 'Porte').id)).checkedIn;
    await t.app.relais.ctx.db.transaction((tx) => t.app.relais.ctx.services.events.erase(tx, person));
    const rows = await t.app.relais.ctx.db.execute(`select first_name from event_registrations where person_id = ${person}` as never);
    expect((rows as unknown as { rows: { first_name: string }[] }).rows.every((r) => r.first_name === '—')).toBe(true);
    const after = (await live((await t.as('admin', { method: 'GET', url: '/api/events?kind=job_fair&limit=200' })).json().items.find((e: { title: { fr: string } }) => e.title.fr === 'Porte').id)).checkedIn;
    expect(after).toBe(before);
  });
});

