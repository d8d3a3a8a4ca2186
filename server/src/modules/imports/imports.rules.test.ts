import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { fixedClock } from '../../platform/clock';

/**
 * What a module's own rules make of imported history (issue 16), on PGlite and (with TEST_DATABASE_URL)
 * PostgreSQL: a session's places as an enrolment counts them (waiting list for a session to come, refusal for one
 * that has begun), and room bookings told to calendars (SEQUENCE and LAST-MODIFIED of the iCalendar feeds) as a
 * move at the desk tells them.
 */
let t: TestApp;
const clock = fixedClock('2026-03-02T09:00:00Z');
const SOURCE = 'ancien-outil';

beforeAll(async () => {
  t = await createTestApp({ clock });
  const people = ['Référence;Nom;Prénom;Date de naissance', 'P1;Dubois;Hélène;12/04/1985', 'P2;Peeters;Jan;01/02/1990', 'P3;Yilmaz;Emre;05/11/1979', 'P4;Martin;Lucie;20/06/2001'].join('\r\n');
  const up = (await upload('people', people)).json();
  expect((await commit(up.id)).statusCode).toBe(200);
});
afterAll(() => t?.close());

const upload = (kind: string, csv: string, lang = 'fr') =>
  t.as('admin', { method: 'POST', url: '/api/imports', headers: { 'accept-language': lang }, payload: { kind, source: SOURCE, fileName: 'fichier.csv', content: Buffer.from(csv, 'utf8').toString('base64') } });
const get = (id: number) => t.as('admin', { method: 'GET', url: `/api/imports/${id}?limit=500`, headers: { 'accept-language': 'fr' } });
const commit = (id: number) => t.as('admin', { method: 'POST', url: `/api/imports/${id}/commit` });
const undo = (id: number) => t.as('admin', { method: 'POST', url: `/api/imports/${id}/undo` });

