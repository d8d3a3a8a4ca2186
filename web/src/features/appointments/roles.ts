import type { Role } from '../../app/auth';

/** Who may do what (the server checks again). Apart from api.ts: the navigation needs these, not the queries. */
export const APPOINTMENT_MANAGERS: readonly Role[] = ['admin', 'reception', 'social_worker'];
export const APPOINTMENT_READERS: readonly Role[] = ['admin', 'director', 'reception', 'social_worker'];
