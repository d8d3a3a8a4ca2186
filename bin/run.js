// Runs one of the server's entry points (server/src/main.ts or cli.ts) in this process: the JavaScript
// built into server/dist at install (`npm run build:server`) when it is there and newer than the sources,
// else the TypeScript sources through tsx (a working copy being edited, or an install without its build).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');

/** The last modification time of the server's sources (tests aside), in ms. */
function sourcesChangedAt(dir = path.join(root, 'server/src')) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, sourcesChangedAt(file));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

/** @param {'main' | 'cli'} entry */
export async function run(entry) {
  const built = path.join(root, 'server/dist', `${entry}.js`);
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : null;
  if (builtAt !== null && builtAt >= sourcesChangedAt()) return import(pathToFileURL(built).href);
  console.error(
    `relais: ${builtAt === null ? 'server/dist is not built' : 'the sources changed since server/dist was built'}; ` +
      'running the TypeScript sources (`npm run build:server` builds them).',
  );
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(path.join(root, 'server/src', `${entry}.ts`)).href);
}
