import { and, asc, eq, gt, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { type AppError, conflict } from '../../platform/http/errors';
import { dbError } from '../../platform/db/constraints';
import { brusselsInstant, nextDay } from '../../platform/brussels-time';
import { roomBookings, roomClosures, rooms, type Equipment } from './rooms.table';
import { closureOverlaps, LIVE, overlaps, Taken, type RoomsCore, type RoomsDeps } from './rooms.core';

/** Which rooms are free when, and the 409 of a booking that collides (with the rooms free instead). */
export function createRoomsAvailability(deps: RoomsDeps & { core: RoomsCore }) {
  const { db, core } = deps;
  const { collisions, closuresDuring, closedError, organisationInfo, roomNames, presentMany } = core;

  const availability = {
    /** Active rooms with enough seats and the equipment asked, free (no confirmed booking, no closure) during the period. */
    async findFree(q: { startsAt: Date; endsAt: Date; capacity?: number; equipment?: Equipment[] }) {
      const conds: SQL[] = [eq(rooms.active, true)];
      if (q.capacity) conds.push(gte(rooms.capacity, q.capacity));
      if (q.equipment?.length) conds.push(sql`${rooms.equipment} @> ${sql.raw(`ARRAY[${q.equipment.map((e) => `'${e}'`).join(',')}]::text[]`)}`);
      const busy = db
        .select({ id: roomBookings.roomId })
        .from(roomBookings)
        .where(and(eq(roomBookings.status, 'confirmed'), overlaps(q.startsAt, q.endsAt)));
      const closed = db.select({ id: roomClosures.roomId }).from(roomClosures).where(closureOverlaps(q.startsAt, q.endsAt));
      conds.push(sql`${rooms.id} not in (${busy})`, sql`${rooms.id} not in (${closed})`);
      const rs = await db
        .select({ id: rooms.id, name: rooms.name, capacity: rooms.capacity, equipment: rooms.equipment })
        .from(rooms)
        .where(and(...conds))
        .orderBy(asc(rooms.capacity), asc(rooms.name));
      return rs;
    },

    /** Week/day view data: every active room with its live bookings and closures from `from` for `days` days. */
    async calendar(q: { from: string; days: number }) {
      let to = q.from;
      for (let i = 0; i < q.days; i++) to = nextDay(to);
      const start = brusselsInstant(q.from);
      const end = brusselsInstant(to);
      const [rs, bookings, closures] = await Promise.all([
        core.listRooms(),
        db
          .select()
          .from(roomBookings)
          .where(and(inArray(roomBookings.status, LIVE), lt(roomBookings.startsAt, end), gt(roomBookings.endsAt, start)))
          .orderBy(asc(roomBookings.startsAt)),
        db.select().from(roomClosures).where(and(lt(roomClosures.startsAt, end), gt(roomClosures.endsAt, start))),
      ]);
      const items = await presentMany(bookings);
      return {
        from: q.from,
        to,
        rooms: rs.map((r) => ({ ...r, bookings: items.filter((b) => b.roomId === r.id), closures: closures.filter((c) => c.roomId === r.id) })),
      };
    },
  };

  /** The 409 of an overlap: names the booking it collides with and proposes the rooms free at that time. */
  async function takenError(roomId: number, startsAt: Date, endsAt: Date, attendees: number | null | undefined, excludeId?: number): Promise<AppError> {
    const [hit] = await collisions(db, roomId, startsAt, endsAt, excludeId);
    const freeRooms = await availability.findFree({ startsAt, endsAt, capacity: attendees ?? undefined });
    const names = await roomNames();
    let collidesWith: Record<string, unknown> | null = null;
    if (hit) {
      const org = hit.organisationId ? await organisationInfo(hit.organisationId).catch(() => null) : null;
      collidesWith = {
        id: hit.id,
        roomId: hit.roomId,
        roomName: names.get(hit.roomId),
        startsAt: hit.startsAt,
        endsAt: hit.endsAt,
        purpose: hit.purpose,
        // the registry's name only: whoever gets this 409 may not read what a public requester typed
        organisationName: org?.name ?? null,
      };
    }
    return conflict('error.room_taken', { room: names.get(roomId) ?? '' }, { collidesWith, freeRooms: freeRooms.filter((r) => r.id !== roomId) });
  }

  /** Turns a database refusal (exclusion constraint, closure trigger) into the domain's 409. */
  async function mapWriteError(err: unknown, ctx: { roomId: number; startsAt: Date; endsAt: Date; attendees?: number | null; excludeId?: number }): Promise<never> {
    const { code, constraint } = dbError(err);
    if (err instanceof Taken || code === '23P01') throw await takenError(ctx.roomId, ctx.startsAt, ctx.endsAt, ctx.attendees, ctx.excludeId);
    if (code === '23514' && (constraint === 'room_bookings_closure' || String((err as Error)?.message ?? '').includes('closed'))) {
      const [c] = await closuresDuring(db, ctx.roomId, ctx.startsAt, ctx.endsAt);
      if (c) throw closedError(c);
    }
    throw err;
  }

  return { ...availability, takenError, mapWriteError };
}
