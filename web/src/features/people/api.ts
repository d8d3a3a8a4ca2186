import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import i18n from '../../app/i18n';

export const GENDERS = ['F', 'M', 'X', 'unspecified'] as const;
export const STUDY_LEVELS = ['none_primary', 'lower_secondary', 'upper_secondary', 'higher_non_university', 'university', 'foreign_not_recognised', 'unknown'] as const;
export const PROFESSIONAL_STATUSES = ['job_seeker_actiris', 'cpas_beneficiary', 'employed', 'student', 'no_status', 'other'] as const;
export const CONSENT_PURPOSES = ['data_processing', 'contact_by_email', 'contact_by_sms', 'share_with_partners', 'photos'] as const;

export * from './roles';

export interface Person {
  id: number;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  birthYear: number | null;
  age: number | null;
  gender: (typeof GENDERS)[number];
  studyLevel: (typeof STUDY_LEVELS)[number];
  professionalStatus: (typeof PROFESSIONAL_STATUSES)[number];
  postalCode: string | null;
  commune: string | null;
  neighbourhood: string | null;
  phone: string | null;
  email: string | null;
  languages: string[];
  niss: string | null;
  firstContactDate: string;
  notes: string | null;
  mergedIntoId: number | null;
  erasedAt: string | null;
  lastActivityAt: string;
  createdAt: string;
  updatedAt: string;
}
export interface Consent {
  id: number;
  personId: number;
  purpose: string;
  givenAt: string;
  recordedBy: number | null;
  withdrawnAt: string | null;
}
export type PersonDetail = Person & { consents: Consent[] };
export interface TimelineEntry {
  at: string;
  module: string;
  kind: string;
  summary?: string | null;
  redacted?: boolean;
  link?: string;
}
export interface DuplicateCandidate {
  id: number;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  postalCode: string | null;
  score: number;
  reason: 'same_name_and_birth_date' | 'similar_name';
}
export interface Commune {
  fr: string;
  nl: string;
  postalCodes: string[];
}
export interface PersonExport {
  exportedAt: string;
  person: Person;
  consents: Consent[];
  timeline: TimelineEntry[];
  accessLog: { at: string; action: string; actorName: string | null }[];
}
export type PersonInput = {
  firstName: string;
  lastName: string;
  birthDate?: string | null;
  gender?: Person['gender'];
  studyLevel?: Person['studyLevel'];
  professionalStatus?: Person['professionalStatus'];
  postalCode?: string | null;
  commune?: string | null;
  neighbourhood?: string | null;
  phone?: string | null;
  email?: string | null;
  languages?: string[];
  niss?: string | null;
  firstContactDate?: string;
  notes?: string | null;
  confirmNotDuplicate?: boolean;
  consents?: string[];
};

export const PAGE_SIZE = 25;

export const peopleKeys = {
  all: ['people'] as const,
  search: (q: string, page: number) => ['people', 'search', q, page] as const,
  detail: (id: number) => ['people', 'detail', id] as const,
  timeline: (id: number) => ['people', 'detail', id, 'timeline'] as const,
  export: (id: number) => ['people', 'detail', id, 'export'] as const,
  duplicates: (firstName: string, lastName: string, birthDate: string, excludeId?: number) => ['people', 'duplicates', firstName, lastName, birthDate, excludeId] as const,
  communes: ['people', 'communes'] as const,
  retention: (page: number) => ['people', 'retention', page] as const,
};

/** "Hélène Dubois", or the erased label when the identity is gone. */
export function personName(p: Pick<Person, 'firstName' | 'lastName' | 'erasedAt'>, erasedLabel: string) {
  if (p.erasedAt) return erasedLabel;
  return `${p.firstName} ${p.lastName}`.trim();
}

export function usePeopleSearch(q: string, page: number) {
  return useQuery({
    queryKey: peopleKeys.search(q, page),
    queryFn: ({ signal }) =>
      api<{ items: Person[]; total: number }>(`/api/people?${new URLSearchParams({ q, limit: String(PAGE_SIZE), offset: String((page - 1) * PAGE_SIZE) })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: number) {
  return useQuery({ queryKey: peopleKeys.detail(id), queryFn: () => api<PersonDetail>(`/api/people/${id}`), enabled: id > 0 });
}

export function useTimeline(id: number, enabled = true) {
  return useQuery({ queryKey: peopleKeys.timeline(id), queryFn: () => api<{ items: TimelineEntry[] }>(`/api/people/${id}/timeline`), enabled: enabled && id > 0 });
}

export function usePersonExport(id: number) {
  return useQuery({ queryKey: peopleKeys.export(id), queryFn: () => api<PersonExport>(`/api/people/${id}/export`), staleTime: Infinity });
}

export function useCommunes() {
  return useQuery({ queryKey: peopleKeys.communes, queryFn: () => api<{ items: Commune[] }>('/api/people/communes'), staleTime: Infinity });
}

export function useDuplicates(input: { firstName: string; lastName: string; birthDate: string; excludeId?: number }) {
  const { firstName, lastName, birthDate, excludeId } = input;
  const enabled = `${firstName}${lastName}`.trim().length >= 3 && firstName.trim() !== '' && lastName.trim() !== '';
  return useQuery({
    queryKey: peopleKeys.duplicates(firstName, lastName, birthDate, excludeId),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ firstName, lastName });
      if (/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) params.set('birthDate', birthDate);
      if (excludeId) params.set('excludeId', String(excludeId));
      return api<{ items: DuplicateCandidate[] }>(`/api/people/duplicates?${params}`, { signal });
    },
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useCreatePerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: PersonInput) => api<Person>('/api/people', { method: 'POST', body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}

export function useUpdatePerson(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<PersonInput>) => api<Person>(`/api/people/${id}`, { method: 'PATCH', body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}

export function useAddConsent(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (purpose: string) => api<Consent>(`/api/people/${id}/consents`, { method: 'POST', body: { purpose } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.detail(id) }),
  });
}

export function useWithdrawConsent(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (consentId: number) => api<Consent>(`/api/people/${id}/consents/${consentId}/withdraw`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.detail(id) }),
  });
}

export function useMergePerson(keepId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (duplicateId: number) => api<Person>(`/api/people/${keepId}/merge`, { method: 'POST', body: { duplicateId } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}

export function useErasePerson(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<Person>(`/api/people/${id}/erase`, { method: 'POST', body: { confirm: true } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}

export function useRetention(page: number) {
  return useQuery({
    queryKey: peopleKeys.retention(page),
    queryFn: () =>
      api<{ years: number; cutoff: string; items: Person[]; total: number }>(
        `/api/people/retention?${new URLSearchParams({ limit: String(PAGE_SIZE), offset: String((page - 1) * PAGE_SIZE) })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSetRetention() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (years: number) => api<{ years: number }>('/api/people/retention', { method: 'PUT', body: { years } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['people', 'retention'] }),
  });
}

/** Today in Brussels, YYYY-MM-DD (the default first contact date). */
export function brusselsToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The commune's name in the UI language (Dutch names for the Brussels communes in Dutch). */
export function useCommuneName() {
  const communes = useCommunes().data?.items;
  const lang = i18n.language;
  return (fr: string | null | undefined) => {
    if (!fr) return '';
    if (lang !== 'nl') return fr;
    return communes?.find((c) => c.fr === fr)?.nl ?? fr;
  };
}
