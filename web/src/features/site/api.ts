import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiBody, type Schema } from '../../app/api';

export type SiteContent = Schema<'SiteContent'>;
export type ContentBody = ApiBody<'/api/site/contents', 'post'>;
export const CONTENT_KINDS = ['page', 'news', 'publication'] as const;
export const PUBLICATION_KINDS = ['article', 'video', 'survey'] as const;

export const siteKeys = { contents: ['site', 'contents'] as const };

export const useContents = () => useQuery({ queryKey: siteKeys.contents, queryFn: () => call(client.GET('/api/site/contents', { params: { query: {} } })) });

export function useSaveContent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: ContentBody }) => {
      if (!id) return call(client.POST('/api/site/contents', { body }));
      const { kind: _kind, ...patch } = body;
      return call(client.PATCH('/api/site/contents/{id}', { params: { path: { id } }, body: patch }));
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ['site'] }),
  });
}

export const usePreview = () => useMutation({ mutationFn: (markdown: string) => call(client.POST('/api/site/preview', { body: { markdown } })) });

// ---------- the directory's services (data·inclusion fields) ----------
export type SiteServiceRow = Schema<'SiteService'>;
export type ServiceBody = ApiBody<'/api/site/services', 'post'>;
export type ServiceCodes = Schema<'SiteServiceCodes'>;

export const useServices = () => useQuery({ queryKey: ['site', 'services'], queryFn: () => call(client.GET('/api/site/services')) });
/** The codes (data·inclusion's lists) with their labels in the user's language. */
export const useServiceCodes = (lang: string) => useQuery({ queryKey: ['site', 'service-codes', lang], queryFn: () => call(client.GET('/api/site/services/codes')), staleTime: Infinity });

export function useSaveService() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: ServiceBody }) =>
      id ? call(client.PATCH('/api/site/services/{id}', { params: { path: { id } }, body })) : call(client.POST('/api/site/services', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['site', 'services'] }),
  });
}

// ---------- analytics ----------
export type SiteStats = Schema<'SiteStats'>;
export const useSiteStats = (year: number) => useQuery({ queryKey: ['site', 'stats', year], queryFn: () => call(client.GET('/api/site/stats', { params: { query: { year } } })) });

// ---------- images ----------
export type SiteImage = Schema<'SiteImage'>;
export type ImageBody = ApiBody<'/api/site/images', 'post'>;
export const useUploadImage = () => useMutation({ mutationFn: (body: ImageBody) => call(client.POST('/api/site/images', { body })) });
