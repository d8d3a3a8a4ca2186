import { createElement } from 'react';
import type { Feature } from '../../app/features';
import './i18n';
import { ReachPage } from './ReachPage';
import { ProjectsPage } from './ProjectsPage';
import { ReportPage } from './ReportPage';
import { DashboardWidget } from './DashboardWidget';
import { homeWidgets } from '../../app/home.registry';

homeWidgets.push({ id: 'observatory-dashboard', permission: 'staff', component: DashboardWidget });

export const observatoryFeature: Feature = {
  id: 'observatory',
  routes: [
    { path: 'observatory/reach', element: createElement(ReachPage) },
    { path: 'projects', element: createElement(ProjectsPage) },
    { path: 'observatory/report', element: createElement(ReportPage) },
    { path: 'observatory/report/:year', element: createElement(ReportPage) },
  ],
  nav: [
    { path: '/observatory/report', labelKey: 'observatory:report.nav', permission: 'staff' },
    { path: '/observatory/reach', labelKey: 'observatory:nav.reach', permission: 'staff' },
    { path: '/projects', labelKey: 'observatory:nav.projects', permission: 'observatory.follow_projects' },
  ],
};
