import { createElement } from 'react';
import type { Feature } from '../../app/features';
import { InterviewsPage } from './InterviewsPage';
import { InterviewFormPage } from './InterviewFormPage';
import { InterviewPage } from './InterviewPage';
import { SocialStatsPage } from './SocialStatsPage';
import { CategoriesPage } from './CategoriesPage';
import { SOCIALDESK_CONFIG, SOCIALDESK_READERS, SOCIALDESK_STATS } from './api';
import './i18n';

export const socialdeskFeature: Feature = {
  id: 'socialdesk',
  routes: [
    { path: 'socialdesk', element: createElement(InterviewsPage) },
    { path: 'socialdesk/interviews/new', element: createElement(InterviewFormPage) },
    { path: 'socialdesk/interviews/:id', element: createElement(InterviewPage) },
    { path: 'socialdesk/interviews/:id/edit', element: createElement(InterviewFormPage) },
    { path: 'socialdesk/stats', element: createElement(SocialStatsPage) },
    { path: 'socialdesk/categories', element: createElement(CategoriesPage) },
  ],
  nav: [
    { path: '/socialdesk', labelKey: 'socialdesk:nav.interviews', roles: SOCIALDESK_READERS, group: 'main' },
    { path: '/socialdesk/stats', labelKey: 'socialdesk:nav.stats', roles: SOCIALDESK_STATS, group: 'main' },
    { path: '/socialdesk/categories', labelKey: 'socialdesk:nav.categories', roles: SOCIALDESK_CONFIG, group: 'admin' },
  ],
};
