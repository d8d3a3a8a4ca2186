import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { today } from '../../app/time';
import { ApiError, call, client, type ApiBody, type Schema } from '../../app/api';
import i18n from '../../app/i18n';

export const EQUIPMENT = ['projector', 'interactive_screen', 'video_conference', 'pcs'] as const;

export type Room = Schema<'Room'>;
export type Booking = Schema<'RoomBooking'>;
export type BookingStatus = Booking['status'];
export type Closure = Schema<'RoomClosure'>;
export type CalendarData = Schema<'RoomCalendar'>;
export type ScreenData = Schema<'RoomScreen'>;
export type PublicRoom = Schema<'PublicRoom'>;
export type FreeSlots = Schema<'RoomFreeSlots'>;
export type OrganisationSettings = Schema<'RoomOrganisationSettings'>;
export type RoomStats = Schema<'RoomStats'>;
export type RoomStatement = Schema<'RoomStatement'>;
type RoomBody = ApiBody<'/api/rooms', 'post'>;
type RoomPatch = ApiBody<'/api/rooms/{id}', 'patch'>;

export { today as brusselsToday, nowTime as brusselsNow, addDays, mondayOf, localDate as localDay, localTime } from '../../app/time';
export const roomKeys = {
  all: ['rooms'] as const,
  rooms: ['rooms', 'list'] as const,
  calendar: (from: string, days: number) => ['rooms', 'calendar', from, days] as const,
  pending: ['rooms', 'pending'] as const,
  screen: ['rooms-public', 'screen'] as const,
  publicRooms: ['rooms-public', 'rooms'] as const,
  freeSlots: (roomId: number, date: string) => ['rooms-public', 'free', roomId, date] as const,
};

export function useRooms() {
  return useQuery({ queryKey: roomKeys.rooms, queryFn: () => call(client.GET('/api/rooms')) });
}
export function useRoomCalendar(from: string, days: number) {
  return useQuery({ queryKey: roomKeys.calendar(from, days), queryFn: () => call(client.GET('/api/rooms/calendar', { params: { query: { from, days } } })), placeholderData: keepPreviousData });
}
export function usePending(enabled: boolean) {
  return useQuery({ queryKey: roomKeys.pending, queryFn: () => call(client.GET('/api/rooms/bookings', { params: { query: { status: 'requested', from: today() } } })), enabled });
}
function useRoomsMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: roomKeys.all }) });
}
export const useMove = () =>
  useRoomsMutation(({ id, ...body }: { id: number } & ApiBody<'/api/rooms/bookings/{id}/move', 'post'>) => call(client.POST('/api/rooms/bookings/{id}/move', { params: { path: { id } }, body })));
export const useDecide = () =>
  useRoomsMutation(({ id, decision, message }: { id: number; decision: 'confirm' | 'refuse' | 'cancel'; message?: string }) =>
    decision === 'confirm'
      ? call(client.POST('/api/rooms/bookings/{id}/confirm', { params: { path: { id } }, body: message ? { message } : {} }))
      : decision === 'refuse'
        ? call(client.POST('/api/rooms/bookings/{id}/refuse', { params: { path: { id } }, body: message ? { message } : {} }))
        : call(client.POST('/api/rooms/bookings/{id}/cancel', { params: { path: { id } }, body: message ? { message } : {} })),
  );
/** Changes a booking's details (purpose, organisation, attendees); the requester of a public request is told by the server. */
export const useUpdateBooking = () =>
  useRoomsMutation(({ id, ...body }: { id: number } & ApiBody<'/api/rooms/bookings/{id}', 'patch'>) => call(client.PATCH('/api/rooms/bookings/{id}', { params: { path: { id } }, body })));
/** Cancels the live dates of a series: from a day on, or all of them. */
export const useCancelSeries = () =>
  useRoomsMutation(({ id, from }: { id: number; from?: string }) => call(client.POST('/api/rooms/series/{id}/cancel', { params: { path: { id } }, body: from ? { from } : {} })));
export const useCreateBooking = () =>
  useRoomsMutation((body: ApiBody<'/api/rooms/bookings', 'post'>) => call(client.POST('/api/rooms/bookings', { body })));

export const useCreateSeries = () =>
  useRoomsMutation((body: ApiBody<'/api/rooms/series', 'post'>) => call(client.POST('/api/rooms/series', { body })));
