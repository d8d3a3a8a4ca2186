import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { checkA11y, useRelais } from './support';
import { BANK_ITEMS } from '../server/src/modules/diagnostic/bank/bank-files';

/**
 * Issue 14, "every step works with the keyboard only": someone who uses no mouse and no touch (a keyboard, a switch,
 * a screen reader) takes the whole diagnostic alone with Tab, Shift+Tab, Enter, Space and typing, from the start
 * page through every question to the result sheet, its print button and "finish". At each step the control is reached
 * by Tab (never by a script's focus), its focus is visible, each new question takes the focus and is announced; in
 * French and Dutch, at 360 and 1280 px, with axe on the start page, the first question and the result.
 */
const relais = useRelais();

const WORDS = {
  fr: { title: 'Tester mes compétences numériques', commune: 'Votre commune (si vous voulez)', readAloud: 'Lire à voix haute', start: 'Commencer', listen: 'Écouter la question', dontKnow: 'Je ne sais pas', typeHere: 'Écrivez ici', result: 'Mon résultat', print: 'Imprimer ma feuille', finish: 'Terminer et tout effacer', ended: 'Rien n’est resté sur cet appareil' },
  nl: { title: 'Mijn digitale vaardigheden testen', commune: 'Uw gemeente (als u wilt)', readAloud: 'Voorlezen', start: 'Beginnen', listen: 'De vraag beluisteren', dontKnow: 'Ik weet het niet', typeHere: 'Schrijf hier', result: 'Mijn resultaat', print: 'Mijn blad afdrukken', finish: 'Afsluiten en alles wissen', ended: 'Er bleef niets achter op dit toestel' },
} as const;

/** A speech engine that records what it says, and a print that records it was asked (headless Chromium has neither). */
const FAKES = `
  window.__spoken = []; window.__printed = 0;
  const voices = [{ lang: 'fr-BE', name: 'Test', default: true, localService: true, voiceURI: 'test' }, { lang: 'nl-BE', name: 'Test NL', default: false, localService: true, voiceURI: 'test-nl' }];
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
  Object.defineProperty(window, 'speechSynthesis', { value: { getVoices: () => voices, speak: (u) => window.__spoken.push(u.text), cancel: () => {}, addEventListener: () => {}, removeEventListener: () => {} } });
  window.print = () => { window.__printed++; };
`;

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false);

/** Presses Tab (Shift+Tab with `back`) until `target` has the focus; fails if it is not reached in 25 presses. */
async function tabTo(page: Page, target: Locator, what: string, back = false) {
  for (let n = 0; n < 25; n++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await isFocused(target)) return n + 1;
  }
  throw new Error(`not reachable with ${back ? 'Shift+Tab' : 'Tab'}: ${what}`);
}

/** The focused control looks different from the same control without the focus (outline, ring, border or background). */
async function expectFocusVisible(page: Page, what: string) {
  const diff = await page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement;
    // A radio of a segmented control is hidden: its label shows the focus.
    const shown: HTMLElement[] = [el, ...Array.from(el.labels ?? [])];
    const look = () =>
      shown
        .map((e) => {
          const s = getComputedStyle(e);
          return [s.outlineStyle !== 'none' ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none', s.boxShadow, s.borderColor, s.backgroundColor].join('|');
        })
        .join(' / ');
    const focused = look();
    el.blur();
    const blurred = look();
    el.focus({ focusVisible: true } as FocusOptions);
    return { focused, blurred, back: document.activeElement === el };
  });
  expect(diff.back, what).toBe(true);
  expect(diff.focused, `focus not visible on ${what}`).not.toBe(diff.blurred);
}

