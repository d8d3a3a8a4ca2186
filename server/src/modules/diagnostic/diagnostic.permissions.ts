import { definePermission } from '../../platform/auth/roles';

/**
 * Who records a diagnostic with a person (trainers, mentors' coordinators, partner workers), who reads results,
 * who keeps the item bank and the orientation, who reads the figures. A partner account sees only what its
 * organisation made (the database decides: diagnostic_visible_sessions).
 */
export const diagnosticPermissions = {
  take: definePermission('diagnostic.take', ['admin', 'reception', 'social_worker', 'trainer', 'project_officer', 'partner']),
  read: definePermission('diagnostic.read', ['admin', 'director', 'social_worker', 'trainer', 'project_officer', 'partner']),
  configure: definePermission('diagnostic.configure', ['admin', 'trainer']),
  /** tie partner accounts to their organisation */
  partners: definePermission('diagnostic.partners', ['admin']),
  stats: definePermission('diagnostic.stats', ['admin', 'director', 'trainer', 'project_officer', 'partner']),
};
