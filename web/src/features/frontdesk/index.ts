import { lazyPage, type Feature } from '../../app/features';
import { FRONTDESK_CONFIG, FRONTDESK_READERS } from './roles';

export const frontdeskFeature: Feature = {
  id: 'frontdesk',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('frontdesk', () => import('./FrontDeskPage'), (m) => m.FrontDeskPage),
    lazyPage('frontdesk/stats', () => import('./FrontDeskStatsPage'), (m) => m.FrontDeskStatsPage),
    lazyPage('frontdesk/reasons', () => import('./ReasonsPage'), (m) => m.ReasonsPage),
  ],
  nav: [
    { path: '/frontdesk', labelKey: 'frontdesk:nav.day', roles: FRONTDESK_READERS, group: 'main' },
    { path: '/frontdesk/stats', labelKey: 'frontdesk:nav.stats', roles: FRONTDESK_READERS, group: 'main' },
    { path: '/frontdesk/reasons', labelKey: 'frontdesk:nav.reasons', roles: FRONTDESK_CONFIG, group: 'admin' },
  ],
};
