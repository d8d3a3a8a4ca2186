import { Suspense, createElement, lazy, type ComponentType, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { PermissionKey, Role } from './auth';
import { Loading } from '../ui/Loading';

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
  /**
   * Loads the feature's catalog (`() => import('./i18n')`): the staff shell loads every feature's before it
   * shows the navigation; pages import their own `./i18n`, so that a public page gets only its feature's.
   */
  catalog?: () => Promise<unknown>;
}

/**
 * A route whose page comes in its own chunk, loaded when the route is first visited, so that a page downloads
 * only what it uses: `lazyPage('rooms', () => import('./RoomsCalendarPage'), (m) => m.RoomsCalendarPage)`.
 * The first time, a spinner shows until it is there; a link followed later keeps the current page meanwhile
 * (navigations are transitions).
 */
export function lazyPage<M>(path: string, load: () => Promise<M>, page: (module: M) => ComponentType): RouteObject {
  return { path, element: lazyElement(load, page) };
}

/** One page at several addresses (the same component: moving between them keeps the page, as one route would). */
export function lazyPages<M>(paths: string[], load: () => Promise<M>, page: (module: M) => ComponentType): RouteObject[] {
  const element = lazyElement(load, page);
  return paths.map((path) => ({ path, element }));
}

/** The element of such a page (for an index route: `{ index: true, element: lazyElement(...) }`). */
export function lazyElement<M>(load: () => Promise<M>, page: (module: M) => ComponentType): ReactNode {
  return createElement(Suspense, { fallback: createElement(Loading) }, createElement(lazyComponent(load, page)));
}

/** React.lazy for a named export. */
export function lazyComponent<M>(load: () => Promise<M>, component: (module: M) => ComponentType): ComponentType {
  return lazy(async () => ({ default: component(await load()) }));
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
