import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiBody, type Schema } from '../../app/api';

export const OUTCOMES = ['unknown', 'entered_training', 'found_job', 'still_looking'] as const satisfies readonly Schema<'TrainingParticipant'>['outcome'][];
export const SESSION_STATUSES = ['planned', 'running', 'done', 'cancelled'] as const satisfies readonly Schema<'TrainingSession'>['status'][];
export type Outcome = (typeof OUTCOMES)[number];
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export type Programme = Schema<'TrainingProgramme'>;
export type SessionDay = Schema<'TrainingSessionDay'>;
export type SessionSummary = Schema<'TrainingSessionSummary'>;
export type ProgrammeDetail = Schema<'TrainingProgrammeDetail'>;
export type Participant = Schema<'TrainingSessionParticipant'>;
export type SessionDetail = Schema<'TrainingSession'>;
export type EvaluationResults = Schema<'TrainingEvaluationResults'>;
export type Certificate = Schema<'TrainingCertificate'>;
export type PublicForm = Schema<'TrainingPublicForm'>;
export type TrainingStats = Schema<'TrainingStats'>;
export type Outcomes = Schema<'TrainingOutcomes'>;
export type TrainingRequest = Schema<'TrainingRequest'>;

export const trainingKeys = {
  all: ['trainings'] as const,
  programmes: ['trainings', 'programmes'] as const,
  programme: (id: number) => ['trainings', 'programme', id] as const,
  outcomes: (id: number) => ['trainings', 'programme', id, 'outcomes'] as const,
  session: (id: number) => ['trainings', 'session', id] as const,
  evaluations: (id: number) => ['trainings', 'session', id, 'evaluations'] as const,
  requests: (id: number) => ['trainings', 'session', id, 'requests'] as const,
  certificate: (id: number) => ['trainings', 'certificate', id] as const,
  stats: (year: number) => ['trainings', 'stats', year] as const,
};
const path = (id: number) => ({ params: { path: { id } } });

export const usePrograms = () => useQuery({ queryKey: trainingKeys.programmes, queryFn: ({ signal }) => call(client.GET('/api/trainings/programmes', { signal })).then((r) => r.items) });
export const useProgramme = (id: number) => useQuery({ queryKey: trainingKeys.programme(id), queryFn: ({ signal }) => call(client.GET('/api/trainings/programmes/{id}', { ...path(id), signal })) });
export const useOutcomes = (id: number) =>
  useQuery({ queryKey: trainingKeys.outcomes(id), queryFn: ({ signal }) => call(client.GET('/api/trainings/programmes/{id}/outcomes', { ...path(id), signal })) });
export const useSession = (id: number) => useQuery({ queryKey: trainingKeys.session(id), queryFn: ({ signal }) => call(client.GET('/api/trainings/sessions/{id}', { ...path(id), signal })) });
export const useEvaluations = (id: number) =>
  useQuery({ queryKey: trainingKeys.evaluations(id), queryFn: ({ signal }) => call(client.GET('/api/trainings/sessions/{id}/evaluations', { ...path(id), signal })) });
/** The requests for a place sent from the website for a session. */
export const useRequests = (id: number) =>
  useQuery({ queryKey: trainingKeys.requests(id), queryFn: ({ signal }) => call(client.GET('/api/trainings/sessions/{id}/requests', { ...path(id), signal })).then((r) => r.items) });
export const useCertificate = (id: number) =>
  useQuery({ queryKey: trainingKeys.certificate(id), queryFn: ({ signal }) => call(client.GET('/api/trainings/participants/{id}/certificate', { ...path(id), signal })) });
export const useTrainingStats = (year: number) =>
  useQuery({ queryKey: trainingKeys.stats(year), queryFn: ({ signal }) => call(client.GET('/api/trainings/stats', { params: { query: { year } }, signal })) });

/** A write ends with the server's answer; the lists it changed are refetched after, without holding it (see epn/api.ts). */
function useTrainingMutation<I, O = unknown>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: trainingKeys.all });
    },
  });
}
export const useCreateProgramme = () => useTrainingMutation((body: ApiBody<'/api/trainings/programmes', 'post'>) => call(client.POST('/api/trainings/programmes', { body })));
export const useUpdateProgramme = (id: number) =>
  useTrainingMutation((body: ApiBody<'/api/trainings/programmes/{id}', 'patch'>) => call(client.PATCH('/api/trainings/programmes/{id}', { ...path(id), body })));
export const useCreateSession = (programmeId: number) =>
  useTrainingMutation((body: ApiBody<'/api/trainings/programmes/{id}/sessions', 'post'>) => call(client.POST('/api/trainings/programmes/{id}/sessions', { ...path(programmeId), body })));
export const useUpdateSession = (id: number) =>
  useTrainingMutation((body: ApiBody<'/api/trainings/sessions/{id}', 'patch'>) => call(client.PATCH('/api/trainings/sessions/{id}', { ...path(id), body })));
export const useSessionStatus = (id: number) =>
  useTrainingMutation((body: ApiBody<'/api/trainings/sessions/{id}/status', 'post'>) => call(client.POST('/api/trainings/sessions/{id}/status', { ...path(id), body })));
export const useEnrol = (id: number) =>
  useTrainingMutation((body: ApiBody<'/api/trainings/sessions/{id}/participants', 'post'>) => call(client.POST('/api/trainings/sessions/{id}/participants', { ...path(id), body })));
export const useWithdraw = () => useTrainingMutation((input: { id: number }) => call(client.POST('/api/trainings/participants/{id}/withdraw', { ...path(input.id), body: {} })));
export const useAcceptRequest = () =>
  useTrainingMutation((input: { id: number; body: ApiBody<'/api/trainings/requests/{id}/accept', 'post'> }) => call(client.POST('/api/trainings/requests/{id}/accept', { ...path(input.id), body: input.body })));
export const useDeclineRequest = () => useTrainingMutation((input: { id: number }) => call(client.POST('/api/trainings/requests/{id}/decline', path(input.id))));
export const useAttendance = (id: number) =>
  useTrainingMutation((body: ApiBody<'/api/trainings/sessions/{id}/attendance', 'put'>) => call(client.PUT('/api/trainings/sessions/{id}/attendance', { ...path(id), body })));
export const useOutcome = () =>
  useTrainingMutation((input: { id: number; outcome: Outcome }) => call(client.PUT('/api/trainings/participants/{id}/outcome', { ...path(input.id), body: { outcome: input.outcome } })));
export const useEvaluationSwitch = (id: number) =>
  useTrainingMutation(
    (open: boolean): Promise<{ open: boolean }> =>
      open ? call(client.POST('/api/trainings/sessions/{id}/evaluation/open', path(id))) : call(client.POST('/api/trainings/sessions/{id}/evaluation/close', path(id))),
  );

/** The partner organisations, for a professional's enrolment. */
export { useOrganisations } from '../organisations/public';
/** People search, to enrol a person of the registry. */
export { usePersonSearch } from '../people/public';
