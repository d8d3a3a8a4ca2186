import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, daytime, useRelais } from './support';

/**
 * Issue 6 (rooms), in the users' words: logistics books a weekly French course for a partner, moves one
 * date, and is told who is in the way (with the rooms still free) when it books a taken slot; an outside
 * organisation asks for a room on a phone through the public form and logistics confirms it; the public
 * occupation page (French and Dutch) and the entrance screen show it, naming only the organisations that
 * agreed; the screen keeps its last data when the network is cut; the public pages pass axe-core.
 */
// "Later today" must be inside today: the file runs in the Brussels daytime, whatever the hour of the run or of
// E2E_NOW (the app clock, the pages' clock and this file's Date move together: e2e/support/clock.ts).
const relais = useRelais({ at: daytime() });
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

// ---------- Brussels days and times ----------
const TZ = 'Europe/Brussels';
const dayOf = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(d);
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 = Sunday
/** "mardi 1 décembre", as the pages write a day. */
const longDay = (day: string, locale = 'fr-BE') => new Intl.DateTimeFormat(locale, { timeZone: TZ, weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(`${day}T12:00:00Z`));
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const TODAY = dayOf(new Date());
/** The next Tuesday after today (the first date of the weekly course), and the Wednesday after the second one. */
const TUESDAY = (() => {
  let d = addDays(TODAY, 1);
  while (weekday(d) !== 2) d = addDays(d, 1);
  return d;
})();
const TUESDAY_2 = addDays(TUESDAY, 7);
const WEDNESDAY_2 = addDays(TUESDAY, 8);
const LAST_TUESDAY = addDays(TUESDAY, 21);

/** Today's public request: a little later than now in Brussels (a request cannot start in the past). */
const NOW_MIN = (() => {
  const [h, m] = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date()).split(':').map(Number);
  return h * 60 + m;
})();
/** The requested slot, as the form fills it from the first free slot (set by the request test). */
let REQ = '';
// A booking of today by an organisation that did not agree to be named: "Occupé" / "Bezet".
const ANON_START = Math.ceil((NOW_MIN + 20) / 5) * 5;
const ANON_END = ANON_START + 30;

const COURSE = 'Cours de français langue étrangère';
const LANGUES = 'Atelier des Langues asbl';
const COMITE = 'Comité de quartier Anneessens';
const ASSEMBLY = 'Assemblée des habitants';
const MESSAGE = 'Bienvenue ! La clé est à l’accueil, rez-de-chaussée.';
let reference = '';

beforeAll(async () => {
  const admin = await relais.api();
  // The Maison de l'Emploi opens every day from early to late, so that "later today" is inside opening hours.
  await admin.post('/api/sites', {
    name: "Maison de l'Emploi",
    kind: 'main',
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '07:00', to: '23:59' })),
  });
  const logistics = await relais.apiAs('logistics');
  for (const room of [
    { name: 'Salle Horizon', capacity: 20, equipment: ['projector', 'video_conference'], halfDayPriceCents: 5000, dayPriceCents: 8500, accessNotes: '1er étage, ascenseur.' },
    { name: 'Salle Atelier', capacity: 16, equipment: ['interactive_screen'], halfDayPriceCents: 4000, dayPriceCents: 7000 },
    { name: 'Salle Réunion', capacity: 8, equipment: ['video_conference'], halfDayPriceCents: 2500, dayPriceCents: 4000 },
  ])
    await logistics.post('/api/rooms', room);
  await admin.post('/api/organisations', { name: LANGUES, type: 'association' });
  const cpas = await admin.post<{ id: number }>('/api/organisations', { name: 'CPAS de Bruxelles', type: 'social_welfare' });
  // Neither organisation agreed to be named in public (the default).
  const { items } = await logistics.get<{ items: { id: number; name: string }[] }>('/api/rooms');
  const reunion = items.find((r) => r.name === 'Salle Réunion')!;
  const iso = (time: string) => new Date(`${TODAY}T${time}:00${offsetOf(TODAY)}`).toISOString();
  await logistics.post('/api/rooms/bookings', { roomId: reunion.id, startsAt: iso(hhmm(ANON_START)), endsAt: iso(hhmm(ANON_END)), organisationId: cpas.id, purpose: 'Réunion de coordination', attendees: 6 });
});

