import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, useRelais } from './support';

/**
 * Issue 12 (events), in the users' words: a job seeker registers for the Brussels Job Day on a 360 px phone
 * and gets the ticket; two desks check people in at the same time, one of them offline for a while, and
 * after it syncs every person is counted once; two devices count walk-ins at the door; the organisers'
 * pages pass axe in French and Dutch.
 */
const relais = useRelais();
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

let eventId: number;
type Live = { registered: number; checkedIn: number; walkIns: number; perDesk: { desk: string; checkIns: number }[] };
const live = async () => (await relais.apiAs('reception')).get<Live>(`/api/events/${eventId}/live`);

beforeAll(async () => {
  const officer = await relais.apiAs('project_officer');
  const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const event = await officer.post<{ id: number }>('/api/events', {
    kind: 'job_fair',
    status: 'published',
    titleFr: 'Brussels Job Day',
    titleNl: 'Brussels Job Day',
    descriptionFr: 'Rencontrez 36 employeurs et 13 organisations.',
    descriptionNl: 'Ontmoet 36 werkgevers en 13 organisaties.',
    startsAt: `${day}T10:00:00+02:00`,
    endsAt: `${day}T16:00:00+02:00`,
    venueName: 'Palais 6, Brussels Expo',
    venueAddress: 'Place de Belgique 1, 1020 Bruxelles',
    capacity: 2000,
    questions: [{ key: 'sector', type: 'choice', labelFr: 'Secteur recherché', labelNl: 'Gezochte sector', required: false, choices: ['Horeca', 'Logistique', 'Numérique'] }],
  });
  eventId = event.id;
});

