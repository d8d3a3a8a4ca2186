import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type Schema } from '../../app/api';

export type EmployerSpace = Schema<'MatchingEmployerSpace'>;
export type EmployerCandidate = Schema<'MatchingEmployerCandidate'>;
export type Reveal = Schema<'MatchingReveal'>;
export type PartnerSpace = Schema<'MatchingPartnerSpace'>;

const keys = {
  employer: (token: string) => ['matching', 'employer', token] as const,
  partner: (token: string) => ['matching', 'partner', token] as const,
};

export const useEmployerSpace = (token: string) =>
  useQuery({ queryKey: keys.employer(token), queryFn: () => call(client.GET('/api/public/matching/{token}', { params: { path: { token } } })), retry: false });

export function useAskToMeet(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call(client.POST('/api/public/matching/{token}/candidates/{id}/meet', { params: { path: { token, id } } })),
    onSuccess: (c) => qc.setQueryData(keys.employer(token), (old: EmployerSpace | undefined) => (old ? { ...old, candidates: old.candidates.map((x) => (x.matchId === c.matchId ? c : x)) } : old)),
  });
}

export const useReveal = (token: string) => useMutation({ mutationFn: (id: number) => call(client.POST('/api/public/matching/{token}/candidates/{id}/reveal', { params: { path: { token, id } } })) });

export const usePartnerSpace = (token: string) =>
  useQuery({ queryKey: keys.partner(token), queryFn: () => call(client.GET('/api/public/matching/appointments/{token}', { params: { path: { token } } })), retry: false });

export function usePartnerAnswer(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { confirmed?: boolean; outcome?: 'kept' | 'missed' | 'rescheduled' }) => call(client.POST('/api/public/matching/appointments/{token}', { params: { path: { token } }, body })),
    onSuccess: (s) => qc.setQueryData(keys.partner(token), s),
  });
}
