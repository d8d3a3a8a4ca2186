import { createElement } from 'react';
import type { Feature } from '../../app/features';
import { ProgrammesPage } from './ProgrammesPage';
import { ProgrammePage } from './ProgrammePage';
import { SessionPage } from './SessionPage';
import { CertificatePage } from './CertificatePage';
import { PublicEvaluationPage } from './PublicEvaluationPage';
import { TrainingStatsPage } from './TrainingStatsPage';
import { TRAINING_STAFF, TRAINING_STATS } from './api';
import './i18n';

export const trainingsFeature: Feature = {
  id: 'trainings',
  routes: [
    { path: 'trainings', element: createElement(ProgrammesPage) },
    { path: 'trainings/stats', element: createElement(TrainingStatsPage) },
    { path: 'trainings/programmes/:id', element: createElement(ProgrammePage) },
    { path: 'trainings/sessions/:id', element: createElement(SessionPage) },
    { path: 'trainings/participants/:id/certificate', element: createElement(CertificatePage) },
  ],
  publicRoutes: [{ path: '/p/evaluation/:token', element: createElement(PublicEvaluationPage) }],
  nav: [
    { path: '/trainings', labelKey: 'trainings:nav.programmes', roles: TRAINING_STAFF, group: 'main' },
    { path: '/trainings/stats', labelKey: 'trainings:nav.stats', roles: TRAINING_STATS, group: 'main' },
  ],
};
