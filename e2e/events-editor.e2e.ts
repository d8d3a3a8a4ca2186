import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, useRelais } from './support';
import { createUserViaApi, type CreatedUser } from './support/api';

/**
 * Issue 12 (events), in the organisers' words: a project officer creates the Horeca fair from the staff pages,
 * with its French, Dutch and English texts side by side and the registration form's own questions; she puts
 * a workshop and a talk on the programme with their times, speakers, rooms and places, then changes the
 * workshop (another time, a bigger room) and the event (a Dutch title corrected, a question removed). She puts
 * colleagues in charge, picked from the active Centrale staff (no partner service's worker). A Dutch-
 * speaking colleague changes the talk on his phone and adds a colleague to the staff in charge. The pages pass axe at 360 and 1280 px, in French and Dutch.
 */
const relais = useRelais();
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

type Ev = {
  id: number;
  title: { fr: string; nl: string; en: string | null };
  description: { fr: string | null; nl: string | null; en: string | null };
  capacity: number | null;
  localStartDate: string;
  venueName: string | null;
  staff: { id: number; name: string }[];
  questions: { key: string; type: string; labelFr: string; labelNl: string; labelEn?: string | null; required: boolean; choices?: string[] }[];
  items: { id: number; kind: string; title: { fr: string; nl: string; en: string | null }; startsAt: string; endsAt: string; speakers: string | null; room: string | null; capacity: number | null }[];
};
let eventId: number;
let sarah: CreatedUser;
let ines: CreatedUser;
const day = inDays(21);
const load = async () => (await relais.apiAs('project_officer')).get<Ev>(`/api/events/${eventId}`);

