import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type FieldError } from './errors';
import { hasMessage, translate, type Locale } from '../i18n/messages';
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

export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = request.locale;
    if (err instanceof AppError) {
      if (err.status === 429 && typeof err.extra.retryAfterSeconds === 'number') reply.header('retry-after', String(err.extra.retryAfterSeconds));
      const { retryAfterSeconds: _, ...extra } = err.extra;
      return sendProblem(reply, locale, err.status, err.code, err.params, localiseFields(locale, err.fields), extra);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const source = (request as unknown as Record<string, unknown>)[where === 'querystring' ? 'query' : where];
      const fields = err.validation.map((v) => {
        const segments = v.instancePath.split('/').filter(Boolean);
        // The offending value, so that "expected a string, received a number" names the right type.
        const input = segments.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), source);
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
    // check violation, bad date/time, bad text representation, numeric out of range, text too long,
    // bytes the encoding cannot hold (a NUL character in a string): bad input, never a 500.
    if (['23514', '22007', '22008', '22P02', '22003', '22001', '22021', '22P05'].includes(pgCode ?? ''))
      return sendProblem(reply, locale, 400, 'error.validation');
    request.log.error({ err }, 'unhandled error');
    return sendProblem(reply, locale, 500, 'error.internal');
  });

  app.setNotFoundHandler((request, reply) => sendProblem(reply, request.locale, 404, 'error.route_not_found'));
}
