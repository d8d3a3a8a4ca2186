import { lazyPage, type Feature } from '../../app/features';

export const importsFeature: Feature = {
  id: 'imports',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('imports', () => import('./ImportsPage'), (m) => m.ImportsPage),
    lazyPage('imports/:id', () => import('./ImportPage'), (m) => m.ImportPage),
  ],
  nav: [{ path: '/imports', labelKey: 'imports:nav.title', permission: 'imports.run', group: 'admin' }],
};
