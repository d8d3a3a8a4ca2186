import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, useRelais } from './support';

/**
 * Issue 12 (surveys, screening, contests), in the staff's and the public's words:
 * - a juror scores the Fundtruck candidates on a 360 px phone through a private link, and the organisers'
 *   live ranking shows the scores;
 * - the staff party survey is answered anonymously on a phone, and the answer shows in the results chart;
 * - at the Horeca fair's entrance, the desk agent screens a candidate in a few taps and is told where to send them;
 * - axe-core finds no serious or critical violation on these pages, in French and in Dutch, at 360 and 1280 px.
 * Screenshots go to SURVEYS_SHOTS (a directory) when it is set.
 */
const relais = useRelais();
const SHOTS = process.env.SURVEYS_SHOTS;
const shot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
};
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const opt = (key: string, labelFr: string, labelNl: string) => ({ key, labelFr, labelNl });

let contest: { id: number; green: number; waffle: number; token: string; tokenNl: string };
let survey: { id: number; token: string };
let screening: { id: number };

beforeAll(async () => {
  const organiser = await relais.apiAs('project_officer');
  const c = await organiser.post<{ id: number }>('/api/contests', { name: 'Fundtruck 2026', heldOn: '2026-05-19' });
  await organiser.post(`/api/contests/${c.id}/criteria`, { name: 'Viabilité', weight: 3 });
  await organiser.post(`/api/contests/${c.id}/criteria`, { name: 'Pitch', weight: 1 });
  await organiser.post(`/api/contests/${c.id}/candidates`, { name: 'Green Bowl', project: 'Bols végétariens, zéro déchet' });
  const full = await organiser.post<{ candidates: { id: number }[] }>(`/api/contests/${c.id}/candidates`, { name: 'Waffle Express', project: 'Gaufres de Bruxelles' });
  const sophie = await organiser.post<{ id: number; token: string }>(`/api/contests/${c.id}/jurors`, { name: 'Sophie Lambert' });
  const els = await organiser.post<{ id: number; token: string }>(`/api/contests/${c.id}/jurors`, { name: 'Els Vermeulen' });
  // Els coached Waffle Express: conflict of interest
  await organiser.put(`/api/contests/${c.id}/conflicts`, { jurorId: els.id, candidateId: full.candidates[1].id, conflict: true });
  await organiser.post(`/api/contests/${c.id}/open`);
  contest = { id: c.id, green: full.candidates[0].id, waffle: full.candidates[1].id, token: sophie.token, tokenNl: els.token };

  const communication = await relais.apiAs('communication');
  const s = await communication.post<{ id: number }>('/api/surveys', {
    titleFr: 'Fête du personnel 2026 : votre avis',
    titleNl: 'Personeelsfeest 2026: uw mening',
    subjectType: 'staff_party',
    subjectId: 2026,
    questions: [
      { kind: 'scale', scale: 5, textFr: 'Avez-vous apprécié la fête ?', textNl: 'Vond u het feest geslaagd?' },
      { kind: 'multiple', textFr: 'Qu’avez-vous préféré ?', textNl: 'Wat vond u het best?', options: [opt('food', 'Le repas', 'De maaltijd'), opt('music', 'La musique', 'De muziek')] },
      { kind: 'text', required: false, textFr: 'Une idée pour la prochaine fois ?', textNl: 'Een idee voor de volgende keer?' },
    ],
  });
  const opened = await communication.post<{ publicToken: string }>(`/api/surveys/${s.id}/open`);
  survey = { id: s.id, token: opened.publicToken };

  const f = await organiser.post<{ id: number; questions: { id: number }[] }>('/api/surveys', {
    purpose: 'screening',
    titleFr: 'Salon Horeca',
    titleNl: 'Horecabeurs',
    publicLink: false,
    questions: [
      { kind: 'single', textFr: 'Quel métier vous intéresse ?', textNl: 'Welk beroep interesseert u?', options: [opt('cuisine', 'Cuisine', 'Keuken'), opt('salle', 'Service en salle', 'Bediening')] },
      { kind: 'scale', scale: 5, textFr: 'Votre expérience dans l’horeca', textNl: 'Uw ervaring in de horeca' },
    ],
  });
  await organiser.post(`/api/surveys/${f.id}/rules`, { conditions: [{ questionId: f.questions[0].id, op: 'equals', value: 'cuisine' }], targetFr: 'Stand 12 – Cuisine', targetNl: 'Stand 12 – Keuken' });
  await organiser.post(`/api/surveys/${f.id}/rules`, { conditions: [{ questionId: f.questions[0].id, op: 'equals', value: 'salle' }], targetFr: 'Stand 8 – Service en salle', targetNl: 'Stand 8 – Bediening' });
  await organiser.post(`/api/surveys/${f.id}/open`);
  screening = { id: f.id };
});

