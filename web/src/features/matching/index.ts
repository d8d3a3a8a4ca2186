import { lazyPage, type Feature } from '../../app/features';

/** Blind-hiring matching: staff pages (profiles, rankings, matches, circles, figures), and the employer's and partner's private links. */
export const matchingFeature: Feature = {
  id: 'matching',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('matching', () => import('./MatchingPage'), (m) => m.MatchingPage),
    lazyPage('matching/skills', () => import('./SkillsPage'), (m) => m.SkillsPage),
    lazyPage('matching/people/:personId', () => import('./ProfilePage'), (m) => m.ProfilePage),
    lazyPage('matching/offers/:offerId', () => import('./OfferCandidatesPage'), (m) => m.OfferCandidatesPage),
    lazyPage('matching/matches', () => import('./MatchesPage'), (m) => m.MatchesPage),
    lazyPage('matching/circles', () => import('./CirclesPage'), (m) => m.CirclesPage),
    lazyPage('matching/circles/:id', () => import('./CirclePage'), (m) => m.CirclePage),
    lazyPage('matching/stats', () => import('./MatchingStatsPage'), (m) => m.MatchingStatsPage),
  ],
  publicRoutes: [
    lazyPage('/p/matching/appointment/:token', () => import('./PartnerAppointmentPage'), (m) => m.PartnerAppointmentPage),
    lazyPage('/p/matching/:token', () => import('./EmployerSpacePage'), (m) => m.EmployerSpacePage),
  ],
  nav: [
    { path: '/matching', labelKey: 'matching:nav.hub', permission: 'matching.read', group: 'main' },
    { path: '/matching/matches', labelKey: 'matching:nav.matches', permission: 'matching.read', group: 'main' },
    { path: '/matching/circles', labelKey: 'matching:nav.circles', permission: 'matching.read', group: 'main' },
    { path: '/matching/stats', labelKey: 'matching:nav.stats', permission: 'matching.stats', group: 'main' },
    { path: '/matching/skills', labelKey: 'matching:skills.open', permission: 'matching.catalogue', group: 'admin' },
  ],
};
