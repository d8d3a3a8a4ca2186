/** The health check (for monitoring and the container) and the OpenAPI description of the API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app';
import { migrationsInRepo } from '../src/platform/db/migrate';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('GET /api/health', () => {
  it('answers 200 without login, with the database status and the schema version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const tags = migrationsInRepo();
    expect(res.json()).toEqual({
      status: 'ok',
      database: { status: 'up', kind: t.database.kind },
      schema: { applied: tags.length, expected: tags.length, latest: tags[tags.length - 1] },
    });
  });
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3 document listing the people routes, served without login', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const doc = JSON.parse(res.body);
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    const paths = doc.paths as Record<string, Record<string, { responses?: unknown; parameters?: { name: string; in: string }[]; requestBody?: unknown }>>;
    // Fastify's :id becomes OpenAPI's {id}
    for (const [path, method] of [
      ['/api/people', 'get'],
      ['/api/people', 'post'],
      ['/api/people/{id}', 'get'],
      ['/api/people/{id}', 'patch'],
      ['/api/people/{id}/merge', 'post'],
      ['/api/people/{id}/export', 'get'],
      ['/api/people/{id}/erase', 'post'],
      ['/api/people/retention', 'get'],
    ] as const) {
      expect(paths[path]?.[method], `${method.toUpperCase()} ${path}`).toBeDefined();
    }
    expect(paths['/api/people/{id}'].get.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'id', in: 'path' })]));
    const body = paths['/api/people'].post.requestBody as { content: Record<string, { schema: { properties: Record<string, unknown>; required: string[] } }> };
    const schema = body.content['application/json'].schema;
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['firstName', 'lastName', 'birthDate', 'niss']));
    expect(schema.required).toEqual(expect.arrayContaining(['firstName', 'lastName']));
    // every path is under /api, but the public website's pages and feeds (tagged site-public), and the document itself is hidden
    const outside = Object.entries(paths).filter(([p]) => !p.startsWith('/api/'));
    expect(outside.length).toBeGreaterThan(0);
    for (const [p, ops] of outside)
      for (const op of Object.values(ops as Record<string, { tags?: string[] }>)) expect(op.tags, p).toEqual(['site-public']);
    expect(paths['/api/openapi.json']).toBeUndefined();
    // the session cookie is declared as the security scheme
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie' });
  });
});
