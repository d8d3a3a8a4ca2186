import { createElement } from 'react';
import type { Feature } from '../../app/features';
import { RoomsCalendarPage } from './RoomsCalendarPage';
import { RoomsAdminPage } from './RoomsAdminPage';
import { RoomsStatsPage } from './RoomsStatsPage';
import { EntranceScreenPage, PublicOccupationPage, PublicRequestPage } from './PublicPages';
import { ROOM_MANAGERS, ROOM_STATS_READERS } from './api';
import './i18n';

export const roomsFeature: Feature = {
  id: 'rooms',
  routes: [
    { path: 'rooms', element: createElement(RoomsCalendarPage) },
    { path: 'room-admin', element: createElement(RoomsAdminPage) },
    { path: 'room-stats', element: createElement(RoomsStatsPage) },
  ],
  publicRoutes: [
    { path: '/p/rooms', element: createElement(PublicOccupationPage) },
    { path: '/p/rooms/request', element: createElement(PublicRequestPage) },
    { path: '/p/screen', element: createElement(EntranceScreenPage) },
  ],
  nav: [
    { path: '/rooms', labelKey: 'rooms:nav.title', roles: 'staff', group: 'main' },
    { path: '/room-stats', labelKey: 'rooms:nav.stats', roles: ROOM_STATS_READERS, group: 'main' },
    { path: '/room-admin', labelKey: 'rooms:nav.admin', roles: ROOM_MANAGERS, group: 'admin' },
  ],
};
