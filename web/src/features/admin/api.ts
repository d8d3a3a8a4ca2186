import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { Role } from '../../app/auth';

export const ROLES: Role[] = ['admin', 'director', 'reception', 'social_worker', 'trainer', 'project_officer', 'communication', 'logistics', 'partner'];
export const SITE_KINDS = ['main', 'desk', 'antenna'] as const;
export const ORGANISATION_TYPES = ['public_employment', 'social_welfare', 'training', 'employer', 'association', 'public_service', 'other'] as const;
export * from './roles';

export interface User {
  id: number;
  email: string;
  name: string;
  roles: Role[];
  locale: 'fr' | 'nl' | 'en';
  active: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}
export interface OpeningPeriod {
  weekday: number;
  from: string;
  to: string;
}
export interface Site {
  id: number;
  name: string;
  kind: (typeof SITE_KINDS)[number];
  address: string | null;
  postalCode: string | null;
  openingHours: OpeningPeriod[];
  active: boolean;
}
export interface Organisation {
  id: number;
  name: string;
  type: (typeof ORGANISATION_TYPES)[number];
  address: string | null;
  postalCode: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  contactName: string | null;
  services: string | null;
  isInternalPartner: boolean;
  active: boolean;
}
export interface AuditEntry {
  id: number;
  at: string;
  actorUserId: number | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown> | null;
  ip: string | null;
}
export interface AuditFilters {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  from?: string;
  to?: string;
}

export const adminKeys = {
  users: ['admin', 'users'] as const,
  sites: (all: boolean) => ['admin', 'sites', all] as const,
  organisations: (q: string, all: boolean) => ['admin', 'organisations', q, all] as const,
  audit: (filters: AuditFilters, page: number) => ['admin', 'audit', filters, page] as const,
};

export const AUDIT_PAGE_SIZE = 50;

export function useUsers(enabled = true) {
  return useQuery({ queryKey: adminKeys.users, queryFn: () => api<{ items: User[] }>('/api/users'), enabled });
}
export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; name: string; roles: Role[]; locale: string; password: string; mustChangePassword: boolean }) =>
      api<User>('/api/users', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.users }),
  });
}
export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number; email?: string; name?: string; roles?: Role[]; locale?: string; active?: boolean }) =>
      api<User>(`/api/users/${id}`, { method: 'PATCH', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.users }),
  });
}
export function useResetPassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, password }: { id: number; password: string }) => api(`/api/users/${id}/password`, { method: 'POST', body: { password } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.users }),
  });
}

export function useSites(all: boolean) {
  return useQuery({ queryKey: adminKeys.sites(all), queryFn: () => api<{ items: Site[] }>(`/api/sites${all ? '?all=true' : ''}`) });
}
export function useSaveSite() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: Omit<Site, 'id'> & { id?: number }) =>
      id ? api<Site>(`/api/sites/${id}`, { method: 'PATCH', body }) : api<Site>('/api/sites', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['admin', 'sites'] }),
  });
}

export function useOrganisations(q: string, all: boolean) {
  return useQuery({
    queryKey: adminKeys.organisations(q, all),
    queryFn: () => {
      const p = new URLSearchParams();
      if (q) p.set('q', q);
      if (all) p.set('all', 'true');
      return api<{ items: Organisation[] }>(`/api/organisations?${p}`);
    },
    placeholderData: keepPreviousData,
  });
}
export function useSaveOrganisation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: Omit<Organisation, 'id'> & { id?: number }) =>
      id ? api<Organisation>(`/api/organisations/${id}`, { method: 'PATCH', body }) : api<Organisation>('/api/organisations', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['admin', 'organisations'] }),
  });
}

export function useAudit(filters: AuditFilters, page: number) {
  return useQuery({
    queryKey: adminKeys.audit(filters, page),
    queryFn: () => {
      const p = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE), offset: String((page - 1) * AUDIT_PAGE_SIZE) });
      for (const [k, v] of Object.entries(filters)) if (v) p.set(k, v);
      return api<{ items: AuditEntry[]; total: number }>(`/api/audit?${p}`);
    },
    placeholderData: keepPreviousData,
  });
}

/** A random temporary password (12 characters, no look-alike letters). */
export function randomPassword(length = 12): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
