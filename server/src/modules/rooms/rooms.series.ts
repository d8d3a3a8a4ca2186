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

/** Recurring bookings (RFC 5545 rules): every occurrence is a booking of its own. */
export function createRoomsSeries(deps: RoomsDeps & { core: RoomsCore; availability: ReturnType<typeof createRoomsAvailability> }) {
  const { db, clock, audit, core, availability } = deps;
  const { loadRoom, organisationInfo, isFree, presentMany, collisions, closuresDuring } = core;
  const { mapWriteError } = availability;

  return {
    /** A recurring booking: every occurrence becomes a booking (so the exclusion constraint covers each one). */
    async createSeries(caller: Caller, input: SeriesInput) {
      const room = await loadRoom(input.roomId);
      const org = await organisationInfo(input.organisationId);
      if (input.attendees && input.attendees > room.capacity) throw new AppError(400, 'error.validation', {}, [{ path: 'body.attendees', code: 'error.room_too_small', params: { capacity: room.capacity } }]);
      const occurrences = expandSeries(input);
      const status: BookingStatus = isManager(caller) ? (input.status ?? 'confirmed') : 'requested';
      const free = isFree(org);
      try {
        const created = await db.transaction(async (tx) => {
          const skipped: { day: string; startsAt: Date; endsAt: Date; reason: 'closed' | 'taken'; bookingId?: number }[] = [];
          const keep: typeof occurrences = [];
          for (const o of occurrences) {
            const [closed] = await closuresDuring(tx, room.id, o.startsAt, o.endsAt);
            if (closed) {
              skipped.push({ ...o, reason: 'closed' });
              continue;
            }
            const [hit] = await collisions(tx, room.id, o.startsAt, o.endsAt);
            if (hit) {
              skipped.push({ ...o, reason: 'taken', bookingId: hit.id });
              continue;
            }
            keep.push(o);
          }
          if (skipped.length && !input.skipConflicts) throw conflict('error.series_conflicts', { count: skipped.length }, { conflicts: skipped });
          if (!keep.length) throw conflict('error.series_conflicts', { count: skipped.length }, { conflicts: skipped });
          const [series] = await tx
            .insert(roomSeries)
            .values({ roomId: room.id, rrule: input.rrule.replace(/^RRULE:/i, ''), firstDay: input.firstDay, startTime: input.startTime, endTime: input.endTime, createdBy: caller.userId })
            .returning();
          const rows = await tx
            .insert(roomBookings)
            .values(
              keep.map((o) => ({
                roomId: room.id,
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
                amountCents: priceOf(room, free, o.startsAt, o.endsAt).cents,
              })),
            )
            .returning();
          await audit.record(
            caller,
            { action: 'room.series.create', entityType: 'room_series', entityId: series.id, details: { roomId: room.id, rrule: series.rrule, occurrences: rows.length, skipped: skipped.length, status } },
            tx,
          );
          return { series, rows, skipped };
        });
        return { series: created.series, bookings: await presentMany(created.rows), skipped: created.skipped };
      } catch (err) {
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
    async cancelSeries(caller: Caller, seriesId: number, fromDay?: string) {
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
          .returning({ id: roomBookings.id });
        await audit.record(caller, { action: 'room.series.cancel', entityType: 'room_series', entityId: seriesId, details: { fromDay: fromDay ?? null, cancelled: rows.length } }, tx);
        return { cancelled: rows.length };
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
