import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type FieldError } from './errors';
import { TransientConflictError } from '../db/database';
import { hasMessage, pickLocale, translate, type Locale } from '../i18n/messages';
import { constraintProblem } from '../db/constraints';

const zodLocales = { fr: z.locales.fr(), nl: z.locales.nl(), en: z.locales.en() };

interface ProblemField {
  path: string;
  message: string;
}

/** Turns a Zod issue (as carried by fastify-type-provider-zod) into a message in the user's language. */
function localiseIssue(locale: Locale, issue: { keyword: string; message: string; params: Record<string, unknown> }, input: unknown): string {
  if (hasMessage(issue.message)) return translate(locale, issue.message, issue.params);
  if (issue.keyword === 'unrecognized_keys') {
    const keys = (issue.params.keys as string[] | undefined) ?? [];
    return keys.map((key) => translate(locale, 'error.unknown_field', { key })).join(' ');
  }
  // Our schemas give custom messages as catalog keys; Zod's own messages are re-rendered in the locale.
  const rendered = zodLocales[locale].localeError({ code: issue.keyword, ...issue.params, input } as never);
  const text = typeof rendered === 'string' ? rendered : rendered?.message;
  return text ?? issue.message;
}

export function sendProblem(
  reply: FastifyReply,
  locale: Locale,
  status: number,
  code: string,
  params: Record<string, unknown> = {},
  fields: ProblemField[] = [],
  extra: Record<string, unknown> = {},
) {
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `https://relais.dev/problems/${code.replace(/^error\./, '')}`,
      title: translate(locale, code, params),
      status,
      code,
      ...(fields.length ? { errors: fields } : {}),
      ...extra,
    });
}

export function localiseFields(locale: Locale, fields: FieldError[]): ProblemField[] {
  return fields.map((f) => ({ path: f.path, message: translate(locale, f.code, f.params) }));
}

/**
 * An error as it may be logged: its kind, codes and where it was thrown; for a database error the
 * SQL text without its parameters, and none of the messages that quote values.
 */
export function errorForLog(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: err === null ? 'null' : typeof err };
  const cause = (err as { cause?: unknown }).cause;
  const pg = [err, cause].find((e): e is Error & Record<string, unknown> => e instanceof Error && typeof (e as { code?: unknown }).code === 'string' && 'severity' in e);
  const frames = (err.stack ?? '').split('\n').filter((l) => l.trimStart().startsWith('at ')).slice(0, 12).join('\n');
  const isQuery = pg !== undefined || err.message.startsWith('Failed query:');
  if (!isQuery) return { type: err.name, code: (err as { code?: unknown }).code, message: err.message, stack: frames };
  const query = typeof (err as unknown as { query?: unknown }).query === 'string' ? (err as unknown as { query: string }).query : err.message.split('\nparams:')[0].replace(/^Failed query: /, '');
  return {
    type: err.name,
    pgCode: pg?.code,
    constraint: pg?.constraint,
    table: pg?.table,
    column: pg?.column,
    routine: pg?.routine,
    query: query.slice(0, 2000),
    stack: frames,
  };
}

/** Framework errors before routing (a URL that cannot be decoded...): problem+json too. */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const locale = pickLocale(request.headers['accept-language']);
  if (error.code === 'FST_ERR_BAD_URL') return sendProblem(reply, locale, 400, 'error.bad_url');
  return sendProblem(reply, locale, error.statusCode && error.statusCode < 500 ? error.statusCode : 400, 'error.validation');
}

const CLIENT_ERRORS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'error.headers_too_large'],
  HPE_URI_TOO_LONG: [414, 'error.uri_too_long'],
};

/**
 * Errors Node's HTTP parser meets before Fastify sees a request (a URI or headers over the size limit,
 * a malformed request line): a problem+json answer, in French (no header could be read).
 */
export function clientErrorHandler(err: { code?: string }, socket: import('node:net').Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const [status, code] = CLIENT_ERRORS[err.code ?? ''] ?? (err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'error.request_timeout'] : [400, 'error.bad_request']);
  const body = JSON.stringify({ type: `https://relais.dev/problems/${code.replace(/^error\./, '')}`, title: translate('fr', code), status, code });
  const reason = status === 431 ? 'Request Header Fields Too Large' : status === 414 ? 'URI Too Long' : status === 408 ? 'Request Timeout' : 'Bad Request';
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = request.locale;
    if (err instanceof AppError) {
      let params = err.params;
      if (err.status === 429 && typeof err.extra.retryAfterSeconds === 'number') {
        reply.header('retry-after', String(err.extra.retryAfterSeconds));
        // "Try again in N minutes", N from the Retry-After the client is sent (plural in each language).
        params = { ...params, count: Math.max(1, Math.ceil(err.extra.retryAfterSeconds / 60)) };
      }
      const { retryAfterSeconds: _, ...extra } = err.extra;
      return sendProblem(reply, locale, err.status, err.code, params, localiseFields(locale, err.fields), extra);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const source = (request as unknown as Record<string, unknown>)[where === 'querystring' ? 'query' : where];
      const fields = err.validation.map((v) => {
        const segments = v.instancePath.split('/').filter(Boolean);
        // The offending value, so that "expected a string, received a number" names the right type.
        // Own properties only: a field named `constructor` or `__proto__` is not Object.prototype's.
        const input = segments.reduce<unknown>((o, k) => (o && typeof o === 'object' && Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined), source);
        return { path: [where, ...segments].join('.'), message: localiseIssue(locale, v as never, input) };
      });
      return sendProblem(reply, locale, 400, 'error.validation', {}, fields);
    }
    const code = (err as FastifyError).code;
    if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (err instanceof SyntaxError && err.message.includes('JSON')) || code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
      return sendProblem(reply, locale, 400, 'error.malformed_json');
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendProblem(reply, locale, 413, 'error.body_too_large');
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendProblem(reply, locale, 415, 'error.unsupported_media_type');
    if (code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') return sendProblem(reply, locale, 400, 'error.validation');
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
      return sendProblem(reply, locale, err.statusCode, 'error.validation', {}, [{ path: '', message: err.message }]);
    // Drizzle refuses an UPDATE with nothing to set: an empty PATCH body is the caller's input, not a crash.
    if (err instanceof Error && err.message === 'No values to set') return sendProblem(reply, locale, 400, 'error.validation');
    // Database constraint violations that slipped past validation are still the user's input: each constraint
    // answers with the message its module registered (platform/db/constraints.ts), else a generic one.
    const violated = constraintProblem(err);
    if (violated) return sendProblem(reply, locale, violated.status, violated.code);
    const pgCode = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
    // Still a deadlock or a serialization failure after the transaction helper's retries: a clear 409.
    if (err instanceof TransientConflictError || pgCode === '40P01' || pgCode === '40001') return sendProblem(reply, locale, 409, 'error.concurrent_change');
    // check violation, bad date/time, bad text representation, numeric out of range, text too long,
    // bytes the encoding cannot hold (a NUL character in a string): bad input, never a 500.
    if (['23514', '22007', '22008', '22P02', '22003', '22001', '22021', '22P05'].includes(pgCode ?? ''))
      return sendProblem(reply, locale, 400, 'error.validation');
    // What remains is a defect. Its log line names the error, never the values of the request or of
    // the query (a database error carries the query's parameters: names, e-mails, notes).
    request.log.error({ error: errorForLog(err), route: request.routeOptions.url, method: request.method }, 'unhandled error');
    return sendProblem(reply, locale, 500, 'error.internal');
  });

  app.setNotFoundHandler((request, reply) => sendProblem(reply, request.locale, 404, 'error.route_not_found'));
}
