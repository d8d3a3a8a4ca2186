// Renders the public pages (/p/...) and the login page in advance, after the browser build (npm run build:web), in
// French, Dutch and English: web/dist/prerendered/, listed in web/dist/prerendered.json. The server sends such a page, in the
// visitor's language, instead of the empty p/index.html (server/src/platform/http/web-assets.ts), so that a phone
// on a slow network shows the page (its header, title, form or "loading") before the JavaScript has come and run;
// React then hydrates it (web/src/app/boot.tsx). A page is left out (and said), and sent empty as before, when its
// first drawing is not the same for every visitor: when it fails without a browser, shows its address's parameter
// (a reference, a token), or changes with the day or the hour (drawn twice, 400 days and 7 hours apart); or when it
// would need an inline script, which the Content-Security-Policy does not run.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const root = path.resolve(import.meta.dirname);
const dist = path.join(root, 'dist');
// Every public page (/p/...), with p/index.html; and the staff app's login page, with index.html (the first page
// of a working day, on the reception's PC as on a social worker's phone).
const publicRoutes = Object.keys(JSON.parse(fs.readFileSync(path.join(dist, 'route-preloads.json'), 'utf8'))).filter((r) => r.startsWith('/p/'));
const entries = [
  { entry: 'public', template: 'p/index.html', routes: publicRoutes },
  { entry: 'staff', template: 'index.html', routes: ['/login'] },
].map((e) => {
  const template = fs.readFileSync(path.join(dist, e.template), 'utf8');
  if (!template.includes('<div id="root"></div>') || !template.includes('<html lang="fr">')) throw new Error(`web/dist/${e.template} has no <html lang="fr"> or no empty <div id="root"></div>`);
  return { ...e, template };
});

// Inside the project, so that the rendering code finds its packages (node_modules).
const out = path.join(root, '..', 'node_modules/.cache/relais-prerender');

// The clock moved, for the second drawing: new Date() and Date.now() as dayjs and the pages read them.
const RealDate = Date;
const SHIFT = (400 * 24 + 7) * 3600_000;
class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length) super(...args);
    else super(RealDate.now() + SHIFT);
  }
  static now() {
    return RealDate.now() + SHIFT;
  }
}
async function drawnLater(render) {
  globalThis.Date = ShiftedDate;
  try {
    return await render();
  } finally {
    globalThis.Date = RealDate;
  }
}
const PARAM = 'relais-route-parameter';
try {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [react()],
    build: { ssr: path.join(root, 'src/prerender.tsx'), outDir: out, emptyOutDir: true, minify: false },
  });
  const { render, LANGUAGES } = await import(pathToFileURL(path.join(out, 'prerender.js')).href);
  const target = path.join(dist, 'prerendered');
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target);
  const manifest = {};
  const skipped = [];
  for (const { entry, template, routes } of entries) {
    for (const route of routes) {
      // A route's parameters get a placeholder: the page is drawn before its data, which is the same for every link.
      const location = route.replace(/:[^/]+/g, PARAM);
      const slug = route.slice(1).replace(/[/:]+/g, '-');
      try {
        const files = {};
        for (const lang of LANGUAGES) {
          const draw = () => render(location, lang, entry);
          const html = await draw();
          if (html.includes(PARAM)) throw new Error('it shows a parameter of its address');
          // (the Content-Security-Policy runs no inline script: React's, to put a late part in place, would not run)
          if (/<script|<template/.test(html)) throw new Error('it needs an inline script');
          if ((await drawnLater(draw)) !== html) throw new Error('it changes with the day or the hour');
          const page = template
            .replace('<html lang="fr">', `<html lang="${lang}" data-prerendered="${lang}" data-mantine-color-scheme="light">`)
            .replace('<div id="root"></div>', `<div id="root">${html}</div>`);
          const file = `${slug}.${lang}.html`;
          fs.writeFileSync(path.join(target, file), page);
          files[lang] = `prerendered/${file}`;
        }
        manifest[route] = files;
      } catch (err) {
        skipped.push(`${route} (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
      }
    }
  }
  fs.writeFileSync(path.join(dist, 'prerendered.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  console.log(`prerendered ${Object.keys(manifest).length} pages in ${LANGUAGES.join(', ')}${skipped.length ? `; not prerendered: ${skipped.join('; ')}` : ''}`);
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}
