import { definePermission } from '../../platform/auth/roles';

/** Every staff member reads the partner organisations; the administrator manages the registry. */
export const organisationsPermissions = {
  manage: definePermission('organisations.manage', ['admin']),
};
