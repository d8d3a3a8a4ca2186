import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, useRelais } from './support';
import { pdfText } from './support/pdf';

/**
 * Issue 12, exhibitors and offers, in the users' words: the events team adds the exhibitors of a job fair and
 * sends each its private link; an exhibitor, on a 360 px phone, posts a job offer through the link and counts the
 * job seekers it meets; the offer appears in the fair guide, which prints on A4 in French and in Dutch; staff
 * manage the offers; a revoked link is refused. No serious or critical axe violation, in French and in Dutch.
 */
const relais = useRelais();
/** The job fair of the agenda (events module), a month from now: its exhibitors' links are still valid. */
let FAIR = 0;
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const pdfDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-guide-'));
let hotel: number;
let school: number;
let hotelExhibitor: number;
let schoolLink: string;

beforeAll(async () => {
  const admin = await relais.api();
  hotel = (await admin.post<{ id: number }>('/api/organisations', { name: 'Hôtel Sablon SA', type: 'employer' })).id;
  school = (await admin.post<{ id: number }>('/api/organisations', { name: 'Bouwschool Brussel', type: 'training' })).id;
  await admin.post('/api/organisations', { name: 'Logistique Heysel SRL', type: 'employer' });
  const po = await relais.apiAs('project_officer');
  // a fair ten days ahead (thirty crossed into the next year in December, where its figures are another year's)
  const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  FAIR = (
    await po.post<{ id: number }>('/api/events', {
      kind: 'job_fair',
      status: 'published',
      titleFr: 'Salon de l’emploi du Heysel',
      titleNl: 'Jobbeurs van de Heizel',
      startsAt: `${day}T09:00:00+01:00`,
      endsAt: `${day}T16:00:00+01:00`,
      venueName: 'Palais 6',
      venueAddress: 'Place de Belgique 1, 1020 Bruxelles',
    })
  ).id;
  hotelExhibitor = (await po.post<{ id: number }>('/api/offers/exhibitors', { eventId: FAIR, organisationId: hotel, kind: 'employer', stand: 'A2', contactName: 'Sofie Claes' })).id;
  const s = await po.post<{ id: number }>('/api/offers/exhibitors', { eventId: FAIR, organisationId: school, kind: 'training', stand: 'A10' });
  schoolLink = (await po.post<{ path: string }>(`/api/offers/exhibitors/${s.id}/link`, {})).path;
});

