import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { TFunction } from 'i18next';

export * from './roles';

export const GENDERS = ['F', 'M', 'X'] as const;
export const AGE_BRACKETS = ['under_20', '20_30', '30_40', '40_50', '50_60', '60_plus'] as const;
export type Gender = (typeof GENDERS)[number];
export type AgeBracket = (typeof AGE_BRACKETS)[number];

export interface HelpKind {
  id: number;
  code: string | null;
  label: string;
  position: number;
  active: boolean;
}
export interface Workstation {
  id: number;
  name: string;
  state: 'available' | 'out_of_order';
  stateNote: string | null;
  position: number;
  active: boolean;
}
export interface BoardVisit {
  id: number;
  personId: number | null;
  label: string | null;
  gender: Gender | null;
  ageBracket: AgeBracket | null;
  helpKindIds: number[];
  since: string;
  minutes: number;
}
export interface Board {
  now: string;
  day: string;
  isOpen: boolean;
  openingHours: { weekday: number; from: string; to: string }[];
  workstations: { id: number; name: string; state: 'free' | 'in_use' | 'out_of_order'; stateNote: string | null; visit: BoardVisit | null }[];
  waiting: (BoardVisit & { position: number })[];
  todayCount: number;
}
export interface YearStats {
  year: number;
  visits: number;
  identifiedVisits: number;
  anonymousVisits: number;
  distinctPeople: number;
  coachingSessions: number;
  autoClosed: number;
  averageMinutes: number | null;
  perMonth: number[];
  bySex: Record<'F' | 'M' | 'X' | 'unknown', number>;
  byAgeBracket: Record<AgeBracket | 'unknown', number>;
  byHelpKind: { id: number; code: string | null; label: string; count: number }[];
}
export type Stats = YearStats & {
  previous: YearStats;
  change: Record<'visits' | 'distinctPeople' | 'anonymousVisits' | 'coachingSessions', { difference: number; percent: number | null }>;
};
export interface CheckInInput {
  personId?: number;
  gender?: Gender;
  ageBracket?: AgeBracket;
  label?: string;
  workstationId?: number;
  helpKindIds?: number[];
}

export const epnKeys = {
  all: ['epn'] as const,
  board: ['epn', 'board'] as const,
  helpKinds: ['epn', 'help-kinds'] as const,
  workstations: ['epn', 'workstations'] as const,
  stats: (year: number) => ['epn', 'stats', year] as const,
};

/** The built-in kinds of help are translated; kinds added by users show their own label. */
export function helpLabel(k: HelpKind | undefined, t: TFunction<'epn'>): string {
  if (!k) return '';
  return k.code ? String(t(`help.${k.code}`, { defaultValue: k.label })) : k.label;
}

export const useBoard = () =>
  useQuery({ queryKey: epnKeys.board, queryFn: ({ signal }) => api<Board>('/api/epn/board', { signal }), refetchInterval: 30_000 });
export const useHelpKinds = () =>
  useQuery({ queryKey: epnKeys.helpKinds, queryFn: ({ signal }) => api<{ items: HelpKind[] }>('/api/epn/help-kinds?all=true', { signal }).then((r) => r.items) });
export const useWorkstations = () =>
  useQuery({ queryKey: epnKeys.workstations, queryFn: ({ signal }) => api<{ items: Workstation[] }>('/api/epn/workstations?all=true', { signal }).then((r) => r.items) });
export const useEpnStats = (year: number) => useQuery({ queryKey: epnKeys.stats(year), queryFn: ({ signal }) => api<Stats>(`/api/epn/stats/${year}`, { signal }) });

/**
 * A write ends with the server's answer; the lists it changed are refetched after, without holding it. (Returning
 * the refetch from onSuccess kept the mutation pending until every EPN query was back: the new row was already on
 * the page while the form still waited to be reset, and that late reset erased what the user had typed next.)
 */
function useEpnMutation<I>(fn: (input: I) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: epnKeys.all });
    },
  });
}
export const useCheckIn = () => useEpnMutation((input: CheckInInput) => api('/api/epn/visits', { method: 'POST', body: input }));
export const useCheckOut = () =>
  useEpnMutation(({ id, helpKindIds }: { id: number; helpKindIds?: number[] }) => api(`/api/epn/visits/${id}/check-out`, { method: 'POST', body: helpKindIds ? { helpKindIds } : {} }));
export const useSeat = () => useEpnMutation(({ id, workstationId }: { id: number; workstationId?: number }) => api(`/api/epn/visits/${id}/seat`, { method: 'POST', body: workstationId ? { workstationId } : {} }));
export const useCreateWorkstation = () => useEpnMutation((input: { name: string }) => api('/api/epn/workstations', { method: 'POST', body: input }));
export const useUpdateWorkstation = () =>
  useEpnMutation(({ id, ...patch }: { id: number; state?: Workstation['state']; stateNote?: string | null; active?: boolean; name?: string }) =>
    api(`/api/epn/workstations/${id}`, { method: 'PATCH', body: patch }),
  );
export const useCreateHelpKind = () => useEpnMutation((input: { label: string }) => api('/api/epn/help-kinds', { method: 'POST', body: input }));
export const useUpdateHelpKind = () => useEpnMutation(({ id, ...patch }: { id: number; active?: boolean; label?: string }) => api(`/api/epn/help-kinds/${id}`, { method: 'PATCH', body: patch }));

/** People search for linking a visit or an enrolment to a person of the registry. */
export { usePersonSearch } from '../people/public';
