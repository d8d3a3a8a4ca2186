import { lazy } from 'react';
import { lazyPage, lazyPages, type Feature } from '../../app/features';
import { homeWidgets } from '../../app/home.registry';

homeWidgets.push({
  id: 'observatory-dashboard',
  roles: 'staff',
  component: lazy(() => import('./DashboardWidget').then((m) => ({ default: m.DashboardWidget }))),
});

export const observatoryFeature: Feature = {
  id: 'observatory',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('observatory/reach', () => import('./ReachPage'), (m) => m.ReachPage),
    lazyPage('projects', () => import('./ProjectsPage'), (m) => m.ProjectsPage),
    ...lazyPages(['observatory/report', 'observatory/report/:year'], () => import('./ReportPage'), (m) => m.ReportPage),
  ],
  nav: [
    { path: '/observatory/report', labelKey: 'observatory:report.nav', roles: 'staff' },
    { path: '/observatory/reach', labelKey: 'observatory:nav.reach', roles: ['admin', 'director', 'project_officer', 'communication', 'social_worker', 'trainer', 'logistics', 'reception'] },
    { path: '/projects', labelKey: 'observatory:nav.projects', roles: ['admin', 'director', 'project_officer'] },
  ],
};
