import { Suspense } from 'react';
import { lazyComponent, lazyPage } from './app/features';
import { features } from './app/features.registry';
import { Loading } from './ui/Loading';

// The staff app's routes (main.tsx; and the build's drawing of the login page in advance, prerender.tsx). Every
// page is its own chunk, loaded with its route; the layout comes with the catalogs of every feature (for the
// navigation). Public pages are served with their own light entry (public.tsx, p/index.html); they are routed here
// too, for the development server and for links followed inside the staff app.
const Layout = lazyComponent(
  () => Promise.all([import('./app/Layout'), ...features.map((f) => f.catalog?.())]),
  ([m]) => m.Layout,
);

export const staffRoutes = [
  lazyPage('/login', () => import('./app/pages/LoginPage'), (m) => m.LoginPage),
  lazyPage('/setup', () => import('./app/pages/SetupPage'), (m) => m.SetupPage),
  ...features.flatMap((f) => f.publicRoutes ?? []),
  {
    path: '/',
    element: (
      <Suspense fallback={<Loading />}>
        <Layout />
      </Suspense>
    ),
    children: [
      // (written with lazyPage('/', ...) so that the build lists its chunk for the address '/': see vite.config.ts)
      { index: true, element: lazyPage('/', () => import('./app/pages/HomePage'), (m) => m.HomePage).element },
      lazyPage('account/password', () => import('./app/pages/PasswordPage'), (m) => m.PasswordPage),
      ...features.flatMap((f) => f.routes ?? []),
      lazyPage('*', () => import('./app/pages/NotFoundPage'), (m) => m.NotFoundPage),
    ],
  },
];
