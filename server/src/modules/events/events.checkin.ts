import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/audit/audit.service';
import { AppError, conflict } from '../../platform/http/errors';
import { brusselsTime, BRUSSELS } from '../../platform/brussels-time';
import { eventCheckins, eventDoorCounts, eventRegistrations } from './events.table';
import type { DoorInput, ScanAnswer, ScanInput } from './events.schemas';
import { titleOf, type EventsCore, type EventsDeps } from './events.core';

/** The check-in a registration already has (joined to it in the scan's one lookup). */
const prior = alias(eventCheckins, 'prior');

/** An offline scan may be sent up to a week later; a time in the future is taken as now. */
const OFFLINE_WINDOW_MS = 7 * 86_400_000;

/** The secret a camera read: the ticket's code itself, or the ticket page's address ending with it. */
export function secretFromCode(code: string): string | null {
  const last = code.trim().split(/[/?#=]/).filter(Boolean).pop() ?? '';
  const s = last.toUpperCase();
  return /^[2-9A-HJ-NP-Z]{12,40}$/.test(s) ? s : null;
}

/** The door: check-in by QR or name at several desks (idempotent by nonce, one per registration), the walk-in counter, live figures. */
export function createEventsCheckin(deps: EventsDeps & { core: EventsCore }) {
  const { db, clock, audit, core } = deps;
  const { loadEvent } = core;

  const when = (scannedAt: Date | undefined) => {
    const now = clock.now();
    return scannedAt && scannedAt <= now && now.getTime() - scannedAt.getTime() < OFFLINE_WINDOW_MS ? scannedAt : now;
  };

  async function tapCounts(eventId: number, device: string) {
    const [r] = await db
      .select({
        device: sql<number>`count(*) filter (where ${eventDoorCounts.device} = ${device} and ${eventDoorCounts.direction} = 'in')::int`,
        walkIns: sql<number>`count(*) filter (where ${eventDoorCounts.direction} = 'in')::int`,
        exits: sql<number>`count(*) filter (where ${eventDoorCounts.direction} = 'out')::int`,
      })
      .from(eventDoorCounts)
      .where(and(eq(eventDoorCounts.eventId, eventId), isNull(eventDoorCounts.undoneAt)));
    return r;
  }

  const checkin = {
    /**
     * One scan (or a pick by name) at a desk. Valid: the registration is checked in once (the unique index
     * decides between desks and processes). Already checked in, cancelled, on the waiting list, of another
     * event or unknown: a problem answer that says so and changes nothing. The same nonce gets the same answer.
     */
    async scan(actor: Actor, eventId: number, input: ScanInput): Promise<ScanAnswer> {
      const replay = async (nonce: string) => {
        const [c] = await db
          .select({ c: eventCheckins, r: eventRegistrations })
          .from(eventCheckins)
          .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventCheckins.registrationId))
          .where(eq(eventCheckins.nonce, nonce));
        if (!c) return null;
        if (c.c.eventId !== eventId) throw new AppError(400, 'error.events.nonce_reused');
        return { result: 'valid' as const, registrationId: c.r.id, firstName: c.r.firstName, lastName: c.r.lastName, desk: c.c.desk, at: c.c.at.toISOString(), replayed: true };
      };
      // The fast path, one statement: the registration, its check-in if it has one, and the registration this nonce
      // already checked in (a retry). Only the rare cases (an unknown code, a nonce reused for another ticket) look again.
      const secret = input.code ? secretFromCode(input.code) : null;
      const unknown = async () => {
        const r = await replay(input.nonce);
        if (r) return r;
        throw new AppError(404, 'error.events.ticket_unknown', {}, [], { result: 'unknown' });
      };
      if (input.code && !secret) return unknown();
      const [row] = await db
        .select({
          reg: eventRegistrations,
          prev: prior,
          nonceOf: sql<number | null>`(select ${eventCheckins.registrationId} from ${eventCheckins} where ${eventCheckins.nonce} = ${input.nonce})`,
        })
        .from(eventRegistrations)
        .leftJoin(prior, eq(prior.registrationId, eventRegistrations.id))
        .where(secret ? eq(eventRegistrations.secret, secret) : eq(eventRegistrations.id, input.registrationId!));
      if (!row) return unknown();
      const reg = row.reg;
      if (row.nonceOf !== null) {
        // The same scan again: the same answer (or a nonce of another event's scan, refused).
        if (row.nonceOf !== reg.id || !row.prev) return (await replay(input.nonce))!;
        if (row.prev.eventId !== eventId) throw new AppError(400, 'error.events.nonce_reused');
        return { result: 'valid', registrationId: reg.id, firstName: reg.firstName, lastName: reg.lastName, desk: row.prev.desk, at: row.prev.at.toISOString(), replayed: true };
      }
      const who = { registrationId: reg.id, firstName: reg.firstName, lastName: reg.lastName };
      if (reg.eventId !== eventId) {
        const other = await loadEvent(reg.eventId);
        throw conflict('error.events.ticket_wrong_event', { title: titleOf(other, 'fr') }, { result: 'wrong_event', ...who, otherEvent: { id: other.id, titleFr: other.titleFr, titleNl: other.titleNl } });
      }
      if (reg.status === 'cancelled' || reg.status === 'expired') throw conflict('error.events.ticket_cancelled', {}, { result: 'cancelled', ...who });
      if (reg.status === 'waiting' || reg.status === 'offered') throw conflict('error.events.ticket_waiting_list', {}, { result: 'waiting_list', ...who });
      const already = (prev: { at: Date; desk: string }) =>
        conflict('error.events.already_checked_in', { time: brusselsTime(prev.at), desk: prev.desk }, { result: 'already_checked_in', ...who, checkedInAt: prev.at.toISOString(), desk: prev.desk });
      // Checked in already at another desk (or by another scan): said at once, nothing written.
      if (row.prev) throw already(row.prev);
      const at = when(input.scannedAt);
      const made = await db.transaction(async (tx) => {
        const [c] = await tx
          .insert(eventCheckins)
          .values({ eventId, registrationId: reg.id, desk: input.desk, at, nonce: input.nonce, method: input.code ? 'qr' : 'name', createdBy: actor.userId, receivedAt: clock.now() })
          .onConflictDoNothing()
          .returning();
        if (c) await audit.record(actor, { action: 'events.checkin', entityType: 'event_registration', entityId: reg.id, details: { eventId, desk: input.desk, personId: reg.personId } }, tx);
        return c;
      });
      if (made) return { result: 'valid', ...who, desk: made.desk, at: made.at.toISOString(), replayed: false };
      // Another scan came first: the same nonce at once (a retry), or another desk.
      const again = await replay(input.nonce);
      if (again) return again;
      const [prev] = await db.select().from(eventCheckins).where(eq(eventCheckins.registrationId, reg.id));
      throw already(prev);
    },

    /** One walk-in (or exit) tapped on a device; the same nonce counts once. */
    async tap(actor: Actor, eventId: number, input: DoorInput) {
      await loadEvent(eventId);
      const at = when(input.at);
      let [row] = await db
        .insert(eventDoorCounts)
        .values({
          eventId,
          device: input.device,
          direction: input.direction,
          at,
          nonce: input.nonce,
          sex: input.sex ?? null,
          ageBand: input.ageBand ?? null,
          status: input.status ?? null,
          postalCode: input.postalCode ?? null,
          createdBy: actor.userId,
        })
        .onConflictDoNothing()
        .returning();
      if (!row) {
        [row] = await db.select().from(eventDoorCounts).where(eq(eventDoorCounts.nonce, input.nonce));
        if (row.eventId !== eventId) throw new AppError(400, 'error.events.nonce_reused');
      }
      const [c, [{ checkedIn }]] = await Promise.all([tapCounts(eventId, row.device), db.select({ checkedIn: count() }).from(eventCheckins).where(eq(eventCheckins.eventId, eventId))]);
      const insideNow = c.exits > 0 ? Math.max(0, checkedIn + c.walkIns - c.exits) : null;
      return { id: row.id, direction: row.direction, at: row.at.toISOString(), device: row.device, deviceCount: c.device, walkIns: c.walkIns, insideNow };
    },

    /** Undoes the last tap of a device (a tap by mistake). */
    async undo(actor: Actor, eventId: number, device: string) {
      await loadEvent(eventId);
      const undone = await db.transaction(async (tx) => {
        const [last] = await tx
          .select()
          .from(eventDoorCounts)
          .where(and(eq(eventDoorCounts.eventId, eventId), eq(eventDoorCounts.device, device), isNull(eventDoorCounts.undoneAt)))
          .orderBy(desc(eventDoorCounts.at), desc(eventDoorCounts.id))
          .limit(1)
          .for('update');
        if (!last) return null;
        await tx.update(eventDoorCounts).set({ undoneAt: clock.now() }).where(eq(eventDoorCounts.id, last.id));
        await audit.record(actor, { action: 'events.door_undo', entityType: 'event', entityId: eventId, details: { tap: last.id, device } }, tx);
        return last.id;
      });
      const c = await tapCounts(eventId, device);
      return { undone, deviceCount: c.device, walkIns: c.walkIns };
    },

    /** Live figures: registered, checked in, walk-ins, inside now, per desk, per device and per hour. */
    async live(eventId: number) {
      const e = await loadEvent(eventId);
      const hourOf = (col: unknown) => sql<string>`to_char(${col} at time zone '${sql.raw(BRUSSELS)}', 'YYYY-MM-DD HH24')`;
      const [[regs], [{ checkedIn }], perDesk, perDevice, checkHours, tapHours, profiles] = await Promise.all([
        db
          .select({
            registered: sql<number>`count(*) filter (where ${eventRegistrations.status} in ('registered','offered'))::int`,
            waiting: sql<number>`count(*) filter (where ${eventRegistrations.status} = 'waiting')::int`,
            cancelled: sql<number>`count(*) filter (where ${eventRegistrations.status} in ('cancelled','expired'))::int`,
          })
          .from(eventRegistrations)
          .where(eq(eventRegistrations.eventId, eventId)),
        db.select({ checkedIn: count() }).from(eventCheckins).where(eq(eventCheckins.eventId, eventId)),
        db.select({ desk: eventCheckins.desk, checkIns: count() }).from(eventCheckins).where(eq(eventCheckins.eventId, eventId)).groupBy(eventCheckins.desk).orderBy(eventCheckins.desk),
        db
          .select({
            device: eventDoorCounts.device,
            walkIns: sql<number>`count(*) filter (where ${eventDoorCounts.direction} = 'in')::int`,
            exits: sql<number>`count(*) filter (where ${eventDoorCounts.direction} = 'out')::int`,
          })
          .from(eventDoorCounts)
          .where(and(eq(eventDoorCounts.eventId, eventId), isNull(eventDoorCounts.undoneAt)))
          .groupBy(eventDoorCounts.device)
          .orderBy(eventDoorCounts.device),
        db.select({ h: hourOf(eventCheckins.at), n: count() }).from(eventCheckins).where(eq(eventCheckins.eventId, eventId)).groupBy(sql`1`),
        db
          .select({ h: hourOf(eventDoorCounts.at), n: count() })
          .from(eventDoorCounts)
          .where(and(eq(eventDoorCounts.eventId, eventId), isNull(eventDoorCounts.undoneAt), eq(eventDoorCounts.direction, 'in')))
          .groupBy(sql`1`),
        db
          .select({ sex: eventDoorCounts.sex, ageBand: eventDoorCounts.ageBand, status: eventDoorCounts.status, n: count() })
          .from(eventDoorCounts)
          .where(and(eq(eventDoorCounts.eventId, eventId), isNull(eventDoorCounts.undoneAt), eq(eventDoorCounts.direction, 'in')))
          .groupBy(eventDoorCounts.sex, eventDoorCounts.ageBand, eventDoorCounts.status),
      ]);
      const walkIns = perDevice.reduce((s, d) => s + d.walkIns, 0);
      const exits = perDevice.reduce((s, d) => s + d.exits, 0);
      const hours = [...new Set([...checkHours.map((h) => h.h), ...tapHours.map((h) => h.h)])].sort();
      const tally = (k: 'sex' | 'ageBand' | 'status') => {
        const out: Record<string, number> = {};
        for (const p of profiles) if (p[k]) out[p[k]!] = (out[p[k]!] ?? 0) + p.n;
        return out;
      };
      return {
        eventId,
        at: clock.now().toISOString(),
        capacity: e.capacity,
        registered: regs.registered,
        waiting: regs.waiting,
        cancelled: regs.cancelled,
        checkedIn,
        walkIns,
        exits,
        insideNow: exits > 0 ? Math.max(0, checkedIn + walkIns - exits) : null,
        perDesk,
        perDevice,
        perHour: hours.map((h) => ({
          date: h.slice(0, 10),
          hour: `${h.slice(11, 13)}:00`,
          checkIns: checkHours.find((x) => x.h === h)?.n ?? 0,
          walkIns: tapHours.find((x) => x.h === h)?.n ?? 0,
        })),
        profiles: { sex: tally('sex'), ageBand: tally('ageBand'), status: tally('status') },
      };
    },
  };
  return checkin;
}
