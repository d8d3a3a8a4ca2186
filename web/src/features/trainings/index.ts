import { lazyPage, type Feature } from '../../app/features';

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
    { path: '/trainings', labelKey: 'trainings:nav.programmes', permission: 'trainings.manage', group: 'main' },
    { path: '/trainings/stats', labelKey: 'trainings:nav.stats', permission: 'trainings.stats', group: 'main' },
  ],
};
