import type { Role } from '../../app/auth';

/** Who may do what (the server checks again). Apart from api.ts: the navigation needs these, not the queries. */
export const AUDIT_READERS: readonly Role[] = ['admin', 'director'];
export const ADMINS: readonly Role[] = ['admin'];