/** "+01:00" or "+02:00": the Brussels offset of a day (at noon). */
function offsetOf(day: string) {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: TZ, timeZoneName: 'longOffset' }).formatToParts(new Date(`${day}T12:00:00Z`)).find((p) => p.type === 'timeZoneName')!.value;
  return name.replace('GMT', '') || '+00:00';
}

describe('logistics books rooms in the week calendar', () => {
  test('books a weekly course for a partner, sees its dates, moves one, and a taken slot is refused with the free rooms proposed', async () => {
    const page = await relais.newPage({ as: 'logistics' });
    await page.goto(`/rooms?date=${TUESDAY}`);
    await h1(page, 'Occupation des salles').waitFor();
    await page.getByRole('table', { name: /Réservations des salles du/ }).waitFor();
    await checkA11y(page);

    // A weekly course, every Tuesday 9:00-12:00 for four weeks, for Atelier des Langues.
    await page.getByRole('button', { name: 'Réserver', exact: true }).click();
    let dialog = page.getByRole('dialog', { name: 'Nouvelle réservation' });
    await dialog.getByLabel('Salle', { exact: true }).selectOption({ label: 'Salle Horizon' });
    await expect.poll(() => dialog.getByLabel('Organisation').locator('option').count()).toBeGreaterThan(1);
    await dialog.getByLabel('Organisation').selectOption({ label: LANGUES });
    await dialog.getByLabel(/^Jour/).fill(TUESDAY);
    await dialog.getByLabel('Début').fill('09:00');
    await dialog.getByLabel('Fin').fill('12:00');
    await dialog.getByLabel('Objet').fill(COURSE);
    await dialog.getByLabel('Nombre de personnes').fill('14');
    await dialog.getByLabel('Répéter chaque semaine').check();
    await dialog.getByLabel('Premier jour').waitFor();
    await dialog.getByLabel("Jusqu'au (inclus)").fill(LAST_TUESDAY);
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'Réserver' }).click();
    await page.getByRole('status').getByText('4 dates réservées.', { exact: true }).waitFor();
    await dialog.waitFor({ state: 'hidden' });

    // The week shows the first date in Salle Horizon's row, with the partner's name.
    const horizon = page.getByRole('row', { name: /^Salle Horizon/ });
    await horizon.getByText(LANGUES).waitFor();
    await horizon.getByText('09:00–12:00').waitFor();
    await horizon.getByRole('button', { name: `Déplacer « ${COURSE} » du ${longDay(TUESDAY)} à 09:00` }).waitFor();
    await checkA11y(page);

    // The next week, the second date: moved to the Wednesday afternoon through the move form.
    await page.getByRole('button', { name: 'Période suivante' }).click();
    await horizon.getByRole('button', { name: `Déplacer « ${COURSE} » du ${longDay(TUESDAY_2)} à 09:00` }).click();
    dialog = page.getByRole('dialog', { name: `Déplacer « ${COURSE} »` });
    await dialog.getByLabel('Jour').fill(WEDNESDAY_2);
    await dialog.getByLabel('Début').fill('13:30');
    await dialog.getByLabel('Fin').fill('16:30');
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').getByText('Réservation déplacée.').waitFor();
    await horizon.getByRole('button', { name: `Déplacer « ${COURSE} » du ${longDay(WEDNESDAY_2)} à 13:30` }).waitFor();
    await horizon.getByText('13:30–16:30').waitFor();
    await expect.poll(() => horizon.getByText('09:00–12:00').count()).toBe(0);

    // Back to the first week: a selection jury on the course's slot is refused, with who is there and the free rooms.
    await page.getByRole('button', { name: 'Période précédente' }).click();
    await horizon.getByText('09:00–12:00').waitFor();
    await page.getByRole('button', { name: 'Réserver', exact: true }).click();
    dialog = page.getByRole('dialog', { name: 'Nouvelle réservation' });
    await dialog.getByLabel('Salle', { exact: true }).selectOption({ label: 'Salle Horizon' });
    await dialog.getByLabel(/^Jour/).fill(TUESDAY);
    await dialog.getByLabel('Début').fill('10:00');
    await dialog.getByLabel('Fin').fill('11:30');
    await dialog.getByLabel('Objet').fill('Jury de sélection');
    await dialog.getByLabel('Nombre de personnes').fill('10');
    await dialog.getByRole('button', { name: 'Réserver' }).click();
    const refusal = dialog.getByRole('alert');
    await refusal.getByText('Salle Horizon est déjà réservée à ce moment.').waitFor();
    await refusal.getByText(`En conflit avec « ${COURSE} (${LANGUES}) » (Salle Horizon, le ${longDay(TUESDAY)} de 09:00 à 12:00).`).waitFor();
    await refusal.getByText('Salles libres à ce moment :').waitFor();
    // Salle Réunion (8 seats) is too small for 10 people: only Salle Atelier is proposed.
    await expect.poll(() => refusal.getByRole('listitem').count()).toBe(1);
    await checkA11y(page);
    await refusal.getByRole('button', { name: 'Choisir Salle Atelier (16 places)' }).click();
    await expect.poll(() => dialog.getByLabel('Salle', { exact: true }).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('Salle Atelier');
    await dialog.getByRole('button', { name: 'Réserver' }).click();
    await page.getByRole('status').getByText('Réservation enregistrée (Confirmée).').waitFor();
    await page.getByRole('row', { name: /^Salle Atelier/ }).getByText('Jury de sélection').waitFor();
    await checkA11y(page);
  });
});

