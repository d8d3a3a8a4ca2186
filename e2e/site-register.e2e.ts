import { describe, expect, test, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, useRelais } from './support';

/**
 * Issue 15, in the users' words: a visitor on a 360 px phone finds a training in the agenda and registers (in French,
 * then in Dutch), and with JavaScript off as well: the form is plain HTML. A field forgotten shows the form again with
 * its message; sent, the page gives a reference and says truthfully that no e-mail is sent (no mail server here).
 * Then the trainer sees the requests on the session's page and accepts one: the visitor is enrolled.
 */
const relais = useRelais();
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const noSideScroll = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
let sessionId = 0;

beforeAll(async () => {
  const trainer = await relais.apiAs('trainer');
  const programme = await trainer.post<{ id: number }>('/api/trainings/programmes', { name: 'Smartphone au quotidien', description: 'Applications, photos, messages.', targetPublic: 'Tout public' });
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  sessionId = (
    await trainer.post<{ id: number }>(`/api/trainings/programmes/${programme.id}/sessions`, {
      title: 'Atelier smartphone',
      room: 'Salle EPN',
      capacity: 8,
      isPublic: true,
      days: [
        { date: day(10), from: '09:30', to: '12:00' },
        { date: day(17), from: '09:30', to: '12:00' },
      ],
    })
  ).id;
});

describe('a visitor on a 360 px phone', () => {
  const visitors = [
    { lang: 'fr', more: 'Détails et inscription', first: 'Prénom', last: 'Nom', phone: 'Téléphone', email: 'E-mail', commune: 'Commune (facultatif)', consent: /J’accepte que/, send: 'Envoyer ma demande', missing: 'Indiquez votre prénom.', done: 'Demande envoyée', noMail: 'Vous n’avez pas donné d’e-mail', who: ['Awa', 'Diallo', '0470 12 34 56', ''] },
    { lang: 'nl', more: 'Details en inschrijving', first: 'Voornaam', last: 'Achternaam', phone: 'Telefoon', email: 'E-mail', commune: 'Gemeente (niet verplicht)', consent: /Ik ga ermee akkoord/, send: 'Mijn aanvraag versturen', missing: 'Vul uw voornaam in.', done: 'Aanvraag verstuurd', noMail: 'Er wordt u voorlopig geen e-mail gestuurd', who: ['Jan', 'Peeters', '', 'jan.peeters@example.be'] },
  ] as const;
  for (const v of visitors) {
    test(`finds a training in the agenda and registers (${v.lang})`, async () => {
      const page = await relais.newPage({ phone: true });
      await page.goto(`/${v.lang}/agenda`);
      await page.getByRole('heading', { name: 'Atelier smartphone' }).waitFor();
      await page.getByRole('link', { name: new RegExp(`${v.more}.*Atelier smartphone`) }).click();
      await h1(page, 'Atelier smartphone').waitFor();
      await noSideScroll(page);
      await checkA11y(page);

      // the first name forgotten: the form again, its message tied to the field, what was typed kept
      await page.getByLabel(v.last, { exact: true }).fill(v.who[1]);
      await page.getByRole('button', { name: v.send }).click();
      await page.getByRole('alert').getByText(v.missing).waitFor();
      expect(await page.getByLabel(v.last, { exact: true }).inputValue()).toBe(v.who[1]);
      expect(await page.getByLabel(v.first, { exact: true }).getAttribute('aria-invalid')).toBe('true');
      await noSideScroll(page);
      await checkA11y(page);

      await page.getByLabel(v.first, { exact: true }).fill(v.who[0]);
      if (v.who[2]) await page.getByLabel(v.phone, { exact: true }).fill(v.who[2]);
      if (v.who[3]) await page.getByLabel(v.email, { exact: true }).fill(v.who[3]);
      await page.getByLabel(v.commune).fill(v.lang === 'nl' ? 'Jette' : 'Molenbeek-Saint-Jean');
      await page.getByLabel(v.consent).check();
      // the button is a large target on a phone
      const box = (await page.getByRole('button', { name: v.send }).boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      await page.getByRole('button', { name: v.send }).click();
      await h1(page, v.done).waitFor();
      await page.getByRole('status').getByText(/FOR-[A-Z0-9]{4}-[A-Z0-9]{4}/).waitFor();
      await page.getByText(v.noMail).waitFor();
      await noSideScroll(page);
      await checkA11y(page);
      await page.screenshot({ path: `/tmp/site-register-360-${v.lang}.png`, fullPage: true });
      await page.close();
    });
  }

  test('registers with JavaScript off: the form is plain HTML', async () => {
    const page = await relais.newPage({ phone: true, extra: { javaScriptEnabled: false } });
    await page.goto(`/nl/opleidingen/${sessionId}`);
    await h1(page, 'Atelier smartphone').waitFor();
    await page.getByLabel('Voornaam', { exact: true }).fill('Lina');
    await page.getByLabel('Achternaam', { exact: true }).fill('Haddad');
    await page.getByLabel('Telefoon', { exact: true }).fill('0486 00 11 22');
    await page.getByLabel(/Ik ga ermee akkoord/).check();
    await page.getByRole('button', { name: 'Mijn aanvraag versturen' }).click();
    await h1(page, 'Aanvraag verstuurd').waitFor();
    await page.getByText(/FOR-[A-Z0-9]{4}-[A-Z0-9]{4}/).waitFor();
    await page.close();
  });
});

describe('the trainer', () => {
  test('sees the requests on the session page and accepts one: the visitor is enrolled', async () => {
    const page = await relais.newPage({ as: 'trainer' });
    await page.goto(`/trainings/sessions/${sessionId}`);
    await page.getByRole('heading', { name: 'Demandes d’inscription du site web' }).waitFor();
    await page.getByRole('cell', { name: 'Jan Peeters', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Accepter la demande de Awa Diallo' }).click();
    await page.getByRole('status').getByText('Awa Diallo est inscrit·e.').waitFor();
    await page.getByRole('button', { name: 'Accepter la demande de Awa Diallo' }).waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: /Awa Diallo/ }).first().waitFor();
    await checkA11y(page);
    const api = await relais.apiAs('trainer');
    const session = await api.get<{ participants: { name: string | null; status: string }[] }>(`/api/trainings/sessions/${sessionId}`);
    expect(session.participants.map((p) => [p.name, p.status])).toEqual([['Awa Diallo', 'enrolled']]);
    await page.close();
  });
});
