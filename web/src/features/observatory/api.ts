import { useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiBody, type Schema } from '../../app/api';
import i18n from '../../app/i18n';

export type PeopleReached = Schema<'ObservatoryPeopleReached'>;
export type ReachLine = Schema<'ObservatoryReachLine'>;
export type ReachRow = Schema<'ObservatoryReachRow'>;
export type Unit = ReachLine['unit'];
export type Report = Schema<'ObservatoryReport'>;
export type ReportSection = Schema<'ReportSection'>;
export type ReportFigure = Schema<'ReportFigure'>;
export type ReportChart = Schema<'ReportChart'>;
export type TextVersions = Schema<'TextVersions'>;
export type ManualFigure = Schema<'ObservatoryManualFigure'>;
export type ManualFigureInput = ApiBody<'/api/observatory/manual-figures', 'put'>;
export type Project = Schema<'Project'>;
export type Objective = Schema<'ProjectObjective'>;
export type ProjectInput = ApiBody<'/api/projects', 'post'>;
export type TargetGroup = NonNullable<ProjectInput['targetGroups']>[number];
export type Dashboard = Schema<'ObservatoryDashboard'>;
export type Settings = Schema<'ObservatorySettings'>;
export type Language = keyof TextVersions;

/** The year a page shows: the one in the address, or none (the server's default year, the same for every page). */
export type YearChoice = number | undefined;

export const observatoryKeys = {
  reached: (year: YearChoice) => ['observatory', 'reached', year ?? 'default', i18n.language] as const,
  report: (year: YearChoice) => ['observatory', 'report', year ?? 'default', i18n.language] as const,
  manual: (year: number) => ['observatory', 'manual', year] as const,
  dashboard: () => ['observatory', 'dashboard', i18n.language] as const,
  settings: ['observatory', 'settings'] as const,
  projects: ['projects'] as const,
  progress: (id: number) => ['projects', id, 'progress'] as const,
};

const yearQuery = (year: YearChoice) => (year === undefined ? {} : { year });

export const usePeopleReached = (year: YearChoice) =>
  useQuery({
    queryKey: observatoryKeys.reached(year),
    queryFn: () => call(client.GET('/api/observatory/people-reached', { params: { query: yearQuery(year) } })),
    placeholderData: keepPreviousData,
  });
export const useReport = (year: YearChoice) =>
  useQuery({ queryKey: observatoryKeys.report(year), queryFn: () => call(client.GET('/api/observatory/report', { params: { query: yearQuery(year) } })) });
export const useDashboard = () => useQuery({ queryKey: observatoryKeys.dashboard(), queryFn: () => call(client.GET('/api/observatory/dashboard')) });
export const useManualFigures = (year: number) =>
  useQuery({ queryKey: observatoryKeys.manual(year), queryFn: () => call(client.GET('/api/observatory/manual-figures', { params: { query: { year } } })) });
export const usePeopleBehind = (year: number, key: string) =>
  useQuery({
    queryKey: ['observatory', 'people-behind', year, key],
    queryFn: () => call(client.GET('/api/observatory/people-reached/lines/{key}/people', { params: { path: { key }, query: { year, limit: 200 } } })),
  });
export const useSettings = () => useQuery({ queryKey: observatoryKeys.settings, queryFn: () => call(client.GET('/api/observatory/settings')) });

export function useSaveSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/observatory/settings', 'put'>) => call(client.PUT('/api/observatory/settings', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['observatory'] }),
  });
}
export function useSaveManualFigure() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ManualFigureInput) => call(client.PUT('/api/observatory/manual-figures', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['observatory'] }),
  });
}
export function useDeleteManualFigure() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call(client.DELETE('/api/observatory/manual-figures/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['observatory'] }),
  });
}
export function useSaveReportText() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ section, ...body }: ApiBody<'/api/observatory/report/texts/{section}', 'put'> & { section: string }) =>
      call(client.PUT('/api/observatory/report/texts/{section}', { params: { path: { section } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['observatory', 'report'] }),
  });
}

export const useProjects = () => useQuery({ queryKey: observatoryKeys.projects, queryFn: () => call(client.GET('/api/projects')) });
export const useProjectProgress = (id: number) =>
  useQuery({ queryKey: observatoryKeys.progress(id), queryFn: () => call(client.GET('/api/projects/{id}/progress', { params: { path: { id } } })) });
export function useSaveProject() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ProjectInput & { id?: number }) =>
      id ? call(client.PUT('/api/projects/{id}', { params: { path: { id } }, body })) : call(client.POST('/api/projects', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['projects'] }),
  });
}

/** A text written by staff in the UI language; when it was not written in that language, the other one and `missing`. */
export function inLanguage(versions: Partial<TextVersions> | undefined, language: string): { text: string | null; missing: boolean; lang: Language | null } {
  const own = versions?.[language as Language];
  if (own) return { text: own, missing: false, lang: language as Language };
  for (const l of ['fr', 'nl', 'en'] as const) if (versions?.[l]) return { text: versions[l]!, missing: true, lang: l };
  return { text: null, missing: true, lang: null };
}

// --- past years' figures -------------------------------------------------------------------------

export type PastFigures = Schema<'ObservatoryPastFigures'>;
export type PastFigure = Schema<'ObservatoryPastFigure'>;
export type PastImport = Schema<'ObservatoryPastImport'>;
export type PastCatalog = Schema<'ObservatoryPastCatalog'>;
export type PastFiguresInput = ApiBody<'/api/observatory/past-figures', 'put'>;

export const pastKeys = {
  year: (year: number) => ['observatory', 'past', year] as const,
  catalog: ['observatory', 'past', 'keys'] as const,
};

export const usePastFigures = (year: number) =>
  useQuery({ queryKey: pastKeys.year(year), queryFn: () => call(client.GET('/api/observatory/past-figures', { params: { query: { year } } })) });
export const usePastCatalog = (enabled: boolean) =>
  useQuery({ queryKey: pastKeys.catalog, queryFn: () => call(client.GET('/api/observatory/past-figures/keys')), enabled, staleTime: 5 * 60_000 });

/** Reads a file as base64 (what the upload sends). */
function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function useImportPastFile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: { year: number; source: string; file: File; dryRun?: boolean }) =>
      call(client.POST('/api/observatory/past-figures/import', { body: { year: input.year, source: input.source, fileName: input.file.name, content: await fileToBase64(input.file), dryRun: input.dryRun } })),
    // A dry run writes nothing: nothing to read again.
    onSuccess: (r) => (r.dryRun ? undefined : qc.invalidateQueries({ queryKey: ['observatory'] })),
  });
}
export function useSavePastFigures() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PastFiguresInput) => call(client.PUT('/api/observatory/past-figures', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['observatory'] }),
  });
}
export function useDeletePastYear() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (year: number) => call(client.DELETE('/api/observatory/past-figures/{year}', { params: { path: { year } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['observatory'] }),
  });
}
