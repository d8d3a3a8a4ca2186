import { describe, expect, test, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, useRelais } from './support';

/**
 * Issue 15, the public website, in the users' words: the communication officer writes a news item in French and
 * Dutch and schedules it for two minutes later; it is not on the site before, and is after. A job seeker on a 360 px
 * phone finds a workshop in the agenda and registers, finds a job offer, finds an organisation in the directory by
 * theme and commune. With JavaScript disabled every public page still shows its content. axe finds no serious or
 * critical violation on any public page, in French and in Dutch, at 360 and 1280 px.
 */
const relais = useRelais();
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
let offerId = 0;

/** Brussels wall time, `minutes` from now: [YYYY-MM-DD, HH:MM]. */
function brusselsIn(minutes: number): [string, string] {
  const d = new Date(Date.now() + minutes * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return [`${parts.year}-${parts.month}-${parts.day}`, `${parts.hour}:${parts.minute}`];
}

beforeAll(async () => {
  const admin = await relais.api();
  const hotel = (await admin.post<{ id: number }>('/api/organisations', { name: 'Hôtel Sablon SA', type: 'employer', postalCode: '1000' })).id;
  const ml = (await admin.post<{ id: number }>('/api/organisations', { name: 'Mission Locale de Molenbeek', type: 'association', address: 'Rue de Ribaucourt 27', postalCode: '1080', phone: '02 411 00 00' })).id;
  await admin.post('/api/organisations', { name: 'CPAS de Jette', type: 'social_welfare', postalCode: '1090' });
  await admin.post('/api/sites', { name: 'Maison de l’Emploi', kind: 'main', address: 'Chaussée de Gand 1', postalCode: '1080', openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '08:30', to: '12:30' })) });
  // a room with a booking tomorrow, for the occupation page
  const logistics = await relais.apiAs('logistics');
  const room = (await logistics.post<{ id: number }>('/api/rooms', { name: 'Salle Senne', capacity: 12, equipment: ['projector'] })).id;
  const [tomorrow] = brusselsIn(24 * 60);
  await logistics.post('/api/rooms/bookings', { roomId: room, date: tomorrow, startTime: '09:00', endTime: '11:00', purpose: 'Séance d’information', organisationId: ml });
  const comm = await relais.apiAs('communication');
  await comm.post('/api/site/services', { organisationId: ml, nameFr: 'Accompagnement vers l’emploi', nameNl: 'Begeleiding naar werk', descriptionFr: 'Un conseiller vous aide à chercher un emploi.', themes: ['trouver-un-emploi--repondre-a-des-offres-demploi'], publics: ['jeunes'], languages: ['fr', 'ar'], fees: 'gratuit', receptionModes: ['en-presentiel'] });
  await comm.post('/api/site/contents', { kind: 'page', slug: 'apprendre-le-neerlandais', titleFr: 'Apprendre le néerlandais', titleNl: 'Nederlands leren', bodyFr: 'Des cours **gratuits** près de chez vous.', bodyNl: '**Gratis** lessen dicht bij u.' });
  await comm.post('/api/site/contents', { kind: 'publication', publicationKind: 'survey', slug: 'enquete-emploi-local', titleFr: 'Enquête sur l’emploi local', titleNl: 'Enquête over lokale werkgelegenheid', summaryFr: 'Les résultats 2026.', summaryNl: 'De resultaten van 2026.' });
  const po = await relais.apiAs('project_officer');
  const until = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  offerId = (
    await po.post<{ id: number }>('/api/offers', { organisationId: hotel, titleFr: 'Commis de cuisine', titleNl: 'Keukenhulp', contractType: 'fixed_term', workingTime: 'full_time', hoursPerWeek: 38, commune: 'Bruxelles', descriptionFr: 'Mise en place, hygiène HACCP.', descriptionNl: 'Mise-en-place, HACCP.', positions: 2, skills: [], languages: ['fr'], validThrough: until, status: 'published' })
  ).id;
  const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await po.post('/api/events', {
    kind: 'workshop',
    status: 'published',
    titleFr: 'Atelier CV',
    titleNl: 'Cv-workshop',
    descriptionFr: 'Écrire son CV avec un conseiller.',
    startsAt: `${day}T09:30:00+01:00`,
    endsAt: `${day}T12:00:00+01:00`,
    venueName: 'Maison de l’Emploi',
    venueAddress: 'Chaussée de Gand 1, 1080 Molenbeek',
    capacity: 12,
  });
  // a training session the IT trainer opened to the public, and the desk's phone (the institution's settings)
  const trainer = await relais.apiAs('trainer');
  const programme = await trainer.post<{ id: number }>('/api/trainings/programmes', { name: 'Initiation à l’ordinateur', description: 'Souris, clavier, courriel.', targetPublic: 'Chercheurs d’emploi débutants' });
  const later = new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10);
  await trainer.post(`/api/trainings/programmes/${programme.id}/sessions`, { title: 'Ordinateur pour débutants', room: 'Salle EPN', capacity: 10, isPublic: true, days: [{ date: later, from: '09:30', to: '12:00' }] });
  const { logoUrl: _logo, ...institution } = await admin.get<Record<string, unknown>>('/api/institution');
  await admin.put('/api/institution', { ...institution, phone: '02 600 00 00' });
});

