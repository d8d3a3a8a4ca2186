import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { newPerson } from '../../../test/builders';
import type { Role } from '../../platform/auth/roles';

let t: TestApp;
let maison: number;
let est: number;
let cpas: number;
const SECRET = 'Violences conjugales évoquées, ne pas contacter le conjoint';

beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-02T09:00:00Z' });
  maison = (await t.as('admin', { method: 'POST', url: '/api/sites', payload: { name: "Maison de l'Emploi", kind: 'main' } })).json().id;
  est = (await t.as('admin', { method: 'POST', url: '/api/sites', payload: { name: 'Espace Social Télé-Service', kind: 'desk' } })).json().id;
  cpas = (await t.as('admin', { method: 'POST', url: '/api/organisations', payload: { name: 'CPAS de Bruxelles', type: 'social_welfare' } })).json().id;
});
afterAll(() => t?.close());

const interview = (payload: Record<string, unknown>, role: Role = 'social_worker') => t.as(role, { method: 'POST', url: '/api/socialdesk/interviews', payload });
const interviewsOf = async (personId: number) => (await t.as('social_worker', { method: 'GET', url: `/api/socialdesk/interviews?personId=${personId}` })).json();

describe('social desk: interviews and follow-up', () => {
  let person: number;
  let interviewId: number;

  it('records an interview with several problem categories, a referral and a next step, and opens the follow-up', async () => {
    person = await newPerson(t, { firstName: 'Nadia', lastName: 'Benali', birthDate: '1998-05-04', gender: 'F' }, { as: 'social_worker' });
    const res = await interview({
      personId: person,
      date: '2026-02-25',
      siteId: maison,
      kind: 'appointment',
      categories: ['housing', 'budget_debt'],
      actions: 'Dossier de médiation de dettes commencé',
      referrals: [{ organisationId: cpas, note: 'Rendez-vous pris' }],
      nextStep: 'Revenir avec les factures',
      nextStepDate: '2026-03-11',
    });
    expect(res.statusCode, res.body).toBe(201);
    const i = res.json();
    interviewId = i.id;
    expect(i).toMatchObject({
      personId: person,
      person: { firstName: 'Nadia', lastName: 'Benali' },
      siteName: "Maison de l'Emploi",
      kind: 'appointment',
      nextStepDate: '2026-03-11',
      referrals: [{ organisationId: cpas, name: 'CPAS de Bruxelles', note: 'Rendez-vous pris' }],
      hasConfidentialNotes: false,
    });
    expect(i.categories.map((c: { code: string }) => c.code)).toEqual(['housing', 'budget_debt']);
    const f = (await t.as('director', { method: 'GET', url: `/api/socialdesk/people/${person}/followups` })).json();
    expect(f).toMatchObject({ status: 'open', firstStartDate: '2026-02-25', current: { startDate: '2026-02-25' } });
    // a second interview does not open another follow-up
    expect((await interview({ personId: person, date: '2026-03-02', siteId: maison, kind: 'phone', categories: ['administrative'] })).statusCode).toBe(201);
    expect((await t.as('social_worker', { method: 'GET', url: `/api/socialdesk/people/${person}/followups` })).json().items).toHaveLength(1);
    expect((await interviewsOf(person)).total).toBe(2);
  });

  it('closes, refuses a second open follow-up, and reopens', async () => {
    const f = (await t.as('social_worker', { method: 'GET', url: `/api/socialdesk/people/${person}/followups` })).json().current;
    const again = await t.as('social_worker', { method: 'POST', url: `/api/socialdesk/people/${person}/followups`, payload: { startDate: '2026-03-01' } });
    expect(again.statusCode).toBe(409);
    const closed = await t.as('social_worker', { method: 'PATCH', url: `/api/socialdesk/followups/${f.id}`, payload: { endDate: '2026-03-02', closingNote: 'Logement trouvé' } });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', endDate: '2026-03-02' });
    const reopened = await t.as('social_worker', { method: 'PATCH', url: `/api/socialdesk/followups/${f.id}`, payload: { endDate: null } });
    expect(reopened.json().status).toBe('open');
  });

  it('refuses bad input with a clear 4xx and writes nothing', async () => {
    const base = { personId: person, date: '2026-03-02', siteId: maison, kind: 'drop_in', categories: ['housing'] };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, categories: ['housing', 'astrology'] }, 'body.categories'],
      [{ ...base, categories: [] }, 'body.categories'],
      [{ ...base, date: '20222-03-02' }, 'body.date'],
      [{ ...base, date: '2026-02-30' }, 'body.date'],
      [{ ...base, nextStepDate: '2026-03-01' }, 'body.nextStepDate'],
      [{ ...base, kind: 'video' }, 'body.kind'],
      [{ ...base, siteId: 9999 }, 'body.siteId'],
      [{ ...base, personId: 9999 }, 'body.personId'],
      [{ ...base, referrals: [{ organisationId: 9999 }] }, 'body.referrals.0.organisationId'],
      [{ ...base, mood: 'good' }, 'body'],
    ];
    for (const [payload, path] of cases) {
      const res = await interview(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors.map((e: { path: string }) => e.path).join(' '), JSON.stringify(payload)).toContain(path);
    }
    const unknown = await t.as('social_worker', { method: 'POST', url: '/api/socialdesk/interviews', payload: { ...base, categories: ['astrology'] }, headers: { 'accept-language': 'fr' } });
    expect(unknown.json().errors[0].message).toBe('Catégorie de problème inconnue : astrology.');
    expect((await interviewsOf(person)).total).toBe(2);

    const f = (await t.as('social_worker', { method: 'GET', url: `/api/socialdesk/people/${person}/followups` })).json().current;
    const endBefore = await t.as('social_worker', { method: 'PATCH', url: `/api/socialdesk/followups/${f.id}`, payload: { endDate: '2026-01-01' } });
    expect(endBefore.statusCode).toBe(400);
    expect(endBefore.json().errors[0].path).toBe('body.endDate');
    const both = await t.as('social_worker', { method: 'PATCH', url: `/api/socialdesk/followups/${f.id}`, payload: { startDate: '2026-03-05', endDate: '2026-03-04' } });
    expect(both.statusCode).toBe(400);
    const still = (await t.as('social_worker', { method: 'GET', url: `/api/socialdesk/people/${person}/followups` })).json().current;
    expect(still).toMatchObject({ startDate: '2026-02-25', endDate: null });
    const patchBad = await t.as('social_worker', { method: 'PATCH', url: `/api/socialdesk/interviews/${interviewId}`, payload: { nextStepDate: '2026-01-01' } });
    expect(patchBad.statusCode).toBe(400);
    expect((await t.as('social_worker', { method: 'GET', url: `/api/socialdesk/interviews/${interviewId}` })).json().nextStepDate).toBe('2026-03-11');
  });

  it('lets the social worker and admin record, the director read, and not reception', async () => {
    const body = { personId: person, date: '2026-03-02', siteId: maison, kind: 'drop_in', categories: ['other'] };
    expect((await interview(body, 'reception')).statusCode).toBe(403);
    expect((await interview(body, 'director')).statusCode).toBe(403);
    expect((await t.as('reception', { method: 'GET', url: `/api/socialdesk/interviews/${interviewId}` })).statusCode).toBe(403);
    expect((await t.as('director', { method: 'GET', url: `/api/socialdesk/interviews/${interviewId}` })).statusCode).toBe(200);
  });

  describe('confidential notes', () => {
    it('only the social worker writes and reads them; every read is audited', async () => {
      for (const role of ['director', 'admin', 'reception'] as const) {
        const w = await t.as(role, { method: 'POST', url: `/api/socialdesk/interviews/${interviewId}/notes`, payload: { body: 'x' } });
        expect(w.statusCode, role).toBe(403);
      }
      const added = await t.as('social_worker', { method: 'POST', url: `/api/socialdesk/interviews/${interviewId}/notes`, payload: { body: SECRET } });
      expect(added.statusCode).toBe(201);
      const read = await t.as('social_worker', { method: 'GET', url: `/api/socialdesk/interviews/${interviewId}/notes` });
      expect(read.statusCode).toBe(200);
      expect(read.json().items.map((n: { body: string }) => n.body)).toEqual([SECRET]);
      for (const role of ['director', 'admin', 'reception'] as const) {
        const r = await t.as(role, { method: 'GET', url: `/api/socialdesk/interviews/${interviewId}/notes` });
        expect(r.statusCode, role).toBe(403);
        expect(r.body).not.toContain('Violences');
      }
      const edit = await t.as('admin', { method: 'PATCH', url: `/api/socialdesk/notes/${added.json().id}`, payload: { body: 'changed' } });
      expect(edit.statusCode).toBe(403);
      const audit = (await t.as('admin', { method: 'GET', url: `/api/audit?entityType=person&entityId=${person}&action=socialdesk.notes` })).json().items;
      expect(audit.filter((a: { action: string }) => a.action === 'socialdesk.notes_read')).toHaveLength(1);
      const bad = await t.as('social_worker', { method: 'POST', url: `/api/socialdesk/interviews/${interviewId}/notes`, payload: { body: '   ' } });
      expect(bad.statusCode).toBe(400);
    });

    it('other readers get the interview without them, with hasConfidentialNotes', async () => {
      for (const role of ['director', 'admin'] as const) {
        const r = await t.as(role, { method: 'GET', url: `/api/socialdesk/interviews/${interviewId}` });
        expect(r.statusCode).toBe(200);
        expect(r.json().hasConfidentialNotes).toBe(true);
        expect(r.body).not.toContain('Violences');
        const list = await t.as(role, { method: 'GET', url: `/api/socialdesk/interviews?personId=${person}` });
        expect(list.body).not.toContain('Violences');
      }
    });

    it("the person's timeline hides the confidential text from the director and shows it to the social worker", async () => {
      const director = await t.as('director', { method: 'GET', url: `/api/people/${person}/timeline` });
      expect(director.statusCode).toBe(200);
      expect(director.body).not.toContain('Violences');
      const entry = director.json().items.find((e: { data?: { interviewId?: number } }) => e.data?.interviewId === interviewId);
      expect(entry).toMatchObject({ module: 'socialdesk', kind: 'timeline.socialdesk_interview', redacted: true, data: { hasConfidentialNotes: true } });
      expect(entry.data.confidentialNotes).toBeUndefined();
      const reception = await t.as('reception', { method: 'GET', url: `/api/people/${person}/timeline` });
      expect(reception.body).not.toContain('Violences');
      const sw = await t.as('social_worker', { method: 'GET', url: `/api/people/${person}/timeline` });
      const own = sw.json().items.find((e: { data?: { interviewId?: number } }) => e.data?.interviewId === interviewId);
      expect(own.redacted).toBe(false);
      expect(own.data.confidentialNotes.map((n: { body: string }) => n.body)).toEqual([SECRET]);
      expect(sw.json().items.some((e: { kind: string }) => e.kind === 'timeline.socialdesk_followup_start')).toBe(true);
    });

    it('reception, a trainer and a project officer see on the timeline only that an interview took place, on its date', async () => {
      const full = (await t.as('director', { method: 'GET', url: `/api/people/${person}/timeline` })).json().items.find((e: { data?: { interviewId?: number } }) => e.data?.interviewId === interviewId);
      for (const role of ['reception', 'trainer', 'project_officer'] as const) {
        const items = (await t.as(role, { method: 'GET', url: `/api/people/${person}/timeline` })).json().items;
        const social = items.filter((e: { module: string }) => e.module === 'socialdesk');
        expect(social.length, role).toBeGreaterThan(0);
        for (const e of social) expect(Object.keys(e).sort(), role).toEqual(['at', 'kind', 'module', 'redacted']);
        expect(social).toContainEqual({ at: full.at, module: 'socialdesk', kind: 'timeline.socialdesk_interview', redacted: true });
      }
    });
  });
});

