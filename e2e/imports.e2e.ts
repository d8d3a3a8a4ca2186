import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, createPerson, useRelais, type ApiClient } from './support';
import { nissFor } from '../server/src/modules/people/niss';

/**
 * Issue 16 "Bring the past in", in the director's words: a file of 500 people with 20 errors and 15 duplicates is
 * uploaded, mapped, fixed in place, checked, committed with a progress bar and undone.
 */

const FIRST = ['Hélène', 'Mohamed', 'Fatima', 'Jan', 'Aïssatou', 'Lotte', 'Youssef', 'Sofia', 'Emre', 'Chloé', 'Karim', 'Anna', 'Bram', 'Ngozi', 'Piotr', 'Inès', 'Mamadou', 'Elif', 'Noah', 'Yasmine'];
const LAST = ['Dubois', 'El Idrissi', 'Peeters', 'Janssens', "N'Diaye", 'Yilmaz', 'Van den Broeck', 'Kowalski', 'Benali', 'Lambert', 'Haddad', 'Claes', 'Mertens', 'Okafor', 'Nowak', 'Moreau', 'Diallo', 'Öztürk', 'Wouters', 'Bennani'];
const COMMUNES = ['Bruxelles', 'Laeken', 'Neder-Over-Heembeek', 'Haren', 'Anderlecht', 'Molenbeek-Saint-Jean', 'Schaerbeek', 'Jette'];

