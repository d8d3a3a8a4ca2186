import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import path from 'node:path';

const root = path.resolve(import.meta.dirname);

export default defineConfig({
  root,
  plugins: [
    react(),
    // Every text file of the build also as .br and .gz (best compression, once, at build): the server sends
    // the one the browser accepts (@fastify/static preCompressed, server/src/platform/http/web-assets.ts).
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, logLevel: 'silent' }),
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
