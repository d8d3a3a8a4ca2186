import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiBody, type ApiQuery, type Schema } from '../../app/api';
import i18n from '../../app/i18n';

export type EventItem = Schema<'Event'>;
export type EventListItem = Schema<'EventListItem'>;
export type Registration = Schema<'EventRegistration'>;
export type Live = Schema<'EventLive'>;
export type Stats = Schema<'EventStats'>;
export type PublicEvent = Schema<'PublicEvent'>;
export type Ticket = Schema<'EventTicket'>;
export type ScanResult = Schema<'EventScan'>;
export type EventInput = ApiBody<'/api/events', 'post'>;
export type ItemInput = ApiBody<'/api/events/{id}/items', 'post'>;
export type ItemPatch = ApiBody<'/api/events/{id}/items/{itemId}', 'patch'>;
export type DeskInput = ApiBody<'/api/events/{id}/registrations', 'post'>;
export type ScanInput = ApiBody<'/api/events/{id}/scans', 'post'>;
export type DoorInput = ApiBody<'/api/events/{id}/door', 'post'>;
export type PublicRegistrationInput = ApiBody<'/api/public/events/{id}/registrations', 'post'>;
export type StatsQuery = ApiQuery<'/api/events/stats'>;

export const EVENT_KINDS = ['job_fair', 'themed_fair', 'info_session', 'workshop', 'conference', 'contest', 'internal'] as const;
export const TARGET_PUBLICS = ['job_seekers', 'young_people', 'employers', 'partners', 'newcomers', 'women', 'seniors', 'students', 'staff', 'general_public'] as const;
export const QUESTION_TYPES = ['text', 'yes_no', 'choice', 'number'] as const;
export const AGE_BANDS = ['under_18', '18_25', '26_35', '36_45', '46_55', 'over_55'] as const;
export const DOOR_SEXES = ['female', 'male', 'other'] as const;
export const DOOR_STATUSES = ['job_seeker', 'employed', 'student', 'other'] as const;

/** A text in the UI language (the English one may be missing: French then). */
export const inLanguage = (t: { fr: string | null; nl: string | null; en: string | null }) => (i18n.language === 'nl' ? t.nl : i18n.language === 'en' ? (t.en ?? t.fr) : t.fr) ?? t.fr ?? '';

/** A random nonce for a scan or a tap (crypto.getRandomValues exists on plain http too). */
export const newNonce = () => Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

export const useEvents = (query: ApiQuery<'/api/events'> = {}) =>
  useQuery({ queryKey: ['events', 'list', query], queryFn: () => call(client.GET('/api/events', { params: { query } })), placeholderData: keepPreviousData });
export const useEvent = (id: number) => useQuery({ queryKey: ['events', 'one', id], queryFn: () => call(client.GET('/api/events/{id}', { params: { path: { id } } })) });
/** Active Centrale staff an event can be put in the charge of (organisers only). */
export const useStaffChoices = (enabled = true) =>
  useQuery({ queryKey: ['events', 'staff'], queryFn: () => call(client.GET('/api/events/staff')), enabled, staleTime: 5 * 60_000 });
export const useLive = (id: number, refetchInterval = 5000) =>
  useQuery({ queryKey: ['events', 'live', id], queryFn: () => call(client.GET('/api/events/{id}/live', { params: { path: { id } } })), refetchInterval });
export const useRegistrations = (id: number, q: string) =>
  useQuery({
    queryKey: ['events', 'registrations', id, q],
    queryFn: () => call(client.GET('/api/events/{id}/registrations', { params: { path: { id }, query: q ? { q, limit: 100 } : { limit: 100 } } })),
    placeholderData: keepPreviousData,
  });
export const useEventStats = (query: StatsQuery) =>
  useQuery({ queryKey: ['events', 'stats', query], queryFn: () => call(client.GET('/api/events/stats', { params: { query } })), placeholderData: keepPreviousData });

export function useCreateEvent() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (body: EventInput) => call(client.POST('/api/events', { body })), onSuccess: () => qc.invalidateQueries({ queryKey: ['events'] }) });
}
export function useUpdateEvent(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/events/{id}', 'patch'>) => call(client.PATCH('/api/events/{id}', { params: { path: { id } }, body })),
    onSuccess: (data) => {
      qc.setQueryData(['events', 'one', id], data);
      return qc.invalidateQueries({ queryKey: ['events'] });
    },
  });
}
export function useUpdateItem(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: number; body: ItemPatch }) => call(client.PATCH('/api/events/{id}/items/{itemId}', { params: { path: { id, itemId } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['events'] }),
  });
}
export function useDeleteItem(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (itemId: number) => call(client.DELETE('/api/events/{id}/items/{itemId}', { params: { path: { id, itemId } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['events'] }),
  });
}
export function useAddItem(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/events/{id}/items', 'post'>) => call(client.POST('/api/events/{id}/items', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['events'] }),
  });
}
export function useDeskRegister(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DeskInput) => call(client.POST('/api/events/{id}/registrations', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['events'] }),
  });
}
export function useCancelRegistration(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (registrationId: number) => call(client.POST('/api/events/{id}/registrations/{registrationId}/cancel', { params: { path: { id, registrationId } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['events'] }),
  });
}
export function useLinkPerson(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ registrationId, personId }: { registrationId: number; personId: number | null }) =>
      call(client.PUT('/api/events/{id}/registrations/{registrationId}/person', { params: { path: { id, registrationId } }, body: { personId } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['events'] }),
  });
}

/** One scan, sent as is (the check-in page keeps its own offline queue). */
export const sendScan = (id: number, body: ScanInput) => call(client.POST('/api/events/{id}/scans', { params: { path: { id } }, body, headers: { 'idempotency-key': `scan-${body.nonce}` } }));
export const sendTap = (id: number, body: DoorInput) => call(client.POST('/api/events/{id}/door', { params: { path: { id } }, body, headers: { 'idempotency-key': `tap-${body.nonce}` } }));
export const sendUndo = (id: number, device: string) => call(client.POST('/api/events/{id}/door/undo', { params: { path: { id } }, body: { device } }));

// --- public ---
export const usePublicEvents = () => useQuery({ queryKey: ['events', 'public'], queryFn: () => call(client.GET('/api/public/events')) });
export const usePublicEvent = (id: number) => useQuery({ queryKey: ['events', 'public', id], queryFn: () => call(client.GET('/api/public/events/{id}', { params: { path: { id } } })) });
export const useTicket = (secret: string) =>
  useQuery({ queryKey: ['events', 'ticket', secret], queryFn: () => call(client.GET('/api/public/events/tickets/{secret}', { params: { path: { secret } } })) });
export function usePublicRegister(id: number) {
  return useMutation({ mutationFn: (body: PublicRegistrationInput) => call(client.POST('/api/public/events/{id}/registrations', { params: { path: { id } }, body })) });
}
export function useTicketAction(secret: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (action: 'cancel' | 'accept') =>
      action === 'cancel'
        ? call(client.POST('/api/public/events/tickets/{secret}/cancel', { params: { path: { secret } } }))
        : call(client.POST('/api/public/events/tickets/{secret}/accept', { params: { path: { secret } } })),
    onSuccess: (data) => qc.setQueryData(['events', 'ticket', secret], data),
  });
}
