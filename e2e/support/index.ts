import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type RelaisServer, type StartServerOptions } from './server';
import { launchBrowser, newContext, type ContextOptions } from './browser';
import { runAt, shiftTestClock } from './clock';
import { ApiClient, apiLogin, createUserViaApi, setupAdmin, type CreatedUser, type Role } from './api';

export * from './server';
export * from './browser';
export * from './api';
export * from './a11y';
export * from './builders';
export { clockOffsetMs, daytime, todayAt, testNow } from './clock';

// The tests' own Date runs from the tests' instant too (what they compute "today" from: e2e/support/clock.ts).
shiftTestClock();

export interface PageOptions extends Omit<ContextOptions, 'baseURL'> {
  /** Log in as a user holding this role (created once per file), as this user, or stay anonymous (null, the default). */
  as?: Role | CreatedUser | null;
}

export interface RelaisFixture {
  readonly server: RelaisServer;
  readonly baseUrl: string;
  readonly browser: Browser;
  /** The first administrator, created through the setup code. */
  readonly admin: CreatedUser;
  /** A JSON client logged in as the administrator, to seed data. */
  api(): Promise<ApiClient>;
  /** A user holding exactly this role (created on first use, then reused in the file). */
  user(role: Role): Promise<CreatedUser>;
  /** A JSON client logged in as a user of this role. */
  apiAs(role: Role): Promise<ApiClient>;
  /** A page in a fresh context (relative URLs work: page.goto('/')), logged in through the API when `as` is given. */
  newPage(opts?: PageOptions): Promise<Page>;
  /** Uncaught errors thrown in the pages of the current test. */
  readonly pageErrors: string[];
}

/**
 * One server and one browser for the test file, a fresh browser context per page.
 *
 *   const relais = useRelais();
 *   test('the reception agent finds a person', async () => {
 *     const page = await relais.newPage({ as: 'reception', phone: true, locale: 'nl-BE' });
 *     await page.goto('/');
 *     await page.getByRole('link', { name: 'Personen' }).click();
 *     await checkA11y(page);
 *   });
 *
 * A test fails when a page threw an uncaught error (unless failOnPageErrors is false).
 */
export function useRelais(opts: { server?: StartServerOptions; failOnPageErrors?: boolean; at?: Date } = {}): RelaisFixture {
  // A file that pins its hour: the server, the browsers and this file's Date run from that instant.
  if (opts.at) runAt(opts.at);
  let server: RelaisServer | undefined;
  let browser: Browser | undefined;
  let admin: CreatedUser | undefined;
  let adminApi: ApiClient | undefined;
  const users = new Map<Role, CreatedUser>();
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`useRelais: ${what} is not ready (use it inside a test or a hook)`);
    return v;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(opts.server), launchBrowser()]);
    if (server.setupCode) admin = await setupAdmin(server);
  });

  afterEach(async (context) => {
    // A failed test shows the end of the server's log (requests, errors) under its error.
    if (context.task.result?.state === 'fail' && server) {
      console.error(`--- end of the Relais server's output ---\n${server.output().slice(-4000)}`);
    }
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
    const errors = pageErrors.splice(0);
    if (errors.length && opts.failOnPageErrors !== false) throw new Error(`Uncaught errors in the page:\n${errors.join('\n')}`);
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  const fixture: RelaisFixture = {
    get server() {
      return need(server, 'the server');
    },
    get baseUrl() {
      return need(server, 'the server').baseUrl;
    },
    get browser() {
      return need(browser, 'the browser');
    },
    get admin() {
      return need(admin, 'the administrator');
    },
    pageErrors,
    async api() {
      adminApi ??= await ApiClient.login(fixture.baseUrl, fixture.admin.email, fixture.admin.password);
      return adminApi;
    },
    async user(role) {
      let u = users.get(role);
      if (!u) {
        u = await createUserViaApi(fixture.baseUrl, await fixture.api(), { roles: [role], email: `${role}@e2e.relais`, name: `E2E ${role}` });
        users.set(role, u);
      }
      return u;
    },
    async apiAs(role) {
      const u = await fixture.user(role);
      return ApiClient.login(fixture.baseUrl, u.email, u.password);
    },
    async newPage(o = {}) {
      const { as, ...ctx } = o;
      const context = await newContext(fixture.browser, { ...ctx, baseURL: fixture.baseUrl });
      contexts.push(context);
      if (as) {
        const u = typeof as === 'string' ? (as === 'admin' ? fixture.admin : await fixture.user(as)) : as;
        await apiLogin(context, fixture.baseUrl, u.email, u.password);
      }
      const page = await context.newPage();
      page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${err.message}`));
      // A page that breaks the Content-Security-Policy (an inline script, a foreign resource) fails its test too.
      page.on('console', (msg) => {
        if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) pageErrors.push(`${page.url()}: ${msg.text()}`);
      });
      return page;
    },
  };
  return fixture;
}
