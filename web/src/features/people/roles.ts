import type { Role } from '../../app/auth';

/** Who may do what (the server checks again). Apart from api.ts: the navigation needs these, not the queries. */
export const PEOPLE_READERS: readonly Role[] = ['admin', 'director', 'reception', 'social_worker', 'trainer', 'project_officer'];
export const PEOPLE_WRITERS: readonly Role[] = ['admin', 'reception', 'social_worker', 'trainer', 'project_officer'];
export const PEOPLE_MERGERS: readonly Role[] = ['admin', 'director', 'reception', 'social_worker'];
export const GDPR_OFFICERS: readonly Role[] = ['admin', 'director'];
