import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import { AppError, conflict, forbidden, notFound } from '../../platform/http/errors';
import { dbError } from '../../platform/db/constraints';
import { brusselsInstant } from '../../platform/brussels-time';
import { roomBookings, roomSeries, type BookingStatus } from './rooms.table';
import type { SeriesInput } from './rooms.schemas';
import { isManager, LIVE, type Caller, type RoomsCore, type RoomsDeps } from './rooms.core';
import { expandSeries } from './rooms.recurrence';
import { priceOf } from './rooms.tariffs';
import type { createRoomsAvailability } from './rooms.availability';
import type { createRoomsMail, Told } from './rooms.mail';

type Skipped = { day: string; startsAt: Date; endsAt: Date; reason: 'closed' | 'taken'; bookingId?: number; roomId: number };
/** Dates of a series not free: the transaction stops, the 409 is made after it. */
class NotFree extends Error {
  constructor(readonly skipped: Skipped[]) {
    super('series not free');
  }
}

/** Recurring bookings (RFC 5545 rules): every occurrence is a booking of its own. */
export function createRoomsSeries(deps: RoomsDeps & { core: RoomsCore; availability: ReturnType<typeof createRoomsAvailability>; mail: ReturnType<typeof createRoomsMail> }) {
  const { db, clock, audit, core, availability, mail } = deps;
  const { loadRoom, organisationInfo, isFree, presentMany, collisions, closuresDuring } = core;
  const { mapWriteError } = availability;

  return {
    /** A recurring booking: every occurrence becomes a booking (so the exclusion constraint covers each one). */
    async createSeries(caller: Caller, input: SeriesInput) {
      const room = await loadRoom(input.roomId);
      const org = await organisationInfo(input.organisationId);
      if (input.attendees && input.attendees > room.capacity) throw new AppError(400, 'error.validation', {}, [{ path: 'body.attendees', code: 'error.room_too_small', params: { capacity: room.capacity } }]);
      const occurrences = expandSeries(input);
      // the dates the user chose another room or time for (the rooms they name must hold the attendees too)
      const instead = new Map((input.instead ?? []).map((x) => [x.day, x]));
      const otherRooms = new Map<number, Awaited<ReturnType<typeof loadRoom>>>([[room.id, room]]);
      for (const x of instead.values())
        if (x.roomId && !otherRooms.has(x.roomId)) {
          const r = await loadRoom(x.roomId);
          if (input.attendees && input.attendees > r.capacity)
            throw new AppError(400, 'error.validation', {}, [{ path: 'body.instead', code: 'error.room_too_small', params: { capacity: r.capacity } }]);
          otherRooms.set(r.id, r);
        }
      const status: BookingStatus = isManager(caller) ? (input.status ?? 'confirmed') : 'requested';
      const free = isFree(org);
      try {
        const created = await db.transaction(async (tx) => {
          const skipped: Skipped[] = [];
          const keep: ((typeof occurrences)[number] & { roomId: number; detached: boolean })[] = [];
          for (const planned of occurrences) {
            const x = instead.get(planned.day);
            const o = x
              ? {
                  day: planned.day,
                  roomId: x.roomId ?? room.id,
                  startsAt: brusselsInstant(planned.day, x.startTime ?? input.startTime),
                  endsAt: brusselsInstant(planned.day, x.endTime ?? input.endTime),
                  detached: true,
                }
              : { ...planned, roomId: room.id, detached: false };
            if (o.endsAt <= o.startsAt) throw new AppError(400, 'error.validation', {}, [{ path: 'body.instead', code: 'error.end_before_start' }]);
            const [closed] = await closuresDuring(tx, o.roomId, o.startsAt, o.endsAt);
            if (closed) {
              skipped.push({ day: o.day, startsAt: o.startsAt, endsAt: o.endsAt, roomId: o.roomId, reason: 'closed' });
              continue;
            }
            const [hit] = await collisions(tx, o.roomId, o.startsAt, o.endsAt);
            if (hit) {
              skipped.push({ day: o.day, startsAt: o.startsAt, endsAt: o.endsAt, roomId: o.roomId, reason: 'taken', bookingId: hit.id });
              continue;
            }
            keep.push(o);
          }
          // (the rooms free at each date are looked up after the transaction: one connection on PGlite)
          if (skipped.length && !input.skipConflicts) throw new NotFree(skipped);
          if (!keep.length) throw new NotFree(skipped);
          const [series] = await tx
            .insert(roomSeries)
            .values({ roomId: room.id, rrule: input.rrule.replace(/^RRULE:/i, ''), firstDay: input.firstDay, startTime: input.startTime, endTime: input.endTime, createdBy: caller.userId })
            .returning();
          const rows = await tx
            .insert(roomBookings)
            .values(
              keep.map((o) => ({
                roomId: o.roomId,
                detached: o.detached,
                startsAt: o.startsAt,
                endsAt: o.endsAt,
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
                seriesId: series.id,
                requestedBy: caller.userId,
                decidedBy: status === 'confirmed' ? caller.userId : null,
                decidedAt: status === 'confirmed' ? clock.now() : null,
                amountCents: priceOf(otherRooms.get(o.roomId)!, free, o.startsAt, o.endsAt).cents,
              })),
            )
            .returning();
          await audit.record(
            caller,
            { action: 'room.series.create', entityType: 'room_series', entityId: series.id, details: { roomId: room.id, rrule: series.rrule, occurrences: rows.length, instead: keep.filter((o) => o.detached).length, skipped: skipped.length, status } },
            tx,
          );
          return { series, rows, skipped };
        });
        return { series: created.series, bookings: await presentMany(created.rows), skipped: created.skipped.map(({ roomId: _room, ...x }) => x) };
      } catch (err) {
        if (err instanceof NotFree) {
          // each date not free comes with the rooms free at that time, to choose one instead
          const conflicts = [];
          for (const { roomId, ...c } of err.skipped)
            conflicts.push({ ...c, roomId, freeRooms: (await availability.findFree({ startsAt: c.startsAt, endsAt: c.endsAt, capacity: input.attendees ?? undefined })).filter((r) => r.id !== roomId) });
          throw conflict('error.series_conflicts', { count: conflicts.length }, { conflicts });
        }
        if (err instanceof AppError) throw err;
        return mapWriteError(err, { roomId: room.id, startsAt: occurrences[0].startsAt, endsAt: occurrences[occurrences.length - 1].endsAt, attendees: input.attendees });
      }
    },

    async getSeries(id: number) {
      const [s] = await db.select().from(roomSeries).where(eq(roomSeries.id, id));
      if (!s) throw notFound('what.series');
      const rows = await db.select().from(roomBookings).where(eq(roomBookings.seriesId, id)).orderBy(asc(roomBookings.startsAt));
      return { ...s, bookings: await presentMany(rows) };
    },
    /** Cancels the live occurrences of a series from a day on (all when no day). */
    async cancelSeries(caller: Caller, seriesId: number, fromDay?: string): Promise<{ cancelled: number; requesterTold: Told }> {
      const [s] = await db.select().from(roomSeries).where(eq(roomSeries.id, seriesId));
      if (!s) throw notFound('what.series');
      if (!isManager(caller) && s.createdBy !== caller.userId) throw forbidden();
      return db.transaction(async (tx) => {
        const rows = await tx
          .update(roomBookings)
          .set({ status: 'cancelled', updatedAt: clock.now() })
          .where(
            and(
              eq(roomBookings.seriesId, seriesId),
              inArray(roomBookings.status, LIVE),
              fromDay ? gte(roomBookings.startsAt, brusselsInstant(fromDay)) : undefined,
              isManager(caller) ? undefined : eq(roomBookings.status, 'requested'),
            ),
          )
          .returning();
        await audit.record(caller, { action: 'room.series.cancel', entityType: 'room_series', entityId: seriesId, details: { fromDay: fromDay ?? null, cancelled: rows.length } }, tx);
        rows.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
        return { cancelled: rows.length, requesterTold: rows.length ? await mail.mailSeriesCancelled(tx, seriesId, rows) : ('none' as Told) };
      });
    },

    /** Confirms every requested occurrence of a series; all or nothing. */
    async confirmSeries(caller: Caller, seriesId: number, message?: string | null) {
      const [s] = await db.select().from(roomSeries).where(eq(roomSeries.id, seriesId));
      if (!s) throw notFound('what.series');
      try {
        return await db.transaction(async (tx) => {
          const pending = await tx
            .select()
            .from(roomBookings)
            .where(and(eq(roomBookings.seriesId, seriesId), eq(roomBookings.status, 'requested')))
            .orderBy(asc(roomBookings.startsAt))
            .for('update');
          const conflicts: { bookingId: number; startsAt: Date; endsAt: Date; collidesWith: number }[] = [];
          for (const b of pending) {
            const [hit] = await collisions(tx, b.roomId, b.startsAt, b.endsAt, b.id);
            if (hit) conflicts.push({ bookingId: b.id, startsAt: b.startsAt, endsAt: b.endsAt, collidesWith: hit.id });
          }
          if (conflicts.length) throw conflict('error.series_conflicts', { count: conflicts.length }, { conflicts });
          if (pending.length)
            await tx
              .update(roomBookings)
              .set({ status: 'confirmed', decisionMessage: message ?? null, decidedAt: clock.now(), decidedBy: caller.userId, updatedAt: clock.now() })
              .where(inArray(roomBookings.id, pending.map((b) => b.id)));
          await audit.record(caller, { action: 'room.series.confirm', entityType: 'room_series', entityId: seriesId, details: { confirmed: pending.length } }, tx);
          return { confirmed: pending.length };
        });
      } catch (err) {
        if (dbError(err).code === '23P01') throw conflict('error.series_conflicts', { count: 1 }, { conflicts: [] });
        throw err;
      }
    },
  };
}
