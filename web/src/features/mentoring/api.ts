import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiBody, type Schema } from '../../app/api';

export type Mentor = Schema<'MentoringMentor'>;
export type Pair = Schema<'MentoringPair'>;
export type PairDetail = Schema<'MentoringPairDetail'>;
export type MentoringStats = Schema<'MentoringStats'>;

const keys = { all: ['mentoring'] as const };

export const useMentors = () => useQuery({ queryKey: ['mentoring', 'mentors'], queryFn: () => call(client.GET('/api/mentoring/mentors')) });
export const usePairs = () => useQuery({ queryKey: ['mentoring', 'pairs'], queryFn: () => call(client.GET('/api/mentoring/pairs', { params: { query: { status: 'open' } } })) });
export const usePair = (id: number) => useQuery({ queryKey: ['mentoring', 'pair', id], queryFn: () => call(client.GET('/api/mentoring/pairs/{id}', { params: { path: { id } } })) });
export const useMentoringStats = (year: number) => useQuery({ queryKey: ['mentoring', 'stats', year], queryFn: () => call(client.GET('/api/mentoring/stats', { params: { query: { year } } })) });

function useInvalidating<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }) });
}
export const useCreateMentor = () => useInvalidating((body: ApiBody<'/api/mentoring/mentors', 'post'>) => call(client.POST('/api/mentoring/mentors', { body })));
export const useCreatePair = () => useInvalidating((body: ApiBody<'/api/mentoring/pairs', 'post'>) => call(client.POST('/api/mentoring/pairs', { body })));
export const useUpdatePair = (id: number) =>
  useInvalidating((body: ApiBody<'/api/mentoring/pairs/{id}', 'patch'>) => call(client.PATCH('/api/mentoring/pairs/{id}', { params: { path: { id } }, body })));
export const useLogSession = (id: number) =>
  useInvalidating((body: ApiBody<'/api/mentoring/pairs/{id}/sessions', 'post'>) => call(client.POST('/api/mentoring/pairs/{id}/sessions', { params: { path: { id } }, body })));
