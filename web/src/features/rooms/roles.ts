import type { Role } from '../../app/auth';

/** Who may do what (the server checks again). Apart from api.ts: the navigation needs these, not the queries. */
export const ROOM_MANAGERS: readonly Role[] = ['admin', 'logistics'];
export const ROOM_STATS_READERS: readonly Role[] = ['admin', 'logistics', 'director'];
