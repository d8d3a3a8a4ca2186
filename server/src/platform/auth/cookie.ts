export const SESSION_COOKIE = 'relais_session';
