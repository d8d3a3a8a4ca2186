import { beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { checkA11y, useRelais } from './support';

/**
 * Issue 17 (the IT equipment register), in the IT trainer's words: an overdue backup shows on the home page;
 * the trainer registers a laptop (a serial number already registered for that brand is refused), prints its
 * QR label, opens its page on a phone by scanning the label, records an intervention, lends it to an event and
 * takes it back. The pages pass axe-core at 1280 and 360 px, in French and Dutch.
 *
 * The tests of the describe block follow each other (they share the laptop they create).
 */
const relais = useRelais();
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const TZ = 'Europe/Brussels';
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date());
const YEAR = TODAY.slice(0, 4);
const LAPTOP = 'Portable formation 7';
const EVENT = `Brussels Job Day ${YEAR}`;
let scanned = '';
/** Set EQUIPMENT_SCREENSHOTS to a directory to keep screenshots of the pages (to look at them). */
const SHOTS = process.env.EQUIPMENT_SCREENSHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

/** What a phone camera reads from a QR code on the screen: the SVG drawn on a canvas, decoded by jsQR. */
async function scanQr(code: Locator): Promise<string> {
  const frame = await code.evaluate(async (svg) => {
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const size = 480;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size, size);
    ctx.drawImage(img, 0, 0, size, size);
    return { data: Array.from(ctx.getImageData(0, 0, size, size).data), size };
  });
  const found = jsQR(Uint8ClampedArray.from(frame.data), frame.size, frame.size);
  if (!found) throw new Error('no QR code could be read');
  return found.data;
}

beforeAll(async () => {
  const admin = await relais.api();
  await admin.post('/api/sites', { name: "Maison de l'Emploi", kind: 'main', openingHours: [] });
  const trainer = await relais.apiAs('trainer');
  // The file server must be backed up every week; its last backup is ten days old.
  const nas = await trainer.post<{ id: number }>('/api/equipment/assets', { kind: 'server', name: 'Serveur de fichiers', brand: 'Synology', model: 'RS1221+', serialNumber: 'SYN-20931', backupEveryDays: 7 });
  await trainer.post(`/api/equipment/assets/${nas.id}/backups`, { at: new Date(Date.now() - 10 * 86_400_000).toISOString() });
  // A laptop of the same brand already registered with the serial number the trainer will type first.
  await trainer.post('/api/equipment/assets', { kind: 'laptop', name: 'Portable formation 1', brand: 'Dell', model: 'Latitude 3540', serialNumber: 'DL-55001' });
});

