/**
 * The person's own data (GDPR right of access): the export holds every row of every module that references
 * the person, and every table that can reference a person is covered by some module's part of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './test-app';

let t: TestApp;
beforeAll(async () => {
  // Wednesday 4 March 2026, 8:00 in Brussels.
  t = await createTestApp({ clock: '2026-03-04T07:00:00Z' });
});
afterAll(() => t?.close());

/**
 * Tables with a person_id column (or `<something>_person_id`, or a mentee), or a foreign key to people(id),
 * besides people itself. (Modules keep no foreign keys into other modules' tables: the names are the contract.)
 */
async function tablesHoldingPeople(): Promise<Map<string, string[]>> {
  const rows = await t.database.rows<{ table_name: string; column_name: string }>(sql`
    select table_name::text, column_name::text from information_schema.columns
    where table_schema = 'public' and (column_name = 'person_id' or column_name like '%\\_person\\_id' or column_name in ('mentee_id'))
    union
    select cl.relname::text, a.attname::text
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_namespace n on n.oid = cl.relnamespace and n.nspname = 'public'
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
    where c.contype = 'f' and c.confrelid = 'people'::regclass and cl.relname <> 'people'`);
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.table_name, [...(out.get(r.table_name) ?? []), r.column_name]);
  return out;
}

