import type { BrowserContext } from 'playwright-core';
import type { RelaisServer } from './server';

export type Role = 'admin' | 'director' | 'reception' | 'social_worker' | 'trainer' | 'project_officer' | 'communication' | 'logistics';

export interface Credentials {
  email: string;
  password: string;
}
export interface CreatedUser extends Credentials {
  id: number;
  name: string;
  roles: Role[];
}

/** The password every e2e user gets unless a test chooses one (at least 10 characters). */
export const E2E_PASSWORD = 'e2e correct horse battery';

async function failIfNot(res: Response, expected: number[], what: string) {
  if (!expected.includes(res.status)) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
}

/** A minimal JSON client holding one session cookie, for seeding data from a test. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private cookie = '',
  ) {}

  static async login(baseUrl: string, email: string, password: string): Promise<ApiClient> {
    const res = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    await failIfNot(res, [200], `login as ${email}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return new ApiClient(baseUrl, cookie);
  }

  async request<T = unknown>(method: string, url: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${url}: HTTP ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  }
  get = <T = unknown>(url: string) => this.request<T>('GET', url);
  post = <T = unknown>(url: string, body?: unknown) => this.request<T>('POST', url, body);
  patch = <T = unknown>(url: string, body?: unknown) => this.request<T>('PATCH', url, body);
  put = <T = unknown>(url: string, body?: unknown) => this.request<T>('PUT', url, body);
  delete = <T = unknown>(url: string) => this.request<T>('DELETE', url);
}

/** Creates the first administrator through POST /api/setup with the setup code the server printed. */
export async function setupAdmin(
  server: Pick<RelaisServer, 'baseUrl' | 'setupCode'>,
  user: Partial<{ email: string; name: string; password: string; locale: 'fr' | 'nl' | 'en' }> = {},
): Promise<CreatedUser> {
  if (!server.setupCode) throw new Error('The server printed no setup code (it already has users).');
  const body = { token: server.setupCode, email: 'admin@e2e.relais', name: 'Admin E2E', password: E2E_PASSWORD, ...user };
  const res = await fetch(`${server.baseUrl}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await failIfNot(res, [201], 'first-run setup');
  const created = (await res.json()) as { id: number; name: string; roles: Role[]; email: string };
  return { ...created, password: body.password };
}

/** Creates a staff account through POST /api/users, as the given administrator. */
export async function createUserViaApi(
  baseUrl: string,
  admin: Credentials | ApiClient,
  user: { roles: Role[]; email?: string; name?: string; password?: string; locale?: 'fr' | 'nl' | 'en'; mustChangePassword?: boolean },
): Promise<CreatedUser> {
  const api = admin instanceof ApiClient ? admin : await ApiClient.login(baseUrl, admin.email, admin.password);
  const tag = user.roles.join('-');
  const body = {
    email: user.email ?? `${tag}.${Math.random().toString(36).slice(2, 8)}@e2e.relais`,
    name: user.name ?? `E2E ${tag}`,
    password: user.password ?? E2E_PASSWORD,
    roles: user.roles,
    ...(user.locale ? { locale: user.locale } : {}),
    ...(user.mustChangePassword !== undefined ? { mustChangePassword: user.mustChangePassword } : {}),
  };
  const created = await api.post<{ id: number; name: string; email: string; roles: Role[] }>('/api/users', body);
  return { ...created, password: body.password };
}

/**
 * Logs a browser context in through POST /api/auth/login, so that a test can skip the login screen:
 * the session cookie lands in the context's cookie jar.
 */
export async function apiLogin(context: BrowserContext, baseUrl: string, email: string, password: string): Promise<void> {
  const res = await context.request.post(`${baseUrl}/api/auth/login`, { data: { email, password } });
  if (res.status() !== 200) throw new Error(`apiLogin as ${email}: HTTP ${res.status()} ${await res.text()}`);
}
