import { definePermission } from '../../platform/auth/roles';

/**
 * Who builds candidate profiles and proposes matches (the employment project officers, with the social workers who
 * refer people to circles), who reads them, who configures the skills catalogue, who reads the figures.
 */
export const matchingPermissions = {
  read: definePermission('matching.read', ['admin', 'director', 'project_officer', 'social_worker']),
  write: definePermission('matching.write', ['admin', 'project_officer', 'social_worker']),
  catalogue: definePermission('matching.catalogue', ['admin', 'project_officer']),
  stats: definePermission('matching.stats', ['admin', 'director', 'project_officer']),
};
