import { definePermission } from '../../platform/auth/roles';

/**
 * The IT trainer (role trainer) keeps the Centrale's, the ALE's and the EPN's machines; logistics lends
 * equipment for fairs and events; the director reads the register (the auditors' inventory).
 */
export const equipmentPermissions = {
  read: definePermission('equipment.read', ['admin', 'director', 'trainer', 'logistics']),
  manage: definePermission('equipment.manage', ['admin', 'trainer', 'logistics']),
};
