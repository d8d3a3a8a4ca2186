// The order of the server modules, read from the `modules` list of server/src/modules/index.ts: a module may use
// only the modules registered before it. Read by .dependency-cruiser.cjs (imports) and eslint.config.js (ctx.services.<name>).
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');

/** The folders of server/src/modules, in registration order. Throws when a folder is not in the list. */
function moduleOrder() {
  const source = fs.readFileSync(path.join(root, 'server/src/modules/index.ts'), 'utf8');
  const folderOf = new Map();
  for (const m of source.matchAll(/import\s*\{\s*(\w+)\s*\}\s*from\s*'\.\/([^/']+)\/[^']+'/g)) folderOf.set(m[1], m[2]);
  const list = source.match(/export const modules[^=]*=\s*\[([\s\S]*?)\];/);
  if (!list) throw new Error('server/src/modules/index.ts: no `export const modules = [...]` list');
  const names = list[1]
    .replace(/\/\/.*$/gm, '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const order = names.filter((n) => folderOf.has(n)).map((n) => folderOf.get(n));
  const listed = new Set(order);
  for (const dir of fs.readdirSync(path.join(root, 'server/src/modules'), { withFileTypes: true }))
    if (dir.isDirectory() && !listed.has(dir.name)) throw new Error(`server/src/modules/${dir.name} is not in the modules list of server/src/modules/index.ts`);
  return order;
}

module.exports = { moduleOrder };
