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
] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a route lets in. Every route declares one; a route that declares nothing is refused.
 * - 'public': anybody, without an account (health, login, the public pages).
 * - 'staff': any logged-in user, whatever the role (their own account, the menu).
 * - a list of roles: logged-in users holding at least one of them.
 */
export type Access = 'public' | 'staff' | readonly Role[];

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
  if (access === 'staff') return true;
  return access.some((r) => roles.includes(r));
}
