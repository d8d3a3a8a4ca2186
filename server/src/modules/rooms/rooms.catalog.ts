import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import { conflict, notFound } from '../../platform/http/errors';
import { dbError } from '../../platform/db/constraints';
import { roomBookings, roomClosures, rooms } from './rooms.table';
import type { ClosureInput, RoomInput, RoomPatch } from './rooms.schemas';
import { LIVE, overlaps, type Closure, type Room, type RoomsCore, type RoomsDeps } from './rooms.core';

/** The rooms themselves and their closures. */
export function createRoomsCatalog(deps: RoomsDeps & { core: RoomsCore }) {
  const { db, clock, audit, sites, core } = deps;
  const { loadRoom } = core;

  return {
    // ---------- rooms ----------
    listRooms: core.listRooms,
    getRoom: (id: number) => loadRoom(id, db, false),

    async createRoom(actor: Actor, input: RoomInput): Promise<Room> {
      if (input.siteId) await sites.get(input.siteId);
      return db.transaction(async (tx) => {
        const [r] = await tx.insert(rooms).values(input).returning();
        await audit.record(actor, { action: 'room.create', entityType: 'room', entityId: r.id, details: { name: r.name } }, tx);
        return r;
      });
    },

    async updateRoom(actor: Actor, id: number, input: RoomPatch): Promise<Room> {
      if (input.siteId) await sites.get(input.siteId);
      return db.transaction(async (tx) => {
        const [r] = await tx.update(rooms).set({ ...input, updatedAt: clock.now() }).where(eq(rooms.id, id)).returning();
        if (!r) throw notFound('what.room');
        await audit.record(actor, { action: 'room.update', entityType: 'room', entityId: id, details: input }, tx);
        return r;
      });
    },

    // ---------- closures ----------
    listClosures: (roomId?: number) =>
      db.select().from(roomClosures).where(roomId ? eq(roomClosures.roomId, roomId) : undefined).orderBy(asc(roomClosures.startsAt)),

    async addClosure(actor: Actor, roomId: number, input: ClosureInput): Promise<Closure> {
      await loadRoom(roomId, db, false);
      try {
        return await db.transaction(async (tx) => {
          const live = await tx
            .select({ id: roomBookings.id, startsAt: roomBookings.startsAt, endsAt: roomBookings.endsAt, status: roomBookings.status })
            .from(roomBookings)
            .where(and(eq(roomBookings.roomId, roomId), inArray(roomBookings.status, LIVE), overlaps(input.startsAt, input.endsAt)))
            .orderBy(asc(roomBookings.startsAt));
          if (live.length) throw conflict('error.closure_has_bookings', { count: live.length }, { bookings: live });
          const [c] = await tx.insert(roomClosures).values({ roomId, startsAt: input.startsAt, endsAt: input.endsAt, reason: input.reason ?? null }).returning();
          await audit.record(actor, { action: 'room.closure.create', entityType: 'room', entityId: roomId, details: { closureId: c.id, startsAt: c.startsAt, endsAt: c.endsAt } }, tx);
          return c;
        });
      } catch (err) {
        if (dbError(err).code === '23P01') throw conflict('error.closure_overlap');
        throw err;
      }
    },

    async removeClosure(actor: Actor, closureId: number): Promise<void> {
      await db.transaction(async (tx) => {
        const [c] = await tx.delete(roomClosures).where(eq(roomClosures.id, closureId)).returning();
        if (!c) throw notFound('what.closure');
        await audit.record(actor, { action: 'room.closure.delete', entityType: 'room', entityId: c.roomId, details: { closureId, startsAt: c.startsAt, endsAt: c.endsAt } }, tx);
      });
    },
  };
}
