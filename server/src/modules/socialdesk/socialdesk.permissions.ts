import { definePermission } from '../../platform/auth/roles';

/**
 * Who records interviews, who reads them (never the confidential notes), who alone handles the notes, who reads
 * the desk's figures and who configures its problem categories. What the social desk knows (categories, actions,
 * next steps, referrals, appointment purposes) is for the holders of `read` only: every other answer shows at most
 * that something took place, on a date.
 */
export const socialdeskPermissions = {
  read: definePermission('socialdesk.read', ['admin', 'director', 'social_worker']),
  write: definePermission('socialdesk.write', ['admin', 'social_worker']),
  /** confidential notes: the social worker only, not the director, not an admin */
  notes: definePermission('socialdesk.notes', ['social_worker']),
  /** the desk's statistics, their drill-down to people and their export */
  stats: definePermission('socialdesk.stats', ['director', 'social_worker']),
  configure: definePermission('socialdesk.configure', ['admin', 'social_worker']),
  /**
   * The problem categories: the configurable list and, counted over a year, the report's chart. For the desk, the
   * director and the project officers who write the report; not for communication or logistics (issue 9), nor for
   * reception and trainers, whose work needs them neither.
   */
  categories: definePermission('socialdesk.categories', ['admin', 'director', 'social_worker', 'project_officer']),
};
