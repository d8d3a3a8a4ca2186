import { describe, expect, test } from 'vitest';
import { checkA11y, useRelais } from './support';

const relais = useRelais();

describe('smoke: the real server', () => {
  test('GET / returns the web app', async () => {
    const res = await fetch(`${relais.baseUrl}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).toMatch(/<script type="module"[^>]* src="\/assets\/[^"]+\.js"/);
  });

  test('/api/health is ok', async () => {
    const res = await fetch(`${relais.baseUrl}/api/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; database: { kind: string } };
    expect(body.status).toBe('ok');
    expect(body.database.kind).toBe('pglite');
  });

  test('the server printed a first-run setup code', () => {
    expect(relais.server.setupCode).toMatch(/\S{6,}/);
  });
});

describe('smoke: in the browser', () => {
  test.each([
    ['fr-BE', 'Connexion'],
    ['nl-BE', 'Aanmelden'],
    ['en', 'Log in'],
  ] as const)('an anonymous visitor on a phone (%s) lands on an accessible login page', async (locale, title) => {
    const page = await relais.newPage({ locale, phone: true });
    await page.goto('/');
    await expect.poll(() => page.url()).toMatch(/\/login$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await checkA11y(page);
  });

  test('a user logged in through the API sees the home page', async () => {
    const page = await relais.newPage({ as: 'reception' });
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: /^Bonjour E2E/ }).waitFor();
    await checkA11y(page);
  });
});
