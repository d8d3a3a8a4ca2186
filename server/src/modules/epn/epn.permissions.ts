import { definePermission } from '../../platform/auth/roles';

/** Who runs the room, who configures it, who reads its figures. */
export const epnPermissions = {
  /** the desk of the space: the board, check-in and check-out, the waiting list, past visits (the IT trainer, reception filling in) */
  desk: definePermission('epn.desk', ['admin', 'trainer', 'reception']),
  /** the room's configuration: PCs, kinds of help, opening hours */
  configure: definePermission('epn.configure', ['admin', 'trainer']),
  /** the space's statistics and their export */
  stats: definePermission('epn.stats', ['admin', 'director', 'trainer', 'reception']),
  /** the EPN's visits month by month on the home page */
  dashboard: definePermission('epn.dashboard', ['admin', 'director', 'trainer', 'reception']),
};
