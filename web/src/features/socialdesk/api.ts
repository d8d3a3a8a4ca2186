import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import i18n from '../../app/i18n';

export * from './roles';
export const KINDS = ['appointment', 'drop_in', 'phone'] as const;

export interface Labelled {
  labelFr: string;
  labelNl: string;
  labelEn: string;
}
export const labelOf = (item: Labelled) => (i18n.language === 'nl' ? item.labelNl : i18n.language === 'en' ? item.labelEn : item.labelFr);

export interface Category extends Labelled {
  id: number;
  code: string;
  sortOrder: number;
  active: boolean;
}
export interface Interview {
  id: number;
  personId: number;
  person: { id: number; firstName: string; lastName: string; erased: boolean } | null;
  date: string;
  siteId: number;
  siteName: string | null;
  kind: (typeof KINDS)[number];
  categories: (Labelled & { code: string })[];
  actions: string | null;
  referrals: { organisationId: number; name: string | null; note: string | null }[];
  nextStep: string | null;
  nextStepDate: string | null;
  hasConfidentialNotes: boolean;
}
export interface InterviewInput {
  personId: number;
  date: string;
  siteId: number;
  kind: string;
  categories: string[];
  actions?: string | null;
  referrals: { organisationId: number }[];
  nextStep?: string | null;
  nextStepDate?: string | null;
}
export interface Note {
  id: number;
  interviewId: number;
  body: string;
  createdAt: string;
  updatedAt: string;
}
export interface Followup {
  id: number;
  personId: number;
  startDate: string;
  endDate: string | null;
  status: 'open' | 'closed';
  closingNote: string | null;
}
export interface Followups {
  personId: number;
  status: 'open' | 'closed' | 'none';
  firstStartDate: string | null;
  current: Followup | null;
  items: Followup[];
}
export interface Figure {
  key: string;
  current: number;
  previous: number;
  change: number;
}
export interface Stats {
  year: number;
  previousYear: number;
  newArrivals: {
    total: Figure;
    byAgeClass: (Figure & { ageClass: string })[];
    byGender: (Figure & { gender: string })[];
    byStudyLevel: (Figure & { studyLevel: string })[];
    byProfessionalStatus: (Figure & { professionalStatus: string })[];
  };
  peopleSeen: { total: Figure; bySite: (Figure & { siteId: number; siteName: string })[] };
  interviews: { total: Figure; bySite: (Figure & { siteId: number; siteName: string })[]; byKind: (Figure & { kind: string })[] };
  categories: (Labelled & { code: string; interviews: Figure; people: Figure })[];
  noShows: { current: { booked: number; attended: number; noShows: number; noShowRate: number | null }; previous: { noShows: number; noShowRate: number | null } } | null;
}
export interface Drill {
  year: number;
  key: string;
  kind: 'people' | 'interviews';
  count: number;
  people: { personId: number; firstName: string; lastName: string; erased: boolean; gender: string | null; birthYear: number | null; ageClass: string; followupStart: string | null; interviews: number }[];
  interviews: Interview[];
}
export interface NamedItem {
  id: number;
  name: string;
}

export const socialKeys = {
  categories: (all: boolean) => ['socialdesk', 'categories', all] as const,
  interviews: (q: string) => ['socialdesk', 'interviews', q] as const,
  interview: (id: number) => ['socialdesk', 'interview', id] as const,
  notes: (id: number) => ['socialdesk', 'notes', id] as const,
  followups: (personId: number) => ['socialdesk', 'followups', personId] as const,
  stats: (year: number) => ['socialdesk', 'stats', year] as const,
  drill: (year: number, key: string) => ['socialdesk', 'drill', year, key] as const,
};

export const useCategories = (all = false) => useQuery({ queryKey: socialKeys.categories(all), queryFn: () => api<{ items: Category[] }>(`/api/socialdesk/categories${all ? '?all=true' : ''}`) });
export const useInterviews = (q: URLSearchParams) =>
  useQuery({ queryKey: socialKeys.interviews(q.toString()), queryFn: () => api<{ items: Interview[]; total: number }>(`/api/socialdesk/interviews?${q}`), placeholderData: keepPreviousData });
export const useInterview = (id: number) => useQuery({ queryKey: socialKeys.interview(id), queryFn: () => api<Interview>(`/api/socialdesk/interviews/${id}`), enabled: id > 0 });
export const useNotes = (id: number, enabled: boolean) =>
  useQuery({ queryKey: socialKeys.notes(id), queryFn: () => api<{ items: Note[] }>(`/api/socialdesk/interviews/${id}/notes`), enabled });
export const useFollowups = (personId: number) =>
  useQuery({ queryKey: socialKeys.followups(personId), queryFn: () => api<Followups>(`/api/socialdesk/people/${personId}/followups`), enabled: personId > 0 });
export const useSocialStats = (year: number) => useQuery({ queryKey: socialKeys.stats(year), queryFn: () => api<Stats>(`/api/socialdesk/stats?year=${year}`) });
export const useDrill = (year: number, key: string | null) =>
  useQuery({ queryKey: socialKeys.drill(year, key ?? ''), queryFn: () => api<Drill>(`/api/socialdesk/stats/drill?year=${year}&key=${encodeURIComponent(key!)}`), enabled: !!key });
export { useSites } from '../sites/public';
export { useOrganisations } from '../organisations/public';
export const usePerson = (id: number) =>
  useQuery({ queryKey: ['people', 'detail', id], queryFn: () => api<{ id: number; firstName: string; lastName: string; erasedAt: string | null }>(`/api/people/${id}`), enabled: id > 0 });
export { usePersonSearch } from '../people/public';

function useInvalidating<T, V>(fn: (v: V) => Promise<T>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: ['socialdesk'] }), qc.invalidateQueries({ queryKey: ['people'] })]),
  });
}
export const useSaveInterview = (id?: number) =>
  useInvalidating((body: InterviewInput) =>
    id ? api<Interview>(`/api/socialdesk/interviews/${id}`, { method: 'PATCH', body: { ...body, personId: undefined } }) : api<Interview>('/api/socialdesk/interviews', { method: 'POST', body }),
  );
export const useDeleteInterview = () => useInvalidating((id: number) => api(`/api/socialdesk/interviews/${id}`, { method: 'DELETE' }));
export const useAddNote = (interviewId: number) => useInvalidating((body: string) => api<Note>(`/api/socialdesk/interviews/${interviewId}/notes`, { method: 'POST', body: { body } }));
export const useUpdateNote = () => useInvalidating(({ id, body }: { id: number; body: string }) => api<Note>(`/api/socialdesk/notes/${id}`, { method: 'PATCH', body: { body } }));
export const useOpenFollowup = (personId: number) =>
  useInvalidating((startDate: string) => api<Followup>(`/api/socialdesk/people/${personId}/followups`, { method: 'POST', body: { startDate } }));
export const useUpdateFollowup = () =>
  useInvalidating(({ id, ...body }: { id: number; endDate?: string | null; closingNote?: string | null; startDate?: string }) =>
    api<Followup>(`/api/socialdesk/followups/${id}`, { method: 'PATCH', body }),
  );
export const useSaveCategory = () =>
  useInvalidating(({ id, ...body }: Partial<Category> & { id?: number }) =>
    api<Category>(id ? `/api/socialdesk/categories/${id}` : '/api/socialdesk/categories', { method: id ? 'PATCH' : 'POST', body }),
  );
