import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/platform/db/database';
import { migrate } from '../src/platform/db/migrate';

/**
 * Migrates one template database for the whole run; each test file then starts from a copy of it:
 * - PGlite (default): a data-directory tarball, loaded in memory by each file (about 1 s);
 * - PostgreSQL (TEST_DATABASE_URL set): a template database that each file clones with CREATE DATABASE ... TEMPLATE.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = `relais_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${template}`;
    const database = await openDatabase({ kind: 'postgres', url: u.toString(), max: 1 });
    await migrate(database);
    await database.close();
    project.provide('testDatabase', { kind: 'postgres', url, template });
    return async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${template} with (force)`);
      await c.end();
    };
  }
  const database = await openDatabase({ kind: 'pglite' });
  await migrate(database);
  const blob = await database.pglite!.dumpDataDir('none');
  await database.close();
  const file = path.join(os.tmpdir(), `relais-test-template-${process.pid}.tar`);
  fs.writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  project.provide('testDatabase', { kind: 'pglite', file });
  return () => fs.rmSync(file, { force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { kind: 'pglite'; file: string } | { kind: 'postgres'; url: string; template: string };
  }
}
