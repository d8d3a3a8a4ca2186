import { and, asc, count, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { OUTSIDE_ROLES } from '../../platform/auth/roles';
import { AppError, invalidField, notFound } from '../../platform/http/errors';
import { brusselsInstant, nextDay } from '../../platform/brussels-time';
import { eventItemRegistrations, eventItems, eventPartners, eventRegistrations, events, eventStaff } from './events.table';
import type { EventInput, EventPatch, ItemInput, ItemPatch, ListQuery } from './events.schemas';
import { HOLDS_PLACE, textsOf, type Caller, type EventRow, type EventsCore, type EventsDeps, type EventSummary } from './events.core';

/** Events themselves: create, change, cancel, list; the room booked through the rooms module; the programme. */
export function createEventsCatalog(deps: EventsDeps & { core: EventsCore }) {
  const { db, clock, audit, core, ctx } = deps;
  const { loadEvent, present, roomNames, placeOf } = core;

  async function checkPartners(ids: number[]) {
    for (const [i, id] of ids.entries()) {
      try {
        await ctx.services.organisations.get(id);
      } catch (e) {
        if (e instanceof AppError && e.status === 404) throw invalidField(`body.partnerIds.${i}`, 'error.unknown_organisation');
        throw e;
      }
    }
  }

  /** Who may be put in charge of an event: active accounts of the Centrale's staff (not a partner service's worker). */
  async function staffChoices() {
    return (await ctx.auth.listUsers())
      .filter((u) => u.active && u.roles.some((r) => !(OUTSIDE_ROLES as readonly string[]).includes(r)))
      .map((u) => ({ id: u.id, name: u.name }));
  }

  /** New staff in charge must be active Centrale staff; those already in charge of the event may stay (an account closed since). */
  async function checkStaff(ids: number[], eventId?: number) {
    const known = new Set((await staffChoices()).map((u) => u.id));
    if (eventId !== undefined) for (const s of await db.select({ userId: eventStaff.userId }).from(eventStaff).where(eq(eventStaff.eventId, eventId))) known.add(s.userId);
    const i = ids.findIndex((id) => !known.has(id));
    if (i >= 0) throw invalidField(`body.staffIds.${i}`, 'error.events.unknown_user');
  }

  async function checkRoom(roomId: number, capacity: number | null | undefined) {
    let room;
    try {
      room = await ctx.services.rooms.getRoom(roomId);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) throw invalidField('body.roomId', 'error.events.unknown_room');
      throw e;
    }
    if (capacity && capacity > room.capacity) throw invalidField('body.capacity', 'error.room_too_small', { capacity: room.capacity });
    return room;
  }

  /** Books the room for the whole event (confirmed for room managers, requested otherwise): nothing else takes it. */
  async function book(caller: Caller, e: { roomId: number; startsAt: Date; endsAt: Date; titleFr: string }) {
    const b = await ctx.services.rooms.createBooking(caller, { roomId: e.roomId, startsAt: e.startsAt, endsAt: e.endsAt, purpose: e.titleFr.slice(0, 300) });
    return b.id;
  }

  async function setLinks(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], eventId: number, partnerIds?: number[], staffIds?: number[]) {
    if (partnerIds) {
      await tx.delete(eventPartners).where(eq(eventPartners.eventId, eventId));
      if (partnerIds.length) await tx.insert(eventPartners).values([...new Set(partnerIds)].map((organisationId) => ({ eventId, organisationId })));
    }
    if (staffIds) {
      await tx.delete(eventStaff).where(eq(eventStaff.eventId, eventId));
      if (staffIds.length) await tx.insert(eventStaff).values([...new Set(staffIds)].map((userId) => ({ eventId, userId })));
    }
  }

  const catalog = {
    staffChoices,

    async get(id: number) {
      const [e] = await present([await loadEvent(id)]);
      return e;
    },

    async list(q: ListQuery) {
      const conds: (SQL | undefined)[] = [
        q.from ? gte(events.endsAt, brusselsInstant(q.from)) : undefined,
        q.to ? lt(events.startsAt, brusselsInstant(nextDay(q.to))) : undefined,
        q.kind ? eq(events.kind, q.kind) : undefined,
        q.status ? eq(events.status, q.status) : undefined,
      ];
      const cond = and(...conds);
      const [rows, [{ total }]] = await Promise.all([
        db.select().from(events).where(cond).orderBy(desc(events.startsAt), asc(events.id)).limit(q.limit).offset(q.offset),
        db.select({ total: count() }).from(events).where(cond),
      ]);
      return { items: await present(rows, false), total };
    },

    async create(caller: Caller, input: EventInput) {
      const { partnerIds = [], staffIds = [], ...fields } = input;
      await checkPartners(partnerIds);
      await checkStaff(staffIds);
      if (fields.roomId) await checkRoom(fields.roomId, fields.capacity);
      const bookingId = fields.roomId ? await book(caller, { ...fields, roomId: fields.roomId }) : null;
      try {
        const row = await db.transaction(async (tx) => {
          const [e] = await tx
            .insert(events)
            .values({ ...fields, roomBookingId: bookingId, venueName: fields.roomId ? null : (fields.venueName ?? null), createdBy: caller.userId, createdAt: clock.now(), updatedAt: clock.now() })
            .returning();
          await setLinks(tx, e.id, partnerIds, staffIds);
          await audit.record(caller, { action: 'events.create', entityType: 'event', entityId: e.id, details: { kind: e.kind, roomBookingId: bookingId } }, tx);
          return e;
        });
        return catalog.get(row.id);
      } catch (err) {
        if (bookingId) await ctx.services.rooms.cancel(caller, bookingId).catch(() => undefined);
        throw err;
      }
    },

    async update(caller: Caller, id: number, patch: EventPatch) {
      const before = await loadEvent(id);
      const { partnerIds, staffIds, ...fields } = patch;
      const next = { ...before, ...fields } as EventRow;
      if (next.endsAt <= next.startsAt) throw invalidField('body.endsAt', 'error.end_before_start');
      if (next.roomId && next.venueName && fields.venueName) throw invalidField('body.venueName', 'error.events.room_or_venue');
      if (next.registrationOpensAt && next.registrationClosesAt && next.registrationClosesAt <= next.registrationOpensAt)
        throw invalidField('body.registrationClosesAt', 'error.events.registration_window');
      if (partnerIds) await checkPartners(partnerIds);
      if (staffIds) await checkStaff(staffIds, id);
      if (next.roomId) await checkRoom(next.roomId, next.capacity);
      // The room booking follows the event: moved, made, or cancelled.
      let roomBookingId = before.roomBookingId;
      const cancelled = next.status === 'cancelled';
      const roomChanged = next.roomId !== before.roomId || +next.startsAt !== +before.startsAt || +next.endsAt !== +before.endsAt;
      if (before.roomBookingId && (cancelled || !next.roomId)) {
        await ctx.services.rooms.cancel(caller, before.roomBookingId).catch(() => undefined);
        roomBookingId = null;
      } else if (before.roomBookingId && next.roomId && roomChanged) {
        await ctx.services.rooms.moveBooking(caller, before.roomBookingId, { roomId: next.roomId, startsAt: next.startsAt, endsAt: next.endsAt });
      } else if (!before.roomBookingId && next.roomId && !cancelled) {
        roomBookingId = await book(caller, { roomId: next.roomId, startsAt: next.startsAt, endsAt: next.endsAt, titleFr: next.titleFr });
      }
      await db.transaction(async (tx) => {
        await tx
          .update(events)
          .set({ ...fields, venueName: next.roomId ? null : next.venueName, roomBookingId, updatedAt: clock.now() })
          .where(eq(events.id, id));
        await setLinks(tx, id, partnerIds, staffIds);
        await audit.record(caller, { action: 'events.update', entityType: 'event', entityId: id, details: { fields: Object.keys(patch) } }, tx);
      });
      return catalog.get(id);
    },

    async addItem(caller: Caller, eventId: number, input: ItemInput) {
      const e = await loadEvent(eventId);
      if (input.startsAt < e.startsAt || input.endsAt > e.endsAt) throw invalidField('body.startsAt', 'error.events.item_outside_event');
      await db.transaction(async (tx) => {
        const [item] = await tx.insert(eventItems).values({ ...input, eventId }).returning();
        await audit.record(caller, { action: 'events.item_create', entityType: 'event', entityId: eventId, details: { itemId: item.id } }, tx);
      });
      return catalog.get(eventId);
    },

    /** Changes a programme item: it stays within the event, and its capacity does not fall below the people it holds. */
    async updateItem(caller: Caller, eventId: number, itemId: number, patch: ItemPatch) {
      const e = await loadEvent(eventId);
      await db.transaction(async (tx) => {
        const [item] = await tx.select().from(eventItems).where(and(eq(eventItems.id, itemId), eq(eventItems.eventId, eventId))).for('update');
        if (!item) throw notFound('what.event_item');
        const next = { ...item, ...patch };
        if (next.endsAt <= next.startsAt) throw invalidField('body.endsAt', 'error.end_before_start');
        if (next.startsAt < e.startsAt || next.endsAt > e.endsAt) throw invalidField('body.startsAt', 'error.events.item_outside_event');
        if (patch.capacity) {
          const [{ n }] = await tx
            .select({ n: count() })
            .from(eventItemRegistrations)
            .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventItemRegistrations.registrationId))
            .where(and(eq(eventItemRegistrations.itemId, itemId), inArray(eventRegistrations.status, [...HOLDS_PLACE])));
          if (patch.capacity < n) throw invalidField('body.capacity', 'error.events.item_capacity_below_registered', { count: n });
        }
        await tx.update(eventItems).set(patch).where(eq(eventItems.id, itemId));
        await audit.record(caller, { action: 'events.item_update', entityType: 'event', entityId: eventId, details: { itemId, fields: Object.keys(patch) } }, tx);
      });
      return catalog.get(eventId);
    },

    async deleteItem(caller: Caller, eventId: number, itemId: number) {
      await db.transaction(async (tx) => {
        const [gone] = await tx.delete(eventItems).where(and(eq(eventItems.id, itemId), eq(eventItems.eventId, eventId))).returning();
        if (!gone) throw notFound('what.event_item');
        await audit.record(caller, { action: 'events.item_delete', entityType: 'event', entityId: eventId, details: { itemId } }, tx);
      });
    },

    /** What other modules show of an event (the offers module: a fair's name, date and place). */
    async summary(id: number): Promise<EventSummary | null> {
      const [e] = await db.select().from(events).where(eq(events.id, id));
      if (!e) return null;
      const rooms = await roomNames(e.roomId ? [e.roomId] : []);
      return { id: e.id, kind: e.kind, title: textsOf(e), startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString(), place: placeOf(e, rooms) };
    },
  };
  return catalog;
}
