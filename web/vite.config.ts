import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname);

/**
 * Writes `route-preloads.json`: for each page route (the `lazyPage('path', () => import('./Page'), ...)` and
 * `lazyPages([...], ...)` calls of src/), the files of its chunk. The server lists them in the page it sends for that address, so that the browser
 * fetches the page's chunk along with the framework instead of after it has run (one round trip less on a phone).
 * A route written another way is simply not listed (its chunk then loads after the framework, as before).
 */
function routePreloads(): Plugin {
  const routes = new Map<string, string>(); // route path -> module id
  return {
    name: 'relais:route-preloads',
    apply: 'build',
    enforce: 'pre', // the sources as written
    transform(code, id) {
      if (!id.startsWith(path.join(root, 'src')) || !/\.tsx?$/.test(id)) return null;
      // lazyPage('path', () => import('./Page'), ...) and lazyPages(['path', 'path'], () => import('./Page'), ...)
      const call = /lazyPages?\(\s*(\[[^\]]*\]|['"][^'"]*['"])\s*,\s*\(\)\s*=>\s*import\(['"]([^'"]+)['"]\)/g;
      for (const [, paths, spec] of code.matchAll(call)) {
        const base = path.resolve(path.dirname(id), spec);
        const file = ['.tsx', '.ts'].map((ext) => base + ext).find((f) => fs.existsSync(f));
        if (!file) continue;
        for (const [, route] of paths.matchAll(/['"]([^'"]*)['"]/g)) {
          // Routes of features are relative to the staff layout at '/'; public ones are absolute.
          if (!route.includes('*')) routes.set(route.startsWith('/') ? route : `/${route}`, file);
        }
      }
      return null;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byModule = new Map(chunks.filter((c) => c.facadeModuleId).map((c) => [c.facadeModuleId!, c]));
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const preloads: Record<string, { js: string[]; css: string[] }> = {};
      for (const [route, module] of routes) {
        const chunk = byModule.get(module);
        if (!chunk || chunk.isEntry) continue;
        const js = new Set<string>();
        const css = new Set<string>();
        const visit = (file: string) => {
          if (js.has(file)) return;
          js.add(file);
          const c = byFile.get(file);
          for (const f of c?.viteMetadata?.importedCss ?? []) css.add(f);
          for (const f of c?.imports ?? []) visit(f);
        };
        visit(chunk.fileName);
        preloads[route] = { js: [...js].map((f) => `/${f}`), css: [...css].map((f) => `/${f}`) };
      }
      this.emitFile({ type: 'asset', fileName: 'route-preloads.json', source: `${JSON.stringify(preloads, null, 1)}\n` });
    },
  };
}

export default defineConfig({
  root,
  plugins: [
    react(),
    routePreloads(),
    // Every text file of the build also as .br and .gz (best compression, once, at build): the server sends
    // the one the browser accepts (@fastify/static preCompressed, server/src/platform/http/web-assets.ts).
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, exclude: /route-preloads\.json$/, logLevel: 'silent' }),
  ],
  build: {
    outDir: path.resolve(root, 'dist'),
    emptyOutDir: true,
    rolldownOptions: {
      // Two pages: the staff app (index.html, src/main.tsx), and the light entry of the public pages and screens
      // (p/index.html, src/public.tsx), served under /p/. Pages are loaded with their route (see app/features.ts).
      input: { main: path.resolve(root, 'index.html'), public: path.resolve(root, 'p/index.html') },
      preserveEntrySignatures: false,
      output: {
        codeSplitting: {
          groups: [
            // What the entries load before anything else (React, the router, Mantine's provider, i18n, the API
            // client, the features' routes and navigation): one file, cached for good.
            { name: 'framework', tags: ['$initial'] },
            // Positioning of popovers, menus and selects: shared by many staff pages, by no public page.
            { name: 'floating-ui', test: /node_modules[\\/]@floating-ui[\\/]/ },
          ],
          // Small pieces shared by a few pages (a Mantine component, a helper) go into each page's chunk rather
          // than into files of their own: a page is a few files, not dozens (each one a round trip on a phone).
          experimentalInlineCommonChunks: { maxSize: 40_000 },
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
