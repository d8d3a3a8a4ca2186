import { useMutation, useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import { api } from '../../app/api';
import i18n from '../../app/i18n';

export * from './roles';

export interface Labelled {
  labelFr: string;
  labelNl: string;
  labelEn: string;
}
export interface Reason extends Labelled {
  id: number;
  code: string;
  sortOrder: number;
  active: boolean;
}
export interface Visit {
  id: number;
  at: string;
  localDate: string;
  localTime: string;
  siteId: number;
  siteName: string | null;
  personId: number | null;
  person: { id: number; firstName: string; lastName: string; erased: boolean } | null;
  reason: Labelled & { id: number; code: string };
  orientationService: string | null;
  orientationOrganisation: { id: number; name: string } | null;
  outOfHours: boolean;
  note: string | null;
}
export interface DayView {
  date: string;
  site: { id: number; name: string };
  openingHours: { from: string; to: string }[];
  count: number;
  anonymous: number;
  outOfHours: number;
  byReason: { code: string; count: number }[];
  items: Visit[];
}
export interface Orientation {
  key: string;
  kind: 'none' | 'service' | 'organisation';
  code: string | null;
  organisationId: number | null;
  name: string | null;
  count: number;
}
export interface Stats {
  from: string;
  to: string;
  groupBy: 'day' | 'month' | 'year';
  total: number;
  anonymous: number;
  identified: number;
  distinctPeople: number;
  outOfHours: number;
  periods: { period: string; total: number; anonymous: number; outOfHours: number; distinctPeople: number; byReason: Record<string, number>; byOrientation: Record<string, number> }[];
  byReason: (Labelled & { code: string; count: number })[];
  byOrientation: Orientation[];
}
export interface VisitInput {
  siteId: number;
  at?: string;
  personId?: number | null;
  reason: string;
  orientationService?: string | null;
  orientationOrganisationId?: number | null;
  note?: string | null;
}
export interface NamedItem {
  id: number;
  name: string;
}
export interface PersonHit {
  id: number;
  firstName: string;
  lastName: string;
  birthDate: string | null;
}

/** The label of a configurable item in the UI language. */
export const labelOf = (item: Labelled) => (i18n.language === 'nl' ? item.labelNl : i18n.language === 'en' ? item.labelEn : item.labelFr);

export const frontdeskKeys = {
  reasons: (all: boolean) => ['frontdesk', 'reasons', all] as const,
  day: (siteId: number, date: string) => ['frontdesk', 'day', siteId, date] as const,
  stats: (q: string) => ['frontdesk', 'stats', q] as const,
};

export const useReasons = (all = false) =>
  useQuery({ queryKey: frontdeskKeys.reasons(all), queryFn: () => api<{ items: Reason[]; internalServices: string[] }>(`/api/frontdesk/reasons${all ? '?all=true' : ''}`) });
export const useSitesList = () => useQuery({ queryKey: ['sites', false], queryFn: () => api<{ items: NamedItem[] }>('/api/sites') });
export const useOrganisationsList = () => useQuery({ queryKey: ['organisations', '', false], queryFn: () => api<{ items: NamedItem[] }>('/api/organisations') });
export const useDay = (siteId: number | null, date: string) =>
  useQuery({
    queryKey: frontdeskKeys.day(siteId ?? 0, date),
    queryFn: () => api<DayView>(`/api/frontdesk/day?siteId=${siteId}&date=${date}`),
    enabled: !!siteId,
    refetchInterval: 60_000,
  });
export const useFrontdeskStats = (query: URLSearchParams) =>
  useQuery({ queryKey: frontdeskKeys.stats(query.toString()), queryFn: () => api<Stats>(`/api/frontdesk/stats?${query}`), placeholderData: keepPreviousData });
export const usePersonSearch = (q: string) =>
  useQuery({
    queryKey: ['people', 'search', q, 1],
    queryFn: ({ signal }) => api<{ items: PersonHit[]; total: number }>(`/api/people?${new URLSearchParams({ q, limit: '6' })}`, { signal }),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });

export function useLogVisit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: VisitInput) => api<Visit>('/api/frontdesk/visits', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['frontdesk'] }),
  });
}
export function useDeleteVisit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api(`/api/frontdesk/visits/${id}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['frontdesk'] }),
  });
}
export function useQuickCreatePerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { firstName: string; lastName: string; confirmNotDuplicate?: boolean }) => api<PersonHit>('/api/people', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['people'] }),
  });
}
export function useSaveReason() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<Reason> & { id?: number }) =>
      api<Reason>(id ? `/api/frontdesk/reasons/${id}` : '/api/frontdesk/reasons', { method: id ? 'PATCH' : 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['frontdesk', 'reasons'] }),
  });
}
