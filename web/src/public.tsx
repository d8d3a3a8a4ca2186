import { renderApp } from './app/boot';
import { publicRoutes } from './public.routes';

// The public pages and screens (/p/...), served with p/index.html: no login, no staff shell, no charts, no other
// feature's catalog. Each page is its own chunk, as in the staff app. The server sends most of them already drawn
// (web/prerender.mjs): renderApp then hydrates them.
renderApp(publicRoutes);
