import { and, asc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { AppError, conflict, forbidden } from '../../platform/http/errors';
import { brusselsInstant, nextDay } from '../../platform/brussels-time';
import { roomBookings, type BookingStatus } from './rooms.table';
import type { BookingInput, BookingPatch, ListQuery, MoveInput } from './rooms.schemas';
import { isManager, LIVE, Taken, type Booking, type BookingRow, type Caller, type RoomsCore, type RoomsDeps } from './rooms.core';
import { priceOf } from './rooms.tariffs';
import type { createRoomsAvailability } from './rooms.availability';
import type { createRoomsMail, Told } from './rooms.mail';

/** One booking's life: created (confirmed or requested), moved, edited, confirmed, refused, cancelled. */
export function createRoomsBookings(
  deps: RoomsDeps & { core: RoomsCore; availability: ReturnType<typeof createRoomsAvailability>; mail: ReturnType<typeof createRoomsMail> },
) {
  const { db, clock, audit, core, availability, mail } = deps;
  const { loadRoom, loadBooking, organisationInfo, isFree, presentMany, collisions, closuresDuring, closedError, mayChange } = core;
  const { mapWriteError } = availability;
  const { mailDecision, mailChanged } = mail;
  /** What the screen says after a change: the booking, and how its requester was told. */
  type Changed = Booking & { requesterTold: Told };

  const bookings = {
    async listBookings(q: ListQuery) {
      const conds: (SQL | undefined)[] = [
        q.from ? gte(roomBookings.endsAt, brusselsInstant(q.from)) : undefined,
        q.to ? lt(roomBookings.startsAt, brusselsInstant(nextDay(q.to))) : undefined,
        q.roomId ? eq(roomBookings.roomId, q.roomId) : undefined,
        q.organisationId ? eq(roomBookings.organisationId, q.organisationId) : undefined,
        q.status ? eq(roomBookings.status, q.status) : undefined,
        q.seriesId ? eq(roomBookings.seriesId, q.seriesId) : undefined,
      ];
      const cond = and(...conds);
      const [rows, [{ total }]] = await Promise.all([
        db.select().from(roomBookings).where(cond).orderBy(asc(roomBookings.startsAt), asc(roomBookings.id)).limit(q.limit).offset(q.offset),
        db.select({ total: sql<number>`count(*)::int` }).from(roomBookings).where(cond),
      ]);
      return { items: await presentMany(rows), total };
    },

    async getBooking(id: number): Promise<Booking> {
      const [b] = await presentMany([await loadBooking(id)]);
      return b;
    },

    // ---------- booking ----------
    /** Logistics books (confirmed unless it asks 'requested'); other staff request. */
    async createBooking(caller: Caller, input: BookingInput): Promise<Booking> {
      const room = await loadRoom(input.roomId);
      const org = await organisationInfo(input.organisationId);
      if (input.attendees && input.attendees > room.capacity) throw new AppError(400, 'error.validation', {}, [{ path: 'body.attendees', code: 'error.room_too_small', params: { capacity: room.capacity } }]);
      const status: BookingStatus = isManager(caller) ? (input.status ?? 'confirmed') : 'requested';
      const price = priceOf(room, isFree(org), input.startsAt, input.endsAt);
      const ctx = { roomId: room.id, startsAt: input.startsAt, endsAt: input.endsAt, attendees: input.attendees };
      let row: BookingRow;
      try {
        row = await db.transaction(async (tx) => {
          const [closed] = await closuresDuring(tx, room.id, input.startsAt, input.endsAt);
          if (closed) throw closedError(closed);
          if ((await collisions(tx, room.id, input.startsAt, input.endsAt)).length) throw new Taken();
          const [b] = await tx
            .insert(roomBookings)
            .values({
              roomId: room.id,
              startsAt: input.startsAt,
              endsAt: input.endsAt,
              status,
              organisationId: org?.id ?? null,
              contactName: input.contactName ?? null,
              contactEmail: input.contactEmail ?? null,
              contactPhone: input.contactPhone ?? null,
              purpose: input.purpose,
              attendees: input.attendees ?? null,
              layout: input.layout ?? null,
              showPublicly: input.showPublicly ?? null,
              activityKind: input.activity?.kind ?? null,
              activityId: input.activity?.id ?? null,
              requestedBy: caller.userId,
              decidedBy: status === 'confirmed' ? caller.userId : null,
              decidedAt: status === 'confirmed' ? clock.now() : null,
              amountCents: price.cents,
            })
            .returning();
          await audit.record(caller, { action: 'room.booking.create', entityType: 'room_booking', entityId: b.id, details: { roomId: b.roomId, startsAt: b.startsAt, endsAt: b.endsAt, status } }, tx);
          return b;
        });
      } catch (err) {
        if (err instanceof AppError) throw err;
        return mapWriteError(err, ctx);
      }
      return bookings.getBooking(row.id);
    },

    /** Moves a booking (another time and/or room). A moved occurrence stays in its series, marked detached. */
    async moveBooking(caller: Caller, id: number, input: MoveInput): Promise<Changed> {
      const current = await loadBooking(id);
      mayChange(caller, current);
      if (!LIVE.includes(current.status as BookingStatus)) throw conflict('error.booking_not_live');
      const roomId = input.roomId ?? current.roomId;
      const startsAt = input.startsAt ?? current.startsAt;
      const endsAt = input.endsAt ?? (input.startsAt ? new Date(input.startsAt.getTime() + (current.endsAt.getTime() - current.startsAt.getTime())) : current.endsAt);
      if (endsAt <= startsAt) throw new AppError(400, 'error.validation', {}, [{ path: 'body.endsAt', code: 'error.end_before_start' }]);
      const room = await loadRoom(roomId);
      if (current.attendees && current.attendees > room.capacity)
        throw new AppError(400, 'error.validation', {}, [{ path: 'body.roomId', code: 'error.room_too_small', params: { capacity: room.capacity } }]);
      const org = current.organisationId ? await organisationInfo(current.organisationId) : null;
      const ctx = { roomId, startsAt, endsAt, attendees: current.attendees, excludeId: id };
      let requesterTold: Told = 'none';
      try {
        await db.transaction(async (tx) => {
          const b = await loadBooking(id, tx, true);
          const [closed] = await closuresDuring(tx, roomId, startsAt, endsAt);
          if (closed) throw closedError(closed);
          if ((await collisions(tx, roomId, startsAt, endsAt, id)).length) throw new Taken();
          const [after] = await tx
            .update(roomBookings)
            .set({
              roomId,
              startsAt,
              endsAt,
              detached: b.seriesId !== null,
              amountCents: priceOf(room, isFree(org), startsAt, endsAt).cents,
              // calendars replace an event only when its SEQUENCE grows (RFC 5545 3.8.7.4)
              sequence: roomId !== b.roomId || startsAt.getTime() !== b.startsAt.getTime() || endsAt.getTime() !== b.endsAt.getTime() ? b.sequence + 1 : b.sequence,
              updatedAt: clock.now(),
            })
            .where(eq(roomBookings.id, id))
            .returning();
          requesterTold = await mailChanged(tx, b, after);
          await audit.record(
            caller,
            { action: 'room.booking.move', entityType: 'room_booking', entityId: id, details: { from: { roomId: b.roomId, startsAt: b.startsAt, endsAt: b.endsAt }, to: { roomId, startsAt, endsAt } } },
            tx,
          );
        });
      } catch (err) {
        if (err instanceof AppError) throw err;
        return mapWriteError(err, ctx);
      }
      return { ...(await bookings.getBooking(id)), requesterTold };
    },

    async updateBooking(caller: Caller, id: number, input: BookingPatch): Promise<Changed> {
      const current = await loadBooking(id);
      mayChange(caller, current);
      const org = input.organisationId !== undefined ? await organisationInfo(input.organisationId) : undefined;
      const room = await loadRoom(current.roomId, db, false);
      if (input.attendees && input.attendees > room.capacity)
        throw new AppError(400, 'error.validation', {}, [{ path: 'body.attendees', code: 'error.room_too_small', params: { capacity: room.capacity } }]);
      const requesterTold = await db.transaction(async (tx) => {
        const set: Partial<typeof roomBookings.$inferInsert> = { ...input, updatedAt: clock.now() };
        if (org !== undefined) set.amountCents = priceOf(room, isFree(org), current.startsAt, current.endsAt).cents;
        const [after] = await tx.update(roomBookings).set(set).where(eq(roomBookings.id, id)).returning();
        await audit.record(caller, { action: 'room.booking.update', entityType: 'room_booking', entityId: id, details: { fields: Object.keys(input) } }, tx);
        // the requester hears of a change to what they will find (not of a booking no longer live, nor of a change to nothing)
        const changed = after.purpose !== current.purpose || after.attendees !== current.attendees || after.organisationId !== current.organisationId;
        return LIVE.includes(after.status as BookingStatus) && changed ? mailChanged(tx, current, after) : ('none' as Told);
      });
      return { ...(await bookings.getBooking(id)), requesterTold };
    },

    async confirm(caller: Caller, id: number, message?: string | null): Promise<Changed> {
      const current = await loadBooking(id);
      if (current.status !== 'requested') throw conflict('error.booking_not_pending');
      const org = current.organisationId ? await organisationInfo(current.organisationId) : null;
      const room = await loadRoom(current.roomId, db, false);
      let row: BookingRow;
      let requesterTold: Told = 'none';
      try {
        row = await db.transaction(async (tx) => {
          const b = await loadBooking(id, tx, true);
          if (b.status !== 'requested') throw conflict('error.booking_not_pending');
          if ((await collisions(tx, b.roomId, b.startsAt, b.endsAt, id)).length) throw new Taken();
          const [u] = await tx
            .update(roomBookings)
            .set({ status: 'confirmed', decisionMessage: message ?? null, decidedAt: clock.now(), decidedBy: caller.userId, amountCents: priceOf(room, isFree(org), b.startsAt, b.endsAt).cents, updatedAt: clock.now() })
            .where(eq(roomBookings.id, id))
            .returning();
          await audit.record(caller, { action: 'room.booking.confirm', entityType: 'room_booking', entityId: id }, tx);
          requesterTold = await mailDecision(tx, u);
          return u;
        });
      } catch (err) {
        if (err instanceof AppError) throw err;
        return mapWriteError(err, { roomId: current.roomId, startsAt: current.startsAt, endsAt: current.endsAt, attendees: current.attendees, excludeId: id });
      }
      return { ...(await bookings.getBooking(row.id)), requesterTold };
    },

    async refuse(caller: Caller, id: number, message?: string | null): Promise<Changed> {
      const row = await db.transaction(async (tx) => {
        const b = await loadBooking(id, tx, true);
        if (b.status !== 'requested') throw conflict('error.booking_not_pending');
        const [u] = await tx
          .update(roomBookings)
          .set({ status: 'refused', decisionMessage: message ?? null, decidedAt: clock.now(), decidedBy: caller.userId, updatedAt: clock.now() })
          .where(eq(roomBookings.id, id))
          .returning();
        await audit.record(caller, { action: 'room.booking.refuse', entityType: 'room_booking', entityId: id }, tx);
        return { u, requesterTold: await mailDecision(tx, u) };
      });
      return { ...(await bookings.getBooking(row.u.id)), requesterTold: row.requesterTold };
    },

    async cancel(caller: Caller, id: number, message?: string | null): Promise<Changed> {
      const current = await loadBooking(id);
      if (!isManager(caller) && current.requestedBy !== caller.userId) throw forbidden();
      const row = await db.transaction(async (tx) => {
        const b = await loadBooking(id, tx, true);
        if (!LIVE.includes(b.status as BookingStatus)) throw conflict('error.booking_not_live');
        const [u] = await tx
          .update(roomBookings)
          .set({ status: 'cancelled', decisionMessage: message ?? b.decisionMessage, updatedAt: clock.now() })
          .where(eq(roomBookings.id, id))
          .returning();
        await audit.record(caller, { action: 'room.booking.cancel', entityType: 'room_booking', entityId: id }, tx);
        // whoever cancels, the contact named on the booking is told (a public requester, or the partner staff booked for)
        return { u, requesterTold: await mailDecision(tx, u) };
      });
      return { ...(await bookings.getBooking(row.u.id)), requesterTold: row.requesterTold };
    },
  };
  return bookings;
}
