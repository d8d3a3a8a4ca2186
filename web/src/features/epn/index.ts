import { createElement } from 'react';
import type { Feature } from '../../app/features';
import { EpnBoardPage } from './EpnBoardPage';
import { EpnStatsPage } from './EpnStatsPage';
import { EpnSettingsPage } from './EpnSettingsPage';
import { EPN_CONFIG, EPN_DESK, EPN_STATS } from './api';
import './i18n';

export const epnFeature: Feature = {
  id: 'epn',
  routes: [
    { path: 'epn', element: createElement(EpnBoardPage) },
    { path: 'epn/stats', element: createElement(EpnStatsPage) },
    { path: 'epn/settings', element: createElement(EpnSettingsPage) },
  ],
  nav: [
    { path: '/epn', labelKey: 'epn:nav.board', roles: EPN_DESK, group: 'main' },
    { path: '/epn/stats', labelKey: 'epn:nav.stats', roles: EPN_STATS, group: 'main' },
    { path: '/epn/settings', labelKey: 'epn:nav.settings', roles: EPN_CONFIG, group: 'admin' },
  ],
};
