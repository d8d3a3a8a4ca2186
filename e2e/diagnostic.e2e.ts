import { beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { checkA11y, createPerson, useRelais } from './support';
import { pdfText } from './support/pdf';
import { BANK_ITEMS } from '../server/src/modules/diagnostic/bank/bank-files';

/**
 * Issue 14 (digital-skills diagnostic and mentoring), in the users' words.
 *
 * - A job seeker takes the diagnostic alone on a 360 px phone, by touch only, with read-aloud on; the result says a
 *   level per theme and lists the Centrale's beginners' training; "Finish" leaves nothing on the phone.
 * - The same in Dutch.
 * - A trainer takes it with a registered person on a desktop, with the keyboard only; the result sheet prints with
 *   the training in it.
 * - A mentor pair is made for that person, a session is logged, and a second diagnostic shows the progress.
 * - axe finds no serious or critical violation on every diagnostic page, at 360 and 1280 px, in French and Dutch.
 * - The administrator opens a partner service's account for an organisation, with the keyboard only; the partner
 *   logs in, changes the temporary password and sees only that organisation's diagnostics; the administrator
 *   disables the account and it can no longer log in.
 */
const relais = useRelais();
const SCREENSHOTS = process.env.DIAGNOSTIC_SCREENSHOTS;
const shot = async (page: Page, name: string) => {
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
};

const items = BANK_ITEMS;
const byPrompt = (text: string, lang: 'fr' | 'nl') => items.find((i) => i.prompt[lang] === text.trim());

/** A speech engine that records what it says (Debian's chromium has no voice): read-aloud on, heard by the test. */
const FAKE_SPEECH = `
  window.__spoken = [];
  const voice = { lang: 'fr-BE', name: 'Test', default: true, localService: true, voiceURI: 'test' };
  const voiceNl = { lang: 'nl-BE', name: 'Test NL', default: false, localService: true, voiceURI: 'test-nl' };
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
  Object.defineProperty(window, 'speechSynthesis', { value: { getVoices: () => [voice, voiceNl], speak: (u) => window.__spoken.push(u.text), cancel: () => {}, addEventListener: () => {}, removeEventListener: () => {} } });
`;

/**
 * Answers the questions as a person of a given level: the right answer up to that level, "I don't know" above.
 * `act` is how the person presses a button: a tap (phone) or the keyboard (focus, then Enter).
 */
async function answerAll(page: Page, level: number, lang: 'fr' | 'nl', act: 'tap' | 'keyboard', a11yOnFirst = false) {
  const dontKnow = lang === 'fr' ? 'Je ne sais pas' : 'Ik weet het niet';
  const resultTitle = lang === 'fr' ? 'Mon résultat' : 'Mijn resultaat';
  const press = async (name: string) => {
    const b = page.getByRole('button', { name, exact: true });
    if (act === 'tap') await b.tap();
    else {
      await b.focus();
      await page.keyboard.press('Enter');
    }
  };
  for (let n = 0; n < 40; n++) {
    const heading = page.getByRole('heading', { level: 2 }).first();
    await heading.waitFor();
    const text = await heading.innerText();
    if (text === resultTitle) return n;
    const item = byPrompt(text, lang);
    expect(item, `question not in the bank: ${text}`).toBeTruthy();
    if (n === 0 && a11yOnFirst) await checkA11y(page);
    const before = text;
    if (item!.level > level) await press(dontKnow);
    else if (item!.kind === 'type') {
      const box = page.getByRole('textbox', { name: lang === 'fr' ? 'Écrivez ici' : 'Schrijf hier' });
      if (act === 'tap') await box.tap();
      await box.fill(item!.accept![0]);
      if (act === 'tap') await page.getByRole('button', { name: lang === 'fr' ? 'Valider' : 'Bevestigen' }).tap();
      else await page.keyboard.press('Enter');
    } else {
      const right = item!.options!.find((o) => o.key === item!.answer)!;
      await press(right.label[lang]);
    }
    await page.waitForFunction((prev) => document.querySelector('h2')?.textContent !== prev, before);
  }
  throw new Error('the diagnostic never ended');
}

let personId = 0;
beforeAll(async () => {
  const trainer = await relais.apiAs('trainer');
  const programme = await trainer.post<{ id: number }>('/api/trainings/programmes', { name: 'Premiers pas sur ordinateur', description: 'Souris, clavier, e-mail' });
  const next = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await trainer.post(`/api/trainings/programmes/${programme.id}/sessions`, { title: 'Groupe du mardi', capacity: 12, days: [{ date: next, from: '09:00', to: '12:00' }] });
  await trainer.put(`/api/diagnostic/programme-levels/${programme.id}`, { minLevel: 0, maxLevel: 2 });
  const admin = await relais.api();
  await admin.post('/api/organisations', { name: 'EPN de Jette', type: 'association', postalCode: '1090', services: 'Espace public numérique, initiation informatique' });
  personId = (await createPerson(trainer, { firstName: 'Nadia', lastName: 'Bouzid', birthDate: '1968-11-30', commune: 'Jette' })).id;
});

describe('a job seeker takes the diagnostic alone', () => {
  test('on a 360 px phone, by touch only, with read-aloud on: a level per theme, a training to join, nothing left behind', async () => {
    const page = await relais.newPage({ phone: true });
    await page.addInitScript(FAKE_SPEECH);
    await page.goto('/p/diagnostic');
    await page.getByRole('heading', { level: 1, name: 'Tester mes compétences numériques' }).waitFor();
    await checkA11y(page);
    await shot(page, 'public-start-fr-360');
    await page.getByRole('combobox', { name: 'Votre commune (si vous voulez)' }).selectOption('Jette');
    await page.getByRole('button', { name: 'Lire à voix haute' }).tap();
    expect(await page.getByRole('button', { name: 'Lire à voix haute' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Commencer' }).tap();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await shot(page, 'public-question-fr-360');
    const asked = await answerAll(page, 1, 'fr', 'tap', true);
    expect(asked).toBeLessThanOrEqual(30);
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
    expect(spoken.length).toBeGreaterThanOrEqual(asked);
    expect(spoken[0]).toContain('OK');
    await page.getByRole('table').getByText('Premiers pas').first().waitFor();
    await page.getByText('Premiers pas sur ordinateur').waitFor();
    await page.getByText('EPN de Jette').waitFor();
    await checkA11y(page);
    await shot(page, 'public-result-fr-360');
    await page.getByRole('button', { name: 'Terminer et tout effacer' }).tap();
    await page.getByRole('status').getByText('Rien n’est resté sur cet appareil').waitFor();
    const left = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookies: document.cookie }));
    expect(left).toEqual({ local: 0, session: 0, cookies: '' });
  });

  test('in Dutch, at 360 and 1280 px', async () => {
    for (const phone of [true, false]) {
      const page = await relais.newPage({ phone, locale: 'nl-BE' });
      await page.goto('/p/diagnostic');
      await page.getByRole('heading', { level: 1, name: 'Mijn digitale vaardigheden testen' }).waitFor();
      await checkA11y(page);
      await page.getByRole('button', { name: 'Beginnen' }).click();
      await answerAll(page, 0, 'nl', phone ? 'tap' : 'keyboard', true);
      await page.getByText('Om verder te gaan').waitFor();
      await checkA11y(page);
      await shot(page, `public-result-nl-${phone ? 360 : 1280}`);
    }
  });
});

describe('a trainer takes it with a registered person, then pairs her with a mentor', () => {
  test('on a desktop with the keyboard only; the result sheet prints with the training in it', async () => {
    const page = await relais.newPage({ as: 'trainer' });
    await page.goto('/diagnostic');
    await page.getByRole('heading', { level: 1, name: 'Diagnostics numériques' }).waitFor();
    await checkA11y(page);
    const search = page.getByLabel('Personne', { exact: true });
    await search.focus();
    await page.keyboard.type('Nadia Bouzid');
    await page.getByRole('option', { name: /Nadia Bouzid/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText('Nadia Bouzid').first().waitFor();
    await page.getByRole('button', { name: 'Commencer le diagnostic' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Diagnostic avec Nadia Bouzid' }).waitFor();
    await answerAll(page, 1, 'fr', 'keyboard', true);
    await page.getByText('Premiers pas sur ordinateur').waitFor();
    await page.getByRole('link', { name: 'S’inscrire à ce groupe' }).waitFor();
    await checkA11y(page);
    await shot(page, 'helper-result-fr-1280');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Imprimer ma feuille' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    // The printed sheet itself names the training to join.
    expect(pdfText(pdf)).toContain('Premiers pas sur ordinateur');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Terminer et tout effacer' }).click();
    await page.getByRole('link', { name: /\d{4}/ }).first().waitFor();
  });

  test('a mentor pair is made and a session logged with the keyboard only, and a second diagnostic shows the progress (FR 1280, NL 360)', async () => {
    const page = await relais.newPage({ as: 'trainer' });
    await page.goto('/mentoring');
    await page.getByRole('heading', { level: 1, name: 'Mentorat numérique (Diginômes)' }).waitFor();
    // Every step with the keyboard only: focus moves with Tab or lands where the page puts it, Enter / Space press.
    const typeInto = async (field: Locator, text: string) => {
      await field.focus();
      await page.keyboard.type(text);
    };
    const pressKey = async (target: Locator, key = 'Enter') => {
      await target.focus();
      await page.keyboard.press(key);
    };
    await typeInto(page.getByRole('textbox', { name: 'Nom du bénévole (s’il n’est pas dans le registre)' }), 'Luc Verhaegen');
    await typeInto(page.getByRole('textbox', { name: 'Formation suivie' }), 'Formation Diginômes');
    await pressKey(page.getByRole('button', { name: 'Ajouter', exact: true }));
    const mentorSelect = page.getByRole('combobox', { name: 'Mentor', exact: true });
    await mentorSelect.locator('option', { hasText: 'Luc Verhaegen' }).waitFor({ state: 'attached' });
    await mentorSelect.focus();
    await page.keyboard.type('Luc');
    expect(await mentorSelect.locator('option:checked').innerText()).toContain('Luc Verhaegen');
    await typeInto(page.getByLabel('Mentoré(e)', { exact: true }), 'Bouzid');
    await page.getByRole('option', { name: /Nadia Bouzid/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await pressKey(page.getByRole('button', { name: 'Créer le binôme' }));
    await pressKey(page.getByRole('link', { name: 'Ouvrir le binôme de Nadia Bouzid' }));
    await page.getByRole('heading', { level: 1, name: 'Binôme Luc Verhaegen – Nadia Bouzid' }).waitFor();
    await pressKey(page.getByRole('checkbox', { name: 'Communiquer' }), 'Space');
    expect(await page.getByRole('checkbox', { name: 'Communiquer' }).isChecked()).toBe(true);
    await typeInto(page.getByRole('textbox', { name: 'Ce qui a été fait' }), 'Créer une adresse e-mail');
    await pressKey(page.getByRole('button', { name: 'Enregistrer la séance' }));
    await page.getByRole('cell', { name: /Créer une adresse e-mail/ }).waitFor();
    await page.getByText('Un second diagnostic montrera le progrès.').waitFor();
    await checkA11y(page);

    // The second diagnostic, a few weeks later: she now does the basics.
    const trainer = await relais.apiAs('trainer');
    const started = await trainer.post<{ token: string; state: { status: string; item: { code: string } } }>('/api/diagnostic/sessions', { personId, locale: 'fr' });
    let state = started.state;
    while (state.status === 'question') {
      const i = items.find((x) => x.code === state.item.code)!;
      const response = i.level > 2 ? null : i.kind === 'type' ? i.accept![0] : i.answer!;
      state = await trainer.post(`/api/public/diagnostic/${started.token}/answers`, { itemCode: state.item.code, response });
    }
    await page.reload();
    await page.getByText('Dernier diagnostic', { exact: false }).first().waitFor();
    await expect(page.getByRole('table', { name: /Dernier diagnostic/ }).getByText('Bases').count()).resolves.toBeGreaterThan(0);
    await shot(page, 'pair-fr-1280');

    const nl = await relais.newPage({ as: 'trainer', phone: true, locale: 'nl-BE' });
    await nl.goto(page.url().replace(/^https?:\/\/[^/]+/, ''));
    await nl.getByRole('heading', { level: 1, name: /Duo Luc Verhaegen/ }).waitFor();
    await checkA11y(nl);
    await shot(nl, 'pair-nl-360');
  });

  test('the staff pages pass axe in French and Dutch, at 1280 and 360 px', async () => {
    for (const [locale, phone] of [['fr-BE', false], ['nl-BE', true]] as const) {
      const page = await relais.newPage({ as: 'trainer', locale, phone });
      for (const [url, title] of [
        ['/diagnostic', locale === 'fr-BE' ? 'Diagnostics numériques' : 'Digitale diagnoses'],
        ['/diagnostic/stats', locale === 'fr-BE' ? 'Chiffres du diagnostic' : 'Cijfers van de diagnose'],
        ['/diagnostic/bank', locale === 'fr-BE' ? 'Banque de questions' : 'Vragenbank'],
        ['/mentoring', locale === 'fr-BE' ? 'Mentorat numérique (Diginômes)' : 'Digitale mentoring (Diginômes)'],
      ]) {
        await page.goto(url);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await page.waitForLoadState('networkidle');
        await checkA11y(page);
        await shot(page, `${url.replace(/\//g, '_')}-${locale}-${phone ? 360 : 1280}`);
      }
      await page.goto('/diagnostic');
      await page.getByRole('link', { name: /\d{4}/ }).first().click();
      await page.getByRole('heading', { level: 1, name: /Diagnostic|Diagnose/ }).waitFor();
      await checkA11y(page);
    }
  });
});

describe('the administrator manages partner service accounts', () => {
  test('opens one for an organisation with the keyboard only; the partner sees only its own diagnostics; disabled, it cannot log in', async () => {
    const admin = await relais.api();
    const forest = await admin.post<{ id: number }>('/api/organisations', { name: 'Forest Numérique', type: 'association', postalCode: '1190', services: 'Formations numériques' });
    void forest;
    const page = await relais.newPage({ as: 'admin' });
    await page.goto('/diagnostic/partners');
    await page.getByRole('heading', { level: 1, name: 'Comptes des services partenaires' }).waitFor();
    await page.waitForLoadState('networkidle');
    await checkA11y(page);
    const password = await page.getByLabel(/^Mot de passe provisoire/).inputValue();
    expect(password).toHaveLength(14);
    await page.getByLabel(/^Nom de la personne/).focus();
    await page.keyboard.type('Inès Lambert');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ines@forest-numerique.test');
    await page.keyboard.press('Tab');
    // A native select: the keyboard picks the option by its first letters.
    await page.keyboard.type('Forest');
    expect(await page.getByLabel(/^Organisation/).first().inputValue()).toBe(String(forest.id));
    await page.getByRole('button', { name: 'Ouvrir le compte' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Compte ouvert pour ines@forest-numerique.test' }).waitFor();
    const row = page.getByRole('row', { name: /Inès Lambert/ });
    await row.getByText('Actif').waitFor();
    expect(await row.getByRole('combobox').inputValue()).toBe(String(forest.id));
    await shot(page, 'partners-fr-1280');

    // Forest's worker records a diagnostic for its own job seeker; the Centrale's (Nadia's) stay hidden.
    const partner = await relais.newPage();
    await partner.goto('/login');
    await partner.getByLabel('Adresse e-mail').fill('ines@forest-numerique.test');
    await partner.getByLabel(/^Mot de passe/).fill(password);
    await partner.getByRole('button', { name: 'Se connecter' }).click();
    await partner.getByRole('heading', { level: 1, name: 'Changer mon mot de passe' }).waitFor();
    await partner.getByLabel(/^Mot de passe actuel/).fill(password);
    await partner.getByLabel(/^Nouveau mot de passe/).fill('forest numerique partenaire 2026');
    await partner.getByLabel(/^Confirmer le nouveau mot de passe/).fill('forest numerique partenaire 2026');
    await partner.getByRole('button', { name: 'Enregistrer' }).click();
    await partner.getByRole('status').filter({ hasText: 'Mot de passe modifié.' }).waitFor();
    const mine = await partner.request.post('/api/diagnostic/sessions', { data: { reference: 'FN-2026-007', locale: 'fr', commune: 'Forest' } });
    expect(mine.status()).toBe(201);
    const listed = await (await partner.request.get('/api/diagnostic/sessions?status=all')).json();
    expect(listed.items.map((x: { reference: string | null }) => x.reference)).toEqual(['FN-2026-007']);
    const all = await admin.get<{ items: { id: number; reference: string | null }[] }>('/api/diagnostic/sessions?status=all');
    expect(all.items.length).toBeGreaterThan(1);
    for (const other of all.items.filter((x) => x.reference !== 'FN-2026-007')) expect((await partner.request.get(`/api/diagnostic/sessions/${other.id}`)).status()).toBe(404);
    await partner.goto('/diagnostic');
    await partner.getByRole('heading', { level: 1, name: 'Diagnostics numériques' }).waitFor();
    await partner.getByText('FN-2026-007').first().waitFor();
    expect(await partner.getByText('Nadia Bouzid').count()).toBe(0);

    // Disabled from the screen: its session ends and it cannot log in again.
    await page.getByRole('button', { name: 'Désactiver le compte de Inès Lambert' }).focus();
    await page.keyboard.press('Enter');
    await row.getByText('Désactivé').waitFor();
    expect((await partner.request.get('/api/diagnostic/sessions')).status()).toBe(401);
    const again = await fetch(`${relais.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'ines@forest-numerique.test', password: 'forest numerique partenaire 2026' }) });
    expect(again.status).toBe(401);
    await page.getByRole('button', { name: 'Réactiver le compte de Inès Lambert' }).waitFor();

    const nl = await relais.newPage({ as: 'admin', phone: true, locale: 'nl-BE' });
    await nl.goto('/diagnostic/partners');
    await nl.getByRole('heading', { level: 1, name: 'Accounts van partnerdiensten' }).waitFor();
    await nl.waitForLoadState('networkidle');
    await checkA11y(nl);
    await shot(nl, 'partners-nl-360');
  });
});
