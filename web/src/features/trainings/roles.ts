import type { Role } from '../../app/auth';

/** Who may do what (the server checks again). Apart from api.ts: the navigation needs these, not the queries. */
export const TRAINING_STAFF: readonly Role[] = ['admin', 'trainer', 'project_officer'];
export const TRAINING_STATS: readonly Role[] = ['admin', 'director', 'trainer', 'project_officer'];
