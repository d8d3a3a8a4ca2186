import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { ApiError, api } from '../../app/api';
import i18n from '../../app/i18n';

dayjs.extend(utc);
dayjs.extend(timezone);

export * from './roles';
export const EQUIPMENT = ['projector', 'interactive_screen', 'video_conference', 'pcs'] as const;
export type BookingStatus = 'requested' | 'confirmed' | 'refused' | 'cancelled';

export interface Room {
  id: number;
  name: string;
  capacity: number;
  equipment: string[];
  photoUrl: string | null;
  accessNotes: string | null;
  halfDayPriceCents: number;
  dayPriceCents: number;
  active: boolean;
}
export interface Booking {
  id: number;
  roomId: number;
  roomName: string;
  startsAt: string;
  endsAt: string;
  status: BookingStatus;
  organisationId: number | null;
  organisationName: string | null;
  contactName: string | null;
  contactEmail: string | null;
  purpose: string;
  attendees: number | null;
  seriesId: number | null;
  reference: string | null;
  source: string;
  amountCents: number;
}
export interface Closure {
  id: number;
  roomId: number;
  startsAt: string;
  endsAt: string;
  reason: string | null;
}
export interface CalendarData {
  from: string;
  to: string;
  rooms: (Room & { bookings: Booking[]; closures: Closure[] })[];
}
export interface PublicSlot {
  day: string;
  from: string;
  to: string;
  startsAt: string;
  endsAt: string;
  organisation: string | null;
}
export interface Occupation {
  date: string;
  week: { from: string; to: string };
  rooms: { id: number; name: string; capacity: number; equipment: string[]; today: PublicSlot[]; week: PublicSlot[] }[];
}
export interface ScreenData {
  generatedAt: string;
  date: string;
  rooms: { id: number; name: string; accessNotes: string | null; bookings: { from: string; to: string; organisation: string | null; now: boolean; past: boolean }[] }[];
}
export interface PublicRoom {
  id: number;
  name: string;
  capacity: number;
  equipment: string[];
  photoUrl: string | null;
  accessNotes: string | null;
}
export interface FreeSlots {
  room: { id: number; name: string; capacity: number };
  date: string;
  opening: { from: string; to: string }[];
  taken: { from: string; to: string }[];
  free: { from: string; to: string }[];
}

export const brusselsToday = () => dayjs().tz('Europe/Brussels').format('YYYY-MM-DD');
export const addDays = (day: string, n: number) => dayjs(`${day}T12:00:00Z`).utc().add(n, 'day').format('YYYY-MM-DD');
/** Monday of the week of a day. */
export const mondayOf = (day: string) => {
  const wd = dayjs(`${day}T12:00:00Z`).utc().day(); // 0 = Sunday
  return addDays(day, wd === 0 ? -6 : 1 - wd);
};
/** ISO string with the Brussels offset of a local day and time. */
export const brusselsIso = (day: string, time: string) => dayjs.tz(`${day} ${time}`, 'Europe/Brussels').format();
/** Brussels local day and HH:MM of an instant. */
export const localDay = (iso: string) => dayjs(iso).tz('Europe/Brussels').format('YYYY-MM-DD');
export const localTime = (iso: string) => dayjs(iso).tz('Europe/Brussels').format('HH:mm');

export const roomKeys = {
  all: ['rooms'] as const,
  rooms: ['rooms', 'list'] as const,
  calendar: (from: string, days: number) => ['rooms', 'calendar', from, days] as const,
  pending: ['rooms', 'pending'] as const,
  occupation: (date: string) => ['rooms-public', 'occupation', date] as const,
  screen: ['rooms-public', 'screen'] as const,
  publicRooms: ['rooms-public', 'rooms'] as const,
  freeSlots: (roomId: number, date: string) => ['rooms-public', 'free', roomId, date] as const,
};

export function useRooms() {
  return useQuery({ queryKey: roomKeys.rooms, queryFn: () => api<{ items: Room[] }>('/api/rooms') });
}
export function useRoomCalendar(from: string, days: number) {
  return useQuery({ queryKey: roomKeys.calendar(from, days), queryFn: () => api<CalendarData>(`/api/rooms/calendar?from=${from}&days=${days}`), placeholderData: keepPreviousData });
}
export function usePending(enabled: boolean) {
  return useQuery({ queryKey: roomKeys.pending, queryFn: () => api<{ items: Booking[]; total: number }>(`/api/rooms/bookings?status=requested&from=${brusselsToday()}`), enabled });
}
function useRoomsMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: roomKeys.all }) });
}
export const useMove = () =>
  useRoomsMutation(({ id, ...body }: { id: number; roomId?: number; startsAt?: string; endsAt?: string }) => api<Booking>(`/api/rooms/bookings/${id}/move`, { method: 'POST', body }));
