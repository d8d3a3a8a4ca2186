import { lazyPage, type Feature } from '../../app/features';

export const adminFeature: Feature = {
  id: 'admin',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('admin/users', () => import('./UsersPage'), (m) => m.UsersPage),
    lazyPage('admin/sites', () => import('./SitesPage'), (m) => m.SitesPage),
    lazyPage('admin/organisations', () => import('./OrganisationsPage'), (m) => m.OrganisationsPage),
    lazyPage('admin/institution', () => import('./InstitutionPage'), (m) => m.InstitutionPage),
    lazyPage('admin/audit', () => import('./AuditPage'), (m) => m.AuditPage),
  ],
  nav: [
    { path: '/admin/users', labelKey: 'admin:nav.users', permission: 'users.manage', group: 'admin' },
    { path: '/admin/sites', labelKey: 'admin:nav.sites', permission: 'sites.manage', group: 'admin' },
    { path: '/admin/organisations', labelKey: 'admin:nav.organisations', permission: 'organisations.manage', group: 'admin' },
    { path: '/admin/institution', labelKey: 'admin:nav.institution', permission: 'institution.manage', group: 'admin' },
    { path: '/admin/audit', labelKey: 'admin:nav.audit', permission: 'audit.read', group: 'admin' },
  ],
};
