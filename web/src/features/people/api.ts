import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiAnswer, type ApiBody, type Schema } from '../../app/api';
import i18n from '../../app/i18n';
import { today } from '../../app/time';

export type Person = Schema<'Person'>;
export type PersonDetail = Schema<'PersonDetail'>;
export type Consent = Schema<'PersonConsent'>;
export type PersonHit = Schema<'PersonHit'>;
export type PeopleSearch = Schema<'PeopleSearch'>;
export type TimelineEntry = Schema<'TimelineEntry'>;
export type DuplicateCandidate = Schema<'PersonDuplicate'>;
export type SuspectedDuplicates = Schema<'PeopleSuspectedDuplicates'>;
export type SuspectedPair = SuspectedDuplicates['items'][number];
export type Commune = Schema<'Commune'>;
export type PersonExport = Schema<'GdprExport'>;
export type GdprSection = Schema<'GdprSection'>;
export type PersonInput = ApiBody<'/api/people', 'post'>;
export type PersonPatch = ApiBody<'/api/people/{id}', 'patch'>;
export type Retention = ApiAnswer<'/api/people/retention'>;

export const GENDERS = ['F', 'M', 'X', 'unspecified'] as const satisfies readonly Person['gender'][];
export const STUDY_LEVELS = ['none_primary', 'lower_secondary', 'upper_secondary', 'higher_non_university', 'university', 'foreign_not_recognised', 'unknown'] as const satisfies readonly Person['studyLevel'][];
export const PROFESSIONAL_STATUSES = ['job_seeker_actiris', 'cpas_beneficiary', 'employed', 'student', 'no_status', 'other', 'unknown'] as const satisfies readonly Person['professionalStatus'][];
export const CONSENT_PURPOSES = ['data_processing', 'contact_by_email', 'contact_by_sms', 'share_with_partners', 'photos'] as const;

export const PAGE_SIZE = 25;

export const peopleKeys = {
  all: ['people'] as const,
  search: (q: string, limit: number, offset: number) => ['people', 'search', q, limit, offset] as const,
  detail: (id: number) => ['people', 'detail', id] as const,
  timeline: (id: number) => ['people', 'detail', id, 'timeline'] as const,
  export: (id: number, includeConfidential: boolean) => ['people', 'detail', id, 'export', includeConfidential] as const,
  duplicates: (firstName: string, lastName: string, birthDate: string, excludeId?: number) => ['people', 'duplicates', firstName, lastName, birthDate, excludeId] as const,
  suspected: (page: number) => ['people', 'suspected', page] as const,
  communes: ['people', 'communes'] as const,
  retention: (page: number) => ['people', 'retention', page] as const,
};

/** "Hélène Dubois", or the erased label when the identity is gone. */
export function personName(p: { firstName: string; lastName: string; erasedAt?: string | null; erased?: boolean }, erasedLabel: string) {
  if (p.erasedAt || p.erased) return erasedLabel;
  return `${p.firstName} ${p.lastName}`.trim();
}

/**
 * Finds people by name (spelling or sound), phone number or birth date: what any page needs to pick a person.
 * Hits tell the name, birth date and commune only; the record comes with `usePerson`.
 */
export function usePersonSearch(q: string, opts: { limit?: number; page?: number; minLength?: number } = {}) {
  const limit = opts.limit ?? 8;
  const offset = ((opts.page ?? 1) - 1) * limit;
  const query = q.trim();
  const enabled = query.length >= (opts.minLength ?? 2);
  return useQuery({
    queryKey: peopleKeys.search(query, limit, offset),
    queryFn: ({ signal }) => call(client.GET('/api/people', { params: { query: { q: query, limit, offset } }, signal })),
    enabled,
    // The previous hits stay while the next ones come, not once the box is emptied (or the person picked).
    placeholderData: enabled ? keepPreviousData : undefined,
  });
}

export function usePerson(id: number) {
  return useQuery({ queryKey: peopleKeys.detail(id), queryFn: () => call(client.GET('/api/people/{id}', { params: { path: { id } } })), enabled: id > 0 });
}

export function useTimeline(id: number, enabled = true) {
  return useQuery({ queryKey: peopleKeys.timeline(id), queryFn: () => call(client.GET('/api/people/{id}/timeline', { params: { path: { id } } })), enabled: enabled && id > 0 });
}

export function usePersonExport(id: number, includeConfidential = false) {
  return useQuery({
    queryKey: peopleKeys.export(id, includeConfidential),
    queryFn: () => call(client.GET('/api/people/{id}/export', { params: { path: { id }, query: includeConfidential ? { includeConfidential: 'true' } : {} } })),
    staleTime: Infinity,
  });
}

export function useCommunes() {
  return useQuery({ queryKey: peopleKeys.communes, queryFn: () => call(client.GET('/api/people/communes')), staleTime: Infinity });
}

export function useDuplicates(input: { firstName: string; lastName: string; birthDate: string; excludeId?: number }) {
  const { firstName, lastName, birthDate, excludeId } = input;
  const enabled = `${firstName}${lastName}`.trim().length >= 3 && firstName.trim() !== '' && lastName.trim() !== '';
  return useQuery({
    queryKey: peopleKeys.duplicates(firstName, lastName, birthDate, excludeId),
    queryFn: ({ signal }) =>
      call(
        client.GET('/api/people/duplicates', {
          params: { query: { firstName, lastName, ...(/^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? { birthDate } : {}), ...(excludeId ? { excludeId } : {}) } },
          signal,
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useSuspectedDuplicates(page: number) {
  return useQuery({
    queryKey: peopleKeys.suspected(page),
    queryFn: () => call(client.GET('/api/people/suspected-duplicates', { params: { query: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

export function useNotDuplicate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ a, b }: { a: number; b: number }) => call(client.POST('/api/people/{id}/not-duplicate', { params: { path: { id: a } }, body: { otherId: b } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['people', 'suspected'] }),
  });
}

export function useCreatePerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonInput) => call(client.POST('/api/people', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}

export function useUpdatePerson(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonPatch) => call(client.PATCH('/api/people/{id}', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}

export function useAddConsent(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (purpose: (typeof CONSENT_PURPOSES)[number]) => call(client.POST('/api/people/{id}/consents', { params: { path: { id } }, body: { purpose } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.detail(id) }),
  });
}

export function useWithdrawConsent(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (consentId: number) => call(client.POST('/api/people/{id}/consents/{consentId}/withdraw', { params: { path: { id, consentId } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.detail(id) }),
  });
}

export function useMergePerson(keepId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (duplicateId: number) => call(client.POST('/api/people/{id}/merge', { params: { path: { id: keepId } }, body: { duplicateId } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}

export function useErasePerson(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call(client.POST('/api/people/{id}/erase', { params: { path: { id } }, body: { confirm: true } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}

export function useRetention(page: number) {
  return useQuery({
    queryKey: peopleKeys.retention(page),
    queryFn: () => call(client.GET('/api/people/retention', { params: { query: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

export function useSetRetention() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (years: number) => call(client.PUT('/api/people/retention', { body: { years } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['people', 'retention'] }),
  });
}

/** Today in Brussels, YYYY-MM-DD (the default first contact date). */
export const brusselsToday = today;

/** The commune's name in the UI language (Dutch names for the Brussels communes in Dutch). */
export function useCommuneName(lang = i18n.language) {
  const communes = useCommunes().data?.items;
  return (fr: string | null | undefined) => {
    if (!fr) return '';
    if (lang !== 'nl') return fr;
    return communes?.find((c) => c.fr === fr)?.nl ?? fr;
  };
}