async function takeByKeyboard(page: Page, lang: 'fr' | 'nl', level: number) {
  const w = WORDS[lang];
  await page.goto('/p/diagnostic');
  await page.getByRole('heading', { level: 1, name: w.title }).waitFor();
  // The focus styles are compared at once: no transition half-way (Mantine's inputs fade their border).
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  await checkA11y(page);

  // The start page in Tab order: the language, the commune, read aloud, start.
  await tabTo(page, page.getByRole('radiogroup').first(), 'language');
  await expectFocusVisible(page, 'language');
  const commune = page.getByRole('combobox', { name: w.commune });
  await tabTo(page, commune, 'commune');
  await expectFocusVisible(page, 'commune');
  await page.keyboard.type('Jette');
  expect(await commune.inputValue()).toBe('Jette');
  const readAloud = page.getByRole('button', { name: w.readAloud });
  await tabTo(page, readAloud, 'read aloud');
  await expectFocusVisible(page, 'read aloud');
  await page.keyboard.press('Space');
  expect(await readAloud.getAttribute('aria-pressed')).toBe('true');
  // Back and forth: Shift+Tab returns to the commune, Tab comes back.
  await tabTo(page, commune, 'commune (back)', true);
  await tabTo(page, readAloud, 'read aloud (again)');
  const start = page.getByRole('button', { name: w.start });
  await tabTo(page, start, 'start');
  await expectFocusVisible(page, 'start');
  await page.keyboard.press('Enter');

  const kinds = new Set<string>();
  for (let n = 0; ; n++) {
    expect(n, 'the diagnostic never ended').toBeLessThan(40);
    const heading = page.getByRole('heading', { level: 2 }).first();
    await heading.waitFor();
    const text = (await heading.innerText()).trim();
    if (text === w.result) break;
    // The new question has the focus, and the live region says its number and its words.
    await expect.poll(() => isFocused(heading), { message: `focus not on question ${n + 1}` }).toBe(true);
    await expect.poll(() => page.getByTestId('question-announce').innerText()).toContain(text);
    expect(await page.getByTestId('question-announce').getAttribute('aria-live')).toBe('polite');
    const item = BANK_ITEMS.find((i) => i.prompt[lang] === text);
    expect(item, `question not in the bank: ${text}`).toBeTruthy();
    kinds.add(item!.kind);
    if (n === 0) {
      await checkA11y(page);
      // The question can be heard again: the first control after the question.
      await tabTo(page, page.getByRole('button', { name: w.listen }), 'listen');
      await expectFocusVisible(page, 'listen');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.at(-1))).toContain(text);
    }
    if (item!.level > level) {
      await tabTo(page, page.getByRole('button', { name: w.dontKnow }), 'I don’t know');
      await expectFocusVisible(page, 'I don’t know');
      await page.keyboard.press(n % 2 ? 'Space' : 'Enter');
    } else if (item!.kind === 'type') {
      const box = page.getByRole('textbox', { name: w.typeHere });
      await tabTo(page, box, 'typed answer');
      await expectFocusVisible(page, 'typed answer');
      await page.keyboard.type(item!.accept![0]);
      await page.keyboard.press('Enter');
    } else {
      const right = item!.options!.find((o) => o.key === item!.answer)!;
      const button = page.getByRole('button', { name: right.label[lang], exact: true });
      await tabTo(page, button, `answer “${right.label[lang]}” (${item!.kind})`);
      await expectFocusVisible(page, right.label[lang]);
      await page.keyboard.press(n % 2 ? 'Space' : 'Enter');
    }
    await page.waitForFunction((prev) => document.querySelector('h2')?.textContent?.trim() !== prev, text);
  }

  // The result: its heading has the focus, then print and finish by Tab.
  await expect.poll(() => isFocused(page.getByRole('heading', { level: 2, name: w.result })), { message: 'focus not on the result' }).toBe(true);
  await checkA11y(page);
  const print = page.getByRole('button', { name: w.print });
  await tabTo(page, print, 'print');
  await expectFocusVisible(page, 'print');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
  await tabTo(page, page.getByRole('button', { name: w.finish }), 'finish');
  await expectFocusVisible(page, 'finish');
  await page.keyboard.press('Enter');
  await page.getByRole('status').getByText(w.ended).waitFor();
  return kinds;
}

describe('the diagnostic taken alone with the keyboard only', () => {
  for (const lang of ['fr', 'nl'] as const) {
    for (const phone of [true, false]) {
      test(`${lang.toUpperCase()} at ${phone ? 360 : 1280} px: every control reached by Tab, focus visible, each question focused and announced`, async () => {
        const page = await relais.newPage({ phone, locale: lang === 'fr' ? 'fr-BE' : 'nl-BE' });
        await page.addInitScript(FAKES);
        const kinds = await takeByKeyboard(page, lang, phone ? 1 : 2);
        // Practical tasks of several kinds were answered (tap, choice, task, drag, type, self: what the rule asked).
        expect(kinds.size).toBeGreaterThanOrEqual(3);
      });
    }
  }
});
