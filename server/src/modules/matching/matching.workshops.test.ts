import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { Role } from '../../platform/auth/roles';

// Workshops over several days, circles changed after they were planned, a person's cases outside any circle, the
// 3-month follow-up of a partner appointment, and what a person's record shows of all this.
let t: TestApp;
let partner: number;
const person: Record<string, number> = {};
const clock = () => t.clock as unknown as { set(iso: string): void };

async function call(role: Role, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, status?: number) {
  const res = await t.as(role, { method, url, payload: payload as never });
  if (status !== undefined) expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res;
}
const sw = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, status?: number) => call('social_worker', method, url, payload, status);

beforeAll(async () => {
  // Monday 9 February 2026, 10:00 in Brussels
  t = await createTestApp({ clock: '2026-02-09T09:00:00Z', env: { SESSION_IDLE_MINUTES: '500000', SESSION_MAX_HOURS: '10000' } });
  partner = (await call('admin', 'POST', '/api/organisations', { name: 'Mission locale de Saint-Gilles', type: 'training' }, 201)).json().id;
  for (const [key, firstName, lastName] of [
    ['nadia', 'Nadia', 'Bouzid'],
    ['koen', 'Koen', 'Peeters'],
    ['aylin', 'Aylin', 'Demir'],
  ] as const)
    person[key] = (await call('reception', 'POST', '/api/people', { firstName, lastName, consents: ['data_processing'] }, 201)).json().id;
});
afterAll(() => t?.close());