describe('imported training participations and the session’s places', () => {
  let coming = 0;
  let past = 0;
  const csv = [
    'ID;Personne;Formation;Date de la session;Statut',
    // The session to come has 2 places, one taken at the desk: A1 takes the last one, A2 goes on the waiting list.
    'A1;P1;Atelier numérique;06/04/2026;inscrite',
    'A2;P2;Atelier numérique;06/04/2026;',
    'A3;P3;Atelier numérique;13/04/2026;liste d’attente',
    // The past session has 1 place: B1 takes it, B2 is refused (a list of who took part goes on no waiting list).
    'B1;P1;Atelier numérique;03/11/2025;',
    'B2;P2;Atelier numérique;03/11/2025;',
    'B3;P3;Atelier numérique;03/11/2025;liste d’attente',
  ].join('\n');
  const stored = () =>
    t.database.rows<{ external_id: string; status: string }>(sql`select external_id, status from training_participants where external_id is not null order by external_id`);

  beforeAll(async () => {
    const programme = (await t.as('project_officer', { method: 'POST', url: '/api/trainings/programmes', payload: { name: 'Atelier numérique' } })).json();
    const session = (days: string[], capacity: number) =>
      t.as('project_officer', { method: 'POST', url: `/api/trainings/programmes/${programme.id}/sessions`, payload: { capacity, days: days.map((date) => ({ date, from: '09:00', to: '12:00' })) } });
    coming = (await session(['2026-04-06', '2026-04-13'], 2)).json().id;
    past = (await session(['2025-11-03'], 1)).json().id;
    const desk = await t.as('project_officer', { method: 'POST', url: `/api/trainings/sessions/${coming}/participants`, payload: { professionalName: 'Sam Agent' } });
    expect(desk.json().status).toBe('enrolled');
  });

  it('beyond the places, a row of a session to come goes on the waiting list and says so; one of a session that has begun is refused with the reason', async () => {
    const b = (await upload('training_participations', csv)).json();
    expect(b.counts).toMatchObject({ rows: 6, new: 5, error: 1, willCreate: 5, willRefuse: 1, noted: 1 });
    const rows = (await get(b.id)).json().rows;
    expect(rows[0]).toMatchObject({ status: 'new', notes: {} });
    expect(rows[1]).toMatchObject({ status: 'new', plan: 'create', errors: {}, notes: { sessionDate: expect.stringMatching(/liste d’attente, comme lors d’une inscription/) } });
    expect(rows[4]).toMatchObject({ status: 'error', plan: 'refuse', errors: { sessionDate: expect.stringMatching(/complète et a déjà commencé.*Augmentez la capacité/) } });
    // A row the file puts on the waiting list takes no place and gets no note.
    expect(rows[5]).toMatchObject({ status: 'new', notes: {} });
    expect((await commit(b.id)).json().counts).toMatchObject({ created: 5, noted: 1 });
    expect(await stored()).toEqual([
      { external_id: 'A1', status: 'enrolled' },
      { external_id: 'A2', status: 'waiting' },
      { external_id: 'A3', status: 'waiting' },
      { external_id: 'B1', status: 'enrolled' },
      { external_id: 'B3', status: 'waiting' },
    ]);
    // The session is full as an enrolment leaves it: the desk's participant and A1, then the waiting list in the file's order.
    const detail = (await t.as('project_officer', { method: 'GET', url: `/api/trainings/sessions/${coming}` })).json();
    expect(detail.participants.filter((p: { status: string }) => p.status === 'enrolled')).toHaveLength(2);
    expect(detail.waitingList.map((p: { position: number }) => p.position)).toEqual([1, 2]);
  });

  it('the same file again changes nothing (the waiting rows stay waiting); once the capacity is raised the refused row goes in', async () => {
    const again = (await upload('training_participations', csv)).json();
    expect(again.counts).toMatchObject({ new: 0, update: 5, error: 1, noted: 1 });
    expect((await commit(again.id)).json().counts).toMatchObject({ created: 0, updated: 0 });
    expect((await t.as('project_officer', { method: 'PATCH', url: `/api/trainings/sessions/${past}`, payload: { capacity: 2 } })).statusCode).toBe(200);
    const raised = (await upload('training_participations', csv)).json();
    expect(raised.counts).toMatchObject({ new: 1, update: 5, error: 0 });
    // The raised capacity gave the new place to B3 (first of the waiting list); the file says B3 waits: the file is
    // written as it says, and B2 takes the place (the rows that free a place are written before those that take one).
    expect((await stored()).find((r) => r.external_id === 'B3')?.status).toBe('enrolled');
    expect((await commit(raised.id)).json().counts).toMatchObject({ created: 1, updated: 1 });
    const inPast = async () => (await stored()).filter((r) => r.external_id.startsWith('B'));
    expect(await inPast()).toEqual([
      { external_id: 'B1', status: 'enrolled' },
      { external_id: 'B2', status: 'enrolled' },
      { external_id: 'B3', status: 'waiting' },
    ]);
    // The undo frees B2's place before B3 takes it back.
    expect((await undo(raised.id)).statusCode).toBe(200);
    expect(await inPast()).toEqual([
      { external_id: 'B1', status: 'enrolled' },
      { external_id: 'B3', status: 'enrolled' },
    ]);
  });

  it('the bulk API answers the note per item, in the reader’s language', async () => {
    const body = { source: SOURCE, items: [{ externalId: 'C1', personExternalId: 'P4', programme: 'Atelier numérique', sessionDate: '2026-04-06' }] };
    const res = await t.as('admin', { method: 'POST', url: '/api/imports/bulk/training_participations', headers: { 'accept-language': 'nl' }, payload: body });
    expect(res.json().items).toEqual([{ externalId: 'C1', id: expect.any(Number), result: 'created', errors: {}, notes: { sessionDate: expect.stringMatching(/wachtlijst, zoals bij een inschrijving/) } }]);
    expect((await stored()).find((r) => r.external_id === 'C1')?.status).toBe('waiting');
    // A place freed at the desk goes to the first of the waiting list, as for any enrolment.
    const desk = (await t.as('project_officer', { method: 'GET', url: `/api/trainings/sessions/${coming}` })).json();
    const agent = desk.participants.find((p: { name: string }) => p.name === 'Sam Agent');
    const withdrawn = await t.as('project_officer', { method: 'POST', url: `/api/trainings/participants/${agent.id}/withdraw`, payload: {} });
    expect(withdrawn.statusCode).toBe(200);
    expect((await stored()).find((r) => r.external_id === 'A2')?.status).toBe('enrolled');
  });
});

