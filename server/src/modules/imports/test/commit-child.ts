/**
 * The child process of imports.crash.test.ts: opens the database (PGlite data dir DATA_DIR, or PostgreSQL
 * DATABASE_URL), uploads a generated people file of ROWS rows and commits it, saying `WRITING` on stdout once the
 * commit's transaction has written its first batch (the parent then kills it with SIGKILL). With COMMIT_ONLY=<id>
 * it commits that draft and says `COMMITTED`.
 */
import fs from 'node:fs';
import { openDatabase } from '../../../platform/db/database';
import { migrate } from '../../../platform/db/migrate';
import { systemActor } from '../../../platform/audit/audit.service';
import { buildApp } from '../../../app';
import { loadConfig } from '../../../config';

const rows = Number(process.env.ROWS ?? 5000);
const database = process.env.DATABASE_URL ? await openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL }) : await openDatabase({ kind: 'pglite', dataDir: process.env.DATA_DIR! });
await migrate(database);
const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent' }), database, logger: false });
await app.ready();
const imports = app.relais.ctx.services.imports;
const actor = systemActor('crash test');
let id = Number(process.env.COMMIT_ONLY ?? 0);
if (!id) {
  const lines = ['Référence;Nom;Prénom;Date de naissance'];
  for (let i = 0; i < rows; i++) lines.push(`C${i};Nom${i};Prénom${i};${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/19${50 + (i % 50)}`);
  const b = await imports.upload(actor, { kind: 'people', source: 'crash', fileName: 'crash.csv', content: Buffer.from(lines.join('\n')).toString('base64') });
  id = b.id;
  console.log(`DRAFT ${id}`);
}
let said = false;
await imports.commit(actor, id, (p) => {
  // Written at once: PGlite runs on this thread, so nothing asynchronous would go out before the commit ends.
  if (!said && p.phase === 'writing' && p.done > 0) fs.writeSync(1, 'WRITING\n');
  said ||= p.phase === 'writing' && p.done > 0;
});
console.log('COMMITTED');
await app.close();
await database.close();
