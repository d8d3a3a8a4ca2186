import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import ICAL from 'ical.js';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { brusselsDay, brusselsTime } from '../../platform/brussels-time';

// Monday 2 March 2026, 10:00 in Brussels.
const NOW = '2026-03-02T09:00:00Z';

let t: TestApp;
let smtp: SMTPServer;
const mails: { to: string; raw: string }[] = [];
let familia: number;
let horizon: number;
let atelier: number;
let actiris: number; // internal partner
let langues: number; // outside body

const count = async (table: string) => Number((await t.database.rows<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`)))[0].n);
const problem = (res: { statusCode: number; headers: Record<string, unknown> }, status: number) => {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
};
const book = (role: Parameters<TestApp['as']>[0], payload: Record<string, unknown>) => t.as(role, { method: 'POST', url: '/api/rooms/bookings', payload });
/** The mail as a person reads it (nodemailer sends accented text quoted-printable). */
function decodeQuotedPrintable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const m = joined[i] === '=' && /^[0-9A-F]{2}$/.test(joined.slice(i + 1, i + 3));
    if (m) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}
/** The outbox's job sends what waits (every minute in the server); the test runs it until the mails arrived. */
const waitForMail = async (n: number) => {
  for (let i = 0; i < 100 && mails.length < n; i++) {
    await t.app.relais.ctx.outbox.sendPending();
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(mails.length).toBeGreaterThanOrEqual(n);
};

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw: decodeQuotedPrintable(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  const port = (smtp.server.address() as { port: number }).port;
  t = await createTestApp({ clock: NOW, env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });

  const room = async (payload: Record<string, unknown>) => {
    const res = await t.as('logistics', { method: 'POST', url: '/api/rooms', payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  familia = await room({ name: 'Salle Familia', capacity: 30, equipment: ['projector', 'interactive_screen'], halfDayPriceCents: 6000, dayPriceCents: 10000 });
  horizon = await room({ name: 'Salle Horizon', capacity: 20, equipment: ['projector', 'video_conference'], halfDayPriceCents: 5000, dayPriceCents: 8500 });
  atelier = await room({ name: 'Salle Atelier', capacity: 10, equipment: [], halfDayPriceCents: 4000, dayPriceCents: 7000 });
  const org = async (payload: Record<string, unknown>) => {
    const res = await t.as('admin', { method: 'POST', url: '/api/organisations', payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  actiris = await org({ name: 'Actiris', type: 'public_employment', isInternalPartner: true });
  langues = await org({ name: 'Atelier des Langues', type: 'association' });
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r()));
});

describe('rooms and bookings', () => {
  it('refuses bad input with a problem and writes nothing', async () => {
    const before = await count('room_bookings');
    const audits = await count('audit_log');
    // end before start
    problem(await book('logistics', { roomId: familia, startsAt: '2026-03-10T12:00:00+01:00', endsAt: '2026-03-10T09:00:00+01:00', purpose: 'x' }), 400);
    // a room that does not exist
    problem(await book('logistics', { roomId: 99999, startsAt: '2026-03-10T09:00:00+01:00', endsAt: '2026-03-10T12:00:00+01:00', purpose: 'x' }), 404);
    // an unknown field, a room too small
    problem(await book('logistics', { roomId: familia, startsAt: '2026-03-10T09:00:00+01:00', endsAt: '2026-03-10T12:00:00+01:00', purpose: 'x', hack: 1 }), 400);
    problem(await book('logistics', { roomId: atelier, startsAt: '2026-03-10T09:00:00+01:00', endsAt: '2026-03-10T12:00:00+01:00', purpose: 'x', attendees: 25 }), 400);
    // a 10-year recurrence without end, one with too many dates, an invalid rule
    for (const rrule of ['FREQ=WEEKLY;BYDAY=TU', 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20360630', 'FREQ=DAILY;COUNT=500', 'FREQ=HOURLY;COUNT=3', 'FREQ=WEEKLY;BYDAY=XX;COUNT=3']) {
      const res = await t.as('logistics', { method: 'POST', url: '/api/rooms/series', payload: { roomId: familia, firstDay: '2026-03-03', startTime: '09:00', endTime: '12:00', rrule, purpose: 'FLE' } });
      problem(res, 400);
    }
    expect(await count('room_bookings')).toBe(before);
    expect(await count('room_series')).toBe(0);
    expect(await count('audit_log')).toBe(audits);
  });

  it('confirms one booking and refuses an overlapping one with 409 naming the collision and the free rooms', async () => {
    const first = await book('logistics', { roomId: familia, startsAt: '2026-03-09T09:00:00+01:00', endsAt: '2026-03-09T12:00:00+01:00', purpose: 'Jury', organisationId: langues, attendees: 15 });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: 'confirmed', roomName: 'Salle Familia', organisationName: 'Atelier des Langues', amountCents: 6000 });
    const before = await count('room_bookings');
    const clash = await book('logistics', { roomId: familia, startsAt: '2026-03-09T11:00:00+01:00', endsAt: '2026-03-09T13:00:00+01:00', purpose: 'Autre', attendees: 15 });
    problem(clash, 409);
    const body = clash.json();
    expect(body.code).toBe('error.room_taken');
    expect(body.collidesWith).toMatchObject({ id: first.json().id, roomName: 'Salle Familia' });
    // Horizon (20 seats) is free; Atelier (10 seats) is too small for 15 people.
    expect(body.freeRooms.map((r: { name: string }) => r.name)).toEqual(['Salle Horizon']);
    expect(await count('room_bookings')).toBe(before);
    // Touching ends do not overlap.
    const after = await book('logistics', { roomId: familia, startsAt: '2026-03-09T12:00:00+01:00', endsAt: '2026-03-09T13:00:00+01:00', purpose: 'Midi' });
    expect(after.statusCode).toBe(201);
  });

  it('finds free rooms by capacity, equipment and time', async () => {
    const q = (s: string) => t.as('trainer', { method: 'GET', url: `/api/rooms/free?${s}` });
    const at = 'startsAt=2026-03-09T10:00:00%2B01:00&endsAt=2026-03-09T11:00:00%2B01:00';
    expect((await q(`${at}&capacity=5`)).json().items.map((r: { name: string }) => r.name)).toEqual(['Salle Atelier', 'Salle Horizon']);
    expect((await q(`${at}&equipment=video_conference`)).json().items.map((r: { name: string }) => r.name)).toEqual(['Salle Horizon']);
    expect((await q('startsAt=2026-03-09T14:00:00%2B01:00&endsAt=2026-03-09T15:00:00%2B01:00&equipment=projector')).json().items).toHaveLength(2);
    problem(await q(`${at}&equipment=jacuzzi`), 400);
  });

  it('refuses a booking during a closure of the room', async () => {
    const c = await t.as('logistics', { method: 'POST', url: `/api/rooms/${horizon}/closures`, payload: { startsAt: '2026-03-16T00:00:00+01:00', endsAt: '2026-03-21T00:00:00+01:00', reason: 'Peinture' } });
    expect(c.statusCode, c.body).toBe(201);
    const before = await count('room_bookings');
    const res = await book('logistics', { roomId: horizon, startsAt: '2026-03-17T09:00:00+01:00', endsAt: '2026-03-17T12:00:00+01:00', purpose: 'x' });
    problem(res, 409);
    expect(res.json().code).toBe('error.room_closed');
    expect(await count('room_bookings')).toBe(before);
    // overlapping closures are refused by the database constraint
    problem(await t.as('logistics', { method: 'POST', url: `/api/rooms/${horizon}/closures`, payload: { startsAt: '2026-03-20T00:00:00+01:00', endsAt: '2026-03-22T00:00:00+01:00' } }), 409);
    // the room does not appear among free rooms during the closure
    const free = await t.as('logistics', { method: 'GET', url: '/api/rooms/free?startsAt=2026-03-17T09:00:00%2B01:00&endsAt=2026-03-17T10:00:00%2B01:00' });
    expect(free.json().items.map((r: { id: number }) => r.id)).not.toContain(horizon);
  });

  it('keeps a weekly 9:00 booking at 9:00 Brussels time across both daylight-saving changes', async () => {
    const res = await t.as('logistics', {
      method: 'POST',
      url: '/api/rooms/series',
      payload: { roomId: atelier, firstDay: '2026-03-16', startTime: '09:00', endTime: '12:00', rrule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20261109', purpose: 'FLE', organisationId: langues },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { bookings, series } = res.json();
    expect(bookings).toHaveLength(35);
    const days = bookings.map((b: { startsAt: string }) => brusselsDay(new Date(b.startsAt)));
    expect(days).toContain('2026-03-23');
    expect(days).toContain('2026-03-30'); // after the last Sunday of March
    expect(days).toContain('2026-11-02'); // after the last Sunday of October
    for (const b of bookings) {
      expect(brusselsTime(new Date(b.startsAt))).toBe('09:00');
      expect(brusselsTime(new Date(b.endsAt))).toBe('12:00');
    }
    // the instants differ: 08:00Z in winter, 07:00Z in summer
    expect(bookings[0].startsAt).toBe('2026-03-16T08:00:00.000Z');
    expect(bookings.find((b: { startsAt: string }) => b.startsAt.startsWith('2026-03-30')).startsAt).toBe('2026-03-30T07:00:00.000Z');
    expect(bookings.find((b: { startsAt: string }) => b.startsAt.startsWith('2026-11-02')).startsAt).toBe('2026-11-02T08:00:00.000Z');

    // Move one occurrence, cancel another; the rest of the series stays.
    const moved = await t.as('logistics', { method: 'POST', url: `/api/rooms/bookings/${bookings[1].id}/move`, payload: { startsAt: '2026-03-24T13:30:00+01:00' } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ detached: true, seriesId: series.id, startsAt: '2026-03-24T12:30:00.000Z', endsAt: '2026-03-24T15:30:00.000Z' });
    const cancelled = await t.as('logistics', { method: 'POST', url: `/api/rooms/bookings/${bookings[2].id}/cancel`, payload: {} });
    expect(cancelled.json().status).toBe('cancelled');
    const s = await t.as('trainer', { method: 'GET', url: `/api/rooms/series/${series.id}` });
    expect(s.json().bookings.filter((b: { status: string }) => b.status === 'confirmed')).toHaveLength(34);
    // every second week, with an interval
    const biweekly = await t.as('logistics', {
      method: 'POST',
      url: '/api/rooms/series',
      payload: { roomId: familia, firstDay: '2026-04-01', startTime: '14:00', endTime: '16:00', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;COUNT=5', purpose: 'Info' },
    });
    expect(biweekly.json().bookings.map((b: { startsAt: string }) => brusselsDay(new Date(b.startsAt)))).toEqual(['2026-04-01', '2026-04-15', '2026-04-29', '2026-05-13', '2026-05-27']);
  });

  it('refuses to move a booking onto a taken slot, and a closure over live bookings', async () => {
    const other = await book('logistics', { roomId: horizon, startsAt: '2026-03-09T09:00:00+01:00', endsAt: '2026-03-09T10:00:00+01:00', purpose: 'Court' });
    expect(other.statusCode).toBe(201);
    const moved = await t.as('logistics', { method: 'POST', url: `/api/rooms/bookings/${other.json().id}/move`, payload: { roomId: familia } });
    problem(moved, 409);
    expect(moved.json().collidesWith.roomName).toBe('Salle Familia');
    expect((await t.as('logistics', { method: 'GET', url: `/api/rooms/bookings/${other.json().id}` })).json()).toMatchObject({ roomId: horizon });
    const closures = await count('room_closures');
    const closing = await t.as('logistics', { method: 'POST', url: `/api/rooms/${horizon}/closures`, payload: { startsAt: '2026-03-09T00:00:00+01:00', endsAt: '2026-03-10T00:00:00+01:00' } });
    problem(closing, 409);
    expect(closing.json().bookings[0].id).toBe(other.json().id);
    expect(await count('room_closures')).toBe(closures);
    expect((await t.as('logistics', { method: 'POST', url: `/api/rooms/bookings/${other.json().id}/cancel`, payload: {} })).json().status).toBe('cancelled');
  });

  it('refuses a series that collides, unless asked to skip the taken dates', async () => {
    const payload = { roomId: familia, firstDay: '2026-03-02', startTime: '10:00', endTime: '11:00', rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=3', purpose: 'Réunion' };
    const before = await count('room_bookings');
    const res = await t.as('logistics', { method: 'POST', url: '/api/rooms/series', payload });
    problem(res, 409);
    expect(res.json().conflicts).toHaveLength(1); // 9 March 9:00-12:00 is taken
    expect(await count('room_bookings')).toBe(before);
    const skip = await t.as('logistics', { method: 'POST', url: '/api/rooms/series', payload: { ...payload, skipConflicts: true } });
    expect(skip.statusCode).toBe(201);
    expect(skip.json().bookings).toHaveLength(2);
    expect(skip.json().skipped[0]).toMatchObject({ reason: 'taken' });
  });

  it('lets other staff request (not confirm) and logistics decide', async () => {
    const req = await book('trainer', { roomId: horizon, startsAt: '2026-03-11T09:00:00+01:00', endsAt: '2026-03-11T12:00:00+01:00', purpose: 'Formation REF', status: 'confirmed', activity: { kind: 'training_session', id: 7 } });
    expect(req.statusCode, req.body).toBe(201);
    expect(req.json()).toMatchObject({ status: 'requested', activity: { kind: 'training_session', id: 7 } });
    const id = req.json().id;
    expect((await t.as('trainer', { method: 'POST', url: `/api/rooms/bookings/${id}/confirm`, payload: {} })).statusCode).toBe(403);
    expect((await t.as('reception', { method: 'POST', url: `/api/rooms/bookings/${id}/cancel`, payload: {} })).statusCode).toBe(403);
    expect((await t.as('trainer', { method: 'POST', url: '/api/rooms', payload: { name: 'X', capacity: 3 } })).statusCode).toBe(403);
    const ok = await t.as('logistics', { method: 'POST', url: `/api/rooms/bookings/${id}/confirm`, payload: { message: 'OK' } });
    expect(ok.json().status).toBe('confirmed');
    problem(await t.as('logistics', { method: 'POST', url: `/api/rooms/bookings/${id}/refuse`, payload: {} }), 409);
    // calendar data shows it
    const cal = await t.as('trainer', { method: 'GET', url: '/api/rooms/calendar?from=2026-03-09&days=14' });
    const h = cal.json().rooms.find((r: { id: number }) => r.id === horizon);
    expect(h.bookings.map((b: { id: number }) => b.id)).toContain(id);
    expect(h.closures).toHaveLength(1);
  });
});

describe('public side', () => {
  it('shows the free slots of a day without saying who booked', async () => {
    const res = await t.as(null, { method: 'GET', url: `/api/public/rooms/${familia}/free-slots?date=2026-03-09` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ date: '2026-03-09', opening: [{ from: '08:30', to: '16:30' }], free: [{ from: '08:30', to: '09:00' }, { from: '13:00', to: '16:30' }] });
    expect(res.body).not.toContain('Atelier des Langues');
    expect(res.body).not.toContain('Jury');
  });

  it('takes a request from the public form, emails the requester and lets logistics confirm it', async () => {
    const before = await count('room_bookings');
    const res = await t.as(null, {
      method: 'POST',
      url: '/api/public/rooms/requests',
      remoteAddress: '203.0.113.1',
      payload: { roomId: familia, date: '2026-03-12', startTime: '13:30', endTime: '16:30', organisation: 'Centre du Quartier', contactName: 'Nadia Haddad', contactEmail: 'nadia@example.org', purpose: 'Cours de couture', attendees: 12 },
    });
    expect(res.statusCode, res.body).toBe(202);
    const { reference } = res.json();
    expect(reference).toMatch(/^SAL-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(await count('room_bookings')).toBe(before + 1);
    await waitForMail(1);
    expect(mails.at(-1)!.to).toBe('nadia@example.org');
    expect(mails.at(-1)!.raw).toContain(reference);

    const pending = await t.as('logistics', { method: 'GET', url: '/api/rooms/bookings?status=requested&roomId=' + familia });
    const b = pending.json().items.find((x: { reference: string }) => x.reference === reference);
    expect(b).toMatchObject({ source: 'public', requesterOrganisation: 'Centre du Quartier', amountCents: 6000 });
    const ok = await t.as('logistics', { method: 'POST', url: `/api/rooms/bookings/${b.id}/confirm`, payload: { message: 'La salle sera disposée en U.' } });
    expect(ok.statusCode).toBe(200);
    await waitForMail(2);
    expect(mails.at(-1)!.raw).toContain('disposée en U');
    const status = await t.as(null, { method: 'GET', url: `/api/public/rooms/requests/${reference}` });
    expect(status.json()).toMatchObject({ status: 'confirmed', room: 'Salle Familia', date: '2026-03-12', startTime: '13:30', endTime: '16:30' });
    expect(status.body).not.toContain('nadia');

    // A refused request is mailed too.
    const r2 = await t.as(null, {
      method: 'POST',
      url: '/api/public/rooms/requests',
      remoteAddress: '203.0.113.1',
      payload: { roomId: horizon, date: '2026-03-13', startTime: '09:00', endTime: '10:00', organisation: 'X', contactName: 'Y', contactEmail: 'y@example.org', purpose: 'Z', attendees: 2 },
    });
    const pending2 = await t.as('logistics', { method: 'GET', url: '/api/rooms/bookings?status=requested&roomId=' + horizon });
    const b2 = pending2.json().items.find((x: { reference: string }) => x.reference === r2.json().reference);
    await t.as('logistics', { method: 'POST', url: `/api/rooms/bookings/${b2.id}/refuse`, payload: { message: 'Salle réservée à un partenaire.' } });
    await waitForMail(4);
    expect(mails.find((m) => m.to === 'y@example.org' && m.raw.includes('partenaire'))).toBeTruthy();
  });

  it('answers a robot that filled the honeypot as if accepted, and stores nothing', async () => {
    const before = await count('room_bookings');
    const audits = await count('audit_log');
    const res = await t.as(null, {
      method: 'POST',
      url: '/api/public/rooms/requests',
      remoteAddress: '198.51.100.9',
      payload: { roomId: familia, date: '2026-03-12', startTime: '09:00', endTime: '10:00', organisation: 'Spam', contactName: 'Spam', contactEmail: 'spam@example.org', purpose: 'Buy', attendees: 2, website: 'http://spam.example' },
    });
    expect(res.statusCode).toBe(202);
    expect(res.json().reference).toMatch(/^SAL-/);
    expect(await count('room_bookings')).toBe(before);
    expect(await count('audit_log')).toBe(audits);
  });

  it('limits public requests to 5 an hour per IP (counted in the database)', async () => {
    const send = (ip: string, i: number) =>
      t.as(null, {
        method: 'POST',
        url: '/api/public/rooms/requests',
        remoteAddress: ip,
        payload: { roomId: atelier, date: '2026-04-0' + (1 + i), startTime: '14:00', endTime: '15:00', organisation: 'O', contactName: 'C', contactEmail: 'c@example.org', purpose: 'P', attendees: 2 },
      });
    for (let i = 0; i < 5; i++) expect((await send('192.0.2.7', i)).statusCode).toBe(202);
    const before = await count('room_bookings');
    const sixth = await send('192.0.2.7', 5);
    problem(sixth, 429);
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    expect(await count('room_bookings')).toBe(before);
    expect((await send('192.0.2.8', 5)).statusCode).toBe(202); // another IP is not limited
  });

  it('refuses a public request for a taken slot or in the past without saying who has it', async () => {
    const taken = await t.as(null, {
      method: 'POST',
      url: '/api/public/rooms/requests',
      remoteAddress: '203.0.113.50',
      payload: { roomId: familia, date: '2026-03-09', startTime: '10:00', endTime: '11:00', organisation: 'O', contactName: 'C', contactEmail: 'c@example.org', purpose: 'P', attendees: 2 },
    });
    problem(taken, 409);
    expect(taken.body).not.toContain('Atelier des Langues');
    problem(
      await t.as(null, {
        method: 'POST',
        url: '/api/public/rooms/requests',
        remoteAddress: '203.0.113.50',
        payload: { roomId: familia, date: '2026-02-09', startTime: '10:00', endTime: '11:00', organisation: 'O', contactName: 'C', contactEmail: 'c@example.org', purpose: 'P', attendees: 2 },
      }),
      400,
    );
  });

  it('shows the occupation of the day and week, naming an organisation only when it agreed', async () => {
    // Today (Monday 2 March): a booking by Actiris (agrees) and one by Atelier des Langues (does not).
    expect((await book('logistics', { roomId: horizon, startsAt: '2026-03-02T09:00:00+01:00', endsAt: '2026-03-02T10:30:00+01:00', purpose: 'Info', organisationId: actiris })).statusCode).toBe(201);
    expect((await book('logistics', { roomId: atelier, startsAt: '2026-03-02T13:30:00+01:00', endsAt: '2026-03-02T15:00:00+01:00', purpose: 'FLE', organisationId: langues })).statusCode).toBe(201);
    expect((await t.as('logistics', { method: 'PUT', url: `/api/rooms/organisations/${actiris}`, payload: { showPublicly: true } })).statusCode).toBe(200);
    const res = await t.as(null, { method: 'GET', url: '/api/public/rooms/occupation' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toMatch(/public, max-age=\d+/);
    const data = res.json();
    expect(data.week).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    const hz = data.rooms.find((r: { id: number }) => r.id === horizon);
    expect(hz.today).toEqual([expect.objectContaining({ from: '09:00', to: '10:30', organisation: 'Actiris' })]);
    const at = data.rooms.find((r: { id: number }) => r.id === atelier);
    expect(at.today).toEqual([expect.objectContaining({ from: '13:30', to: '15:00', organisation: null })]);
    expect(res.body).not.toContain('Atelier des Langues');
    expect(res.body).not.toContain('FLE');
    // booking-level consent overrides
    const next = await t.as(null, { method: 'GET', url: '/api/public/rooms/occupation?date=2026-03-09' });
    const fam = next.json().rooms.find((r: { id: number }) => r.id === familia);
    expect(fam.week.length).toBeGreaterThanOrEqual(2);

    const screen = await t.as(null, { method: 'GET', url: '/api/public/rooms/screen' });
    expect(screen.statusCode).toBe(200);
    expect(screen.headers['cache-control']).toContain('max-age');
    const sh = screen.json().rooms.find((r: { id: number }) => r.id === horizon);
    expect(sh.bookings).toEqual([expect.objectContaining({ from: '09:00', to: '10:30', organisation: 'Actiris', now: true })]);
    expect(screen.body).not.toContain('@');
  });

  it('publishes valid iCalendar feeds in Europe/Brussels without personal data', async () => {
    for (const url of ['/api/public/rooms/calendar.ics', `/api/public/rooms/${atelier}/calendar.ics`]) {
      const res = await t.as(null, { method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/calendar');
      expect(res.body).not.toContain('@example.org');
      expect(res.body).not.toContain('Nadia');
      const cal = new ICAL.Component(ICAL.parse(res.body));
      expect(cal.name).toBe('vcalendar');
      const tz = cal.getFirstSubcomponent('vtimezone');
      expect(tz?.getFirstPropertyValue('tzid')).toBe('Europe/Brussels');
      ICAL.TimezoneService.register(tz!);
      const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events.length).toBeGreaterThan(0);
      if (url.includes(`/${atelier}/`)) {
        // the weekly 9:00 series: 9:00 in Brussels before and after the clocks change
        const nineOclock = events.filter((e) => e.summary === 'Occupé / Bezet' && e.startDate.hour === 9);
        expect(nineOclock.length).toBeGreaterThan(20);
        // (30 March was cancelled above; 6 April is the first Monday after the change)
        const april6 = events.find((e) => e.startDate.toString().startsWith('2026-04-06'))!;
        expect(april6.startDate.zone?.tzid).toBe('Europe/Brussels');
        expect(april6.startDate.toJSDate().toISOString()).toBe('2026-04-06T07:00:00.000Z');
        const march16 = events.find((e) => e.startDate.toString().startsWith('2026-03-16'))!;
        expect(march16.startDate.toJSDate().toISOString()).toBe('2026-03-16T08:00:00.000Z');
      } else {
        expect(events.some((e) => e.summary === 'Actiris')).toBe(true);
      }
    }
    problem(await t.as(null, { method: 'GET', url: '/api/public/rooms/99999/calendar.ics' }), 404);
  });
});

describe('what a public requester gives stays with the room managers', () => {
  const MARKERS = ['Zoé Marqueur', 'zoe.marqueur@example.org', '+32 470 99 88 77', 'Famille Marqueur'];
  let bookingId: number;
  let salon: number;
  const leaks = (body: string) => MARKERS.filter((m) => body.includes(m));

  it('only logistics and the admin read the name, e-mail, phone and body of a public requester, in every answer', async () => {
    const created = await t.as('logistics', { method: 'POST', url: '/api/rooms', payload: { name: 'Salon Senne', capacity: 12, halfDayPriceCents: 3000, dayPriceCents: 5000 } });
    expect(created.statusCode, created.body).toBe(201);
    salon = created.json().id;
    const res = await t.as(null, {
      method: 'POST',
      url: '/api/public/rooms/requests',
      remoteAddress: '203.0.113.77',
      payload: { roomId: salon, date: '2026-03-19', startTime: '14:00', endTime: '16:00', organisation: 'Famille Marqueur', contactName: 'Zoé Marqueur', contactEmail: 'zoe.marqueur@example.org', contactPhone: '+32 470 99 88 77', purpose: 'Réunion de quartier', attendees: 8, showPublicly: true },
    });
    expect(res.statusCode, res.body).toBe(202);
    const { reference } = res.json();
    const pending = (await t.as('logistics', { method: 'GET', url: `/api/rooms/bookings?status=requested&roomId=${salon}` })).json();
    const mine = pending.items.find((b: { reference: string }) => b.reference === reference);
    expect(mine).toMatchObject({ contactName: 'Zoé Marqueur', contactEmail: 'zoe.marqueur@example.org', contactPhone: '+32 470 99 88 77', requesterOrganisation: 'Famille Marqueur' });
    bookingId = mine.id;
    expect((await t.as('logistics', { method: 'POST', url: `/api/rooms/bookings/${bookingId}/confirm`, payload: {} })).statusCode).toBe(200);

    const staffUrls = [
      '/api/rooms/bookings?from=2026-03-01&to=2026-03-31&limit=1000',
      `/api/rooms/bookings/${bookingId}`,
      '/api/rooms/calendar?from=2026-03-16&days=7',
      // the messages to the requester wait in the outbox, listed to the room managers only
      '/api/outbox?limit=200',
    ];
    const statsUrls = ['/api/rooms/statements?month=2026-03', '/api/rooms/statements/export?month=2026-03&format=csv', '/api/rooms/stats?year=2026', '/api/audit?limit=200'];
    const publicUrls = ['/api/public/rooms/occupation?date=2026-03-19', '/api/public/rooms/calendar.ics', `/api/public/rooms/${salon}/calendar.ics`];
    const bodyOf = async (role: Parameters<TestApp['as']>[0], url: string) => {
      const r = await t.as(role, { method: 'GET', url });
      expect(r.statusCode, `${role} ${url}: ${r.body}`).toBe(200);
      return r.body;
    };
    // Communication, reception, trainers, social workers... see that the room is taken, not by whom.
    for (const role of ['communication', 'reception', 'trainer', 'project_officer', 'social_worker', 'director'] as const) {
      for (const url of staffUrls) expect(leaks(await bodyOf(role, url)), `${role} ${url}`).toEqual([]);
      const one = (await t.as(role, { method: 'GET', url: `/api/rooms/bookings/${bookingId}` })).json();
      expect(one).toMatchObject({ id: bookingId, status: 'confirmed', contactName: null, contactEmail: null, contactPhone: null, requesterOrganisation: null, organisationName: null });
      // a booking over it is refused without saying who has the room
      const clash = await book(role, { roomId: salon, startsAt: '2026-03-19T14:30:00+01:00', endsAt: '2026-03-19T15:00:00+01:00', purpose: 'Entretien' });
      expect(clash.statusCode).toBe(409);
      expect(leaks(clash.body), `${role}: 409`).toEqual([]);
    }
    // The director reads the figures and the statements: the requesters' bodies are one line there, and the audit log names the request by its reference.
    for (const url of statsUrls) expect(leaks(await bodyOf('director', url)), `director ${url}`).toEqual([]);
    const zip = await JSZip.loadAsync((await t.as('director', { method: 'GET', url: '/api/rooms/stats/export?year=2026&format=csv' })).rawPayload);
    for (const name of Object.keys(zip.files)) expect(leaks(await zip.file(name)!.async('string')), name).toEqual([]);
    const statement = (await t.as('director', { method: 'GET', url: '/api/rooms/statements?month=2026-03' })).json();
    expect(statement.organisations.map((o: { name: string }) => o.name)).toContain('Demandes du public (hors répertoire)');
    // Nor the public pages, even though the requester ticked "show publicly": only an organisation of the registry is named.
    for (const url of publicUrls) expect(leaks(await bodyOf(null, url)), url).toEqual([]);
    const day = (await t.as(null, { method: 'GET', url: '/api/public/rooms/occupation?date=2026-03-19' })).json();
    expect(day.rooms.find((r: { id: number }) => r.id === salon).today).toContainEqual(expect.objectContaining({ from: '14:00', to: '16:00', organisation: null }));

    // The room managers see everything they need to answer the requester.
    for (const role of ['logistics', 'admin'] as const) {
      const b = (await t.as(role, { method: 'GET', url: `/api/rooms/bookings/${bookingId}` })).json();
      expect(b).toMatchObject({ contactName: 'Zoé Marqueur', contactEmail: 'zoe.marqueur@example.org', contactPhone: '+32 470 99 88 77', organisationName: 'Famille Marqueur' });
      expect(await bodyOf(role, '/api/rooms/statements?month=2026-03')).toContain('Famille Marqueur');
      expect(await bodyOf(role, '/api/outbox?limit=200')).toContain('zoe.marqueur@example.org');
    }
  });

  it('a staff member who asked for a room reads back the contact they gave; their colleagues do not', async () => {
    const asked = await book('trainer', { roomId: atelier, startsAt: '2026-03-20T09:00:00+01:00', endsAt: '2026-03-20T10:00:00+01:00', purpose: 'Jury', contactName: 'Marc Formateur', contactPhone: '02 279 00 00' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ contactName: 'Marc Formateur', contactPhone: '02 279 00 00' });
    const seen = (await t.as('communication', { method: 'GET', url: `/api/rooms/bookings/${asked.json().id}` })).json();
    expect(seen).toMatchObject({ purpose: 'Jury', contactName: null, contactPhone: null });
  });

  it('a calendar replaces a moved booking: its SEQUENCE grows by one, the times stay Brussels time across summer time', async () => {
    const still = await book('logistics', { roomId: salon, startsAt: '2026-03-26T10:00:00+01:00', endsAt: '2026-03-26T11:00:00+01:00', purpose: 'Permanence' });
    expect(still.statusCode, still.body).toBe(201);
    // 19 March (winter time) moved to 2 April (summer time), 14:00-16:00 both times
    const moved = await t.as('logistics', { method: 'POST', url: `/api/rooms/bookings/${bookingId}/move`, payload: { startsAt: '2026-04-02T14:00:00+02:00' } });
    expect(moved.statusCode, moved.body).toBe(200);
    const feed = (await t.as(null, { method: 'GET', url: `/api/public/rooms/${salon}/calendar.ics` })).body;
    const cal = new ICAL.Component(ICAL.parse(feed));
    ICAL.TimezoneService.register(cal.getFirstSubcomponent('vtimezone')!);
    const vevents = cal.getAllSubcomponents('vevent');
    const ev = vevents.find((v) => v.getFirstPropertyValue('uid') === `room-booking-${bookingId}@relais`)!;
    expect(ev).toBeTruthy();
    const event = new ICAL.Event(ev);
    expect(event.sequence).toBe(1);
    expect(event.summary).toBe('Occupé / Bezet');
    expect(event.startDate.hour).toBe(14);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-04-02T12:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-04-02T14:00:00.000Z');
    // a booking never moved keeps SEQUENCE 0
    const unmoved = new ICAL.Event(vevents.find((v) => v.getFirstPropertyValue('uid') === `room-booking-${still.json().id}@relais`)!);
    expect(unmoved.sequence ?? 0).toBe(0);
    expect(unmoved.startDate.toJSDate().toISOString()).toBe('2026-03-26T09:00:00.000Z');
  });
});

describe('money and statistics', () => {
  it('makes a monthly statement: internal partners free, others at the half-day or day price, exportable', async () => {
    expect((await book('logistics', { roomId: horizon, startsAt: '2026-03-25T09:00:00+01:00', endsAt: '2026-03-25T16:00:00+01:00', purpose: 'Journée', organisationId: langues })).json().amountCents).toBe(8500);
    expect((await book('logistics', { roomId: horizon, startsAt: '2026-03-26T09:00:00+01:00', endsAt: '2026-03-26T16:00:00+01:00', purpose: 'Journée', organisationId: actiris })).json().amountCents).toBe(0);
    problem(await t.as('trainer', { method: 'GET', url: '/api/rooms/statements?month=2026-03' }), 403);
    problem(await t.as('logistics', { method: 'GET', url: '/api/rooms/statements?month=2026-13' }), 400);
    const res = await t.as('logistics', { method: 'GET', url: `/api/rooms/statements?month=2026-03&organisationId=${langues}` });
    expect(res.statusCode, res.body).toBe(200);
    const st = res.json();
    expect(st.organisations).toHaveLength(1);
    const g = st.organisations[0];
    expect(g.name).toBe('Atelier des Langues');
    // March: the 9:00-12:00 jury (60 €), the 7-hour day (85 €) and the weekly series from 16 March (3 Mondays confirmed, one moved to the afternoon, one cancelled): 4 x 40 €
    const amounts = g.bookings.map((b: { amountCents: number }) => b.amountCents);
    expect(g.totalCents).toBe(amounts.reduce((a: number, b: number) => a + b, 0));
    expect(amounts).toContain(8500);
    expect(amounts).toContain(6000);
    expect(g.bookings.filter((b: { tariff: string }) => b.tariff === 'half_day').length).toBeGreaterThanOrEqual(3);
    const partner = await t.as('director', { method: 'GET', url: `/api/rooms/statements?month=2026-03&organisationId=${actiris}` });
    expect(partner.json().organisations[0]).toMatchObject({ name: 'Actiris', totalCents: 0 });

    const xlsx = await t.as('logistics', { method: 'GET', url: `/api/rooms/statements/export?month=2026-03&organisationId=${langues}&format=xlsx` });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('Organisation');
    const row = ws.getRow(2);
    expect(row.getCell(3).value).toBeInstanceOf(Date);
    expect(typeof row.getCell(9).value).toBe('number');
    let total = 0;
    ws.eachRow((r, i) => i > 1 && (total += Number(r.getCell(9).value)));
    expect(Math.round(total * 100)).toBe(g.totalCents);
    const csv = await t.as('logistics', { method: 'GET', url: `/api/rooms/statements/export?month=2026-03&format=csv` });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Atelier des Langues;Salle Horizon;2026-03-25;09:00;16:00;7;Journée;journée;85');
  });

  it('gives statistics per month, organisation and room, with occupancy and the change on the year before', async () => {
    problem(await t.as('trainer', { method: 'GET', url: '/api/rooms/stats?year=2026' }), 403);
    problem(await t.as('director', { method: 'GET', url: '/api/rooms/stats?year=1800' }), 400);
    const res = await t.as('director', { method: 'GET', url: '/api/rooms/stats?year=2026' });
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    const confirmed = Number(
      (await t.database.rows<{ n: number }>(sql`select count(*)::int as n from room_bookings where status = 'confirmed' and starts_at >= '2026-01-01T00:00:00+01:00' and starts_at < '2027-01-01T00:00:00+01:00'`))[0].n,
    );
    // Nothing in 2025: the year before is 0 and no change can be computed.
    expect(s.bookings).toEqual({ value: confirmed, previous: 0, change: null, unit: 'count' });
    expect(s).toMatchObject({ year: 2026, from: '2026-01-01', to: '2026-12-31', hours: { previous: 0, unit: 'hours' }, amount: { previous: 0, unit: 'euros' } });
    expect(s.hours.value).toBeCloseTo(s.byRoom.reduce((a: number, r: { hours: number }) => a + r.hours, 0), 6);
    expect(s.amount.value).toBeCloseTo(s.byOrganisation.reduce((a: number, o: { amountCents: number }) => a + o.amountCents, 0) / 100, 6);
    expect(s.byMonth).toHaveLength(12);
    expect(s.byMonth.reduce((a: number, m: { bookings: number }) => a + m.bookings, 0)).toBe(confirmed);
    const at = s.byRoom.find((r: { roomId: number }) => r.roomId === atelier);
    // 2026 has 261 weekdays of 8 opening hours (8:30-16:30)
    expect(at.openingHours).toBe(261 * 8);
    expect(at.occupancyRate).toBeCloseTo(at.hoursInOpeningHours / (261 * 8), 6);
    expect(at.occupancyRate).toBeGreaterThan(0);
    expect(s.byOrganisation.find((o: { name: string }) => o.name === 'Atelier des Langues').bookings).toBeGreaterThan(30);
    // the service function the observatory reads
    const direct = await t.app.relais.ctx.services.rooms.statsForYear(2026);
    expect(direct.bookings).toBe(confirmed);

    const xlsx = await t.as('logistics', { method: 'GET', url: '/api/rooms/stats/export?year=2026&format=xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Par salle', 'Par mois', 'Par organisation']);
    expect(typeof wb.worksheets[0].getRow(2).getCell(5).value).toBe('number');
    // Three tables: as csv, a zip of three csv files; in Dutch, Dutch headers and decimal commas.
    const csv = await t.as('logistics', { method: 'GET', url: '/api/rooms/stats/export?year=2026&format=csv', headers: { 'accept-language': 'nl' } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('application/zip');
    expect(csv.headers['content-disposition']).toContain('zalen-statistieken-2026.zip');
    const zip = await JSZip.loadAsync(csv.rawPayload);
    const byRoom = await zip.file('01-Per-zaal.csv')!.async('string');
    expect(byRoom).toContain('Zaal;Reservaties 2026;Gereserveerde uren;Openingsuren;Bezettingsgraad;Reservaties 2025');
    expect(byRoom).toContain(`Salle Atelier;${at.bookings};`);
    expect(byRoom).toContain(String(at.occupancyRate).replace('.', ',').slice(0, 6));
  });
  it('gives the statistics of a period from/to, its opening hours counted on its own days', async () => {
    const res = await t.as('director', { method: 'GET', url: '/api/rooms/stats?from=2026-03-01&to=2026-03-31' });
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    const confirmed = Number(
      (await t.database.rows<{ n: number }>(sql`select count(*)::int as n from room_bookings where status = 'confirmed' and starts_at >= '2026-03-01T00:00:00+01:00' and starts_at < '2026-04-01T00:00:00+02:00'`))[0].n,
    );
    expect(confirmed).toBeGreaterThan(0);
    expect(s).toMatchObject({ year: null, from: '2026-03-01', to: '2026-03-31', bookings: { value: confirmed, previous: 0, change: null } });
    expect(s.byMonth.filter((m: { bookings: number }) => m.bookings > 0).map((m: { month: number }) => m.month)).toEqual([3]);
    // March 2026 has 22 weekdays (Monday 2 to Tuesday 31) of 8 opening hours
    expect(s.byRoom.find((r: { roomId: number }) => r.roomId === atelier).openingHours).toBe(22 * 8);
    const csv = await t.as('logistics', { method: 'GET', url: '/api/rooms/stats/export?from=2026-03-01&to=2026-03-31&format=csv', headers: { 'accept-language': 'nl' } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('zalen-statistieken-2026-03-01_2026-03-31.zip');
    const zip = await JSZip.loadAsync(csv.rawPayload);
    expect(await zip.file('01-Per-zaal.csv')!.async('string')).toContain('Zaal;Reservaties 2026-03-01 – 2026-03-31;Gereserveerde uren;Openingsuren;Bezettingsgraad;Reservaties 2025-03-01 – 2025-03-31');
    problem(await t.as('director', { method: 'GET', url: '/api/rooms/stats?from=2026-03-31&to=2026-03-01' }), 400);
  });
});

describe('booking in Brussels wall time, without computing an offset', () => {
  it('books, moves and closes by day and local hours, across the change to summer time, and refuses the hour that does not exist', async () => {
    const room = (await t.as('logistics', { method: 'POST', url: '/api/rooms', payload: { name: 'Salle Zenne', capacity: 10 } })).json().id;
    // Friday 27 March (winter time), 09:00-11:00 Brussels
    const booked = await book('logistics', { roomId: room, date: '2026-03-27', startTime: '09:00', endTime: '11:00', purpose: 'Atelier CV' });
    expect(booked.statusCode, booked.body).toBe(201);
    expect(booked.json()).toMatchObject({ startsAt: '2026-03-27T08:00:00.000Z', endsAt: '2026-03-27T10:00:00.000Z' });
    // moved to Monday 30 March (summer time), same local hours
    const moved = await t.as('logistics', { method: 'POST', url: `/api/rooms/bookings/${booked.json().id}/move`, payload: { date: '2026-03-30', startTime: '09:00', endTime: '11:00' } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ startsAt: '2026-03-30T07:00:00.000Z', endsAt: '2026-03-30T09:00:00.000Z' });
    // 02:30 on 29 March does not exist in Brussels; half a way of telling, or both ways, are refused too
    for (const payload of [
      { roomId: room, date: '2026-03-29', startTime: '02:30', endTime: '04:00', purpose: 'Nuit' },
      { roomId: room, date: '2026-03-31', startTime: '09:00', purpose: 'Sans fin' },
      { roomId: room, date: '2026-03-31', startTime: '09:00', endTime: '10:00', startsAt: '2026-03-31T09:00:00+02:00', purpose: 'Les deux' },
      { roomId: room, purpose: 'Sans heure' },
    ]) {
      const before = await count('room_bookings');
      const res = await book('logistics', payload);
      problem(res, 400);
      expect(res.json().errors.length, res.body).toBeGreaterThan(0);
      expect(await count('room_bookings')).toBe(before);
    }
    const nl = await t.as('logistics', { method: 'POST', url: '/api/rooms/bookings', headers: { 'accept-language': 'nl' }, payload: { roomId: room, date: '2026-03-29', startTime: '02:30', endTime: '04:00', purpose: 'Nacht' } });
    expect(nl.json().errors).toContainEqual(expect.objectContaining({ message: 'Dit uur bestaat die dag niet in Brussel (overgang naar zomertijd).' }));
    // closed for whole Brussels days, 1 to 3 April (both included)
    const closed = await t.as('logistics', { method: 'POST', url: `/api/rooms/${room}/closures`, payload: { fromDate: '2026-04-01', toDate: '2026-04-03', reason: 'Peinture' } });
    expect(closed.statusCode, closed.body).toBe(201);
    expect(closed.json()).toMatchObject({ startsAt: '2026-03-31T22:00:00.000Z', endsAt: '2026-04-03T22:00:00.000Z' });
  });
});
