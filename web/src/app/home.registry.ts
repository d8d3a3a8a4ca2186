import type { ComponentType } from 'react';
import type { PermissionKey, Role } from './auth';

/** Dashboard widgets shown on the home page, each to the roles it concerns. Features append theirs here. */
export interface HomeWidget {
  id: string;
  /** who sees it: a permission the server defines ('staff': any logged-in user) */
  permission?: PermissionKey | 'staff';
  /** @deprecated role list, until the feature declares a permission */
  roles?: readonly Role[] | 'staff';
  component: ComponentType;
}
export const homeWidgets: HomeWidget[] = [];
