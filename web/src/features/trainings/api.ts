import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';

export * from './roles';
export const OUTCOMES = ['unknown', 'entered_training', 'found_job', 'still_looking'] as const;
export const SESSION_STATUSES = ['planned', 'running', 'done', 'cancelled'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export interface Programme {
  id: number;
  name: string;
  description: string | null;
  targetPublic: string | null;
  funder: string | null;
  active: boolean;
  sessionCount?: number;
  participantCount?: number;
  nextDay?: string | null;
}
export interface SessionDay {
  id: number;
  date: string;
  from: string;
  to: string;
  hours: number;
}
export interface SessionSummary {
  id: number;
  title: string | null;
  room: string | null;
  capacity: number;
  status: SessionStatus;
  cancelReason: string | null;
  enrolled: number;
  waiting: number;
  days: SessionDay[];
}
export interface ProgrammeDetail extends Programme {
  partners: { id: number; name: string | null }[];
  trainers: { id: number; name: string | null }[];
  questions: { id: number; text: string; active: boolean }[];
  sessions: SessionSummary[];
}
export interface Participant {
  id: number;
  personId: number | null;
  name: string | null;
  professionalName: string | null;
  organisationName: string | null;
  jobTitle: string | null;
  status: 'enrolled' | 'waiting' | 'withdrawn';
  outcome: Outcome;
  attendance: Record<string, boolean>;
  position?: number;
}
export interface SessionDetail extends Omit<SessionSummary, 'enrolled' | 'waiting'> {
  programme: { id: number; name: string };
  evaluationOpen: boolean;
  evaluationToken: string | null;
  enrolled: number;
  participants: Participant[];
  waitingList: Participant[];
}
export interface EvaluationResults {
  forms: number;
  average: number | null;
  open: boolean;
  questions: { id: number; text: string; answers: number; average: number | null; distribution: number[] }[];
  comments: { at: string; source: string; text: string }[];
}
export interface Certificate {
  participant: { name: string; birthDate: string | null; organisation: string | null; jobTitle: string | null };
  programme: { name: string; description: string | null };
  session: { title: string | null; room: string | null; days: SessionDay[] };
  attendedDays: SessionDay[];
  attendedHours: number;
  totalHours: number;
  trainers: string[];
  issuedOn: string;
  issuer: { name: string; address: string };
}
export interface PublicForm {
  programme: string;
  session: string | null;
  days: string[];
  questions: { id: number; text: string }[];
}
export interface TrainingStats {
  year: number;
  programmes: number;
  sessionsHeld: number;
  sessionsCancelled: number;
  participations: number;
  distinctPeople: number;
  professionals: number;
  attendanceRate: number | null;
  evaluationForms: number;
  evaluationAverage: number | null;
  outcomes: { positive: number; rate: number | null };
  byOrganisation: { name: string; count: number }[];
  perProgramme: {
    id: number;
    name: string;
    sessionsHeld: number;
    sessionsCancelled: number;
    participations: number;
    distinctPeople: number;
    professionals: number;
    attendanceRate: number | null;
    evaluationAverage: number | null;
    outcomes: { positive: number; known: number; rate: number | null };
  }[];
}

export const trainingKeys = {
  all: ['trainings'] as const,
  programmes: ['trainings', 'programmes'] as const,
  programme: (id: number) => ['trainings', 'programme', id] as const,
  session: (id: number) => ['trainings', 'session', id] as const,
  evaluations: (id: number) => ['trainings', 'session', id, 'evaluations'] as const,
  certificate: (id: number) => ['trainings', 'certificate', id] as const,
  stats: (year: number) => ['trainings', 'stats', year] as const,
  organisations: ['organisations', 'list'] as const,
};

export const usePrograms = () => useQuery({ queryKey: trainingKeys.programmes, queryFn: ({ signal }) => api<{ items: Programme[] }>('/api/trainings/programmes', { signal }).then((r) => r.items) });
export const useProgramme = (id: number) => useQuery({ queryKey: trainingKeys.programme(id), queryFn: ({ signal }) => api<ProgrammeDetail>(`/api/trainings/programmes/${id}`, { signal }) });
export const useSession = (id: number) => useQuery({ queryKey: trainingKeys.session(id), queryFn: ({ signal }) => api<SessionDetail>(`/api/trainings/sessions/${id}`, { signal }) });
export const useEvaluations = (id: number) => useQuery({ queryKey: trainingKeys.evaluations(id), queryFn: ({ signal }) => api<EvaluationResults>(`/api/trainings/sessions/${id}/evaluations`, { signal }) });
export const useCertificate = (id: number) => useQuery({ queryKey: trainingKeys.certificate(id), queryFn: ({ signal }) => api<Certificate>(`/api/trainings/participants/${id}/certificate`, { signal }) });
export const useTrainingStats = (year: number) => useQuery({ queryKey: trainingKeys.stats(year), queryFn: ({ signal }) => api<TrainingStats>(`/api/trainings/stats/${year}`, { signal }) });
export const useOrganisations = () =>
  useQuery({ queryKey: trainingKeys.organisations, queryFn: ({ signal }) => api<{ items: { id: number; name: string }[] }>('/api/organisations', { signal }).then((r) => r.items) });
export const usePublicForm = (token: string) =>
  useQuery({ queryKey: ['public-evaluation', token], queryFn: ({ signal }) => api<PublicForm>(`/api/public/evaluations/${encodeURIComponent(token)}`, { signal }) });

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
export const useCreateProgramme = () =>
  useTrainingMutation((input: { name: string; description?: string | null; targetPublic?: string | null; funder?: string | null; questions?: string[]; partnerIds?: number[] }) =>
    api<ProgrammeDetail>('/api/trainings/programmes', { method: 'POST', body: input }),
  );
export const useCreateSession = (programmeId: number) =>
  useTrainingMutation((input: { title?: string | null; room?: string | null; capacity: number; days: { date: string; from: string; to: string }[] }) =>
    api<SessionDetail>(`/api/trainings/programmes/${programmeId}/sessions`, { method: 'POST', body: input }),
  );
export const useSessionStatus = (id: number) => useTrainingMutation((input: { status: SessionStatus; reason?: string }) => api(`/api/trainings/sessions/${id}/status`, { method: 'POST', body: input }));
export const useEnrol = (id: number) =>
  useTrainingMutation((input: { personId?: number; professionalName?: string; organisationId?: number; jobTitle?: string }) => api(`/api/trainings/sessions/${id}/participants`, { method: 'POST', body: input }));
export const useWithdraw = () => useTrainingMutation((input: { id: number }) => api(`/api/trainings/participants/${input.id}/withdraw`, { method: 'POST', body: {} }));
export const useAttendance = (id: number) =>
  useTrainingMutation((input: { date: string; entries: { participantId: number; present: boolean }[] }) => api(`/api/trainings/sessions/${id}/attendance`, { method: 'PUT', body: input }));
export const useOutcome = () => useTrainingMutation((input: { id: number; outcome: Outcome }) => api(`/api/trainings/participants/${input.id}/outcome`, { method: 'PUT', body: { outcome: input.outcome } }));
export const useEvaluationSwitch = (id: number) => useTrainingMutation((open: boolean) => api(`/api/trainings/sessions/${id}/evaluation/${open ? 'open' : 'close'}`, { method: 'POST' }));
export const useSubmitPublicEvaluation = (token: string) =>
  useMutation({ mutationFn: (input: { answers: { questionId: number; score: number }[]; comments?: string }) => api(`/api/public/evaluations/${encodeURIComponent(token)}`, { method: 'POST', body: input }) });

/** People search, to enrol a person of the registry. */
export { usePersonSearch } from '../people/public';
