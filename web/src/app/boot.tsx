import '@mantine/core/styles.css';
import './global.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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

// The router in its declarative mode (BrowserRouter, useRoutes): the pages use links, params and navigation only,
// and the data router (loaders, actions) would add about 18 KB of compressed JavaScript to every page.
export function renderApp(routes: RouteObject[]) {
  const AppRoutes = () => useRoutes(routes);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
