import { lazyPage, type Feature } from '../../app/features';

export const offersFeature: Feature = {
  id: 'offers',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('offers', () => import('./OffersPage'), (m) => m.OffersPage),
    lazyPage('offers/exhibitors', () => import('./ExhibitorsPage'), (m) => m.ExhibitorsPage),
    lazyPage('offers/stats', () => import('./OffersStatsPage'), (m) => m.OffersStatsPage),
  ],
  publicRoutes: [
    lazyPage('/p/exhibitor/:token', () => import('./ExhibitorSpacePage'), (m) => m.ExhibitorSpacePage),
    lazyPage('/p/offers/guide/:eventId', () => import('./FairGuidePage'), (m) => m.FairGuidePage),
    lazyPage('/p/offers/:id', () => import('./PublicOfferPage'), (m) => m.PublicOfferPage),
  ],
  nav: [
    { path: '/offers', labelKey: 'offers:nav.offers', permission: 'offers.read', group: 'main' },
    { path: '/offers/exhibitors', labelKey: 'offers:nav.exhibitors', permission: 'offers.read', group: 'main' },
    { path: '/offers/stats', labelKey: 'offers:nav.stats', permission: 'offers.stats', group: 'main' },
  ],
};
