import { lazyPage, lazyPages, type Feature } from '../../app/features';

export const peopleFeature: Feature = {
  id: 'people',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('people', () => import('./PeopleSearchPage'), (m) => m.PeopleSearchPage),
    ...lazyPages(['people/new', 'people/:id/edit'], () => import('./PersonFormPage'), (m) => m.PersonFormPage),
    lazyPage('people/retention', () => import('./RetentionPage'), (m) => m.RetentionPage),
    lazyPage('people/duplicates', () => import('./DuplicatesPage'), (m) => m.DuplicatesPage),
    lazyPage('people/:id', () => import('./PersonPage'), (m) => m.PersonPage),
    lazyPage('people/:id/merge', () => import('./MergePage'), (m) => m.MergePage),
    lazyPage('people/:id/gdpr-export', () => import('./GdprExportPage'), (m) => m.GdprExportPage),
  ],
  nav: [
    { path: '/people', labelKey: 'people:nav.title', permission: 'people.read', group: 'main' },
    { path: '/people/duplicates', labelKey: 'people:nav.duplicates', permission: 'people.merge', group: 'admin' },
    { path: '/people/retention', labelKey: 'people:nav.retention', permission: 'people.gdpr', group: 'admin' },
  ],
};
