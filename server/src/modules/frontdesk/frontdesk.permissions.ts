import { definePermission } from '../../platform/auth/roles';

/** Who logs visitors, who reads the desk's days and figures, who configures the reasons. */
export const frontdeskPermissions = {
  write: definePermission('frontdesk.write', ['admin', 'reception']),
  read: definePermission('frontdesk.read', ['admin', 'director', 'reception', 'social_worker']),
  configure: definePermission('frontdesk.configure', ['admin', 'director']),
  /** the desk's visits month by month on the home page */
  dashboard: definePermission('frontdesk.dashboard', ['admin', 'director', 'reception']),
};
