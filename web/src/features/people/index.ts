import { createElement } from 'react';
import type { Feature } from '../../app/features';
import { PeopleSearchPage } from './PeopleSearchPage';
import { PersonFormPage } from './PersonFormPage';
import { PersonPage } from './PersonPage';
import { MergePage } from './MergePage';
import { GdprExportPage } from './GdprExportPage';
import { RetentionPage } from './RetentionPage';
import { DuplicatesPage } from './DuplicatesPage';
import './i18n';

export const peopleFeature: Feature = {
  id: 'people',
  routes: [
    { path: 'people', element: createElement(PeopleSearchPage) },
    { path: 'people/new', element: createElement(PersonFormPage) },
    { path: 'people/retention', element: createElement(RetentionPage) },
    { path: 'people/duplicates', element: createElement(DuplicatesPage) },
    { path: 'people/:id', element: createElement(PersonPage) },
    { path: 'people/:id/edit', element: createElement(PersonFormPage) },
    { path: 'people/:id/merge', element: createElement(MergePage) },
    { path: 'people/:id/gdpr-export', element: createElement(GdprExportPage) },
  ],
  nav: [
    { path: '/people', labelKey: 'people:nav.title', permission: 'people.read', group: 'main' },
    { path: '/people/duplicates', labelKey: 'people:nav.duplicates', permission: 'people.merge', group: 'admin' },
    { path: '/people/retention', labelKey: 'people:nav.retention', permission: 'people.gdpr', group: 'admin' },
  ],
};
