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
    const { users, password } = await loadDemo(t.app.relais.ctx);
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

    await expect(loadDemo(t.app.relais.ctx)).rejects.toThrow(/empty installation/);
  }, 180_000);
});
