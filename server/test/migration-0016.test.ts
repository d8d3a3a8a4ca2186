import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './test-app';
import { migrationsFolder } from '../src/platform/db/migrate';

// migration 0016 adds three rules to a database that may already break them (two requests at once could make two
// open follow-ups or a person's double booking; a room could point to no site). It repairs such data, then adds the rule.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-02T09:00:00Z' });
});
afterAll(() => t?.close());

const statements = fs
  .readFileSync(path.join(migrationsFolder, '0016_database_rules.sql'), 'utf8')
  .split('--> statement-breakpoint')
  .map((s) => s.trim())
  .filter(Boolean);

describe('migration 0016 on a database that breaks its rules', () => {
  it('keeps the earliest open follow-up, cancels the later double booking, unlinks a room from a missing site, then holds each rule', async () => {
    const person = async (firstName: string) =>
      (await t.as('reception', { method: 'POST', url: '/api/people', payload: { firstName, lastName: 'Test', confirmNotDuplicate: true } })).json().id as number;
    const [sara, tom] = [await person('Sara'), await person('Tom')];
    const site = (await t.as('admin', { method: 'POST', url: '/api/sites', payload: { name: 'Site de test', kind: 'desk', openingHours: [{ weekday: 3, from: '09:00', to: '12:00' }] } })).json().id;
    const worker = await t.userIdFor('social_worker');
    const reception = await t.userIdFor('reception');
    const desk = (
      await t.as('social_worker', { method: 'POST', url: '/api/appointment-desks', payload: { siteId: site, name: 'Permanence', staffUserId: worker, hours: [{ weekday: 3, from: '09:00', to: '12:00' }] } })
    ).json().id;
    const run = (q: string) => t.database.rows(sql.raw(q));
    // The database as it was before 0016 ...
    await run(`drop index socialdesk_one_open_followup`);
    await run(`alter table appointments drop constraint appointments_person_no_overlap`);
    await run(`alter table rooms drop constraint rooms_site_id_sites_id_fk`);
    // ... holding what the rules forbid.
    await run(`insert into socialdesk_followups (person_id, start_date) values (${sara}, '2026-02-01'), (${sara}, '2026-01-10'), (${tom}, '2026-02-02')`);
    await run(`insert into socialdesk_followups (person_id, start_date, end_date) values (${sara}, '2025-03-01', '2025-06-01')`);
    await run(`insert into appointments (desk_id, person_id, staff_user_id, starts_at, ends_at) values
      (${desk}, ${sara}, ${worker}, '2026-03-11T08:00:00Z', '2026-03-11T08:30:00Z'),
      (${desk}, ${sara}, ${reception}, '2026-03-11T08:15:00Z', '2026-03-11T08:45:00Z'),
      (${desk}, ${tom}, ${reception}, '2026-03-11T09:00:00Z', '2026-03-11T09:30:00Z')`);
    await run(`insert into rooms (name, capacity, site_id) values ('Salle orpheline', 10, 987654), ('Salle du site', 10, ${site})`);

    for (const s of statements) await run(s);

    const followups = await t.database.rows<{ person_id: number; start_date: string; end_date: string | null }>(
      sql`select person_id, start_date::text, end_date::text from socialdesk_followups where person_id in (${sara}, ${tom}) order by person_id, start_date`,
    );
    expect(followups).toEqual([
      { person_id: sara, start_date: '2025-03-01', end_date: '2025-06-01' },
      { person_id: sara, start_date: '2026-01-10', end_date: null },
      { person_id: tom, start_date: '2026-02-02', end_date: null },
    ]);
    const appointments = await t.database.rows<{ staff_user_id: number; person_id: number; status: string; cancel_reason: string | null }>(
      sql`select staff_user_id, person_id, status, cancel_reason from appointments where desk_id = ${desk} order by id`,
    );
    expect(appointments.map((a) => [a.person_id, a.staff_user_id, a.status])).toEqual([
      [sara, worker, 'booked'],
      [sara, reception, 'cancelled'],
      [tom, reception, 'booked'],
    ]);
    expect(appointments[1].cancel_reason).toContain('Double réservation');
    const rooms = await t.database.rows<{ name: string; site_id: number | null }>(sql`select name, site_id from rooms where name like 'Salle %' order by name`);
    expect(rooms).toEqual([
      { name: 'Salle du site', site_id: site },
      { name: 'Salle orpheline', site_id: null },
    ]);
    // and the rules hold from now on
    const code = (err: { code?: string; cause?: { code?: string } }) => err.code ?? err.cause?.code;
    await expect(run(`insert into socialdesk_followups (person_id, start_date) values (${tom}, '2026-03-01')`)).rejects.toSatisfy((e) => code(e as never) === '23505');
    await expect(
      run(`insert into appointments (desk_id, person_id, staff_user_id, starts_at, ends_at) values (${desk}, ${tom}, ${worker}, '2026-03-11T09:10:00Z', '2026-03-11T09:20:00Z')`),
    ).rejects.toSatisfy((e) => code(e as never) === '23P01');
    await expect(run(`update rooms set site_id = 987654 where name = 'Salle du site'`)).rejects.toSatisfy((e) => code(e as never) === '23503');
  });
});
