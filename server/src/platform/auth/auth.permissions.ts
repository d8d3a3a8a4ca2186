import { AUDIT_READERS, definePermission } from './roles';

/** The platform's own permissions: managing the accounts, reading the audit log, the institution's settings. */
export const platformPermissions = {
  /** create accounts, give roles, reset passwords, deactivate */
  manageUsers: definePermission('users.manage', ['admin']),
  /** read who did what and when */
  readAudit: definePermission('audit.read', AUDIT_READERS),
  /** the institution's names, address, logo and certificate issuer */
  manageInstitution: definePermission('institution.manage', ['admin']),
};
