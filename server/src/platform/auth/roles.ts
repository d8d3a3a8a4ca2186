/** Staff roles, as in the Centrale's org chart. A user may hold several. */
export const ROLES = [
  'admin',
  'director',
  'reception',
  'social_worker',
  'trainer',
  'project_officer',
  'communication',
  'logistics',
  /** a worker of a partner service (another commune's employment service): sees only what its organisation made */
  'partner',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a route lets in. Every route declares one; a route that declares nothing is refused.
 * - 'public': anybody, without an account (health, login, the public pages).
 * - 'staff': any logged-in member of the Centrale's staff, whatever the role (the menu, shared lists);
 * - 'account': any logged-in user, a partner service's worker included (their own account).
 * - a list of roles: logged-in users holding at least one of them.
 */
export type Access = 'public' | 'staff' | 'account' | readonly Role[] | Permission;

/** Roles of people outside the Centrale (a partner service's worker): not staff, so no 'staff' route lets them in. */
export const OUTSIDE_ROLES = ['partner'] as const satisfies readonly Role[];
const isStaff = (roles: readonly Role[]) => roles.some((r) => !(OUTSIDE_ROLES as readonly Role[]).includes(r));

/**
 * A named permission: what a group of roles may do (`frontdesk.write`). Routes declare one as their access,
 * and `/api/auth/me` lists the permissions the user holds, so that the web shows only what the server allows
 * and copies no role list. Modules define theirs at load time (`<module>.permissions.ts`).
 */
export interface Permission {
  readonly key: string;
  readonly roles: readonly Role[];
}

const permissions = new Map<string, Permission>();

export function definePermission(key: string, roles: readonly Role[]): Permission {
  if (!/^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/.test(key)) throw new Error(`permission key ${key}: use module.action`);
  const existing = permissions.get(key);
  if (existing) {
    if (existing.roles.join() !== roles.join()) throw new Error(`permission ${key} defined twice with different roles`);
    return existing;
  }
  const p: Permission = Object.freeze({ key, roles: Object.freeze([...roles]) });
  permissions.set(key, p);
  return p;
}

/** Every permission defined so far, sorted by key. */
export function allPermissions(): Permission[] {
  return [...permissions.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** The keys of the permissions these roles hold. */
export function permissionsOf(roles: readonly Role[]): string[] {
  return allPermissions()
    .filter((p) => p.roles.some((r) => roles.includes(r)))
    .map((p) => p.key);
}

const isPermission = (a: Access): a is Permission => typeof a === 'object' && a !== null && 'key' in a;

/** The roles an access lets in ('staff': any logged-in user). Not for 'public'. */
export function accessRoles(access: Exclude<Access, 'public'>): 'staff' | readonly Role[] {
  if (access === 'staff' || access === 'account') return 'staff';
  return isPermission(access) ? access.roles : access;
}

/** Role groups that several modules share. The admin runs the installation and may do what staff do,
 * except read confidential social notes, which only the social worker role may read. */
export const PEOPLE_READERS = ['admin', 'director', 'reception', 'social_worker', 'trainer', 'project_officer'] as const satisfies readonly Role[];
export const PEOPLE_WRITERS = ['admin', 'reception', 'social_worker', 'trainer', 'project_officer'] as const satisfies readonly Role[];
export const GDPR_OFFICERS = ['admin', 'director'] as const satisfies readonly Role[];
export const AUDIT_READERS = ['admin', 'director'] as const satisfies readonly Role[];
export const ADMINS = ['admin'] as const satisfies readonly Role[];

export function allows(access: Access | undefined, roles: readonly Role[] | undefined): boolean {
  if (access === undefined) return false;
  if (access === 'public') return true;
  if (!roles) return false;
  // 'account': any logged-in user, a partner included (their own account); 'staff': a member of the Centrale's staff.
  if (access === 'account') return roles.length > 0;
  const allowed = accessRoles(access);
  if (allowed === 'staff') return isStaff(roles);
  return allowed.some((r) => roles.includes(r));
}
