import { desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import { conflict } from '../../platform/http/errors';
import { brusselsDay } from '../../platform/brussels-time';
import { appointments } from './appointments.table';
import type { BookInput, RescheduleInput } from './appointments.schemas';
import { allows } from '../../platform/auth/roles';
import type { AppointmentsCore, AppointmentsDeps, AppointmentView, BusySlot, Row, Viewer } from './appointments.core';
import { appointmentsPermissions } from './appointments.permissions';

/** An appointment's life: booked, rescheduled, cancelled, attended or missed; a person's appointments. */
export function createAppointmentBookings(deps: AppointmentsDeps & { core: AppointmentsCore }) {
  const { db, clock, audit, people, core } = deps;
  const { loadDesk, loadAppointment, bookablePerson, assertStaff, assertFits, assertPersonFree, overlapError, presentFor, presentOne } = core;

  return {
    async get(id: number, viewer: Viewer): Promise<AppointmentView> {
      return presentOne(await loadAppointment(id), viewer);
    },

    async book(actor: Actor, input: BookInput, viewer: Viewer = null): Promise<AppointmentView> {
      const desk = await loadDesk(input.deskId, 'body.deskId');
      if (!desk.active) throw conflict('error.desk_inactive', { desk: desk.name });
      await bookablePerson(input.personId);
      const staffUserId = input.staffUserId ?? desk.staffUserId;
      await assertStaff(staffUserId, 'body.staffUserId');
      const startsAt = input.startsAt;
      const endsAt = input.endsAt ?? new Date(startsAt.getTime() + desk.slotMinutes * 60_000);
      assertFits(desk, startsAt, endsAt);
      await assertPersonFree(input.personId, startsAt, endsAt);
      let row: Row;
      try {
        row = await db.transaction(async (tx) => {
          const [r] = await tx
            .insert(appointments)
            .values({
              deskId: desk.id,
              personId: input.personId,
              staffUserId,
              startsAt,
              endsAt,
              purpose: input.purpose ?? null,
              notes: input.notes ?? null,
              createdBy: actor.userId,
              createdAt: clock.now(),
              updatedAt: clock.now(),
            })
            .returning();
          await audit.record(
            actor,
            { action: 'appointment.book', entityType: 'appointment', entityId: r.id, details: { personId: r.personId, staffUserId, deskId: desk.id, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() } },
            tx,
          );
          await people.touch(input.personId, clock.now(), tx);
          return r;
        });
      } catch (err) {
        throw await overlapError(err, { staffUserId, personId: input.personId, startsAt, endsAt });
      }
      return presentOne(row, viewer);
    },

    async reschedule(actor: Actor, id: number, input: RescheduleInput, viewer: Viewer = null): Promise<AppointmentView> {
      const current = await loadAppointment(id);
      if (current.status !== 'booked') throw conflict('error.appointment_not_booked', { status: `appointment.status.${current.status}` });
      const desk = await loadDesk(input.deskId ?? current.deskId, 'body.deskId');
      if (!desk.active) throw conflict('error.desk_inactive', { desk: desk.name });
      const staffUserId = input.staffUserId ?? current.staffUserId;
      if (input.staffUserId) await assertStaff(staffUserId, 'body.staffUserId');
      const startsAt = input.startsAt;
      const endsAt = input.endsAt ?? new Date(startsAt.getTime() + (current.endsAt.getTime() - current.startsAt.getTime()));
      assertFits(desk, startsAt, endsAt);
      await assertPersonFree(current.personId, startsAt, endsAt, id);
      let row: Row;
      try {
        row = await db.transaction(async (tx) => {
          const before = await loadAppointment(id, tx, true);
          if (before.status !== 'booked') throw conflict('error.appointment_not_booked', { status: `appointment.status.${before.status}` });
          const [r] = await tx
            .update(appointments)
            .set({
              deskId: desk.id,
              staffUserId,
              startsAt,
              endsAt,
              rescheduleCount: sql`${appointments.rescheduleCount} + 1`,
              reminderSentAt: null,
              updatedAt: clock.now(),
            })
            .where(eq(appointments.id, id))
            .returning();
          await audit.record(
            actor,
            {
              action: 'appointment.reschedule',
              entityType: 'appointment',
              entityId: id,
              details: {
                personId: r.personId,
                from: { startsAt: before.startsAt.toISOString(), endsAt: before.endsAt.toISOString(), staffUserId: before.staffUserId, deskId: before.deskId },
                to: { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), staffUserId, deskId: desk.id },
              },
            },
            tx,
          );
          return r;
        });
      } catch (err) {
        throw await overlapError(err, { staffUserId, personId: current.personId, startsAt, endsAt, excludeId: id });
      }
      return presentOne(row, viewer);
    },

    async cancel(actor: Actor, id: number, reason?: string | null, viewer: Viewer = null): Promise<AppointmentView> {
      const row = await db.transaction(async (tx) => {
        const before = await loadAppointment(id, tx, true);
        if (before.status !== 'booked') throw conflict('error.appointment_not_booked', { status: `appointment.status.${before.status}` });
        const [r] = await tx
          .update(appointments)
          .set({ status: 'cancelled', cancelledAt: clock.now(), cancelReason: reason ?? null, updatedAt: clock.now() })
          .where(eq(appointments.id, id))
          .returning();
        await audit.record(actor, { action: 'appointment.cancel', entityType: 'appointment', entityId: id, details: { personId: r.personId } }, tx);
        return r;
      });
      return presentOne(row, viewer);
    },

    /** Records whether the person came (attended / no_show), or undoes it (booked). */
    async setOutcome(actor: Actor & { userId: number | null }, id: number, outcome: 'attended' | 'no_show' | 'booked', viewer: Viewer = null): Promise<AppointmentView> {
      const row = await db.transaction(async (tx) => {
        const before = await loadAppointment(id, tx, true);
        if (before.status === 'cancelled') throw conflict('error.appointment_cancelled');
        if (outcome !== 'booked' && brusselsDay(before.startsAt) > brusselsDay(clock.now())) throw conflict('error.appointment_in_future');
        if (before.status === outcome) return before;
        const [r] = await tx
          .update(appointments)
          .set({
            status: outcome,
            outcomeAt: outcome === 'booked' ? null : clock.now(),
            outcomeBy: outcome === 'booked' ? null : actor.userId,
            updatedAt: clock.now(),
          })
          .where(eq(appointments.id, id))
          .returning();
        await audit.record(actor, { action: `appointment.${outcome === 'booked' ? 'outcome_undo' : outcome}`, entityType: 'appointment', entityId: id, details: { personId: r.personId, from: before.status } }, tx);
        if (outcome === 'attended') await people.touch(r.personId, r.startsAt, tx);
        return r;
      });
      return presentOne(row, viewer);
    },

    async updateNotes(actor: Actor, id: number, input: { purpose?: string | null; notes?: string | null }, viewer: Viewer = null): Promise<AppointmentView> {
      const row = await db.transaction(async (tx) => {
        await loadAppointment(id, tx, true);
        const [r] = await tx
          .update(appointments)
          .set({ ...input, updatedAt: clock.now() })
          .where(eq(appointments.id, id))
          .returning();
        await audit.record(actor, { action: 'appointment.update', entityType: 'appointment', entityId: id, details: { fields: Object.keys(input) } }, tx);
        return r;
      });
      return presentOne(row, viewer);
    },

    /**
     * A person's appointments, latest first, as the viewer may see them: an appointment reader gets the appointment
     * (what it is about only for the desk's module), anyone else a busy slot, its time only. Reading them is audited.
     */
    async listForPerson(actor: Actor, personId: number, viewer: NonNullable<Viewer>): Promise<(AppointmentView | BusySlot)[]> {
      await people.contactOf(personId); // 404 for an unknown person
      const rows = await db.select().from(appointments).where(eq(appointments.personId, personId)).orderBy(desc(appointments.startsAt));
      await audit.record(actor, { action: 'person.appointments_read', entityType: 'person', entityId: personId });
      const views = await presentFor(rows, viewer);
      if (allows(appointmentsPermissions.read, viewer.roles)) return views;
      return views.map((v) => (v.withheld ? { id: v.id, busy: true as const, startsAt: v.startsAt, endsAt: v.endsAt, date: v.date, start: v.start, end: v.end } : v));
    },
  };
}
