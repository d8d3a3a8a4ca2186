import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../../test/test-app';

// Tuesday 10 March 2026, 10:00 in Brussels.
let t: TestApp;
let site: number;
let paradigme: number;
let person: number;

beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-10T09:00:00Z' });
  site = (await t.as('admin', { method: 'POST', url: '/api/sites', payload: { name: "Maison de l'Emploi", kind: 'main', openingHours: [] } })).json().id;
  paradigme = (await t.as('admin', { method: 'POST', url: '/api/organisations', payload: { name: 'Paradigme asbl', type: 'association' } })).json().id;
  person = (await t.as('reception', { method: 'POST', url: '/api/people', payload: { firstName: 'Awa', lastName: 'Diallo', birthDate: '1995-06-01' } })).json().id;
});
afterAll(() => t?.close());

const it_ = (opts: Parameters<TestApp['as']>[1]) => t.as('trainer', opts);
const laptop = { kind: 'laptop', name: 'Portable formation 1', brand: 'Dell', model: 'Latitude 3540', serialNumber: 'DL-4471', purchaseDate: '2024-02-01', purchasePrice: 829, warrantyEnd: '2027-02-01', operatingSystem: 'Windows 11 Pro' };
const create = async (body: Record<string, unknown>) => it_({ method: 'POST', url: '/api/equipment/assets', payload: { siteId: site, ...body } });
const count = async () => (await it_({ method: 'GET', url: '/api/equipment/assets?includeRetired=true' })).json().total as number;

