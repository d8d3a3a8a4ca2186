import { useQuery } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiBody } from '../../app/api';

// The participant's evaluation form (a public page, on a phone): apart from ./api.ts, whose staff hooks bring the
// people search (and its picker) along, 25 KB the form does not use.
export const usePublicForm = (token: string) =>
  useQuery({ queryKey: ['public-evaluation', token], queryFn: ({ signal }) => call(client.GET('/api/public/evaluations/{token}', { params: { path: { token } }, signal })), retry: false });
export const useSubmitPublicEvaluation = (token: string) =>
  useMutation({
    mutationFn: (body: ApiBody<'/api/public/evaluations/{token}', 'post'>) => call(client.POST('/api/public/evaluations/{token}', { params: { path: { token } }, body })),
  });
