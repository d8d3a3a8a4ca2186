import { useQuery } from '@tanstack/react-query';
import { call, client, type Schema } from '../../app/api';

export type Organisation = Schema<'Organisation'>;

export const organisationsKeys = { list: (q: string, all: boolean) => ['organisations', q, all] as const };

/** The partner organisations of the registry, by name (the active ones; all with `all`; those whose name contains `q`). */
export const useOrganisations = (q = '', all = false) =>
  useQuery({
    queryKey: organisationsKeys.list(q, all),
    queryFn: () => call(client.GET('/api/organisations', { params: { query: { ...(q ? { q } : {}), ...(all ? { all: 'true' } : {}) } } })),
    staleTime: 300_000,
  });
