import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export interface RoomOption {
  id: number;
  name: string;
  capacity: number;
}

/** Our rooms, to place an event in one (the rooms routes are not on the typed contract yet: a plain call). */
export function useRoomOptions(): RoomOption[] {
  const q = useQuery({ queryKey: ['events', 'room-options'], queryFn: () => api<{ items: RoomOption[] }>('/api/rooms') });
  return q.data?.items ?? [];
}
