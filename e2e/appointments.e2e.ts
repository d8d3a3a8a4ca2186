import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, createPerson, useRelais } from './support';

/**
 * Issue 3 (appointments), in the staff's words: the reception agent books an appointment at the
 * social worker's desk, prints the card, sees it in the calendar and on the list of people to call;
 * a slot someone else took meanwhile is refused with a clear message; the day's no-show is recorded
 * in the calendar and the social desk's figures show the no-show rate.
 */
const relais = useRelais();
/** Where to keep screenshots of the pages (set APPOINTMENTS_SCREENSHOTS to look at them). */
const SHOTS = process.env.APPOINTMENTS_SCREENSHOTS;
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Today in Brussels, YYYY-MM-DD. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
/** Tomorrow in Brussels, YYYY-MM-DD. */
function tomorrow(): string {
  const d = new Date(`${today()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

let personName: string;
let deskId: number;
const personIds: Record<string, number> = {};

/** Books through the API (as the social worker) the slot of the desk starting at `start` on `date`. */
async function bookViaApi(date: string, start: string, person: string): Promise<{ id: number }> {
  const worker = await relais.apiAs('social_worker');
  const { slots } = await worker.get<{ slots: { start: string; startsAt: string }[] }>(`/api/appointment-desks/${deskId}/slots?date=${date}`);
  const slot = slots.find((s) => s.start === start);
  if (!slot) throw new Error(`no ${start} slot on ${date}`);
  return worker.post<{ id: number }>('/api/appointments', { deskId, personId: personIds[person], startsAt: slot.startsAt, purpose: 'Suivi' });
}

beforeAll(async () => {
  const admin = await relais.api();
  const worker = await relais.user('social_worker');
  const site = await admin.post<{ id: number }>('/api/sites', {
    name: 'Espace Social Télé-Service',
    kind: 'desk',
    address: "Boulevard de l'Abattoir 27",
    postalCode: '1000',
    openingHours: [],
  });
  // Open every day, so that "tomorrow" always has slots.
  const desk = await (await relais.apiAs('social_worker')).post<{ id: number }>('/api/appointment-desks', {
    siteId: site.id,
    name: 'Permanence emploi',
    staffUserId: worker.id,
    slotMinutes: 30,
    hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '09:00', to: '12:00' })),
  });
  expect(desk.id).toBeGreaterThan(0);
  deskId = desk.id;
  const reception = await relais.apiAs('reception');
  const p = await createPerson(reception, { firstName: 'Hélène', lastName: 'Dubois', phone: '0470 11 22 33' });
  personName = `${p.firstName} ${p.lastName}`;
  for (const [firstName, lastName] of [
    ['Marc', 'Lambert'],
    ['Sophie', 'Lemaire'],
    ['Ahmed', 'Haddad'],
  ]) {
    const created = await createPerson(reception, { firstName, lastName });
    personIds[`${firstName} ${lastName}`] = created.id;
  }
});

describe('the reception agent books an appointment', () => {
  test('books the 10:00 slot for Hélène Dubois, gets a printable card and finds it in the calendar and on the call list', async () => {
    const page = await relais.newPage({ as: 'reception' });
    const day = tomorrow();
    await page.goto(`/appointments/book?date=${day}`);
    await h1(page, 'Prendre un rendez-vous').waitFor();
    await page.getByRole('radio', { name: '10:00–10:30, libre' }).waitFor({ state: 'attached' });
    await checkA11y(page);
    await page.getByText('10:00', { exact: true }).click();
    await page.getByLabel('Rechercher la personne (nom, prénom)').fill('helene duboi');
    await page.getByRole('radio', { name: /Hélène Dubois/ }).check();
    await page.getByLabel('Objet du rendez-vous').fill('Bilan des démarches');
    await page.getByRole('button', { name: 'Réserver ce créneau' }).click();

    await h1(page, 'Carte de rendez-vous').waitFor();
    await expect.poll(() => page.getByText(personName).count()).toBeGreaterThan(0);
    await page.getByText(/10:00–10:30/).waitFor();
    await checkA11y(page);

    await page.goto(`/appointments?view=day&date=${day}`);
    await h1(page, 'Agenda des rendez-vous').waitFor();
    await page.getByRole('link', { name: personName, exact: true }).waitFor();
    await page.getByRole('link', { name: `Déplacer le rendez-vous de ${personName}` }).waitFor();
    // Reception booked it, but what a social-desk appointment is about stays with the social desk.
    await page.getByText('Objet connu de la permanence seulement').first().waitFor();
    expect(await page.getByText('Bilan des démarches').count()).toBe(0);
    await checkA11y(page);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'calendar-reception-1280-fr.png'), fullPage: true });

    await page.goto(`/appointments/to-call?date=${day}`);
    await h1(page, 'Personnes à appeler').waitFor();
    await page.getByRole('cell', { name: '0470 11 22 33' }).waitFor();
    await checkA11y(page);
  });

  test('the taken slot can no longer be chosen; the desks page is accessible on a phone, in Dutch', async () => {
    const page = await relais.newPage({ as: 'social_worker', phone: true, locale: 'nl-BE' });
    await page.goto(`/appointments/book?date=${tomorrow()}`);
    await h1(page, 'Een afspraak maken').waitFor();
    await expect.poll(() => page.getByRole('radio', { name: '10:00–10:30, bezet' }).isDisabled()).toBe(true);
    await checkA11y(page);
    await page.goto('/appointments/desks');
    await h1(page, 'Zitdagen op afspraak').waitFor();
    await page.getByRole('cell', { name: 'Permanence emploi' }).waitFor();
    await page.getByRole('cell', { name: 'Sociale permanenties' }).waitFor();
    await checkA11y(page);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'desks-360-nl.png'), fullPage: true });
  });

  test('a slot someone else booked after the page was loaded is refused with a clear message, and another slot can be booked', async () => {
    const page = await relais.newPage({ as: 'reception' });
    const day = tomorrow();
    await page.goto(`/appointments/book?date=${day}`);
    await h1(page, 'Prendre un rendez-vous').waitFor();
    await page.getByRole('radio', { name: '10:30–11:00, libre' }).waitFor({ state: 'attached' });
    await page.getByText('10:30', { exact: true }).click();
    await page.getByLabel('Rechercher la personne (nom, prénom)').fill('dubois');
    await page.getByRole('radio', { name: /Hélène Dubois/ }).check();

    // Meanwhile, the social worker gives that slot to Marc Lambert.
    await bookViaApi(day, '10:30', 'Marc Lambert');

    await page.getByRole('button', { name: 'Réserver ce créneau' }).click();
    await page.getByRole('alert').filter({ hasText: /a déjà un rendez-vous le .* de 10:30 à 11:00 : ce créneau n’est plus libre/ }).waitFor();
    await h1(page, 'Prendre un rendez-vous').waitFor(); // still on the form
    // The slots are shown as they are now: 10:30 is taken, nothing is chosen.
    await expect.poll(() => page.getByRole('radio', { name: '10:30–11:00, occupé' }).isDisabled()).toBe(true);
    await page.getByRole('status').filter({ hasText: 'Choisissez un créneau' }).waitFor();
    await checkA11y(page);

    await page.getByText('11:00', { exact: true }).click();
    await page.getByRole('button', { name: 'Réserver ce créneau' }).click();
    await h1(page, 'Carte de rendez-vous').waitFor();
    await page.getByText(/11:00–11:30/).waitFor();
  });

  test('records a no-show and an attendance in the day calendar', async () => {
    const day = today();
    const absent = await bookViaApi(day, '09:00', 'Ahmed Haddad');
    const present = await bookViaApi(day, '09:30', 'Sophie Lemaire');
    const page = await relais.newPage({ as: 'reception' });
    await page.goto(`/appointments?view=day&date=${day}`);
    await h1(page, 'Agenda des rendez-vous').waitFor();
    const row = (name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await row('Ahmed Haddad').getByText('Prévu', { exact: true }).waitFor();
    await checkA11y(page);

    // The status changes in the row (the undo button appears, the marking button goes away).
    await page.getByRole('button', { name: 'Absent : Ahmed Haddad n’est pas venu·e' }).click();
    await page.getByRole('button', { name: 'Annuler le statut du rendez-vous de Ahmed Haddad' }).waitFor();
    await expect.poll(() => row('Ahmed Haddad').getByRole('button', { name: /^Absent/ }).count()).toBe(0);
    await row('Ahmed Haddad').getByText('Absent', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Présent : Sophie Lemaire est venu·e' }).click();
    await page.getByRole('button', { name: 'Annuler le statut du rendez-vous de Sophie Lemaire' }).waitFor();
    await row('Sophie Lemaire').getByText('Présent', { exact: true }).waitFor();
    await checkA11y(page);

    const api = await relais.apiAs('reception');
    expect((await api.get<{ status: string }>(`/api/appointments/${absent.id}`)).status).toBe('no_show');
    expect((await api.get<{ status: string }>(`/api/appointments/${present.id}`)).status).toBe('attended');
  });

  test("the social desk's figures of the year show the no-show rate", async () => {
    const year = today().slice(0, 4);
    const page = await relais.newPage({ as: 'director' });
    await page.goto('/socialdesk/stats');
    await h1(page, `Statistiques des permanences sociales ${year}`).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Rendez-vous manqués' }).waitFor();
    // One no-show out of two appointments whose outcome is known (the booked ones do not count yet).
    await page.getByText(new RegExp(`^${year} : Taux d’absence : 50\\s?% \\(1 sur 2\\)$`)).waitFor();
    await checkA11y(page);

    const english = await relais.newPage({ as: 'director', phone: true, locale: 'en' });
    await english.goto('/socialdesk/stats');
    await h1(english, `Social desk statistics ${year}`).waitFor();
    await english.getByText(new RegExp(`^${year}: No-show rate: 50\\s?% \\(1 of 2\\)$`)).waitFor();
    await checkA11y(english);
  });
});
