import type { RouteOptions } from 'fastify';
import { z } from 'zod';
import type { Access } from '../auth/roles';
import { accessRoles } from '../auth/roles';

/**
 * The API contract: what every route declares beyond its request schemas, and what the platform adds
 * to each route so that the OpenAPI document is complete without each module repeating it.
 *
 * A route declares, in its `schema`:
 * - `summary`: one sentence saying what it does (checked by server/test/contract.test.ts);
 * - `response`: its success answers, as Zod schemas (`200: VisitSchema`, `201: ...`, `204: noContent`,
 *   `200: download('xlsx', 'csv')`). Fastify serialises through them, so a field that is not in the schema
 *   never leaves the server.
 *
 * `enrichRoute` (an onRoute hook, see app.ts) then adds: an `operationId` derived from the method and URL,
 * the `security` of its access, and its `application/problem+json` error answers.
 */

/** An error answer (RFC 9457). `code` is the stable machine-readable key, `title` the localised message. */
export const problemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'An error (RFC 9457 problem details), its title in the language of the request.' });

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: problemSchema } } });

/** A 204 answer. */
export const noContent = z.undefined().describe('Done; no content.');

const MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  zip: 'application/zip',
  ics: 'text/calendar',
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
  webp: 'image/webp',
  html: 'text/html',
  json: 'application/json',
  xml: 'application/xml',
  text: 'text/plain',
} as const;
export type MediaKind = keyof typeof MEDIA_TYPES;
export const mediaType = (kind: MediaKind) => MEDIA_TYPES[kind];

const binary = z.string().meta({ format: 'binary' });

/** A file answer in one of these media types (the handler sends a Buffer, a string or a stream). */
export function download(...kinds: MediaKind[]) {
  return {
    description: `A file: ${kinds.join(', ')}.`,
    content: Object.fromEntries(kinds.map((k) => [MEDIA_TYPES[k], { schema: binary }])),
  };
}

/** operationId from the method and URL: GET /api/frontdesk/visits/:id -> getFrontdeskVisitsById. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '/')
    .split('/')
    .filter(Boolean)
    .map((seg) => (seg.startsWith(':') ? `by-${seg.slice(1)}` : seg === '*' ? 'any' : seg))
    .flatMap((seg) => seg.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  const pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return method.toLowerCase() + pascal;
}

type Schema = NonNullable<RouteOptions['schema']> & {
  hide?: boolean;
  summary?: string;
  operationId?: string;
  security?: unknown;
  response?: Record<string, unknown>;
};

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Completes a route's schema: operationId, security, and the problem+json answers it can give.
 * Runs for every route (onRoute), before @fastify/swagger and the serializers see the route.
 */
const enriched = new WeakSet<object>();

export function enrichRoute(route: RouteOptions) {
  const schema = (route.schema ?? {}) as Schema;
  // Fastify registers HEAD beside GET with the same schema object: enrich it once.
  if (schema.hide || enriched.has(schema)) return;
  enriched.add(schema);
  const method = (Array.isArray(route.method) ? route.method[0] : route.method).toUpperCase();
  const access = (route.config as { access?: Access } | undefined)?.access;
  const isPublic = access === 'public';
  schema.operationId ??= operationIdOf(method, route.url);
  schema.security ??= isPublic ? [] : [{ session: [] }];
  const response: Record<string, unknown> = { ...(schema.response ?? {}) };
  const add = (status: string, description: string) => {
    if (!(status in response)) response[status] = problem(description);
  };
  const hasInput = Boolean(schema.body || schema.querystring || schema.params || WRITES.has(method));
  if (hasInput) add('400', 'The request is not valid (each field says why).');
  if (!isPublic) {
    add('401', 'Not logged in.');
    add('403', accessDescription(access));
  }
  if (schema.params) add('404', 'Not found.');
  if (WRITES.has(method)) add('409', 'Conflicts with the current state (a duplicate, a booking taken, a record in use).');
  add('default', 'An unexpected error.');
  schema.response = response;
  if (!isPublic && access !== undefined) {
    const roles = accessRoles(access);
    const who = roles === 'staff' ? 'any logged-in staff member' : roles.join(', ');
    schema.description = schema.description ? `${schema.description}\n\nAccess: ${who}.` : `Access: ${who}.`;
  }
  route.schema = schema;
}

function accessDescription(access: Access | undefined): string {
  if (access === undefined) return 'Refused: this route declares no access.';
  if (access === 'public') return 'Refused.';
  const roles = accessRoles(access);
  return roles === 'staff' ? 'Refused.' : `Refused: only ${roles.join(', ')}.`;
}
