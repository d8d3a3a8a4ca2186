import type { ModuleContext } from '../../platform/module';
import { createRoomsCore, isManager, type RoomsDeps } from './rooms.core';
import { createRoomsAvailability } from './rooms.availability';
import { createRoomsMail } from './rooms.mail';
import { createRoomsCatalog } from './rooms.catalog';
import { createRoomsBookings } from './rooms.bookings';
import { createRoomsSeries } from './rooms.series';
import { createRoomsTariffs } from './rooms.tariffs';
import { createRoomsPublic } from './rooms.public';
import { createRoomsRequests } from './rooms.requests';
import { createRoomsStats } from './rooms.stats';

export { addDays, bookingFor, isManager, FALLBACK_OPENING, HALF_DAY_HOURS, PUBLIC_REQUESTS_PER_HOUR, ROOM_MANAGERS, ROOM_STATS_READERS } from './rooms.core';
export type { Booking, BookingRow, Caller, Closure, Room } from './rooms.core';
export { priceOf, type StatementLine } from './rooms.tariffs';

export type RoomsService = ReturnType<typeof createRoomsService>;

/**
 * The rooms service: rooms and closures, availability, bookings, series, tariffs and statements,
 * the public side, public requests and statistics, each in its own file, composed here.
 */
export function createRoomsService(ctx: ModuleContext) {
  const deps: RoomsDeps = {
    db: ctx.db,
    clock: ctx.clock,
    audit: ctx.audit,
    outbox: ctx.outbox,
    sites: ctx.services.sites,
    organisations: ctx.services.organisations,
    log: ctx.log,
  };
  const core = createRoomsCore(deps);
  const availability = createRoomsAvailability({ ...deps, core });
  const mail = createRoomsMail({ ...deps, core });
  const { takenError: _t, mapWriteError: _m, ...findAndCalendar } = availability;
  return {
    isManager,
    ...createRoomsCatalog({ ...deps, core }),
    ...findAndCalendar,
    ...createRoomsBookings({ ...deps, core, availability, mail }),
    ...createRoomsSeries({ ...deps, core, availability, mail }),
    ...createRoomsTariffs({ ...deps, core }),
    ...createRoomsPublic({ ...deps, core }),
    ...createRoomsRequests({ ...deps, core, mail }),
    ...createRoomsStats({ ...deps, core }),
  };
}
