import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { parseDay } from './imports.fields';
import { nissFor } from '../people/niss';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-02T09:00:00Z' });
});
afterAll(() => t?.close());

const upload = (content: Buffer, fileName = 'personnes.csv', source = 'actiris-2023', role: 'admin' | 'director' | 'reception' = 'admin', lang = 'fr') =>
  t.as(role, { method: 'POST', url: '/api/imports', headers: { 'accept-language': lang }, payload: { kind: 'people', source, fileName, content: content.toString('base64') } });
const get = (id: number, q = '') => t.as('admin', { method: 'GET', url: `/api/imports/${id}?limit=500${q}` });
const commit = (id: number) => t.as('admin', { method: 'POST', url: `/api/imports/${id}/commit` });
const query = (text: string) => t.database.rows<Record<string, unknown>>(sql.raw(text));
const countPeople = async () => Number((await query('select count(*)::int as n from people'))[0].n);

describe('imports: a file of people comes in', () => {
  it('reads a Windows-1252 csv with semicolons, proposes the mapping from French headers, and shows each row\'s status', async () => {
    const csv = ['Référence;Nom;Prénom;Date de naissance;Sexe;NISS;Commune', `A1;Dubois;Hélène;12/04/1985;F;${nissFor('1985-04-12', 123)};Anderlecht`, 'A2;Peeters;Jan;31/02/1990;M;;Jette', 'A3;;Sara;1992-03-01;F;;'].join('\r\n');
    const res = await upload(Buffer.from(csv, 'latin1'));
    expect(res.statusCode).toBe(201);
    const b = res.json();
    expect(b.mapping).toEqual(['externalId', 'lastName', 'firstName', 'birthDate', 'gender', 'niss', 'commune']);
    expect(b.counts).toMatchObject({ rows: 3, new: 1, error: 2 });
    const detail = (await get(b.id)).json();
    expect(detail.rows[0].cells).toMatchObject({ firstName: 'Hélène', lastName: 'Dubois' });
    expect(detail.rows[1].errors.birthDate).toMatch(/Date impossible/);
    expect(detail.rows[2].errors.lastName).toBe('Obligatoire.');
    // Fixed in place, the row is checked again.
    const fixed = await t.as('admin', { method: 'PATCH', url: `/api/imports/${b.id}/rows/1`, payload: { values: { birthDate: '28/02/1990' } } });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json().row).toMatchObject({ status: 'new', fixed: ['birthDate'], cells: { birthDate: '28/02/1990' } });
    expect(fixed.json().counts).toMatchObject({ new: 2, error: 1 });
  });

  it('reads dates as Excel serials, dd/mm/yyyy, yyyy-mm-dd and with times without shifting the day', () => {
    expect(parseDay('31048')).toBe('1985-01-01');
    expect(parseDay('45000')).toBe('2023-03-15');
    expect(parseDay('01/04/1985')).toBe('1985-04-01');
    expect(parseDay('1/4/1985')).toBe('1985-04-01');
    expect(parseDay('1985-04-01')).toBe('1985-04-01');
    expect(parseDay('01/04/1985 23:30')).toBe('1985-04-01');
    expect(parseDay('1985-04-01T00:30:00+02:00')).toBe('1985-04-01');
    expect(parseDay('31/02/1990')).toBeNull();
    expect(parseDay('29/02/2023')).toBeNull();
    expect(parseDay('29/02/2024')).toBe('2024-02-29');
  });

  it('reads an xlsx whose birth dates are date cells: the day written is the day stored', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Personnes');
    ws.addRow(['Achternaam', 'Voornaam', 'Geboortedatum', 'Gemeente']);
    ws.addRow(['Janssens', 'Lotte', new Date(Date.UTC(1999, 0, 1)), 'Laken']);
    ws.addRow(['Yilmaz', 'Emre', 36526, 'Schaerbeek']);
    ws.getColumn(3).numFmt = 'dd/mm/yyyy';
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(file, 'personen.xlsx', 'xlsx-test', 'admin', 'nl');
    expect(res.statusCode).toBe(201);
    expect(res.json().mapping).toEqual(['lastName', 'firstName', 'birthDate', 'commune']);
    const rows = (await get(res.json().id)).json().rows;
    expect(rows.map((r: { cells: { birthDate: string } }) => r.cells.birthDate)).toEqual(['1999-01-01', '2000-01-01']);
    const done = (await commit(res.json().id)).json();
    expect(done.counts.created).toBe(2);
    const stored = await query("select birth_date::text as d from people where source = 'xlsx-test' order by last_name");
    expect(stored.map((r) => r.d)).toEqual(['1999-01-01', '2000-01-01']);
  });

  it('finds duplicates within the file and against the registry, each with its reason; staff skip, link or create', async () => {
    const known = (await t.as('admin', { method: 'POST', url: '/api/people', payload: { firstName: 'Aïssatou', lastName: "N'Diaye-Öztürk", birthDate: '1988-07-14' } })).json().id;
    const withNiss = (await t.as('admin', { method: 'POST', url: '/api/people', payload: { firstName: 'Karim', lastName: 'Benali', niss: nissFor('1977-03-05', 55), birthDate: '1977-03-05' } })).json().id;
    const csv = [
      'id,last name,first name,birth date,niss',
      'D1,Ndiaye,Aissatou,14/07/1988,', // same birth date, close name (accents, apostrophe, order)
      `D2,Benaly,Kareem,05/03/1977,${nissFor('1977-03-05', 55)}`, // same NISS
      'D3,Martin,Chloé,02/02/1995,',
      'D4,MARTIN,Chloe,1995-02-02,', // same as D3 in the file
      'D5,Diaye,Paul,14/07/1988,', // same birth date, another name: not a duplicate
    ].join('\n');
    const b = (await upload(Buffer.from(csv), 'doublons.csv', 'partner-x')).json();
    const rows = (await get(b.id)).json().rows;
    expect(rows.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'duplicate', 'new', 'duplicate', 'new']);
    expect(rows[0].duplicateOf).toMatchObject({ personId: known, reason: 'same_birth_date_and_name' });
    expect(rows[1].duplicateOf).toMatchObject({ personId: withNiss, reason: 'same_niss' });
    expect(rows[3].duplicateOf).toMatchObject({ personId: null, row: 2, reason: 'same_birth_date_and_name' });
    const onlyDuplicates = (await get(b.id, '&filter=duplicates')).json();
    expect(onlyDuplicates.total).toBe(3);

    const decide = (row: number, decision: unknown) => t.as('admin', { method: 'PUT', url: `/api/imports/${b.id}/rows/${row}/decision`, payload: { decision } });
    expect((await decide(0, { action: 'link', personId: known })).statusCode).toBe(200);
    expect((await decide(1, { action: 'merge', personId: withNiss })).statusCode).toBe(200);
    expect((await decide(3, { action: 'skip' })).statusCode).toBe(200);
    const dry = await t.as('admin', { method: 'POST', url: `/api/imports/${b.id}/dry-run` });
    expect(dry.json()).toMatchObject({ willCreate: 2, willUpdate: 2, willSkip: 1, willRefuse: 0 });

    const before = await countPeople();
    expect((await commit(b.id)).json().counts).toMatchObject({ created: 2, updated: 2 });
    expect(await countPeople()).toBe(before + 2);
    const linked = await query(`select source, external_id from people where id = ${known}`);
    expect(linked[0]).toEqual({ source: 'partner-x', external_id: 'D1' });
  });

  it('importing the same file again changes nothing: same source and ids update, they never duplicate', async () => {
    const csv = ['Référence;Nom;Prénom;Date de naissance', 'R1;Lambert;Noah;03/03/2001', 'R2;Haddad;Yasmine;04/04/2002'].join('\n');
    const first = (await upload(Buffer.from(csv), 'r.csv', 'again')).json();
    await commit(first.id);
    const n = await countPeople();
    const second = (await upload(Buffer.from(csv), 'r.csv', 'again')).json();
    expect(second.mappingRemembered).toBe(true);
    expect(second.counts).toMatchObject({ update: 2, new: 0 });
    const done = (await commit(second.id)).json();
    expect(done.counts).toMatchObject({ created: 0, updated: 0 });
    expect(await countPeople()).toBe(n);
  });

  it('a whole import is undone; not once something was recorded since for a person it created', async () => {
    const csv = ['Nom;Prénom;Date de naissance', 'Undo;Anna;01/01/1990', 'Undo;Bram;02/02/1991'].join('\n');
    const b = (await upload(Buffer.from(csv), 'u.csv', 'undo-test')).json();
    const n = await countPeople();
    await commit(b.id);
    expect(await countPeople()).toBe(n + 2);
    const undo = await t.as('admin', { method: 'POST', url: `/api/imports/${b.id}/undo` });
    expect(undo.statusCode).toBe(200);
    expect(undo.json().status).toBe('undone');
    expect(await countPeople()).toBe(n);

    const b2 = (await upload(Buffer.from(csv), 'u2.csv', 'undo-test-2')).json();
    await commit(b2.id);
    const [{ id }] = await query("select id from people where source = 'undo-test-2' order by id limit 1");
    await t.as('admin', { method: 'PATCH', url: `/api/people/${id}`, payload: { phone: '0470 12 34 56' } });
    const refused = await t.as('admin', { method: 'POST', url: `/api/imports/${b2.id}/undo`, headers: { 'accept-language': 'nl' } });
    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.json().title ?? refused.json().detail).toMatch(/ongedaan/);
    expect(await countPeople()).toBe(n + 2);

    // A visit logged since for a person the import created: the undo is refused, nothing changes.
    const b3 = (await upload(Buffer.from(['Nom;Prénom', 'Visit;Clara'].join('\n')), 'u3.csv', 'undo-test-3')).json();
    await commit(b3.id);
    const [{ id: visitor }] = await query("select id from people where source = 'undo-test-3'");
    const site = (await t.as('admin', { method: 'POST', url: '/api/sites', payload: { name: 'Centrale', kind: 'main', openingHours: [] } })).json().id;
    expect((await t.as('admin', { method: 'POST', url: '/api/frontdesk/visits', payload: { siteId: site, personId: visitor, reason: 'information' } })).statusCode).toBe(201);
    const used = await t.as('admin', { method: 'POST', url: `/api/imports/${b3.id}/undo` });
    expect(used.statusCode).toBe(409);
    expect(JSON.stringify(used.json())).toMatch(/activités ont été enregistrées/);
    expect((await query(`select count(*)::int as n from people where id = ${visitor}`))[0].n).toBe(1);
  });
});

