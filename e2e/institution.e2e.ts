import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, useRelais } from './support';

/**
 * Issue 11, in the administrator's words: the director asks her to change the institution's address (the
 * Centrale moved); she does it on the institution page (FR at 1280 px, NL on a 360 px phone), and the public
 * pages (an offer's, where a fair guide's QR code leads) show the new address in their footer.
 */
const relais = useRelais();
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const dayFrom = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function expectNoHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width, `page width on ${page.url()}`).toBeLessThanOrEqual(361);
}

describe('the institution is data an administrator edits', () => {
  test('at the director’s request, the administrator changes the institution’s address (FR, 1280 px)', async () => {
    const page = await relais.newPage({ as: relais.admin });
    await page.goto('/');
    // The menu's entry (the home page also has a shortcut card of the same name once its widgets are in).
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Institution' }).click();
    await h1(page, 'Institution').waitFor();
    const address = page.getByLabel('Adresse (français)');
    await expect.poll(() => address.inputValue()).toBe('Boulevard d’Anvers 26, 1000 Bruxelles');
    await checkA11y(page);
    await address.fill('Rue Haute 298A, 1000 Bruxelles');
    await page.getByLabel('Téléphone').fill('02 279 38 90');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();
    await checkA11y(page);
    // A name too long is refused with the server's message, and nothing is saved.
    await page.getByLabel('Nom court (français)').fill('x'.repeat(81));
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('alert').waitFor();
    await checkA11y(page);
    const saved = await (await relais.api()).get<{ address: { fr: string }; shortName: { fr: string }; phone: string }>('/api/institution');
    expect(saved).toMatchObject({ address: { fr: 'Rue Haute 298A, 1000 Bruxelles' }, shortName: { fr: 'Centrale de l’Emploi' }, phone: '02 279 38 90' });
  });

  test('on a 360 px phone, in Dutch, she writes the Dutch address too', async () => {
    const page = await relais.newPage({ as: relais.admin, phone: true, locale: 'nl-BE' });
    await page.goto('/admin/institution');
    await h1(page, 'Instelling').waitFor();
    const address = page.getByLabel('Adres (Nederlands)');
    await expect.poll(() => address.inputValue()).toBe('Antwerpselaan 26, 1000 Brussel');
    await checkA11y(page);
    await expectNoHorizontalScroll(page);
    await address.fill('Hoogstraat 298A, 1000 Brussel');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
    await checkA11y(page);
    await expectNoHorizontalScroll(page);
  });

  test('a job seeker’s phone shows the institution’s new address under a public offer (NL and FR)', async () => {
    const admin = await relais.api();
    const hotel = (await admin.post<{ id: number }>('/api/organisations', { name: 'Hôtel Sablon SA', type: 'employer' })).id;
    const po = await relais.apiAs('project_officer');
    const offer = (await po.post<{ id: number }>('/api/offers', { titleFr: 'Commis de salle', titleNl: 'Zaalmedewerker', contractType: 'fixed_term', workingTime: 'full_time', hoursPerWeek: 38, positions: 1, validThrough: dayFrom(60), organisationId: hotel, status: 'published' })).id;
    for (const [locale, title, address, name] of [
      ['nl-BE', 'Zaalmedewerker', 'Hoogstraat 298A, 1000 Brussel', 'Tewerkstellingscentrale van de Stad Brussel'],
      ['fr-BE', 'Commis de salle', 'Rue Haute 298A, 1000 Bruxelles', 'Centrale de l’Emploi de la Ville de Bruxelles'],
    ] as const) {
      const page = await relais.newPage({ phone: true, locale });
      await page.goto(`/p/offers/${offer}`);
      await h1(page, title).waitFor();
      const footer = page.getByRole('contentinfo');
      await footer.getByText(address).waitFor();
      await footer.getByText(name).waitFor();
      await footer.getByRole('link', { name: '02 279 38 90' }).waitFor();
      await checkA11y(page);
      await expectNoHorizontalScroll(page);
    }
  });
});
