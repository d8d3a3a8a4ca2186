import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelais } from './support';

/**
 * Issue 19, pages that load on a phone: a job seeker on a cheap phone with a slow network sees the public pages,
 * and a staff member the login page, in their language before the page's code has come (the build drew them in
 * advance, web/prerender.mjs); when the code comes, React takes over that page as it is (no second drawing, no
 * error), and the language chosen on a page is the one the next page comes in.
 */
const relais = useRelais();
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** A phone whose scripts have not come (yet): every JavaScript file held until `release()`. */
async function scriptsHeld(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const PAGES = [
  { url: '/p/events', fr: 'Nos événements', nl: 'Onze evenementen' },
  { url: '/p/rooms/request', fr: 'Demander une salle', nl: 'Een zaal aanvragen' },
  { url: '/p/diagnostic', fr: 'Tester mes compétences numériques', nl: 'Mijn digitale vaardigheden testen' },
  { url: '/login', fr: 'Connexion', nl: 'Aanmelden' },
];

describe('a phone on a slow network', () => {
  test.each(['fr', 'nl'] as const)('sees each page in its language (%s) before the code, and the code takes it over without drawing it again', async (lang) => {
    const page = await relais.newPage({ phone: true, locale: lang === 'fr' ? 'fr-BE' : 'nl-BE' });
    for (const p of PAGES) {
      await page.unrouteAll();
      const release = await scriptsHeld(page);
      await page.goto(p.url, { waitUntil: 'commit' });
      // no script has run: what shows is the HTML the server sent
      await expect.poll(() => h1(page).textContent()).toBe(p[lang]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await page.evaluate(() => ((window as unknown as { drawn: Element | null }).drawn = document.querySelector('h1')));
      release();
      // the code has come and run: the page answers (React hydrated it), on the very heading the server sent
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { drawn: Element | null }).drawn === document.querySelector('h1'))).toBe(true);
      expect(await h1(page).textContent()).toBe(p[lang]);
    }
    expect(relais.pageErrors).toEqual([]);
  });

  test('a language chosen on a page is the one the next page comes in, drawn before its code', async () => {
    const page = await relais.newPage({ phone: true, locale: 'fr-BE' });
    await page.goto('/p/events');
    await expect.poll(() => h1(page).textContent()).toBe('Nos événements');
    // the choice works: the page's code has taken over the page the server sent
    await page.getByLabel('Langue').selectOption('nl');
    await expect.poll(() => h1(page).textContent()).toBe('Onze evenementen');
    const release = await scriptsHeld(page);
    await page.goto('/p/rooms/request', { waitUntil: 'commit' });
    await expect.poll(() => h1(page).textContent()).toBe('Een zaal aanvragen');
    release();
    await page.waitForLoadState('networkidle');
    expect(await h1(page).textContent()).toBe('Een zaal aanvragen');
    expect(relais.pageErrors).toEqual([]);
  });
});
