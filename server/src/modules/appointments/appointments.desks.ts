import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import { conflict } from '../../platform/http/errors';
import { brusselsInstant, isoWeekday, nextDay } from '../../platform/brussels-time';
import { appointmentDesks, appointments } from './appointments.table';
import type { DeskInput, DeskPatch } from './appointments.schemas';
import { addMinutes, sqlState, type AppointmentsCore, type AppointmentsDeps, presentDesk, type Slot } from './appointments.core';

/** Desks (a staff member's fixed hours at a site), their slots of a day, and who can be booked. */
export function createAppointmentDesks(deps: AppointmentsDeps & { core: AppointmentsCore }) {
  const { db, clock, audit, auth, core } = deps;
  const { allDesks, desksWritten, loadDesk, assertSite, assertStaff } = core;

  return {
    async listDesks(opts: { siteId?: number; includeInactive?: boolean } = {}) {
      const rows = (await allDesks()).filter((d) => (!opts.siteId || d.siteId === opts.siteId) && (opts.includeInactive || d.active));
      return rows.map(presentDesk);
    },

    getDesk: async (id: number) => presentDesk(await loadDesk(id)),

    async createDesk(actor: Actor, input: DeskInput) {
      await assertSite(input.siteId);
      await assertStaff(input.staffUserId, 'body.staffUserId');
      return desksWritten(db.transaction(async (tx) => {
        const [d] = await tx
          .insert(appointmentDesks)
          .values({ ...input, createdBy: actor.userId })
          .returning()
          .catch((err) => {
            if (sqlState(err) === '23505') throw conflict('error.desk_name_taken', { name: input.name });
            throw err;
          });
        await audit.record(actor, { action: 'appointment_desk.create', entityType: 'appointment_desk', entityId: d.id, details: { siteId: d.siteId, name: d.name } }, tx);
        return presentDesk(d);
      }));
    },

    async updateDesk(actor: Actor, id: number, patch: DeskPatch) {
      await loadDesk(id);
      if (patch.staffUserId) await assertStaff(patch.staffUserId, 'body.staffUserId');
      return desksWritten(db.transaction(async (tx) => {
        const [d] = await tx
          .update(appointmentDesks)
          .set({ ...patch, updatedAt: clock.now() })
          .where(eq(appointmentDesks.id, id))
          .returning()
          .catch((err) => {
            if (sqlState(err) === '23505') throw conflict('error.desk_name_taken', { name: patch.name });
            throw err;
          });
        await audit.record(actor, { action: 'appointment_desk.update', entityType: 'appointment_desk', entityId: id, details: patch }, tx);
        return presentDesk(d);
      }));
    },

    /** The desk's slots on a day, for its staff member (or another one), with which are free. */
    async slots(input: { deskId: number; date: string; staffUserId?: number }) {
      const desk = await loadDesk(input.deskId);
      const staffUserId = input.staffUserId ?? desk.staffUserId;
      const periods = desk.hours.filter((p) => p.weekday === isoWeekday(input.date)).sort((a, b) => (a.from < b.from ? -1 : 1));
      const busy = await db
        .select({ startsAt: appointments.startsAt, endsAt: appointments.endsAt })
        .from(appointments)
        .where(
          and(
            eq(appointments.staffUserId, staffUserId),
            ne(appointments.status, 'cancelled'),
            lt(appointments.startsAt, brusselsInstant(nextDay(input.date))),
            gt(appointments.endsAt, brusselsInstant(input.date)),
          ),
        );
      const now = clock.now().getTime();
      const slots: Slot[] = [];
      for (const p of periods) {
        for (let from = p.from; addMinutes(from, desk.slotMinutes) <= p.to; from = addMinutes(from, desk.slotMinutes)) {
          const to = addMinutes(from, desk.slotMinutes);
          const s = brusselsInstant(input.date, from);
          const e = brusselsInstant(input.date, to);
          slots.push({
            startsAt: s.toISOString(),
            endsAt: e.toISOString(),
            start: from,
            end: to,
            free: !busy.some((b) => b.startsAt < e && b.endsAt > s),
            past: s.getTime() < now,
          });
        }
      }
      return { date: input.date, desk: { id: desk.id, name: desk.name, siteId: desk.siteId, slotMinutes: desk.slotMinutes, active: desk.active }, staffUserId, slots };
    },

    /** Active user accounts one can book an appointment with. */
    async staff() {
      return (await auth.listUsers()).filter((u) => u.active).map((u) => ({ id: u.id, name: u.name, roles: u.roles }));
    },
  };
}
