import type { ModuleContext } from '../../platform/module';
import { addMessages, translate } from '../../platform/i18n/messages';
import { monthShortName } from '../../platform/brussels-time';
import { figure } from '../../platform/stats';
import { roomsPermissions } from './rooms.permissions';
import type { RoomsService } from './rooms.service';
import { and, eq, inArray } from 'drizzle-orm';
import { monthlyCounts } from '../../platform/stats';
import { roomBookings } from './rooms.table';
import { LIVE } from './rooms.core';

addMessages({
  fr: {
    'dashboard.room_bookings': 'Locations de salles',
    'report.rooms': 'Occupation des salles',
    'report.bookings': 'Locations de salles',
    'report.hours_booked': 'Heures réservées',
    'report.rooms_months': 'Locations par mois',
    'report.rooms_by_room': 'Locations par salle',
  },
  nl: {
    'dashboard.room_bookings': 'Zaalverhuringen',
    'report.rooms': 'Bezetting van de zalen',
    'report.bookings': 'Zaalverhuringen',
    'report.hours_booked': 'Gereserveerde uren',
    'report.rooms_months': 'Verhuringen per maand',
    'report.rooms_by_room': 'Verhuringen per zaal',
  },
  en: {
    'dashboard.room_bookings': 'Room bookings',
    'report.rooms': 'Room occupation',
    'report.bookings': 'Room bookings',
    'report.hours_booked': 'Hours booked',
    'report.rooms_months': 'Bookings per month',
    'report.rooms_by_room': 'Bookings per room',
  },
});

/** Room occupation's section of the annual report: bookings, hours, by month, by room. */
export function registerRoomsReport(ctx: ModuleContext, service: RoomsService) {
  ctx.registry.reportSection({
    key: 'rooms',
    order: 50,
    async build({ year, locale, memo }) {
      const rooms = await memo.get(`rooms.counts:${year}`, () => service.yearCounts(year));
      const t = (key: string) => translate(locale, key);
      return {
        key: 'rooms',
        title: t('report.rooms'),
        figures: [
          { key: 'bookings', label: t('report.bookings'), ...figure(rooms.bookings, rooms.previousYear.bookings) },
          { key: 'hours', label: t('report.hours_booked'), ...figure(Math.round(rooms.hours), Math.round(rooms.previousYear.hours), 'hours') },
        ],
        charts: [
          {
            key: 'rooms_months',
            title: t('report.rooms_months'),
            kind: 'bar',
            data: rooms.byMonth.map((m) => ({ key: String(m.month), label: monthShortName(m.month, locale), value: m.bookings, previous: m.previousYearBookings })),
          },
          {
            key: 'rooms_by_room',
            title: t('report.rooms_by_room'),
            kind: 'bar',
            data: rooms.byRoom.map((r) => ({ key: String(r.roomId), label: r.name, value: r.bookings, previous: r.previousYearBookings })),
          },
        ],
      };
    },
  });
  ctx.registry.dashboardSeries({
    order: 50,
    key: 'room_bookings',
    labelKey: 'dashboard.room_bookings',
    access: roomsPermissions.dashboard,
    link: '/room-stats',
    async months(year, memo) {
      // each month's bookings of the year (and of the year before, for the report)
      const s = await memo.get(`rooms.counts:${year}`, () => service.yearCounts(year));
      return s.byMonth.map((m) => m.bookings);
    },
    // the bookings this user made (live ones, on the month they take place)
    mine: (year, userId) => monthlyCounts(ctx.db, roomBookings, roomBookings.startsAt, year, and(inArray(roomBookings.status, LIVE), eq(roomBookings.requestedBy, userId))),
  });
}
