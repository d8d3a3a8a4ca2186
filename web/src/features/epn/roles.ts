import type { Role } from '../../app/auth';

/** Who may do what (the server checks again). Apart from api.ts: the navigation needs these, not the queries. */
export const EPN_DESK: readonly Role[] = ['admin', 'trainer', 'reception'];
export const EPN_CONFIG: readonly Role[] = ['admin', 'trainer'];
export const EPN_STATS: readonly Role[] = ['admin', 'director', 'trainer', 'reception'];
