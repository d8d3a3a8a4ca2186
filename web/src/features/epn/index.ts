import { lazyPage, type Feature } from '../../app/features';
import { EPN_CONFIG, EPN_DESK, EPN_STATS } from './roles';

export const epnFeature: Feature = {
  id: 'epn',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('epn', () => import('./EpnBoardPage'), (m) => m.EpnBoardPage),
    lazyPage('epn/stats', () => import('./EpnStatsPage'), (m) => m.EpnStatsPage),
    lazyPage('epn/settings', () => import('./EpnSettingsPage'), (m) => m.EpnSettingsPage),
  ],
  nav: [
    { path: '/epn', labelKey: 'epn:nav.board', roles: EPN_DESK, group: 'main' },
    { path: '/epn/stats', labelKey: 'epn:nav.stats', roles: EPN_STATS, group: 'main' },
    { path: '/epn/settings', labelKey: 'epn:nav.settings', roles: EPN_CONFIG, group: 'admin' },
  ],
};
