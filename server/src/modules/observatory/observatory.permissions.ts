import { definePermission, PEOPLE_READERS } from '../../platform/auth/roles';

/**
 * Everybody on the staff reads the report, the people reached and the projects; those who write the report
 * edit its texts and hand-entered figures; the project officers and the direction edit projects.
 */
export const observatoryPermissions = {
  /** hand-entered figures and the report's texts */
  edit: definePermission('observatory.edit', ['admin', 'director', 'project_officer', 'communication']),
  /** projects and their objectives */
  editProjects: definePermission('observatory.edit_projects', ['admin', 'director', 'project_officer']),
  /** running projects and their targets on the home page */
  followProjects: definePermission('observatory.follow_projects', ['admin', 'director', 'project_officer']),
  /**
   * the people behind a figure: those who read people; each line further needs the read permission of the
   * module that owns it (platform/reach.ts)
   */
  listPeople: definePermission('observatory.list_people', PEOPLE_READERS),
  /** past years' figures brought in from earlier reports (the direction and the administrator) */
  importPast: definePermission('observatory.import_past', ['admin', 'director']),
  /** the open-data licence and the publisher's name */
  configure: definePermission('observatory.configure', ['admin']),
};
