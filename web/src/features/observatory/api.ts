import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';

export type Unit = 'distinct_people' | 'participations' | 'head_count' | 'external';
export interface ReachLine {
  key: string;
  labelKey: string;
  label?: string;
  origin: 'tracked' | 'manual';
  unit: Unit;
  value: number;
  distinctPeople?: number;
  participations?: number;
  anonymous?: number;
  source?: string;
  enteredAt?: string;
  supersededManual?: { value: number; source: string };
  hasPeople?: boolean;
}
export interface PeopleReached {
  year: number;
  lines: ReachLine[];
  total: number;
  totalByUnit: Record<Unit, number>;
  distinctPeopleAllTracked: number;
  empty: boolean;
  previous: Omit<PeopleReached, 'previous'>;
}
export interface ManualFigure {
  id: number;
  year: number;
  activityKey: string;
  label: string;
  value: number;
  unit: Unit;
  source: string;
  enteredAt: string;
}
export interface Objective {
  id?: number;
  label: string;
  activityKey: string;
  target: number;
}
export interface Project {
  id: number;
  name: string;
  description: string | null;
  funders: string[];
  periodStart: string;
  periodEnd: string;
  neighbourhood: string | null;
  targetGroups: string[];
  objectives: Objective[];
}

export const observatoryKeys = {
  reached: (year: number) => ['observatory', 'reached', year] as const,
  manual: (year: number) => ['observatory', 'manual', year] as const,
  projects: ['projects'] as const,
  progress: (id: number) => ['projects', id, 'progress'] as const,
};

export const usePeopleReached = (year: number) =>
  useQuery({ queryKey: observatoryKeys.reached(year), queryFn: () => api<PeopleReached>(`/api/observatory/people-reached/${year}`) });
export const useManualFigures = (year: number) =>
  useQuery({ queryKey: observatoryKeys.manual(year), queryFn: () => api<{ items: ManualFigure[] }>(`/api/observatory/manual-figures/${year}`) });

export function useSaveManualFigure() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<ManualFigure, 'id' | 'enteredAt'>) => api<ManualFigure>('/api/observatory/manual-figures', { method: 'PUT', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['observatory'] }),
  });
}
export function useDeleteManualFigure() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api(`/api/observatory/manual-figures/${id}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['observatory'] }),
  });
}

export const useProjects = () => useQuery({ queryKey: observatoryKeys.projects, queryFn: () => api<{ items: Project[] }>('/api/projects') });
export const useProjectProgress = (id: number) =>
  useQuery({
    queryKey: observatoryKeys.progress(id),
    queryFn: () => api<{ at: string; objectives: (Objective & { value: number; ratio: number | null })[] }>(`/api/projects/${id}/progress`),
  });
export function useSaveProject() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: Omit<Project, 'id'> & { id?: number }) => api<Project>(id ? `/api/projects/${id}` : '/api/projects', { method: id ? 'PUT' : 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['projects'] }),
  });
}
