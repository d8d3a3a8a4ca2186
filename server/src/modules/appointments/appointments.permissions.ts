import { definePermission, type Permission } from '../../platform/auth/roles';
import { socialdeskPermissions } from '../socialdesk/socialdesk.permissions';
import type { DeskModule } from './appointments.table';

/** Who books and manages appointments and desks, who reads calendars and figures, who sees a person's appointments. */
export const appointmentsPermissions = {
  /** reception and the social worker (and the admin) */
  manage: definePermission('appointments.manage', ['admin', 'reception', 'social_worker']),
  /** the managers and the director */
  read: definePermission('appointments.read', ['admin', 'director', 'reception', 'social_worker']),
  /** a person's appointments on their record: every people reader, who sees the desk's busy slots only unless the desk's content is theirs */
  /** the day's appointments on the home page: those who hold desks and those who book them */
  today: definePermission('appointments.today', ['reception', 'social_worker']),
  person: definePermission('appointments.person', ['admin', 'director', 'reception', 'social_worker', 'trainer', 'project_officer']),
};


/** Who reads what a desk's appointments are about: the social desk's desks for the social desk; a general desk for appointment readers. */
export const DESK_CONTENT: Record<DeskModule, Permission> = {
  socialdesk: socialdeskPermissions.read,
  appointments: appointmentsPermissions.read,
};
