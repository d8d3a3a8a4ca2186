import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder of Relais's package.json. Found by walking up from this file, so that it is the same whether
 * the server runs from its sources (server/src/...) or from the bundle built into server/dist.
 */
function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'relais') return dir;
    if (path.dirname(dir) === dir) throw new Error(`Relais's package.json was not found above ${from}`);
  }
}

export const packageRoot = findPackageRoot(import.meta.dirname);