describe("a person's own data", () => {
  it('every table that holds people is covered by some module of the GDPR export (a new one must register its part)', async () => {
    const covered = new Set(t.app.relais.ctx.registry.gdprParts().flatMap((p) => p.tables));
    const missing = [...(await tablesHoldingPeople()).keys()].filter((table) => !covered.has(table)).sort();
    expect(missing, 'tables with a person_id (or a foreign key to people) that no ctx.registry.gdprPart(...) lists in its `tables`').toEqual([]);
    expect(covered.has('people')).toBe(true);
  });

  it('a social worker exports a person recorded in every module: every row that references them; other exports say confidential notes exist and whom to ask', async () => {
    const site = (await t.as('admin', { method: 'POST', url: '/api/sites', payload: { name: 'Espace Social Télé-Service', kind: 'desk', openingHours: [{ weekday: 3, from: '09:00', to: '12:00' }] } })).json().id;
    const person = (await t.as('reception', { method: 'POST', url: '/api/people', payload: { firstName: 'Nadia', lastName: 'Benali', phone: '0470 11 22 33', languages: ['fr'], consents: ['data_processing'], confirmNotDuplicate: true } })).json().id;
    const ok = (res: { statusCode: number; body: string }, what: string) => expect(res.statusCode, `${what}: ${res.body}`).toBeLessThan(300);

    // front desk
    ok(await t.as('reception', { method: 'POST', url: '/api/frontdesk/visits', payload: { siteId: site, personId: person, reason: 'information', note: 'Demande un formulaire' } }), 'front desk');
    // public digital space
    const kinds = (await t.as('reception', { method: 'GET', url: '/api/epn/help-kinds' })).json().items as { id: number; code: string }[];
    ok(await t.as('reception', { method: 'POST', url: '/api/epn/visits', payload: { personId: person, helpKindIds: [kinds.find((k) => k.code === 'e_guichet')!.id] } }), 'epn');
    // trainings: enrolment and attendance
    const programme = (await t.as('project_officer', { method: 'POST', url: '/api/trainings/programmes', payload: { name: 'Bureautique' } })).json().id;
    const session = (await t.as('project_officer', { method: 'POST', url: `/api/trainings/programmes/${programme}/sessions`, payload: { capacity: 10, days: [{ date: '2026-03-04', from: '07:30', to: '12:00' }] } })).json().id;
    const participant = await t.as('project_officer', { method: 'POST', url: `/api/trainings/sessions/${session}/participants`, payload: { personId: person } });
    ok(participant, 'training');
    // the website: a registration request for a public session, accepted for this person
    const open = (await t.as('project_officer', { method: 'POST', url: `/api/trainings/programmes/${programme}/sessions`, payload: { capacity: 10, isPublic: true, days: [{ date: '2026-03-11', from: '09:30', to: '12:00' }] } })).json().id;
    const form = new URLSearchParams({ firstName: 'Nadia', lastName: 'Benali', phone: '0470 11 22 33', consent: 'on', token: 'gdpr-test-form-token-0001' });
    ok(await t.app.inject({ method: 'POST', url: `/fr/formations/${open}`, headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' }, payload: form.toString() }), 'training request');
    const request = (await t.as('project_officer', { method: 'GET', url: `/api/trainings/sessions/${open}/requests` })).json().items[0];
    ok(await t.as('project_officer', { method: 'POST', url: `/api/trainings/requests/${request.id}/accept`, payload: { personId: person } }), 'request accepted');
    ok(await t.as('project_officer', { method: 'PUT', url: `/api/trainings/sessions/${session}/attendance`, payload: { date: '2026-03-04', entries: [{ participantId: participant.json().id, present: true }] } }), 'attendance');
    // appointments
    const desk = await t.as('social_worker', { method: 'POST', url: '/api/appointment-desks', payload: { siteId: site, name: 'Permanence emploi', staffUserId: await t.userIdFor('social_worker'), hours: [{ weekday: 3, from: '09:00', to: '12:00' }] } });
    ok(desk, 'desk');
    ok(await t.as('reception', { method: 'POST', url: '/api/appointments', payload: { deskId: desk.json().id, personId: person, startsAt: '2026-03-04T10:00:00+01:00', purpose: 'Bilan des démarches' } }), 'appointment');
    // social desk: an interview (which opens a follow-up) and a confidential note
    const interview = await t.as('social_worker', { method: 'POST', url: '/api/socialdesk/interviews', payload: { personId: person, date: '2026-03-03', siteId: site, kind: 'drop_in', categories: ['housing'], actions: 'Recherche de logement' } });
    ok(interview, 'interview');
    const SECRET = 'Situation familiale difficile';
    ok(await t.as('social_worker', { method: 'POST', url: `/api/socialdesk/interviews/${interview.json().id}/notes`, payload: { body: SECRET } }), 'note');

    // IT equipment: a laptop lent for a training
    const laptop = await t.as('trainer', { method: 'POST', url: '/api/equipment/assets', payload: { kind: 'laptop', name: 'Portable formation 4' } });
    ok(laptop, 'equipment asset');
    ok(await t.as('trainer', { method: 'POST', url: '/api/equipment/loans', payload: { assetIds: [laptop.json().id], borrowerKind: 'person', personId: person, note: 'Formation bureautique' } }), 'equipment loan');
    // events: registered at the desk for an information session
    const event = await t.as('project_officer', { method: 'POST', url: '/api/events', payload: { kind: 'info_session', status: 'published', titleFr: 'Séance Actiris', titleNl: 'Infosessie Actiris', startsAt: '2026-03-11T09:30:00+01:00', endsAt: '2026-03-11T11:30:00+01:00', venueName: 'Maison de l’Emploi' } });
    ok(await t.as('project_officer', { method: 'POST', url: `/api/events/${event.json().id}/registrations`, payload: { firstName: 'Nadia', lastName: 'Benali', personId: person } }), 'event registration');
    // surveys: a personal link, answered (the answers stay anonymous); a contest entry
    const survey = (await t.as('communication', { method: 'POST', url: '/api/surveys', payload: { titleFr: 'Satisfaction atelier CV', titleNl: 'Tevredenheid cv-workshop', questions: [{ kind: 'scale', scale: 5, textFr: 'Note', textNl: 'Score' }] } })).json();
    ok(await t.as('communication', { method: 'POST', url: `/api/surveys/${survey.id}/open` }), 'survey open');
    const invitation = await t.as('communication', { method: 'POST', url: `/api/surveys/${survey.id}/invitations`, payload: { participantKey: `person:${person}`, personId: person } });
    ok(invitation, 'survey invitation');
    ok(await t.as(null, { method: 'POST', url: `/api/public/surveys/${invitation.json().token}`, payload: { answers: [{ questionId: survey.questions[0].id, scale: 4 }] } }), 'survey answer');
    const contest = (await t.as('project_officer', { method: 'POST', url: '/api/contests', payload: { name: 'Fundtruck 2026' } })).json();
    ok(await t.as('project_officer', { method: 'POST', url: `/api/contests/${contest.id}/candidates`, payload: { name: 'Nadia Benali', project: 'Food truck « Saveurs »', personId: person } }), 'contest candidate');
    // digital diagnostic, with a helper; mentoring: a pair with a session, and the person as a mentor too
    const diagnostic = await t.as('trainer', { method: 'POST', url: '/api/diagnostic/sessions', payload: { personId: person, locale: 'fr', commune: 'Bruxelles' } });
    ok(diagnostic, 'diagnostic');
    const mentor = await t.as('trainer', { method: 'POST', url: '/api/mentoring/mentors', payload: { name: 'Luc Verhaegen', trainedOn: '2026-02-20' } });
    ok(mentor, 'mentor');
    const pair = await t.as('trainer', { method: 'POST', url: '/api/mentoring/pairs', payload: { mentorId: mentor.json().id, menteeId: person, status: 'active', startsOn: '2026-03-02' } });
    ok(pair, 'pair');
    ok(await t.as('trainer', { method: 'POST', url: '/api/mentoring/mentors', payload: { personId: person, trainedOn: '2026-02-20' } }), 'as mentor');
    // matching: a candidate profile; a need brought to a circle, and attendance at a workshop
    ok(await t.as('project_officer', { method: 'POST', url: '/api/matching/profiles', payload: { personId: person, consent: true, languages: [{ code: 'fr', level: 'C2' }], wishes: 'Travail en cuisine' } }), 'matching profile');
    const circle = await t.as('social_worker', { method: 'POST', url: '/api/matching/circles', payload: { kind: 'workshop', titleFr: 'Atelier Solutions', titleNl: 'Atelier Solutions', date: '2026-03-03', time: '09:30', place: 'Salle 2' } });
    ok(circle, 'circle');
    ok(await t.as('social_worker', { method: 'POST', url: '/api/matching/cases', payload: { personId: person, need: 'Garde d’enfants pour reprendre une formation', circleId: circle.json().id } }), 'matching case');
    ok(await t.as('social_worker', { method: 'POST', url: `/api/matching/circles/${circle.json().id}/attendance`, payload: { personId: person, present: true } }), 'attendance');

    const res = await t.as('social_worker', { method: 'GET', url: `/api/people/${person}/export?includeConfidential=true` });
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json() as { sections: { key: string; rows: Record<string, unknown>[]; withheld?: string }[] };
    const section = (key: string) => data.sections.find((s) => s.key === key);
    // every table with a person_id column: as many rows in the export as in the table
    for (const [table, columns] of await tablesHoldingPeople()) {
      const own = columns.filter((c) => c === 'person_id' || c === 'mentee_id');
      if (!own.length) continue;
      const [{ n }] = await t.database.rows<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.join(own.map((c) => sql`${sql.identifier(c)} = ${person}`), sql` or `)}`);
      expect(n, `${table} holds no row of the person: the test should record one`).toBeGreaterThan(0);
      expect(section(table)?.rows.length, `${table}: ${n} rows, in the export ${section(table)?.rows.length}`).toBe(n);
    }
    const text = JSON.stringify(data);
    for (const content of ['Demande un formulaire', 'Bilan des démarches', 'Recherche de logement', SECRET, 'Bureautique', 'E-guichet de la commune', 'Travail en cuisine', 'Garde d’enfants']) expect(text).toContain(content);
    expect(section('training_attendance')?.rows).toHaveLength(1);
    // the access log holds the entries of every module that name the person, in words
    const actions = section('access_log')!.rows.map((r) => r.action);
    for (const a of ['Fiche créée', 'Visite à l’accueil enregistrée', 'Rendez-vous pris', 'Inscription à une formation', 'Entretien social enregistré', 'Matériel informatique prêté']) expect(actions).toContain(a);
    expect(actions.some((a) => String(a).includes('.'))).toBe(false);

    // the director's export: the note is not in it, and it says that notes exist and whom to ask
    const director = (await t.as('director', { method: 'GET', url: `/api/people/${person}/export` })).json() as typeof data;
    expect(JSON.stringify(director)).not.toContain(SECRET);
    const notes = director.sections.find((s) => s.key === 'socialdesk_confidential_notes')!;
    expect(notes.rows).toEqual([]);
    expect(notes.withheld).toMatch(/1 note\(s\) confidentielle\(s\).*assistant·e social·e/);
    // only a social worker may ask for them
    for (const role of ['admin', 'director'] as const) {
      const asked = await t.as(role, { method: 'GET', url: `/api/people/${person}/export?includeConfidential=true` });
      expect(asked.statusCode, role).toBe(403);
      expect(asked.body).not.toContain(SECRET);
    }
    // nor a social worker's export that did not ask for them
    expect(JSON.stringify((await t.as('social_worker', { method: 'GET', url: `/api/people/${person}/export` })).json())).not.toContain(SECRET);
  });

  it('holds the files that imported the person: the record created, an update with the values it replaced, a draft row linked to them; erased, no file keeps them', async () => {
    const upload = async (csv: string, fileName: string) => {
      const res = await t.as('admin', { method: 'POST', url: '/api/imports', payload: { kind: 'people', source: 'partenaire-x', fileName, content: Buffer.from(csv).toString('base64') } });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: number };
    };
    const commit = async (id: number) => expect((await t.as('admin', { method: 'POST', url: `/api/imports/${id}/commit` })).statusCode).toBe(200);
    await commit((await upload('Référence;Nom;Prénom;Téléphone\r\nP7;Lemaire;Inès;0470 00 00 01', 'inscrits-janvier.csv')).id);
    const [{ id: person }] = await t.database.rows<{ id: number }>(sql`select id from people where external_id = 'P7'`);
    await commit((await upload('Référence;Nom;Prénom;Téléphone\r\nP7;Lemaire;Inès;0470 99 99 99', 'inscrits-février.csv')).id);
    // a draft of another tool, its row linked to her by staff
    const draft = await t.as('admin', { method: 'POST', url: '/api/imports', payload: { kind: 'people', source: 'autre-outil', fileName: 'liste-salon.csv', content: Buffer.from('Nom;Prénom;Commune\r\nLemaire;Inès;Jette').toString('base64') } });
    expect(draft.statusCode, draft.body).toBe(201);
    expect((await t.as('admin', { method: 'PUT', url: `/api/imports/${draft.json().id}/rows/0/decision`, payload: { decision: { action: 'link', personId: person } } })).statusCode).toBeLessThan(300);

    const exported = (await t.as('admin', { method: 'GET', url: `/api/people/${person}/export` })).json() as { sections: { key: string; title: string; columns: { key: string; label: string }[]; rows: Record<string, unknown>[] }[] };
    const files = exported.sections.find((s) => s.key === 'import_batches')!;
    expect(files.columns.map((c) => c.label)).toContain('Effet sur la fiche');
    expect(files.rows.map((r) => [r.file, r.status, r.what])).toEqual([
      ['inscrits-janvier.csv', 'Importé', 'Fiche créée'],
      ['inscrits-février.csv', 'Importé', 'Fiche complétée (valeurs remplacées gardées pour annuler)'],
      ['liste-salon.csv', 'En préparation', 'Ligne reliée à la fiche'],
    ]);
    expect(files.rows[1].data).toContain('Téléphone: 0470 00 00 01'); // the value the update replaced, kept to undo it
    expect(files.rows[2].data).toContain('Commune: Jette');
    const dutch = (await t.as('admin', { method: 'GET', url: `/api/people/${person}/export?locale=nl` })).json() as typeof exported;
    expect(dutch.sections.find((s) => s.key === 'import_batches')?.title).toBe('Geïmporteerde bestanden');

    expect((await t.as('admin', { method: 'POST', url: `/api/people/${person}/erase`, payload: { confirm: true } })).statusCode).toBeLessThan(300);
    const [{ text }] = await t.database.rows<{ text: string }>(sql`select string_agg(written::text || rows::text, ' ') as text from import_batches`);
    expect(text).not.toContain('0470 00 00 01');
    expect(text).not.toContain('Jette');
  });
});
