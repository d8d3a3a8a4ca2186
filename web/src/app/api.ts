import i18n from './i18n';

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

export async function api<T = unknown>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': i18n.language, accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
      signal: init.signal,
    });
  } catch {
    throw new ApiError(0, { title: i18n.t('state.offline') });
  }
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
