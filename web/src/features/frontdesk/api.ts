import { useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { api, call, client, type ApiBody, type ApiQuery, type Schema } from '../../app/api';
import i18n from '../../app/i18n';

export type Reason = Schema<'FrontdeskReason'>;
export type Visit = Schema<'FrontdeskVisit'>;
export type DayView = Schema<'FrontdeskDay'>;
export type Stats = Schema<'FrontdeskStats'>;
export type Orientation = Stats['byOrientation'][number];
export type StatsQuery = ApiQuery<'/api/frontdesk/stats'>;
export type VisitInput = ApiBody<'/api/frontdesk/visits', 'post'>;
export interface Labelled {
  labelFr: string;
  labelNl: string;
  labelEn: string;
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
  stats: (q: StatsQuery) => ['frontdesk', 'stats', q] as const,
};

export const useReasons = (all = false) =>
  useQuery({
    queryKey: frontdeskKeys.reasons(all),
    queryFn: () => call(client.GET('/api/frontdesk/reasons', { params: { query: all ? { all: 'true' } : {} } })),
  });
export { useSites as useSitesList } from '../sites/public';
export { useOrganisations as useOrganisationsList } from '../organisations/public';
export const useDay = (siteId: number | null, date: string) =>
  useQuery({
    queryKey: frontdeskKeys.day(siteId ?? 0, date),
    queryFn: () => call(client.GET('/api/frontdesk/day', { params: { query: { siteId: siteId!, date } } })),
    enabled: !!siteId,
    refetchInterval: 60_000,
  });
export const useFrontdeskStats = (query: StatsQuery) =>
  useQuery({
    queryKey: frontdeskKeys.stats(query),
    queryFn: () => call(client.GET('/api/frontdesk/stats', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export { usePersonSearch } from '../people/public';

export function useLogVisit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: VisitInput) => call(client.POST('/api/frontdesk/visits', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['frontdesk'] }),
  });
}
/** Corrects a logged visit (time, reason, orientation, note). */
export function useUpdateVisit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number } & ApiBody<'/api/frontdesk/visits/{id}', 'patch'>) => call(client.PATCH('/api/frontdesk/visits/{id}', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['frontdesk'] }),
  });
}
export function useDeleteVisit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call(client.DELETE('/api/frontdesk/visits/{id}', { params: { path: { id } } })),
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
    // An id: a change (PATCH takes any of the fields); no id: a new item, with its code and labels.
    mutationFn: ({ id, code, ...patch }: Partial<ApiBody<'/api/frontdesk/reasons', 'post'>> & { id?: number; active?: boolean }) =>
      id
        ? call(client.PATCH('/api/frontdesk/reasons/{id}', { params: { path: { id } }, body: patch }))
        : call(client.POST('/api/frontdesk/reasons', { body: { ...patch, code } as ApiBody<'/api/frontdesk/reasons', 'post'> })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['frontdesk', 'reasons'] }),
  });
}
