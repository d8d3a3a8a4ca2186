import { definePermission } from '../../platform/auth/roles';

export const observatoryPermissions = {
  /** running projects and their targets on the home page */
  followProjects: definePermission('observatory.follow_projects', ['admin', 'director', 'project_officer']),
};
