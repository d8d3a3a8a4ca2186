import type { ComponentType } from 'react';
import type { Role } from './auth';

/** Dashboard widgets shown on the home page, each to the roles it concerns. Features append theirs here. */
export interface HomeWidget {
  id: string;
  roles: readonly Role[] | 'staff';
  component: ComponentType;
}
export const homeWidgets: HomeWidget[] = [];
