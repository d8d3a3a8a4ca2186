/**
 * The web's API types, generated from the server's OpenAPI document (the contract):
 *   npm run api:types        writes web/src/app/api.gen.ts
 * server/test/contract.test.ts fails when that file is not what the current routes generate,
 * so a changed response schema reaches the web's type check (`npm run typecheck`).
 */
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import type { FastifyInstance } from 'fastify';

export const API_TYPES_FILE = path.resolve(import.meta.dirname, '../../web/src/app/api.gen.ts');

const HEADER = `// Generated from the server's OpenAPI document by \`npm run api:types\` (server/tools/api-types.ts). Do not edit.
`;

export async function renderApiTypes(document: unknown): Promise<string> {
  const ast = await openapiTS(document as never, { alphabetize: true, exportType: true });
  return HEADER + astToString(ast);
}

export async function openApiDocument(app: FastifyInstance): Promise<unknown> {
  await app.ready();
  return app.swagger();
}

async function main() {
  const { buildApp } = await import('../src/app');
  const { loadConfig } = await import('../src/config');
  const { openDatabase } = await import('../src/platform/db/database');
  // The document only needs the routes: an empty in-memory database is enough.
  const database = await openDatabase({ kind: 'pglite' });
  const app = await buildApp({ config: loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent' }), database, logger: false });
  const text = await renderApiTypes(await openApiDocument(app));
  fs.writeFileSync(API_TYPES_FILE, text);
  await app.close();
  await database.close();
  console.log(`wrote ${path.relative(process.cwd(), API_TYPES_FILE)} (${text.length} characters)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