describe('the communication officer writes the news', () => {
  test('writes a news item in French and Dutch side by side, previews it, schedules it; it appears at its time', async () => {
    const page = await relais.newPage({ as: 'communication' });
    await page.goto('/site');
    await h1(page, /Site web/).waitFor();
    await page.getByRole('button', { name: 'Nouveau texte' }).click();
    await page.getByLabel('Adresse de la page').fill('salon-emploi-horeca');
    await page.getByLabel('Titre (FR)').fill('Salon de l’emploi horeca');
    // Dutch not written yet: the form says so
    await page.getByText(/Pas encore traduit : la page en néerlandais/).waitFor();
    await page.getByLabel('Texte (Markdown) (FR)').fill('## Programme\n\nVenez avec votre *CV*. <script>alert(1)</script>');
    await page.getByRole('button', { name: 'Aperçu' }).click();
    await page.getByRole('alert').filter({ hasText: 'Le HTML n’est pas accepté' }).waitFor();
    await page.getByRole('heading', { name: 'Programme' }).waitFor();
    await page.getByLabel('Texte (Markdown) (FR)').fill('## Programme\n\nVenez avec votre *CV*.');
    await page.getByLabel('Titre (NL)').fill('Jobbeurs horeca');
    await page.getByLabel('Texte (Markdown) (NL)').fill('## Programma\n\nKom met uw *cv*.');
    const [date, time] = brusselsIn(2);
    await page.getByLabel('Publier le').fill(date);
    await page.getByLabel('à', { exact: true }).first().fill(time);
    await checkA11y(page);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Texte enregistré.' }).waitFor();
    await page.getByRole('row', { name: /Salon de l’emploi horeca.*Programmé/ }).waitFor();
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/site-editor-1280-fr.png', fullPage: true });

    const visitor = await relais.newPage({ phone: true, locale: 'nl-BE' });
    await visitor.goto('/nl/nieuws');
    await h1(visitor, 'Nieuws').waitFor();
    expect(await visitor.getByText('Jobbeurs horeca').count()).toBe(0);
    // at its time it is there, without anyone pressing a button
    await expect
      .poll(
        async () => {
          await visitor.reload();
          return visitor.getByRole('link', { name: 'Jobbeurs horeca' }).count();
        },
        { timeout: 200_000, interval: 10_000 },
      )
      .toBe(1);
    await visitor.getByRole('link', { name: 'Jobbeurs horeca' }).click();
    await h1(visitor, 'Jobbeurs horeca').waitFor();
    await visitor.getByRole('heading', { name: 'Programma' }).waitFor();
    await checkA11y(visitor);
  }, 300_000);
});

