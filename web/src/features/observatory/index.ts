import { createElement } from 'react';
import type { Feature } from '../../app/features';
import './i18n';
import { ReachPage } from './ReachPage';
import { ProjectsPage } from './ProjectsPage';
import { ReportPage } from './ReportPage';
import { DashboardWidget } from './DashboardWidget';
import { homeWidgets } from '../../app/home.registry';

homeWidgets.push({ id: 'observatory-dashboard', roles: 'staff', component: DashboardWidget });

export const observatoryFeature: Feature = {
  id: 'observatory',
  routes: [
    { path: 'observatory/reach', element: createElement(ReachPage) },
    { path: 'projects', element: createElement(ProjectsPage) },
    { path: 'observatory/report', element: createElement(ReportPage) },
    { path: 'observatory/report/:year', element: createElement(ReportPage) },
  ],
  nav: [
    { path: '/observatory/report', labelKey: 'observatory:report.nav', roles: 'staff' },
    { path: '/observatory/reach', labelKey: 'observatory:nav.reach', roles: ['admin', 'director', 'project_officer', 'communication', 'social_worker', 'trainer', 'logistics', 'reception'] },
    { path: '/projects', labelKey: 'observatory:nav.projects', roles: ['admin', 'director', 'project_officer'] },
  ],
};
