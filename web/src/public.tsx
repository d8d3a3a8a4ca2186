import { renderApp } from './app/boot';
import { lazyPage } from './app/features';
import { features } from './app/features.registry';

// The public pages and screens (/p/...), served with p/index.html: no login, no staff shell, no charts, no other
// feature's catalog. Each page is its own chunk, as in the staff app.
renderApp([...features.flatMap((f) => f.publicRoutes ?? []), lazyPage('*', () => import('./app/pages/NotFoundPage'), (m) => m.NotFoundPage)]);