describe('matching: workshops over several days, circles and cases changed, follow-up, the person page', () => {
  it('the starting catalogue carries ESCO concepts where they were checked, as ESCO URIs', async () => {
    const skills = (await sw('GET', '/api/matching/skills', undefined, 200)).json().items as { label: { fr: string }; escoUri: string | null }[];
    const linked = skills.filter((s) => s.escoUri);
    expect(linked.length).toBeGreaterThanOrEqual(8);
    for (const s of linked) expect(s.escoUri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(skills.find((s) => s.label.fr === 'Conduite de chariot élévateur')?.escoUri).toBe('http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da');
  });

  it('a workshop from 16 to 18 February records attendance day by day; a day outside it, or still to come, is refused', async () => {
    const w = (await sw('POST', '/api/matching/circles', { kind: 'workshop', titleFr: 'Atelier Solutions', titleNl: 'Workshop Oplossingen', date: '2026-02-16', time: '09:30', endsOn: '2026-02-18', place: 'Maison de l’Emploi' }, 201)).json();
    expect(w).toMatchObject({ endsOn: '2026-02-18', days: ['2026-02-16', '2026-02-17', '2026-02-18'] });
    await sw('POST', '/api/matching/circles', { kind: 'workshop', titleFr: 'x', titleNl: 'x', date: '2026-02-16', time: '09:30', endsOn: '2026-02-15', place: 'x' }, 400);
    await sw('POST', '/api/matching/circles', { kind: 'workshop', titleFr: 'x', titleNl: 'x', date: '2026-02-16', time: '09:30', endsOn: '2026-04-30', place: 'x' }, 400);
    await sw('POST', `/api/matching/circles/${w.id}/attendance`, { personId: person.nadia, present: true, day: '2026-02-16' }, 400); // still to come
    clock().set('2026-02-18T16:00:00Z');
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-18']) await sw('POST', `/api/matching/circles/${w.id}/attendance`, { personId: person.nadia, present: true, day }, 200);
    await sw('POST', `/api/matching/circles/${w.id}/attendance`, { personId: person.koen, present: true, day: '2026-02-16' }, 200);
    await sw('POST', `/api/matching/circles/${w.id}/attendance`, { personId: person.koen, present: false, day: '2026-02-17' }, 200);
    const bad = (await sw('POST', `/api/matching/circles/${w.id}/attendance`, { personId: person.koen, present: true, day: '2026-02-19' }, 400)).json();
    expect(JSON.stringify(bad)).toContain('body.day');
    // recording a day again changes it, it does not add a second line
    const after = (await sw('POST', `/api/matching/circles/${w.id}/attendance`, { personId: person.koen, present: true, day: '2026-02-17' }, 200)).json();
    expect(after.attendance.filter((a: { personId: number }) => a.personId === person.koen)).toEqual([
      { personId: person.koen, firstName: 'Koen', lastName: 'Peeters', day: '2026-02-16', present: true },
      { personId: person.koen, firstName: 'Koen', lastName: 'Peeters', day: '2026-02-17', present: true },
    ]);
    expect(after.attendance.filter((a: { personId: number }) => a.personId === person.nadia)).toHaveLength(3);
    // a change that would drop a day with attendance on it is refused, nothing changes
    await sw('PATCH', `/api/matching/circles/${w.id}`, { endsOn: '2026-02-17' }, 409);
    expect((await sw('GET', `/api/matching/circles/${w.id}`, undefined, 200)).json().endsOn).toBe('2026-02-18');
    // the place and titles can change
    const edited = (await sw('PATCH', `/api/matching/circles/${w.id}`, { place: 'Salle Anspach', titleNl: 'Workshop Oplossingen (3 dagen)' }, 200)).json();
    expect(edited).toMatchObject({ place: 'Salle Anspach', title: { fr: 'Atelier Solutions', nl: 'Workshop Oplossingen (3 dagen)' }, days: ['2026-02-16', '2026-02-17', '2026-02-18'] });
  });

  it('a circle planned for 22 March moves to 23 March at 14:00 with a new partner; an unknown partner is refused', async () => {
    const c = (await sw('POST', '/api/matching/circles', { kind: 'circle', titleFr: 'Cercle de mars', titleNl: 'Kring van maart', date: '2026-03-22', time: '10:00', place: 'Salle Anspach' }, 201)).json();
    const moved = (await sw('PATCH', `/api/matching/circles/${c.id}`, { date: '2026-03-23', time: '14:00', partnerIds: [partner] }, 200)).json();
    expect(moved).toMatchObject({ startsAt: '2026-03-23T13:00:00.000Z', endsOn: null, days: ['2026-03-23'], partners: [{ id: partner, name: 'Mission locale de Saint-Gilles' }] });
    await sw('PATCH', `/api/matching/circles/${c.id}`, { partnerIds: [999999] }, 400);
    await sw('PATCH', `/api/matching/circles/${c.id}`, { time: '25:00' }, 400);
    await sw('PATCH', '/api/matching/circles/999999', { place: 'x' }, 404);
    await call('reception', 'PATCH', `/api/matching/circles/${c.id}`, { place: 'x' }, 403);
    expect((await sw('GET', `/api/matching/circles/${c.id}`, undefined, 200)).json().partners).toHaveLength(1);
  });

  it('a need recorded outside any circle waits unscheduled, is changed, then put on a circle; staff record at 3 months that the appointment was kept', async () => {
    const k = (await sw('POST', '/api/matching/cases', { personId: person.aylin, need: 'Cherche une formation en logistique.' }, 201)).json();
    expect(k.circleId).toBeNull();
    const waiting = (await sw('GET', '/api/matching/cases?unscheduled=true', undefined, 200)).json().items;
    expect(waiting.map((x: { id: number }) => x.id)).toEqual([k.id]);
    const circle = (await sw('GET', '/api/matching/circles', undefined, 200)).json().items.find((c: { kind: string }) => c.kind === 'circle');
    const changed = (await sw('PATCH', `/api/matching/cases/${k.id}`, { need: 'Cherche une formation de magasinier avec permis cariste.', circleId: circle.id }, 200)).json();
    expect(changed).toMatchObject({ need: 'Cherche une formation de magasinier avec permis cariste.', circleId: circle.id });
    expect((await sw('GET', '/api/matching/cases?unscheduled=true', undefined, 200)).json().items).toEqual([]);
    await sw('PATCH', `/api/matching/cases/${k.id}`, { circleId: 999999 }, 400);

    const a = (await sw('POST', `/api/matching/cases/${k.id}/appointments`, { organisationId: partner, date: '2026-03-30', time: '09:00', place: 'Rue de Mérode 40', contactName: 'Jan Claes' }, 201)).json();
    await sw('POST', `/api/matching/appointments/${a.id}/outcome`, { outcome: 'kept' }, 409); // not yet
    await sw('POST', `/api/matching/appointments/${a.id}/outcome`, { outcome: 'maybe' }, 400);
    await sw('POST', '/api/matching/appointments/999999/outcome', { outcome: 'kept' }, 404);
    clock().set('2026-06-24T09:00:00Z');
    const kept = (await sw('POST', `/api/matching/appointments/${a.id}/outcome`, { outcome: 'kept' }, 200)).json();
    expect(kept.appointments[0]).toMatchObject({ id: a.id, outcome: 'kept', outcomeAt: '2026-06-24T09:00:00.000Z' });
    const followed = (await sw('POST', `/api/matching/cases/${k.id}/follow-up`, { followUp: 'training' }, 200)).json();
    expect(followed).toMatchObject({ followUp: 'training', followUpAt: '2026-06-24T09:00:00.000Z' });
    // the partner's link is revoked: it stops working
    await sw('DELETE', `/api/matching/appointments/${a.id}/link`, undefined, 204);
    expect((await t.as(null, { method: 'GET', url: `/api/public/matching/appointments/${a.link.token}` })).statusCode).toBe(410);
  });

  it("a person's profile is found by the person, and their record links to it, to their cases and to the workshops they came to", async () => {
    await call('project_officer', 'POST', '/api/matching/profiles', { personId: person.nadia, consent: true }, 201);
    const mine = (await sw('GET', `/api/matching/profiles?personId=${person.nadia}`, undefined, 200)).json();
    expect(mine.total).toBe(1);
    expect(mine.items[0].person).toMatchObject({ id: person.nadia, firstName: 'Nadia' });
    expect((await sw('GET', `/api/matching/profiles?personId=${person.koen}`, undefined, 200)).json()).toEqual({ items: [], total: 0 });
    await sw('GET', '/api/matching/profiles?personId=abc', undefined, 400);

    const timeline = async (role: Role, id: number) => (await call(role, 'GET', `/api/people/${id}/timeline`, undefined, 200)).json().items.filter((e: { module: string }) => e.module === 'matching');
    const nadia = await timeline('social_worker', person.nadia);
    expect(nadia.map((e: { kind: string }) => e.kind).sort()).toEqual(['timeline.attended', 'timeline.profile']);
    expect(nadia.find((e: { kind: string }) => e.kind === 'timeline.profile').link).toBe(`/matching/people/${person.nadia}`);
    expect(nadia.find((e: { kind: string }) => e.kind === 'timeline.attended')).toMatchObject({ at: '2026-02-16', summary: 'Atelier Solutions', data: { days: 3 } });
    const aylin = await timeline('social_worker', person.aylin);
    expect(aylin).toHaveLength(1);
    expect(aylin[0].kind).toBe('timeline.case');
    expect(aylin[0].link).toMatch(/^\/matching\/circles\/\d+$/);
    // the receptionist sees that something took place, not what nor where it leads
    const seenByReception = await timeline('reception', person.nadia);
    expect(seenByReception.every((e: { redacted?: boolean; link?: string; summary?: string }) => e.redacted && !e.link && !e.summary)).toBe(true);
  });
});