export const useCreateRoom = () => useRoomsMutation((body: RoomBody) => call(client.POST('/api/rooms', { body })));
export const useUpdateRoom = () => useRoomsMutation(({ id, ...body }: RoomPatch & { id: number }) => call(client.PATCH('/api/rooms/{id}', { params: { path: { id } }, body })));
export const useAddClosure = () =>
  useRoomsMutation(({ roomId, ...body }: { roomId: number } & ApiBody<'/api/rooms/{id}/closures', 'post'>) =>
    call(client.POST('/api/rooms/{id}/closures', { params: { path: { id: roomId } }, body })),
  );
export const useRemoveClosure = () => useRoomsMutation((id: number) => call(client.DELETE('/api/rooms/closures/{id}', { params: { path: { id } } })));
export function useAllRooms() {
  return useQuery({ queryKey: ['rooms', 'all'], queryFn: () => call(client.GET('/api/rooms', { params: { query: { all: 'true' } } })) });
}
export function useClosures() {
  return useQuery({ queryKey: ['rooms', 'closures'], queryFn: () => call(client.GET('/api/rooms/closures')) });
}
/** The registry's active organisations, for the booking form (any staff member may read them). */
export { useOrganisations } from '../organisations/public';
/** What a 409 "room taken" says besides its title: the booking it collides with and the rooms free at that time. */
export interface TakenProblem {
  collidesWith: { id: number; roomId: number; roomName?: string; startsAt: string; endsAt: string; purpose: string; organisationName: string | null } | null;
  freeRooms: { id: number; name: string; capacity: number; equipment: string[] }[];
}
export function useOrganisationSettings() {
  return useQuery({ queryKey: ['rooms', 'organisations'], queryFn: () => call(client.GET('/api/rooms/organisations')) });
}
export const useSetOrganisationSettings = () =>
  useRoomsMutation(({ id, ...body }: { id: number } & ApiBody<'/api/rooms/organisations/{id}', 'put'>) => call(client.PUT('/api/rooms/organisations/{id}', { params: { path: { id } }, body })));

export function useRoomStats(year: number) {
  return useQuery({ queryKey: ['rooms', 'stats', year], queryFn: () => call(client.GET('/api/rooms/stats', { params: { query: { year } } })), placeholderData: keepPreviousData });
}

// Public side
/**
 * The screen's data, always asked of the server (`no-cache`): a copy from the browser's HTTP cache would hide
 * a cut network, and the screen must say when what it shows is old.
 */
async function fetchScreen(): Promise<ScreenData> {
  let res: Response;
  try {
    res = await fetch('/api/public/rooms/screen', { cache: 'no-cache', headers: { accept: 'application/json', 'accept-language': i18n.language } });
  } catch {
    throw new ApiError(0, { title: i18n.t('state.offline') });
  }
  if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => ({ title: `HTTP ${res.status}` })));
  return res.json() as Promise<ScreenData>;
}
/** How often the entrance screen asks for fresh data. */
export const SCREEN_REFRESH_MS = 60_000;
export function useScreen() {
  return useQuery({
    queryKey: roomKeys.screen,
    queryFn: fetchScreen,
    refetchInterval: SCREEN_REFRESH_MS,
    refetchIntervalInBackground: true,
    retry: false,
    // Fetch even when the browser says it is offline: a paused query never fails, so the screen would never say
    // that it shows old data (TanStack Query's default networkMode 'online' pauses instead of failing).
    networkMode: 'always',
  });
}
export function usePublicRooms() {
  return useQuery({ queryKey: roomKeys.publicRooms, queryFn: () => call(client.GET('/api/public/rooms')) });
}
export function useFreeSlots(roomId: number | null, date: string) {
  return useQuery({ queryKey: roomKeys.freeSlots(roomId ?? 0, date), queryFn: () => call(client.GET('/api/public/rooms/{id}/free-slots', { params: { path: { id: roomId! }, query: { date } } })), enabled: !!roomId && !!date });
}
/** What became of a public request, by its reference (the requester's follow-up page). */
export function useRequestStatus(reference: string) {
  return useQuery({ queryKey: ['rooms', 'request-status', reference], queryFn: () => call(client.GET('/api/public/rooms/requests/{reference}', { params: { path: { reference } } })), retry: false });
}
export function useSubmitRequest() {
  return useMutation({ mutationFn: (body: ApiBody<'/api/public/rooms/requests', 'post'>) => call(client.POST('/api/public/rooms/requests', { body })) });
}
