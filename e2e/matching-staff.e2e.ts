import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, createPerson, useRelais } from './support';

/**
 * Issue 13, the staff pages: a project officer builds a candidate profile with a job seeker (skills from the
 * catalogue, experience, CEFR languages, availability, mobility, consent), ranks the candidates of an offer with the
 * explained score and proposes the best one; the employer's link made from that page shows them by pseudonym.
 * Axe at 1280 and 360 px, in French and Dutch.
 */
const relais = useRelais();
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const dayFrom = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
let personId = 0;
let offerId = 0;
let otherPseudonym = '';

beforeAll(async () => {
  const admin = await relais.api();
  const hotel = (await admin.post<{ id: number }>('/api/organisations', { name: 'Hôtel Sablon SA', type: 'employer' })).id;
  const reception = await relais.apiAs('reception');
  personId = (await createPerson(reception, { firstName: 'Amina', lastName: 'Haddad', birthDate: '1968-05-05', email: 'amina@example.be', phone: '0470 11 22 33' })).id;
  const other = (await createPerson(reception, { firstName: 'Piotr', lastName: 'Nowak', birthDate: '1990-02-02' })).id;
  const po = await relais.apiAs('project_officer');
  const skills = (await po.get<{ items: { id: number; label: { fr: string } }[] }>('/api/matching/skills')).items;
  const haccp = skills.find((s) => s.label.fr === 'Hygiène alimentaire (HACCP)')!.id;
  offerId = (await po.post<{ id: number }>('/api/offers', { titleFr: 'Commis de salle', titleNl: 'Zaalmedewerker', contractType: 'fixed_term', workingTime: 'full_time', hoursPerWeek: 38, positions: 1, validThrough: dayFrom(60), organisationId: hotel, status: 'published' })).id;
  await po.put(`/api/matching/offers/${offerId}/requirements`, { family: 'horeca', minExperienceMonths: 12, essentialSkillIds: [haccp], languages: [{ code: 'fr', level: 'B1' }], days: [1, 2, 3] });
  // a weaker candidate: French too weak, no HACCP
  otherPseudonym = (await po.post<{ pseudonym: string }>('/api/matching/profiles', { personId: other, consent: true, languages: [{ code: 'fr', level: 'A2' }], days: [1] })).pseudonym;
});

