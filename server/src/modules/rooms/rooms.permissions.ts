import { definePermission } from '../../platform/auth/roles';

/**
 * Who does what with rooms. Any staff member (access 'staff') sees the rooms' calendar and requests a booking; logistics (and the
 * admin, who may act for it) manage rooms and decide; the director reads the figures too. Only those who manage
 * rooms read what a public requester gave (name, e-mail, phone, the body they typed).
 */
export const roomsPermissions = {
  /** rooms, closures, confirming and refusing, the requesters' contact details, the organisations' settings */
  manage: definePermission('rooms.manage', ['admin', 'logistics']),
  /** the statistics and the monthly statements */
  stats: definePermission('rooms.stats', ['admin', 'logistics', 'director']),
  /** room bookings month by month on the home page */
  dashboard: definePermission('rooms.dashboard', ['admin', 'director', 'logistics']),
};
