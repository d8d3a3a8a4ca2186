import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, useRelais } from './support';

/**
 * Issue 3 (front desk and social desk), in the staff's words: the reception agent logs visitors,
 * the social worker records an interview with a confidential note, the director reads the figures
 * but never the note.
 */
const relais = useRelais();
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const SECRET = 'Situation familiale difficile, ne pas appeler le domicile';

let interviewId: number;

beforeAll(async () => {
  const admin = await relais.api();
  await admin.post('/api/sites', {
    name: "Maison de l'Emploi",
    kind: 'main',
    openingHours: [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
      { weekday, from: '08:30', to: '12:30' },
      { weekday, from: '13:30', to: '16:30' },
    ]),
  });
  await admin.post('/api/organisations', { name: 'Actiris', type: 'public_employment' });
  await (await relais.apiAs('reception')).post('/api/people', { firstName: 'Karim', lastName: 'Benali', confirmNotDuplicate: true });
});

describe('the reception agent logs visitors', () => {
  test('logs an anonymous visitor and Karim Benali oriented to Actiris; the day counts both', async () => {
    const page = await relais.newPage({ as: 'reception' });
    await page.goto('/frontdesk');
    await h1(page, "Accueil – Maison de l'Emploi").waitFor();
    await checkA11y(page);

    await page.getByText('Information générale', { exact: true }).click(); // a chip
    await expect.poll(() => page.getByRole('radio', { name: 'Information générale' }).isChecked()).toBe(true);
    await page.getByLabel('Orientation').selectOption({ label: 'Espace Public Numérique' });
    await page.getByRole('button', { name: 'Enregistrer la visite' }).click();
    await page.getByText(/Visite enregistrée à/).waitFor();
    await page.getByText('1 visite', { exact: true }).waitFor();

    await page.getByRole('radio', { name: 'Personne connue' }).check();
    await page.getByLabel('Rechercher une personne (nom, prénom)').fill('karim benal');
    await page.getByRole('radio', { name: /Karim Benali/ }).click();
    await page.getByText('Visiteur : Karim Benali').waitFor();
    await page.getByText('Inscription / dossier Actiris', { exact: true }).click(); // a chip
    await expect.poll(() => page.getByRole('radio', { name: 'Inscription / dossier Actiris' }).isChecked()).toBe(true);
    await page.getByLabel('Orientation').selectOption({ label: 'Actiris' });
    await page.getByRole('button', { name: 'Enregistrer la visite' }).click();
    await page.getByText('2 visites', { exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Karim Benali' }).waitFor();
    await checkA11y(page);
  });

  test('the figures page shows the counts and is accessible on a phone, in Dutch', async () => {
    const page = await relais.newPage({ as: 'director', phone: true, locale: 'nl-BE' });
    await page.goto('/frontdesk/stats');
    await h1(page, 'Cijfers van het onthaal').waitFor();
    await page.getByRole('cell', { name: 'Algemene informatie' }).waitFor();
    await checkA11y(page);
  });
});

describe('the social worker and the confidential notes', () => {
  test('records an interview with two problems and adds a confidential note', async () => {
    const page = await relais.newPage({ as: 'social_worker' });
    await page.goto('/socialdesk/interviews/new');
    await h1(page, 'Nouvel entretien').waitFor();
    await page.getByLabel('Rechercher une personne (nom, prénom)').fill('benali');
    await page.getByRole('radio', { name: /Karim Benali/ }).click();
    await page.getByText('Logement', { exact: true }).click(); // a chip
    await page.getByText('Budget et dettes', { exact: true }).click(); // a chip
    await page.getByLabel('Actions entreprises').fill('Orientation vers la médiation de dettes');
    await checkA11y(page);
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await h1(page, /Entretien du .* – Karim Benali/).waitFor();
    interviewId = Number(page.url().split('/').pop());
    await page.getByText(/Suivi ouvert depuis le/).waitFor();
    await page.getByLabel('Nouvelle note confidentielle').fill(SECRET);
    await page.getByRole('button', { name: 'Ajouter une note' }).click();
    await page.getByText(SECRET).waitFor();
    await checkA11y(page);
  });

  test('the director sees the interview and the figures, never the note', async () => {
    const page = await relais.newPage({ as: 'director' });
    await page.goto(`/socialdesk/interviews/${interviewId}`);
    await h1(page, /Entretien du .* – Karim Benali/).waitFor();
    await page.getByText('Cet entretien a des notes confidentielles, réservées à l’assistant·e social·e.').waitFor();
    expect(await page.content()).not.toContain('ne pas appeler');
    await checkA11y(page);

    await page.goto('/socialdesk/stats');
    await h1(page, /Statistiques des permanences sociales/).waitFor();
    await page.getByRole('button', { name: /Voir la liste : Nouveaux arrivants$/ }).click();
    await page.getByRole('dialog').getByRole('cell', { name: 'Benali Karim' }).waitFor();
    await checkA11y(page);
  });
});
