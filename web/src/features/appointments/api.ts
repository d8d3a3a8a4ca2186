import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { api } from '../../app/api';
import type { Role } from '../../app/auth';

dayjs.extend(utc);
dayjs.extend(timezone);

export * from './roles';

export type AppointmentStatus = 'booked' | 'attended' | 'no_show' | 'cancelled';
export interface DeskPeriod {
  weekday: number;
  from: string;
  to: string;
}
export interface Desk {
  id: number;
  siteId: number;
  name: string;
  staffUserId: number;
  slotMinutes: number;
  hours: DeskPeriod[];
  active: boolean;
}
export interface Appointment {
  id: number;
  status: AppointmentStatus;
  startsAt: string;
  endsAt: string;
  date: string;
  start: string;
  end: string;
  durationMinutes: number;
  desk: { id: number; name: string };
  site: { id: number; name: string; address: string | null; postalCode: string | null };
  staff: { id: number; name: string };
  person: { id: number; firstName: string; lastName: string; erased: boolean };
  purpose: string | null;
  notes: string | null;
  cancelReason: string | null;
  rescheduleCount: number;
  reminderSentAt: string | null;
}
export interface Session {
  deskId: number;
  deskName: string;
  siteId: number;
  siteName: string;
  staffUserId: number;
  staffName: string;
  from: string;
  to: string;
}
export interface Calendar {
  view: 'day' | 'week';
  from: string;
  to: string;
  days: { date: string; weekday: number; sessions: Session[]; appointments: Appointment[] }[];
}
export interface Slot {
  startsAt: string;
  endsAt: string;
  start: string;
  end: string;
  free: boolean;
  past: boolean;
}
export interface Card {
  appointment: Appointment;
  locale: 'fr' | 'nl' | 'en';
  person: { firstName: string; lastName: string };
  when: { date: string; longDate: string; start: string; end: string };
  where: { site: string; address: string | null; postalCode: string | null; desk: string };
  with: string;
  purpose: string | null;
  icsUrl: string;
}
export interface CallList {
  date: string;
  mailEnabled: boolean;
  total: number;
  items: {
    appointmentId: number;
    start: string;
    end: string;
    desk: { id: number; name: string };
    site: { id: number; name: string };
    staff: { id: number; name: string };
    person: { id: number; firstName: string; lastName: string; phone: string | null; email: string | null };
    reason: 'mail_not_configured' | 'no_email' | 'no_email_consent' | 'reminder_not_sent';
  }[];
}
export interface Site {
  id: number;
  name: string;
  address: string | null;
}
export interface StaffMember {
  id: number;
  name: string;
  roles: Role[];
}

/** Today in Brussels, YYYY-MM-DD. */
export const brusselsToday = () => dayjs().tz('Europe/Brussels').format('YYYY-MM-DD');
export const addDays = (day: string, n: number) => dayjs(`${day}T12:00:00Z`).utc().add(n, 'day').format('YYYY-MM-DD');
export const personLabel = (p: Appointment['person'], erased: string) => (p.erased ? erased : `${p.firstName} ${p.lastName}`.trim());

export const appointmentKeys = {
  all: ['appointments'] as const,
  calendar: (q: Record<string, string>) => ['appointments', 'calendar', q] as const,
  slots: (deskId: number, date: string, staffUserId?: number) => ['appointments', 'slots', deskId, date, staffUserId ?? null] as const,
  detail: (id: number) => ['appointments', 'detail', id] as const,
  card: (id: number) => ['appointments', 'card', id] as const,
  toCall: (date: string) => ['appointments', 'to-call', date] as const,
  desks: ['appointments', 'desks'] as const,
  staff: ['appointments', 'staff'] as const,
  sites: ['appointments', 'sites'] as const,
};

export function useCalendar(q: { view: 'day' | 'week'; date: string; staffUserId?: string; siteId?: string }) {
  const params: Record<string, string> = { view: q.view, date: q.date };
  if (q.staffUserId) params.staffUserId = q.staffUserId;
  if (q.siteId) params.siteId = q.siteId;
  return useQuery({
    queryKey: appointmentKeys.calendar(params),
    queryFn: ({ signal }) => api<Calendar>(`/api/appointments/calendar?${new URLSearchParams(params)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDesks(includeInactive = false) {
  return useQuery({
    queryKey: [...appointmentKeys.desks, includeInactive],
    queryFn: () => api<{ items: Desk[] }>(`/api/appointment-desks${includeInactive ? '?all=true' : ''}`),
  });
}

export function useSlots(deskId: number | null, date: string, staffUserId?: number) {
  return useQuery({
    queryKey: appointmentKeys.slots(deskId ?? 0, date, staffUserId),
    queryFn: () =>
      api<{ slots: Slot[]; staffUserId: number }>(`/api/appointment-desks/${deskId}/slots?${new URLSearchParams({ date, ...(staffUserId ? { staffUserId: String(staffUserId) } : {}) })}`),
    enabled: Boolean(deskId) && /^\d{4}-\d{2}-\d{2}$/.test(date),
  });
}

export const useStaff = () => useQuery({ queryKey: appointmentKeys.staff, queryFn: () => api<{ items: StaffMember[] }>('/api/appointments/staff'), staleTime: 300_000 });
export { useSites } from '../sites/public';
export const useAppointment = (id: number) => useQuery({ queryKey: appointmentKeys.detail(id), queryFn: () => api<Appointment>(`/api/appointments/${id}`), enabled: id > 0 });
export const useCard = (id: number) => useQuery({ queryKey: appointmentKeys.card(id), queryFn: () => api<Card>(`/api/appointments/${id}/card`), enabled: id > 0 });
export const useToCall = (date: string) => useQuery({ queryKey: appointmentKeys.toCall(date), queryFn: () => api<CallList>(`/api/appointments/to-call?date=${date}`) });

export { usePersonSearch } from '../people/public';

function useInvalidateAll() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: appointmentKeys.all });
}

export function useBook() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (body: { deskId: number; personId: number; staffUserId?: number; startsAt: string; purpose?: string | null }) =>
      api<Appointment>('/api/appointments', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}
export function useReschedule(id: number) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (body: { startsAt: string; deskId?: number; staffUserId?: number }) => api<Appointment>(`/api/appointments/${id}/reschedule`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}
export function useCancel() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason?: string | null }) => api<Appointment>(`/api/appointments/${id}/cancel`, { method: 'POST', body: { reason: reason ?? null } }),
    onSuccess: invalidate,
  });
}
export function useOutcome() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, outcome }: { id: number; outcome: 'attended' | 'no_show' | 'booked' }) => api<Appointment>(`/api/appointments/${id}/outcome`, { method: 'POST', body: { outcome } }),
    onSuccess: invalidate,
  });
}
export function useSendReminders() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (date: string) => api<{ sent: number; skipped: number; failed: number; mailEnabled: boolean }>('/api/appointments/reminders', { method: 'POST', body: { date } }),
    onSuccess: invalidate,
  });
}
export function useCreateDesk() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (body: { siteId: number; name: string; staffUserId: number; slotMinutes: number; hours: DeskPeriod[] }) => api<Desk>('/api/appointment-desks', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}
export function useUpdateDesk() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number; active?: boolean }) => api<Desk>(`/api/appointment-desks/${id}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}
