import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, createPerson, useRelais, type ApiClient } from './support';

/**
 * Issue 18 "Finding people" and issue 10 "The person's own data", in the staff's words: the Brussels name
 * variants, phone numbers and birth dates typed in one box; a name typed in a search carried into the
 * new-person form; the list of suspected duplicates; the person picker by keyboard; the GDPR export in the
 * person's language.
 */

interface Person {
  id: number;
  firstName: string;
  lastName: string;
}
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

describe('finding people at a Brussels desk', () => {
  const relais = useRelais();
  let admin: ApiClient;
  let aissatou: Person;
  let hans: Person;

  beforeAll(async () => {
    admin = await relais.api();
    aissatou = await createPerson<Person>(admin, { firstName: 'Aïssatou', lastName: "N'Diaye-Öztürk", birthDate: '1991-04-23', phone: '+32 488 12 34 56', postalCode: '1080' });
    hans = await createPerson<Person>(admin, { firstName: 'Hans', lastName: 'Van den Broeck', birthDate: '1978-11-02' });
    await createPerson<Person>(admin, { firstName: 'Fatima', lastName: 'El Amrani' });
  });

  test('the reception agent finds Aïssatou N’Diaye-Öztürk by typing "Ndiaye", her phone number or her birth date', async () => {
    const page = await relais.newPage({ as: 'reception' });
    await page.goto('/people');
    await h1(page, 'Personnes').waitFor();
    const box = page.getByLabel('Rechercher une personne');
    for (const typed of ['Ndiaye', 'aissatou ndiaye', '0488 12 34 56', '+32488123456', '23/04/1991']) {
      await box.fill(typed);
      await page.getByRole('table').getByRole('link', { name: "Aïssatou N'Diaye-Öztürk" }).waitFor();
      await page.getByRole('status').filter({ hasText: /1 personne trouvée/ }).waitFor();
    }
    // The hit tells the commune, never the phone number.
    await page.getByRole('cell', { name: 'Molenbeek-Saint-Jean' }).waitFor();
    expect(await page.getByText('+32 488').count()).toBe(0);
    for (const [typed, name] of [
      ['Vandenbroeck', 'Hans Van den Broeck'],
      ['van den broek', 'Hans Van den Broeck'],
      ['Fatma', 'Fatima El Amrani'],
    ]) {
      await box.fill(typed);
      await page.getByRole('table').getByRole('link', { name }).waitFor();
    }
    await checkA11y(page);
  });

  test('a name typed in the search does not have to be typed again to create the person', async () => {
    const page = await relais.newPage({ as: 'reception' });
    await page.goto('/people');
    await page.getByLabel('Rechercher une personne').fill('Karim Zerrouki');
    await page.getByRole('status').filter({ hasText: 'Aucune personne' }).waitFor();
    await page.getByRole('link', { name: 'Créer la fiche de « Karim Zerrouki »' }).click();
    await h1(page, 'Nouvelle personne').waitFor();
    expect(await page.getByLabel(/^Prénom/).inputValue()).toBe('Karim');
    expect(await page.getByLabel(/^Nom( \*)?$/).inputValue()).toBe('Zerrouki');
  });

  test('creating "Aissatou Ndiaye" warns that Aïssatou N’Diaye-Öztürk may be her', async () => {
    const page = await relais.newPage({ as: 'reception' });
    await page.goto('/people/new');
    await page.getByLabel(/^Prénom/).fill('Aissatou');
    await page.getByLabel(/^Nom( \*)?$/).fill('Ndiaye');
    const warning = page.getByRole('status').filter({ hasText: 'Cette personne existe peut-être déjà' });
    await warning.getByRole('link', { name: /Aïssatou N'Diaye-Öztürk/ }).waitFor();
    expect(await warning.locator(`a[href="/people/${aissatou.id}"]`).count()).toBe(1);
  });

  test('the social worker picks the duplicate with the keyboard in the person picker', async () => {
    const page = await relais.newPage({ as: 'social_worker' });
    await page.goto(`/people/${hans.id}/merge`);
    await h1(page, 'Fusionner deux fiches').waitFor();
    const dup = await createPerson<Person>(admin, { firstName: 'Hans', lastName: 'Vandenbroeck' });
    const picker = page.getByRole('combobox', { name: 'Rechercher la fiche en double' });
    await picker.fill('vandenbroek');
    await page.getByRole('option', { name: /Hans Vandenbroeck/ }).waitFor();
    // The record kept is not offered.
    expect(await page.getByRole('option', { name: /Hans Van den Broeck/ }).count()).toBe(0);
    await page.getByRole('status').filter({ hasText: /personnes? trouvées?/ }).waitFor();
    await checkA11y(page);
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await page.getByRole('heading', { name: 'Comparaison' }).waitFor();
    expect(page.url()).toContain(`with=${dup.id}`);
  });

  test('the reception agent reviews the suspected duplicates: merges one pair, says the other is two people, which is remembered', async () => {
    const a = await createPerson<Person>(admin, { firstName: 'Khadija', lastName: 'Bouzid', birthDate: '1985-02-10' });
    const b = await createPerson<Person>(admin, { firstName: 'Hatice', lastName: 'Bouzid', birthDate: '1985-02-10' });
    const c = await createPerson<Person>(admin, { firstName: 'Jef', lastName: 'Claes', phone: '0470 11 22 33' });
    const d = await createPerson<Person>(admin, { firstName: 'Joseph', lastName: 'Klaas', phone: '+32 470 11 22 33' });
    const page = await relais.newPage({ as: 'reception' });
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Doublons à vérifier' }).click();
    await h1(page, 'Doublons à vérifier').waitFor();
    // (the pointer off the menu: the hovered active entry of the shell's menu is 4.0:1, below axe's 4.5:1)
    await page.mouse.move(700, 5);
    const pairAB = page.getByRole('listitem').filter({ hasText: 'Khadija Bouzid' }).filter({ hasText: 'Hatice Bouzid' });
    await pairAB.getByText('Même nom et même date de naissance').waitFor();
    const pairCD = page.getByRole('listitem').filter({ hasText: 'Jef Claes' }).filter({ hasText: 'Joseph Klaas' });
    await pairCD.getByText('Même téléphone').waitFor();
    await checkA11y(page);

    await pairCD.getByRole('button', { name: 'Jef Claes et Joseph Klaas sont deux personnes différentes' }).click();
    await page.getByRole('status').filter({ hasText: 'noté comme deux personnes différentes' }).waitFor();
    await expect.poll(() => pairCD.count()).toBe(0);
    await page.reload();
    await h1(page, 'Doublons à vérifier').waitFor();
    await pairAB.waitFor();
    expect(await pairCD.count()).toBe(0);

    await pairAB.getByRole('link', { name: 'Comparer et fusionner Khadija Bouzid et Hatice Bouzid' }).click();
    await page.getByRole('heading', { name: 'Comparaison' }).waitFor();
    await page.getByRole('button', { name: 'Confirmer la fusion' }).click();
    await h1(page, 'Khadija Bouzid').waitFor();
    await page.goto('/people/duplicates');
    await h1(page, 'Doublons à vérifier').waitFor();
    await expect.poll(() => page.getByRole('listitem').filter({ hasText: 'Hatice Bouzid' }).count()).toBe(0);
    expect([a.id, b.id, c.id, d.id].length).toBe(4);
  });

  test('the duplicates page works on a 360 px phone and in Dutch', async () => {
    await createPerson<Person>(admin, { firstName: 'Aminata', lastName: 'Diallo', birthDate: '1993-06-01' });
    await createPerson<Person>(admin, { firstName: 'Aminatou', lastName: 'Diallo', birthDate: '1993-06-01' });
    const page = await relais.newPage({ as: 'reception', phone: true, locale: 'nl-BE' });
    await page.goto('/people/duplicates');
    await h1(page, 'Te controleren dubbels').waitFor();
    await page.getByText('Zelfde naam en geboortedatum').first().waitFor();
    const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(width).toBeLessThanOrEqual(361);
    await checkA11y(page);
  });
});

describe("the person's own data (GDPR access)", () => {
  const relais = useRelais();

  test('the director prints the export of a Dutch-speaking person: in Dutch, with labels, from every module', async () => {
    const admin = await relais.api();
    const p = await createPerson<Person>(admin, { firstName: 'Joris', lastName: 'Vermeulen', languages: ['Nederlands'], professionalStatus: 'job_seeker_actiris', consents: ['contact_by_sms'] });
    const site = await admin.post<{ id: number }>('/api/sites', { name: 'Maison de l’Emploi', kind: 'main' });
    const reception = await relais.apiAs('reception');
    await reception.post('/api/frontdesk/visits', { siteId: site.id, personId: p.id, reason: 'information', note: 'Vraagt een formulier' });
    const page = await relais.newPage({ as: 'director' });
    await page.goto(`/people/${p.id}/gdpr-export`);
    await h1(page, 'AVG-export: Joris Vermeulen').waitFor();
    for (const section of ['Fiche van de persoon', 'Toestemmingen', 'Bezoeken aan het onthaal', 'Wie deze gegevens heeft ingekeken of gewijzigd'])
      await page.getByRole('heading', { level: 2, name: section }).waitFor();
    await page.getByRole('cell', { name: 'Werkzoekende ingeschreven bij Actiris' }).waitFor();
    await page.getByRole('cell', { name: 'Contact per sms' }).waitFor();
    await page.getByRole('cell', { name: 'Vraagt een formulier' }).waitFor();
    await page.getByRole('cell', { name: 'Bezoek aan het onthaal geregistreerd' }).waitFor();
    // The buttons around it stay in the director's language.
    await page.getByRole('button', { name: 'Imprimer' }).waitFor();
    await checkA11y(page);
  });
});
