import { createElement } from 'react';
import type { Feature } from '../../app/features';
import { OutboxPage } from './OutboxPage';
import './i18n';

export const outboxFeature: Feature = {
  id: 'outbox',
  routes: [{ path: 'outbox', element: createElement(OutboxPage) }],
  nav: [{ path: '/outbox', labelKey: 'outbox:nav.outbox', permission: 'staff', group: 'main' }],
};
