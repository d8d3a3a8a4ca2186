import { lazy } from 'react';
import { lazyPage, lazyPages, type Feature } from '../../app/features';
import { homeWidgets } from '../../app/home.registry';

homeWidgets.push({
  id: 'observatory-dashboard',
  permission: 'staff',
  component: lazy(() => import('./DashboardWidget').then((m) => ({ default: m.DashboardWidget }))),
});

export const observatoryFeature: Feature = {
  id: 'observatory',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('observatory/reach', () => import('./ReachPage'), (m) => m.ReachPage),
    lazyPage('projects', () => import('./ProjectsPage'), (m) => m.ProjectsPage),
    lazyPage('observatory/past', () => import('./PastFiguresPage'), (m) => m.PastFiguresPage),
    ...lazyPages(['observatory/report', 'observatory/report/:year'], () => import('./ReportPage'), (m) => m.ReportPage),
  ],
  nav: [
    { path: '/observatory/report', labelKey: 'observatory:report.nav', permission: 'staff' },
    { path: '/observatory/reach', labelKey: 'observatory:nav.reach', permission: 'staff' },
    { path: '/projects', labelKey: 'observatory:nav.projects', permission: 'observatory.follow_projects' },
    { path: '/observatory/past', labelKey: 'observatory:past.nav', permission: 'observatory.import_past' },
  ],
};
