import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import type { ReactNode } from 'react';
import { AppTree } from './app/boot';
import i18n, { LANGUAGES, type Language } from './app/i18n';
import { publicRoutes } from './public.routes';
import { staffRoutes } from './staff.routes';

/**
 * The build's rendering of the public pages in advance (web/prerender.mjs runs it in Node, after the browser
 * build): each page as React first draws it in the browser (its data not yet there), in one language. The server
 * sends that HTML, so a phone shows the page before its JavaScript has come and run; then React hydrates it.
 */
export { LANGUAGES };

/** The page at `location` of an entry (the public pages', p/index.html, or the staff app's, index.html) in `lang`; throws when any part of it fails to draw without a browser. */
export async function render(location: string, lang: Language, entry: 'public' | 'staff'): Promise<string> {
  await i18n.changeLanguage(lang);
  const Router = ({ children }: { children: ReactNode }) => <StaticRouter location={location}>{children}</StaticRouter>;
  // React would send the loading state of a part that failed and draw it in the browser: here such a page is left
  // out instead, so that what is sent drawn is always what the browser draws first.
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(<AppTree routes={entry === 'public' ? publicRoutes : staffRoutes} router={Router} />, {
    onError: (error) => void errors.push(error),
    // A part larger than 12.8 KB would be sent apart and put in place by an inline script, which the pages'
    // Content-Security-Policy forbids: the whole page in one piece.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  if (errors.length) throw errors[0];
  const decoder = new TextDecoder();
  let html = '';
  for await (const chunk of prelude) html += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
  return html + decoder.decode();
}
