import { lazyPage, type Feature } from '../../app/features';

export const contestsFeature: Feature = {
  id: 'contests',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('contests', () => import('./ContestsPage'), (m) => m.ContestsPage),
    lazyPage('contests/:id', () => import('./ContestPage'), (m) => m.ContestPage),
  ],
  publicRoutes: [lazyPage('/p/jury/:token', () => import('./JuryPage'), (m) => m.JuryPage)],
  nav: [{ path: '/contests', labelKey: 'contests:nav.contests', permission: 'contests.read', group: 'main' }],
};
