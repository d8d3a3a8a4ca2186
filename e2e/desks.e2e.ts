import { beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { checkA11y, createPerson, useRelais } from './support';

/**
 * Issue 3 (front desk and social desk), in the staff's words: the reception agent logs five visitors
 * in a row (one anonymous, one whose record is created on the spot), the social worker records an
 * interview with a confidential note, the director reads the figures but never the note.
 */
const relais = useRelais();
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const SECRET = 'Situation familiale difficile, ne pas appeler le domicile';
/** The current year in Brussels (the pages' default period). */
const YEAR = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date());

let siteId: number;
let interviewId: number;

beforeAll(async () => {
  const admin = await relais.api();
  const site = await admin.post<{ id: number }>('/api/sites', {
    name: "Maison de l'Emploi",
    kind: 'main',
    openingHours: [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
      { weekday, from: '08:30', to: '12:30' },
      { weekday, from: '13:30', to: '16:30' },
    ]),
  });
  siteId = site.id;
  await admin.post('/api/organisations', { name: 'Actiris', type: 'public_employment' });
  const reception = await relais.apiAs('reception');
  for (const [firstName, lastName] of [
    ['Karim', 'Benali'],
    ['Fatima', 'El Amrani'],
    ['Jan', 'Peeters'],
  ]) {
    await createPerson(reception, { firstName, lastName });
  }
});

/** The visit form, its chips and what must be empty again once a visit is saved. */
function visitForm(page: Page) {
  const form = page.getByRole('form', { name: 'Nouveau visiteur' });
  return {
    form,
    reason: (label: string) => form.getByRole('radiogroup', { name: 'Motif de la visite' }).getByText(label, { exact: true }),
    async pickKnown(search: string, name: RegExp | string) {
      await form.getByRole('radio', { name: 'Personne connue' }).check();
      await form.getByLabel('Rechercher une personne (nom, prénom)').fill(search);
      await form.getByRole('radio', { name }).click();
    },
    async expectReset() {
      await expect.poll(() => form.getByRole('radio', { name: 'Anonyme' }).isChecked()).toBe(true);
      // The keyboard is back at the top of the form, for the next visitor.
      await expect.poll(() => form.getByRole('radio', { name: 'Anonyme' }).evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await form.getByRole('radiogroup', { name: 'Motif de la visite' }).getByRole('radio', { checked: true }).count()).toBe(0);
      expect(await form.getByLabel('Orientation').inputValue()).toBe('');
      expect(await form.getByLabel('Remarque').inputValue()).toBe('');
      expect(await form.getByLabel('Heure (vide = maintenant)').inputValue()).toBe('');
      expect(await form.getByRole('button', { name: 'Enregistrer la visite' }).isDisabled()).toBe(true);
    },
  };
}

async function chooseReason(chip: Locator, page: Page, label: string) {
  await chip.click();
  await expect.poll(() => page.getByRole('radio', { name: label, exact: true }).isChecked()).toBe(true);
}

