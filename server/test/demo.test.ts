import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app';
import { loadDemo, DEMO_PASSWORD } from '../src/demo';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('npx relais demo', () => {
  it('loads a fictional data set across every module, with one login per role, and gives a full report for last year', async () => {
    const lines: string[] = [];
    const { users, password } = await loadDemo(t.app.relais.ctx, (line) => lines.push(line));
    // it says what it does while it runs: the period, then each module as it is done
    expect(lines[0]).toMatch(/^Demo data from \d{4}-01-01 to /);
    for (const m of ['people', 'frontdesk', 'epn', 'rooms', 'socialdesk']) expect(lines.some((l) => new RegExp(`\\] ${m}\\s`).test(l)), m).toBe(true);
    expect(password).toBe(DEMO_PASSWORD);
    expect(users.map((u) => u.role).sort()).toEqual(['admin', 'communication', 'director', 'logistics', 'project_officer', 'reception', 'social_worker', 'trainer']);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: users[0].email, password } });
    expect(login.statusCode).toBe(200);

    const lastYear = t.app.relais.ctx.services.observatory.currentYear() - 1;
    const reached = (await t.as('director', { method: 'GET', url: `/api/observatory/people-reached?year=${lastYear}` })).json();
    const keys = reached.lines.map((l: { key: string }) => l.key);
    for (const k of ['front_desk', 'social_desk', 'epn', 'brussels_job_day', 'website']) expect(keys, k).toContain(k);
    expect(reached.lines.some((l: { key: string }) => l.key.startsWith('training:'))).toBe(true);
    expect(reached.total).toBeGreaterThan(20938);
    // the last full year is whole: every month has front-desk visits, EPN visits and room bookings, fewer in August than in October
    const desk = (await t.as('director', { method: 'GET', url: `/api/frontdesk/stats?groupBy=month&from=${lastYear}-01-01&to=${lastYear}-12-31` })).json();
    const deskMonths = Array.from({ length: 12 }, (_, i) => desk.periods.find((p: { period: string }) => Number(p.period.slice(5, 7)) === i + 1)?.total ?? 0);
    const epn: number[] = (await t.as('director', { method: 'GET', url: `/api/epn/stats?year=${lastYear}` })).json().perMonth;
    const rooms: number[] = (await t.as('director', { method: 'GET', url: `/api/rooms/stats?year=${lastYear}` })).json().byMonth.map((m: { bookings: number }) => m.bookings);
    for (const [what, months] of Object.entries({ desk: deskMonths, epn, rooms })) {
      expect(months.every((n) => n > 0), `${what}: ${months}`).toBe(true);
      expect(months[7], `${what}: August below October`).toBeLessThan(months[9]);
    }
    const report = (await t.as('director', { method: 'GET', url: `/api/observatory/report?year=${lastYear}` })).json();
    expect(report.empty).toBe(false);
    expect(report.texts.introduction.fr).toBeTruthy();
    expect(report.texts.introduction.nl).toBeTruthy();
    // the IT equipment: its section of the report, and the IT trainer's home page has something to show
    expect(report.sections.map((s: { key: string }) => s.key)).toContain('equipment');
    const equipment = (await t.as('trainer', { method: 'GET', url: '/api/equipment/overview' })).json();
    expect(equipment.counts.total).toBeGreaterThan(40);
    expect(equipment.backupsOverdue.length).toBeGreaterThan(0);
    expect(equipment.loansOut.length).toBeGreaterThan(0);

    // blind-hiring matching and the referral workshops: profiles, a meeting round, the workshop and circles of 15/02, 22/03 and 05/05
    const circles = (await t.as('project_officer', { method: 'GET', url: '/api/matching/circles' })).json().items as { startsAt: string; cases: number; kind: string }[];
    expect(circles.map((c) => c.startsAt.slice(5, 10)).sort()).toEqual(['02-15', '03-22', '05-05']);
    expect(circles.find((c) => c.kind === 'workshop')!.cases).toBe(40);
    const circleYear = Number(circles[0].startsAt.slice(0, 4));
    const matching = (await t.as('director', { method: 'GET', url: `/api/matching/stats?year=${circleYear}` })).json();
    expect(matching.cases.value).toBeGreaterThanOrEqual(62);
    expect(matching.appointmentsKept.value).toBeGreaterThan(20);
    const profiles = (await t.as('project_officer', { method: 'GET', url: '/api/matching/profiles?limit=1' })).json();
    expect(profiles.total).toBeGreaterThan(100);
    const matches = (await t.as('project_officer', { method: 'GET', url: '/api/matching/matches' })).json().items as { status: string; outcome: string | null }[];
    expect(matches.some((m) => m.outcome === 'hired')).toBe(true);
    expect(matches.some((m) => m.status === 'meet_requested')).toBe(true);

    await expect(loadDemo(t.app.relais.ctx)).rejects.toThrow(/empty installation/);
  }, 180_000);
});
