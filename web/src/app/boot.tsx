import '@mantine/core/styles.css';
import './global.css';
import './i18n';
import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Badge, MantineProvider, createTheme } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, useRoutes, type RouteObject } from 'react-router';
import { ApiError } from './api';

/** What every page needs, whichever entry loads it (main.tsx: the staff app; public.tsx: public pages and screens). */
const theme = createTheme({
  primaryColor: 'blue',
  // Darker shades than Mantine's defaults, for text contrast (WCAG AA) on light backgrounds.
  primaryShade: 8,
  // People who ask their system for less motion get no transitions.
  respectReducedMotion: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  components: {
    // A badge (a role, a status) is never cut: in a narrow column it wraps onto a second line.
    Badge: Badge.extend({
      styles: { root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%' }, label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.25 } },
    }),
  },
});

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/**
 * The app around its routes: Mantine, the query cache, the router (BrowserRouter in the browser, StaticRouter when
 * the build renders a public page in advance: web/prerender.mjs).
 */
export function AppTree({ routes, router: Router }: { routes: RouteObject[]; router: (props: { children: ReactNode }) => ReactNode }) {
  return (
    <StrictMode>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>
          <Router>
            <AppRoutes routes={routes} />
          </Router>
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>
  );
}

function AppRoutes({ routes }: { routes: RouteObject[] }) {
  return useRoutes(routes);
}

// The router in its declarative mode (BrowserRouter, useRoutes): the pages use links, params and navigation only,
// and the data router (loaders, actions) would add about 18 KB of compressed JavaScript to every page.
// A page the server sent already drawn (a public page rendered at build time, in the visitor's language) is
// hydrated: React takes over the HTML it finds instead of drawing it again, so the page shows before its code runs.
export function renderApp(routes: RouteObject[]) {
  const root = document.getElementById('root')!;
  const tree = <AppTree routes={routes} router={BrowserRouter} />;
  if (root.hasChildNodes()) hydrateRoot(root, tree);
  else createRoot(root).render(tree);
}
