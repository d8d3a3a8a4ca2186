import { createElement } from 'react';
import type { Feature } from '../../app/features';
import { RoomsCalendarPage } from './RoomsCalendarPage';
import { EntranceScreenPage, PublicOccupationPage, PublicRequestPage } from './PublicPages';
import './i18n';

export const roomsFeature: Feature = {
  id: 'rooms',
  routes: [{ path: 'rooms', element: createElement(RoomsCalendarPage) }],
  publicRoutes: [
    { path: '/p/rooms', element: createElement(PublicOccupationPage) },
    { path: '/p/rooms/request', element: createElement(PublicRequestPage) },
    { path: '/p/screen', element: createElement(EntranceScreenPage) },
  ],
  nav: [{ path: '/rooms', labelKey: 'rooms:nav.title', roles: 'staff', group: 'main' }],
};
