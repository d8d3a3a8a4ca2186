import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, useRelais } from './support';

/**
 * Issue 4 (public digital space and trainings), in the staff's words: the IT trainer checks a visitor in
 * and out of the room; the project officer takes attendance; a participant gives an opinion on a phone
 * without an account; a certificate is printed.
 */
const relais = useRelais();
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

let sessionId: number;
let participantId: number;
let token: string;

beforeAll(async () => {
  const trainer = await relais.apiAs('trainer');
  for (const name of ['PC 01', 'PC 02']) await trainer.post('/api/epn/workstations', { name });
  const officer = await relais.apiAs('project_officer');
  const person = await (await relais.apiAs('reception')).post<{ id: number }>('/api/people', { firstName: 'Amina', lastName: 'El Idrissi', gender: 'F', confirmNotDuplicate: true });
  const programme = await officer.post<{ id: number }>('/api/trainings/programmes', {
    name: 'Nouveaux Départs',
    questions: ['Le contenu a répondu à mes attentes', 'La formatrice était claire'],
  });
  const today = new Date().toISOString().slice(0, 10);
  const session = await officer.post<{ id: number }>(`/api/trainings/programmes/${programme.id}/sessions`, { title: 'Groupe 1', capacity: 12, days: [{ date: today, from: '09:30', to: '12:30' }] });
  sessionId = session.id;
  participantId = (await officer.post<{ id: number }>(`/api/trainings/sessions/${sessionId}/participants`, { personId: person.id })).id;
  token = (await officer.post<{ token: string }>(`/api/trainings/sessions/${sessionId}/evaluation/open`)).token;
});

describe('the IT trainer runs the public digital space', () => {
  test('checks an anonymous visitor in at a PC, sees it taken on the board, and checks the visitor out', async () => {
    const page = await relais.newPage({ as: 'trainer' });
    await page.goto('/epn');
    await h1(page, 'Espace public numérique').waitFor();
    await checkA11y(page);
    await page.getByRole('combobox', { name: /^Sexe/ }).selectOption({ label: 'Homme' });
    await page.getByLabel('Tranche d’âge').selectOption({ label: '30 à 40 ans' });
    await page.getByRole('checkbox', { name: 'Pointage de chômage numérique' }).check();
    await page.getByRole('button', { name: 'Enregistrer l’arrivée' }).click();
    await page.getByText('Visite enregistrée.').waitFor();
    await page.getByText('Occupé', { exact: true }).waitFor();
    await checkA11y(page);
    await page.getByRole('button', { name: 'Terminer la visite au poste PC 01' }).click();
    await expect.poll(() => page.getByText('Occupé', { exact: true }).count()).toBe(0);
  });

  test('the statistics page shows the year with charts and tables, on a phone in Dutch', async () => {
    const page = await relais.newPage({ as: 'trainer', phone: true, locale: 'nl-BE' });
    await page.goto('/epn/stats');
    await h1(page, /OCR-statistieken/).waitFor();
    await page.getByRole('table', { name: 'Bezoeken per geslacht' }).waitFor();
    await checkA11y(page);
  });
});

describe('the project officer runs a training session', () => {
  test('takes attendance for the day and prints a certificate', async () => {
    const page = await relais.newPage({ as: 'project_officer' });
    await page.goto(`/trainings/sessions/${sessionId}`);
    await h1(page, 'Nouveaux Départs — Groupe 1').waitFor();
    await checkA11y(page);
    await page.getByRole('checkbox', { name: /Amina El Idrissi présent·e le/ }).check();
    await page.getByRole('button', { name: /Enregistrer les présences du/ }).click();
    await page.getByText('Présences enregistrées.').waitFor();
    await page.goto(`/trainings/participants/${participantId}/certificate`);
    await h1(page, 'Attestation de participation').waitFor();
    await page.getByText('Amina El Idrissi').waitFor();
    await checkA11y(page);
  });

  test('a participant gives an opinion on a phone, without an account', async () => {
    const page = await relais.newPage({ phone: true });
    await page.goto(`/p/evaluation/${token}`);
    await h1(page, 'Votre avis sur la formation').waitFor();
    await checkA11y(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const group of await page.getByRole('radiogroup').all()) await group.getByRole('radio', { name: '5 sur 5' }).check();
    await page.getByLabel('Vos commentaires (facultatif)').fill('Merci beaucoup');
    await page.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await page.getByText('Merci ! Votre avis a bien été envoyé.').waitFor();
    const results = await (await relais.apiAs('project_officer')).get<{ forms: number; average: number }>(`/api/trainings/sessions/${sessionId}/evaluations`);
    expect(results).toMatchObject({ forms: 1, average: 5 });
  });
});
