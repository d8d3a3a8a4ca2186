import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, call, client, type ApiAnswer } from './api';
import i18n, { LANGUAGES, type Language } from './i18n';

/** The logged-in user as the server describes them, with the permissions they hold. */
export type Me = ApiAnswer<'/api/auth/me'>['user'];
export type Role = Me['roles'][number];
/** A permission the server defines (`frontdesk.write`...): what the web shows follows these, never a role list. */
export type PermissionKey = Me['permissions'][number];

/** The last reset of the account's password by an administrator. */
export type PasswordReset = NonNullable<ApiAnswer<'/api/auth/me'>['passwordReset']>;

export const meKey = ['auth', 'me'] as const;

async function fetchMe(): Promise<ApiAnswer<'/api/auth/me'> | null> {
  try {
    const me = await call(client.GET('/api/auth/me'));
    // The account speaks the language the user sees: the server's messages, exports and mails follow it.
    const shown = i18n.language as Language;
    if (me.user.locale !== shown && (LANGUAGES as readonly string[]).includes(shown)) {
      await api('/api/auth/locale', { method: 'PUT', body: { locale: shown } });
      return { ...me, user: { ...me.user, locale: shown } };
    }
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

/** The logged-in user, or null. */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000, retry: false, select: (d) => d?.user ?? null });
}

/** Who reset the logged-in user's password, and when (null if nobody did). */
export function usePasswordReset() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000, retry: false, select: (d) => d?.passwordReset ?? null });
}

/** Whether the user holds this permission ('staff': any logged-in user). */
export function can(me: Me | null | undefined, permission: PermissionKey | 'staff'): boolean {
  if (!me) return false;
  return permission === 'staff' || me.permissions.includes(permission);
}

/** Whether the logged-in user holds this permission. */
export function useCan(permission: PermissionKey | 'staff'): boolean {
  return can(useMe().data, permission);
}

/** Whether a navigation entry or widget is for this user: by permission (or, until every feature declares one, by roles). */
export function allowed(me: Me | null | undefined, entry: { permission?: PermissionKey | 'staff'; roles?: readonly Role[] | 'staff' }): boolean {
  if (entry.permission) return can(me, entry.permission);
  return entry.roles ? hasRole(me, entry.roles) : false;
}

/** @deprecated use `can` with a permission: the web copies no role list. Whether the user holds one of these roles. */
export function hasRole(me: Me | null | undefined, roles: readonly Role[] | 'staff'): boolean {
  if (!me) return false;
  if (roles === 'staff') return true;
  return roles.some((r) => me.roles.includes(r));
}

export function useLogout() {
  const qc = useQueryClient();
  return async () => {
    await api('/api/auth/logout', { method: 'POST' });
    qc.clear();
    qc.setQueryData(meKey, null);
  };
}
