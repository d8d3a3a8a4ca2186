import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiQuery, type Schema } from '../../app/api';

export type OutboxMessage = Schema<'OutboxMessage'>;
export type OutboxQuery = ApiQuery<'/api/outbox'>;

export const outboxKeys = { list: (q: OutboxQuery) => ['outbox', q] as const };

export const useOutbox = (query: OutboxQuery) =>
  useQuery({ queryKey: outboxKeys.list(query), queryFn: () => call(client.GET('/api/outbox', { params: { query } })), placeholderData: keepPreviousData, refetchInterval: 60_000 });

export function useMarkDone() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call(client.POST('/api/outbox/{id}/done', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['outbox'] }),
  });
}
export function useRetry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call(client.POST('/api/outbox/{id}/retry', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['outbox'] }),
  });
}
