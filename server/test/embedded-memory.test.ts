/**
 * The embedded database's memory: PostgreSQL's buffer cache is allocated in full when PGlite starts, so the server
 * gives it a small one (16MB, PGLITE_SHARED_BUFFERS to change it) rather than PostgreSQL's 128MB.
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/platform/db/database';

describe('the embedded database buffer cache', () => {
  it('is 16MB unless PGLITE_SHARED_BUFFERS says otherwise, and a size is required', () => {
    expect(loadConfig({}).PGLITE_SHARED_BUFFERS).toBe('16MB');
    expect(loadConfig({ PGLITE_SHARED_BUFFERS: '64MB' }).PGLITE_SHARED_BUFFERS).toBe('64MB');
    expect(() => loadConfig({ PGLITE_SHARED_BUFFERS: 'lots' })).toThrow(/PGLITE_SHARED_BUFFERS/);
  });

  it.skipIf(inject('testDatabase').kind !== 'pglite')('is the size given when the database is opened', async () => {
    const spec = inject('testDatabase') as { kind: 'pglite'; file: string };
    const database = await openDatabase({ kind: 'pglite', loadDataDir: new Blob([fs.readFileSync(spec.file)]), settings: { shared_buffers: '24MB' } });
    try {
      expect(await database.rows(sql`show shared_buffers`)).toEqual([{ shared_buffers: '24MB' }]);
    } finally {
      await database.close();
    }
  });
});
