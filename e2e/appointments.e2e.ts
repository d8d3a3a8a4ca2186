import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, useRelais } from './support';

/**
 * Issue 3 (appointments), in the staff's words: the reception agent books an appointment at the
 * social worker's desk, prints the card, sees it in the calendar and on the list of people to call.
 */
const relais = useRelais();
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Tomorrow in Brussels, YYYY-MM-DD. */
function tomorrow(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

let personName: string;

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
  const p = await (await relais.apiAs('reception')).post<{ firstName: string; lastName: string }>('/api/people', {
    firstName: 'Hélène',
    lastName: 'Dubois',
    phone: '0470 11 22 33',
    confirmNotDuplicate: true,
  });
  personName = `${p.firstName} ${p.lastName}`;
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
    await checkA11y(page);

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
    await checkA11y(page);
  });
});
