import { lazyPage, lazyPages, type Feature } from '../../app/features';
import { GDPR_OFFICERS, PEOPLE_READERS } from './roles';

export const peopleFeature: Feature = {
  id: 'people',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('people', () => import('./PeopleSearchPage'), (m) => m.PeopleSearchPage),
    ...lazyPages(['people/new', 'people/:id/edit'], () => import('./PersonFormPage'), (m) => m.PersonFormPage),
    lazyPage('people/retention', () => import('./RetentionPage'), (m) => m.RetentionPage),
    lazyPage('people/:id', () => import('./PersonPage'), (m) => m.PersonPage),
    lazyPage('people/:id/merge', () => import('./MergePage'), (m) => m.MergePage),
    lazyPage('people/:id/gdpr-export', () => import('./GdprExportPage'), (m) => m.GdprExportPage),
  ],
  nav: [
    { path: '/people', labelKey: 'people:nav.title', roles: PEOPLE_READERS, group: 'main' },
    { path: '/people/retention', labelKey: 'people:nav.retention', roles: GDPR_OFFICERS, group: 'admin' },
  ],
};
