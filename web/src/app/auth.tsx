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

export const meKey = ['auth', 'me'] as const;

/** The logged-in user, or null. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async () => {
      try {
        return (await api<{ user: Me }>('/api/auth/me')).user;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
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