describe('equipment: the register', () => {
  it('the IT trainer registers a laptop: it gets an inventory number and its page shows where it is', async () => {
    const res = await create(laptop);
    expect(res.statusCode).toBe(201);
    const a = res.json();
    expect(a).toMatchObject({ tag: `IT-${String(a.id).padStart(5, '0')}`, kind: 'laptop', status: 'in_use', site: { id: site, name: "Maison de l'Emploi" }, purchasePrice: 829, warrantyOver: false, pastAge: false });
    const page = await it_({ method: 'GET', url: `/api/equipment/assets/${a.id}` });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ asset: { name: 'Portable formation 1' }, interventions: [], loans: [] });
    // Found by its serial number
    expect((await it_({ method: 'GET', url: '/api/equipment/assets?q=dl-4471' })).json().items.map((x: { id: number }) => x.id)).toEqual([a.id]);
  });

  it('refuses a serial number already registered for the same brand, a warranty ending before the purchase, unknown references: 4xx, nothing written', async () => {
    const before = await count();
    const dup = await create({ ...laptop, name: 'Doublon', serialNumber: 'dl-4471', brand: 'DELL' });
    expect(dup.statusCode).toBe(409);
    expect(dup.headers['content-type']).toContain('application/problem+json');
    expect(dup.json().detail ?? dup.json().title).toMatch(/numéro de série/);
    const warranty = await create({ ...laptop, serialNumber: 'X-1', purchaseDate: '2024-02-01', warrantyEnd: '2023-12-31' });
    expect(warranty.statusCode).toBe(400);
    expect(JSON.stringify(warranty.json())).toContain('warrantyEnd');
    const nl = await t.as('trainer', { method: 'POST', url: '/api/equipment/assets', headers: { 'accept-language': 'nl' }, payload: { ...laptop, serialNumber: 'X-2', warrantyEnd: '2020-01-01' } });
    expect(JSON.stringify(nl.json())).toContain('garantie kan niet vóór de aankoopdatum');
    for (const bad of [{ siteId: 999_999 }, { ownerOrganisationId: paradigme }, { owner: 'partner' }, { purchasePrice: -3 }, { kind: 'toaster' }, { colour: 'red' }]) {
      const r = await create({ ...laptop, serialNumber: `Y-${JSON.stringify(bad)}`, ...bad });
      expect(r.statusCode, JSON.stringify(bad)).toBe(400);
    }
    // The same serial number from another brand is another machine.
    expect((await create({ ...laptop, brand: 'Lenovo', name: 'Lenovo', serialNumber: 'DL-4471' })).statusCode).toBe(201);
    expect(await count()).toBe(before + 1);
    // A warranty made to end before the purchase by a correction is refused too.
    const id = (await it_({ method: 'GET', url: '/api/equipment/assets?q=Lenovo' })).json().items[0].id;
    expect((await it_({ method: 'PATCH', url: `/api/equipment/assets/${id}`, payload: { warrantyEnd: '2020-01-01' } })).statusCode).toBe(400);
    // ...and so is a purchase moved after the warranty's end, or a serial number corrected into one already registered
    const moved = await it_({ method: 'PATCH', url: `/api/equipment/assets/${id}`, payload: { purchaseDate: '2027-06-01' } });
    expect(moved.statusCode).toBe(400);
    expect(moved.headers['content-type']).toContain('application/problem+json');
    const dell = (await it_({ method: 'GET', url: '/api/equipment/assets?q=DL-4471' })).json().items.find((x: { brand: string }) => x.brand === 'Dell');
    const other = (await create({ ...laptop, name: 'Dell 2', serialNumber: 'DL-5000' })).json();
    const renumbered = await it_({ method: 'PATCH', url: `/api/equipment/assets/${other.id}`, payload: { serialNumber: 'dl-4471' } });
    expect(renumbered.statusCode).toBe(409);
    expect(renumbered.json().detail ?? renumbered.json().title).toMatch(/numéro de série/);
    expect((await it_({ method: 'GET', url: `/api/equipment/assets/${other.id}` })).json().asset).toMatchObject({ serialNumber: 'DL-5000' });
    expect((await it_({ method: 'GET', url: `/api/equipment/assets/${id}` })).json().asset).toMatchObject({ purchaseDate: '2024-02-01', warrantyEnd: '2027-02-01' });
    expect(dell).toBeDefined();
  });

  it('a repeated create with the same Idempotency-Key makes one record', async () => {
    const before = await count();
    const headers = { 'idempotency-key': 'equipment-create-0001' };
    const a = await it_({ method: 'POST', url: '/api/equipment/assets', headers, payload: { kind: 'screen', name: 'Écran 24"' } });
    const b = await it_({ method: 'POST', url: '/api/equipment/assets', headers, payload: { kind: 'screen', name: 'Écran 24"' } });
    expect(a.statusCode).toBe(201);
    expect(b.json().id).toBe(a.json().id);
    expect(await count()).toBe(before + 1);
  });

  it('only those who keep the equipment change it; the director reads it; reception sees nothing', async () => {
    expect((await t.as('reception', { method: 'GET', url: '/api/equipment/assets' })).statusCode).toBe(403);
    expect((await t.as('director', { method: 'GET', url: '/api/equipment/assets' })).statusCode).toBe(200);
    expect((await t.as('director', { method: 'POST', url: '/api/equipment/assets', payload: { kind: 'screen', name: 'x' } })).statusCode).toBe(403);
    expect((await t.as('logistics', { method: 'POST', url: '/api/equipment/assets', payload: { kind: 'projector', name: 'Projecteur salons' } })).statusCode).toBe(201);
  });
});

