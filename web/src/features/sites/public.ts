import { useQuery } from '@tanstack/react-query';
import { call, client, type Schema } from '../../app/api';

export type Site = Schema<'Site'>;

export const sitesKeys = { list: (all: boolean) => ['sites', all] as const };

/** The Centrale's sites with their opening hours (the active ones; all of them with `all`). */
export const useSites = (all = false) =>
  useQuery({
    queryKey: sitesKeys.list(all),
    queryFn: () => call(client.GET('/api/sites', { params: { query: all ? { all: 'true' } : {} } })),
    staleTime: 300_000,
  });
