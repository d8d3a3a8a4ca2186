import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app';
import { startMailCatcher, subjectOf } from './mail-catcher';
import { fixedClock } from '../src/platform/clock';
import { createMailer } from '../src/platform/mailer';
import { definePermission } from '../src/platform/auth/roles';
import { createJobRunner, nextRunAfter } from '../src/platform/jobs/jobs';

// Test permissions: a message of the rooms' logistics, and one of the social desk.
const logistics = definePermission('test_outbox.logistics', ['admin', 'logistics']);
const socialDesk = definePermission('test_outbox.social', ['social_worker']);

describe('the outbox without a mail server (the default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock: '2026-03-03T09:00:00Z' });
  });
  afterAll(() => t?.close());

  it('keeps every message for staff to send by hand, and says so to the sender', async () => {
    const { outbox } = t.app.relais.ctx;
    const r = await outbox.enqueue({ to: { name: 'Mme Diallo', email: 'awa@example.org', phone: '0470 12 34 56' }, subject: 'Votre salle', text: 'Confirmée.', purpose: 'test.booking', access: logistics });
    expect(r.delivery).toBe('manual');
    expect(await outbox.sendPending()).toEqual({ sent: 0, failed: 0 });
    const list = await t.as('logistics', { method: 'GET', url: '/api/outbox?status=manual' });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ waiting: 1, emailEnabled: false, items: [{ id: r.id, toPhone: '0470 12 34 56', status: 'manual', subject: 'Votre salle' }] });
  });

  it('shows a message only to those whose work it is: reception does not see the social desk\'s', async () => {
    const { outbox } = t.app.relais.ctx;
    const r = await outbox.enqueue({ to: { name: 'M. Peeters', phone: '02 555 00 00' }, subject: 'Rendez-vous', text: 'Permanence sociale mercredi.', purpose: 'test.social', access: socialDesk });
    const reception = (await t.as('reception', { method: 'GET', url: '/api/outbox' })).json();
    expect(reception.items.map((m: { id: number }) => m.id)).not.toContain(r.id);
    expect(JSON.stringify(reception)).not.toContain('Permanence sociale');
    const social = (await t.as('social_worker', { method: 'GET', url: '/api/outbox' })).json();
    expect(social.items.map((m: { id: number }) => m.id)).toContain(r.id);
    expect((await t.as('reception', { method: 'POST', url: `/api/outbox/${r.id}/done` })).statusCode).toBe(404);
  });

  it('marks a message as handled by hand once, and names who did it in the audit log', async () => {
    const { outbox } = t.app.relais.ctx;
    const r = await outbox.enqueue({ to: { name: 'Mme Janssens' }, subject: 'Rappel', text: 'Demain 10 h.', purpose: 'test.booking', access: logistics });
    const done = await t.as('logistics', { method: 'POST', url: `/api/outbox/${r.id}/done` });
    expect(done.statusCode).toBe(200);
    expect(done.json().status).toBe('done');
    const again = await t.as('logistics', { method: 'POST', url: `/api/outbox/${r.id}/done` });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
  });
});

describe('the outbox with a mail server', () => {
  let t: TestApp;
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;
  const clock = fixedClock('2026-03-03T09:00:00Z');
  beforeAll(async () => {
    mail = await startMailCatcher({ failFor: (rcpt) => rcpt.startsWith('bounce') });
    t = await createTestApp({ clock, mailer: createMailer(mail.url, 'Relais <relais@test.local>') });
  });
  afterAll(async () => {
    await t?.close();
    await mail?.close();
  });

  it('sends a queued e-mail once, with its attachment, and records it as sent', async () => {
    const { outbox } = t.app.relais.ctx;
    const r = await outbox.enqueue({
      to: { name: 'Youssef El Amrani', email: 'youssef@example.org' },
      subject: 'Votre inscription au Job Day',
      text: 'Bienvenue.',
      attachments: [{ filename: 'ticket.ics', content: 'BEGIN:VCALENDAR', contentType: 'text/calendar' }],
      purpose: 'test.booking',
      access: logistics,
    });
    expect(r.delivery).toBe('email');
    expect(await outbox.sendPending()).toEqual({ sent: 1, failed: 0 });
    expect(await outbox.sendPending()).toEqual({ sent: 0, failed: 0 });
    expect(mail.inbox).toHaveLength(1);
    expect(mail.inbox[0].to).toEqual(['youssef@example.org']);
    expect(subjectOf(mail.inbox[0].raw)).toBe('Votre inscription au Job Day');
    expect(mail.inbox[0].raw).toContain('ticket.ics');
    const row = await outbox.get(r.id, ['test_outbox.logistics']);
    expect(row.status).toBe('sent');
  });

  it('retries a refused e-mail with growing delays, then lists it for staff as failed', async () => {
    const { outbox } = t.app.relais.ctx;
    const r = await outbox.enqueue({ to: { email: 'bounce@example.org' }, subject: 'Essai', text: '...', purpose: 'test.booking', access: logistics });
    for (let attempt = 1; attempt <= 5; attempt++) {
      await outbox.sendPending();
      clock.advance(61 * 60_000);
    }
    const row = await outbox.get(r.id, ['test_outbox.logistics']);
    expect(row.status).toBe('failed');
    expect(row.attempts).toBe(5);
    const list = (await t.as('logistics', { method: 'GET', url: '/api/outbox?status=failed' })).json();
    expect(list.items.map((m: { id: number }) => m.id)).toContain(r.id);
  });
});

describe('the job runner', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('runs a job when it is due on the app clock, once, and a daily job at its Brussels hour across summer time', async () => {
    const clock = fixedClock('2026-03-28T12:00:00Z'); // Saturday; summer time starts on Sunday 29 March
    const runner = createJobRunner({ db: t.database.db, clock });
    const runs: string[] = [];
    runner.register({ name: 'test.every5', schedule: { everyMinutes: 5 }, run: async (now) => void runs.push(`5@${now.toISOString()}`) });
    runner.register({ name: 'test.nightly', schedule: { dailyAtHour: 2 }, run: async (now) => void runs.push(`night@${now.toISOString()}`) });
    expect(await runner.runDue()).toEqual(['test.every5']);
    expect(await runner.runDue()).toEqual([]); // not due again yet
    clock.advance(5 * 60_000);
    expect(await runner.runDue()).toEqual(['test.every5']);
    // 02:00 in Brussels on Sunday 29 March does not exist; the run is due at the first instant after it (01:00 UTC = 03:00 CEST).
    expect(nextRunAfter({ dailyAtHour: 2 }, new Date('2026-03-28T12:00:00Z')).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    // On Monday 30 March 02:00 Brussels is 00:00 UTC.
    expect(nextRunAfter({ dailyAtHour: 2 }, new Date('2026-03-29T12:00:00Z')).toISOString()).toBe('2026-03-30T00:00:00.000Z');
  });

  it('lets only one of two runners (two app processes) run a due job', async () => {
    const clock = fixedClock('2026-05-01T08:00:00Z');
    let count = 0;
    const job = { name: 'test.once', schedule: { everyMinutes: 60 }, run: async () => void count++ };
    const a = createJobRunner({ db: t.database.db, clock });
    const b = createJobRunner({ db: t.database.db, clock });
    a.register(job);
    b.register(job);
    await Promise.all([a.runDue(), b.runDue()]);
    expect(count).toBe(1);
  });
});