describe('a job seeker registers on a phone', () => {
  test('finds the Job Day, fills in the form on 360 px and gets the ticket with its QR code', async () => {
    const page = await relais.newPage({ phone: true });
    await page.goto('/p/events');
    await h1(page, 'Nos événements').waitFor();
    await checkA11y(page);
    await page.getByRole('link', { name: /S’inscrire.*Brussels Job Day/ }).click();
    await h1(page, 'Brussels Job Day').waitFor();
    await page.getByLabel('Prénom').fill('Fatima');
    await page.getByRole('textbox', { name: /^Nom/ }).fill('El Idrissi');
    await page.getByLabel('E-mail', { exact: true }).fill('fatima.elidrissi@example.org');
    await page.getByLabel('Secteur recherché').selectOption('Horeca');
    await checkA11y(page);
    await page.getByLabel(/J’accepte/).check();
    await page.getByRole('button', { name: 'M’inscrire' }).click();
    await h1(page, 'Votre billet').waitFor();
    await page.getByText('Inscription confirmée').waitFor();
    const code = (await page.getByTestId('ticket-code').textContent())!.replace('Code : ', '').trim();
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{16}$/);
    await expect.poll(() => page.getByRole('img', { name: `Code QR du billet ${code}` }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
    // the page does not scroll sideways on the phone
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/events-ticket-360-fr.png', fullPage: true });
  });

  test('the same pages in Dutch pass axe', async () => {
    const page = await relais.newPage({ phone: true, locale: 'nl-BE' });
    await page.goto(`/p/events/${eventId}`);
    await page.getByLabel('Voornaam').waitFor();
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/events-register-360-nl.png', fullPage: true });
    await page.goto('/p/events');
    await h1(page, 'Onze evenementen').waitFor();
    await checkA11y(page);
  });
});

describe('two desks check people in, one of them offline for a while', () => {
  test('after the offline desk syncs, every person is counted once', async () => {
    const reception = await relais.apiAs('reception');
    const tickets: string[] = [];
    for (const [firstName, lastName] of [
      ['Karim', 'Benali'],
      ['Jan', 'Peeters'],
      ['Aïcha', 'Diallo'],
      ['Marie', 'Dubois'],
      ['Omar', 'Haddad'],
    ])
      tickets.push((await reception.post<{ registration: { secret: string } }>(`/api/events/${eventId}/registrations`, { firstName, lastName })).registration.secret);
    const before = (await live()).checkedIn;

    const deskA = await relais.newPage({ as: 'reception' });
    const deskB = await relais.newPage({ as: 'reception', phone: true });
    for (const [page, name] of [
      [deskA, 'Entrée A'],
      [deskB, 'Entrée B'],
    ] as const) {
      await page.goto(`/events/${eventId}/checkin`);
      await h1(page, 'Entrée – Brussels Job Day').waitFor();
      await page.getByLabel('Nom de ce poste (ex. Entrée A)').fill(name);
    }
    await checkA11y(deskA);
    await checkA11y(deskB);
    const scan = async (page: Page, code: string) => {
      await page.getByLabel('Code du billet').fill(code);
      await page.getByRole('button', { name: 'Vérifier' }).click();
    };
    // Desk B loses the network; it keeps scanning.
    await deskB.context().setOffline(true);
    for (const code of [tickets[2], tickets[3], tickets[4]]) {
      await scan(deskB, code);
      await deskB.getByText('Gardé : sera envoyé au retour du réseau.').waitFor();
    }
    await deskB.getByText('3 scans à envoyer').waitFor();
    // Meanwhile desk A checks in the first three (the third one is also queued at desk B).
    for (const code of [tickets[0], tickets[1], tickets[2]]) {
      await scan(deskA, code);
      await expect.poll(() => deskA.getByTestId('scan-result').getAttribute('data-result')).toBe('valid');
      await deskA.getByText(/Valide : bienvenue/).waitFor();
    }
    // The same ticket again at desk A: already in, with the time and the desk.
    await scan(deskA, tickets[0]);
    await deskA.getByText(/Déjà enregistré à \d\d:\d\d \(Entrée A\)/).waitFor();
    // Desk B is back: its queue is sent by itself when the network returns (no button to find: the page sends at once);
    // the ticket desk A took first is "already in", nobody is counted twice.
    await deskB.context().setOffline(false);
    await expect.poll(() => deskB.getByTestId('pending').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(async () => (await live()).checkedIn).toBe(before + 5);
    const l = await live();
    expect(l.perDesk.find((d) => d.desk === 'Entrée A')?.checkIns).toBe(3);
    expect(l.perDesk.find((d) => d.desk === 'Entrée B')?.checkIns).toBe(2);
    // by name, in Dutch
    const nl = await relais.newPage({ as: 'reception', locale: 'nl-BE' });
    await nl.goto(`/events/${eventId}/checkin`);
    await nl.getByLabel('Zoek een naam').fill('Peeters');
    await nl.getByRole('cell', { name: 'Jan Peeters' }).waitFor();
    await checkA11y(nl);
  });
});

describe('walk-ins are counted on two devices', () => {
  test('taps on two pages add up live; undo removes the last tap of its device', async () => {
    const door1 = await relais.newPage({ as: 'reception', phone: true });
    const door2 = await relais.newPage({ as: 'reception', phone: true, locale: 'nl-BE' });
    await door1.goto(`/events/${eventId}/door`);
    await door1.getByLabel('Nom de cet appareil (ex. Porte 1)').fill('Porte 1');
    await door2.goto(`/events/${eventId}/door`);
    await door2.getByLabel('Naam van dit toestel (bv. Deur 1)').fill('Deur 2');
    await checkA11y(door1);
    await checkA11y(door2);
    await door1.getByText('Femme', { exact: true }).click();
    for (let i = 0; i < 3; i++) await door1.getByTestId('door-plus').click();
    for (let i = 0; i < 3; i++) await door2.getByTestId('door-plus').click();
    await expect.poll(async () => (await live()).walkIns).toBe(6);
    await door2.getByRole('button', { name: 'Laatste ongedaan maken' }).click();
    await expect.poll(async () => (await live()).walkIns).toBe(5);
    // each page shows the total of both devices
    await door1.getByText('Total des entrées comptées : 5').waitFor({ timeout: 10_000 });
    await door2.getByText('Totaal getelde bezoekers: 5').waitFor({ timeout: 10_000 });
    await door1.screenshot({ path: '/tmp/events-door-360-fr.png', fullPage: true });
  });
});

describe('the organisers’ pages', () => {
  test('the event page with its live figures and the statistics pass axe in French and Dutch', async () => {
    for (const locale of ['fr-BE', 'nl-BE'] as const) {
      const page = await relais.newPage({ as: 'project_officer', locale });
      await page.goto(`/events/${eventId}`);
      await h1(page, 'Brussels Job Day').waitFor();
      await page.getByText(locale === 'fr-BE' ? 'Présents (billets)' : 'Aanwezig (tickets)').first().waitFor();
      await checkA11y(page);
      await page.screenshot({ path: `/tmp/events-event-1280-${locale}.png`, fullPage: true });
      await page.goto('/events');
      await h1(page, locale === 'fr-BE' ? 'Événements' : 'Evenementen').waitFor();
      await checkA11y(page);
      await page.goto('/events/stats');
      await h1(page, locale === 'fr-BE' ? 'Chiffres des événements' : 'Cijfers van de evenementen').waitFor();
      await checkA11y(page);
    }
    const phone = await relais.newPage({ as: 'project_officer', phone: true });
    await phone.goto(`/events/${eventId}`);
    await h1(phone, 'Brussels Job Day').waitFor();
    await checkA11y(phone);
    await phone.screenshot({ path: '/tmp/events-event-360-fr.png', fullPage: true });
  });
});
