import { lazyPage, type Feature } from '../../app/features';

export const epnFeature: Feature = {
  id: 'epn',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('epn', () => import('./EpnBoardPage'), (m) => m.EpnBoardPage),
    lazyPage('epn/stats', () => import('./EpnStatsPage'), (m) => m.EpnStatsPage),
    lazyPage('epn/settings', () => import('./EpnSettingsPage'), (m) => m.EpnSettingsPage),
  ],
  nav: [
    { path: '/epn', labelKey: 'epn:nav.board', permission: 'epn.desk', group: 'main' },
    { path: '/epn/stats', labelKey: 'epn:nav.stats', permission: 'epn.stats', group: 'main' },
    { path: '/epn/settings', labelKey: 'epn:nav.settings', permission: 'epn.configure', group: 'admin' },
  ],
};
