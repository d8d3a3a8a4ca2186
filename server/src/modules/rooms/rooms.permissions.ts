import { definePermission } from '../../platform/auth/roles';

export const roomsPermissions = {
  /** room bookings month by month on the home page */
  dashboard: definePermission('rooms.dashboard', ['admin', 'director', 'logistics']),
};
