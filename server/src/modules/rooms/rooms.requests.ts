import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import { AppError, conflict, notFound } from '../../platform/http/errors';
import { dbError } from '../../platform/db/constraints';
import { brusselsDay, brusselsInstant, brusselsTime } from '../../platform/brussels-time';
import { roomBookings } from './rooms.table';
import { takeHourlySlot } from '../../platform/http/throttle';
import { newReferenceCode } from '../../platform/private-links';
import type { PublicRequestInput } from './rooms.schemas';
import { PUBLIC_REQUESTS_PER_HOUR, type RoomsCore, type RoomsDeps } from './rooms.core';
import { priceOf } from './rooms.tariffs';
import type { createRoomsMail } from './rooms.mail';

/** The public request form (honeypot, a limit per IP) and what a requester may see of their request. */
export function createRoomsRequests(deps: RoomsDeps & { core: RoomsCore; mail: ReturnType<typeof createRoomsMail> }) {
  const { db, clock, audit, core, mail } = deps;
  const { loadRoom, collisions, closuresDuring } = core;
  const { mailReceived } = mail;

  return {

    /**
     * A request from the public form. A filled honeypot gets an accepted-looking answer and nothing is stored.
     * At most PUBLIC_REQUESTS_PER_HOUR stored requests per IP and hour, counted in the database (holds across processes).
     */
    async submitPublicRequest(ip: string, input: PublicRequestInput): Promise<{ reference: string; status: 'requested'; byEmail: boolean }> {
      // Whether the answer will also be e-mailed: only when a mail server is configured (the outbox keeps it for staff otherwise).
      const byEmail = deps.outbox.emailEnabled;
      if (input.website && input.website.trim() !== '') return { reference: newReferenceCode('SAL'), status: 'requested', byEmail };
      const room = await loadRoom(input.roomId);
      if (input.attendees > room.capacity) throw new AppError(400, 'error.validation', {}, [{ path: 'body.attendees', code: 'error.room_too_small', params: { capacity: room.capacity } }]);
      const startsAt = brusselsInstant(input.date, input.startTime);
      const endsAt = brusselsInstant(input.date, input.endTime);
      if (startsAt <= clock.now()) throw new AppError(400, 'error.validation', {}, [{ path: 'body.date', code: 'error.date_in_past' }]);
      const reference = newReferenceCode('SAL');
      // The audit log names the request by its reference, not by the requester (whose details only room managers read).
      const actor: Actor = { userId: null, name: `public: ${reference}`, ip };
      try {
        await db.transaction(async (tx) => {
          await takeHourlySlot(tx, clock, { scope: 'rooms.request', address: ip, perHour: PUBLIC_REQUESTS_PER_HOUR });
          const [closed] = await closuresDuring(tx, room.id, startsAt, endsAt);
          if (closed) throw conflict('error.slot_unavailable');
          if ((await collisions(tx, room.id, startsAt, endsAt)).length) throw conflict('error.slot_unavailable');
          const [b] = await tx
            .insert(roomBookings)
            .values({
              roomId: room.id,
              startsAt,
              endsAt,
              status: 'requested',
              source: 'public',
              reference,
              requesterOrganisation: input.organisation,
              contactName: input.contactName,
              contactEmail: input.contactEmail,
              contactPhone: input.contactPhone ?? null,
              purpose: input.purpose,
              attendees: input.attendees,
              layout: input.layout ?? null,
              showPublicly: input.showPublicly ?? false,
              amountCents: priceOf(room, false, startsAt, endsAt).cents,
            })
            .returning();
          await audit.record(actor, { action: 'room.booking.public_request', entityType: 'room_booking', entityId: b.id, details: { roomId: room.id, reference } }, tx);
          await mailReceived(tx, b, room.name);
          return b;
        });
      } catch (err) {
        if (err instanceof AppError) throw err;
        if (dbError(err).code === '23514') throw conflict('error.slot_unavailable');
        throw err;
      }
      return { reference, status: 'requested', byEmail };
    },

    /** What a requester may see of their request, by its reference code. */
    async publicRequestStatus(reference: string) {
      const [b] = await db.select().from(roomBookings).where(and(eq(roomBookings.reference, reference), eq(roomBookings.source, 'public')));
      if (!b) throw notFound('what.booking');
      const room = await loadRoom(b.roomId, db, false);
      return { reference, status: b.status, room: room.name, date: brusselsDay(b.startsAt), startTime: brusselsTime(b.startsAt), endTime: brusselsTime(b.endsAt), message: b.decisionMessage };
    },
  };
}
