import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, useRelais } from './support';

/**
 * Issue 16, "Earlier years", in the director's words: Relais started last year; the year before is in last year's printed
 * report. The director imports its figures from the template filled in, and the report of last year compares with them,
 * each imported figure marked and explained; in Dutch on a phone, the same, and importing the same file again changes
 * nothing.
 */
const relais = useRelais();
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const NOW_YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date()));
/** the first year with records in Relais */
const YEAR = NOW_YEAR - 1;
/** the year before Relais: its figures come from the printed report */
const PREV = YEAR - 1;

const FILE = Buffer.from(
  ['Clé;Valeur;Libellé d’une nouvelle valeur', 'reach.front_desk;1 250;', 'front_desk.visits;1 250;', 'front_desk.desk_reasons.information;400;', 'social_desk.interviews;;'].join('\r\n'),
  'utf8',
);

beforeAll(async () => {
  const admin = await relais.api();
  const maison = (await admin.post<{ id: number }>('/api/sites', { name: "Maison de l'Emploi", kind: 'main' })).id;
  const reception = await relais.apiAs('reception');
  await reception.post('/api/frontdesk/visits', { siteId: maison, reason: 'information', at: `${YEAR}-01-06T10:00:00+01:00` });
  await reception.post('/api/frontdesk/visits', { siteId: maison, reason: 'job_search', at: `${YEAR}-03-10T10:00:00+01:00` });
});

/** The cells of the row of a report figure, in a section's figures table. */
async function figureRow(page: Page, sectionTitle: string | RegExp, label: string) {
  const section = page.getByRole('region', { name: sectionTitle });
  const row = section.locator('table.report-figures tbody tr').filter({ hasText: label }).first();
  await row.waitFor();
  return row.locator('td').allInnerTexts();
}

describe('the director brings the year before Relais in', () => {
  test('imports the figures of the year before and sees the comparison in the report (French, desktop)', async () => {
    const page = await relais.newPage({ as: 'director' });
    await page.goto(`/observatory/past?year=${PREV}`);
    await h1(page, `Chiffres de ${PREV} (années précédentes)`).waitFor();
    await page.getByText('Les enregistrements de Relais l’emportent').waitFor();
    await checkA11y(page);

    await page.getByRole('textbox', { name: /^Source/ }).first().fill(`Rapport annuel ${PREV}`);
    await page.locator('input[type=file]').setInputFiles({ name: `chiffres-${PREV}.csv`, mimeType: 'text/csv', buffer: FILE });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const done = page.getByRole('status').filter({ hasText: `Chiffres de ${PREV} importés` });
    await done.getByText('3 nouveau(x), 0 modifié(s), 0 inchangé(s).').waitFor();
    await page.getByRole('table').getByText('Visites à l’accueil').first().waitFor();
    await checkA11y(page);

    await done.getByRole('link', { name: `Voir le rapport ${YEAR} et sa comparaison` }).click();
    await h1(page, `Rapport annuel ${YEAR}`).waitFor();
    const cells = await figureRow(page, 'Accueil de première ligne', 'Visites à l’accueil');
    // 2 visits recorded in Relais, against 1,250 imported for the year before: -99.8 %
    expect(cells[1]).toBe('2');
    expect(cells[2]).toMatch(/^1\s?250\s*†/);
    expect(cells[3]).toMatch(/[-−]99,8\s?%/);
    await page.getByText(`Chiffre importé d’un rapport précédent, pas compté à partir des fiches de Relais. ${PREV} : Rapport annuel ${PREV}`).first().waitFor();
    // the people-reached table marks the imported year too
    const reached = page.locator('table.report-reached tbody tr').filter({ hasText: 'Accueil' }).first();
    expect((await reached.locator('td').allInnerTexts())[3]).toMatch(/^1\s?250\s*†/);
    await checkA11y(page);
  });

  test('in Dutch on a phone: the same file again changes nothing, and the report explains the mark', async () => {
    const director = await relais.apiAs('director');
    await director.put('/api/auth/locale', { locale: 'nl' });
    const page = await relais.newPage({ as: 'director', phone: true, locale: 'nl-BE' });
    await page.goto(`/observatory/past?year=${PREV}`);
    await h1(page, `Cijfers van ${PREV} (vorige jaren)`).waitFor();
    await page.getByText('getoond').first().waitFor();
    await checkA11y(page);

    await page.getByRole('textbox', { name: /^Bron/ }).first().fill(`Rapport annuel ${PREV}`);
    await page.locator('input[type=file]').setInputFiles({ name: `chiffres-${PREV}.csv`, mimeType: 'text/csv', buffer: FILE });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByRole('status').getByText('0 nieuw, 0 gewijzigd, 3 ongewijzigd.').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkA11y(page);

    await page.goto(`/observatory/report/${YEAR}`);
    await h1(page, `Jaarverslag ${YEAR}`).waitFor();
    const cells = await figureRow(page, 'Eerstelijnsonthaal', 'Bezoeken aan het onthaal');
    expect(cells[2]).toMatch(/^1\.?250\s*†/);
    await page.getByText(`Cijfer geïmporteerd uit een vorig verslag, niet geteld uit de dossiers in Relais. ${PREV}: Rapport annuel ${PREV}`).first().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await checkA11y(page);
  });
});
