import { lazyPage } from './app/features';
import { features } from './app/features.registry';

/** The public pages and screens (/p/...): the routes of public.tsx, and of the build's rendering in advance (prerender.tsx). */
export const publicRoutes = [...features.flatMap((f) => f.publicRoutes ?? []), lazyPage('*', () => import('./app/pages/NotFoundPage'), (m) => m.NotFoundPage)];
