import { createElement } from 'react';
import type { Feature } from '../../app/features';
import { FrontDeskPage } from './FrontDeskPage';
import { FrontDeskStatsPage } from './FrontDeskStatsPage';
import { ReasonsPage } from './ReasonsPage';
import './i18n';

export const frontdeskFeature: Feature = {
  id: 'frontdesk',
  routes: [
    { path: 'frontdesk', element: createElement(FrontDeskPage) },
    { path: 'frontdesk/stats', element: createElement(FrontDeskStatsPage) },
    { path: 'frontdesk/reasons', element: createElement(ReasonsPage) },
  ],
  nav: [
    { path: '/frontdesk', labelKey: 'frontdesk:nav.day', permission: 'frontdesk.read', group: 'main' },
    { path: '/frontdesk/stats', labelKey: 'frontdesk:nav.stats', permission: 'frontdesk.read', group: 'main' },
    { path: '/frontdesk/reasons', labelKey: 'frontdesk:nav.reasons', permission: 'frontdesk.configure', group: 'admin' },
  ],
};
