import { lazyPage, type Feature } from '../../app/features';

export const roomsFeature: Feature = {
  id: 'rooms',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('rooms', () => import('./RoomsCalendarPage'), (m) => m.RoomsCalendarPage),
    lazyPage('room-admin', () => import('./RoomsAdminPage'), (m) => m.RoomsAdminPage),
    lazyPage('room-stats', () => import('./RoomsStatsPage'), (m) => m.RoomsStatsPage),
  ],
  publicRoutes: [
    lazyPage('/p/rooms/request', () => import('./PublicPages'), (m) => m.PublicRequestPage),
    lazyPage('/p/rooms/request/:reference', () => import('./PublicPages'), (m) => m.PublicRequestStatusPage),
    lazyPage('/p/screen', () => import('./EntranceScreenPage'), (m) => m.EntranceScreenPage),
  ],
  nav: [
    { path: '/rooms', labelKey: 'rooms:nav.title', permission: 'staff', group: 'main' },
    { path: '/room-stats', labelKey: 'rooms:nav.stats', permission: 'rooms.stats', group: 'main' },
    { path: '/room-admin', labelKey: 'rooms:nav.admin', permission: 'rooms.manage', group: 'admin' },
  ],
};
