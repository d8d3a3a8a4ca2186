import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, todayAt, useRelais } from './support';

/**
 * Issue 13, what staff do besides ranking: the project officer keeps the skills catalogue (FR/NL/EN, ESCO, retire),
 * sees the offers ranked for one candidate and records the person's voluntary equality data; the person's record
 * links to their profile; the social worker records a need outside any circle and puts it on a circle's agenda,
 * changes a workshop held over two days, ticks attendance day by day, records at three months that the partner
 * appointment was kept and what became of the person, and revokes the partner's link.
 * Axe at 1280 and 360 px, in French and Dutch.
 */
const relais = useRelais({ at: todayAt('10:00') });
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const dayFrom = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date(Date.now() + days * 86_400_000));
const person: Record<string, number> = {};
let offerId = 0;
let workshopId = 0;
let nextCircleId = 0;

beforeAll(async () => {
  const admin = await relais.api();
  const hotel = (await admin.post<{ id: number }>('/api/organisations', { name: 'Hôtel Flagey SA', type: 'employer' })).id;
  const partner = (await admin.post<{ id: number }>('/api/organisations', { name: 'Mission locale de Saint-Gilles', type: 'training' })).id;
  const reception = await relais.apiAs('reception');
  for (const [key, firstName, lastName] of [
    ['nadia', 'Nadia', 'Bouzid'],
    ['koen', 'Koen', 'Peeters'],
    ['aylin', 'Aylin', 'Demir'],
  ] as const)
    person[key] = (await reception.post<{ id: number }>('/api/people', { firstName, lastName })).id;
  const po = await relais.apiAs('project_officer');
  const skills = (await po.get<{ items: { id: number; label: { fr: string } }[] }>('/api/matching/skills')).items;
  const haccp = skills.find((s) => s.label.fr === 'Hygiène alimentaire (HACCP)')!.id;
  offerId = (await po.post<{ id: number }>('/api/offers', { titleFr: 'Serveur en brasserie', titleNl: 'Kelner in een brasserie', contractType: 'permanent', workingTime: 'full_time', hoursPerWeek: 38, positions: 1, validThrough: dayFrom(60), organisationId: hotel, status: 'published' })).id;
  await po.put(`/api/matching/offers/${offerId}/requirements`, { family: 'horeca', essentialSkillIds: [haccp], languages: [{ code: 'fr', level: 'B1' }] });
  await po.post('/api/matching/profiles', { personId: person.nadia, consent: true, skillIds: [haccp], experience: { horeca: 24 }, languages: [{ code: 'fr', level: 'C1' }] });

  const sw = await relais.apiAs('social_worker');
  // a workshop over two days, the day before yesterday and yesterday; Nadia's case leaves with an appointment yesterday
  workshopId = (await sw.post<{ id: number }>('/api/matching/circles', { kind: 'workshop', titleFr: 'Atelier Solutions', titleNl: 'Workshop Oplossingen', date: dayFrom(-2), time: '09:30', endsOn: dayFrom(-1), place: 'Maison de l’Emploi', partnerIds: [partner] })).id;
  const k = await sw.post<{ id: number }>('/api/matching/cases', { personId: person.nadia, need: 'Cherche une formation en salle.', circleId: workshopId });
  await sw.post(`/api/matching/cases/${k.id}/appointments`, { organisationId: partner, date: dayFrom(-1), time: '14:00', place: 'Rue de Mérode 40', contactName: 'Jan Claes' });
  nextCircleId = (await sw.post<{ id: number }>('/api/matching/circles', { kind: 'circle', titleFr: 'Cercle de printemps', titleNl: 'Lentekring', date: dayFrom(20), time: '10:00', place: 'Salle Anspach' })).id;
});