describe('a juror scores on the phone', () => {
  test('Sophie scores both candidates on a 360 px phone through her private link, without an account', async () => {
    const page = await relais.newPage({ phone: true });
    await page.goto(`/p/jury/${contest.token}`);
    await h1(page, 'Jury – Fundtruck 2026').waitFor();
    await checkA11y(page);
    for (const [name, via, pitch] of [['Green Bowl', '8', '6'], ['Waffle Express', '7', '9']] as const) {
      const card = page.getByRole('region', { name });
      await card.getByLabel('Viabilité (sur 10)').selectOption(via);
      await card.getByLabel('Pitch (sur 10)').selectOption(pitch);
      await card.getByRole('button', { name: `Enregistrer les notes de ${name}` }).click();
      await card.getByRole('status').filter({ hasText: 'Notes enregistrées' }).waitFor();
    }
    await expect.poll(() => page.getByText('Noté', { exact: true }).count()).toBe(2);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await shot(page, 'jury-fr-360');
  });

  test('Els, in Dutch, sees her conflict of interest and scores the other candidate', async () => {
    const page = await relais.newPage({ phone: true, locale: 'nl-BE' });
    await page.goto(`/p/jury/${contest.tokenNl}`);
    await h1(page, 'Jury – Fundtruck 2026').waitFor();
    await page.getByRole('region', { name: 'Waffle Express' }).getByText('Belangenconflict: u beoordeelt deze kandidaat niet.').waitFor();
    const card = page.getByRole('region', { name: 'Green Bowl' });
    await card.getByLabel('Viabilité (op 10)').selectOption('6');
    await card.getByLabel('Pitch (op 10)').selectOption('6');
    await card.getByRole('button', { name: 'Scores opslaan voor Green Bowl' }).click();
    await card.getByRole('status').filter({ hasText: 'Scores opgeslagen' }).waitFor();
    await checkA11y(page);
    await shot(page, 'jury-nl-360');
  });

  test('the organiser follows the live ranking: weighted scores, the conflict counted, in French and in Dutch', async () => {
    const page = await relais.newPage({ as: 'project_officer' });
    await page.goto(`/contests/${contest.id}`);
    await h1(page, 'Fundtruck 2026').waitFor();
    const ranking = page.getByRole('region', { name: 'Classement en direct' });
    // Green Bowl: Sophie (3*8+6)/4 = 7.5 -> 75, Els (3*6+6)/4 = 6 -> 60: 67.5. Waffle Express: Sophie only, 75.
    await ranking.getByRole('row', { name: /Waffle Express 75,00 1 \/ 1 · 1 conflit/ }).waitFor();
    await ranking.getByRole('row', { name: /Green Bowl 67,50 2 \/ 2/ }).waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await checkA11y(page);
    await shot(page, 'contest-fr-1280');
    const nl = await relais.newPage({ as: 'project_officer', phone: true, locale: 'nl-BE' });
    await nl.goto(`/contests/${contest.id}`);
    await nl.getByRole('region', { name: 'Live rangschikking' }).waitFor();
    await nl.getByRole('heading', { name: 'Belangenconflicten' }).waitFor();
    await checkA11y(nl);
    await shot(nl, 'contest-nl-360');
  });
});

