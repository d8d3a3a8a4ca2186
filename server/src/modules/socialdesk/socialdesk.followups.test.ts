import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { newPerson } from '../../../test/builders';

// One open follow-up per person: the database holds the rule (socialdesk_one_open_followup), and its message is the social desk's.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-02T09:00:00Z' });
});
afterAll(() => t?.close());


describe('one open follow-up per person', () => {
  it('two social workers opening a follow-up for one person at the same moment make one follow-up; the others get a clear 409', async () => {
    const p = await newPerson(t, { firstName: 'Ines', lastName: 'Idrissi' }, { as: 'social_worker' });
    const open = () => t.as('social_worker', { method: 'POST', url: `/api/socialdesk/people/${p}/followups`, payload: { startDate: '2026-03-02' } });
    const answers = await Promise.all([open(), open(), open()]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409]);
    for (const refused of answers.filter((a) => a.statusCode === 409)) {
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json()).toMatchObject({ code: 'error.socialdesk.followup_open', title: 'Un suivi est déjà ouvert pour cette personne.' });
    }
    const rows = await t.database.rows<{ n: number }>(sql`select count(*)::int as n from socialdesk_followups where person_id = ${p}`);
    expect(rows[0].n).toBe(1);
  });

  it('the database itself refuses a second open follow-up of a person, and accepts a closed one', async () => {
    const p = await newPerson(t, { firstName: 'Jonas', lastName: 'Jacobs' }, { as: 'social_worker' });
    expect((await t.as('social_worker', { method: 'POST', url: `/api/socialdesk/people/${p}/followups`, payload: { startDate: '2026-03-02' } })).statusCode).toBe(201);
    await expect(t.database.rows(sql`insert into socialdesk_followups (person_id, start_date) values (${p}, '2026-03-02')`)).rejects.toSatisfy(
      (err: { constraint?: string; cause?: { constraint?: string } }) => (err.constraint ?? err.cause?.constraint) === 'socialdesk_one_open_followup',
    );
    await t.database.rows(sql`insert into socialdesk_followups (person_id, start_date, end_date) values (${p}, '2025-01-02', '2025-06-30')`);
  });
});
