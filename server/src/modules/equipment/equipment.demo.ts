import dayjs from 'dayjs';
import { eq } from 'drizzle-orm';
import type { DemoContext, ModuleContext } from '../../platform/module';
import { brusselsDay, brusselsInstant } from '../../platform/brussels-time';
import { equipmentAssets, equipmentBackups, equipmentInterventions, equipmentLoans, equipmentTasks, type AssetKind } from './equipment.table';

type AssetSeed = Partial<typeof equipmentAssets.$inferInsert> & { kind: AssetKind; name: string };

/**
 * The Centrale's IT over about three years, as the 2022 report tells it: the 10 EPN PCs bought in 2019, the staff's
 * PCs, the ALE's PCs and phones, the servers and network backed up every month, the signage screen at the entrance,
 * the projector of the EPN, training laptops lent every year to the Brussels Job Day and to partners.
 */
export async function loadEquipmentDemo(ctx: ModuleContext, demo: DemoContext) {
  const { random, pick } = demo;
  const db = ctx.db;
  const eq_ = ctx.services.equipment;
  const today = brusselsDay(demo.today);
  const thisYear = Number(today.slice(0, 4));
  const start = `${thisYear - 2}-01-01`;
  const [mainSite] = demo.ids.sites ?? [];
  const trainer = demo.usersByRole.trainer ?? null;
  const serial = (prefix: string) => `${prefix}${Math.floor(100000 + random() * 899999)}${String.fromCharCode(65 + Math.floor(random() * 26))}`;

  // The EPN's workstations become assets (one record each), then get what the register knows of them.
  const epnAssets = (await eq_.listAssets({ includeRetired: 'true' })).items.filter((a) => a.epnWorkstation);
  for (const a of epnAssets)
    await db
      .update(equipmentAssets)
      .set({
        brand: 'HP', model: 'ProDesk 400 G6 SFF', serialNumber: serial('CZC'), purchaseDate: '2019-09-16', purchasePrice: '689.00',
        warrantyEnd: '2022-09-16', operatingSystem: 'Windows 10 Pro', siteId: mainSite ?? null, owner: 'centrale',
      })
      .where(eq(equipmentAssets.id, a.id));

  const seeds: AssetSeed[] = [
    { kind: 'server', name: 'Serveur de fichiers', brand: 'Synology', model: 'RackStation RS1221+', purchaseDate: `${thisYear - 3}-03-10`, purchasePrice: '1549.00', warrantyEnd: `${thisYear + 2}-03-10`, operatingSystem: 'DSM 7.2', backupEveryDays: 31 },
    { kind: 'server', name: 'Serveur signage', brand: 'Intel', model: 'NUC 11 Pro', purchaseDate: '2022-04-04', purchasePrice: '612.50', warrantyEnd: '2025-04-04', operatingSystem: 'Ubuntu 22.04 LTS', backupEveryDays: 31 },
    { kind: 'signage', name: 'Écran d’accueil (entrée)', brand: 'Samsung', model: 'QM55B', purchaseDate: '2022-04-04', purchasePrice: '1180.00', warrantyEnd: '2025-04-04' },
    { kind: 'network', name: 'Switch principal', brand: 'Cisco', model: 'CBS350-24P', purchaseDate: '2021-02-15', purchasePrice: '498.00', warrantyEnd: '2026-02-15', backupEveryDays: 31 },
    { kind: 'network', name: 'Borne Wi-Fi invités', brand: 'Ubiquiti', model: 'UniFi U6 Lite', purchaseDate: '2022-06-20', purchasePrice: '119.00', warrantyEnd: '2024-06-20' },
    { kind: 'network', name: 'Switch mobile (salons)', brand: 'Netgear', model: 'GS116', purchaseDate: '2022-08-30', purchasePrice: '89.90' },
    { kind: 'projector', name: 'Projecteur EPN', brand: 'Epson', model: 'EB-W49', purchaseDate: '2022-11-07', purchasePrice: '749.00', warrantyEnd: '2025-11-07' },
    { kind: 'screen', name: 'Écran interactif salle de réunion', brand: 'Promethean', model: 'ActivPanel 65"', purchaseDate: '2021-10-12', purchasePrice: '3240.00', warrantyEnd: '2026-10-12' },
    { kind: 'printer', name: 'Imprimante accueil', brand: 'Brother', model: 'MFC-L8690CDW', purchaseDate: '2020-01-22', purchasePrice: '455.00', warrantyEnd: '2023-01-22' },
    { kind: 'printer', name: 'Imprimante mobile (salons)', brand: 'HP', model: 'OfficeJet 200', purchaseDate: '2022-09-05', purchasePrice: '289.00', warrantyEnd: '2023-09-05' },
    ...['Accueil', 'Direction', 'Permanence sociale 1', 'Permanence sociale 2', 'Projets', 'Communication', 'Logistique'].map(
      (n, i): AssetSeed => ({ kind: 'desktop', name: `PC ${n}`, brand: 'Lenovo', model: 'ThinkCentre M70q', purchaseDate: `${thisYear - 4 + (i % 3)}-0${1 + (i % 8)}-15`, purchasePrice: '715.00', operatingSystem: 'Windows 11 Pro' }),
    ),
    ...[1, 2, 3, 4, 5, 6].map((i): AssetSeed => ({ kind: 'laptop', name: `Portable formation ${i}`, brand: 'Dell', model: 'Latitude 3540', purchaseDate: `${thisYear - 2}-02-0${i}`, purchasePrice: '829.00', operatingSystem: 'Windows 11 Pro' })),
    { kind: 'laptop', name: 'Portable formateur informatique', brand: 'Dell', model: 'Latitude 5440', purchaseDate: `${thisYear - 2}-02-01`, purchasePrice: '1149.00', operatingSystem: 'Windows 11 Pro', holderUserId: trainer },
    ...['Secrétariat', 'Comptabilité', 'Agents 1', 'Agents 2'].map(
      (n): AssetSeed => ({ kind: 'desktop', name: `PC ALE ${n}`, owner: 'ale', brand: 'HP', model: 'EliteDesk 800 G4', purchaseDate: '2018-11-20', purchasePrice: '799.00', operatingSystem: 'Windows 10 Pro', backupEveryDays: n === 'Comptabilité' ? 7 : null }),
    ),
    ...[1, 2, 3].map((i): AssetSeed => ({ kind: 'phone', name: `Téléphone ALE ${i}`, owner: 'ale', brand: 'Yealink', model: 'T54W', purchaseDate: '2021-05-03', purchasePrice: '179.00' })),
    { kind: 'tablet', name: 'Tablette check-in salons', brand: 'Samsung', model: 'Galaxy Tab A8', purchaseDate: '2023-03-01', purchasePrice: '229.00', operatingSystem: 'Android 14' },
    { kind: 'laptop', name: 'Ancien portable (pièces)', brand: 'Asus', model: 'X540', purchaseDate: '2016-05-12', purchasePrice: '499.00', status: 'retired' },
  ];
  const assets: (typeof equipmentAssets.$inferSelect)[] = [];
  for (const s of seeds) {
    const a = await eq_.createAsset(demo.actor, { owner: 'centrale', status: 'in_use', ...s, siteId: mainSite ?? null, purchasePrice: s.purchasePrice ? Number(s.purchasePrice) : null } as never);
    const [row] = await db
      .update(equipmentAssets)
      .set({ serialNumber: serial(s.brand === 'Dell' ? 'DL' : s.brand === 'HP' ? 'CZC' : 'SN') })
      .where(eq(equipmentAssets.id, a.id))
      .returning();
    assets.push(row);
  }
  const byName = (n: string) => assets.find((a) => a.name === n)!;
  const all = await db.select().from(equipmentAssets);
  const epnPcs = all.filter((a) => a.epnWorkstationId !== null);

  // Recurring tasks: monthly updates and backups of the servers and network, quarterly cleaning of the EPN PCs.
  const tasks: { assetId: number; title: string; every: number; unit: 'week' | 'month' }[] = [
    { assetId: byName('Serveur de fichiers').id, title: 'Mises à jour DSM et contrôle des disques', every: 1, unit: 'month' },
    { assetId: byName('Serveur signage').id, title: 'Mises à jour et redémarrage', every: 1, unit: 'month' },
    { assetId: byName('Switch principal').id, title: 'Mise à jour du firmware', every: 3, unit: 'month' },
    ...epnPcs.map((p) => ({ assetId: p.id, title: 'Nettoyage (clavier, écran) et mises à jour Windows', every: 3, unit: 'month' as const })),
  ];
  const interventions: (typeof equipmentInterventions.$inferInsert)[] = [];
  const backups: (typeof equipmentBackups.$inferInsert)[] = [];
  for (const t of tasks) {
    let day = dayjs(start).add(Math.floor(random() * 20), 'day').format('YYYY-MM-DD');
    let last: string | null = null;
    while (day <= today) {
      interventions.push({ assetId: t.assetId, kind: 'intervention', day, summary: t.title, byUserId: trainer, minutesSpent: 15 + Math.floor(random() * 4) * 15, createdBy: trainer });
      last = day;
      day = dayjs(day).add(t.every, t.unit).add(Math.floor(random() * 5) - 2, 'day').format('YYYY-MM-DD');
    }
    const [task] = await db.insert(equipmentTasks).values({ ...t, nextDue: day, lastDone: last }).returning();
    for (const i of interventions) if (i.assetId === t.assetId && i.summary === t.title) i.taskId = task.id;
  }
  // Incidents over the years, some fixed by the provider at a cost.
  const incidents = ['Écran qui ne s’allume plus', 'Clavier défectueux remplacé', 'Windows ne démarre plus, réinstallé', 'Bourrage papier récurrent', 'Câble réseau arraché', 'Souris manquante', 'Disque presque plein, nettoyé'];
  for (let d = dayjs(start); d.format('YYYY-MM-DD') <= today; d = d.add(9 + Math.floor(random() * 20), 'day')) {
    const a = pick(all.filter((x) => x.status !== 'retired'));
    const provider = random() < 0.25;
    interventions.push({
      assetId: a.id, kind: 'incident', day: d.format('YYYY-MM-DD'), summary: pick(incidents), byUserId: provider ? null : trainer, byName: provider ? 'Irisnet' : null,
      minutesSpent: 15 + Math.floor(random() * 8) * 15, cost: provider ? (60 + Math.floor(random() * 200)).toFixed(2) : null, createdBy: trainer,
    });
  }
  for (let i = 0; i < interventions.length; i += 500) await db.insert(equipmentInterventions).values(interventions.slice(i, i + 500));

  // Backups: monthly by script for the servers and the switch; weekly by hand for the ALE's accounting PC, overdue now.
  for (const a of all.filter((x) => x.backupEveryDays !== null)) {
    const byHand = a.backupEveryDays! < 30;
    const stop = byHand ? dayjs(today).subtract(19, 'day') : dayjs(today);
    for (let d = dayjs(start).add(2, 'day'); !d.isAfter(stop); d = d.add(a.backupEveryDays! - (byHand ? 0 : 3), 'day')) {
      const day = d.format('YYYY-MM-DD');
      backups.push({ assetId: a.id, at: brusselsInstant(day, byHand ? '16:15' : '02:30'), source: byHand ? 'manual' : 'script', ok: random() > 0.03, byUserId: byHand ? trainer : null });
    }
  }
  for (let i = 0; i < backups.length; i += 500) await db.insert(equipmentBackups).values(backups.slice(i, i + 500));

  // Loans: the Brussels Job Day every year (laptops, the mobile printer and switch), partners, a trainee's laptop.
  const orgs = demo.ids.organisations ?? [];
  const laptops = assets.filter((a) => a.name.startsWith('Portable formation'));
  const fairKit = [...laptops, byName('Imprimante mobile (salons)'), byName('Switch mobile (salons)'), byName('Tablette check-in salons')];
  const loans: (typeof equipmentLoans.$inferInsert)[] = [];
  const lend = (assetId: number, out: string, back: string | null, who: Partial<typeof equipmentLoans.$inferInsert>) =>
    loans.push({
      assetId, outAt: brusselsInstant(out, '08:30'), dueBack: back ?? dayjs(out).add(7, 'day').format('YYYY-MM-DD'), returnedAt: back ? brusselsInstant(back, '17:00') : null,
      returnState: back ? 'good' : null, statusBefore: 'in_use', lentBy: demo.usersByRole.logistics ?? trainer, returnedBy: back ? (demo.usersByRole.logistics ?? trainer) : null,
      borrowerKind: 'event', ...who,
    });
  for (let y = thisYear - 2; y <= thisYear; y++) {
    const fair = `${y}-10-0${2 + (y % 5)}`;
    if (fair > today) continue;
    for (const a of fairKit) lend(a.id, fair, dayjs(fair).add(1, 'day').format('YYYY-MM-DD'), { eventTitle: `Brussels Job Day ${y}` });
    const forum = `${y}-03-1${y % 8}`;
    if (forum <= today) for (const a of laptops.slice(0, 3)) lend(a.id, forum, forum, { eventTitle: `Forum de l’emploi des jeunes ${y}` });
    const partnerDay = `${y}-05-2${y % 6}`;
    if (partnerDay <= today && orgs.length) lend(byName('Projecteur EPN').id, partnerDay, dayjs(partnerDay).add(2, 'day').format('YYYY-MM-DD'), { borrowerKind: 'organisation', organisationId: pick(orgs) });
  }
  const people = demo.ids.people ?? [];
  const lastWeek = dayjs(today).subtract(12, 'day').format('YYYY-MM-DD');
  if (people.length) lend(laptops[5].id, lastWeek, null, { borrowerKind: 'person', personId: pick(people), dueBack: dayjs(today).subtract(2, 'day').format('YYYY-MM-DD'), outNote: 'Prêt pendant la formation « Inclusion numérique des femmes »' });
  for (const l of loans.sort((a, b) => a.outAt!.getTime() - b.outAt!.getTime())) await db.insert(equipmentLoans).values(l);
  for (const l of loans.filter((x) => !x.returnedAt)) await db.update(equipmentAssets).set({ status: 'lent' }).where(eq(equipmentAssets.id, l.assetId!));
  await ctx.audit.record(demo.actor, {
    action: 'equipment.demo_load',
    entityType: 'equipment_asset',
    details: { assets: all.length, interventions: interventions.length, backups: backups.length, loans: loans.length },
  });
}
