import { createElement } from 'react';
import type { Feature } from '../../app/features';
import { UsersPage } from './UsersPage';
import { SitesPage } from './SitesPage';
import { OrganisationsPage } from './OrganisationsPage';
import { AuditPage } from './AuditPage';
import { ADMINS, AUDIT_READERS } from './api';
import './i18n';

export const adminFeature: Feature = {
  id: 'admin',
  routes: [
    { path: 'admin/users', element: createElement(UsersPage) },
    { path: 'admin/sites', element: createElement(SitesPage) },
    { path: 'admin/organisations', element: createElement(OrganisationsPage) },
    { path: 'admin/audit', element: createElement(AuditPage) },
  ],
  nav: [
    { path: '/admin/users', labelKey: 'admin:nav.users', roles: ADMINS, group: 'admin' },
    { path: '/admin/sites', labelKey: 'admin:nav.sites', roles: ADMINS, group: 'admin' },
    { path: '/admin/organisations', labelKey: 'admin:nav.organisations', roles: ADMINS, group: 'admin' },
    { path: '/admin/audit', labelKey: 'admin:nav.audit', roles: AUDIT_READERS, group: 'admin' },
  ],
};
