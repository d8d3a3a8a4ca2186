import { lazyPage, type Feature } from '../../app/features';

export const siteFeature: Feature = {
  id: 'site',
  catalog: () => import('./i18n'),
  routes: [lazyPage('site', () => import('./SitePage'), (m) => m.SitePage)],
  nav: [{ path: '/site', labelKey: 'site:nav.site', permission: 'site.edit', group: 'main' }],
};