describe('the reception agent logs visitors', () => {
  test('logs five visitors in a row (one anonymous, one created on the spot); the form resets and the day counts them', async () => {
    const page = await relais.newPage({ as: 'reception' });
    await page.goto('/frontdesk');
    await h1(page, "Accueil – Maison de l'Emploi").waitFor();
    await page.getByText('Aucune visite enregistrée ce jour-là.').waitFor();
    await checkA11y(page);
    const f = visitForm(page);
    const submit = f.form.getByRole('button', { name: 'Enregistrer la visite' });

    // 1. An anonymous visitor asking for information, sent to the public digital space.
    await chooseReason(f.reason('Information générale'), page, 'Information générale');
    await f.form.getByLabel('Orientation').selectOption({ label: 'Espace Public Numérique' });
    await f.form.getByLabel('Remarque').fill('Demande les horaires');
    await submit.click();
    await page.getByText(/Visite enregistrée à/).waitFor();
    await page.getByText('1 visite', { exact: true }).waitFor();
    await f.expectReset();

    // 2. Karim Benali, oriented to Actiris.
    await f.pickKnown('karim benal', /Karim Benali/);
    await page.getByText('Visiteur : Karim Benali').waitFor();
    await chooseReason(f.reason('Inscription / dossier Actiris'), page, 'Inscription / dossier Actiris');
    await f.form.getByLabel('Orientation').selectOption({ label: 'Actiris' });
    await submit.click();
    await page.getByText('2 visites', { exact: true }).waitFor();
    await f.expectReset();

    // 3. Fatima El Amrani, for the social desk.
    await f.pickKnown('el amrani', /Fatima El Amrani/);
    await chooseReason(f.reason('Aide sociale'), page, 'Aide sociale');
    await f.form.getByLabel('Orientation').selectOption({ label: 'Permanence sociale' });
    await submit.click();
    await page.getByText('3 visites', { exact: true }).waitFor();
    await f.expectReset();

    // 4. Jan Peeters, job search, no orientation, logged afterwards: he came at 07:45, before opening time.
    await f.pickKnown('peeters', /Jan Peeters/);
    await chooseReason(f.reason("Recherche d'emploi"), page, "Recherche d'emploi");
    await f.form.getByLabel('Heure (vide = maintenant)').fill('07:45');
    await submit.click();
    await page.getByText('Visite enregistrée à 07:45 (hors heures d’ouverture).').waitFor();
    await page.getByText('4 visites', { exact: true }).waitFor();
    await f.expectReset();

    // 5. Lucie Martin, not known yet: her record is created from the form.
    await f.form.getByRole('radio', { name: 'Personne connue' }).check();
    await f.form.getByLabel('Rechercher une personne (nom, prénom)').fill('lucie martin');
    await f.form.getByText('Aucune personne trouvée. Créez la fiche ci-dessous.').waitFor();
    await f.form.getByLabel('Prénom', { exact: true }).fill('Lucie');
    await f.form.getByLabel('Nom', { exact: true }).fill('Martin');
    await f.form.getByRole('button', { name: 'Créer la fiche' }).click();
    await page.getByText('Visiteur : Lucie Martin').waitFor();
    await chooseReason(f.reason('Formation'), page, 'Formation');
    await f.form.getByLabel('Orientation').selectOption({ label: 'Formations informatiques' });
    await submit.click();
    await page.getByText('5 visites', { exact: true }).waitFor();
    await f.expectReset();

    await page.getByText('dont 1 anonyme(s)', { exact: false }).waitFor();
    await page.getByRole('row', { name: /^07:45 Hors heures Jan Peeters/ }).waitFor();
    const day = page.getByRole('table', { name: /Visites du/ });
    await expect.poll(() => day.getByRole('row').count()).toBe(6); // header + 5 visits
    for (const name of ['Anonyme', 'Karim Benali', 'Fatima El Amrani', 'Jan Peeters', 'Lucie Martin']) {
      await day.getByRole('cell', { name, exact: true }).waitFor();
    }
    await checkA11y(page);
  });

  test('the figures page shows the counts of the year and is accessible on a phone, in Dutch', async () => {
    const page = await relais.newPage({ as: 'director', phone: true, locale: 'nl-BE' });
    await page.goto('/frontdesk/stats');
    await h1(page, 'Cijfers van het onthaal').waitFor();
    await page.getByLabel('Groeperen per').selectOption({ label: 'Jaar' });
    // Period, visits, anonymous, distinct people, out of hours (07:45, and the others if the test runs after closing time).
    await page.getByRole('row', { name: new RegExp(`^${YEAR} 5 1 4 [1-5]$`) }).waitFor();
    const byReason = page.getByRole('table', { name: 'Per reden' });
    for (const reason of ['Algemene informatie', 'Inschrijving / dossier Actiris', 'Sociale hulp', 'Werk zoeken', 'Opleiding']) {
      await byReason.getByRole('row', { name: `${reason} 1` }).waitFor();
    }
    const byOrientation = page.getByRole('table', { name: 'Per doorverwijzing' });
    await byOrientation.getByRole('row', { name: 'Actiris 1' }).waitFor();
    await byOrientation.getByRole('row', { name: 'Geen doorverwijzing 1' }).waitFor();
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

    // A second interview (by phone, Fatima El Amrani), seeded through the API for the figures.
    const worker = await relais.apiAs('social_worker');
    const found = await worker.get<{ items: { id: number }[] }>('/api/people?q=el%20amrani');
    await worker.post('/api/socialdesk/interviews', {
      personId: found.items[0].id,
      date: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date()),
      siteId,
      kind: 'phone',
      categories: ['administrative'],
    });
  });

  test('the director cannot read the note through the API', async () => {
    const director = await relais.apiAs('director');
    await expect(director.get(`/api/socialdesk/interviews/${interviewId}/notes`)).rejects.toThrow(/HTTP 403/);
    await expect(director.post(`/api/socialdesk/interviews/${interviewId}/notes`, { body: 'x' })).rejects.toThrow(/HTTP 403/);
    const interview = await director.get<{ hasConfidentialNotes: boolean }>(`/api/socialdesk/interviews/${interviewId}`);
    expect(interview.hasConfidentialNotes).toBe(true);
    expect(JSON.stringify(interview)).not.toContain('ne pas appeler');
    expect(JSON.stringify(await director.get('/api/socialdesk/interviews'))).not.toContain('ne pas appeler');
    // The social worker, who wrote it, does read it.
    const worker = await relais.apiAs('social_worker');
    expect(JSON.stringify(await worker.get(`/api/socialdesk/interviews/${interviewId}/notes`))).toContain('ne pas appeler');
  });

  test('the director sees the interview and the figures of the year, never the note', async () => {
    const page = await relais.newPage({ as: 'director' });
    await page.goto(`/socialdesk/interviews/${interviewId}`);
    await h1(page, /Entretien du .* – Karim Benali/).waitFor();
    await page.getByText('Cet entretien a des notes confidentielles, réservées à l’assistant·e social·e.').waitFor();
    expect(await page.content()).not.toContain('ne pas appeler');
    await expect.poll(() => page.getByLabel('Nouvelle note confidentielle').count()).toBe(0);
    await checkA11y(page);

    await page.goto('/socialdesk/stats');
    await h1(page, `Statistiques des permanences sociales ${YEAR}`).waitFor();
    // Karim (interview in the page) and Fatima (through the API): two new arrivals, two people, two interviews.
    await page.getByRole('button', { name: '2 – Voir la liste : Nouveaux arrivants', exact: true }).waitFor();
    await page.getByRole('button', { name: '2 – Voir la liste : Personnes reçues en entretien (tous les sites)', exact: true }).waitFor();
    await page.getByRole('button', { name: '2 – Voir la liste : Entretiens (tous les sites)', exact: true }).waitFor();
    await page.getByRole('table', { name: /Entretiens – Par type/ }).getByRole('row', { name: /^Téléphone 1 / }).waitFor();
    await checkA11y(page);
    await page.getByRole('button', { name: '2 – Voir la liste : Nouveaux arrivants', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('cell', { name: 'Benali Karim' }).waitFor();
    await dialog.getByRole('cell', { name: 'El Amrani Fatima' }).waitFor();
    // The modal fades in: check the colours once its transitions have ended.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await checkA11y(page);
  });
});