describe('equipment: maintenance and backups', () => {
  it('records an intervention, and a recurring task done is due again one period later; the home page lists tasks due within a week', async () => {
    const a = (await create({ kind: 'desktop', name: 'PC Accueil', brand: 'Lenovo', serialNumber: 'MJ-1' })).json();
    const task = await it_({ method: 'POST', url: `/api/equipment/assets/${a.id}/tasks`, payload: { title: 'Mises à jour Windows', every: 1, unit: 'month', nextDue: '2026-03-12' } });
    expect(task.statusCode).toBe(201);
    let home = (await it_({ method: 'GET', url: '/api/equipment/overview' })).json();
    expect(home.tasksDue.map((x: { title: string }) => x.title)).toContain('Mises à jour Windows');

    const done = await it_({ method: 'POST', url: `/api/equipment/assets/${a.id}/interventions`, payload: { kind: 'intervention', day: '2026-03-10', summary: 'Mises à jour installées', minutesSpent: 30, taskId: task.json().id } });
    expect(done.statusCode).toBe(201);
    expect(done.json()).toMatchObject({ by: 'Test trainer', minutesSpent: 30 });
    const page = (await it_({ method: 'GET', url: `/api/equipment/assets/${a.id}` })).json();
    expect(page.tasks[0]).toMatchObject({ nextDue: '2026-04-10', lastDone: '2026-03-10', overdue: false });
    home = (await it_({ method: 'GET', url: '/api/equipment/overview' })).json();
    expect(home.tasksDue.map((x: { title: string }) => x.title)).not.toContain('Mises à jour Windows');

    // An incident puts it in repair; a provider's intervention with a cost puts it back in use.
    await it_({ method: 'POST', url: `/api/equipment/assets/${a.id}/interventions`, payload: { kind: 'incident', day: '2026-03-10', summary: 'Ne démarre plus', setStatus: 'in_repair' } });
    expect((await it_({ method: 'GET', url: `/api/equipment/assets/${a.id}` })).json().asset.status).toBe('in_repair');
    const fix = await it_({ method: 'POST', url: `/api/equipment/assets/${a.id}/interventions`, payload: { kind: 'intervention', day: '2026-03-10', summary: 'Alimentation remplacée', byName: 'Irisnet', cost: 84.5, setStatus: 'in_use' } });
    expect(fix.json()).toMatchObject({ by: 'Irisnet', cost: 84.5 });
    expect((await it_({ method: 'GET', url: `/api/equipment/assets/${a.id}` })).json().asset.status).toBe('in_use');
    // Bad input
    expect((await it_({ method: 'POST', url: `/api/equipment/assets/${a.id}/interventions`, payload: { kind: 'intervention', day: '2026-03-11', summary: 'demain' } })).statusCode).toBe(400);
    expect((await it_({ method: 'POST', url: `/api/equipment/assets/${a.id}/interventions`, payload: { kind: 'intervention', day: '2026-03-10', summary: 'x', cost: 1.234 } })).statusCode).toBe(400);
    const badTask = await it_({ method: 'POST', url: `/api/equipment/assets/${a.id}/interventions`, payload: { kind: 'incident', day: '2026-03-10', summary: 'x', taskId: 999_999, setStatus: 'in_repair' } });
    expect(badTask.statusCode).toBe(404);
    const after = (await it_({ method: 'GET', url: `/api/equipment/assets/${a.id}` })).json();
    expect(after.interventions).toHaveLength(3);
    expect(after.asset.status).toBe('in_use');
  });

  it('flags a machine whose backup is overdue, and a backup script reporting with its token clears it', async () => {
    const nas = (await create({ kind: 'server', name: 'Serveur de fichiers', brand: 'Synology', serialNumber: 'SYN-1', backupEveryDays: 7 })).json();
    let home = (await it_({ method: 'GET', url: '/api/equipment/overview' })).json();
    expect(home.backupsOverdue.map((x: { id: number }) => x.id)).toContain(nas.id);
    // checked by hand 9 days ago: still overdue
    await it_({ method: 'POST', url: `/api/equipment/assets/${nas.id}/backups`, payload: { at: '2026-03-01T02:00:00+01:00' } });
    home = (await it_({ method: 'GET', url: '/api/equipment/overview' })).json();
    expect(home.backupsOverdue.map((x: { id: number }) => x.id)).toContain(nas.id);

    const { token } = (await it_({ method: 'POST', url: `/api/equipment/assets/${nas.id}/backup-token` })).json();
    expect(token).toMatch(/^eqb_/);
    const anon = await t.as(null, { method: 'POST', url: '/api/equipment/backups/report', headers: { authorization: 'Bearer eqb_not-a-real-token-at-all' }, payload: {} });
    expect(anon.statusCode).toBe(404);
    expect((await t.as(null, { method: 'POST', url: '/api/equipment/backups/report', payload: {} })).statusCode).toBe(400);
    const failed = await t.as(null, { method: 'POST', url: '/api/equipment/backups/report', headers: { authorization: `Bearer ${token}` }, payload: { ok: false, note: 'disk full' } });
    expect(failed.statusCode).toBe(201);
    expect((await it_({ method: 'GET', url: '/api/equipment/overview' })).json().backupsOverdue.map((x: { id: number }) => x.id)).toContain(nas.id);
    const ok = await t.as(null, { method: 'POST', url: '/api/equipment/backups/report', headers: { authorization: `Bearer ${token}` }, payload: { ok: true } });
    expect(ok.json()).toMatchObject({ source: 'script', ok: true });
    home = (await it_({ method: 'GET', url: '/api/equipment/overview' })).json();
    expect(home.backupsOverdue.map((x: { id: number }) => x.id)).not.toContain(nas.id);
    expect((await t.as(null, { method: 'POST', url: '/api/equipment/backups/report', headers: { authorization: `Bearer ${token}` }, payload: { at: '2026-04-01T00:00:00+02:00' } })).statusCode).toBe(400);
  });

  it('lists warranties ending and machines past their age', async () => {
    const old = (await create({ kind: 'desktop', name: 'PC ALE Comptabilité', owner: 'ale', brand: 'HP', serialNumber: 'CZC-1', purchaseDate: '2018-11-20', warrantyEnd: '2021-11-20' })).json();
    const soon = (await create({ kind: 'printer', name: 'Imprimante accueil', brand: 'Brother', serialNumber: 'BR-1', purchaseDate: '2023-04-01', warrantyEnd: '2026-04-01' })).json();
    expect(old).toMatchObject({ pastAge: true, warrantyOver: true });
    const home = (await it_({ method: 'GET', url: '/api/equipment/overview' })).json();
    expect(home.pastAge.map((x: { id: number }) => x.id)).toContain(old.id);
    expect(home.warrantyEnding.map((x: { id: number }) => x.id)).toEqual(expect.arrayContaining([old.id, soon.id]));
  });
});

