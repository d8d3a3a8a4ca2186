import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiBody, type Schema } from '../../app/api';
import type { TFunction } from 'i18next';

export const GENDERS = ['F', 'M', 'X'] as const;
export const AGE_BRACKETS = ['under_20', '20_30', '30_40', '40_50', '50_60', '60_plus'] as const satisfies readonly NonNullable<Schema<'EpnVisit'>['ageBracket']>[];
export type Gender = NonNullable<Schema<'EpnVisit'>['gender']>;
export type AgeBracket = (typeof AGE_BRACKETS)[number];

export type HelpKind = Schema<'EpnHelpKind'>;
export type Workstation = Schema<'EpnWorkstation'>;
export type Board = Schema<'EpnBoard'>;
export type BoardVisit = NonNullable<Board['workstations'][number]['visit']>;
export type Stats = Schema<'EpnStats'>;
export type CheckInInput = ApiBody<'/api/epn/visits', 'post'>;

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

export const useBoard = () => useQuery({ queryKey: epnKeys.board, queryFn: ({ signal }) => call(client.GET('/api/epn/board', { signal })), refetchInterval: 30_000 });
export const useHelpKinds = () =>
  useQuery({ queryKey: epnKeys.helpKinds, queryFn: ({ signal }) => call(client.GET('/api/epn/help-kinds', { params: { query: { all: 'true' } }, signal })).then((r) => r.items) });
export const useWorkstations = () =>
  useQuery({ queryKey: epnKeys.workstations, queryFn: ({ signal }) => call(client.GET('/api/epn/workstations', { params: { query: { all: 'true' } }, signal })).then((r) => r.items) });
export const useEpnStats = (year: number) =>
  useQuery({ queryKey: epnKeys.stats(year), queryFn: ({ signal }) => call(client.GET('/api/epn/stats', { params: { query: { year } }, signal })) });

/**
 * A write ends with the server's answer; the lists it changed are refetched after, without holding it. (Returning
 * the refetch from onSuccess kept the mutation pending until every EPN query was back: the new row was already on
 * the page while the form still waited to be reset, and that late reset erased what the user had typed next.)
 */
function useEpnMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: epnKeys.all });
    },
  });
}
export const useCheckIn = () => useEpnMutation((body: CheckInInput) => call(client.POST('/api/epn/visits', { body })));
export const useCheckOut = () =>
  useEpnMutation(({ id, helpKindIds }: { id: number; helpKindIds?: number[] }) =>
    call(client.POST('/api/epn/visits/{id}/check-out', { params: { path: { id } }, body: helpKindIds ? { helpKindIds } : {} })),
  );
export const useSeat = () =>
  useEpnMutation(({ id, workstationId }: { id: number; workstationId?: number }) =>
    call(client.POST('/api/epn/visits/{id}/seat', { params: { path: { id } }, body: workstationId ? { workstationId } : {} })),
  );
export const useCreateWorkstation = () => useEpnMutation((body: ApiBody<'/api/epn/workstations', 'post'>) => call(client.POST('/api/epn/workstations', { body })));
export const useUpdateWorkstation = () =>
  useEpnMutation(({ id, ...body }: { id: number } & ApiBody<'/api/epn/workstations/{id}', 'patch'>) => call(client.PATCH('/api/epn/workstations/{id}', { params: { path: { id } }, body })));
export const useCreateHelpKind = () => useEpnMutation((body: ApiBody<'/api/epn/help-kinds', 'post'>) => call(client.POST('/api/epn/help-kinds', { body })));
export const useUpdateHelpKind = () =>
  useEpnMutation(({ id, ...body }: { id: number } & ApiBody<'/api/epn/help-kinds/{id}', 'patch'>) => call(client.PATCH('/api/epn/help-kinds/{id}', { params: { path: { id } }, body })));

/** People search for linking a visit or an enrolment to a person of the registry. */
export { usePersonSearch } from '../people/public';