describe('imported room bookings in the calendars', () => {
  const csv = ['Référence;Salle;Date;Début;Fin;Objet', 'R1;Salle Vénus;10/03/2026;10:00;12:00;Réunion', 'R2;Salle Vénus;11/03/2026;14:00;15:00;Atelier'].join('\n');
  let roomId = 0;
  /** Each event of the room's feed: its SEQUENCE, LAST-MODIFIED and start. */
  const feed = async () => {
    const ics = (await t.as(null, { method: 'GET', url: `/api/public/rooms/${roomId}/calendar.ics` })).body.replace(/\r\n /g, '');
    return ics
      .split('BEGIN:VEVENT')
      .slice(1)
      .map((e) => ({ sequence: Number(/\nSEQUENCE:(\d+)/.exec(e)?.[1]), lastModified: /\nLAST-MODIFIED:(\S+)/.exec(e)?.[1], start: /\nDTSTART[^:]*:(\S+)/.exec(e)?.[1] }));
  };
  beforeAll(async () => {
    roomId = (await t.as('admin', { method: 'POST', url: '/api/rooms', payload: { name: 'Salle Vénus', capacity: 20, halfDayPriceCents: 0, dayPriceCents: 0 } })).json().id;
  });

  it('a booking moved by an import gets a higher SEQUENCE and a new LAST-MODIFIED, as a move at the desk; its undo is one more change', async () => {
    const b = (await upload('room_bookings', csv)).json();
    expect((await commit(b.id)).json().counts).toMatchObject({ created: 2 });
    const first = await feed();
    expect(first.map((e) => [e.sequence, e.start])).toEqual([
      [0, '20260310T100000'],
      [0, '20260311T140000'],
    ]);
    // The same file again: nothing for calendars either.
    const same = (await upload('room_bookings', csv)).json();
    expect((await commit(same.id)).json().counts).toMatchObject({ created: 0, updated: 0 });
    expect(await feed()).toEqual(first);

    clock.set('2026-03-02T09:20:00Z');
    const moved = (await upload('room_bookings', csv.replace('10/03/2026;10:00;12:00', '10/03/2026;13:00;16:00').replace(';Atelier', ';Atelier CV'))).json();
    expect((await commit(moved.id)).json().counts).toMatchObject({ updated: 2 });
    const after = await feed();
    // R1 moved: SEQUENCE grows; R2's purpose changed only: same SEQUENCE (as at the desk), both stamped at the update.
    expect(after.map((e) => [e.sequence, e.start, e.lastModified])).toEqual([
      [1, '20260310T130000', '20260302T092000Z'],
      [0, '20260311T140000', '20260302T092000Z'],
    ]);
    const [desk] = await t.database.rows<{ sequence: number }>(sql`select sequence from room_bookings where external_id = 'R1'`);
    expect(desk.sequence).toBe(1);

    clock.set('2026-03-02T09:40:00Z');
    expect((await undo(moved.id)).statusCode).toBe(200);
    const back = await feed();
    // Back to its hours with SEQUENCE 2 (a calendar ignores an event whose SEQUENCE goes down); R2 is put back as it was.
    expect(back.map((e) => [e.sequence, e.start, e.lastModified])).toEqual([
      [2, '20260310T100000', '20260302T094000Z'],
      [0, '20260311T140000', first[1].lastModified],
    ]);
    clock.set('2026-03-02T09:00:00Z');
  });
});

describe('a large file is kept and written in chunks', () => {
  it('2,500 rows: three chunks of cells while a draft, three of what was written once committed; the undo reads them all', async () => {
    const csv = ['Référence;Nom;Prénom;Date de naissance', ...Array.from({ length: 2500 }, (_, i) => `C${i};Nom${i};Prénom${i};${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0')}/${1950 + Math.floor(i / 336)}`)].join('\n');
    const b = (await upload('people', csv)).json();
    expect(b.counts).toMatchObject({ rows: 2500, new: 2500 });
    const chunks = async (table: string) => (await t.database.rows<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)} where batch_id = ${b.id}`))[0].n;
    expect(await chunks('import_row_chunks')).toBe(3);
    // The last row (each birth date once: no possible duplicate) is read back from its chunk: fixed in place like any other.
    const fixed = await t.as('admin', { method: 'PATCH', url: `/api/imports/${b.id}/rows/2499`, payload: { values: { firstName: 'Zoé' } } });
    expect(fixed.json().row).toMatchObject({ index: 2499, cells: { firstName: 'Zoé', lastName: 'Nom2499' } });
    expect((await commit(b.id)).json().counts).toMatchObject({ created: 2500 });
    expect(await chunks('import_row_chunks')).toBe(0);
    expect(await chunks('import_written_chunks')).toBe(3);
    expect((await t.database.rows<{ n: number }>(sql`select count(*)::int as n from people where source = ${SOURCE} and external_id like 'C%'`))[0].n).toBe(2500);
    expect((await undo(b.id)).statusCode).toBe(200);
    expect((await t.database.rows<{ n: number }>(sql`select count(*)::int as n from people where source = ${SOURCE} and external_id like 'C%'`))[0].n).toBe(0);
  });
});
