import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from './api';

export type Role = 'admin' | 'director' | 'reception' | 'social_worker' | 'trainer' | 'project_officer' | 'communication' | 'logistics';
export interface Me {
  id: number;
  email: string;
  name: string;
  roles: Role[];
  locale: 'fr' | 'nl' | 'en';
  mustChangePassword: boolean;
}

/** The last reset of the account's password by an administrator. */
export interface PasswordReset {
  by: string;
  at: string;
}

export const meKey = ['auth', 'me'] as const;

async function fetchMe(): Promise<{ user: Me; passwordReset: PasswordReset | null } | null> {
  try {
    return await api<{ user: Me; passwordReset: PasswordReset | null }>('/api/auth/me');
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

/** Whether the user holds one of these roles ('staff' = any logged-in user). */
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