/** "mardi 8 décembre 2026", as the list of dates not free writes a day. */
const longDayYear = (day: string, locale = 'fr-BE') => new Intl.DateTimeFormat(locale, { timeZone: TZ, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T12:00:00Z`));
const CV = 'Atelier CV';
const CV_2 = 'Atelier CV et lettre de motivation';

describe('logistics changes and cancels bookings and series (issue 18)', () => {
  test('a weekly series names the date that is not free before booking and in the result; logistics edits a date, cancels one, then the rest of the series', async () => {
    const page = await relais.newPage({ as: 'logistics' });
    await page.goto(`/rooms?date=${TUESDAY}`);
    await h1(page, 'Occupation des salles').waitFor();
    await page.getByRole('button', { name: 'Réserver', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvelle réservation' });
    await dialog.getByLabel('Salle', { exact: true }).selectOption({ label: 'Salle Atelier' });
    await dialog.getByLabel(/^Jour/).fill(TUESDAY);
    await dialog.getByLabel('Début').fill('10:00');
    await dialog.getByLabel('Fin').fill('11:00');
    await dialog.getByLabel('Objet').fill(CV);
    await dialog.getByLabel('Répéter chaque semaine').check();
    await dialog.getByLabel("Jusqu'au (inclus)").fill(LAST_TUESDAY);
    await dialog.getByRole('button', { name: 'Réserver' }).click();
    // The jury of the first Tuesday is in Salle Atelier at 10:00: that date is named before anything is booked.
    const notFree = dialog.getByRole('alert').filter({ hasText: '1 date n’est pas libre' });
    await notFree.getByText(`${longDayYear(TUESDAY)} : la salle est déjà réservée`).waitFor();
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'Réserver les autres dates' }).click();
    await page.getByRole('status').getByText(`3 dates réservées. Pas réservé (non libre) : ${longDay(TUESDAY)}.`).waitFor();

    // The second Tuesday: its purpose and attendees changed from the calendar.
    await page.getByRole('button', { name: 'Période suivante' }).click();
    const atelier = page.getByRole('row', { name: /^Salle Atelier/ });
    await atelier.getByRole('button', { name: `Modifier ou annuler « ${CV} » du ${longDay(TUESDAY_2)} à 10:00` }).click();
    let change = page.getByRole('dialog', { name: `« ${CV} », ${longDay(TUESDAY_2)}` });
    await change.getByLabel('Objet').fill(CV_2);
    await change.getByLabel('Nombre de personnes').fill('12');
    await checkA11y(page);
    await change.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').getByText(`« ${CV_2} » est modifiée.`).waitFor();
    await atelier.getByText(CV_2).waitFor();

    // The last Tuesday alone is cancelled, then the second Tuesday and the following ones.
    await page.getByRole('button', { name: 'Période suivante' }).click();
    await page.getByRole('button', { name: 'Période suivante' }).click();
    await atelier.getByRole('button', { name: `Modifier ou annuler « ${CV} » du ${longDay(LAST_TUESDAY)} à 10:00` }).click();
    change = page.getByRole('dialog', { name: `« ${CV} », ${longDay(LAST_TUESDAY)}` });
    await change.getByRole('button', { name: `Annuler le ${longDay(LAST_TUESDAY)}`, exact: true }).click();
    await page.getByRole('status').getByText(`« ${CV} » du ${longDay(LAST_TUESDAY)} est annulée. La réservation ne nomme aucun contact : personne n’a été prévenu.`).waitFor();
    await expect.poll(() => atelier.getByText(CV).count()).toBe(0);
    await page.getByRole('button', { name: 'Période précédente' }).click();
    await page.getByRole('button', { name: 'Période précédente' }).click();
    await atelier.getByRole('button', { name: `Modifier ou annuler « ${CV_2} » du ${longDay(TUESDAY_2)} à 10:00` }).click();
    change = page.getByRole('dialog', { name: `« ${CV_2} », ${longDay(TUESDAY_2)}` });
    await change.getByRole('button', { name: `Annuler le ${longDay(TUESDAY_2)} et les dates suivantes de la série` }).click();
    await page.getByRole('status').getByText(`« ${CV_2} » : 2 dates annulées à partir du ${longDay(TUESDAY_2)}.`).waitFor();
    await expect.poll(() => atelier.getByText(CV_2).count()).toBe(0);
    const left = await (await relais.apiAs('logistics')).get<{ items: { purpose: string; status: string }[] }>(`/api/rooms/bookings?from=${TUESDAY}&to=${addDays(LAST_TUESDAY, 1)}`);
    expect(left.items.filter((b) => b.purpose.startsWith(CV) && b.status !== 'cancelled')).toEqual([]);
    await checkA11y(page);
  });

  test('a weekly series whose second Friday is taken: logistics books that Friday in another free room, in the same click, and is told where', async () => {
    const logistics = await relais.apiAs('logistics');
    const { items } = await logistics.get<{ items: { id: number; name: string }[] }>('/api/rooms');
    const friday = addDays(TUESDAY, 3);
    const friday2 = addDays(friday, 7);
    await logistics.post('/api/rooms/bookings', { roomId: items.find((r) => r.name === 'Salle Horizon')!.id, date: friday2, startTime: '09:30', endTime: '12:00', purpose: 'Permanence emploi' });
    const page = await relais.newPage({ as: 'logistics' });
    await page.goto(`/rooms?date=${friday}`);
    await h1(page, 'Occupation des salles').waitFor();
    await page.getByRole('button', { name: 'Réserver', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvelle réservation' });
    await dialog.getByLabel('Salle', { exact: true }).selectOption({ label: 'Salle Horizon' });
    await dialog.getByLabel(/^Jour/).fill(friday);
    await dialog.getByLabel('Début').fill('10:00');
    await dialog.getByLabel('Fin').fill('11:00');
    await dialog.getByLabel('Objet').fill('Table de conversation');
    await dialog.getByLabel('Nombre de personnes').fill('10');
    await dialog.getByLabel('Répéter chaque semaine').check();
    await dialog.getByLabel("Jusqu'au (inclus)").fill(addDays(friday, 14));
    await dialog.getByRole('button', { name: 'Réserver' }).click();
    await dialog.getByRole('alert').filter({ hasText: '1 date n’est pas libre' }).getByText(`${longDayYear(friday2)} : la salle est déjà réservée`).waitFor();
    // the rooms free that Friday at that time, with seats for 10: Salle Atelier (Salle Réunion has 8)
    const instead = dialog.getByLabel(`Au lieu du ${longDayYear(friday2)}`);
    expect(await instead.locator('option').allTextContents()).toEqual(['Ne pas réserver cette date', 'Salle Atelier (16 places), même heure', 'Salle Horizon, à une autre heure']);
    await instead.selectOption({ label: 'Salle Atelier (16 places), même heure' });
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'Réserver la série avec ces choix' }).click();
    await page.getByRole('status').getByText(`3 dates réservées. Réservé autrement : ${longDay(friday2)} en Salle Atelier de 10:00 à 11:00.`).waitFor();
    const booked = await logistics.get<{ items: { purpose: string; roomName: string; status: string; seriesId: number | null }[] }>(`/api/rooms/bookings?from=${friday}&to=${addDays(friday, 15)}`);
    const mine = booked.items.filter((b) => b.purpose === 'Table de conversation');
    expect(mine.map((b) => b.roomName)).toEqual(['Salle Horizon', 'Salle Atelier', 'Salle Horizon']);
    expect(new Set(mine.map((b) => b.seriesId)).size).toBe(1);
    await checkA11y(page);
  });

  test('in Dutch on a 360 px phone, logistics books the taken Saturday of a series an hour later', async () => {
    const logistics = await relais.apiAs('logistics');
    const { items } = await logistics.get<{ items: { id: number; name: string }[] }>('/api/rooms');
    const reunion = items.find((r) => r.name === 'Salle Réunion')!.id;
    const saturday = addDays(TUESDAY, 4);
    const saturday2 = addDays(saturday, 7);
    await logistics.post('/api/rooms/bookings', { roomId: reunion, date: saturday2, startTime: '14:00', endTime: '15:00', purpose: 'Buurtcomité' });
    const page = await relais.newPage({ as: 'logistics', phone: true, locale: 'nl-BE' });
    await page.goto(`/rooms?date=${saturday}&view=day`);
    await page.getByRole('heading', { level: 1, name: 'Bezetting van de zalen' }).waitFor();
    await page.getByRole('button', { name: 'Reserveren', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe reservatie' });
    await dialog.getByLabel('Zaal', { exact: true }).selectOption({ label: 'Salle Réunion' });
    await dialog.getByLabel(/^Dag/).fill(saturday);
    await dialog.getByLabel('Begin').fill('14:00');
    await dialog.getByLabel('Einde').fill('15:00');
    await dialog.getByLabel('Onderwerp').fill('Taalcafé');
    await dialog.getByLabel('Elke week herhalen').check();
    await dialog.getByLabel('Tot en met').fill(addDays(saturday, 14));
    await dialog.getByRole('button', { name: 'Reserveren' }).click();
    const nlDay2 = new Intl.DateTimeFormat('nl-BE', { timeZone: TZ, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${saturday2}T12:00:00Z`));
    await dialog.getByRole('alert').filter({ hasText: '1 datum is niet vrij' }).getByText(`${nlDay2}: de zaal is al gereserveerd`).waitFor();
    await dialog.getByLabel(`In plaats van ${nlDay2}`).selectOption({ label: 'Salle Réunion, op een ander uur' });
    await dialog.getByLabel(`Begin op ${nlDay2}`).fill('15:00');
    await dialog.getByLabel(`Einde op ${nlDay2}`).fill('16:00');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'De reeks met deze keuzes reserveren' }).click();
    await page.getByRole('status').getByText(`3 data gereserveerd. Anders gereserveerd: ${longDay(saturday2, 'nl-BE')} in Salle Réunion van 15:00 tot 16:00.`).waitFor();
    const booked = await logistics.get<{ items: { purpose: string; startsAt: string }[] }>(`/api/rooms/bookings?from=${saturday2}&to=${saturday2}&roomId=${reunion}`);
    expect(booked.items.filter((b) => b.purpose === 'Taalcafé')).toHaveLength(1);
    await checkA11y(page);
  });

  test('in Dutch on a 360 px phone, logistics cancels a whole series', async () => {
    const logistics = await relais.apiAs('logistics');
    const { items } = await logistics.get<{ items: { id: number; name: string }[] }>('/api/rooms');
    const thursday = addDays(TUESDAY, 2);
    await logistics.post('/api/rooms/series', { roomId: items.find((r) => r.name === 'Salle Réunion')!.id, firstDay: thursday, startTime: '14:00', endTime: '15:00', rrule: 'FREQ=WEEKLY;COUNT=3', purpose: 'Overleg partners', contactName: 'Els Peeters', contactEmail: 'els.peeters@example.org' });
    const page = await relais.newPage({ as: 'logistics', phone: true, locale: 'nl-BE' });
    await page.goto(`/rooms?date=${thursday}&view=day`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const nlDay = longDay(thursday, 'nl-BE');
    await page.getByRole('button', { name: `“Overleg partners” van ${nlDay} om 14:00 wijzigen of annuleren` }).click();
    const change = page.getByRole('dialog', { name: `“Overleg partners”, ${nlDay}` });
    await change.getByRole('button', { name: 'De hele reeks annuleren' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkA11y(page);
    await change.getByRole('button', { name: 'De hele reeks annuleren' }).click();
    // no mail server on the test server: the screen says the message waits for staff, and it does
    await page.getByRole('status').getByText('“Overleg partners”: de reeks is geannuleerd (3 data). Geen mailserver: het bericht aan de aanvrager wacht in “Te versturen berichten” (versturen of telefoneren).').waitFor();
    const box = await logistics.get<{ items: { purpose: string; toEmail: string | null; status: string }[] }>('/api/outbox?limit=200');
    expect(box.items.filter((m) => m.purpose === 'rooms.series_cancelled' && m.toEmail === 'els.peeters@example.org').map((m) => m.status)).toEqual(['manual']);
    await checkA11y(page);
  });
});

describe('an outside organisation asks for a room', () => {
  test('on a phone, through the public form: sees the free slots, sends the request and gets a reference', async () => {
    const page = await relais.newPage({ phone: true });
    await page.goto('/p/rooms/request');
    await h1(page, 'Demander une salle').waitFor();
    await checkA11y(page);
    await page.getByLabel('Salle').selectOption({ label: 'Salle Atelier (16 places)' });
    await page.getByLabel(/^Jour/).fill(TODAY);
    const slots = page.getByRole('region', { name: 'Créneaux libres' });
    // Today's free time starts at the next quarter of an hour, not at opening time.
    const first = slots.getByRole('button').first();
    await first.waitFor();
    const [from, to] = ((await first.textContent()) ?? '').split('–');
    expect(to).toBe('23:59');
    const fromMin = Number(from.slice(0, 2)) * 60 + Number(from.slice(3));
    expect(fromMin).toBeGreaterThan(NOW_MIN);
    expect(fromMin).toBeLessThanOrEqual(NOW_MIN + 30);
    await checkA11y(page);
    // The first free slot fills the times; the association needs one hour.
    await first.click();
    await expect.poll(() => page.getByLabel('Heure de début').inputValue()).toBe(from);
    await expect.poll(() => page.getByLabel('Heure de fin').inputValue()).toBe('23:59');
    const end = hhmm(Math.min(fromMin + 60, 23 * 60 + 59));
    await page.getByLabel('Heure de fin').fill(end);
    REQ = `${from}–${end}`;
    await page.getByRole('textbox', { name: 'Organisation' }).fill(COMITE);
    await page.getByLabel('Personne de contact').fill('Samira El Idrissi');
    await page.getByLabel('Adresse e-mail').fill('samira@example.org');
    await page.getByLabel('Objet de la réunion ou de l’activité').fill(ASSEMBLY);
    await page.getByLabel('Nombre de personnes').fill('12');
    await page.getByLabel('Afficher le nom de notre organisation sur la page publique d’occupation').check();
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    const sent = page.getByRole('status').getByText(/Demande envoyée\. Votre référence : SAL-[A-Z0-9]{4}-[A-Z0-9]{4}\./);
    await sent.waitFor();
    reference = /SAL-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec((await sent.textContent()) ?? '')![0];
    // No mail server is configured: the page does not promise an e-mail, it gives the page to follow the request.
    await page.getByRole('status').getByText('aucun e-mail n’est envoyé', { exact: false }).waitFor();
    await checkA11y(page);
    await page.getByRole('link', { name: 'Suivre ma demande' }).click();
    await h1(page, `Demande ${reference}`).waitFor();
    await page.getByRole('status').getByText('En attente de réponse').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkA11y(page);
  });

  test('logistics finds the request and confirms it with a message', async () => {
    expect(reference).not.toBe('');
    const page = await relais.newPage({ as: 'logistics' });
    await page.goto('/rooms');
    await h1(page, 'Occupation des salles').waitFor();
    const pending = page.getByRole('region', { name: 'Demandes à traiter' });
    const row = pending.getByRole('row').filter({ hasText: reference });
    await row.getByText(COMITE).waitFor();
    await row.getByText(`${REQ}`).waitFor();
    await row.getByRole('cell', { name: 'Salle Atelier' }).waitFor();
    await checkA11y(page);
    await row.getByLabel('Message au demandeur (facultatif)').fill(MESSAGE);
    await row.getByRole('button', { name: `Confirmer la demande « ${ASSEMBLY} »` }).click();
    // No mail server: the screen does not say the requester was e-mailed, it says the message waits for staff (and it does).
    await page
      .getByRole('status')
      .getByText(`Demande « ${ASSEMBLY} » de ${COMITE} confirmée. Aucun serveur de messagerie : le message au demandeur attend dans « Messages à envoyer » (à envoyer ou téléphoner).`)
      .waitFor();
    const box = await (await relais.apiAs('logistics')).get<{ items: { purpose: string; toEmail: string | null; status: string }[] }>('/api/outbox?limit=200');
    expect(box.items.filter((m) => m.toEmail === 'samira@example.org').map((m) => [m.purpose, m.status])).toEqual(
      expect.arrayContaining([
        ['rooms.booking_confirmed', 'manual'],
        ['rooms.request_received', 'manual'],
      ]),
    );
    await expect.poll(() => pending.getByRole('row').filter({ hasText: reference }).count()).toBe(0);
    await pending.getByText('Aucune demande en attente.').waitFor();
    // The confirmed booking is in today's column of the calendar.
    await page.getByRole('row', { name: /^Salle Atelier/ }).getByText(COMITE).waitFor();

    // What the requester sees with the reference, on the page of the request (in Dutch too).
    const res = await fetch(`${relais.baseUrl}/api/public/rooms/requests/${reference}`);
    expect(await res.json()).toMatchObject({ status: 'confirmed', room: 'Salle Atelier', date: TODAY, message: MESSAGE });
    for (const locale of ['fr-BE', 'nl-BE'] as const) {
      const requester = await relais.newPage({ phone: true, locale });
      await requester.goto(`/p/rooms/request/${reference}`);
      await requester.getByRole('status').getByText(locale === 'fr-BE' ? 'Confirmée' : 'Bevestigd', { exact: true }).waitFor();
      await requester.getByText(MESSAGE, { exact: false }).waitFor();
      await checkA11y(requester);
    }

    // What a requester typed as their body never reaches the public pages (it may be a private person's name):
    // the slot says "Occupé" until logistics links the request to an organisation of the registry.
    const occupation = async () =>
      ((await (await fetch(`${relais.baseUrl}/api/public/rooms/occupation?date=${TODAY}`)).json()) as { rooms: { name: string; today: { from: string; organisation: string | null }[] }[] }).rooms
        .find((r) => r.name === 'Salle Atelier')!
        .today.find((x) => x.from === REQ.split('–')[0])!;
    expect((await occupation()).organisation).toBeNull();
    const comite = await (await relais.api()).post<{ id: number }>('/api/organisations', { name: COMITE, type: 'association' });
    const logistics = await relais.apiAs('logistics');
    const { items } = await logistics.get<{ items: { id: number; reference: string | null }[] }>(`/api/rooms/bookings?from=${TODAY}&to=${TODAY}`);
    await logistics.patch(`/api/rooms/bookings/${items.find((b) => b.reference === reference)!.id}`, { organisationId: comite.id });
    expect((await occupation()).organisation).toBe(COMITE);
  });
});

describe('the public occupation page and the entrance screen', () => {
  test('the occupation page names the organisations that agreed, else "Occupé" / "Bezet", in French and in Dutch', async () => {
    const page = await relais.newPage();
    await page.goto('/p/rooms');
    await h1(page, 'Occupation des salles').waitFor();
    const atelier = page.getByRole('region', { name: 'Salle Atelier' });
    await atelier.getByRole('listitem').filter({ hasText: `${REQ} : ${COMITE}` }).waitFor();
    const reunion = page.getByRole('region', { name: 'Salle Réunion' });
    await reunion.getByRole('listitem').filter({ hasText: `${hhmm(ANON_START)}–${hhmm(ANON_END)} : Occupé` }).waitFor();
    expect(await page.content()).not.toContain('CPAS de Bruxelles');
    await checkA11y(page);

    // The week of the course: its dates say "Occupé" (Atelier des Langues did not agree to be named).
    // (the website's page, written by the server: the day is chosen by a plain form)
    expect(page.url()).toMatch(/\/fr\/salles$/);
    await page.getByLabel('Jour affiché').fill(TUESDAY);
    await page.getByRole('button', { name: 'Afficher' }).click();
    const horizon = page.getByRole('region', { name: 'Salle Horizon' });
    await horizon.getByRole('row', { name: new RegExp(`^${escape(longDay(TUESDAY).replace(/ \S+$/, ''))}.*09:00–12:00 Occupé$`) }).waitFor();
    expect(await page.content()).not.toContain(LANGUES);
    await checkA11y(page);

    // In Dutch, on a phone.
    const nl = await relais.newPage({ phone: true, locale: 'nl-BE' });
    await nl.goto('/p/rooms');
    await h1(nl, 'Bezetting van de zalen').waitFor();
    await nl.getByRole('region', { name: 'Salle Atelier' }).getByRole('listitem').filter({ hasText: `${REQ} : ${COMITE}` }).waitFor();
    await nl.getByRole('region', { name: 'Salle Réunion' }).getByRole('listitem').filter({ hasText: `${hhmm(ANON_START)}–${hhmm(ANON_END)} : Bezet` }).waitFor();
    expect(await nl.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkA11y(nl);
  });

  test('the entrance screen shows today and keeps its last data, with a discreet notice, when the network is cut', async () => {
    const page = await relais.newPage({ extra: { viewport: { width: 1920, height: 1080 } } });
    // The page's clock is Playwright's (installed with every context): the test moves it on, past the refreshes.
    await page.goto('/p/screen');
    await h1(page, 'Salles aujourd’hui').waitFor();
    await page.getByText(longDay(TODAY), { exact: false }).first().waitFor();
    const atelier = page.getByRole('region', { name: 'Salle Atelier' });
    await atelier.getByText(`${REQ} · ${COMITE}`).waitFor();
    await page.getByRole('region', { name: 'Salle Réunion' }).getByText(`${hhmm(ANON_START)}–${hhmm(ANON_END)} · Occupé`).waitFor();
    await page.getByRole('region', { name: 'Salle Horizon' }).getByText('Pas de réservation aujourd’hui').waitFor();
    await page.getByRole('status').getByText(/^Mis à jour à \d\d:\d\d$/).waitFor();
    await checkA11y(page);

    // The network is cut; the next refresh (every minute) fails: the data stays, a notice says since when.
    await page.context().setOffline(true);
    await page.clock.fastForward('01:05');
    await page.getByRole('status').getByText(/^Connexion perdue : affichage des dernières informations reçues \(\d\d:\d\d\)\.$/).waitFor();
    await atelier.getByText(`${REQ} · ${COMITE}`).waitFor();
    await checkA11y(page);

    // Back online: the next refresh clears the notice.
    await page.context().setOffline(false);
    await page.clock.fastForward('01:05');
    await page.getByRole('status').getByText(/^Mis à jour à \d\d:\d\d$/).waitFor();
  });
});