describe('imports: bad input gets a clear message and changes nothing', () => {
  it('a file that is not a spreadsheet, a sheet with no header, a column mapped twice', async () => {
    const n = await countPeople();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const notSheet = await upload(png, 'photo.csv');
    expect(notSheet.statusCode).toBe(400);
    expect(notSheet.json().title ?? notSheet.json().detail).toMatch(/pas un tableau/);
    const noHeader = await upload(Buffer.from('12/04/1985;1;2\n13/04/1985;3;4\n'));
    expect(noHeader.statusCode).toBe(400);
    expect(JSON.stringify(noHeader.json())).toMatch(/première ligne/);
    const b = (await upload(Buffer.from('Nom;Prénom;Autre\nA;B;C\n'), 'x.csv', 'twice')).json();
    const twice = await t.as('admin', { method: 'PUT', url: `/api/imports/${b.id}/mapping`, payload: { mapping: ['lastName', 'firstName', 'lastName'] } });
    expect(twice.statusCode).toBe(400);
    expect(JSON.stringify(twice.json())).toMatch(/même champ \(Nom\)/);
    expect((await get(b.id)).json().mapping).toEqual(['lastName', 'firstName', null]);
    expect(await countPeople()).toBe(n);
  });

  it('a NISS with a wrong check digit is an error of its cell and the row is refused at commit', async () => {
    const b = (await upload(Buffer.from(`Nom;Prénom;NISS\nWrong;Check;85041212399\n`), 'n.csv', 'niss')).json();
    const row = (await get(b.id)).json().rows[0];
    expect(row.status).toBe('error');
    expect(row.errors.niss).toMatch(/NISS/);
    const n = await countPeople();
    expect((await commit(b.id)).json().counts).toMatchObject({ willRefuse: 1, created: 0 });
    expect(await countPeople()).toBe(n);
  });

  it('a committed import cannot be committed again, and only the import roles may import', async () => {
    const b = (await upload(Buffer.from('Nom;Prénom\nOnce;Only\n'), 'o.csv', 'once')).json();
    expect((await commit(b.id)).statusCode).toBe(200);
    const again = await commit(b.id);
    expect(again.statusCode).toBe(409);
    expect((await upload(Buffer.from('Nom;Prénom\nA;B\n'), 'r.csv', 'r', 'reception')).statusCode).toBe(403);
  });
});

