import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { newPerson } from '../../../test/builders';
import type { fixedClock } from '../../platform/clock';

const T0 = '2026-03-02T09:00:00Z';
let t: TestApp;
let clock: ReturnType<typeof fixedClock>;
beforeAll(async () => {
  // The tests move the clock by years: sessions must outlive that.
  t = await createTestApp({ clock: T0, env: { SESSION_IDLE_MINUTES: '100000000', SESSION_MAX_HOURS: '1000000' } });
  clock = t.clock as ReturnType<typeof fixedClock>;
});
afterAll(() => t?.close());

const create = (body: Record<string, unknown>) => t.as('reception', { method: 'POST', url: '/api/people', payload: body });

describe('people registry', () => {
  it('finds "Dubois, Hélène" from "helene dubois", a typo and the other word order', async () => {
    const res = await create({ firstName: 'Hélène', lastName: 'Dubois', birthDate: '1985-07-30', gender: 'F' });
    expect(res.statusCode).toBe(201);
    await create({ firstName: 'Karim', lastName: 'Benali' });
    for (const q of ['helene dubois', 'Dubois Hélène', 'helen duboit', 'DUBOIS']) {
      const found = await t.as('reception', { method: 'GET', url: `/api/people?q=${encodeURIComponent(q)}` });
      expect(found.statusCode).toBe(200);
      const names = found.json().items.map((p: { lastName: string }) => p.lastName);
      expect(names[0], q).toBe('Dubois');
      expect(names).not.toContain('Benali');
    }
  });

  it('warns about a probable duplicate and creates it only when confirmed', async () => {
    const dup = await create({ firstName: 'Helene', lastName: 'Dubois', birthDate: '1985-07-30' });
    expect(dup.statusCode).toBe(409);
    expect(dup.headers['content-type']).toContain('application/problem+json');
    expect(dup.json().duplicates[0]).toMatchObject({ lastName: 'Dubois', reason: 'same_name_and_birth_date' });
    const forced = await create({ firstName: 'Helene', lastName: 'Dubois', birthDate: '1985-07-30', confirmNotDuplicate: true });
    expect(forced.statusCode).toBe(201);
  });
});

const get = (id: number, role: Parameters<TestApp['as']>[0] = 'reception') => t.as(role, { method: 'GET', url: `/api/people/${id}` });
const search = async (q: string) =>
  (await t.as('reception', { method: 'GET', url: `/api/people?q=${encodeURIComponent(q)}&limit=200` })).json().items.map((p: { id: number }) => p.id) as number[];

