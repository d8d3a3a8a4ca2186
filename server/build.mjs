// Builds the server into server/dist (run at install, by `npm run build:server`): the TypeScript of
// server/src bundled into plain JavaScript that node runs straight, without compiling anything at start.
// Dependencies stay in node_modules (imported, not bundled); bin/run.js picks this build when it is fresh.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'server/dist');
fs.rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['server/src/main.ts', 'server/src/cli.ts'],
  outdir,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Readable output (names kept, no minification); `node --enable-source-maps` maps stack traces to server/src.
  sourcemap: true,
  logLevel: 'warning',
});
// The embedded database's worker thread (PGLITE_WORKER=true) is plain JavaScript, loaded by its path: copied beside the build.
fs.copyFileSync(path.join(root, 'server/src/platform/db/pglite-worker.mjs'), path.join(outdir, 'pglite-worker.mjs'));
