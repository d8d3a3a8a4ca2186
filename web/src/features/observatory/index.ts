import { createElement } from 'react';
import type { Feature } from '../../app/features';
import './i18n';
import { ReachPage } from './ReachPage';
import { ProjectsPage } from './ProjectsPage';

export const observatoryFeature: Feature = {
  id: 'observatory',
  routes: [
    { path: 'observatory/reach', element: createElement(ReachPage) },
    { path: 'projects', element: createElement(ProjectsPage) },
  ],
  nav: [
    { path: '/observatory/reach', labelKey: 'observatory:nav.reach', roles: ['admin', 'director', 'project_officer', 'communication', 'social_worker', 'trainer', 'logistics', 'reception'] },
    { path: '/projects', labelKey: 'observatory:nav.projects', roles: ['admin', 'director', 'project_officer'] },
  ],
};
