import { lazyPage, type Feature } from '../../app/features';

export const frontdeskFeature: Feature = {
  id: 'frontdesk',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('frontdesk', () => import('./FrontDeskPage'), (m) => m.FrontDeskPage),
    lazyPage('frontdesk/stats', () => import('./FrontDeskStatsPage'), (m) => m.FrontDeskStatsPage),
    lazyPage('frontdesk/reasons', () => import('./ReasonsPage'), (m) => m.ReasonsPage),
  ],
  nav: [
    { path: '/frontdesk', labelKey: 'frontdesk:nav.day', permission: 'frontdesk.read', group: 'main' },
    { path: '/frontdesk/stats', labelKey: 'frontdesk:nav.stats', permission: 'frontdesk.read', group: 'main' },
    { path: '/frontdesk/reasons', labelKey: 'frontdesk:nav.reasons', permission: 'frontdesk.configure', group: 'admin' },
  ],
};
