import { definePermission } from '../../platform/auth/roles';

/** Who runs trainings, who reads their figures. */
export const trainingsPermissions = {
  /** programmes, sessions, participants, attendance, evaluations, outcomes, certificates: the IT trainer and the project officers */
  manage: definePermission('trainings.manage', ['admin', 'trainer', 'project_officer']),
  /** the trainings' statistics and the outcomes of a programme */
  stats: definePermission('trainings.stats', ['admin', 'director', 'trainer', 'project_officer']),
};
