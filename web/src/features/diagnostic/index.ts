import { lazyPage, type Feature } from '../../app/features';

export const diagnosticFeature: Feature = {
  id: 'diagnostic',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('diagnostic', () => import('./DiagnosticsPage'), (m) => m.DiagnosticsPage),
    lazyPage('diagnostic/sessions/:id', () => import('./SessionPage'), (m) => m.SessionPage),
    lazyPage('diagnostic/stats', () => import('./DiagnosticStatsPage'), (m) => m.DiagnosticStatsPage),
    lazyPage('diagnostic/bank', () => import('./BankPage'), (m) => m.BankPage),
    lazyPage('diagnostic/partners', () => import('./PartnersPage'), (m) => m.PartnersPage),
  ],
  publicRoutes: [lazyPage('/p/diagnostic', () => import('./PublicDiagnosticPage'), (m) => m.PublicDiagnosticPage)],
  nav: [
    { path: '/diagnostic', labelKey: 'diagnostic:nav.list', permission: 'diagnostic.read', group: 'main' },
    { path: '/diagnostic/stats', labelKey: 'diagnostic:nav.stats', permission: 'diagnostic.stats', group: 'main' },
    { path: '/diagnostic/bank', labelKey: 'diagnostic:nav.bank', permission: 'diagnostic.configure', group: 'admin' },
    { path: '/diagnostic/partners', labelKey: 'diagnostic:nav.partners', permission: 'diagnostic.partners', group: 'admin' },
  ],
};
