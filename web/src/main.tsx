import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import './app/global.css';
import './app/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider, createTheme } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './app/Layout';
import { LoginPage } from './app/pages/LoginPage';
import { SetupPage } from './app/pages/SetupPage';
import { HomePage } from './app/pages/HomePage';
import { PasswordPage } from './app/pages/PasswordPage';
import { NotFoundPage } from './app/pages/NotFoundPage';
import { features } from './app/features.registry';
import { ApiError } from './app/api';

const theme = createTheme({
  primaryColor: 'blue',
  // Darker shades than Mantine's defaults, for text contrast (WCAG AA) on light backgrounds.
  primaryShade: 8,
  // People who ask their system for less motion get no transitions.
  respectReducedMotion: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
});

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/setup', element: <SetupPage /> },
  ...features.flatMap((f) => f.publicRoutes ?? []),
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'account/password', element: <PasswordPage /> },
      ...features.flatMap((f) => f.routes ?? []),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
