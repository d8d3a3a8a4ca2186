import { lazy } from 'react';
import { lazyPage, type Feature } from '../../app/features';
import { homeWidgets } from '../../app/home.registry';

homeWidgets.push({
  id: 'appointments.today',
  permission: 'appointments.today',
  component: lazy(() => import('./TodayWidget').then((m) => ({ default: m.TodayWidget }))),
});

export const appointmentsFeature: Feature = {
  id: 'appointments',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('appointments', () => import('./CalendarPage'), (m) => m.CalendarPage),
    lazyPage('appointments/book', () => import('./BookPage'), (m) => m.BookPage),
    lazyPage('appointments/to-call', () => import('./ToCallPage'), (m) => m.ToCallPage),
    lazyPage('appointments/desks', () => import('./DesksPage'), (m) => m.DesksPage),
    lazyPage('appointments/:id/card', () => import('./CardPage'), (m) => m.CardPage),
  ],
  nav: [
    { path: '/appointments', labelKey: 'appointments:nav.title', permission: 'appointments.read', group: 'main' },
    { path: '/appointments/desks', labelKey: 'appointments:nav.desks', permission: 'appointments.manage', group: 'admin' },
  ],
};
