import { and, asc, eq, gt, lt } from 'drizzle-orm';
import { brusselsDay, brusselsInstant, brusselsTime, isoWeekday, nextDay } from '../../platform/brussels-time';
import { roomBookings, roomClosures } from './rooms.table';
import { addDays, HOUR, hhmmOf, minutes, type BookingRow, type RoomsCore, type RoomsDeps } from './rooms.core';
import { buildFeed } from './rooms.ical';

/** What anyone may see without logging in: the rooms, free slots, the occupation page, the entrance screen, iCalendar feeds. */
export function createRoomsPublic(deps: RoomsDeps & { core: RoomsCore }) {
  const { db, clock, core } = deps;
  const { loadRoom, listRooms, roomNames, organisationsById, publicLabel, openingHoursOf } = core;

  return {
    // ---------- public side ----------
    async publicRooms() {
      const rs = await listRooms();
      return rs.map((r) => ({ id: r.id, name: r.name, capacity: r.capacity, equipment: r.equipment, photoUrl: r.photoUrl, accessNotes: r.accessNotes }));
    },

    /** A room's opening periods of a day, the taken slots and the free ones (local HH:MM), without saying who booked. */
    async freeSlots(roomId: number, day: string) {
      const room = await loadRoom(roomId);
      const hours = (await openingHoursOf(room)).filter((h) => h.weekday === isoWeekday(day));
      const start = brusselsInstant(day);
      const end = brusselsInstant(nextDay(day));
      const [bookings, closures] = await Promise.all([
        db
          .select({ startsAt: roomBookings.startsAt, endsAt: roomBookings.endsAt })
          .from(roomBookings)
          .where(and(eq(roomBookings.roomId, roomId), eq(roomBookings.status, 'confirmed'), lt(roomBookings.startsAt, end), gt(roomBookings.endsAt, start))),
        db.select({ startsAt: roomClosures.startsAt, endsAt: roomClosures.endsAt }).from(roomClosures).where(and(eq(roomClosures.roomId, roomId), lt(roomClosures.startsAt, end), gt(roomClosures.endsAt, start))),
      ]);
      const toMin = (d: Date) => (d <= start ? 0 : d >= end ? 24 * 60 : minutes(brusselsTime(d)));
      const busy = [...bookings, ...closures].map((b) => ({ from: toMin(b.startsAt), to: toMin(b.endsAt) })).sort((a, b) => a.from - b.from);
      const free: { from: string; to: string }[] = [];
      for (const p of hours) {
        let cursor = minutes(p.from);
        const stop = minutes(p.to);
        for (const b of busy) {
          if (b.to <= cursor || b.from >= stop) continue;
          if (b.from > cursor) free.push({ from: hhmmOf(cursor), to: hhmmOf(b.from) });
          cursor = Math.max(cursor, b.to);
        }
        if (cursor < stop) free.push({ from: hhmmOf(cursor), to: hhmmOf(stop) });
      }
      return {
        room: { id: room.id, name: room.name, capacity: room.capacity },
        date: day,
        opening: hours.map((h) => ({ from: h.from, to: h.to })),
        taken: busy.map((b) => ({ from: hhmmOf(b.from), to: hhmmOf(Math.min(b.to, 24 * 60 - 1)) })),
        free,
      };
    },
    /** Public occupation: per room, the day's and the week's taken slots, named only with the organisation's consent. */
    async occupation(day?: string) {
      const today = day ?? brusselsDay(clock.now());
      const wd = isoWeekday(today);
      const monday = addDays(today, 1 - wd);
      const sunday = addDays(monday, 6);
      const from = brusselsInstant(monday);
      const to = brusselsInstant(nextDay(sunday));
      const [rs, bookings, closures, orgs] = await Promise.all([
        listRooms(),
        db
          .select()
          .from(roomBookings)
          .where(and(eq(roomBookings.status, 'confirmed'), lt(roomBookings.startsAt, to), gt(roomBookings.endsAt, from)))
          .orderBy(asc(roomBookings.startsAt)),
        db.select().from(roomClosures).where(and(lt(roomClosures.startsAt, to), gt(roomClosures.endsAt, from))),
        organisationsById(),
      ]);
      const slot = (b: BookingRow) => ({
        day: brusselsDay(b.startsAt),
        from: brusselsTime(b.startsAt),
        to: brusselsTime(b.endsAt),
        startsAt: b.startsAt,
        endsAt: b.endsAt,
        organisation: publicLabel(b, orgs),
      });
      return {
        date: today,
        week: { from: monday, to: sunday },
        rooms: rs.map((r) => {
          const mine = bookings.filter((b) => b.roomId === r.id).map(slot);
          return {
            id: r.id,
            name: r.name,
            capacity: r.capacity,
            equipment: r.equipment,
            today: mine.filter((s) => s.day === today),
            week: mine,
            closures: closures.filter((c) => c.roomId === r.id).map((c) => ({ startsAt: c.startsAt, endsAt: c.endsAt })),
          };
        }),
      };
    },

    /** The entrance screen: today's confirmed bookings, room by room, with what is on now. */
    async screen() {
      const now = clock.now();
      const today = brusselsDay(now);
      const from = brusselsInstant(today);
      const to = brusselsInstant(nextDay(today));
      const [rs, bookings, orgs] = await Promise.all([
        listRooms(),
        db
          .select()
          .from(roomBookings)
          .where(and(eq(roomBookings.status, 'confirmed'), lt(roomBookings.startsAt, to), gt(roomBookings.endsAt, from)))
          .orderBy(asc(roomBookings.startsAt)),
        organisationsById(),
      ]);
      return {
        generatedAt: now,
        date: today,
        rooms: rs.map((r) => ({
          id: r.id,
          name: r.name,
          accessNotes: r.accessNotes,
          bookings: bookings
            .filter((b) => b.roomId === r.id)
            .map((b) => ({
              from: brusselsTime(b.startsAt),
              to: brusselsTime(b.endsAt),
              startsAt: b.startsAt,
              endsAt: b.endsAt,
              organisation: publicLabel(b, orgs),
              now: b.startsAt <= now && now < b.endsAt,
              past: b.endsAt <= now,
            })),
        })),
      };
    },

    /** iCalendar feed of the confirmed bookings (30 days back, a year ahead) of one room or all; no personal data. */
    async icsFeed(roomId?: number): Promise<string> {
      const now = clock.now();
      const room = roomId ? await loadRoom(roomId) : null;
      const from = new Date(now.getTime() - 30 * 24 * HOUR);
      const to = new Date(now.getTime() + 366 * 24 * HOUR);
      const [names, orgs, bookings] = await Promise.all([
        roomNames(),
        organisationsById(),
        db
          .select()
          .from(roomBookings)
          .where(and(eq(roomBookings.status, 'confirmed'), roomId ? eq(roomBookings.roomId, roomId) : undefined, lt(roomBookings.startsAt, to), gt(roomBookings.endsAt, from)))
          .orderBy(asc(roomBookings.startsAt)),
      ]);
      const events = bookings.map((b) => ({
        uid: `room-booking-${b.id}@relais`,
        startsAt: b.startsAt,
        endsAt: b.endsAt,
        summary: publicLabel(b, orgs) ?? 'Occupé / Bezet',
        location: `${names.get(b.roomId) ?? ''}, Maison de l'Emploi`,
        updatedAt: b.updatedAt,
        sequence: b.sequence,
      }));
      return buildFeed(room ? `${room.name} — Maison de l'Emploi` : "Salles — Maison de l'Emploi", events, now);
    },
  };
}
