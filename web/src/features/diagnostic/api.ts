import { useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiBody, type ApiQuery, type Schema } from '../../app/api';

export type DiagnosticItem = Schema<'DiagnosticItem'>;
export type DiagnosticState = Schema<'DiagnosticState'>;
export type DiagnosticStarted = Schema<'DiagnosticStarted'>;
export type DiagnosticResult = Schema<'DiagnosticResult'>;
export type DiagnosticSession = Schema<'DiagnosticSession'>;
export type DiagnosticDetail = Schema<'DiagnosticSessionDetail'>;
export type DiagnosticStats = Schema<'DiagnosticStats'>;
export type BankItem = Schema<'DiagnosticBankItem'>;
export type AreaLevel = DiagnosticState['levels'] extends (infer T)[] | null ? T : never;
export type Lang = 'fr' | 'nl' | 'en';
export const AREAS = ['information', 'communication', 'content', 'safety', 'problem_solving'] as const;
export const LEVELS = [0, 1, 2, 3, 4] as const;

export const diagnosticKeys = {
  sessions: (q: object) => ['diagnostic', 'sessions', q] as const,
  session: (id: number) => ['diagnostic', 'session', id] as const,
  progress: (id: number) => ['diagnostic', 'progress', id] as const,
  stats: (q: object) => ['diagnostic', 'stats', q] as const,
  bank: ['diagnostic', 'bank'] as const,
  programmeLevels: ['diagnostic', 'programme-levels'] as const,
};

// ---------- taking it (the token stays in the page's memory: nothing is written on the device) ----------
export const startAlone = (body: ApiBody<'/api/public/diagnostic', 'post'>) => call(client.POST('/api/public/diagnostic', { body }));
export const startHelped = (body: ApiBody<'/api/diagnostic/sessions', 'post'>) => call(client.POST('/api/diagnostic/sessions', { body }));
export const sendAnswer = (token: string, body: ApiBody<'/api/public/diagnostic/{token}/answers', 'post'>) =>
  call(client.POST('/api/public/diagnostic/{token}/answers', { params: { path: { token } }, body }));
export const fetchResult = (token: string, locale: Lang) => call(client.GET('/api/public/diagnostic/{token}/result', { params: { path: { token }, query: { locale } } }));

export const useResult = (token: string | null, locale: Lang) =>
  useQuery({ queryKey: ['diagnostic', 'result', token, locale], queryFn: () => fetchResult(token!, locale), enabled: !!token, gcTime: 0 });

// ---------- staff ----------
export type SessionsQuery = ApiQuery<'/api/diagnostic/sessions'>;
export const useSessions = (query: SessionsQuery) =>
  useQuery({ queryKey: diagnosticKeys.sessions(query), queryFn: () => call(client.GET('/api/diagnostic/sessions', { params: { query } })), placeholderData: keepPreviousData });
export const useSessionDetail = (id: number) => useQuery({ queryKey: diagnosticKeys.session(id), queryFn: () => call(client.GET('/api/diagnostic/sessions/{id}', { params: { path: { id } } })) });
export const useProgress = (personId: number | null) =>
  useQuery({ queryKey: diagnosticKeys.progress(personId ?? 0), queryFn: () => call(client.GET('/api/diagnostic/people/{id}/progress', { params: { path: { id: personId! } } })), enabled: !!personId });
export type StatsQuery = ApiQuery<'/api/diagnostic/stats'>;
export const useDiagnosticStats = (query: StatsQuery) =>
  useQuery({ queryKey: diagnosticKeys.stats(query), queryFn: () => call(client.GET('/api/diagnostic/stats', { params: { query } })), placeholderData: keepPreviousData });
export const useBank = () => useQuery({ queryKey: diagnosticKeys.bank, queryFn: () => call(client.GET('/api/diagnostic/items')) });
export const useProgrammeLevels = () => useQuery({ queryKey: diagnosticKeys.programmeLevels, queryFn: () => call(client.GET('/api/diagnostic/programme-levels')) });

export function useSetItemActive() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ code, active }: { code: string; active: boolean }) => call(client.PATCH('/api/diagnostic/items/{code}', { params: { path: { code } }, body: { active } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: diagnosticKeys.bank }),
  });
}
export function useSetProgrammeLevels() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, minLevel, maxLevel }: { id: number; minLevel: number; maxLevel: number }) =>
      call(client.PUT('/api/diagnostic/programme-levels/{id}', { params: { path: { id } }, body: { minLevel, maxLevel } })),
    onSuccess: (data) => qc.setQueryData(diagnosticKeys.programmeLevels, data),
  });
}

/** The text of an item or option in a language. */
export const inLang = (texts: { fr: string; nl: string; en: string }, lang: string) => (lang === 'nl' ? texts.nl : lang === 'en' ? texts.en : texts.fr);

// ---------- partner service accounts (administrator) ----------
export type PartnerAccount = Schema<'DiagnosticPartnerAccount'>;
const partnerKey = ['diagnostic', 'partner-accounts'] as const;
export const usePartnerAccounts = () => useQuery({ queryKey: partnerKey, queryFn: () => call(client.GET('/api/diagnostic/partner-accounts')) });
export function useCreatePartnerAccount() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/diagnostic/partner-accounts', 'post'>) => call(client.POST('/api/diagnostic/partner-accounts', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: partnerKey }),
  });
}
export function useUpdatePartnerAccount() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, ...body }: { userId: number } & ApiBody<'/api/diagnostic/partner-accounts/{userId}', 'patch'>) =>
      call(client.PATCH('/api/diagnostic/partner-accounts/{userId}', { params: { path: { userId } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: partnerKey }),
  });
}
/** A temporary password (14 characters, no look-alike letters); the partner changes it at first login. */
export function temporaryPassword(length = 14): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(crypto.getRandomValues(new Uint8Array(length)), (b) => alphabet[b % alphabet.length]).join('');
}
