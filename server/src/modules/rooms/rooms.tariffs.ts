import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import { brusselsDay, brusselsInstant, brusselsTime } from '../../platform/brussels-time';
import { roomBookings, roomOrganisationSettings, rooms } from './rooms.table';
import { HALF_DAY_HOURS, HOUR, localDays, type Room, type RoomsCore, type RoomsDeps } from './rooms.core';

export interface StatementLine {
  bookingId: number;
  organisation: string;
  room: string;
  day: string;
  from: string;
  to: string;
  startsAt: Date;
  endsAt: Date;
  hours: number;
  purpose: string;
  tariff: 'free' | 'half_day' | 'day';
  amountCents: number;
}

/** The price of a booking: free, the half-day price up to 4 hours, else the day price per day touched. */
export function priceOf(room: Pick<Room, 'halfDayPriceCents' | 'dayPriceCents'>, free: boolean, startsAt: Date, endsAt: Date): { cents: number; tariff: 'free' | 'half_day' | 'day' } {
  if (free) return { cents: 0, tariff: 'free' };
  const days = localDays(startsAt, endsAt).length;
  const hours = (endsAt.getTime() - startsAt.getTime()) / HOUR;
  if (days === 1 && hours <= HALF_DAY_HOURS) return { cents: room.halfDayPriceCents, tariff: 'half_day' };
  return { cents: room.dayPriceCents * days, tariff: 'day' };
}

/** What organisations pay (free partners, half-day and day prices) and the monthly statements. */
export function createRoomsTariffs(deps: RoomsDeps & { core: RoomsCore }) {
  const { db, clock, audit, organisations: registry, core } = deps;
  const { organisationsById, organisationInfo, isFree, roomNames } = core;

  return {
    // ---------- organisations' room settings ----------
    async organisationSettings() {
      const orgs = await organisationsById();
      return [...orgs.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    },

    async setOrganisationSettings(actor: Actor, organisationId: number, input: { showPublicly?: boolean; freeOfCharge?: boolean }) {
      await registry.get(organisationId);
      await db.transaction(async (tx) => {
        await tx
          .insert(roomOrganisationSettings)
          .values({ organisationId, showPublicly: input.showPublicly ?? false, freeOfCharge: input.freeOfCharge ?? false, updatedAt: clock.now() })
          .onConflictDoUpdate({ target: roomOrganisationSettings.organisationId, set: { ...input, updatedAt: clock.now() } });
        await audit.record(actor, { action: 'room.organisation_settings.update', entityType: 'organisation', entityId: organisationId, details: input }, tx);
      });
      return organisationInfo(organisationId);
    },
    // ---------- money ----------
    /**
     * A month's confirmed bookings per organisation, with the amount due. With `requesters`, the bodies that public
     * requesters typed (outside the registry) are one group under that label: for readers who are not room managers.
     */
    async statement(q: { month: string; organisationId?: number }, opts: { requesters?: string } = {}) {
      const [y, m] = q.month.split('-').map(Number);
      const from = brusselsInstant(`${q.month}-01`);
      const to = brusselsInstant(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`);
      if (q.organisationId) await registry.get(q.organisationId);
      const rows = await db
        .select()
        .from(roomBookings)
        .where(and(eq(roomBookings.status, 'confirmed'), gte(roomBookings.startsAt, from), lt(roomBookings.startsAt, to), q.organisationId ? eq(roomBookings.organisationId, q.organisationId) : undefined))
        .orderBy(asc(roomBookings.startsAt));
      const [names, orgs, roomRows] = await Promise.all([roomNames(), organisationsById(), db.select().from(rooms)]);
      const roomById = new Map(roomRows.map((r) => [r.id, r]));
      const groups = new Map<string, { organisationId: number | null; name: string; free: boolean; bookings: StatementLine[]; totalCents: number; hours: number }>();
      for (const b of rows) {
        const org = b.organisationId ? orgs.get(b.organisationId) : undefined;
        const typed = opts.requesters ?? b.requesterOrganisation;
        const key = org ? `o${org.id}` : `n${(typed ?? '').toLowerCase()}`;
        const name = org?.name ?? typed ?? '—';
        const free = isFree(org ?? null);
        const room = roomById.get(b.roomId)!;
        const price = priceOf(room, free, b.startsAt, b.endsAt);
        const hours = (b.endsAt.getTime() - b.startsAt.getTime()) / HOUR;
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { organisationId: org?.id ?? null, name, free, bookings: [], totalCents: 0, hours: 0 }));
        g.bookings.push({
          bookingId: b.id,
          organisation: name,
          room: names.get(b.roomId) ?? '',
          day: brusselsDay(b.startsAt),
          from: brusselsTime(b.startsAt),
          to: brusselsTime(b.endsAt),
          startsAt: b.startsAt,
          endsAt: b.endsAt,
          hours,
          purpose: b.purpose,
          tariff: price.tariff,
          amountCents: b.amountCents,
        });
        g.totalCents += b.amountCents;
        g.hours += hours;
      }
      const organisations = [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
      return { month: q.month, organisations, totalCents: organisations.reduce((s, g) => s + g.totalCents, 0) };
    },
  };
}