describe('equipment: loans', () => {
  it('lends a laptop to an event and takes it back; the event lists what it borrowed', async () => {
    const a = (await create({ ...laptop, name: 'Portable formation 2', serialNumber: 'DL-4472' })).json();
    const b = (await create({ kind: 'printer', name: 'Imprimante mobile', brand: 'HP', serialNumber: 'HP-9' })).json();
    // The event is one of the agenda's (events module): its title comes from there; an unknown event is refused.
    const event = (await t.as('project_officer', { method: 'POST', url: '/api/events', payload: { kind: 'job_fair', status: 'published', titleFr: 'Brussels Job Day 2026', titleNl: 'Brussels Job Day 2026', startsAt: '2026-03-10T09:00:00+01:00', endsAt: '2026-03-10T16:00:00+01:00', venueName: 'Palais 6', venueAddress: 'Place de Belgique 1, 1020 Bruxelles' } })).json();
    const unknown = await it_({ method: 'POST', url: '/api/equipment/loans', payload: { assetIds: [a.id], borrowerKind: 'event', eventId: event.id + 1000 } });
    expect(unknown.statusCode).toBe(400);
    const out = await it_({ method: 'POST', url: '/api/equipment/loans', payload: { assetIds: [a.id, b.id], borrowerKind: 'event', eventId: event.id, dueBack: '2026-03-11' } });
    expect(out.statusCode).toBe(201);
    expect(out.json().items).toHaveLength(2);
    expect((await it_({ method: 'GET', url: `/api/equipment/assets/${a.id}` })).json().asset.status).toBe('lent');
    const forEvent = (await it_({ method: 'GET', url: `/api/equipment/loans?eventId=${event.id}` })).json().items;
    expect(forEvent.map((l: { asset: { name: string } }) => l.asset.name).sort()).toEqual(['Imprimante mobile', 'Portable formation 2']);
    expect(forEvent[0].borrower).toBe('Brussels Job Day 2026');
    expect((await it_({ method: 'GET', url: '/api/equipment/overview' })).json().loansOut).toHaveLength(2);

    // Lent again while out: refused, nothing written (not even the other asset of the same loan)
    const c = (await create({ kind: 'tablet', name: 'Tablette', brand: 'Samsung', serialNumber: 'TAB-1' })).json();
    const again = await it_({ method: 'POST', url: '/api/equipment/loans', payload: { assetIds: [c.id, a.id], borrowerKind: 'organisation', organisationId: paradigme } });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail ?? again.json().title).toContain('Portable formation 2');
    expect((await it_({ method: 'GET', url: `/api/equipment/assets/${c.id}` })).json().asset.status).toBe('in_use');
    // A status change while lent is refused too
    expect((await it_({ method: 'PATCH', url: `/api/equipment/assets/${a.id}`, payload: { status: 'in_stock' } })).statusCode).toBe(409);

    const loanA = forEvent.find((l: { asset: { id: number } }) => l.asset.id === a.id);
    const early = await it_({ method: 'POST', url: `/api/equipment/loans/${loanA.id}/return`, payload: { returnedAt: '2026-03-10T08:00:00+01:00' } });
    expect(early.statusCode).toBe(400);
    expect(JSON.stringify(early.json())).toContain('précéder la sortie');
    // Nothing changed: the laptop is still out on that loan
    expect((await it_({ method: 'GET', url: `/api/equipment/assets/${a.id}` })).json().asset.status).toBe('lent');
    expect((await it_({ method: 'GET', url: `/api/equipment/loans?assetId=${a.id}` })).json().items[0]).toMatchObject({ id: loanA.id, returnedAt: null });
    const back = await it_({ method: 'POST', url: `/api/equipment/loans/${loanA.id}/return`, payload: {} });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ returnState: 'good', returnedAt: '2026-03-10T09:00:00.000Z' });
    expect((await it_({ method: 'GET', url: `/api/equipment/assets/${a.id}` })).json().asset.status).toBe('in_use');
    expect((await it_({ method: 'POST', url: `/api/equipment/loans/${loanA.id}/return`, payload: {} })).statusCode).toBe(409);
    // The printer came back damaged: in repair, with an incident saying what
    const loanB = forEvent.find((l: { asset: { id: number } }) => l.asset.id === b.id);
    expect((await it_({ method: 'POST', url: `/api/equipment/loans/${loanB.id}/return`, payload: { state: 'damaged' } })).statusCode).toBe(400);
    await it_({ method: 'POST', url: `/api/equipment/loans/${loanB.id}/return`, payload: { state: 'damaged', note: 'Bac papier cassé' } });
    const printer = (await it_({ method: 'GET', url: `/api/equipment/assets/${b.id}` })).json();
    expect(printer.asset.status).toBe('in_repair');
    expect(printer.interventions[0]).toMatchObject({ kind: 'incident', summary: 'Bac papier cassé' });
  });

  it('refuses a loan of a retired asset, in the future, or with nobody to lend to', async () => {
    const r = (await create({ kind: 'laptop', name: 'Vieux portable', brand: 'Asus', serialNumber: 'AS-1', status: 'retired' })).json();
    const res = await it_({ method: 'POST', url: '/api/equipment/loans', payload: { assetIds: [r.id], borrowerKind: 'organisation', organisationId: paradigme } });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail ?? res.json().title).toContain('retiré');
    expect((await it_({ method: 'GET', url: `/api/equipment/loans?assetId=${r.id}` })).json().items).toHaveLength(0);
    expect((await it_({ method: 'GET', url: `/api/equipment/assets/${r.id}` })).json().asset.status).toBe('retired');
    const ok = (await create({ kind: 'laptop', name: 'Portable 9', brand: 'Asus', serialNumber: 'AS-2' })).json();
    for (const payload of [
      { assetIds: [ok.id], borrowerKind: 'event' },
      { assetIds: [ok.id], borrowerKind: 'organisation' },
      { assetIds: [ok.id, ok.id], borrowerKind: 'organisation', organisationId: paradigme },
      { assetIds: [ok.id], borrowerKind: 'organisation', organisationId: paradigme, outAt: '2026-04-01T09:00:00+02:00' },
      { assetIds: [ok.id], borrowerKind: 'organisation', organisationId: paradigme, dueBack: '2026-03-01' },
      { assetIds: [ok.id], borrowerKind: 'person', personId: 999_999 },
    ]) {
      const x = await it_({ method: 'POST', url: '/api/equipment/loans', payload });
      expect(x.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await it_({ method: 'GET', url: `/api/equipment/loans?assetId=${ok.id}` })).json().items).toHaveLength(0);
  });

  it('the database itself refuses two loans of one asset at once, and a return before the loan', async () => {
    const a = (await create({ kind: 'laptop', name: 'Portable 10', brand: 'Asus', serialNumber: 'AS-3' })).json();
    const db = t.app.relais.ctx.db;
    const { equipmentLoans } = await import('./equipment.table');
    const row = { assetId: a.id, borrowerKind: 'organisation' as const, organisationId: paradigme, statusBefore: 'in_use' as const };
    await db.insert(equipmentLoans).values({ ...row, outAt: new Date('2026-03-01T09:00:00Z') });
    await expect(db.insert(equipmentLoans).values({ ...row, outAt: new Date('2026-03-05T09:00:00Z'), returnedAt: new Date('2026-03-06T09:00:00Z'), returnState: 'good' })).rejects.toThrow();
    await expect(db.insert(equipmentLoans).values({ ...row, outAt: new Date('2026-02-05T09:00:00Z'), returnedAt: new Date('2026-02-04T09:00:00Z'), returnState: 'good' })).rejects.toThrow();
    // Before the first one, returned before it went: fine
    await db.insert(equipmentLoans).values({ ...row, outAt: new Date('2026-02-05T09:00:00Z'), returnedAt: new Date('2026-02-06T09:00:00Z'), returnState: 'good' });
  });

  it('a laptop lent to a person shows in their GDPR export, and its notes go when they are erased', async () => {
    const a = (await create({ kind: 'laptop', name: 'Portable inclusion', brand: 'Dell', serialNumber: 'DL-77' })).json();
    const loan = await it_({ method: 'POST', url: '/api/equipment/loans', payload: { assetIds: [a.id], borrowerKind: 'person', personId: person, note: 'Pour la formation numérique' } });
    expect(loan.statusCode).toBe(201);
    expect(loan.json().items[0].borrower).toBe('Awa Diallo');
    const exp = await t.as('admin', { method: 'GET', url: `/api/people/${person}/export` });
    expect(exp.body).toContain('Portable inclusion');
    expect(exp.body).toContain('Pour la formation numérique');
    // Erased: the loan stays in the register (the laptop went out), what was written about the person goes.
    const erased = await t.as('admin', { method: 'POST', url: `/api/people/${person}/erase`, payload: { confirm: true } });
    expect(erased.statusCode, erased.body).toBeLessThan(300);
    const loans = (await it_({ method: 'GET', url: `/api/equipment/loans?assetId=${a.id}` })).json().items;
    expect(loans).toHaveLength(1);
    expect(loans[0]).toMatchObject({ outNote: null, borrowerKind: 'person' });
    expect(loans[0].borrower).not.toContain('Diallo');
  });
});