describe('a job seeker on a 360 px phone', () => {
  test('finds a training open to the public in the agenda and how to register for it at the desk', async () => {
    for (const [lang, agenda, trainings, more, desk] of [
      ['fr', 'Agenda', 'Formations ouvertes au public', 'Détails et inscription', 'Inscription à l’accueil'],
      ['nl', 'Agenda', 'Opleidingen open voor het publiek', 'Details en inschrijving', 'Inschrijven aan het onthaal'],
    ]) {
      const page = await relais.newPage({ phone: true });
      await page.goto(`/${lang}/agenda`);
      await h1(page, agenda).waitFor();
      await page.getByRole('heading', { name: trainings }).waitFor();
      await page.getByRole('heading', { name: 'Ordinateur pour débutants' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await checkA11y(page);
      await page.getByRole('link', { name: new RegExp(`${more}.*Ordinateur pour débutants`) }).click();
      await h1(page, 'Ordinateur pour débutants').waitFor();
      await page.getByText(desk).waitFor();
      expect(await page.getByRole('main').getByRole('link', { name: '02 600 00 00' }).getAttribute('href')).toBe('tel:026000000');
      await page.getByText('Salle EPN').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await checkA11y(page);
      await page.screenshot({ path: `/tmp/site-training-360-${lang}.png`, fullPage: true });
      await page.close();
    }
  });

  test('finds a workshop in the agenda and registers through the events module', async () => {
    const page = await relais.newPage({ phone: true });
    await page.goto('/fr');
    await h1(page, 'Centrale de l’Emploi').waitFor();
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Agenda' }).click();
    await h1(page, 'Agenda').waitFor();
    await page.getByRole('heading', { name: 'Atelier CV' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/site-agenda-360-fr.png', fullPage: true });
    await page.getByRole('link', { name: /S’inscrire.*Atelier CV/ }).click();
    await h1(page, 'Atelier CV').waitFor();
    await page.getByLabel('Prénom').fill('Fatima');
    await page.getByRole('textbox', { name: /^Nom/ }).fill('El Idrissi');
    await page.getByLabel('E-mail', { exact: true }).fill('fatima.elidrissi@example.org');
    await page.getByLabel(/J’accepte/).check();
    await page.getByRole('button', { name: 'M’inscrire' }).click();
    await h1(page, 'Votre billet').waitFor();
  });

  test('finds a job offer', async () => {
    const page = await relais.newPage({ phone: true, locale: 'nl-BE' });
    await page.goto('/nl');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vacatures' }).click();
    await h1(page, 'Vacatures').waitFor();
    await page.getByRole('searchbox', { name: 'Een vacature zoeken' }).fill('keuken');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: 'Keukenhulp' }).click();
    await h1(page, 'Keukenhulp').waitFor();
    await page.getByText(/Hôtel Sablon SA/).first().waitFor();
    await page.getByText(/Solliciteren: kom met uw cv/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/site-offer-360-nl.png', fullPage: true });
  });

  test('finds an organisation in the directory by theme and commune', async () => {
    const page = await relais.newPage({ phone: true });
    await page.goto('/fr/repertoire');
    await h1(page, 'Répertoire des partenaires').waitFor();
    await page.getByLabel('Thème').selectOption({ label: 'Trouver un emploi : répondre à des offres' });
    await page.getByLabel('Commune').selectOption({ label: 'Molenbeek-Saint-Jean' });
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByRole('heading', { name: 'Mission Locale de Molenbeek' }).waitFor();
    expect(await page.getByRole('heading', { name: 'CPAS de Jette' }).count()).toBe(0);
    await page.getByRole('status').filter({ hasText: /^1 organisation$/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/site-directory-360-fr.png', fullPage: true });
  });
});

const PUBLIC_PAGES: [string, string | RegExp][] = [
  ['/fr', 'Centrale de l’Emploi'],
  ['/nl', 'Tewerkstellingscentrale van de Stad Brussel'],
  ['/fr/agenda', 'Agenda'],
  ['/nl/agenda', 'Agenda'],
  ['/fr/offres', 'Offres d’emploi'],
  ['/nl/vacatures', 'Vacatures'],
  ['/fr/repertoire', 'Répertoire des partenaires'],
  ['/nl/gids', 'Gids van de partners'],
  ['/fr/actualites', 'Actualités'],
  ['/nl/nieuws', 'Nieuws'],
  ['/fr/publications', 'Publications de l’Observatoire'],
  ['/nl/publicaties', 'Publicaties van het Observatorium'],
  ['/fr/infos', 'Informations'],
  ['/fr/infos/apprendre-le-neerlandais', 'Apprendre le néerlandais'],
  ['/nl/info/apprendre-le-neerlandais', 'Nederlands leren'],
  ['/fr/publications/enquete-emploi-local', 'Enquête sur l’emploi local'],
  ['/fr/contact', 'Contact et horaires'],
  ['/nl/contact', 'Contact en openingsuren'],
  ['/fr/vie-privee', 'Vie privée'],
  ['/nl/privacy', 'Privacy'],
  ['/fr/salles', 'Occupation des salles'],
  ['/nl/zalen', 'Bezetting van de zalen'],
];

describe('every public page', () => {
  test('shows its content with JavaScript disabled', async () => {
    const page = await relais.newPage({ phone: true, extra: { javaScriptEnabled: false } });
    for (const [url, title] of [...PUBLIC_PAGES, [`/fr/offres/${offerId}`, 'Commis de cuisine'] as [string, string]]) {
      await page.goto(url);
      await h1(page, title).waitFor();
    }
    await page.goto('/fr/agenda');
    await page.getByRole('heading', { name: 'Atelier CV' }).waitFor();
  });

  test('passes axe at 360 and 1280 px, in French and in Dutch', async () => {
    for (const phone of [true, false]) {
      const page = await relais.newPage({ phone });
      for (const [url, title] of [...PUBLIC_PAGES, [`/fr/offres/${offerId}`, 'Commis de cuisine'] as [string, string]]) {
        await page.goto(url);
        await h1(page, title).waitFor();
        await checkA11y(page);
        // nothing wider than the phone
        if (phone) expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(360);
      }
      await page.screenshot({ path: `/tmp/site-privacy-${phone ? 360 : 1280}-nl.png`, fullPage: true });
    }
  }, 240_000);
});
