import { definePermission } from '../../platform/auth/roles';

export const epnPermissions = {
  /** the EPN's visits month by month on the home page */
  dashboard: definePermission('epn.dashboard', ['admin', 'director', 'trainer', 'reception']),
};