describe('exhibitors and their job offers', () => {
  let hotelLink = '';

  test('the events team makes an exhibitor’s private link from the list of exhibitors (FR, 1280 px)', async () => {
    const page = await relais.newPage({ as: 'project_officer' });
    await page.goto(`/offers/exhibitors?event=${FAIR}`);
    await h1(page, /Exposants/).waitFor();
    await page.getByRole('cell', { name: 'Bouwschool Brussel' }).first().waitFor();
    await checkA11y(page);
    await page.getByRole('button', { name: 'Créer le lien de Hôtel Sablon SA' }).click();
    const code = page.locator('pre, code').filter({ hasText: '/p/exhibitor/' });
    await code.first().waitFor();
    hotelLink = new URL((await code.first().innerText()).trim()).pathname;
    expect(hotelLink).toMatch(/^\/p\/exhibitor\/[A-Za-z0-9_-]{32}$/);
    await page.getByText(/Actif jusqu’au/).first().waitFor();
    await page.screenshot({ path: path.join(pdfDir, 'exhibitors-fr-1280.png'), fullPage: true });
  });

  test('on a 360 px phone, in Dutch, the exhibitor counts job seekers met and posts an offer through its link', async () => {
    const page = await relais.newPage({ phone: true, locale: 'nl-BE' });
    await page.goto(hotelLink);
    await h1(page, 'Hôtel Sablon SA').waitFor();
    await page.getByText('Stand A2', { exact: false }).waitFor();
    await checkA11y(page);
    const plus = page.getByRole('button', { name: '+1 Ontmoete werkzoekenden' });
    await plus.click();
    await page.getByRole('status', { name: 'Ontmoete werkzoekenden: 1' }).waitFor();
    await plus.click();
    await page.getByRole('status', { name: 'Ontmoete werkzoekenden: 2' }).waitFor();
    await page.getByRole('button', { name: '−1 Ontmoete werkzoekenden (ongedaan maken)' }).click();
    await page.getByRole('status', { name: 'Ontmoete werkzoekenden: 1' }).waitFor();

    await page.getByRole('button', { name: 'Vacature toevoegen' }).click();
    await page.getByLabel('Functietitel (Frans)').fill('Réceptionniste de nuit');
    await page.getByLabel('Functietitel (Nederlands)').fill('Nachtreceptionist');
    await page.getByLabel('Aantal plaatsen').fill('3');
    await page.getByLabel('Gemeente').fill('Bruxelles');
    await page.locator('input').and(page.getByLabel('Gevraagde vaardigheden')).fill('Onthaal');
    await page.locator('input').and(page.getByLabel('Gevraagde vaardigheden')).press('Enter');
    await checkA11y(page);
    // the page fits the phone: nothing wider than the screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'Vacature opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Vacature opgeslagen' }).waitFor();
    await page.getByText('Nachtreceptionist').waitFor();
    await checkA11y(page);
    await page.screenshot({ path: path.join(pdfDir, 'exhibitor-nl-360.png'), fullPage: true });

    const po = await relais.apiAs('project_officer');
    const list = await po.get<{ items: { id: number; metCount: number; offers: number }[] }>(`/api/offers/exhibitors?eventId=${FAIR}`);
    expect(list.items.find((x) => x.id === hotelExhibitor)).toMatchObject({ metCount: 1, offers: 1 });
  });

  test('the offer is in the fair guide, which prints on A4 in French and in Dutch with a QR code to each offer', async () => {
    for (const [lang, title, stand, kind] of [
      ['fr', 'Réceptionniste de nuit', 'Stand A2 — Hôtel Sablon SA', 'Organisme de formation'],
      ['nl', 'Nachtreceptionist', 'Stand A2 — Hôtel Sablon SA', 'Opleidingsorganisatie'],
    ] as const) {
      const page = await relais.newPage({ locale: lang === 'nl' ? 'nl-BE' : 'fr-BE' });
      await page.goto(`/p/offers/guide/${FAIR}?lang=${lang}`);
      await page.getByRole('heading', { level: 2, name: stand }).waitFor();
      await page.getByText(title).waitFor();
      await checkA11y(page);
      // the QR codes are loaded before printing
      await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('main img')].every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0))).toBe(true);
      expect(await page.locator('main img').count()).toBe(1);
      // stands in natural order: A2 before A10
      const stands = await page.getByRole('heading', { level: 2 }).allInnerTexts();
      expect(stands.map((s) => s.split(' — ')[0])).toEqual(['Stand A2', 'Stand A10']);
      const file = path.join(pdfDir, `guide-${lang}.pdf`);
      fs.writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
      expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Page size:.*\(A4\)/);
      const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
      expect(text).toContain(title);
      expect(text).toContain('Hôtel Sablon SA');
      expect(text).toContain('Bouwschool Brussel');
      expect(text).toContain(kind);
      expect(text).not.toContain(lang === 'fr' ? 'Afdrukken' : 'Imprimer');
      expect(pdfText(fs.readFileSync(file)).replace(/\s+/g, ' ')).toContain(title);
      await page.setViewportSize({ width: 360, height: 740 });
      await checkA11y(page);
      await page.screenshot({ path: path.join(pdfDir, `guide-${lang}-360.png`), fullPage: true });
    }
  });

  test('the QR code leads to the offer’s public page', async () => {
    const offers = await (await relais.apiAs('project_officer')).get<{ items: { id: number; title: { fr: string } }[] }>(`/api/offers?eventId=${FAIR}`);
    const id = offers.items.find((o) => o.title.fr === 'Réceptionniste de nuit')!.id;
    const page = await relais.newPage({ phone: true });
    await page.goto(`/p/offers/${id}`);
    await h1(page, 'Réceptionniste de nuit').waitFor();
    await page.getByText('Au salon : stand A2').waitFor();
    await checkA11y(page);
  });

  test('a revoked link is refused with a clear message', async () => {
    const po = await relais.apiAs('project_officer');
    const ex = await po.get<{ items: { id: number; organisation: { name: string } }[] }>(`/api/offers/exhibitors?eventId=${FAIR}`);
    const s = ex.items.find((x) => x.organisation.name === 'Bouwschool Brussel')!;
    await po.request('DELETE', `/api/offers/exhibitors/${s.id}/link`);
    const page = await relais.newPage({ phone: true });
    await page.goto(schoolLink);
    await page.getByRole('alert').filter({ hasText: 'Ce lien a été révoqué' }).waitFor();
    await checkA11y(page);
  });
});

