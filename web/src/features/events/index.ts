import { lazyPage, type Feature } from '../../app/features';

export const eventsFeature: Feature = {
  id: 'events',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('events', () => import('./EventsPage'), (m) => m.EventsPage),
    lazyPage('events/stats', () => import('./EventsStatsPage'), (m) => m.EventsStatsPage),
    lazyPage('events/:id', () => import('./EventPage'), (m) => m.EventPage),
    lazyPage('events/:id/checkin', () => import('./CheckinPage'), (m) => m.CheckinPage),
    lazyPage('events/:id/door', () => import('./DoorPage'), (m) => m.DoorPage),
  ],
  publicRoutes: [
    lazyPage('/p/events', () => import('./PublicPages'), (m) => m.PublicEventsPage),
    lazyPage('/p/events/:id', () => import('./PublicPages'), (m) => m.PublicRegisterPage),
    lazyPage('/p/events/ticket/:secret', () => import('./PublicPages'), (m) => m.TicketPage),
  ],
  nav: [
    { path: '/events', labelKey: 'events:nav.list', permission: 'events.read', group: 'main' },
    { path: '/events/stats', labelKey: 'events:nav.stats', permission: 'events.stats', group: 'main' },
  ],
};
