import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { testNow } from './clock';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for this workplace: no sandbox as root, no GPU, and no background traffic to the (closed) network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's Chromium, headless (never a downloaded browser: `apt-get install -y chromium`). */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run \`apt-get install -y chromium\` (the e2e tests use Debian's Chromium).`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export type E2eLocale = 'fr-BE' | 'nl-BE' | 'en';

export interface ContextOptions {
  baseURL?: string;
  /** Browser language; sends Accept-Language too. Default fr-BE. */
  locale?: E2eLocale;
  /** A 360x740 phone screen instead of a 1280x800 desktop. */
  phone?: boolean;
  extra?: BrowserContextOptions;
}

/** How long a locator waits (click, waitFor...): short enough that a failing step fails before the test's own timeout. */
export const ACTION_TIMEOUT_MS = 15_000;

/** A fresh context (own cookies and storage): one per test. */
export async function newContext(browser: Browser, opts: ContextOptions = {}): Promise<BrowserContext> {
  const locale = opts.locale ?? 'fr-BE';
  const context = await browser.newContext({
    baseURL: opts.baseURL,
    locale,
    timezoneId: 'Europe/Brussels',
    // Transitions off (Mantine respects it): axe and clicks never meet a half-faded dialog.
    reducedMotion: 'reduce',
    viewport: opts.phone ? { width: 360, height: 740 } : { width: 1280, height: 800 },
    ...(opts.phone ? { hasTouch: true, deviceScaleFactor: 2 } : {}),
    extraHTTPHeaders: { 'accept-language': locale },
    ...opts.extra,
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  // The pages' clock always reads the server's app clock (e2e/support/clock.ts), time flowing on from there
  // (a number: the test process's Date may be the faked one). A test moves it on with page.clock.fastForward().
  await context.clock.install({ time: testNow() });
  return context;
}
