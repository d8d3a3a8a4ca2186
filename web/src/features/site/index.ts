import { lazyPage, type Feature } from '../../app/features';

export const siteFeature: Feature = {
  id: 'site',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('site', () => import('./SitePage'), (m) => m.SitePage),
    lazyPage('site/services', () => import('./ServicesPage'), (m) => m.ServicesPage),
    lazyPage('site/stats', () => import('./SiteStatsPage'), (m) => m.SiteStatsPage),
  ],
  nav: [
    { path: '/site', labelKey: 'site:nav.site', permission: 'site.edit', group: 'main' },
    { path: '/site/services', labelKey: 'site:nav.services', permission: 'site.edit', group: 'main' },
    { path: '/site/stats', labelKey: 'site:nav.stats', permission: 'site.stats', group: 'main' },
  ],
};
