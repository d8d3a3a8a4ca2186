import type { Role } from '../../app/auth';

/** Who may do what (the server checks again). Apart from api.ts: the navigation needs these, not the queries. */
export const FRONTDESK_WRITERS: readonly Role[] = ['admin', 'reception'];
export const FRONTDESK_READERS: readonly Role[] = ['admin', 'director', 'reception', 'social_worker'];
export const FRONTDESK_CONFIG: readonly Role[] = ['admin', 'director'];
