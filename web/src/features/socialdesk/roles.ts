import type { Role } from '../../app/auth';

/**
 * Who may do what (the server checks again). Confidential notes: the social worker role only.
 * Apart from api.ts: the navigation needs these, not the queries.
 */
export const SOCIALDESK_WRITERS: readonly Role[] = ['admin', 'social_worker'];
export const SOCIALDESK_READERS: readonly Role[] = ['admin', 'director', 'social_worker'];
export const CONFIDENTIAL_NOTES: readonly Role[] = ['social_worker'];
export const SOCIALDESK_STATS: readonly Role[] = ['director', 'social_worker'];
export const SOCIALDESK_CONFIG: readonly Role[] = ['admin', 'social_worker'];
