import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiBody, type ApiQuery, type Schema } from '../../app/api';
import i18n from '../../app/i18n';

export type Offer = Schema<'Offer'>;
export type PublicOffer = Schema<'PublicOffer'>;
export type Exhibitor = Schema<'OffersExhibitor'>;
export type EventRef = Schema<'OffersEventRef'>;
export type Guide = Schema<'OffersGuide'>;
export type OffersStats = Schema<'OffersStats'>;
export type OffersQuery = ApiQuery<'/api/offers'>;
export type OfferBody = ApiBody<'/api/offers', 'post'>;
export type ExhibitorOfferBody = ApiBody<'/api/public/exhibitors/{token}/offers', 'post'>;
export type Tally = ApiBody<'/api/public/exhibitors/{token}/tally', 'post'>;

export const CONTRACT_TYPES = ['permanent', 'fixed_term', 'temp_agency', 'student', 'internship', 'work_study', 'article_60', 'self_employed', 'other'] as const;
export const STATUSES = ['draft', 'published', 'filled', 'expired'] as const;
export const SOURCES = ['fair', 'partner', 'staff'] as const;
export const KINDS = ['employer', 'training', 'support'] as const;
/** The languages most asked for in Brussels, by ISO code (names from Intl in the UI language). */
export const LANGUAGE_CODES = ['fr', 'nl', 'en', 'de', 'ar', 'es', 'it', 'pt', 'tr', 'pl', 'ro'] as const;

/** A text given in French, Dutch and maybe English, in a language (French when it lacks). */
export const inLanguage = (texts: { fr: string | null; nl: string | null; en: string | null }, lang: string = i18n.language) =>
  (lang === 'nl' ? texts.nl : lang === 'en' ? (texts.en ?? texts.fr) : texts.fr) ?? texts.fr ?? texts.nl ?? '';

export const languageName = (code: string, lang: string = i18n.language) => {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

export const offersKeys = {
  list: (q: OffersQuery) => ['offers', 'list', q] as const,
  exhibitors: (eventId: number) => ['offers', 'exhibitors', eventId] as const,
  space: (token: string) => ['offers', 'space', token] as const,
  guide: (eventId: number) => ['offers', 'guide', eventId] as const,
  publicOffer: (id: number) => ['offers', 'public', id] as const,
};

export const useOffers = (q: OffersQuery) =>
  useQuery({ queryKey: offersKeys.list(q), queryFn: () => call(client.GET('/api/offers', { params: { query: q } })), placeholderData: keepPreviousData });

export function useSaveOffer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: Omit<Partial<OfferBody>, 'status'> & { status?: Offer['status'] } }) =>
      id
        ? call(client.PATCH('/api/offers/{id}', { params: { path: { id } }, body }))
        : call(client.POST('/api/offers', { body: body as OfferBody })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['offers'] }),
  });
}

export const useExhibitors = (eventId: number | null) =>
  useQuery({
    queryKey: offersKeys.exhibitors(eventId ?? 0),
    queryFn: () => call(client.GET('/api/offers/exhibitors', { params: { query: { eventId: eventId! } } })),
    enabled: !!eventId,
  });

export function useAddExhibitor() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/offers/exhibitors', 'post'>) => call(client.POST('/api/offers/exhibitors', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['offers', 'exhibitors'] }),
  });
}
export function useMakeLink() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call(client.POST('/api/offers/exhibitors/{id}/link', { params: { path: { id } }, body: {} })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['offers', 'exhibitors'] }),
  });
}
export function useRevokeLink() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call(client.DELETE('/api/offers/exhibitors/{id}/link', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['offers', 'exhibitors'] }),
  });
}

// ---------- public: the exhibitor's link, the guide, one offer ----------
export const useExhibitorSpace = (token: string) =>
  useQuery({ queryKey: offersKeys.space(token), queryFn: () => call(client.GET('/api/public/exhibitors/{token}', { params: { path: { token } } })), retry: false });

export function useExhibitorSaveOffer(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: Omit<Partial<ExhibitorOfferBody>, 'status'> & { status?: 'draft' | 'published' | 'filled' } }) =>
      id
        ? call(client.PATCH('/api/public/exhibitors/{token}/offers/{id}', { params: { path: { token, id } }, body }))
        : call(client.POST('/api/public/exhibitors/{token}/offers', { params: { path: { token } }, body: body as ExhibitorOfferBody })),
    onSuccess: () => qc.invalidateQueries({ queryKey: offersKeys.space(token) }),
  });
}
export function useTally(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Tally) => call(client.POST('/api/public/exhibitors/{token}/tally', { params: { path: { token } }, body })),
    onSuccess: (counts) => qc.setQueryData(offersKeys.space(token), (old: Schema<'OffersExhibitorSpace'> | undefined) => (old ? { ...old, ...counts } : old)),
  });
}

export const useGuide = (eventId: number) =>
  useQuery({ queryKey: offersKeys.guide(eventId), queryFn: () => call(client.GET('/api/public/offers/guide/{eventId}', { params: { path: { eventId } } })), retry: false });

export const usePublicOffer = (id: number) =>
  useQuery({ queryKey: offersKeys.publicOffer(id), queryFn: () => call(client.GET('/api/public/offers/{id}', { params: { path: { id } } })), retry: false });

export const useOffersStats = (query: ApiQuery<'/api/offers/stats'>) =>
  useQuery({ queryKey: ['offers', 'stats', query], queryFn: () => call(client.GET('/api/offers/stats', { params: { query } })), placeholderData: keepPreviousData });
