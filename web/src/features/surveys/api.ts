import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiBody, type Schema } from '../../app/api';
import i18n from '../../app/i18n';

export type Survey = Schema<'Survey'>;
export type Question = Schema<'SurveyQuestion'>;
export type Results = Schema<'SurveyResults'>;
export type Rule = Schema<'ScreeningRule'>;
export type PublicForm = Schema<'SurveyPublicForm'>;
export type SurveyInput = ApiBody<'/api/surveys', 'post'>;
export type QuestionInput = ApiBody<'/api/surveys/{id}/questions', 'post'>;
export type RuleInput = ApiBody<'/api/surveys/{id}/rules', 'post'>;
export type Answer = ApiBody<'/api/surveys/{id}/screen', 'post'>['answers'][number];

/** A text written in FR/NL(/EN), in the UI language (English falls back to French). */
export const inLanguage = (fr: string, nl: string, en?: string | null) => (i18n.language === 'nl' ? nl : i18n.language === 'en' ? (en ?? fr) : fr);

const keys = { all: ['surveys'] as const, list: (purpose?: string) => ['surveys', 'list', purpose ?? ''] as const, one: (id: number) => ['surveys', id] as const };

export const useSurveys = (purpose?: 'survey' | 'screening', enabled = true) =>
  useQuery({ queryKey: keys.list(purpose), queryFn: () => call(client.GET('/api/surveys', { params: { query: purpose ? { purpose } : {} } })), enabled });
export const useScreeningForms = (enabled = true) => useQuery({ queryKey: ['surveys', 'screening-forms'], queryFn: () => call(client.GET('/api/screening-forms')), enabled });
export const useSurvey = (id: number) => useQuery({ queryKey: keys.one(id), queryFn: () => call(client.GET('/api/surveys/{id}', { params: { path: { id } } })) });
export const useResults = (id: number, live: boolean) =>
  useQuery({ queryKey: ['surveys', id, 'results'], queryFn: () => call(client.GET('/api/surveys/{id}/results', { params: { path: { id } } })), refetchInterval: live ? 10_000 : false });
export const useRules = (id: number, enabled: boolean) =>
  useQuery({ queryKey: ['surveys', id, 'rules'], queryFn: () => call(client.GET('/api/surveys/{id}/rules', { params: { path: { id } } })), enabled });
export const useDeskForm = (id: number) => useQuery({ queryKey: ['surveys', id, 'form'], queryFn: () => call(client.GET('/api/surveys/{id}/form', { params: { path: { id } } })) });

function useSurveyMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }) });
}
export const useCreateSurvey = () => useSurveyMutation((body: SurveyInput) => call(client.POST('/api/surveys', { body })));
export const useAddQuestion = (id: number) => useSurveyMutation((body: QuestionInput) => call(client.POST('/api/surveys/{id}/questions', { params: { path: { id } }, body })));
export const useDeleteQuestion = (id: number) =>
  useSurveyMutation((questionId: number) => call(client.DELETE('/api/surveys/{id}/questions/{questionId}', { params: { path: { id, questionId } } })));
export const useOpenClose = (id: number) =>
  useSurveyMutation((open: boolean) => (open ? call(client.POST('/api/surveys/{id}/open', { params: { path: { id } } })) : call(client.POST('/api/surveys/{id}/close', { params: { path: { id } } }))));
export const useAddRule = (id: number) => useSurveyMutation((body: RuleInput) => call(client.POST('/api/surveys/{id}/rules', { params: { path: { id } }, body })));
export const useDeleteRule = (id: number) => useSurveyMutation((ruleId: number) => call(client.DELETE('/api/surveys/{id}/rules/{ruleId}', { params: { path: { id, ruleId } } })));
export const useMatchMode = (id: number) =>
  useSurveyMutation((matchMode: 'first' | 'all') => call(client.PUT('/api/surveys/{id}/match-mode', { params: { path: { id } }, body: { matchMode } })));
export const useScreen = (id: number) => useMutation({ mutationFn: (answers: Answer[]) => call(client.POST('/api/surveys/{id}/screen', { params: { path: { id } }, body: { answers } })) });

export const usePublicSurvey = (token: string) =>
  useQuery({ queryKey: ['public-survey', token], queryFn: () => call(client.GET('/api/public/surveys/{token}', { params: { path: { token } } })), retry: false });
export const useSubmitPublicSurvey = (token: string) =>
  useMutation({ mutationFn: (answers: Answer[]) => call(client.POST('/api/public/surveys/{token}', { params: { path: { token } }, body: { answers } })) });
