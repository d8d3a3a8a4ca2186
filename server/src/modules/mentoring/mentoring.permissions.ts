import { definePermission } from '../../platform/auth/roles';

/** Who runs the mentoring ("Diginômes": mentors, pairs, sessions) and who reads its figures. */
export const mentoringPermissions = {
  write: definePermission('mentoring.write', ['admin', 'trainer', 'project_officer']),
  read: definePermission('mentoring.read', ['admin', 'director', 'trainer', 'project_officer']),
};
