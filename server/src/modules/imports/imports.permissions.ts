import { definePermission } from '../../platform/auth/roles';

/** Who brings files and other tools' records into the registry (and undoes an import). */
export const importsPermissions = {
  run: definePermission('imports.run', ['admin', 'director']),
};
