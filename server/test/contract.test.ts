/**
 * The API contract: the OpenAPI document is complete (a real linter finds no error), every operation
 * says what it answers, and the web's types are generated from the current document.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { createTestApp, type TestApp } from './test-app';
import { API_TYPES_FILE, renderApiTypes } from '../tools/api-types';

/**
 * Tags whose routes do not declare their answers yet. Each module leaves this list when its routes
 * declare a summary and response schemas; the list must end empty.
 */
const PENDING_TAGS = new Set<string>([]);

type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: unknown[];
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};
type Document = { paths: Record<string, Record<string, Operation>> };

let t: TestApp;
let doc: Document;
beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
});
afterAll(() => t?.close());

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op, pending: (op.tags ?? []).some((x) => PENDING_TAGS.has(x)) })),
  );

describe('the API contract', () => {
  it('passes the Redocly linter (recommended rules) with no error', async () => {
    const config = await createConfig({ extends: ['recommended'] } as never);
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: 'openapi.json', config });
    const pointerOf = (path: string) => `#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const pendingPointer = (pointer: string) => operations().some((o) => o.pending && pointer.startsWith(pointerOf(o.key.split(' ')[1])));
    const errors = problems
      .filter((p) => p.severity === 'error')
      .filter((p) => !pendingPointer(p.location?.[0]?.pointer ?? ''))
      .map((p) => `${p.ruleId}: ${p.message} (${p.location?.[0]?.pointer})`);
    expect(errors).toEqual([]);
  });

  it('gives every operation an id, a summary, its security, a typed success answer and problem+json errors', () => {
    const missing: string[] = [];
    const ids = new Set<string>();
    for (const { key, op, pending } of operations()) {
      if (!op.operationId) missing.push(`${key}: no operationId`);
      else if (ids.has(op.operationId)) missing.push(`${key}: operationId ${op.operationId} used twice`);
      else ids.add(op.operationId);
      if (!Array.isArray(op.security)) missing.push(`${key}: no security`);
      const responses = op.responses ?? {};
      const errors = Object.entries(responses).filter(([status]) => status === 'default' || status.startsWith('4'));
      if (!errors.length || errors.some(([, r]) => !r.content?.['application/problem+json'])) missing.push(`${key}: errors are not all problem+json`);
      if (pending) continue;
      if (!op.summary) missing.push(`${key}: no summary`);
      // a redirect (3xx, no body) is the success of an address that moved
      const success = Object.entries(responses).filter(([status]) => status.startsWith('2') || status.startsWith('3'));
      if (!success.length) missing.push(`${key}: no success answer declared`);
      for (const [status, r] of success) {
        if (status === '204' || status.startsWith('3')) continue;
        const content = Object.entries(r.content ?? {});
        if (!content.length || content.some(([, c]) => !c.schema)) missing.push(`${key}: ${status} has no schema`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps the web types generated from the current document (run `npm run api:types` after changing a route)', async () => {
    const current = fs.existsSync(API_TYPES_FILE) ? fs.readFileSync(API_TYPES_FILE, 'utf8') : '';
    expect(current === (await renderApiTypes(doc)), `${API_TYPES_FILE} is stale: run npm run api:types`).toBe(true);
  });
});
