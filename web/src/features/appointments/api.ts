import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiBody, type ApiQuery, type Schema } from '../../app/api';
import { addDays as addLocalDays, today } from '../../app/time';

export type AppointmentStatus = Schema<'Appointment'>['status'];
export type Desk = Schema<'AppointmentDesk'>;
export type DeskPeriod = Desk['hours'][number];
export type Appointment = Schema<'Appointment'>;
export type Session = Schema<'AppointmentSession'>;
export type Calendar = Schema<'AppointmentCalendar'>;
export type Slot = Schema<'AppointmentSlot'>;
export type Card = Schema<'AppointmentCard'>;
export type CallList = Schema<'AppointmentCallList'>;
export type StaffMember = Schema<'AppointmentStaff'>;
export type CalendarQuery = ApiQuery<'/api/appointments/calendar'>;

/** Today in Brussels, YYYY-MM-DD. */
export const brusselsToday = today;
export const addDays = addLocalDays;
export const personLabel = (p: Appointment['person'], erased: string) => (p.erased ? erased : `${p.firstName} ${p.lastName}`.trim());

export const appointmentKeys = {
  all: ['appointments'] as const,
  calendar: (q: CalendarQuery) => ['appointments', 'calendar', q] as const,
  slots: (deskId: number, date: string, staffUserId?: number) => ['appointments', 'slots', deskId, date, staffUserId ?? null] as const,
  detail: (id: number) => ['appointments', 'detail', id] as const,
  card: (id: number) => ['appointments', 'card', id] as const,
  toCall: (date: string) => ['appointments', 'to-call', date] as const,
  desks: ['appointments', 'desks'] as const,
  staff: ['appointments', 'staff'] as const,
  sites: ['appointments', 'sites'] as const,
};

export function useCalendar(q: { view: 'day' | 'week'; date: string; staffUserId?: string; siteId?: string }) {
  const query: CalendarQuery = { view: q.view, date: q.date, ...(q.staffUserId ? { staffUserId: Number(q.staffUserId) } : {}), ...(q.siteId ? { siteId: Number(q.siteId) } : {}) };
  return useQuery({
    queryKey: appointmentKeys.calendar(query),
    queryFn: ({ signal }) => call(client.GET('/api/appointments/calendar', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useDesks(includeInactive = false) {
  return useQuery({
    queryKey: [...appointmentKeys.desks, includeInactive],
    queryFn: () => call(client.GET('/api/appointment-desks', { params: { query: includeInactive ? { all: 'true' } : {} } })),
  });
}

export function useSlots(deskId: number | null, date: string, staffUserId?: number) {
  return useQuery({
    queryKey: appointmentKeys.slots(deskId ?? 0, date, staffUserId),
    queryFn: () => call(client.GET('/api/appointment-desks/{id}/slots', { params: { path: { id: deskId! }, query: { date, ...(staffUserId ? { staffUserId } : {}) } } })),
    enabled: Boolean(deskId) && /^\d{4}-\d{2}-\d{2}$/.test(date),
  });
}

export const useStaff = () => useQuery({ queryKey: appointmentKeys.staff, queryFn: () => call(client.GET('/api/appointments/staff')), staleTime: 300_000 });
export { useSites } from '../sites/public';
export const useAppointment = (id: number) =>
  useQuery({ queryKey: appointmentKeys.detail(id), queryFn: () => call(client.GET('/api/appointments/{id}', { params: { path: { id } } })), enabled: id > 0 });
export const useCard = (id: number) => useQuery({ queryKey: appointmentKeys.card(id), queryFn: () => call(client.GET('/api/appointments/{id}/card', { params: { path: { id } } })), enabled: id > 0 });
export const useToCall = (date: string) => useQuery({ queryKey: appointmentKeys.toCall(date), queryFn: () => call(client.GET('/api/appointments/to-call', { params: { query: { date } } })) });

export { usePersonSearch } from '../people/public';

function useInvalidateAll() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: appointmentKeys.all });
}

export function useBook() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/appointments', 'post'>) => call(client.POST('/api/appointments', { body })),
    onSuccess: invalidate,
  });
}
export function useReschedule(id: number) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/appointments/{id}/reschedule', 'post'>) => call(client.POST('/api/appointments/{id}/reschedule', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}
export function useCancel() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason?: string | null }) => call(client.POST('/api/appointments/{id}/cancel', { params: { path: { id } }, body: { reason: reason ?? null } })),
    onSuccess: invalidate,
  });
}
export function useOutcome() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, outcome }: { id: number; outcome: 'attended' | 'no_show' | 'booked' }) => call(client.POST('/api/appointments/{id}/outcome', { params: { path: { id } }, body: { outcome } })),
    onSuccess: invalidate,
  });
}
export function useSendReminders() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (date: string) => call(client.POST('/api/appointments/reminders', { body: { date } })),
    onSuccess: invalidate,
  });
}
export function useCreateDesk() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/appointment-desks', 'post'>) => call(client.POST('/api/appointment-desks', { body })),
    onSuccess: invalidate,
  });
}
export function useUpdateDesk() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number } & ApiBody<'/api/appointment-desks/{id}', 'patch'>) => call(client.PATCH('/api/appointment-desks/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}
