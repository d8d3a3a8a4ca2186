import { definePermission } from '../../platform/auth/roles';

/** Who runs a contest (candidates, criteria, jurors, closing) and who follows its ranking. */
export const contestsPermissions = {
  manage: definePermission('contests.manage', ['admin', 'director', 'project_officer', 'communication']),
  read: definePermission('contests.read', ['admin', 'director', 'project_officer', 'communication']),
};
