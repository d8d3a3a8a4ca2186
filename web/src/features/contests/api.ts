import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiBody, type Schema } from '../../app/api';

export type Contest = Schema<'Contest'>;
export type Ranking = Schema<'ContestRanking'>;
export type JurySheet = Schema<'ContestJurySheet'>;
export type JurorLink = Schema<'ContestJurorLink'>;

const all = ['contests'] as const;
export const useContests = () => useQuery({ queryKey: ['contests', 'list'], queryFn: () => call(client.GET('/api/contests')) });
export const useContest = (id: number) => useQuery({ queryKey: ['contests', id], queryFn: () => call(client.GET('/api/contests/{id}', { params: { path: { id } } })) });
/** The ranking, refreshed every few seconds while the contest is open (live for the organisers). */
export const useRanking = (id: number, live: boolean) =>
  useQuery({ queryKey: ['contests', id, 'ranking'], queryFn: () => call(client.GET('/api/contests/{id}/ranking', { params: { path: { id } } })), refetchInterval: live ? 5_000 : false });

function useContestMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: all }) });
}
export const useCreateContest = () => useContestMutation((body: ApiBody<'/api/contests', 'post'>) => call(client.POST('/api/contests', { body })));
export const useAddCriterion = (id: number) => useContestMutation((body: ApiBody<'/api/contests/{id}/criteria', 'post'>) => call(client.POST('/api/contests/{id}/criteria', { params: { path: { id } }, body })));
export const useRemoveCriterion = (id: number) => useContestMutation((itemId: number) => call(client.DELETE('/api/contests/{id}/criteria/{itemId}', { params: { path: { id, itemId } } })));
export const useAddCandidate = (id: number) => useContestMutation((body: ApiBody<'/api/contests/{id}/candidates', 'post'>) => call(client.POST('/api/contests/{id}/candidates', { params: { path: { id } }, body })));
export const useRemoveCandidate = (id: number) => useContestMutation((itemId: number) => call(client.DELETE('/api/contests/{id}/candidates/{itemId}', { params: { path: { id, itemId } } })));
export const useAddJuror = (id: number) => useContestMutation((name: string) => call(client.POST('/api/contests/{id}/jurors', { params: { path: { id } }, body: { name } })));
export const useRenewJuror = (id: number) => useContestMutation((itemId: number) => call(client.POST('/api/contests/{id}/jurors/{itemId}/link', { params: { path: { id, itemId } } })));
export const useRevokeJuror = (id: number) => useContestMutation((itemId: number) => call(client.POST('/api/contests/{id}/jurors/{itemId}/revoke', { params: { path: { id, itemId } } })));
export const useSetConflict = (id: number) => useContestMutation((body: ApiBody<'/api/contests/{id}/conflicts', 'put'>) => call(client.PUT('/api/contests/{id}/conflicts', { params: { path: { id } }, body })));
export const useOpenCloseContest = (id: number) =>
  useContestMutation((open: boolean) => (open ? call(client.POST('/api/contests/{id}/open', { params: { path: { id } } })) : call(client.POST('/api/contests/{id}/close', { params: { path: { id } } }))));

export const useJurySheet = (token: string) =>
  useQuery({ queryKey: ['jury', token], queryFn: () => call(client.GET('/api/public/jury/{token}', { params: { path: { token } } })), retry: false });
export function useScore(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ candidateId, scores }: { candidateId: number; scores: { criterionId: number; score: number }[] }) =>
      call(client.PUT('/api/public/jury/{token}/candidates/{candidateId}', { params: { path: { token, candidateId } }, body: { scores } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['jury', token] }),
  });
}
