import { definePermission } from '../../platform/auth/roles';

/** Who reads events, who organises them, who works the door (check-in, desk registration, door counter), who reads the figures. */
export const eventsPermissions = {
  read: definePermission('events.read', ['admin', 'director', 'reception', 'project_officer', 'communication', 'logistics']),
  manage: definePermission('events.manage', ['admin', 'director', 'project_officer', 'communication']),
  checkin: definePermission('events.checkin', ['admin', 'director', 'reception', 'project_officer', 'communication']),
  stats: definePermission('events.stats', ['admin', 'director', 'project_officer', 'communication']),
};
