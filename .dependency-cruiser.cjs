// dependency-cruiser: the module rules of docs/ARCHITECTURE.md, checked by `npm run lint`.
// The order of the server modules is read from server/src/modules/index.ts (the list a module is registered in):
// a module may import only modules registered before it.
const { moduleOrder } = require('./.ci/module-order.cjs');

const order = moduleOrder();
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One rule per module: no import of a module registered after it. */
const onlyEarlierModules = order.slice(0, -1).map((name, i) => ({
  name: `only-earlier-modules:${name}`,
  comment: `${name} is registered before ${order.slice(i + 1).join(', ')} in server/src/modules/index.ts: it may not use them (invert the dependency: the later module registers a hook in the earlier one).`,
  severity: 'error',
  from: { path: `^server/src/modules/${escape(name)}/` },
  to: { path: `^server/src/modules/(${order.slice(i + 1).map(escape).join('|')})/` },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycle, on the server or in the web app.',
      severity: 'error',
      from: { path: '^(server/src|web/src)/' },
      to: { circular: true },
    },
    {
      name: 'no-other-module-table',
      comment:
        "A module uses another module only through its service (ctx.services.<name>), never its tables. Only a table file may name another module's table, for a foreign key.",
      severity: 'error',
      from: { path: '^server/src/modules/([^/]+)/', pathNot: '\\.table\\.ts$' },
      to: { path: '^server/src/modules/[^/]+/[^/]+\\.table\\.ts$', pathNot: '^server/src/modules/$1/' },
    },
    ...onlyEarlierModules,
    {
      name: 'platform-not-modules',
      comment: 'The platform is shared code: it knows no module (modules register themselves in its registries).',
      severity: 'error',
      from: { path: '^server/src/platform/' },
      to: { path: '^server/src/modules/' },
    },
    {
      name: 'web-feature-through-index',
      comment: "Outside a web feature, only its index (web/src/features/<feature>/index.ts) is imported, never its pages, api or i18n files.",
      severity: 'error',
      from: { path: '^web/src/', pathNot: '^web/src/features/' },
      to: { path: '^web/src/features/[^/]+/', pathNot: '^web/src/features/[^/]+/index\\.tsx?$' },
    },
    {
      name: 'web-features-not-each-other',
      comment: "A web feature imports another feature only through what it offers: its index (for the shell) or its public.ts (hooks and components for the other features).",
      severity: 'error',
      from: { path: '^web/src/features/([^/]+)/' },
      to: { path: '^web/src/features/[^/]+/', pathNot: ['^web/src/features/$1/', '^web/src/features/[^/]+/(index|public)\\.tsx?$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    // Type-only imports count too: a type import of a later module is still a dependency on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
