import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiBody, type ApiQuery, type Schema } from '../../app/api';
import type { Role } from '../../app/auth';

export type User = Schema<'User'>;
export type Site = Schema<'Site'>;
export type OpeningPeriod = Site['openingHours'][number];
export type Organisation = Schema<'Organisation'>;
export type AuditEntry = Schema<'AuditEntry'>;
type SiteBody = ApiBody<'/api/sites', 'post'>;
type OrganisationBody = ApiBody<'/api/organisations', 'post'>;

/** Every value of a union, as a list for a form; the compiler fails when the server adds or removes one. */
const every =
  <T extends string>() =>
  <L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : 'missing a value')) =>
    list;
export const ROLES = every<Role>()(['admin', 'director', 'reception', 'social_worker', 'trainer', 'project_officer', 'communication', 'logistics', 'partner'] as const);
export const SITE_KINDS = every<Site['kind']>()(['main', 'desk', 'antenna'] as const);
export const ORGANISATION_TYPES = every<NonNullable<ApiBody<'/api/organisations/{id}', 'patch'>['type']>>()([
  'public_employment',
  'social_welfare',
  'training',
  'employer',
  'association',
  'public_service',
  'other',
] as const);

export type AuditFilters = Partial<Record<'action' | 'entityType' | 'entityId' | 'actorUserId' | 'from' | 'to', string>>;

export const adminKeys = {
  users: ['admin', 'users'] as const,
  sites: (all: boolean) => ['admin', 'sites', all] as const,
  organisations: (q: string, all: boolean) => ['admin', 'organisations', q, all] as const,
  audit: (filters: AuditFilters, page: number) => ['admin', 'audit', filters, page] as const,
};

export const AUDIT_PAGE_SIZE = 50;

export function useUsers(enabled = true) {
  return useQuery({ queryKey: adminKeys.users, queryFn: () => call(client.GET('/api/users')), enabled });
}
export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/users', 'post'>) => call(client.POST('/api/users', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.users }),
  });
}
export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number } & ApiBody<'/api/users/{id}', 'patch'>) => call(client.PATCH('/api/users/{id}', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.users }),
  });
}
export function useResetPassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, password }: { id: number; password: string }) => call(client.POST('/api/users/{id}/password', { params: { path: { id } }, body: { password } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.users }),
  });
}

export function useSites(all: boolean) {
  return useQuery({ queryKey: adminKeys.sites(all), queryFn: () => call(client.GET('/api/sites', { params: { query: all ? { all: 'true' } : {} } })) });
}
export function useSaveSite() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: SiteBody & { id?: number }) =>
      id ? call(client.PATCH('/api/sites/{id}', { params: { path: { id } }, body })) : call(client.POST('/api/sites', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['admin', 'sites'] }),
  });
}

export function useOrganisations(q: string, all: boolean) {
  return useQuery({
    queryKey: adminKeys.organisations(q, all),
    queryFn: () => {
      const query: ApiQuery<'/api/organisations'> = {};
      if (q) query.q = q;
      if (all) query.all = 'true';
      return call(client.GET('/api/organisations', { params: { query } }));
    },
    placeholderData: keepPreviousData,
  });
}
export function useSaveOrganisation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: OrganisationBody & { id?: number }) =>
      id ? call(client.PATCH('/api/organisations/{id}', { params: { path: { id } }, body })) : call(client.POST('/api/organisations', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['admin', 'organisations'] }),
  });
}

export function useAudit(filters: AuditFilters, page: number) {
  return useQuery({
    queryKey: adminKeys.audit(filters, page),
    queryFn: () => {
      const query: ApiQuery<'/api/audit'> = { limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE };
      if (filters.action) query.action = filters.action;
      if (filters.entityType) query.entityType = filters.entityType;
      if (filters.entityId) query.entityId = filters.entityId;
      if (filters.actorUserId) query.actorUserId = Number(filters.actorUserId);
      if (filters.from) query.from = filters.from;
      if (filters.to) query.to = filters.to;
      return call(client.GET('/api/audit', { params: { query } }));
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

export type InstitutionBody = ApiBody<'/api/institution', 'put'>;
export type LogoBody = ApiBody<'/api/institution/logo', 'put'>;
/** The institution's settings: the admin saves them; every page reading `useInstitution` then shows the new ones. */
export function useSaveInstitution() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: InstitutionBody) => call(client.PUT('/api/institution', { body })),
    onSuccess: (data) => qc.setQueryData(['institution'], data),
  });
}
export function useSetLogo() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LogoBody) => call(client.PUT('/api/institution/logo', { body })),
    onSuccess: (data) => qc.setQueryData(['institution'], data),
  });
}
export function useRemoveLogo() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call(client.DELETE('/api/institution/logo')),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['institution'] }),
  });
}
