import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';

/**
 * Issue 18: when logistics cancels a date, the rest of a series or the whole series, moves or edits a booking, the
 * requester (the contact named on it) is told through the outbox, and the answer says how: e-mailed when a mail
 * server is set, otherwise listed for staff to send or call, or nobody to tell. A weekly series whose dates are not
 * all free names each of them with the rooms free then, and the user books another room or time for each, at once.
 */
// Monday 2 March 2026, 10:00 in Brussels.
const NOW = '2026-03-02T09:00:00Z';

let t: TestApp;
let withMail: TestApp;
let familia: number;
let horizon: number;
const contact = { contactName: 'Zoé Marchal', contactEmail: 'zoe.marchal@example.org', contactPhone: '+32 470 12 34 56' };

async function rooms(app: TestApp) {
  const room = async (payload: Record<string, unknown>) => {
    const res = await app.as('logistics', { method: 'POST', url: '/api/rooms', payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  return [await room({ name: 'Salle Familia', capacity: 30 }), await room({ name: 'Salle Horizon', capacity: 20 })];
}
const outbox = async (app: TestApp) =>
  (await app.as('logistics', { method: 'GET', url: '/api/outbox?limit=200' })).json().items as { purpose: string; toEmail: string | null; body: string; status: string; entityType: string }[];
const series = (app: TestApp, payload: Record<string, unknown>) => app.as('logistics', { method: 'POST', url: '/api/rooms/series', payload });

beforeAll(async () => {
  t = await createTestApp({ clock: NOW });
  [familia, horizon] = await rooms(t);
  // a mail server is set (nothing listens: the outbox's job sends later, the answer says e-mailed)
  withMail = await createTestApp({ clock: NOW, env: { SMTP_URL: 'smtp://127.0.0.1:9' } });
  await rooms(withMail);
}, 180_000);
afterAll(async () => {
  await t?.close();
  await withMail?.close();
});

describe('the requester is told of a cancellation or a change (no mail server: listed for staff)', () => {
  it('logistics cancels one date, then the rest, then the whole series: each time one message listed, naming the dates', async () => {
    const created = await series(t, { roomId: familia, firstDay: '2026-03-03', startTime: '14:00', endTime: '16:00', rrule: 'FREQ=WEEKLY;COUNT=6', purpose: 'Atelier CV', ...contact });
    expect(created.statusCode, created.body).toBe(201);
    const [first, second, , fourth] = created.json().bookings as { id: number }[];
    const sid = created.json().series.id;

    const one = await t.as('logistics', { method: 'POST', url: `/api/rooms/bookings/${second.id}/cancel`, payload: { message: 'Salle en travaux' } });
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json()).toMatchObject({ status: 'cancelled', requesterTold: 'listed' });
    let box = await outbox(t);
    expect(box.filter((m) => m.purpose === 'rooms.booking_cancelled')).toHaveLength(1);
    expect(box.find((m) => m.purpose === 'rooms.booking_cancelled')).toMatchObject({ toEmail: contact.contactEmail, status: 'manual' });
    expect(box.find((m) => m.purpose === 'rooms.booking_cancelled')!.body).toContain('10/03/2026 14:00-16:00');
    expect(box.find((m) => m.purpose === 'rooms.booking_cancelled')!.body).toContain('Salle en travaux');

    // the rest from the fourth date (24 March): 3 dates in one message
    const fourthDay = (await t.as('logistics', { method: 'GET', url: `/api/rooms/bookings/${fourth.id}` })).json().startsAt.slice(0, 10);
    const rest = await t.as('logistics', { method: 'POST', url: `/api/rooms/series/${sid}/cancel`, payload: { from: fourthDay } });
    expect(rest.json()).toEqual({ cancelled: 3, requesterTold: 'listed' });
    box = await outbox(t);
    const restMessage = box.filter((m) => m.purpose === 'rooms.series_cancelled');
    expect(restMessage).toHaveLength(1);
    expect(restMessage[0].entityType).toBe('room_series');
    for (const d of ['24/03/2026', '31/03/2026', '07/04/2026']) expect(restMessage[0].body).toContain(d);
    expect(restMessage[0].body).not.toContain('17/03/2026');

    // the whole series: what is left (3 and 17 March)
    const all = await t.as('logistics', { method: 'POST', url: `/api/rooms/series/${sid}/cancel`, payload: {} });
    expect(all.json()).toEqual({ cancelled: 2, requesterTold: 'listed' });
    const allMessage = (await outbox(t)).filter((m) => m.purpose === 'rooms.series_cancelled');
    expect(allMessage).toHaveLength(2);
    expect(allMessage.some((m) => m.body.includes('03/03/2026') && m.body.includes('17/03/2026'))).toBe(true);
    // nothing left to cancel: no message
    expect((await t.as('logistics', { method: 'POST', url: `/api/rooms/series/${sid}/cancel`, payload: {} })).json()).toEqual({ cancelled: 0, requesterTold: 'none' });
    expect((await outbox(t)).filter((m) => m.purpose === 'rooms.series_cancelled')).toHaveLength(2);
    expect(first.id).toBeGreaterThan(0);
  });

  it('a move and an edit of purpose or attendees tell the requester what the booking is now; an edit that changes nothing does not', async () => {
    const b = await t.as('logistics', { method: 'POST', url: '/api/rooms/bookings', payload: { roomId: horizon, date: '2026-03-12', startTime: '09:00', endTime: '11:00', purpose: 'Jury', ...contact } });
    expect(b.statusCode, b.body).toBe(201);
    const id = b.json().id;
    const moved = await t.as('logistics', { method: 'POST', url: `/api/rooms/bookings/${id}/move`, payload: { roomId: familia, date: '2026-03-13', startTime: '10:00', endTime: '12:00' } });
    expect(moved.json()).toMatchObject({ roomName: 'Salle Familia', requesterTold: 'listed' });
    const edited = await t.as('logistics', { method: 'PATCH', url: `/api/rooms/bookings/${id}`, payload: { purpose: 'Jury de sélection', attendees: 12 } });
    expect(edited.json()).toMatchObject({ purpose: 'Jury de sélection', requesterTold: 'listed' });
    const same = await t.as('logistics', { method: 'PATCH', url: `/api/rooms/bookings/${id}`, payload: { purpose: 'Jury de sélection' } });
    expect(same.json().requesterTold).toBe('none');
    const changed = (await outbox(t)).filter((m) => m.purpose === 'rooms.booking_changed');
    expect(changed).toHaveLength(2);
    expect(changed.some((m) => m.body.includes('Salle Familia — 13/03/2026 10:00-12:00') && m.body.includes('Salle Horizon — 12/03/2026 09:00-11:00'))).toBe(true);
    expect(changed.some((m) => m.body.includes('Jury de sélection'))).toBe(true);
  });

  it('a booking that names no contact: nobody to tell, and the answer says so', async () => {
    const b = await t.as('logistics', { method: 'POST', url: '/api/rooms/bookings', payload: { roomId: horizon, date: '2026-03-16', startTime: '09:00', endTime: '10:00', purpose: 'Réunion interne' } });
    const before = (await outbox(t)).length;
    expect((await t.as('logistics', { method: 'POST', url: `/api/rooms/bookings/${b.json().id}/cancel`, payload: {} })).json().requesterTold).toBe('none');
    expect((await outbox(t)).length).toBe(before);
  });

  it('with a mail server set, the answer says e-mailed', async () => {
    const [room] = (await withMail.as('logistics', { method: 'GET', url: '/api/rooms' })).json().items as { id: number }[];
    const created = await series(withMail, { roomId: room.id, firstDay: '2026-03-03', startTime: '14:00', endTime: '16:00', rrule: 'FREQ=WEEKLY;COUNT=2', purpose: 'Atelier', ...contact });
    const sid = created.json().series.id;
    const one = await withMail.as('logistics', { method: 'POST', url: `/api/rooms/bookings/${created.json().bookings[0].id}/cancel`, payload: {} });
    expect(one.json().requesterTold).toBe('email');
    expect((await withMail.as('logistics', { method: 'POST', url: `/api/rooms/series/${sid}/cancel`, payload: {} })).json()).toEqual({ cancelled: 1, requesterTold: 'email' });
  });
});

describe('a weekly series with dates not free: another room or time for each', () => {
  it('names each date not free with the rooms free then, and books the others in another room or at another time in the same request', async () => {
    // Horizon is taken on 2 of the 4 Thursdays at 14:00
    for (const date of ['2026-04-09', '2026-04-16'])
      expect((await t.as('logistics', { method: 'POST', url: '/api/rooms/bookings', payload: { roomId: horizon, date, startTime: '13:00', endTime: '15:00', purpose: 'Permanence' } })).statusCode).toBe(201);
    const payload = { roomId: horizon, firstDay: '2026-04-02', startTime: '14:00', endTime: '16:00', rrule: 'FREQ=WEEKLY;COUNT=4', purpose: 'Table de conversation', attendees: 12 };
    const refused = await series(t, payload);
    expect(refused.statusCode).toBe(409);
    const conflicts = refused.json().conflicts as { day: string; reason: string; freeRooms: { id: number; name: string }[] }[];
    expect(conflicts.map((c) => c.day)).toEqual(['2026-04-09', '2026-04-16']);
    for (const c of conflicts) expect(c.freeRooms.map((r) => r.name)).toEqual(['Salle Familia']);

    // 9 April in Familia, 16 April in Horizon later (16:00-18:00)
    const booked = await series(t, { ...payload, instead: [{ day: '2026-04-09', roomId: familia }, { day: '2026-04-16', startTime: '16:00', endTime: '18:00' }] });
    expect(booked.statusCode, booked.body).toBe(201);
    expect(booked.json().skipped).toEqual([]);
    const list = (booked.json().bookings as { roomName: string; startsAt: string; endsAt: string; detached: boolean; seriesId: number }[]).map((b) => [b.roomName, b.startsAt, b.endsAt, b.detached]);
    expect(list).toEqual([
      ['Salle Horizon', '2026-04-02T12:00:00.000Z', '2026-04-02T14:00:00.000Z', false],
      ['Salle Familia', '2026-04-09T12:00:00.000Z', '2026-04-09T14:00:00.000Z', true],
      ['Salle Horizon', '2026-04-16T14:00:00.000Z', '2026-04-16T16:00:00.000Z', true],
      ['Salle Horizon', '2026-04-23T12:00:00.000Z', '2026-04-23T14:00:00.000Z', false],
    ]);
    expect(new Set((booked.json().bookings as { seriesId: number }[]).map((b) => b.seriesId)).size).toBe(1);

    // a choice that is not free either is named again, and nothing is booked
    const again = await series(t, { ...payload, firstDay: '2026-04-09', rrule: 'FREQ=WEEKLY;COUNT=1', instead: [{ day: '2026-04-09', startTime: '14:30', endTime: '15:30' }] });
    expect(again.statusCode).toBe(409);
    expect(again.json().conflicts).toMatchObject([{ day: '2026-04-09', reason: 'taken' }]);
    // a room too small for the attendees is refused as such
    const small = await t.as('logistics', { method: 'POST', url: '/api/rooms', payload: { name: 'Bureau 3', capacity: 4 } });
    const tooSmall = await series(t, { ...payload, firstDay: '2026-05-07', instead: [{ day: '2026-05-14', roomId: small.json().id }] });
    expect(tooSmall.statusCode).toBe(400);
    expect(tooSmall.json().errors[0]).toMatchObject({ path: 'body.instead' });
  });
});
