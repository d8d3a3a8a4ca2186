import { lazyPage, type Feature } from '../../app/features';

export const outboxFeature: Feature = {
  id: 'outbox',
  catalog: () => import('./i18n'),
  routes: [lazyPage('outbox', () => import('./OutboxPage'), (m) => m.OutboxPage)],
  nav: [{ path: '/outbox', labelKey: 'outbox:nav.outbox', permission: 'staff', group: 'main' }],
};
