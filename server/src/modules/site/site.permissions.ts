import { definePermission } from '../../platform/auth/roles';

/** Who writes the public website (the communication officer), who reads its analytics. */
export const sitePermissions = {
  edit: definePermission('site.edit', ['admin', 'communication']),
  stats: definePermission('site.stats', ['admin', 'director', 'communication']),
};
