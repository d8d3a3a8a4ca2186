import { lazyPage, lazyPages, type Feature } from '../../app/features';

export const socialdeskFeature: Feature = {
  id: 'socialdesk',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('socialdesk', () => import('./InterviewsPage'), (m) => m.InterviewsPage),
    ...lazyPages(['socialdesk/interviews/new', 'socialdesk/interviews/:id/edit'], () => import('./InterviewFormPage'), (m) => m.InterviewFormPage),
    lazyPage('socialdesk/interviews/:id', () => import('./InterviewPage'), (m) => m.InterviewPage),
    lazyPage('socialdesk/stats', () => import('./SocialStatsPage'), (m) => m.SocialStatsPage),
    lazyPage('socialdesk/categories', () => import('./CategoriesPage'), (m) => m.CategoriesPage),
  ],
  nav: [
    { path: '/socialdesk', labelKey: 'socialdesk:nav.interviews', permission: 'socialdesk.read', group: 'main' },
    { path: '/socialdesk/stats', labelKey: 'socialdesk:nav.stats', permission: 'socialdesk.stats', group: 'main' },
    { path: '/socialdesk/categories', labelKey: 'socialdesk:nav.categories', permission: 'socialdesk.configure', group: 'admin' },
  ],
};
