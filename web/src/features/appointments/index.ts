import { createElement } from 'react';
import type { Feature } from '../../app/features';
import { homeWidgets } from '../../app/home.registry';
import { CalendarPage } from './CalendarPage';
import { BookPage } from './BookPage';
import { CardPage } from './CardPage';
import { ToCallPage } from './ToCallPage';
import { DesksPage } from './DesksPage';
import { TodayWidget } from './TodayWidget';
import { APPOINTMENT_MANAGERS, APPOINTMENT_READERS } from './api';
import './i18n';

homeWidgets.push({ id: 'appointments.today', roles: ['reception', 'social_worker'], component: TodayWidget });

export const appointmentsFeature: Feature = {
  id: 'appointments',
  routes: [
    { path: 'appointments', element: createElement(CalendarPage) },
    { path: 'appointments/book', element: createElement(BookPage) },
    { path: 'appointments/to-call', element: createElement(ToCallPage) },
    { path: 'appointments/desks', element: createElement(DesksPage) },
    { path: 'appointments/:id/card', element: createElement(CardPage) },
  ],
  nav: [
    { path: '/appointments', labelKey: 'appointments:nav.title', roles: APPOINTMENT_READERS, group: 'main' },
    { path: '/appointments/desks', labelKey: 'appointments:nav.desks', roles: APPOINTMENT_MANAGERS, group: 'admin' },
  ],
};
