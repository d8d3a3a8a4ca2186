import { definePermission } from '../../platform/auth/roles';

/** Who writes surveys and screening rules, who reads their results, who screens candidates at a fair's entrance. */
export const surveysPermissions = {
  manage: definePermission('surveys.manage', ['admin', 'director', 'project_officer', 'communication', 'trainer']),
  read: definePermission('surveys.read', ['admin', 'director', 'project_officer', 'communication', 'trainer']),
  screen: definePermission('surveys.screen', ['admin', 'director', 'project_officer', 'communication', 'reception']),
};