describe('an organiser builds an event from the staff pages', () => {
  test('creates the Horeca fair with FR/NL/EN texts side by side, two questions of its own and the staff in charge', async () => {
    const admin = await relais.api();
    sarah = await createUserViaApi(relais.baseUrl, admin, { roles: ['communication'], name: 'Sarah Janssens' });
    ines = await createUserViaApi(relais.baseUrl, admin, { roles: ['project_officer'], name: 'Inès Lambert' });
    // a partner service's worker (the e2e helpers know only the Centrale's roles)
    const outside = await admin.post<{ id: number; name: string }>('/api/users', { email: 'partner.events@e2e.relais', name: 'Partner Saint-Gilles', roles: ['partner'], password: sarah.password });
    const page = await relais.newPage({ as: 'project_officer' });
    await page.goto('/events');
    await h1(page, 'Événements').waitFor();
    await page.getByRole('button', { name: 'Nouvel événement' }).click();
    const form = page.getByRole('form', { name: 'Nouvel événement' });
    await form.getByLabel('Type', { exact: true }).selectOption('themed_fair');
    await form.getByLabel('Titre (FR)').fill('Salon Horeca');
    await form.getByLabel('Titre (NL)').fill('Horecabeurs');
    await form.getByLabel('Titre (EN)').fill('Horeca fair');
    await form.getByLabel('Description (FR)').fill('Rencontrez les restaurants et hôtels qui recrutent.');
    await form.getByLabel('Description (NL)').fill('Ontmoet restaurants en hotels die aanwerven.');
    // The three languages stand side by side on a laptop.
    const [fr, nl, en] = await Promise.all(['Titre (FR)', 'Titre (NL)', 'Titre (EN)'].map((l) => form.getByLabel(l).boundingBox()));
    expect(fr!.y).toBe(nl!.y);
    expect(nl!.y).toBe(en!.y);
    expect(fr!.x).toBeLessThan(nl!.x);
    expect(nl!.x).toBeLessThan(en!.x);
    await form.getByRole('textbox', { name: 'Début', exact: true }).fill(day);
    await form.getByLabel('Heure de début').fill('10:00');
    await form.getByRole('textbox', { name: 'Fin', exact: true }).fill(day);
    await form.getByLabel('Heure de fin').fill('17:00');
    await form.getByText('Lieu extérieur', { exact: true }).click();
    await form.getByLabel('Nom du lieu').fill('Tour & Taxis');
    await form.getByLabel('Adresse').fill('Avenue du Port 86C, 1000 Bruxelles');
    await form.getByLabel('Capacité (vide = sans limite)').fill('300');
    // The form's own questions: a choice and a required yes/no.
    await form.getByRole('button', { name: 'Ajouter une question' }).click();
    const q1 = form.getByRole('group', { name: 'Question 1' });
    await q1.getByLabel('Question (FR)').fill('Métier recherché');
    await q1.getByLabel('Question (NL)').fill('Gezocht beroep');
    await q1.getByLabel('Question (EN)').fill('Job wanted');
    await q1.getByLabel('Type de réponse').selectOption('choice');
    await q1.getByLabel('Choix proposés').fill('Cuisine\nSalle\nRéception');
    await form.getByRole('button', { name: 'Ajouter une question' }).click();
    const q2 = form.getByRole('group', { name: 'Question 2' });
    await q2.getByLabel('Question (FR)').fill('Avez-vous déjà travaillé dans l’horeca ?');
    await q2.getByLabel('Question (NL)').fill('Hebt u al in de horeca gewerkt?');
    await q2.getByLabel('Type de réponse').selectOption('yes_no');
    await q2.getByLabel('Réponse obligatoire').check();
    // The staff in charge: active Centrale staff only, a partner service's worker is not offered.
    await form.getByLabel('Personnel responsable').click();
    await page.getByRole('option', { name: 'Inès Lambert' }).waitFor();
    expect(await page.getByRole('option', { name: outside.name }).count()).toBe(0);
    await page.getByRole('option', { name: 'Sarah Janssens' }).click();
    await page.keyboard.press('Escape');
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/events-editor-create-1280-fr.png', fullPage: true });
    await form.getByRole('button', { name: 'Créer l’événement' }).click();
    await h1(page, 'Salon Horeca').waitFor();
    eventId = Number(page.url().split('/').pop());
    await page.getByText('Personnel responsable : Sarah Janssens').waitFor();

    const e = await load();
    expect(e.title).toEqual({ fr: 'Salon Horeca', nl: 'Horecabeurs', en: 'Horeca fair' });
    expect(e.description.nl).toBe('Ontmoet restaurants en hotels die aanwerven.');
    expect(e).toMatchObject({ capacity: 300, venueName: 'Tour & Taxis', localStartDate: day, staff: [{ id: sarah.id, name: 'Sarah Janssens' }] });
    expect(e.questions).toEqual([
      { key: 'q1', type: 'choice', labelFr: 'Métier recherché', labelNl: 'Gezocht beroep', labelEn: 'Job wanted', required: false, choices: ['Cuisine', 'Salle', 'Réception'] },
      { key: 'q2', type: 'yes_no', labelFr: 'Avez-vous déjà travaillé dans l’horeca ?', labelNl: 'Hebt u al in de horeca gewerkt?', labelEn: null, required: true },
    ]);
  });

  test('puts a workshop and a talk on the programme, then moves the workshop to a bigger room', async () => {
    const page = await relais.newPage({ as: 'project_officer' });
    await page.goto(`/events/${eventId}`);
    await h1(page, 'Salon Horeca').waitFor();
    for (const item of [
      { kind: 'workshop', fr: 'Atelier CV horeca', nl: 'Workshop cv horeca', from: '11:00', to: '12:00', speakers: 'Julie Maes', room: 'Salle 1', capacity: '20' },
      { kind: 'talk', fr: 'Les métiers de la salle', nl: 'De beroepen in de zaal', from: '14:00', to: '14:45', speakers: 'Karim Benali', room: 'Scène', capacity: '' },
    ]) {
      const add = page.getByRole('group', { name: 'Nouvel exposé ou atelier' });
      await add.getByLabel('Type').selectOption(item.kind);
      await add.getByLabel('Titre (FR)').fill(item.fr);
      await add.getByLabel('Titre (NL)').fill(item.nl);
      await add.getByLabel('De', { exact: true }).fill(item.from);
      await add.getByLabel('À', { exact: true }).fill(item.to);
      await add.getByLabel('Intervenants').fill(item.speakers);
      await add.getByLabel('Salle ou stand').fill(item.room);
      if (item.capacity) await add.getByLabel('Places').fill(item.capacity);
      await add.getByRole('button', { name: 'Ajouter au programme' }).click();
      await page.getByText(item.fr).waitFor();
    }
    await page.getByText(/11:00–12:00 · Atelier CV horeca \(Atelier\) · Julie Maes · Salle 1 · 0 inscrits \/ 20 places/).waitFor();

    // The workshop moves to the afternoon, in a bigger room, with a second speaker.
    await page.getByRole('button', { name: 'Modifier « Atelier CV horeca »' }).click();
    const edit = page.getByRole('group', { name: 'Modifier « Atelier CV horeca »' });
    await expect.poll(() => edit.getByLabel('De', { exact: true }).inputValue()).toBe('11:00');
    await edit.getByLabel('Titre (EN)').fill('Horeca CV workshop');
    await edit.getByLabel('De', { exact: true }).fill('15:00');
    await edit.getByLabel('À', { exact: true }).fill('16:30');
    await edit.getByLabel('Intervenants').fill('Julie Maes, Tom Claes');
    await edit.getByLabel('Salle ou stand').fill('Salle 3');
    await edit.getByLabel('Places').fill('35');
    await checkA11y(page);
    await edit.getByRole('button', { name: 'Enregistrer le point' }).click();
    await page.getByText(/15:00–16:30 · Atelier CV horeca \(Atelier\) · Julie Maes, Tom Claes · Salle 3 · 0 inscrits \/ 35 places/).waitFor();

    // An end before the start is refused, and nothing changes.
    await page.getByRole('button', { name: 'Modifier « Les métiers de la salle »' }).click();
    const talk = page.getByRole('group', { name: 'Modifier « Les métiers de la salle »' });
    await talk.getByLabel('À', { exact: true }).fill('13:00');
    await talk.getByRole('button', { name: 'Enregistrer le point' }).click();
    await talk.getByText('La fin doit venir après le début.').first().waitFor();
    await talk.getByRole('button', { name: 'Annuler' }).click();

    const e = await load();
    const workshop = e.items.find((i) => i.kind === 'workshop')!;
    expect(workshop).toMatchObject({ title: { fr: 'Atelier CV horeca', nl: 'Workshop cv horeca', en: 'Horeca CV workshop' }, speakers: 'Julie Maes, Tom Claes', room: 'Salle 3', capacity: 35 });
    expect(new Date(workshop.startsAt).getTime()).toBe(new Date(`${day}T15:00:00${offsetOf(day)}`).getTime());
    expect(e.items.find((i) => i.kind === 'talk')).toMatchObject({ capacity: null, room: 'Scène' });
    expect(new Date(e.items.find((i) => i.kind === 'talk')!.endsAt).getTime()).toBe(new Date(`${day}T14:45:00${offsetOf(day)}`).getTime());
  });

  test('changes the event: the Dutch title corrected, a bigger capacity, the yes/no question removed', async () => {
    const page = await relais.newPage({ as: 'project_officer' });
    await page.goto(`/events/${eventId}`);
    await h1(page, 'Salon Horeca').waitFor();
    await page.getByRole('button', { name: 'Modifier l’événement' }).click();
    const form = page.getByRole('form', { name: 'Modifier l’événement' });
    await expect.poll(() => form.getByLabel('Titre (NL)').inputValue()).toBe('Horecabeurs');
    expect(await form.getByLabel('Nom du lieu').inputValue()).toBe('Tour & Taxis');
    expect(await form.getByRole('group', { name: 'Question 1' }).getByLabel('Choix proposés').inputValue()).toBe('Cuisine\nSalle\nRéception');
    await form.getByLabel('Titre (NL)').fill('Horecajobbeurs');
    await form.getByLabel('Capacité (vide = sans limite)').fill('400');
    await form.getByRole('button', { name: 'Retirer la question 2' }).click();
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/events-editor-edit-1280-fr.png', fullPage: true });
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.waitFor({ state: 'detached' });
    const e = await load();
    expect(e.title).toEqual({ fr: 'Salon Horeca', nl: 'Horecajobbeurs', en: 'Horeca fair' });
    expect(e.capacity).toBe(400);
    expect(e.questions.map((q) => q.key)).toEqual(['q1']);
    expect(e.items).toHaveLength(2);
    // The public form asks the one question left, in Dutch for a Dutch speaker.
    const pub = await relais.newPage({ phone: true, locale: 'nl-BE' });
    await pub.goto(`/p/events/${eventId}`);
    await h1(pub, 'Horecajobbeurs').waitFor();
    await pub.getByLabel('Gezocht beroep').waitFor();
    expect(await pub.getByText('Hebt u al in de horeca gewerkt?').count()).toBe(0);
  });

  test('a Dutch-speaking colleague changes the talk on his phone; the editors pass axe at 360 px in Dutch and French', async () => {
    const page = await relais.newPage({ as: 'project_officer', phone: true, locale: 'nl-BE' });
    await page.goto(`/events/${eventId}`);
    await h1(page, 'Horecajobbeurs').waitFor();
    await page.getByRole('button', { name: '“De beroepen in de zaal” wijzigen' }).click();
    const talk = page.getByRole('group', { name: '“De beroepen in de zaal” wijzigen' });
    await talk.getByLabel('Titel (NL)').fill('Werken in de zaal');
    await talk.getByLabel('Plaatsen').fill('80');
    await checkA11y(page);
    await talk.getByRole('button', { name: 'Onderdeel opslaan' }).click();
    await page.getByText(/Werken in de zaal \(Uiteenzetting\) · Karim Benali · Scène · 0 ingeschreven \/ 80 plaatsen/).waitFor();
    await page.getByRole('button', { name: 'Evenement wijzigen' }).click();
    const form = page.getByRole('form', { name: 'Evenement wijzigen' });
    await form.getByLabel('Titel (FR)').waitFor();
    // On the phone the languages stack: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/events-editor-edit-360-nl.png', fullPage: true });
    // He adds a colleague to the staff in charge, in Dutch; Sarah stays.
    await form.getByLabel('Verantwoordelijk personeel').click();
    await page.getByRole('option', { name: 'Inès Lambert' }).click();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkA11y(page);
    await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByText(/^Verantwoordelijk personeel: (Sarah Janssens, Inès Lambert|Inès Lambert, Sarah Janssens)$/).waitFor();
    expect((await load()).staff.map((u) => u.id).sort((a, b) => a - b)).toEqual([sarah.id, ines.id].sort((a, b) => a - b));
    const fr = await relais.newPage({ as: 'project_officer', phone: true });
    await fr.goto('/events');
    await fr.getByRole('button', { name: 'Nouvel événement' }).click();
    await fr.getByRole('form', { name: 'Nouvel événement' }).getByRole('button', { name: 'Ajouter une question' }).click();
    expect(await fr.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkA11y(fr);
    await fr.screenshot({ path: '/tmp/events-editor-create-360-fr.png', fullPage: true });
    const nl = await relais.newPage({ as: 'project_officer', locale: 'nl-BE' });
    await nl.goto(`/events/${eventId}`);
    await nl.getByRole('button', { name: 'Evenement wijzigen' }).click();
    await nl.getByRole('form', { name: 'Evenement wijzigen' }).getByLabel('Titel (NL)').waitFor();
    await checkA11y(nl);
    await nl.screenshot({ path: '/tmp/events-editor-edit-1280-nl.png', fullPage: true });
    expect((await load()).items.find((i) => i.kind === 'talk')).toMatchObject({ title: { fr: 'Les métiers de la salle', nl: 'Werken in de zaal' }, capacity: 80 });
  });
});

/** The Brussels offset of a day (+01:00 in winter, +02:00 in summer). */
function offsetOf(date: string) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', timeZoneName: 'longOffset' }).formatToParts(new Date(`${date}T12:00:00Z`));
  const name = parts.find((p) => p.type === 'timeZoneName')!.value; // "GMT+01:00"
  return name.replace('GMT', '') || '+00:00';
}