describe('equipment: the EPN workstations are assets', () => {
  type Asset = { id: number; name: string; status: string; tag: string; epnWorkstation: { id: number; name: string } | null };
  const epnAssets = async (): Promise<Asset[]> =>
    (await it_({ method: 'GET', url: '/api/equipment/assets?includeRetired=true' })).json().items.filter((a: Asset) => a.epnWorkstation);
  const assetOf = async (ws: number) => (await epnAssets()).filter((a) => a.epnWorkstation!.id === ws);
  const ws: number[] = [];

  it('a PC added in the EPN settings is an asset at once, one record; a second asset for it is refused', async () => {
    for (const name of ['PC 01', 'PC 02']) {
      const res = await t.as('admin', { method: 'POST', url: '/api/epn/workstations', payload: { name } });
      expect(res.statusCode).toBe(201);
      ws.push(res.json().id);
    }
    const [pc1] = await assetOf(ws[0]);
    expect(pc1).toMatchObject({ name: 'PC 01', kind: 'desktop', status: 'in_use', tag: `IT-${String(pc1.id).padStart(5, '0')}`, epnWorkstation: { id: ws[0], name: 'PC 01' } });
    expect(await assetOf(ws[1])).toHaveLength(1);
    // One record per PC, never two: nothing written
    const before = await count();
    const dup = await create({ kind: 'desktop', name: 'Autre', epnWorkstationId: ws[0] });
    expect(dup.statusCode).toBe(409);
    expect(dup.headers['content-type']).toContain('application/problem+json');
    expect(await count()).toBe(before);
    // A PC added later joins too, without anyone pressing anything
    const later = (await t.as('admin', { method: 'POST', url: '/api/epn/workstations', payload: { name: 'PC 03' } })).json().id;
    ws.push(later);
    expect((await assetOf(later)).map((a) => a.name)).toEqual(['PC 03']);
    expect(await count()).toBe(before + 1);
  });

  it('renamed, put out of order or taken out of the room in the EPN settings, the register follows', async () => {
    const [pc3] = await assetOf(ws[2]);
    expect((await t.as('admin', { method: 'PATCH', url: `/api/epn/workstations/${ws[2]}`, payload: { name: 'PC 03 (fenêtre)' } })).statusCode).toBe(200);
    expect((await assetOf(ws[2]))[0]).toMatchObject({ id: pc3.id, name: 'PC 03 (fenêtre)', status: 'in_use' });
    await t.as('admin', { method: 'PATCH', url: `/api/epn/workstations/${ws[2]}`, payload: { state: 'out_of_order', stateNote: 'Clavier' } });
    expect((await assetOf(ws[2]))[0].status).toBe('in_repair');
    await t.as('admin', { method: 'PATCH', url: `/api/epn/workstations/${ws[2]}`, payload: { state: 'available', stateNote: null } });
    expect((await assetOf(ws[2]))[0].status).toBe('in_use');
    await t.as('admin', { method: 'PATCH', url: `/api/epn/workstations/${ws[2]}`, payload: { active: false } });
    expect((await assetOf(ws[2]))[0]).toMatchObject({ id: pc3.id, status: 'retired' });
    await t.as('admin', { method: 'PATCH', url: `/api/epn/workstations/${ws[2]}`, payload: { active: true } });
    expect((await assetOf(ws[2]))[0]).toMatchObject({ id: pc3.id, status: 'in_use' });
    // Still one record for the PC, and the audit log says what the register did
    expect(await assetOf(ws[2])).toHaveLength(1);
    const audit = (await t.as('admin', { method: 'GET', url: `/api/audit?entityType=equipment_asset&entityId=${pc3.id}` })).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toContain('equipment.asset_create');
  });

  it('a PC in repair shows out of order on the EPN board, back in use it is free, and the EPN board still works', async () => {
    const [pc1] = await assetOf(ws[0]);
    expect((await it_({ method: 'PATCH', url: `/api/equipment/assets/${pc1.id}`, payload: { status: 'in_repair', notes: 'Écran cassé' } })).statusCode).toBe(200);
    let board = (await t.as('trainer', { method: 'GET', url: '/api/epn/board' })).json();
    expect(board.workstations.find((w: { id: number }) => w.id === ws[0])).toMatchObject({ state: 'out_of_order', stateNote: 'Écran cassé' });
    expect((await it_({ method: 'GET', url: `/api/equipment/assets/${pc1.id}` })).json().asset).toMatchObject({
      status: 'in_repair',
      epnWorkstation: { id: ws[0], name: 'PC 01', state: 'out_of_order', stateNote: 'Écran cassé' },
    });
    await it_({ method: 'PATCH', url: `/api/equipment/assets/${pc1.id}`, payload: { status: 'in_use' } });
    board = (await t.as('trainer', { method: 'GET', url: '/api/epn/board' })).json();
    expect(board.workstations.find((w: { id: number }) => w.id === ws[0]).state).toBe('free');
    expect((await assetOf(ws[0]))[0].status).toBe('in_use');
    // A visitor still checks in on the EPN board
    const visit = await t.as('trainer', { method: 'POST', url: '/api/epn/visits', payload: { gender: 'F', ageBracket: '30_40', workstationId: ws[0] } });
    expect(visit.statusCode).toBe(201);
    // ...and a PC taken by a visitor cannot go in repair under them, nor leave the room: nothing changed
    expect((await it_({ method: 'PATCH', url: `/api/equipment/assets/${pc1.id}`, payload: { status: 'in_repair' } })).statusCode).toBe(409);
    expect((await t.as('admin', { method: 'PATCH', url: `/api/epn/workstations/${ws[0]}`, payload: { active: false } })).statusCode).toBe(409);
    expect((await assetOf(ws[0]))[0].status).toBe('in_use');
  });
});

describe('equipment: the inventory for the auditors', () => {
  it('exports the inventory as xlsx with real dates and numbers, and as csv in the user’s language', async () => {
    const x = await it_({ method: 'GET', url: '/api/equipment/assets/export?format=xlsx' });
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('Inventaire');
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('N° de série');
    const row = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(3).value === 'Portable formation 1')!;
    expect(row.getCell(11).value).toBeInstanceOf(Date);
    expect(row.getCell(12).value).toBe(829);
    const csv = await t.as('trainer', { method: 'GET', url: '/api/equipment/assets/export?format=csv', headers: { 'accept-language': 'nl' } });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Serienummer');
    expect(csv.body).toContain(';829;');
  });

  it('the annual report has a section on the equipment', async () => {
    const r = await t.as('director', { method: 'GET', url: '/api/observatory/report?year=2026' });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Parc informatique');
  });
});
