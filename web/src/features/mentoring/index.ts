import { lazyPage, type Feature } from '../../app/features';

export const mentoringFeature: Feature = {
  id: 'mentoring',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('mentoring', () => import('./MentoringPage'), (m) => m.MentoringPage),
    lazyPage('mentoring/pairs/:id', () => import('./PairPage'), (m) => m.PairPage),
  ],
  nav: [{ path: '/mentoring', labelKey: 'mentoring:nav.pairs', permission: 'mentoring.read', group: 'main' }],
};
