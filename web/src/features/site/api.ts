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
