import createClient from 'openapi-fetch';
import i18n from './i18n';
import type { components, paths } from './api.gen';

/** An error answer of the API (application/problem+json), with its localised title and field messages. */
export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly problem: { title?: string; code?: string; errors?: { path: string; message: string }[]; [k: string]: unknown },
  ) {
    super(problem.title ?? `HTTP ${status}`);
  }
  /** Field messages keyed by the field name (the last part of the path), for form inputs. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) out[e.path.split('.').slice(1).join('.') || e.path] = e.message;
    return out;
  }
}

/**
 * The API client, typed from the server's contract (api.gen.ts, generated from /api/openapi.json by
 * `npm run api:types`): paths, parameters, bodies and answers are checked by the compiler, so a changed
 * server schema breaks the web's type check instead of the page.
 *
 *   const day = await call(client.GET('/api/frontdesk/day', { params: { query: { siteId, date } } }));
 */
export const client = createClient<paths>({ credentials: 'same-origin', headers: { accept: 'application/json' } });
client.use({
  onRequest({ request }) {
    request.headers.set('accept-language', i18n.language);
    return request;
  },
});

/**
 * A repeated create never makes two records: every POST carries an Idempotency-Key, the same for the same
 * body until that body got an answer. A double click (the second request leaves while the first is on its
 * way) or a retry after a network cut sends the same key, and the server answers with the first result;
 * once an answer came, the same form sent again is a new record (two visitors with the same reason).
 */
const pendingKeys = new Map<string, string>();
// (crypto.subtle and crypto.randomUUID exist only on https or localhost; an office may serve Relais over plain http.)
const newKey = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
/** The key of a POST of this body to this path: the same while an identical one waits for its answer. */
function idempotencyKeyFor(body: string): string {
  let key = pendingKeys.get(body);
  if (!key) {
    key = newKey();
    pendingKeys.set(body, key);
  }
  return key;
}
/** An answer came (success or refusal): the next identical submission is a new request. A server error
 *  (or no answer) keeps the key, so that trying again cannot make a second record. */
function answered(body: string, status: number) {
  if (status > 0 && status < 500) pendingKeys.delete(body);
}
const keyOf = new WeakMap<Request, string>();
client.use({
  async onRequest({ request }) {
    if (request.method !== 'POST' || request.headers.has('idempotency-key')) return request;
    const body = `${new URL(request.url).pathname} ${await request.clone().text()}`;
    request.headers.set('idempotency-key', idempotencyKeyFor(body));
    keyOf.set(request, body);
    return request;
  },
  onResponse({ request, response }) {
    const body = keyOf.get(request);
    if (body) answered(body, response.status);
    return response;
  },
});

/** The data of an answer, or an ApiError with the problem the server sent (status 0: the network is down). */
export async function call<D>(pending: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<Exclude<D, undefined>> {
  let result: { data?: D; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, { title: i18n.t('state.offline') });
  }
  const { data, error, response } = result;
  if (!response.ok) {
    const problem = typeof error === 'object' && error !== null ? (error as ApiError['problem']) : { title: String(error ?? `HTTP ${response.status}`) };
    throw new ApiError(response.status, problem);
  }
  return data as Exclude<D, undefined>;
}

/** The schemas the server names (components of the OpenAPI document), e.g. `Schema<'FrontdeskVisit'>`. */
export type Schema<N extends keyof components['schemas']> = components['schemas'][N];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;
/** The JSON answer of an operation (its 200 or 201), e.g. `ApiAnswer<'/api/frontdesk/day', 'get'>`. */
export type ApiAnswer<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { responses: infer R } ? JsonOf<R[200 & keyof R]> | JsonOf<R[201 & keyof R]> : never;
/** The JSON body an operation takes. */
export type ApiBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
/** The query parameters of an operation. */
export type ApiQuery<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The address of a download (an export), with its query typed from the contract. */
export function fileUrl<P extends keyof paths>(path: P, query?: ApiQuery<P, 'get'>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries((query ?? {}) as Record<string, unknown>)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/** @deprecated untyped: use `call(client.GET(...))`. Kept until every feature is on the typed client. */
export async function api<T = unknown>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': i18n.language, accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const method = init.method ?? 'GET';
  const text = init.body === undefined ? undefined : JSON.stringify(init.body);
  // The same idempotency key as the typed client's, for the same body to the same path.
  const keyBody = method === 'POST' ? `${new URL(path, location.href).pathname} ${text ?? ''}` : null;
  if (keyBody) headers['idempotency-key'] = idempotencyKeyFor(keyBody);
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: text, credentials: 'same-origin', signal: init.signal });
  } catch {
    throw new ApiError(0, { title: i18n.t('state.offline') });
  }
  if (keyBody) answered(keyBody, res.status);
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  const data = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) throw new ApiError(res.status, typeof data === 'object' ? data : { title: String(data) });
  return data as T;
}

/** Downloads a file from the API (exports): the browser saves it with the server's file name. */
export function download(path: string) {
  const a = document.createElement('a');
  a.href = path;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
