import { definePermission } from '../../platform/auth/roles';

/** Every staff member reads the sites; the administrator manages them. */
export const sitesPermissions = {
  manage: definePermission('sites.manage', ['admin']),
};
