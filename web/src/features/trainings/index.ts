import { lazyPage, type Feature } from '../../app/features';
import { TRAINING_STAFF, TRAINING_STATS } from './roles';

export const trainingsFeature: Feature = {
  id: 'trainings',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('trainings', () => import('./ProgrammesPage'), (m) => m.ProgrammesPage),
    lazyPage('trainings/stats', () => import('./TrainingStatsPage'), (m) => m.TrainingStatsPage),
    lazyPage('trainings/programmes/:id', () => import('./ProgrammePage'), (m) => m.ProgrammePage),
    lazyPage('trainings/sessions/:id', () => import('./SessionPage'), (m) => m.SessionPage),
    lazyPage('trainings/participants/:id/certificate', () => import('./CertificatePage'), (m) => m.CertificatePage),
  ],
  publicRoutes: [lazyPage('/p/evaluation/:token', () => import('./PublicEvaluationPage'), (m) => m.PublicEvaluationPage)],
  nav: [
    { path: '/trainings', labelKey: 'trainings:nav.programmes', roles: TRAINING_STAFF, group: 'main' },
    { path: '/trainings/stats', labelKey: 'trainings:nav.stats', roles: TRAINING_STATS, group: 'main' },
  ],
};