describe('social desk: statistics', () => {
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    // New arrivals of 2026: a, b, c. d arrived in 2025 (a new arrival of 2025, seen again in 2026).
    ids.a = await newPerson(t, { firstName: 'Amina', lastName: 'Alaoui', birthDate: '2004-01-10', gender: 'F', studyLevel: 'upper_secondary', professionalStatus: 'job_seeker_actiris' }, { as: 'social_worker' });
    ids.b = await newPerson(t, { firstName: 'Bruno', lastName: 'Bogaert', birthDate: '1966-06-01', gender: 'M', studyLevel: 'university', professionalStatus: 'cpas_beneficiary' }, { as: 'social_worker' });
    ids.c = await newPerson(t, { firstName: 'Chloé', lastName: 'Claes', gender: 'F', professionalStatus: 'job_seeker_actiris' }, { as: 'social_worker' });
    ids.d = await newPerson(t, { firstName: 'David', lastName: 'Dumont', birthDate: '1985-03-03', gender: 'M' }, { as: 'social_worker' });
    const add = (personId: number, date: string, siteId: number, categories: string[]) =>
      interview({ personId, date, siteId, kind: siteId === est ? 'drop_in' : 'appointment', categories }).then((r) => expect(r.statusCode, r.body).toBe(201));
    await add(ids.d, '2025-06-10', maison, ['housing']);
    await add(ids.d, '2026-01-20', maison, ['housing', 'employment']);
    await add(ids.a, '2026-01-15', maison, ['literacy_language']);
    await add(ids.a, '2026-02-04', est, ['employment']);
    await add(ids.b, '2026-02-11', est, ['employment']);
    await add(ids.c, '2026-02-18', est, ['employment', 'childcare']);
  });

  it('gives new arrivals by age class, sex, study level and status, compared with the year before', async () => {
    const res = await t.as('director', { method: 'GET', url: '/api/socialdesk/stats?year=2026' });
    expect(res.statusCode).toBe(200);
    const s = res.json();
    // 2026 new arrivals: Nadia (first describe), a, b, c ; 2025: d
    // 4 against 1: the change is a fraction, (4 - 1) / 1 = 3 (+300 %)
    expect(s.newArrivals.total).toEqual({ key: 'new_arrivals', value: 4, previous: 1, change: 3, unit: 'count' });
    const age = Object.fromEntries(s.newArrivals.byAgeClass.map((x: { ageClass: string; value: number }) => [x.ageClass, x.value]));
    expect(age).toEqual({ under_25: 1, '25_34': 1, '35_44': 0, '45_54': 0, '55_plus': 1, unknown: 1 });
    const prevAge = Object.fromEntries(s.newArrivals.byAgeClass.map((x: { ageClass: string; previous: number }) => [x.ageClass, x.previous]));
    expect(prevAge['35_44']).toBe(1); // David, 40 in 2025
    const sex = Object.fromEntries(s.newArrivals.byGender.map((x: { gender: string; value: number }) => [x.gender, x.value]));
    expect(sex).toMatchObject({ F: 3, M: 1 });
    expect(s.newArrivals.byStudyLevel.find((x: { studyLevel: string }) => x.studyLevel === 'university').value).toBe(1);
    expect(s.newArrivals.byProfessionalStatus.find((x: { professionalStatus: string }) => x.professionalStatus === 'job_seeker_actiris').value).toBe(2);
  });

  it('gives people seen and interviews per site, and problem categories', async () => {
    const s = (await t.as('social_worker', { method: 'GET', url: '/api/socialdesk/stats?year=2026' })).json();
    // 2026 interviews: Nadia x2 (maison), d (maison), a (maison + est), b (est), c (est) = 7
    expect(s.interviews.total).toMatchObject({ value: 7, previous: 1 });
    const bySite = Object.fromEntries(s.interviews.bySite.map((x: { siteName: string; value: number }) => [x.siteName, x.value]));
    expect(bySite).toEqual({ "Maison de l'Emploi": 4, 'Espace Social Télé-Service': 3 });
    expect(s.peopleSeen.total.value).toBe(5);
    const seen = Object.fromEntries(s.peopleSeen.bySite.map((x: { siteName: string; value: number }) => [x.siteName, x.value]));
    expect(seen).toEqual({ "Maison de l'Emploi": 3, 'Espace Social Télé-Service': 3 });
    const employment = s.categories.find((c: { code: string }) => c.code === 'employment');
    expect(employment.interviews).toMatchObject({ key: 'category.employment', value: 4, previous: 0 });
    expect(employment.people.value).toBe(4);
    expect(s.categories.find((c: { code: string }) => c.code === 'housing').interviews).toMatchObject({ value: 2, previous: 1 });
    // No-shows come from the appointments module when installed (none booked here).
    if (s.noShows !== null) expect(s.noShows).toMatchObject({ noShows: { value: 0, previous: 0 }, noShowRate: { value: null, unit: 'percent' } });
  });

  it('opens every figure to the records behind it', async () => {
    const drill = async (key: string) => {
      const r = await t.as('director', { method: 'GET', url: `/api/socialdesk/stats/drill?year=2026&key=${encodeURIComponent(key)}` });
      expect(r.statusCode, r.body).toBe(200);
      return r.json();
    };
    const young = await drill('new_arrivals.age.under_25');
    expect(young.people.map((p: { lastName: string }) => p.lastName)).toEqual(['Alaoui']);
    const women = await drill('new_arrivals.gender.F');
    expect(women.count).toBe(3);
    const atEst = await drill(`interviews.site.${est}`);
    expect(atEst.kind).toBe('interviews');
    expect(atEst.interviews.map((i: { person: { lastName: string } }) => i.person.lastName)).toEqual(['Alaoui', 'Bogaert', 'Claes']);
    expect(atEst.interviews.every((i: { hasConfidentialNotes: boolean }) => i.hasConfidentialNotes === false)).toBe(true);
    const housing = await drill('category.housing');
    expect(housing.count).toBe(2);
    // a figure's count and its list always agree
    const s = (await t.as('director', { method: 'GET', url: '/api/socialdesk/stats?year=2026' })).json();
    for (const f of [s.newArrivals.total, s.peopleSeen.total, s.interviews.total, ...s.interviews.byKind, ...s.peopleSeen.bySite])
      expect((await drill(f.key)).count, f.key).toBe(f.value);
    const bad = await t.as('director', { method: 'GET', url: '/api/socialdesk/stats/drill?year=2026&key=salaries' });
    expect(bad.statusCode).toBe(400);
    expect((await t.as('director', { method: 'GET', url: '/api/socialdesk/stats?year=20222' })).statusCode).toBe(400);
  });

  it('counts a period from/to (both days included) beside the same period a year before, and opens its figures', async () => {
    // 10 to 18 February 2026: Bruno's first interview (the 11th) and Chloé's (the 18th), both at the Espace.
    const s = (await t.as('director', { method: 'GET', url: '/api/socialdesk/stats?from=2026-02-10&to=2026-02-18' })).json();
    expect(s).toMatchObject({ year: null, from: '2026-02-10', to: '2026-02-18' });
    expect(s.interviews.total).toMatchObject({ value: 2, previous: 0, change: null });
    expect(s.newArrivals.total).toMatchObject({ value: 2, previous: 0 });
    expect(s.newArrivals.byAgeClass.find((x: { ageClass: string }) => x.ageClass === '55_plus').value).toBe(1); // Bruno, 60 in 2026
    const drill = (await t.as('director', { method: 'GET', url: `/api/socialdesk/stats/drill?from=2026-02-10&to=2026-02-18&key=interviews.site.${est}` })).json();
    expect(drill.interviews.map((i: { person: { lastName: string } }) => i.person.lastName)).toEqual(['Bogaert', 'Claes']);
    // From the 19th, Chloé's interview is out and Nadia's of the 25th in.
    expect((await t.as('director', { method: 'GET', url: '/api/socialdesk/stats?from=2026-02-19&to=2026-02-28' })).json().interviews.total.value).toBe(1);
    const x = await t.as('director', { method: 'GET', url: '/api/socialdesk/stats/export?from=2026-02-10&to=2026-02-18&format=csv' });
    expect(x.statusCode).toBe(200);
    expect(x.body).toContain('2026-02-10 – 2026-02-18;2025-02-10 – 2025-02-18');
    expect((await t.as('director', { method: 'GET', url: '/api/socialdesk/stats?year=2026&from=2026-02-10' })).statusCode).toBe(400);
  });

  it('is for the social worker and the director only', async () => {
    for (const role of ['admin', 'reception', 'trainer'] as const) {
      expect((await t.as(role, { method: 'GET', url: '/api/socialdesk/stats?year=2026' })).statusCode, role).toBe(403);
      expect((await t.as(role, { method: 'GET', url: '/api/socialdesk/stats/drill?year=2026&key=interviews' })).statusCode, role).toBe(403);
    }
  });

  it('exports the figures and a drill list to xlsx with real numbers, and to csv', async () => {
    const x = await t.as('director', { method: 'GET', url: '/api/socialdesk/stats/export?year=2026&format=xlsx', headers: { 'accept-language': 'fr' } });
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-disposition']).toContain('permanences-sociales-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect((ws.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['Rubrique', 'Chiffre', '2026', '2025']);
    const first = ws.getRow(2);
    expect(first.getCell(2).value).toBe('Nouveaux arrivants');
    expect(first.getCell(3).value).toBe(4);
    expect(first.getCell(4).value).toBe(1);
    expect(first.getCell(5).value).toBe(3); // the change, a fraction shown as a percentage
    expect(first.getCell(5).numFmt).toContain('%');
    let under25: number | undefined;
    ws.eachRow((r) => {
      if (r.getCell(2).value === 'Moins de 25 ans') under25 = r.getCell(3).value as number;
    });
    expect(under25).toBe(1);

    const csv = await t.as('social_worker', { method: 'GET', url: '/api/socialdesk/stats/export?year=2026&format=csv', headers: { 'accept-language': 'en' } });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv.headers['content-disposition']).toContain('social-desk-2026.csv');
    expect(lines[0]).toBe('Section,Figure,2026,2025,Change,Key,Rate 2026,Rate 2025');
    expect(lines[1]).toBe('New arrivals,New arrivals,4,1,3,new_arrivals,,');

    const drill = await t.as('director', { method: 'GET', url: `/api/socialdesk/stats/export?year=2026&format=csv&key=new_arrivals.gender.M`, headers: { 'accept-language': 'fr' } });
    expect(drill.statusCode).toBe(200);
    const rows = drill.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('Bogaert');
  });

  it('gives the annual reach lines: distinct people at the social desk, interviews at the Espace Social Télé-Service', async () => {
    const source = t.app.relais.ctx.reach.all().find((s) => s.key === 'social_desk')!;
    const lines = await source.lines(2026);
    const main = lines.find((l) => l.key === 'social_desk')!;
    // Maison de l'Emploi 2026: Nadia (x2), d, a -> 3 people, 4 interviews
    expect(main).toMatchObject({ unit: 'distinct_people', value: 3, distinctPeople: 3, participations: 4 });
    const reached = (await t.database.rows<{ person_id: number }>(main.personIds!)).map((r) => r.person_id);
    expect(reached).toHaveLength(3);
    expect(reached).toEqual(expect.arrayContaining([ids.a, ids.d]));
    expect(reached).not.toContain(ids.b);
    const desk = lines.find((l) => l.key === `social_desk:site:${est}`)!;
    expect(desk).toMatchObject({ unit: 'participations', value: 3, label: 'Espace Social Télé-Service' });
  });
});