describe('the project officer, with the job seeker', () => {
  test('builds the candidate profile (French, 1280 px)', async () => {
    const page = await relais.newPage({ as: 'project_officer' });
    await page.goto('/matching');
    await h1(page, 'Matching sans CV').waitFor();
    await checkA11y(page);
    await page.goto(`/matching/people/${personId}`);
    await h1(page, 'Profil de candidat de Amina Haddad').waitFor();
    await page.getByText('Cette personne n’a pas encore de profil').waitFor();
    await page.getByLabel('Compétences du catalogue').first().fill('HACCP');
    await page.getByRole('option', { name: 'Hygiène alimentaire (HACCP)' }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel('Horeca (mois)').fill('18');
    await page.getByLabel('français').selectOption('C1');
    await page.getByLabel('néerlandais').selectOption('A2');
    for (const day of ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi']) await page.getByRole('checkbox', { name: day, exact: true }).check();
    await page.getByRole('checkbox', { name: 'matin' }).check();
    await page.getByLabel('Distance maximale (km)').fill('10');
    await page.getByLabel('Code postal de départ').fill('1080');
    await page.getByRole('checkbox', { name: 'transports en commun' }).check();
    await page.getByRole('checkbox', { name: 'Programme 50 ans et plus' }).check();
    await checkA11y(page);
    await page.getByRole('checkbox', { name: /La personne accepte que ce profil/ }).check();
    await page.getByRole('button', { name: 'Créer le profil' }).click();
    await page.getByRole('status').filter({ hasText: 'Profil enregistré.' }).waitFor();
    await page.getByText(/Pseudonyme montré aux employeurs : /).waitFor();
    await expect.poll(() => page.getByLabel('Horeca (mois)').inputValue()).toBe('18');
    expect(await page.getByLabel('français').inputValue()).toBe('C1');
    await checkA11y(page);
  });

  test('the profile page in Dutch on a 360 px phone', async () => {
    const page = await relais.newPage({ as: 'project_officer', phone: true, locale: 'nl-BE' });
    await page.goto(`/matching/people/${personId}`);
    await h1(page, 'Kandidatenprofiel van Amina Haddad').waitFor();
    await page.getByText(/Pseudoniem dat werkgevers zien: /).waitFor();
    await checkA11y(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

describe('ranking the candidates of an offer', () => {
  test('shows the explained score, proposes the best candidate and makes the employer’s link (French, 1280 px)', async () => {
    const page = await relais.newPage({ as: 'project_officer' });
    await page.goto(`/matching/offers/${offerId}`);
    await h1(page, /Candidats pour Commis de salle/).waitFor();
    const rows = page.getByRole('table', { name: /Candidats classés/ }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const best = rows.nth(0);
    const pseudonym = (await best.getByRole('link').innerText()).trim();
    expect(pseudonym).not.toBe(otherPseudonym);
    expect(await best.innerText()).toMatch(/(?<!non )rempli\s*Compétence indispensable : Hygiène alimentaire \(HACCP\)/i);
    expect(await rows.nth(1).innerText()).toMatch(/non rempli\s*Compétence indispensable/i);
    expect(await best.innerText()).toMatch(/poids \d+/);
    await checkA11y(page);
    await page.getByRole('button', { name: `Proposer ${pseudonym} à l’employeur` }).click();
    await best.getByText('Proposé', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Créer un nouveau lien' }).click();
    const url = await page.getByLabel('Lien à envoyer à l’employeur').inputValue();
    expect(url).toMatch(/\/p\/matching\/[A-Za-z0-9_-]{20,}$/);
    await checkA11y(page);

    const employer = await relais.newPage({ phone: true });
    await employer.goto(new URL(url).pathname);
    await employer.getByRole('heading', { level: 2, name: pseudonym }).waitFor();
    expect((await employer.locator('main').innerText()).toLowerCase()).not.toContain('amina');

    const matches = await (await relais.apiAs('project_officer')).get<{ items: { pseudonym: string; status: string }[] }>(`/api/matching/matches?offerId=${offerId}`);
    expect(matches.items).toEqual([expect.objectContaining({ pseudonym, status: 'proposed' })]);
  });

  test('the ranking and the matches in Dutch on a 360 px phone; the person agrees to be introduced', async () => {
    const page = await relais.newPage({ as: 'project_officer', phone: true, locale: 'nl-BE' });
    await page.goto(`/matching/offers/${offerId}`);
    await h1(page, /Kandidaten voor Zaalmedewerker/).waitFor();
    await page.getByText('Voorgesteld', { exact: true }).waitFor();
    await checkA11y(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('link', { name: 'Koppelingen van de vacature' }).click();
    await h1(page, 'Koppelingen').waitFor();
    await page.getByRole('button', { name: /aanvaardt voorgesteld te worden/ }).click();
    await page.getByRole('status').filter({ hasText: 'Akkoord geregistreerd' }).waitFor();
    await page.getByRole('button', { name: 'De ontmoeting plannen' }).click();
    await page.getByRole('dialog').waitFor();
    await checkA11y(page);
    await page.getByLabel('Plaats').fill('Hôtel Sablon');
    await page.getByLabel('Wie neemt deel').fill('Mevrouw Claes (HR)');
    await page.getByRole('button', { name: 'Plannen en de kandidaat verwittigen' }).click();
    await page.getByRole('status').filter({ hasText: 'Ontmoeting gepland.' }).waitFor();
    await page.getByRole('table', { name: 'Voorgestelde koppelingen' }).getByText('ontmoeting gepland', { exact: true }).waitFor();
    const [planned] = (await (await relais.apiAs('project_officer')).get<{ items: { status: string; meetingPlace: string }[] }>(`/api/matching/matches?offerId=${offerId}`)).items;
    expect(planned).toMatchObject({ status: 'meeting_planned', meetingPlace: 'Hôtel Sablon' });
    await checkA11y(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

describe('a circle', () => {
  test('a case gets a solution and leaves with a partner appointment whose link the partner opens (French, then Dutch on a phone)', async () => {
    const admin = await relais.api();
    const partner = (await admin.post<{ id: number }>('/api/organisations', { name: 'Mission locale de Molenbeek', type: 'public_service' })).id;
    const sw = await relais.apiAs('social_worker');
    const circle = (await sw.post<{ id: number }>('/api/matching/circles', { kind: 'circle', titleFr: 'Cercle professionnel', titleNl: 'Beroepskring', date: dayFrom(1), time: '09:30', place: 'Centrale, salle 2', partnerIds: [partner] })).id;
    await sw.post('/api/matching/cases', { personId, need: 'Trouver un emploi le week-end', circleId: circle });

    const page = await relais.newPage({ as: 'social_worker' });
    await page.goto('/matching/circles');
    await page.getByRole('link', { name: 'Cercle professionnel' }).click();
    await h1(page, 'Cercle professionnel').waitFor();
    const card = page.getByRole('region', { name: 'Amina Haddad' });
    await card.getByText('Trouver un emploi le week-end').waitFor();
    await card.getByLabel('Solution proposée').fill('Formation de commis de cuisine');
    await card.getByRole('button', { name: 'Ajouter la solution' }).click();
    await card.getByText('Formation de commis de cuisine').waitFor();
    await card.getByLabel('Partenaire').selectOption({ label: 'Mission locale de Molenbeek' });
    await card.getByLabel('Lieu').fill('Rue Vandenpeereboom 14');
    await card.getByLabel('Personne de contact').fill('Fatima El Idrissi');
    await card.getByRole('button', { name: 'Fixer le rendez-vous' }).click();
    const link = await card.getByLabel('Lien à envoyer au partenaire').inputValue();
    await card.getByText(/Rendez-vous chez Mission locale de Molenbeek/).waitFor();
    await checkA11y(page);

    const phone = await relais.newPage({ phone: true, locale: 'nl-BE' });
    await phone.goto(new URL(link).pathname);
    await h1(phone, 'Oriëntatieafspraak').waitFor();

    const nl = await relais.newPage({ as: 'social_worker', phone: true, locale: 'nl-BE' });
    await nl.goto(`/matching/circles/${circle}`);
    await h1(nl, 'Beroepskring').waitFor();
    await nl.getByText('nog niet bevestigd', { exact: false }).waitFor();
    await checkA11y(nl);
    expect(await nl.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('the statistics page shows the figures beside the year before (Dutch, 360 px; French, 1280 px)', async () => {
    for (const [locale, phone, title] of [['nl-BE', true, 'Cijfers van de matching en de kringen'], ['fr-BE', false, 'Chiffres du matching et des cercles']] as const) {
      const page = await relais.newPage({ as: 'project_officer', phone, locale });
      await page.goto('/matching/stats');
      await h1(page, title).waitFor();
      await page.getByRole('group', { name: locale === 'nl-BE' ? 'Voorgestelde koppelingen' : 'Mises en relation proposées' }).getByText('1', { exact: true }).waitFor();
      await checkA11y(page);
    }
  });
});
