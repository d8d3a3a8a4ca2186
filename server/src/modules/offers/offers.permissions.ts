import { definePermission } from '../../platform/auth/roles';

/** Who reads the offers and exhibitors, who manages them (the events team), who reads their figures. */
export const offersPermissions = {
  read: definePermission('offers.read', ['admin', 'director', 'project_officer', 'communication', 'reception']),
  write: definePermission('offers.write', ['admin', 'project_officer', 'communication']),
  stats: definePermission('offers.stats', ['admin', 'director', 'project_officer', 'communication']),
};
