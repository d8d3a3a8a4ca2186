import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiBody, type ApiQuery, type Schema } from '../../app/api';
import i18n from '../../app/i18n';

export const KINDS = ['appointment', 'drop_in', 'phone'] as const;

export interface Labelled {
  labelFr: string;
  labelNl: string;
  labelEn: string;
}
export const labelOf = (item: Labelled) => (i18n.language === 'nl' ? item.labelNl : i18n.language === 'en' ? item.labelEn : item.labelFr);

export type Category = Schema<'SocialdeskCategory'>;
export type Interview = Schema<'SocialdeskInterview'>;
export type InterviewInput = ApiBody<'/api/socialdesk/interviews', 'post'>;
export type Note = Schema<'SocialdeskNote'>;
export type Followup = Schema<'SocialdeskFollowup'>;
export type Followups = Schema<'SocialdeskFollowups'>;
export type Stats = Schema<'SocialdeskStats'>;
export type Figure = Stats['interviews']['total'];
export type Drill = Schema<'SocialdeskDrill'>;
export type InterviewsQuery = ApiQuery<'/api/socialdesk/interviews'>;
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

export const useCategories = (all = false) =>
  useQuery({ queryKey: socialKeys.categories(all), queryFn: () => call(client.GET('/api/socialdesk/categories', { params: { query: all ? { all: 'true' } : {} } })) });
export const useInterviews = (query: InterviewsQuery) =>
  useQuery({
    queryKey: socialKeys.interviews(JSON.stringify(query)),
    queryFn: () => call(client.GET('/api/socialdesk/interviews', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export const useInterview = (id: number) =>
  useQuery({ queryKey: socialKeys.interview(id), queryFn: () => call(client.GET('/api/socialdesk/interviews/{id}', { params: { path: { id } } })), enabled: id > 0 });
export const useNotes = (id: number, enabled: boolean) =>
  useQuery({ queryKey: socialKeys.notes(id), queryFn: () => call(client.GET('/api/socialdesk/interviews/{id}/notes', { params: { path: { id } } })), enabled });
export const useFollowups = (personId: number) =>
  useQuery({
    queryKey: socialKeys.followups(personId),
    queryFn: () => call(client.GET('/api/socialdesk/people/{id}/followups', { params: { path: { id: personId } } })),
    enabled: personId > 0,
  });
export const useSocialStats = (year: number) => useQuery({ queryKey: socialKeys.stats(year), queryFn: () => call(client.GET('/api/socialdesk/stats', { params: { query: { year } } })) });
export const useDrill = (year: number, key: string | null) =>
  useQuery({ queryKey: socialKeys.drill(year, key ?? ''), queryFn: () => call(client.GET('/api/socialdesk/stats/drill', { params: { query: { year, key: key! } } })), enabled: !!key });
export { useSites } from '../sites/public';
export { useOrganisations } from '../organisations/public';
export const usePerson = (id: number) =>
  useQuery({ queryKey: ['people', 'detail', id], queryFn: () => call(client.GET('/api/people/{id}', { params: { path: { id } } })), enabled: id > 0 });
export { usePersonSearch } from '../people/public';

function useInvalidating<T, V>(fn: (v: V) => Promise<T>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: ['socialdesk'] }), qc.invalidateQueries({ queryKey: ['people'] })]),
  });
}
export const useSaveInterview = (id?: number) =>
  useInvalidating(({ personId, ...body }: InterviewInput) =>
    id
      ? call(client.PATCH('/api/socialdesk/interviews/{id}', { params: { path: { id } }, body }))
      : call(client.POST('/api/socialdesk/interviews', { body: { personId, ...body } })),
  );
export const useDeleteInterview = () => useInvalidating((id: number) => call(client.DELETE('/api/socialdesk/interviews/{id}', { params: { path: { id } } })));
export const useAddNote = (interviewId: number) =>
  useInvalidating((body: string) => call(client.POST('/api/socialdesk/interviews/{id}/notes', { params: { path: { id: interviewId } }, body: { body } })));
export const useUpdateNote = () => useInvalidating(({ id, body }: { id: number; body: string }) => call(client.PATCH('/api/socialdesk/notes/{id}', { params: { path: { id } }, body: { body } })));
export const useOpenFollowup = (personId: number) =>
  useInvalidating((startDate: string) => call(client.POST('/api/socialdesk/people/{id}/followups', { params: { path: { id: personId } }, body: { startDate } })));
export const useUpdateFollowup = () =>
  useInvalidating(({ id, ...body }: { id: number } & ApiBody<'/api/socialdesk/followups/{id}', 'patch'>) =>
    call(client.PATCH('/api/socialdesk/followups/{id}', { params: { path: { id } }, body })),
  );
export const useSaveCategory = () =>
  useInvalidating(({ id, code, ...labels }: { id?: number; code?: string } & ApiBody<'/api/socialdesk/categories/{id}', 'patch'>) =>
    id
      ? call(client.PATCH('/api/socialdesk/categories/{id}', { params: { path: { id } }, body: labels }))
      : call(client.POST('/api/socialdesk/categories', { body: { code: code ?? '', labelFr: labels.labelFr ?? '', labelNl: labels.labelNl ?? '', labelEn: labels.labelEn ?? '', sortOrder: labels.sortOrder } })),
  );
