import { lazyPage, lazyPages, type Feature } from '../../app/features';

export const surveysFeature: Feature = {
  id: 'surveys',
  catalog: () => import('./i18n'),
  routes: [
    ...lazyPages(['surveys', 'screening'], () => import('./SurveysPage'), (m) => m.SurveysPage),
    lazyPage('surveys/:id', () => import('./SurveyPage'), (m) => m.SurveyPage),
    lazyPage('surveys/:id/desk', () => import('./ScreeningDeskPage'), (m) => m.ScreeningDeskPage),
  ],
  publicRoutes: [lazyPage('/p/survey/:token', () => import('./PublicSurveyPage'), (m) => m.PublicSurveyPage)],
  nav: [
    { path: '/surveys', labelKey: 'surveys:nav.surveys', permission: 'surveys.read', group: 'main' },
    { path: '/screening', labelKey: 'surveys:nav.screening', permission: 'surveys.screen', group: 'main' },
  ],
};
