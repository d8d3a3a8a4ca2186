import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiAnswer, type Schema } from '../../app/api';
import { fileToBase64 } from '../../app/files';

export type ImportBatch = Schema<'ImportBatch'>;
export type ImportDetail = Schema<'ImportBatchDetail'>;
export type ImportRow = Schema<'ImportRow'>;
export type ImportCounts = Schema<'ImportCounts'>;
export type ImportField = NonNullable<ImportBatch['mapping'][number]>;
export type RowFilter = 'all' | 'errors' | 'duplicates';
export type Decision = ImportRow['decision'];
export type ImportKind = ImportBatch['kind'];
export type Progress = ApiAnswer<'/api/imports/{id}/progress'>;

export const ROWS_PER_PAGE = 50;

const keys = {
  all: ['imports'] as const,
  list: ['imports', 'list'] as const,
  detail: (id: number, filter: RowFilter, page: number) => ['imports', 'detail', id, filter, page] as const,
};

export function useImports() {
  return useQuery({ queryKey: keys.list, queryFn: ({ signal }) => call(client.GET('/api/imports', { signal })) });
}

export function useImport(id: number, filter: RowFilter, page: number) {
  return useQuery({
    queryKey: keys.detail(id, filter, page),
    queryFn: ({ signal }) =>
      call(client.GET('/api/imports/{id}', { params: { path: { id }, query: { filter, offset: (page - 1) * ROWS_PER_PAGE, limit: ROWS_PER_PAGE } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useUpload() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: { file: File; source: string; kind: ImportKind }) =>
      call(client.POST('/api/imports', { body: { kind: input.kind, source: input.source, fileName: input.file.name, content: await fileToBase64(input.file) } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useSetMapping(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (mapping: (ImportField | null)[]) => call(client.PUT('/api/imports/{id}/mapping', { params: { path: { id } }, body: { mapping } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useFixRow(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { row: number; values: Record<ImportField, string> }) =>
      call(client.PATCH('/api/imports/{id}/rows/{row}', { params: { path: { id, row: input.row } }, body: { values: input.values } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useDecide(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { row: number; decision: Decision }) =>
      call(client.PUT('/api/imports/{id}/rows/{row}/decision', { params: { path: { id, row: input.row } }, body: { decision: input.decision } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useDryRun(id: number) {
  return useMutation({ mutationFn: () => call(client.POST('/api/imports/{id}/dry-run', { params: { path: { id } } })) });
}

export function useCommit(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call(client.POST('/api/imports/{id}/commit', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}

/** How far the commit is, asked every half second while it runs. */
export function useProgress(id: number, running: boolean) {
  return useQuery({
    queryKey: ['imports', 'progress', id],
    queryFn: ({ signal }) => call(client.GET('/api/imports/{id}/progress', { params: { path: { id } }, signal })),
    enabled: running,
    refetchInterval: running ? 500 : false,
  });
}

export function useUndo(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call(client.POST('/api/imports/{id}/undo', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}