describe('a survey answered anonymously', () => {
  test('a colleague answers the staff party survey on a phone, in Dutch, without an account', async () => {
    const page = await relais.newPage({ phone: true, locale: 'nl-BE' });
    await page.goto(`/p/survey/${survey.token}`);
    await h1(page, 'Personeelsfeest 2026: uw mening').waitFor();
    await checkA11y(page);
    await page.getByRole('radio', { name: 'Score 4' }).check();
    await page.getByRole('checkbox', { name: 'De maaltijd' }).check();
    await page.getByRole('checkbox', { name: 'De muziek' }).check();
    await page.getByLabel(/Een idee voor de volgende keer/).fill('Een dj tot middernacht');
    await shot(page, 'survey-public-nl-360');
    await page.getByRole('button', { name: 'Mijn antwoorden versturen' }).click();
    await page.getByRole('status').filter({ hasText: 'Bedankt!' }).waitFor();
    await checkA11y(page);
  });

  test('the answer shows in the results chart, and nobody can tell who gave it', async () => {
    const page = await relais.newPage({ as: 'communication' });
    await page.goto(`/surveys/${survey.id}`);
    await h1(page, 'Fête du personnel 2026 : votre avis').waitFor();
    await page.getByRole('heading', { name: /Résultats · 1 réponse/ }).waitFor();
    const scale = page.getByRole('group', { name: 'Avez-vous apprécié la fête ?' });
    await scale.getByText('Moyenne : 4').waitFor();
    await scale.locator('.recharts-surface').first().waitFor();
    await expect.poll(() => scale.locator('.recharts-bar-rectangle path').count()).toBeGreaterThan(0);
    await page.getByText('Een dj tot middernacht').waitFor();
    await page.getByText('Les réponses sont anonymes : personne ne peut savoir qui a répondu quoi.').waitFor();
    await checkA11y(page);
    await shot(page, 'survey-results-fr-1280');
    const nl = await relais.newPage({ as: 'communication', phone: true, locale: 'nl-BE' });
    await nl.goto(`/surveys/${survey.id}`);
    await nl.getByRole('heading', { name: /Resultaten · 1 antwoord/ }).waitFor();
    await checkA11y(nl);
    await shot(nl, 'survey-results-nl-360');
  });
});

describe('screening at the Horeca fair', () => {
  test('the desk agent screens a candidate on a phone and is told where to send them', async () => {
    const page = await relais.newPage({ as: 'reception', phone: true });
    await page.goto('/screening');
    await h1(page, 'Formulaires de screening').waitFor();
    await page.getByRole('link', { name: 'Salon Horeca' }).click();
    await h1(page, 'Screening – Salon Horeca').waitFor();
    await checkA11y(page);
    await page.getByRole('radio', { name: 'Cuisine' }).check();
    await page.getByRole('radio', { name: 'Note 2' }).check();
    await page.getByRole('button', { name: 'Orienter le candidat' }).click();
    await page.getByRole('status').getByText('Stand 12 – Cuisine').waitFor();
    await checkA11y(page);
    await shot(page, 'desk-fr-360');
    await page.getByRole('button', { name: 'Candidat suivant' }).click();
    await page.getByRole('radio', { name: 'Service en salle' }).check();
    await page.getByRole('radio', { name: 'Note 4' }).check();
    await page.getByRole('button', { name: 'Orienter le candidat' }).click();
    await page.getByRole('status').getByText('Stand 8 – Service en salle').waitFor();
  });

  test('in Dutch, at 1280 px, the desk orients too; the staff see the rules and the orientations counted', async () => {
    const page = await relais.newPage({ as: 'reception', locale: 'nl-BE' });
    await page.goto(`/surveys/${screening.id}/desk`);
    await h1(page, 'Screening – Horecabeurs').waitFor();
    await page.getByRole('radio', { name: 'Keuken' }).check();
    await page.getByRole('radio', { name: 'Score 5' }).check();
    await page.getByRole('button', { name: 'Kandidaat doorverwijzen' }).click();
    await page.getByRole('status').getByText('Stand 12 – Keuken').waitFor();
    await checkA11y(page);
    await shot(page, 'desk-nl-1280');

    const staff = await relais.newPage({ as: 'project_officer' });
    await staff.goto(`/surveys/${screening.id}`);
    await h1(staff, 'Salon Horeca').waitFor();
    await staff.getByRole('region', { name: 'Règles d’orientation' }).getByText('Si Quel métier vous intéresse ? est Cuisine').waitFor();
    await staff.getByRole('heading', { name: /Résultats · 3 réponses/ }).waitFor();
    await checkA11y(staff);
    await shot(staff, 'screening-staff-fr-1280');
  });
});