describe('the project officer keeps the skills catalogue', () => {
  test('corrects a skill’s Dutch name and ESCO concept, retires it, adds a new one (French, 1280 px)', async () => {
    const page = await relais.newPage({ as: 'project_officer' });
    await page.goto('/matching');
    await page.getByRole('main').getByRole('link', { name: 'Catalogue des compétences' }).click();
    await h1(page, 'Catalogue des compétences').waitFor();
    await page.getByLabel('Métier').first().selectOption('security');
    const table = page.getByRole('table', { name: 'Compétences du catalogue' });
    await checkA11y(page);
    const row = table.getByRole('row').filter({ hasText: 'Prévention incendie' }).first();
    const frName = (await row.locator('td').nth(1).innerText()).trim();
    await page.getByRole('button', { name: `Modifier « ${frName} »` }).click();
    const form = page.getByRole('form', { name: `Modifier « ${frName} »` });
    await form.getByLabel('Nom en néerlandais').fill('Brandpreventie in gebouwen');
    await form.getByLabel('Concept ESCO (adresse)').fill('pas une adresse');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('alert').filter({ hasText: /ESCO/ }).waitFor();
    await form.getByLabel('Concept ESCO (adresse)').fill('');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Compétence enregistrée.' }).waitFor();
    await table.getByRole('cell', { name: 'Brandpreventie in gebouwen' }).waitFor();
    await page.getByRole('button', { name: `Retirer « ${frName} »` }).click();
    // a retired skill leaves the list, and comes back with the retired ones
    await expect.poll(() => table.getByRole('cell', { name: 'Brandpreventie in gebouwen' }).count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Montrer aussi les compétences retirées' }).check();
    await table.getByRole('row').filter({ hasText: 'Brandpreventie in gebouwen' }).getByText('retirée').waitFor();
    const add = page.getByRole('form', { name: 'Ajouter une compétence' });
    await add.getByLabel('Métier').selectOption('security');
    await add.getByLabel('Nom en français').fill('Contrôle d’accès aux événements');
    await add.getByLabel('Nom en néerlandais').fill('Toegangscontrole op evenementen');
    await add.getByLabel('Nom en anglais').fill('Event access control');
    await add.getByRole('button', { name: 'Ajouter au catalogue' }).click();
    await page.getByRole('status').filter({ hasText: 'Compétence ajoutée.' }).waitFor();
    await table.getByRole('cell', { name: 'Toegangscontrole op evenementen' }).waitFor();
    await checkA11y(page);
  });

  test('the catalogue in Dutch on a 360 px phone', async () => {
    const page = await relais.newPage({ as: 'project_officer', phone: true, locale: 'nl-BE' });
    await page.goto('/matching/skills');
    await h1(page, 'Catalogus van vaardigheden').waitFor();
    await page.getByRole('table', { name: 'Vaardigheden van de catalogus' }).waitFor();
    await checkA11y(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

describe('one candidate: the offers ranked for them, their equality data, their record', () => {
  test('the offers ranked for Nadia with the explained score; she gives her equality data for the figures only (French, 1280 px)', async () => {
    const page = await relais.newPage({ as: 'project_officer' });
    await page.goto(`/people/${person.nadia}`);
    await page.getByText('Profil de candidat (matching sans CV)').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Profil de candidat (matching sans CV)' }).getByRole('link', { name: 'Voir' }).click();
    await h1(page, 'Profil de candidat de Nadia Bouzid').waitFor();
    const offers = page.getByRole('table', { name: 'Offres classées pour ce candidat' });
    const row = offers.getByRole('row').filter({ hasText: 'Serveur en brasserie' });
    await row.getByText('Compétence indispensable : Hygiène alimentaire (HACCP)').waitFor();
    await row.getByText('Hôtel Flagey SA').waitFor();
    await page.getByText(/ne sont jamais montrées à un employeur/).waitFor();
    expect(await page.getByRole('checkbox', { name: 'femmes' }).isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: /La personne accepte de donner ces données/ }).check();
    await page.getByRole('checkbox', { name: 'femmes' }).check();
    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await page.getByRole('status').filter({ hasText: 'Profil enregistré.' }).waitFor();
    await page.getByText(/Accord donné le/).waitFor();
    await checkA11y(page);
    await page.getByRole('button', { name: 'Proposer ce candidat pour « Serveur en brasserie »' }).click();
    await row.getByText('Déjà proposé').waitFor();
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: 'femmes' }).isChecked()).toBe(true);
  });

  test('the same in Dutch on a 360 px phone', async () => {
    const page = await relais.newPage({ as: 'project_officer', phone: true, locale: 'nl-BE' });
    await page.goto(`/matching/people/${person.nadia}`);
    await h1(page, 'Kandidatenprofiel van Nadia Bouzid').waitFor();
    await page.getByRole('table', { name: 'Gerangschikte vacatures voor deze kandidaat' }).waitFor();
    await page.getByRole('heading', { name: 'Gelijkheidsgegevens (vrijwillig)' }).waitFor();
    await checkA11y(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

describe('the social worker, circles and workshops', () => {
  test('records a need outside any circle, then puts it on the next circle’s agenda (French, 1280 px)', async () => {
    const page = await relais.newPage({ as: 'social_worker' });
    await page.goto('/matching/circles');
    await h1(page, 'Cercles et ateliers').waitFor();
    const intake = page.getByRole('form', { name: 'Noter un besoin (accueil)' });
    await intake.getByLabel('Personne', { exact: true }).fill('Demir');
    await page.getByRole('option', { name: /Aylin Demir/ }).click();
    await intake.getByLabel('Besoin de la personne').fill('Cherche une formation de magasinier.');
    await intake.getByRole('button', { name: 'Enregistrer le besoin' }).click();
    await page.getByRole('status').filter({ hasText: 'Besoin enregistré.' }).waitFor();
    const waiting = page.getByRole('region', { name: 'Besoins en attente d’un cercle' });
    await waiting.getByText('Cherche une formation de magasinier.').waitFor();
    await checkA11y(page);
    await waiting.getByLabel('Cercle pour Aylin Demir').selectOption(String(nextCircleId));
    await waiting.getByRole('button', { name: 'Mettre à l’ordre du jour : Aylin Demir' }).click();
    await waiting.getByText('Aucun besoin en attente.').waitFor();
    await page.goto(`/matching/circles/${nextCircleId}`);
    await page.getByRole('region', { name: 'Aylin Demir' }).getByText('Cherche une formation de magasinier.').waitFor();
  });

  test('changes the two-day workshop, ticks attendance day by day, records the 3-month follow-up and revokes the partner’s link (French, 1280 px)', async () => {
    const page = await relais.newPage({ as: 'social_worker' });
    page.on('dialog', (d) => void d.accept());
    await page.goto(`/matching/circles/${workshopId}`);
    await h1(page, 'Atelier Solutions').waitFor();
    await page.getByRole('button', { name: 'Modifier le cercle' }).click();
    const edit = page.getByRole('form', { name: 'Modifier le cercle' });
    await edit.getByLabel('Lieu').fill('Salle Anspach, Maison de l’Emploi');
    await edit.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByText(/· Salle Anspach, Maison de l’Emploi/).waitFor();

    const attendance = page.getByRole('region', { name: 'Présences' });
    const days = attendance.getByRole('checkbox', { name: /^Nadia Bouzid présent·e le/ });
    await expect.poll(() => days.count()).toBe(2);
    // a tick is saved at once (the box shows what the server recorded)
    await days.nth(0).click();
    await expect.poll(() => days.nth(0).isChecked()).toBe(true);
    await days.nth(1).click();
    await expect.poll(() => days.nth(1).isChecked()).toBe(true);
    await page.reload();
    await expect.poll(() => attendance.getByRole('checkbox', { name: /^Nadia Bouzid présent·e le/, checked: true }).count()).toBe(2);

    const card = page.getByRole('region', { name: 'Nadia Bouzid' });
    await card.getByLabel('Rendez-vous de Nadia Bouzid chez Mission locale de Saint-Gilles : honoré ?').selectOption('kept');
    await card.getByText(/Jan Claes\) · Venue au rendez-vous/).waitFor();
    await card.getByLabel('Suivi à 3 mois de Nadia Bouzid').selectOption('training');
    await card.getByRole('button', { name: 'Enregistrer le suivi' }).click();
    await card.getByText(/Suivi à 3 mois : en formation/).waitFor();
    await card.getByRole('button', { name: 'Révoquer le lien du partenaire : Mission locale de Saint-Gilles, pour Nadia Bouzid' }).click();
    await card.getByText(/lien révoqué le/).waitFor();
    await card.getByRole('button', { name: 'Modifier la situation de Nadia Bouzid' }).click();
    await card.getByLabel('Besoin de la personne').first().fill('Cherche une formation en salle, puis un emploi de serveuse.');
    await card.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await card.getByText('Cherche une formation en salle, puis un emploi de serveuse.').waitFor();
    await checkA11y(page);
  });

  test('the workshop in Dutch on a 360 px phone', async () => {
    const page = await relais.newPage({ as: 'social_worker', phone: true, locale: 'nl-BE' });
    await page.goto(`/matching/circles/${workshopId}`);
    await h1(page, 'Workshop Oplossingen').waitFor();
    await page.getByRole('region', { name: 'Aanwezigheden' }).getByRole('checkbox', { name: /^Nadia Bouzid aanwezig op/, checked: true }).first().waitFor();
    await page.getByText(/Opvolging na 3 maanden: in opleiding/).waitFor();
    await checkA11y(page);
    await page.goto('/matching/circles');
    await h1(page, 'Kringen en workshops').waitFor();
    await page.getByRole('region', { name: 'Noden die op een kring wachten' }).waitFor();
    await checkA11y(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