describe('a status nobody asked', () => {
  it('is unknown, not "other": a person created with only a name (front desk, quick create) counts as unknown', async () => {
    const res = await t.as('reception', { method: 'POST', url: '/api/people', payload: { firstName: 'Yasmina', lastName: 'Quickcreate' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ professionalStatus: 'unknown', studyLevel: 'unknown' });
  });
});

describe('derived fields', () => {
  it('derives the Brussels commune from the postal code, and follows a new postal code', async () => {
    clock.set(T0);
    const res = await create({ firstName: 'Moussa', lastName: 'Diallo', postalCode: '1080', confirmNotDuplicate: true });
    expect(res.json()).toMatchObject({ postalCode: '1080', commune: 'Molenbeek-Saint-Jean' });
    const id = res.json().id;
    const moved = await t.as('reception', { method: 'PATCH', url: `/api/people/${id}`, payload: { postalCode: '1050' } });
    expect(moved.json().commune).toBe('Ixelles');
    // outside the Region: no Brussels commune, and not the old one either
    const left = await t.as('reception', { method: 'PATCH', url: `/api/people/${id}`, payload: { postalCode: '1300' } });
    expect(left.json()).toMatchObject({ postalCode: '1300', commune: null });
    // a commune typed by staff wins
    const typed = await t.as('reception', { method: 'PATCH', url: `/api/people/${id}`, payload: { postalCode: '1300', commune: 'Wavre' } });
    expect(typed.json().commune).toBe('Wavre');
    expect((await create({ firstName: 'Léa', lastName: 'Bruxelloise', postalCode: '1020', confirmNotDuplicate: true })).json().commune).toBe('Bruxelles');
  });

  it('computes the age on today in Brussels (fixed clock), and the birth year', async () => {
    clock.set(T0); // 2 March 2026
    const before = (await create({ firstName: 'Age', lastName: 'Tomorrow', birthDate: '1990-03-03', confirmNotDuplicate: true })).json();
    const today = (await create({ firstName: 'Age', lastName: 'Today', birthDate: '1990-03-02', confirmNotDuplicate: true })).json();
    expect(before).toMatchObject({ age: 35, birthYear: 1990 });
    expect(today.age).toBe(36);
    expect((await create({ firstName: 'Age', lastName: 'Unknown', confirmNotDuplicate: true })).json().age).toBeNull();
    // 23:30 UTC on 2 March is already 3 March in Brussels
    clock.set('2026-03-02T23:30:00Z');
    expect((await get(before.id)).json().age).toBe(36);
    clock.set(T0);
    expect((await get(before.id)).json().age).toBe(35);
  });
});

describe('merge', () => {
  it('moves every row that points at the removed record to the kept one, fills empty fields, and leaves a pointer', async () => {
    clock.set(T0);
    // A table of "another module", known only through its foreign key to people(id).
    await t.database.rows(sql`create table test_merge_links (id integer generated always as identity primary key, person_id integer not null references people(id), label text)`);
    try {
      const keep = await newPerson(t, { firstName: 'Fatima', lastName: 'Zahra', birthDate: '1988-05-14' });
      const remove = await newPerson(t, { firstName: 'Fatima', lastName: 'Zahraa', phone: '0488 11 22 33', email: 'fz@example.be', consents: ['data_processing'] });
      await t.database.rows(sql`insert into test_merge_links (person_id, label) values (${remove}, 'visit 1'), (${remove}, 'visit 2'), (${keep}, 'visit 0')`);
      expect(await search('fatima zahra')).toEqual(expect.arrayContaining([keep, remove]));

      const res = await t.as('reception', { method: 'POST', url: `/api/people/${keep}/merge`, payload: { duplicateId: remove } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ id: keep, firstName: 'Fatima', lastName: 'Zahra', birthDate: '1988-05-14', phone: '0488 11 22 33', email: 'fz@example.be' });

      const links = await t.database.rows<{ person_id: number; label: string }>(sql`select person_id, label from test_merge_links order by label`);
      expect(links).toEqual([
        { person_id: keep, label: 'visit 0' },
        { person_id: keep, label: 'visit 1' },
        { person_id: keep, label: 'visit 2' },
      ]);
      const consents = await t.database.rows<{ person_id: number }>(sql`select person_id from person_consents where person_id in (${keep}, ${remove})`);
      expect(consents).toEqual([{ person_id: keep }]);

      const removed = await get(remove);
      expect(removed.json().mergedIntoId).toBe(keep);
      expect(await search('fatima zahra')).toContain(keep);
      expect(await search('fatima zahra')).not.toContain(remove);
      // the removed record cannot be changed or merged again
      expect((await t.as('reception', { method: 'PATCH', url: `/api/people/${remove}`, payload: { phone: '02 222 22 22' } })).statusCode).toBe(409);
      expect((await t.as('reception', { method: 'POST', url: `/api/people/${keep}/merge`, payload: { duplicateId: remove } })).statusCode).toBe(409);
      expect((await t.as('reception', { method: 'POST', url: `/api/people/${keep}/merge`, payload: { duplicateId: keep } })).statusCode).toBe(400);

      const audit = await t.as('admin', { method: 'GET', url: `/api/audit?action=person.merge&entityId=${keep}` });
      expect(audit.json().items[0]).toMatchObject({ entityId: String(keep), details: { mergedId: remove, moved: { 'test_merge_links.person_id': 2, 'person_consents.person_id': 1 } } });
    } finally {
      await t.database.rows(sql`drop table test_merge_links`);
    }
  });

  it('is refused to roles that do not handle duplicates', async () => {
    const a = await newPerson(t, { firstName: 'Trainer', lastName: 'Cannot' });
    const b = await newPerson(t, { firstName: 'Trainer', lastName: 'Cannot' });
    expect((await t.as('trainer', { method: 'POST', url: `/api/people/${a}/merge`, payload: { duplicateId: b } })).statusCode).toBe(403);
    expect((await get(b)).json().mergedIntoId).toBeNull();
  });
});

describe('GDPR', () => {
  let id = 0;
  it('exports everything held on a person as a JSON file, in their language: record, consents, access log in words', async () => {
    clock.set(T0);
    id = await newPerson(t, {
      firstName: 'Joris',
      lastName: 'Vermeulen',
      birthDate: '1979-12-01',
      gender: 'M',
      studyLevel: 'upper_secondary',
      professionalStatus: 'job_seeker_actiris',
      postalCode: '1000',
      phone: '0499 99 99 99',
      email: 'joris@example.be',
      niss: '79120100163',
      languages: ['Nederlands', 'Frans'],
      notes: 'Cherche un emploi en logistique',
      consents: ['data_processing', 'contact_by_email'],
    });
    clock.set('2026-03-05T10:00:00Z');
    await get(id, 'social_worker');
    // the director works in French; Joris speaks Dutch: the export is in Dutch
    const res = await t.as('director', { method: 'GET', url: `/api/people/${id}/export` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="person-${id}.json"`);
    const data = res.json();
    expect(data.locale).toBe('nl');
    expect(data.person).toMatchObject({ id, firstName: 'Joris', lastName: 'Vermeulen' });
    const section = (key: string) => data.sections.find((s: { key: string }) => s.key === key);
    const record = section('person');
    expect(record.title).toBe('Fiche van de persoon');
    const value = (label: string) => record.rows.find((r: { field: string }) => r.field === label)?.value;
    expect(value('E-mail')).toBe('joris@example.be');
    expect(value('Rijksregisternummer (INSZ)')).toBe('79120100163');
    expect(value('Beroepsstatuut')).toBe('Werkzoekende ingeschreven bij Actiris');
    expect(value('Opmerkingen')).toBe('Cherche un emploi en logistique');
    expect(section('person_consents').rows.map((c: { purpose: string }) => c.purpose).sort()).toEqual(['Contact per e-mail', 'Verwerking van de gegevens voor de begeleiding']);
    const log = section('access_log').rows;
    expect(log.map((e: { action: string }) => e.action)).toEqual(['Fiche aangemaakt', 'Fiche ingekeken']);
    expect(log[1]).toMatchObject({ by: 'Test social_worker', at: '2026-03-05T10:00:00.000Z' });
    const audit = await t.as('admin', { method: 'GET', url: `/api/audit?action=person.export&entityId=${id}` });
    expect(audit.json().items).toHaveLength(1);
    // a language asked for wins
    expect((await t.as('director', { method: 'GET', url: `/api/people/${id}/export?locale=en` })).json().sections[0].title).toBe("The person's record");
    // not for people readers who are not GDPR officers or social workers
    expect((await t.as('reception', { method: 'GET', url: `/api/people/${id}/export` })).statusCode).toBe(403);
    // confidential notes: only a social worker may ask for them
    const asked = await t.as('director', { method: 'GET', url: `/api/people/${id}/export?includeConfidential=true` });
    expect(asked.statusCode).toBe(403);
    expect(asked.headers['content-type']).toContain('application/problem+json');
    expect((await t.as('social_worker', { method: 'GET', url: `/api/people/${id}/export?includeConfidential=true` })).statusCode).toBe(200);
  });

  it('erases the identity (names, birth day, contact, NISS, notes, consents) and keeps the anonymous profile', async () => {
    const other = await newPerson(t, { firstName: 'Jo', lastName: 'Vermeule', phone: '0477 00 00 00', niss: '79120100163' });
    expect((await t.as('reception', { method: 'POST', url: `/api/people/${id}/merge`, payload: { duplicateId: other } })).statusCode).toBe(200);
    expect((await t.as('director', { method: 'POST', url: `/api/people/${id}/erase`, payload: {} })).statusCode).toBe(400);
    const res = await t.as('director', { method: 'POST', url: `/api/people/${id}/erase`, payload: { confirm: true } });
    expect(res.statusCode, res.body).toBe(200);
    const after = (await get(id, 'admin')).json();
    expect(after).toMatchObject({
      firstName: '',
      lastName: '',
      birthDate: null,
      phone: null,
      email: null,
      niss: null,
      notes: null,
      consents: [],
      gender: 'M',
      birthYear: 1979,
      studyLevel: 'upper_secondary',
      professionalStatus: 'job_seeker_actiris',
      commune: 'Bruxelles',
    });
    expect(after.erasedAt).toBeTruthy();
    // nothing of the identity is left in the table, including the record merged into this one
    const leftovers = await t.database.rows(
      sql`select id from people where first_name ilike '%jo%' or last_name ilike '%vermeul%' or niss = '79120100163' or phone like '04%99%' or phone = '0477 00 00 00'`,
    );
    expect(leftovers).toEqual([]);
    expect(await search('Vermeulen')).toEqual([]);
    const audit = await t.as('admin', { method: 'GET', url: `/api/audit?action=person.erase&entityId=${id}` });
    expect(audit.json().items).toHaveLength(1);
    expect(audit.json().items[0].actorUserId).toBe(await t.userIdFor('director'));
    expect((await t.as('reception', { method: 'PATCH', url: `/api/people/${id}`, payload: { firstName: 'Back' } })).statusCode).toBe(409);
  });

  it('is refused to roles other than admin and director', async () => {
    const victim = await newPerson(t, { firstName: 'Not', lastName: 'Erased' });
    for (const role of ['reception', 'social_worker', 'trainer', 'project_officer', 'communication', 'logistics'] as const)
      expect((await t.as(role, { method: 'POST', url: `/api/people/${victim}/erase`, payload: { confirm: true } })).statusCode, role).toBe(403);
    expect((await get(victim)).json().firstName).toBe('Not');
  });

  it('lists people with no activity for N years (fixed clock), oldest first', async () => {
    clock.set('2019-06-01T09:00:00Z');
    const old = await newPerson(t, { firstName: 'Ancien', lastName: 'Dossier' });
    clock.set('2021-09-01T09:00:00Z');
    const middle = await newPerson(t, { firstName: 'Moyen', lastName: 'Dossier' });
    clock.set('2026-03-02T09:00:00Z');
    const recent = await newPerson(t, { firstName: 'Recent', lastName: 'Dossier' });
    const review = async (q: string) => {
      const res = await t.as('director', { method: 'GET', url: `/api/people/retention${q}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const five = await review('?years=5');
    expect(five.cutoff).toBe('2021-03-02T09:00:00.000Z');
    expect(five.items.map((p: { id: number }) => p.id)).toEqual([old]);
    const four = await review('?years=4');
    expect(four.items.map((p: { id: number }) => p.id)).toEqual([old, middle]);
    expect(four.items.map((p: { id: number }) => p.id)).not.toContain(recent);
    // the default is the configured retention period
    expect((await t.as('admin', { method: 'PUT', url: '/api/people/retention', payload: { years: 4 } })).statusCode).toBe(200);
    expect((await review('')).years).toBe(4);
    expect((await review('')).total).toBe(2);
    // erased people are no longer to review
    await t.as('admin', { method: 'POST', url: `/api/people/${old}/erase`, payload: { confirm: true } });
    expect((await review('?years=4')).items.map((p: { id: number }) => p.id)).toEqual([middle]);
  });
});