export const useDecide = () =>
  useRoomsMutation(({ id, decision, message }: { id: number; decision: 'confirm' | 'refuse' | 'cancel'; message?: string }) =>
    api<Booking>(`/api/rooms/bookings/${id}/${decision}`, { method: 'POST', body: message ? { message } : {} }),
  );
export const useCreateBooking = () =>
  useRoomsMutation((body: { roomId: number; startsAt: string; endsAt: string; purpose: string; attendees?: number | null; organisationId?: number | null }) => api<Booking>('/api/rooms/bookings', { method: 'POST', body }));

export const useCreateSeries = () =>
  useRoomsMutation((body: { roomId: number; firstDay: string; startTime: string; endTime: string; rrule: string; purpose: string; attendees?: number | null; organisationId?: number | null; skipConflicts?: boolean }) =>
    api<{ bookings: Booking[]; skipped: unknown[] }>('/api/rooms/series', { method: 'POST', body }),
  );
export const useCreateRoom = () => useRoomsMutation((body: Partial<Room>) => api<Room>('/api/rooms', { method: 'POST', body }));
export const useUpdateRoom = () => useRoomsMutation(({ id, ...body }: Partial<Room> & { id: number }) => api<Room>(`/api/rooms/${id}`, { method: 'PATCH', body }));
export const useAddClosure = () =>
  useRoomsMutation(({ roomId, ...body }: { roomId: number; startsAt: string; endsAt: string; reason?: string | null }) => api<Closure>(`/api/rooms/${roomId}/closures`, { method: 'POST', body }));
export const useRemoveClosure = () => useRoomsMutation((id: number) => api(`/api/rooms/closures/${id}`, { method: 'DELETE' }));
export function useAllRooms() {
  return useQuery({ queryKey: ['rooms', 'all'], queryFn: () => api<{ items: Room[] }>('/api/rooms?all=true') });
}
export function useClosures() {
  return useQuery({ queryKey: ['rooms', 'closures'], queryFn: () => api<{ items: Closure[] }>('/api/rooms/closures') });
}
/** The registry's active organisations, for the booking form (any staff member may read them). */
export { useOrganisations } from '../organisations/public';
/** What a 409 "room taken" says besides its title: the booking it collides with and the rooms free at that time. */
export interface TakenProblem {
  collidesWith: { id: number; roomId: number; roomName?: string; startsAt: string; endsAt: string; purpose: string; organisationName: string | null } | null;
  freeRooms: { id: number; name: string; capacity: number; equipment: string[] }[];
}
export interface OrganisationSettings {
  id: number;
  name: string;
  isInternalPartner: boolean;
  showPublicly: boolean;
  freeOfCharge: boolean;
}
export function useOrganisationSettings() {
  return useQuery({ queryKey: ['rooms', 'organisations'], queryFn: () => api<{ items: OrganisationSettings[] }>('/api/rooms/organisations') });
}
export const useSetOrganisationSettings = () =>
  useRoomsMutation(({ id, ...body }: { id: number; showPublicly?: boolean; freeOfCharge?: boolean }) => api(`/api/rooms/organisations/${id}`, { method: 'PUT', body }));

export interface RoomStats {
  year: number;
  bookings: number;
  hours: number;
  amountCents: number;
  previousYear: { year: number; bookings: number; hours: number };
  change: number | null;
  byMonth: { month: number; bookings: number; hours: number; previousYearBookings: number }[];
  byOrganisation: { organisationId: number | null; name: string; bookings: number; hours: number; amountCents: number; previousYearBookings: number }[];
  byRoom: { roomId: number; name: string; bookings: number; hours: number; openingHours: number; hoursInOpeningHours: number; occupancyRate: number; previousYearBookings: number }[];
}
export function useRoomStats(year: number) {
  return useQuery({ queryKey: ['rooms', 'stats', year], queryFn: () => api<RoomStats>(`/api/rooms/stats?year=${year}`), placeholderData: keepPreviousData });
}

// Public side
export function useOccupation(date: string) {
  return useQuery({ queryKey: roomKeys.occupation(date), queryFn: () => api<Occupation>(`/api/public/rooms/occupation?date=${date}`), placeholderData: keepPreviousData });
}
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
  return useQuery({ queryKey: roomKeys.publicRooms, queryFn: () => api<{ items: PublicRoom[] }>('/api/public/rooms') });
}
export function useFreeSlots(roomId: number | null, date: string) {
  return useQuery({ queryKey: roomKeys.freeSlots(roomId ?? 0, date), queryFn: () => api<FreeSlots>(`/api/public/rooms/${roomId}/free-slots?date=${date}`), enabled: !!roomId && !!date });
}
export function useSubmitRequest() {
  return useMutation({ mutationFn: (body: Record<string, unknown>) => api<{ reference: string; status: string }>('/api/public/rooms/requests', { method: 'POST', body }) });
}