describe('the IT trainer keeps the register', () => {
  test('an overdue backup shows on the home page', async () => {
    const page = await relais.newPage({ as: 'trainer' });
    await page.goto('/');
    const todo = page.getByRole('region', { name: 'Parc informatique : à faire' });
    await todo.waitFor();
    await todo.getByText('Sauvegardes en retard (1)').waitFor();
    await todo.getByRole('link', { name: /Serveur de fichiers/ }).waitFor();
    await checkA11y(page);
    await shot(page, 'home-fr-1280');
  });

  test('registers a laptop; a serial number already registered for the brand is refused', async () => {
    const page = await relais.newPage({ as: 'trainer' });
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Parc informatique' }).click();
    await h1(page, 'Parc informatique').waitFor();
    await page.getByRole('link', { name: 'Enregistrer un équipement' }).click();
    await h1(page, 'Nouvel équipement').waitFor();
    await page.getByRole('combobox', { name: /^Type/ }).selectOption({ label: 'PC portable' });
    await page.getByRole('textbox', { name: /^Nom/ }).fill(LAPTOP);
    await page.getByRole('textbox', { name: 'Marque', exact: true }).fill('Dell');
    await page.getByRole('textbox', { name: 'Modèle', exact: true }).fill('Latitude 3540');
    await page.getByRole('textbox', { name: 'N° de série', exact: true }).fill('dl-55001');
    await page.getByRole('textbox', { name: 'Système d’exploitation', exact: true }).fill('Windows 11 Pro');
    await page.getByLabel('Date d’achat').fill(`${YEAR}-01-15`);
    await page.getByLabel('Prix d’achat (€)').fill('829,00');
    await page.getByLabel('Fin de garantie').fill(`${Number(YEAR) + 3}-01-15`);
    await checkA11y(page);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('alert').getByText('Un équipement de cette marque porte déjà ce numéro de série.').waitFor();
    await page.getByRole('textbox', { name: 'N° de série', exact: true }).fill('DL-55007');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await h1(page, LAPTOP).waitFor();
    await page.getByText('En service').first().waitFor();
    await page.getByText(/829,00\s€/).waitFor();
    await checkA11y(page);
    await shot(page, 'asset-fr-1280');
  });

  test('prints its QR label, and the label opens the laptop’s page on a phone', async () => {
    const page = await relais.newPage({ as: 'trainer' });
    await page.goto('/equipment');
    await page.getByRole('textbox', { name: /Rechercher/ }).fill('DL-55007');
    await page.getByRole('link', { name: LAPTOP }).click();
    await h1(page, LAPTOP).waitFor();
    await page.getByRole('link', { name: 'Imprimer l’étiquette' }).click();
    await h1(page, 'Étiquettes').waitFor();
    const label = page.getByTestId('equipment-label');
    await expect(label.count()).resolves.toBe(1);
    await label.getByText(LAPTOP).waitFor();
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await shot(page, 'labels-fr-1280');
    await page.getByRole('button', { name: 'Imprimer' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await checkA11y(page);
    scanned = await scanQr(label.getByRole('img', { name: /Code QR de IT-/ }));
    expect(scanned).toMatch(/\/equipment\/assets\/\d+$/);

    const phone = await relais.newPage({ as: 'trainer', phone: true });
    await phone.goto(new URL(scanned).pathname);
    await h1(phone, LAPTOP).waitFor();
    await phone.getByText('DL-55007').waitFor();
    await checkA11y(phone);
    await shot(phone, 'asset-fr-360');
  });

  test('records an intervention on it', async () => {
    const page = await relais.newPage({ as: 'trainer' });
    await page.goto(new URL(scanned).pathname);
    const form = page.getByRole('form', { name: 'Enregistrer une intervention' });
    await form.getByLabel('Ce qui a été fait ou constaté').fill('Installation des logiciels de formation');
    await form.getByLabel('Temps passé (minutes)').fill('45');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').getByText('Intervention enregistrée.').waitFor();
    await page.getByRole('cell', { name: /Installation des logiciels de formation/ }).waitFor();
    await page.getByRole('cell', { name: '45 min' }).waitFor();
  });

  test('lends it to an event and takes it back', async () => {
    const page = await relais.newPage({ as: 'trainer' });
    await page.goto(new URL(scanned).pathname);
    await page.getByRole('link', { name: 'Prêter' }).click();
    await h1(page, 'Prêts de matériel').waitFor();
    const form = page.getByRole('form', { name: 'Prêter du matériel' });
    // The laptop is already chosen (the page was opened from it).
    await form.getByText(new RegExp(`${LAPTOP} \\(IT-`)).waitFor();
    await form.getByRole('radio', { name: 'Événement' }).check();
    await form.getByRole('textbox', { name: 'Événement' }).fill(EVENT);
    await form.getByLabel('Retour prévu le').fill(TODAY);
    await checkA11y(page);
    await form.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await page.getByRole('status').getByText('1 équipement(s) prêté(s).').waitFor();
    const out = page.getByRole('region', { name: 'Prêts en cours' });
    await out.getByRole('cell', { name: new RegExp(EVENT) }).waitFor();
    await shot(page, 'loans-fr-1280');

    // On the home page, it is among what is still lent.
    const home = await relais.newPage({ as: 'trainer' });
    await home.goto('/');
    await home.getByRole('region', { name: 'Parc informatique : à faire' }).getByRole('link', { name: `${LAPTOP} → ${EVENT}` }).waitFor();

    await out.getByRole('button', { name: `Reprendre ${LAPTOP}` }).click();
    await out.getByRole('combobox', { name: 'État au retour' }).selectOption({ label: 'Bon état' });
    await out.getByRole('button', { name: 'Confirmer le retour' }).click();
    await page.getByText('Tout le matériel prêté est revenu.').waitFor();
    await page.getByRole('region', { name: 'Prêts revenus' }).getByRole('cell', { name: new RegExp(EVENT) }).waitFor();

    await page.goto(new URL(scanned).pathname);
    await page.getByText('En service').first().waitFor();
    await page.getByText(new RegExp(`${EVENT}.*Rendu le`)).waitFor();
  });
});

describe('the register in Dutch and on a phone', () => {
  for (const phone of [false, true])
    test(`nl-BE at ${phone ? 360 : 1280} px: home, list, a device, its label, the loans; fr-BE at the same width: the list and the form`, async () => {
      const page = await relais.newPage({ as: 'trainer', locale: 'nl-BE', phone });
      await page.goto('/');
      await page.getByRole('region', { name: 'Informaticapark: te doen' }).getByText('Back-ups te laat (1)').waitFor();
      await checkA11y(page);
      const w = phone ? 360 : 1280;
      await shot(page, `home-nl-${w}`);
      await page.goto('/equipment');
      await h1(page, 'Informaticapark').waitFor();
      await page.getByRole('cell', { name: 'Serveur de fichiers' }).waitFor();
      await checkA11y(page);
      await shot(page, `list-nl-${w}`);
      await page.getByRole('link', { name: 'Serveur de fichiers' }).click();
      await h1(page, 'Serveur de fichiers').waitFor();
      await page.getByText('te laat', { exact: true }).first().waitFor();
      await checkA11y(page);
      await shot(page, `asset-nl-${w}`);
      await page.getByRole('link', { name: 'Etiket afdrukken' }).click();
      await h1(page, 'Etiketten').waitFor();
      await checkA11y(page);
      await page.goto('/equipment/loans');
      await h1(page, 'Uitleningen van materiaal').waitFor();
      await page.getByText('Al het uitgeleende materiaal is terug.').waitFor();
      await checkA11y(page);
      await shot(page, `loans-nl-${w}`);

      const fr = await relais.newPage({ as: 'trainer', phone });
      await fr.goto('/equipment');
      await fr.getByRole('cell', { name: 'Serveur de fichiers' }).waitFor();
      await checkA11y(fr);
      await fr.goto('/equipment/new');
      await h1(fr, 'Nouvel équipement').waitFor();
      await checkA11y(fr);
      await shot(fr, `form-fr-${w}`);
      await fr.goto('/equipment/loans');
      await h1(fr, 'Prêts de matériel').waitFor();
      await checkA11y(fr);
    });
});

describe('the EPN workstations are assets of the register', () => {
  test('a PC added in the EPN settings is in the register at once; out of order there, it is in repair; the EPN board still works', async () => {
    const page = await relais.newPage({ as: 'trainer' });
    await page.goto('/epn/settings');
    await h1(page, 'Réglages de l’EPN').waitFor();
    await page.getByLabel('Nom du poste').fill('PC 11');
    await page.getByRole('button', { name: 'Ajouter le poste' }).click();
    await page.getByRole('cell', { name: 'PC 11', exact: true }).waitFor();

    // No button to press: the register has it, once, as a desktop in service, tied to the EPN workstation.
    await page.goto('/equipment');
    await page.getByRole('textbox', { name: /Rechercher/ }).fill('PC 11');
    await expect(page.getByRole('link', { name: 'PC 11', exact: true }).count()).resolves.toBe(1);
    await page.getByRole('link', { name: 'PC 11', exact: true }).click();
    await h1(page, 'PC 11').waitFor();
    await page.getByText('En service').first().waitFor();
    await page.getByText('PC 11 (disponible sur le tableau de l’EPN)').waitFor();
    const asset = page.url();
    await checkA11y(page);

    // Put out of order in the EPN settings: the register says in repair.
    await page.goto('/epn/settings');
    await page.getByRole('button', { name: 'Mettre PC 11 hors service' }).click();
    await page.getByRole('button', { name: 'Remettre PC 11 en service' }).waitFor();
    await page.goto(asset);
    await page.getByText('En réparation').first().waitFor();
    await page.getByText('PC 11 (hors service sur le tableau de l’EPN)').waitFor();

    // Back in use from the register: the EPN board shows it free.
    const trainer = await relais.apiAs('trainer');
    const id = Number(new URL(asset).pathname.split('/').pop());
    await trainer.patch(`/api/equipment/assets/${id}`, { status: 'in_use' });
    await page.goto('/epn');
    await h1(page, 'Espace public numérique').waitFor();
    await page.getByText('PC 11', { exact: true }).first().waitFor();
    await page.getByText('Libre', { exact: true }).first().waitFor();
    await checkA11y(page);
  });
});