describe('social desk and the person record', () => {
  it('erasure deletes the confidential notes and free texts, keeps the anonymous figures', async () => {
    const p = await newPerson(t, { firstName: 'Eva', lastName: 'Erased', birthDate: '1995-02-02', gender: 'F' }, { as: 'social_worker' });
    const i = (await interview({ personId: p, date: '2026-03-02', siteId: maison, kind: 'appointment', categories: ['medical'], actions: 'Parlé de sa maladie' })).json();
    await t.as('social_worker', { method: 'POST', url: `/api/socialdesk/interviews/${i.id}/notes`, payload: { body: 'Diagnostic confidentiel' } });
    const before = (await t.as('director', { method: 'GET', url: '/api/socialdesk/stats?year=2026' })).json();
    expect((await t.as('director', { method: 'POST', url: `/api/people/${p}/erase`, payload: { confirm: true } })).statusCode).toBe(200);
    const after = await t.as('director', { method: 'GET', url: `/api/socialdesk/interviews/${i.id}` });
    expect(after.json()).toMatchObject({ hasConfidentialNotes: false, actions: null });
    const notes = await t.as('social_worker', { method: 'GET', url: `/api/socialdesk/interviews/${i.id}/notes` });
    expect(notes.json().items).toEqual([]);
    const stats = (await t.as('director', { method: 'GET', url: '/api/socialdesk/stats?year=2026' })).json();
    expect(stats.newArrivals.total.value).toBe(before.newArrivals.total.value);
    expect(stats.newArrivals.byAgeClass.find((x: { ageClass: string }) => x.ageClass === '25_34').value).toBe(
      before.newArrivals.byAgeClass.find((x: { ageClass: string }) => x.ageClass === '25_34').value,
    );
  });

  it('merging two followed people keeps their interviews, notes and follow-ups together', async () => {
    const keep = await newPerson(t, { firstName: 'Farid', lastName: 'Fassi' }, { as: 'social_worker' });
    const dup = await newPerson(t, { firstName: 'Farid', lastName: 'Fasi' }, { as: 'social_worker' });
    await interview({ personId: keep, date: '2026-01-05', siteId: maison, kind: 'appointment', categories: ['housing'] });
    const j = (await interview({ personId: dup, date: '2026-02-05', siteId: maison, kind: 'phone', categories: ['medical'] })).json();
    await t.as('social_worker', { method: 'POST', url: `/api/socialdesk/interviews/${j.id}/notes`, payload: { body: 'note du doublon' } });
    const merged = await t.as('social_worker', { method: 'POST', url: `/api/people/${keep}/merge`, payload: { duplicateId: dup } });
    expect(merged.statusCode, merged.body).toBe(200);
    expect((await interviewsOf(keep)).total).toBe(2);
    const f = (await t.as('social_worker', { method: 'GET', url: `/api/socialdesk/people/${keep}/followups` })).json();
    expect(f.firstStartDate).toBe('2026-01-05');
    // Both records had an open follow-up; the person has one, the one that started first.
    expect(f.items.filter((x: { status: string }) => x.status === 'open')).toEqual([expect.objectContaining({ startDate: '2026-01-05' })]);
    const timeline = (await t.as('social_worker', { method: 'GET', url: `/api/people/${keep}/timeline` })).json().items;
    expect(JSON.stringify(timeline)).toContain('note du doublon');
  });
});