describe('imports: the bulk API for other tools', () => {
  it('creates, then updates by the same ids, links by NISS, and answers one result per item in order', async () => {
    const knownNiss = nissFor('1966-01-01', 7);
    const known = (await t.as('admin', { method: 'POST', url: '/api/people', payload: { firstName: 'Marie', lastName: 'Claes', niss: knownNiss } })).json().id;
    const items = [
      { externalId: 'X1', firstName: 'Lina', lastName: 'Moreau', birthDate: '2001-05-06' },
      { externalId: 'X2', firstName: 'Marie', lastName: 'Claes', niss: knownNiss, phone: '02 279 11 11' },
    ];
    const first = await t.as('admin', { method: 'POST', url: '/api/imports/bulk/people', payload: { source: 'actiris', items } });
    expect(first.statusCode).toBe(200);
    expect(first.json().items).toMatchObject([
      { externalId: 'X1', result: 'created' },
      { externalId: 'X2', result: 'linked', id: known },
    ]);
    const n = await countPeople();
    const again = await t.as('admin', { method: 'POST', url: '/api/imports/bulk/people', payload: { source: 'actiris', items } });
    expect(again.json().items.map((i: { result: string }) => i.result)).toEqual(['unchanged', 'unchanged']);
    const changed = await t.as('admin', { method: 'POST', url: '/api/imports/bulk/people', payload: { source: 'actiris', items: [{ ...items[0], lastName: 'Moreau-Lefèvre' }] } });
    expect(changed.json().items[0]).toMatchObject({ result: 'updated', id: first.json().items[0].id });
    expect(await countPeople()).toBe(n);
  });

  it('a batch with an invalid item is refused whole, saying which item', async () => {
    const n = await countPeople();
    const bad = await t.as('admin', { method: 'POST', url: '/api/imports/bulk/people', payload: { source: 'actiris', items: [{ externalId: 'Y1', firstName: 'A', lastName: 'B' }, { externalId: 'Y2', firstName: 'C', lastName: 'D', birthDate: '1990-02-31' }] } });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toMatch(/items\.1\.birthDate/);
    expect(await countPeople()).toBe(n);
  });

  it('an id given twice in a batch refuses that item only, with its reason; the others are written', async () => {
    const n = await countPeople();
    const items = [
      { externalId: 'Z', firstName: 'Anne', lastName: 'Bastin' },
      { externalId: 'Z', firstName: 'Carl', lastName: 'Dumont' },
      { externalId: 'Z2', firstName: 'Eva', lastName: 'Fontaine' },
    ];
    const send = () => t.as('admin', { method: 'POST', url: '/api/imports/bulk/people', headers: { 'accept-language': 'fr' }, payload: { source: 'actiris', items } });
    const twice = await send();
    expect(twice.statusCode).toBe(200);
    const r = twice.json().items;
    expect(r.map((i: { result: string }) => i.result)).toEqual(['created', 'refused', 'created']);
    expect(r[1]).toMatchObject({ externalId: 'Z', id: null });
    expect(r[1].errors.externalId).toMatch(/élément précédent/);
    expect(await countPeople()).toBe(n + 2);
    const [anne] = await t.database.rows<{ first_name: string }>(sql`select first_name from people where source = 'actiris' and external_id = 'Z'`);
    expect(anne.first_name).toBe('Anne');
    // Again: nothing changes.
    expect((await send()).json().items.map((i: { result: string }) => i.result)).toEqual(['unchanged', 'refused', 'unchanged']);
    expect(await countPeople()).toBe(n + 2);
  });
});