describe('staff manage the offers', () => {
  for (const [locale, phone] of [
    ['fr-BE', false],
    ['nl-BE', true],
  ] as const) {
    test(`a project officer adds an offer, publishes it and marks it filled (${locale}, ${phone ? '360' : '1280'} px)`, async () => {
      const fr = locale === 'fr-BE';
      const page = await relais.newPage({ as: 'project_officer', locale, phone });
      await page.goto('/offers');
      await h1(page, fr ? 'Offres d’emploi' : 'Vacatures').waitFor();
      await checkA11y(page);
      await page.getByRole('button', { name: fr ? 'Nouvelle offre' : 'Nieuwe vacature' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(fr ? /^Employeur/ : /^Werkgever/).click();
      await page.getByRole('option', { name: 'Logistique Heysel SRL' }).click();
      const title = fr ? 'Magasinier' : 'Magazijnier';
      await dialog.getByLabel(fr ? 'Intitulé du poste (français)' : 'Functietitel (Frans)').fill(`${title} FR`);
      await dialog.getByLabel(fr ? 'Intitulé du poste (néerlandais)' : 'Functietitel (Nederlands)').fill(`${title} NL`);
      await dialog.getByLabel(fr ? 'Enregistrer comme brouillon (non publié)' : 'Als ontwerp opslaan (niet gepubliceerd)').check();
      // the dialog has finished fading in (axe would read the colours half-way)
      await page.waitForFunction(() => document.getAnimations().length === 0 && [...document.querySelectorAll('.mantine-Modal-content, .mantine-Modal-overlay')].every((e) => getComputedStyle(e).opacity === '1'));
      await checkA11y(page);
      await dialog.getByRole('button', { name: fr ? 'Enregistrer l’offre' : 'Vacature opslaan' }).click();
      await page.getByRole('status').filter({ hasText: fr ? 'Offre enregistrée' : 'Vacature opgeslagen' }).waitFor();
      const row = page.getByRole('row').filter({ hasText: `${title} ${fr ? 'FR' : 'NL'}` });
      await row.getByText(fr ? 'Brouillon' : 'Ontwerp', { exact: true }).waitFor();
      await row.getByRole('button', { name: fr ? 'Publier' : 'Publiceren' }).click();
      await row.getByText(fr ? 'Publiée' : 'Gepubliceerd', { exact: true }).waitFor();
      await row.getByRole('button', { name: fr ? 'Marquer pourvue' : 'Als ingevuld markeren' }).click();
      await row.getByText(fr ? 'Pourvue' : 'Ingevuld', { exact: true }).waitFor();
      await expect.poll(() => row.getByRole('button', { name: fr ? 'Marquer pourvue' : 'Als ingevuld markeren' }).count()).toBe(0);
      await page.screenshot({ path: path.join(pdfDir, `offers-${locale}-${phone ? 360 : 1280}.png`), fullPage: true });
    });
  }
});

describe('the offers statistics', () => {
  test('the events team reads the year of the fair: exhibitors, offers, job seekers met, by contract, per fair; exports; axe in FR and NL at 1280 and 360 px', async () => {
    const fairYear = (await (await relais.apiAs('project_officer')).get<{ startsAt: string }>(`/api/events/${FAIR}`)).startsAt.slice(0, 4);
    for (const [locale, phone] of [
      ['fr-BE', false],
      ['nl-BE', true],
    ] as const) {
      const fr = locale === 'fr-BE';
      const page = await relais.newPage({ as: 'project_officer', locale, phone });
      await page.goto('/offers/stats');
      await h1(page, fr ? 'Chiffres des offres et des exposants' : 'Cijfers van de vacatures en standhouders').waitFor();
      await page.getByLabel(fr ? 'Année' : 'Jaar').selectOption(fairYear);
      // the fair's two exhibitors; the hotel met one job seeker
      await expect.poll(() => page.getByTestId('figure-exhibitors').innerText()).toContain('2');
      expect(await page.getByTestId('figure-met').innerText()).toContain('1');
      await page.getByRole('cell', { name: fr ? 'Salon de l’emploi du Heysel' : 'Jobbeurs van de Heizel' }).waitFor();
      await page.getByRole('heading', { name: fr ? 'Offres des salons par type de contrat' : 'Vacatures op de beurzen per soort contract' }).waitFor();
      await checkA11y(page);
      if (phone) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.screenshot({ path: `/tmp/offers-stats-${phone ? 360 : 1280}-${locale}.png`, fullPage: true });
      const xlsx = await page.request.get(`/api/offers/stats/export?year=${fairYear}&format=xlsx`);
      expect(xlsx.status()).toBe(200);
      expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
      const csv = await page.request.get(`/api/offers/stats/export?year=${fairYear}&format=csv`);
      expect(csv.status()).toBe(200);
    }
  });
});
