import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { PermissionKey, Role } from './auth';

/**
 * A feature plugs into the shell with one of these (see web/FEATURES.md): its routes, and its
 * entries in the navigation, shown only to the roles that may use them (the server checks again).
 */
export interface Feature {
  id: string;
  /** routes under the app layout (logged-in staff) */
  routes?: RouteObject[];
  /** routes outside the layout and without login (public pages, screens) */
  publicRoutes?: RouteObject[];
  nav?: NavEntry[];
}

export interface NavEntry {
  path: string;
  /** i18n key, with its namespace: 'people:nav.title' */
  labelKey: string;
  /** who sees the entry: a permission the server defines ('staff': any logged-in user) */
  permission?: PermissionKey | 'staff';
  /** @deprecated role list, until the feature declares a permission */
  roles?: readonly Role[] | 'staff';
  icon?: ReactNode;
  /** 'main' (daily work) or 'admin' */
  group?: 'main' | 'admin';
}
