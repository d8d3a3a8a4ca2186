import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { newPerson } from '../../../test/builders';
import { fixedClock } from '../../platform/clock';
import { createMailer } from '../../platform/mailer';
import { reminderJob } from './appointments.service';

interface Received {
  to: string[];
  raw: string;
}

/** Decodes the parts of a MIME message this test reads: RFC 2047 words in headers, quoted-printable bodies. */
function decodeWords(s: string): string {
  return s.replace(/=\?utf-8\?([qb])\?(.*?)\?=/gi, (_, enc: string, text: string) =>
    enc.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : qp(text.replace(/_/g, ' ')),
  ).replace(/\?=\s+=\?/g, '');
}
function qp(s: string): string {
  const bytes: number[] = [];
  const src = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '=' && /^[0-9A-F]{2}$/i.test(src.slice(i + 1, i + 3))) {
      bytes.push(parseInt(src.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(src[i]));
  }
  return Buffer.from(bytes).toString('utf8');
}
function subjectOf(raw: string): string {
  const headers = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = headers.split(/\r?\n/).find((l) => /^subject:/i.test(l))!;
  return decodeWords(line.replace(/^subject:\s*/i, '')).replace(/\s+/g, ' ');
}

// Tuesday 3 March 2026, 10:00 in Brussels: the reminders go out for Wednesday 4 March.
const clock = fixedClock('2026-03-03T09:00:00Z');
const inbox: Received[] = [];
let smtp: SMTPServer;
let t: TestApp;
let deskId: number;


beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  t = await createTestApp({ clock, mailer: createMailer(`smtp://127.0.0.1:${port}`, 'Relais <relais@test.local>') });
  const site = await t.as('admin', {
    method: 'POST',
    url: '/api/sites',
    payload: { name: 'Espace Social Télé-Service', kind: 'desk', address: "Boulevard de l'Abattoir 27", postalCode: '1000', openingHours: [{ weekday: 3, from: '09:00', to: '12:00' }] },
  });
  const desk = await t.as('social_worker', {
    method: 'POST',
    url: '/api/appointment-desks',
    payload: { siteId: site.json().id, name: 'Permanence emploi', staffUserId: await t.userIdFor('social_worker'), hours: [{ weekday: 3, from: '09:00', to: '12:00' }] },
  });
  deskId = desk.json().id;
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('reminders the day before', () => {
  it('e-mails those who agreed to e-mail, with the time in Brussels; the others are on the list to call', async () => {
    const withConsent = await newPerson(t, { firstName: 'Hélène', lastName: 'Dubois', email: 'helene@example.org', phone: '0470 11 22 33', languages: ['fr'], consents: ['data_processing', 'contact_by_email'] });
    const dutch = await newPerson(t, { firstName: 'Joris', lastName: 'Peeters', email: 'joris@example.org', languages: ['nl', 'fr'], consents: ['contact_by_email'] });
    const noConsent = await newPerson(t, { firstName: 'Karim', lastName: 'Benali', email: 'karim@example.org', phone: '0486 44 55 66', consents: ['data_processing'] });
    const noEmail = await newPerson(t, { firstName: 'Amina', lastName: 'El Idrissi', phone: '0499 00 11 22' });
    const later = await newPerson(t, { firstName: 'Marc', lastName: 'Lambert', email: 'marc@example.org', consents: ['contact_by_email'] });
    for (const [personId, startsAt] of [
      [withConsent, '2026-03-04T09:00:00+01:00'],
      [dutch, '2026-03-04T09:30:00+01:00'],
      [noConsent, '2026-03-04T10:00:00+01:00'],
      [noEmail, '2026-03-04T10:30:00+01:00'],
      [later, '2026-03-11T09:00:00+01:00'], // next week: not reminded today
    ] as const) {
      expect((await t.as('reception', { method: 'POST', url: '/api/appointments', payload: { deskId, personId, startsAt } })).statusCode).toBe(201);
    }

    const before = (await t.as('reception', { method: 'GET', url: '/api/appointments/to-call' })).json();
    expect(before).toMatchObject({ date: '2026-03-04', mailEnabled: true });
    expect(before.items.map((i: { person: { lastName: string }; reason: string }) => [i.person.lastName, i.reason])).toEqual([
      ['Dubois', 'reminder_not_sent'],
      ['Peeters', 'reminder_not_sent'],
      ['Benali', 'no_email_consent'],
      ['El Idrissi', 'no_email'],
    ]);

    const res = await t.as('reception', { method: 'POST', url: '/api/appointments/reminders', payload: {} });
    expect(res.statusCode).toBe(200);
    // queued in the outbox, which sends them: nothing says a mail was sent before it was
    expect(res.json()).toEqual({ date: '2026-03-04', mailEnabled: true, queued: 2, skipped: 2 });
    const waiting = (await t.as('reception', { method: 'GET', url: '/api/outbox' })).json();
    expect(waiting.items.filter((m: { purpose: string }) => m.purpose === 'appointments.reminder')).toHaveLength(2);
    expect(await t.app.relais.ctx.outbox.sendPending()).toEqual({ sent: 2, failed: 0 });
    expect(inbox.map((m) => m.to[0]).sort()).toEqual(['helene@example.org', 'joris@example.org']);

    const fr = inbox.find((m) => m.to[0] === 'helene@example.org')!;
    expect(subjectOf(fr.raw)).toBe('Rappel : votre rendez-vous du mercredi 4 mars 2026 à 09:00');
    const body = qp(fr.raw);
    expect(body).toContain('le mercredi 4 mars 2026 de 09:00 à 09:30 avec Test social_worker');
    expect(body).toContain("Espace Social Télé-Service, Boulevard de l'Abattoir 27, 1000");
    // not UTC: the message's text, not its headers (the Date header is the real time of sending, 16:08:00 say)
    expect(qp(fr.raw.slice(fr.raw.indexOf('\r\n\r\n')))).not.toContain('08:00');
    expect(fr.raw).toContain('text/calendar');
    const nl = inbox.find((m) => m.to[0] === 'joris@example.org')!;
    expect(subjectOf(nl.raw)).toBe('Herinnering: uw afspraak op woensdag 4 maart 2026 om 09:30');

    // Sent once: a second run (the scheduler runs every quarter of an hour) sends nothing more.
    const again = await t.app.relais.ctx.services.appointments.sendReminders('2026-03-04');
    expect(again).toMatchObject({ queued: 0 });
    await t.app.relais.ctx.outbox.sendPending();
    expect(inbox).toHaveLength(2);
    const after = (await t.as('reception', { method: 'GET', url: '/api/appointments/to-call' })).json();
    expect(after.items.map((i: { person: { lastName: string } }) => i.person.lastName)).toEqual(['Benali', 'El Idrissi']);
    expect(after.items[0].person.phone).toBe('0486 44 55 66');
  });

  it('a rescheduled appointment is reminded again at its new time', async () => {
    const cal = (await t.as('reception', { method: 'GET', url: '/api/appointments/calendar?view=day&date=2026-03-04' })).json();
    const dubois = cal.days[0].appointments.find((a: { person: { lastName: string } }) => a.person.lastName === 'Dubois');
    expect(dubois.reminderSentAt).not.toBeNull();
    const moved = await t.as('reception', { method: 'POST', url: `/api/appointments/${dubois.id}/reschedule`, payload: { startsAt: '2026-03-04T11:30:00+01:00' } });
    expect(moved.json().reminderSentAt).toBeNull();
    const res = await t.app.relais.ctx.services.appointments.sendReminders('2026-03-04');
    expect(res.queued).toBe(1);
    await t.app.relais.ctx.outbox.sendPending();
    expect(subjectOf(inbox[inbox.length - 1].raw)).toBe('Rappel : votre rendez-vous du mercredi 4 mars 2026 à 11:30');
  });
});

describe('reminder job', () => {
  it("queues tomorrow's reminders during the day, not at night", async () => {
    const calls: string[] = [];
    const job = reminderJob(async (d) => void calls.push(d));
    expect(job.schedule).toEqual({ everyMinutes: 15 });
    await job.run(new Date('2026-03-03T09:00:00Z')); // 10:00 in Brussels
    expect(calls).toEqual(['2026-03-04']);
    await job.run(new Date('2026-03-03T22:30:00Z')); // 23:30 in Brussels: nothing at night
    await job.run(new Date('2026-03-04T06:30:00Z')); // 07:30 in Brussels: not yet
    expect(calls).toEqual(['2026-03-04']);
    await job.run(new Date('2026-06-10T18:30:00Z')); // 20:30 in summer time: no longer
    await job.run(new Date('2026-06-10T17:30:00Z')); // 19:30 in summer time: still
    expect(calls).toEqual(['2026-03-04', '2026-06-11']);
  });

  it('is run by the app’s job runner on the app clock, once', async () => {
    const ran = await t.app.relais.ctx.jobs.runDue();
    expect(ran).toContain('appointments.reminders');
  });
});