const birthOf = (i: number) => `19${60 + (i % 39)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
const fr = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

describe('the director brings last year’s Excel file into Relais', () => {
  const relais = useRelais();
  let admin: ApiClient;
  const known: { first: string; last: string; birth: string; niss?: string }[] = [];

  beforeAll(async () => {
    admin = await relais.api();
    // Ten people already in Relais: five with a NISS, five the file spells otherwise.
    for (let i = 0; i < 10; i++) {
      const birth = `1985-0${1 + (i % 9)}-1${i}`;
      const p = { first: `Known${i}`, last: i < 5 ? 'Registre' : "D'Hondt", birth, ...(i < 5 ? { niss: nissFor(birth, 100 + i) } : {}) };
      known.push(p);
      await createPerson(admin, { firstName: p.first, lastName: p.last, birthDate: birth, ...(p.niss ? { niss: p.niss } : {}) });
    }
  });

  /** 500 rows: 465 new people, 20 errors, 10 people already in Relais and 5 rows repeating an earlier row. */
  function file(): Buffer {
    const lines = ['Référence;Nom;Prénom;Date de naissance;Sexe;NISS;Commune'];
    let n = 0;
    const add = (cells: string[]) => lines.push([`F${++n}`, ...cells].join(';'));
    for (let i = 0; i < 465; i++) {
      const birth = birthOf(i);
      add([LAST[i % LAST.length] + (i >= 400 ? `-${i}` : ''), `${FIRST[(i * 7) % FIRST.length]}${i < 20 ? '' : ` ${String.fromCharCode(65 + (i % 26))}.`}`, fr(birth), i % 2 ? 'F' : 'M', '', COMMUNES[i % COMMUNES.length]]);
    }
    for (let i = 0; i < 20; i++) add(['Erreur', `Ligne${i}`, i === 0 ? '31/02/1990' : i < 10 ? '32/13/1990' : '01/01/1990', 'F', i >= 10 ? '85041212399' : '', 'Jette']);
    for (const k of known) add([k.niss ? k.last : 'Dhondt', k.first, fr(k.birth), 'X', k.niss ?? '', 'Haren']);
    for (let i = 0; i < 5; i++) {
      const birth = birthOf(30 + i);
      add([LAST[(30 + i) % LAST.length], `${FIRST[((30 + i) * 7) % FIRST.length]} ${String.fromCharCode(65 + ((30 + i) % 26))}.`, birth, '', '', '']);
    }
    return Buffer.from(lines.join('\r\n'), 'utf8');
  }

  test('uploads, maps, fixes in place, decides, simulates, commits all at once and undoes', async () => {
    const before = (await admin.get<{ total: number }>('/api/people?limit=1')).total;
    const page = await relais.newPage({ as: 'director' });
    await page.goto('/imports');
    await h1(page, 'Importer des données').waitFor();
    await checkA11y(page);
    await page.locator('input[type=file]').setInputFiles({ name: 'personnes-2023.csv', mimeType: 'text/csv', buffer: file() });
    await page.getByLabel(/^Source/).fill('fichier-2023');
    await page.getByRole('button', { name: 'Lire le fichier' }).click();
    await h1(page, 'Import : personnes-2023.csv').waitFor();
    // The columns were recognised from their French names.
    expect(await page.getByLabel('Colonne « Date de naissance »').inputValue()).toBe('birthDate');
    const counts = page.getByRole('list', { name: 'Résumé des lignes' });
    await counts.getByText('20 erreurs').waitFor();
    await counts.getByText('15 doublons possibles').waitFor();
    await counts.getByText('465 nouvelles').waitFor();
    await checkA11y(page);

    // The impossible date is fixed where it is.
    await page.getByText('Erreurs', { exact: true }).click();
    const cell = page.getByLabel('Date de naissance, ligne 467');
    await cell.waitFor();
    expect(await cell.inputValue()).toBe('31/02/1990');
    await cell.fill('28/02/1990');
    await cell.press('Enter');
    await counts.getByText('19 erreurs').waitFor();

    // One duplicate is the same person as a record of Relais; the others are left undecided (skipped).
    await page.getByText('Doublons', { exact: true }).click();
    await page.getByText('même NISS').first().waitFor();
    const choice = page.getByLabel('Que faire de la ligne 487 ?');
    await choice.selectOption({ label: 'C’est la même personne : relier' });
    await expect.poll(() => choice.inputValue()).toBe('link');
    await checkA11y(page);
    if (process.env.SCREENSHOTS_DIR) await page.screenshot({ path: `${process.env.SCREENSHOTS_DIR}/import-fr-1280.png`, fullPage: true });

    await page.getByRole('button', { name: 'Simuler l’import' }).click();
    await page.getByRole('status').filter({ hasText: '466 fiches seraient créées, 1 mises à jour, 19 lignes refusées (erreurs) et 14 ignorées.' }).waitFor();
    expect((await admin.get<{ total: number }>('/api/people?limit=1')).total).toBe(before);

    await page.getByRole('button', { name: 'Valider l’import' }).click();
    await page.getByRole('status').filter({ hasText: '466 fiches créées, 1 mises à jour ; 19 lignes refusées et 14 ignorées.' }).waitFor();
    expect((await admin.get<{ total: number }>('/api/people?limit=1')).total).toBe(before + 466);
    await checkA11y(page);

    await page.getByRole('button', { name: 'Annuler l’import' }).click();
    await page.getByText('Supprimer les 466 fiches créées par cet import ?').waitFor();
    await page.getByRole('button', { name: 'Oui, annuler l’import' }).click();
    await page.getByRole('status').filter({ hasText: 'Cet import a été annulé' }).waitFor();
    expect((await admin.get<{ total: number }>('/api/people?limit=1')).total).toBe(before);
  });

  test('then a file of their visits to the front desk and one of their interviews at the social desk follow, and the annual report of that year counts them', async () => {
    const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date())) - 1;
    const SOURCE = 'ancien-tableur';
    await admin.post('/api/sites', { name: 'Maison de l’Emploi de Laeken', kind: 'main' });
    // The people of that source come first (the screens for a people file were walked above).
    const people = ['Référence;Nom;Prénom;Date de naissance', 'H1;Lambert;Chloé;12/04/1985', 'H2;Haddad;Karim;01/02/1990', 'H3;Okafor;Ngozi;05/11/1979'].join('\r\n');
    const batch = await admin.post<{ id: number }>('/api/imports', { kind: 'people', source: SOURCE, fileName: 'personnes.csv', content: Buffer.from(people, 'utf8').toString('base64') });
    await admin.post(`/api/imports/${batch.id}/commit`, {});

    const page = await relais.newPage({ as: 'director' });
    const importFile = async (kind: string, name: string, csv: string, rows: number) => {
      await page.goto('/imports');
      await h1(page, 'Importer des données').waitFor();
      await page.getByLabel('Ce que contient le fichier').selectOption({ label: kind });
      await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.getByLabel(/^Source/).fill(SOURCE);
      await page.getByRole('button', { name: 'Lire le fichier' }).click();
      await h1(page, `Import : ${name}`).waitFor();
      await page.getByRole('list', { name: 'Résumé des lignes' }).getByText(`${rows} nouvelles`).waitFor();
      await checkA11y(page);
      await page.getByRole('button', { name: 'Valider l’import' }).click();
      await page.getByRole('status').filter({ hasText: `${rows} fiches créées, 0 mises à jour ; 0 lignes refusées et 0 ignorées.` }).waitFor();
    };
    await importFile(
      'Des passages à l’accueil',
      `passages-${YEAR}.csv`,
      ['ID;Personne;Date;Heure;Motif', `V1;H1;03/02/${YEAR};10:15;information`, `V2;H1;10/03/${YEAR};09:30;information`, `V3;H2;15/05/${YEAR};14:00;information`, `V4;H3;20/09/${YEAR};11:00;information`].join('\r\n'),
      4,
    );
    await importFile(
      'Des entretiens du service social',
      `entretiens-${YEAR}.csv`,
      ['ID;Personne;Date;Type;Début du suivi', `E1;H2;16/05/${YEAR};rendez-vous;16/05/${YEAR}`, `E2;H3;21/09/${YEAR};sans rendez-vous;21/09/${YEAR}`].join('\r\n'),
      2,
    );

    await page.goto(`/observatory/report/${YEAR}`);
    // the report of a whole year is computed when asked: longer than a page to show on a loaded machine
    await h1(page, `Rapport annuel ${YEAR}`).waitFor({ timeout: 45_000 });
    const figure = async (section: string, label: string) => {
      const row = page.getByRole('region', { name: section }).locator('table.report-figures tbody tr').filter({ hasText: label }).first();
      await row.waitFor();
      return (await row.locator('td').allInnerTexts())[1];
    };
    await expect.poll(() => figure('Accueil de première ligne', 'Visites à l’accueil')).toBe('4');
    expect(await figure('Permanences sociales', 'Entretiens (tous les sites)')).toBe('2');
    expect(await figure('Permanences sociales', 'Personnes reçues en entretien individuel')).toBe('2');
    await checkA11y(page);
  });

  test('on a 360 px phone in Dutch, a file that is not a spreadsheet is refused in words, and a small file is read', async () => {
    const page = await relais.newPage({ as: 'director', phone: true, locale: 'nl-BE' });
    await page.goto('/imports');
    await h1(page, 'Gegevens importeren').waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: 'foto.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]) });
    await page.getByRole('button', { name: 'Bestand lezen' }).click();
    await page.getByText('Dit bestand is geen tabel').waitFor();
    await checkA11y(page);
    await page.locator('input[type=file]').setInputFiles({ name: 'personen.csv', mimeType: 'text/csv', buffer: Buffer.from('Naam;Voornaam;Geboortedatum\nJanssens;Lotte;01/02/1999\nPeeters;Jan;30/02/2001\n') });
    await page.getByRole('button', { name: 'Bestand lezen' }).click();
    await h1(page, 'Import: personen.csv').waitFor();
    await page.getByRole('list', { name: 'Overzicht van de rijen' }).getByText('1 fout').waitFor();
    await page.getByText('Onmogelijke datum').waitFor();
    await checkA11y(page);
    if (process.env.SCREENSHOTS_DIR) await page.screenshot({ path: `${process.env.SCREENSHOTS_DIR}/import-nl-360.png`, fullPage: true });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });
});
