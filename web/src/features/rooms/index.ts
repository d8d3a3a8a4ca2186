import { lazyPage, type Feature } from '../../app/features';
import { ROOM_MANAGERS, ROOM_STATS_READERS } from './roles';

export const roomsFeature: Feature = {
  id: 'rooms',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('rooms', () => import('./RoomsCalendarPage'), (m) => m.RoomsCalendarPage),
    lazyPage('room-admin', () => import('./RoomsAdminPage'), (m) => m.RoomsAdminPage),
    lazyPage('room-stats', () => import('./RoomsStatsPage'), (m) => m.RoomsStatsPage),
  ],
  publicRoutes: [
    lazyPage('/p/rooms', () => import('./PublicPages'), (m) => m.PublicOccupationPage),
    lazyPage('/p/rooms/request', () => import('./PublicPages'), (m) => m.PublicRequestPage),
    lazyPage('/p/screen', () => import('./PublicPages'), (m) => m.EntranceScreenPage),
  ],
  nav: [
    { path: '/rooms', labelKey: 'rooms:nav.title', roles: 'staff', group: 'main' },
    { path: '/room-stats', labelKey: 'rooms:nav.stats', roles: ROOM_STATS_READERS, group: 'main' },
    { path: '/room-admin', labelKey: 'rooms:nav.admin', roles: ROOM_MANAGERS, group: 'admin' },
  ],
};
