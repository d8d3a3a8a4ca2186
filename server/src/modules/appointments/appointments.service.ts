import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { systemActor, type Actor, type AuditService } from '../../platform/audit/audit.service';
import type { AuthService, SessionUser } from '../../platform/auth/auth.service';
import type { Mailer } from '../../platform/mailer';
import type { Locale } from '../../platform/i18n/messages';
import { translate } from '../../platform/i18n/messages';
import { AppError, conflict, invalidField, notFound } from '../../platform/http/errors';
import { brusselsDay, brusselsInstant, brusselsTime, brusselsYearRange, isoWeekday, nextDay } from '../../platform/brussels-time';
import type { PeopleService, PersonContact, TimelineEntry } from '../people/people.service';
import type { SitesService } from '../sites/sites.service';
import { appointmentDesks, appointments, type AppointmentStatus, type DeskPeriod } from './appointments.table';
import type { BookInput, CalendarQuery, DeskInput, DeskPatch, RescheduleInput } from './appointments.schemas';
import { appointmentIcs } from './appointments.ics';

export type Desk = typeof appointmentDesks.$inferSelect;
type Row = typeof appointments.$inferSelect;

export interface AppointmentView {
  id: number;
  status: AppointmentStatus;
  startsAt: string;
  endsAt: string;
  /** Brussels calendar day and wall-clock times */
  date: string;
  start: string;
  end: string;
  durationMinutes: number;
  desk: { id: number; name: string };
  site: { id: number; name: string; address: string | null; postalCode: string | null };
  staff: { id: number; name: string };
  person: { id: number; firstName: string; lastName: string; erased: boolean };
  purpose: string | null;
  notes: string | null;
  cancelReason: string | null;
  cancelledAt: string | null;
  outcomeAt: string | null;
  rescheduleCount: number;
  reminderSentAt: string | null;
  createdAt: string;
}

export interface Slot {
  startsAt: string;
  endsAt: string;
  start: string;
  end: string;
  /** no non-cancelled appointment of the staff member overlaps it */
  free: boolean;
  /** already started (relative to now) */
  past: boolean;
}

/** Why an appointment of tomorrow needs a phone call instead of (or after) an e-mail. */
export type CallReason = 'mail_not_configured' | 'no_email' | 'no_email_consent' | 'reminder_not_sent';

export interface AppointmentStats {
  year: number;
  /** every appointment of the year, whatever became of it */
  booked: number;
  attended: number;
  noShows: number;
  cancelled: number;
  /** still booked: in the future, or outcome not recorded yet */
  pending: number;
  /** no-shows / (attended + no-shows); null when no outcome is known */
  noShowRate: number | null;
  distinctPeopleAttended: number;
  byDesk: { deskId: number; deskName: string; siteId: number; booked: number; attended: number; noShows: number; cancelled: number; distinctPeopleAttended: number }[];
}

const LOCALE_TAGS: Record<Locale, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

/** The language to write to a person in: the first of their languages that the Centrale writes in, else French. */
export function personLocale(languages: readonly string[]): Locale {
  for (const l of languages) {
    const code = l.toLowerCase().slice(0, 2);
    if (code === 'fr' || code === 'nl' || code === 'en') return code;
  }
  return 'fr';
}

/** "mercredi 4 mars 2026" in the given language, for a Brussels calendar day. */
export function longDate(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T12:00:00Z`));
}

const shortDate = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

function addMinutes(hhmm: string, minutes: number): string {
  const [h, m] = hhmm.split(':').map(Number);
  const t = h * 60 + m + minutes;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

/** Monday of the ISO week of a calendar day. */
function mondayOf(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - (isoWeekday(day) - 1));
  return d.toISOString().slice(0, 10);
}

/** The SQLSTATE of a database error, whichever driver (and Drizzle wrapper) raised it. */
function sqlState(err: unknown): string | undefined {
  let e = err as { code?: unknown; cause?: unknown } | undefined;
  for (let i = 0; e && i < 4; i++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

/** Whether [startsAt, endsAt) lies within one period of the desk, in Brussels wall-clock time. */
export function fitsDeskHours(hours: readonly DeskPeriod[], startsAt: Date, endsAt: Date): boolean {
  const day = brusselsDay(startsAt);
  if (brusselsDay(new Date(endsAt.getTime() - 1)) !== day) return false;
  const wd = isoWeekday(day);
  const from = brusselsTime(startsAt);
  const to = brusselsTime(endsAt) === '00:00' ? '24:00' : brusselsTime(endsAt);
  return hours.some((p) => p.weekday === wd && p.from <= from && to <= p.to);
}

export type AppointmentsService = ReturnType<typeof createAppointmentsService>;

export function createAppointmentsService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  auth: AuthService;
  mailer: Mailer;
  people: PeopleService;
  sites: SitesService;
}) {
  const { db, clock, audit, auth, mailer, people, sites } = deps;

  async function loadDesk(id: number, path?: string): Promise<Desk> {
    const [d] = await db.select().from(appointmentDesks).where(eq(appointmentDesks.id, id));
    if (!d) throw path ? invalidField(path, 'error.unknown_desk') : notFound('what.desk');
    return d;
  }

  async function loadAppointment(id: number, tx: Db | Tx = db, lock = false): Promise<Row> {
    const q = tx.select().from(appointments).where(eq(appointments.id, id));
    const [row] = lock ? await q.for('update') : await q;
    if (!row) throw notFound('what.appointment');
    return row;
  }

  /** The staff member must be an active user account. */
  async function assertStaff(userId: number, path: string) {
    let user;
    try {
      user = await auth.getUser(userId);
    } catch (err) {
      if (err instanceof AppError && err.status === 404) throw invalidField(path, 'error.unknown_staff');
      throw err;
    }
    if (!user.active) throw invalidField(path, 'error.staff_inactive', { name: user.name });
    return user;
  }

  async function assertSite(siteId: number) {
    try {
      return await sites.get(siteId);
    } catch (err) {
      if (err instanceof AppError && err.status === 404) throw invalidField('body.siteId', 'error.unknown_site');
      throw err;
    }
  }

  /** The person must exist and be usable (not erased, not merged into another record). */
  async function bookablePerson(personId: number): Promise<PersonContact> {
    let contact: PersonContact;
    try {
      contact = await people.contactOf(personId);
    } catch (err) {
      if (err instanceof AppError && err.status === 404) throw invalidField('body.personId', 'error.unknown_person');
      throw err;
    }
    if (contact.mergedIntoId) throw new AppError(409, 'error.person_merged', {}, [], { mergedIntoId: contact.mergedIntoId });
    if (contact.erased) throw conflict('error.person_erased');
    return contact;
  }

  function assertFits(desk: Desk, startsAt: Date, endsAt: Date) {
    if (!fitsDeskHours(desk.hours, startsAt, endsAt))
      throw new AppError(400, 'error.outside_desk_hours', { desk: desk.name }, [{ path: 'body.startsAt', code: 'error.outside_desk_hours', params: { desk: desk.name } }], {
        deskHours: desk.hours,
      });
  }

  /** Turns the exclusion-constraint violation into a 409 that names the appointment in the way. */
  async function staffBusy(staffUserId: number, startsAt: Date, endsAt: Date, excludeId?: number): Promise<AppError> {
    const [other] = await db
      .select()
      .from(appointments)
      .where(
        and(
          eq(appointments.staffUserId, staffUserId),
          ne(appointments.status, 'cancelled'),
          lt(appointments.startsAt, endsAt),
          gt(appointments.endsAt, startsAt),
          excludeId ? ne(appointments.id, excludeId) : undefined,
        ),
      )
      .orderBy(asc(appointments.startsAt))
      .limit(1);
    const staff = await auth.getUser(staffUserId).catch(() => ({ name: `#${staffUserId}` }));
    const at = other ?? { startsAt, endsAt, id: null };
    return conflict(
      'error.staff_busy',
      { staff: staff.name, date: shortDate(brusselsDay(at.startsAt)), from: brusselsTime(at.startsAt), to: brusselsTime(at.endsAt) },
      { conflict: { appointmentId: at.id, staffUserId, startsAt: at.startsAt.toISOString(), endsAt: at.endsAt.toISOString() } },
    );
  }

  /** A person is not booked twice at the same time (checked here; the staff rule is the database's). */
  async function assertPersonFree(personId: number, startsAt: Date, endsAt: Date, excludeId?: number) {
    const [other] = await db
      .select({ id: appointments.id, startsAt: appointments.startsAt, endsAt: appointments.endsAt })
      .from(appointments)
      .where(
        and(
          eq(appointments.personId, personId),
          ne(appointments.status, 'cancelled'),
          lt(appointments.startsAt, endsAt),
          gt(appointments.endsAt, startsAt),
          excludeId ? ne(appointments.id, excludeId) : undefined,
        ),
      )
      .limit(1);
    if (other)
      throw conflict(
        'error.person_busy',
        { date: shortDate(brusselsDay(other.startsAt)), from: brusselsTime(other.startsAt), to: brusselsTime(other.endsAt) },
        { conflict: { appointmentId: other.id, startsAt: other.startsAt.toISOString(), endsAt: other.endsAt.toISOString() } },
      );
  }

  async function present(rows: Row[]): Promise<AppointmentView[]> {
    if (rows.length === 0) return [];
    const deskIds = [...new Set(rows.map((r) => r.deskId))];
    const [desks, siteList, users, profiles] = await Promise.all([
      db.select().from(appointmentDesks).where(inArray(appointmentDesks.id, deskIds)),
      sites.list(true),
      auth.listUsers(),
      people.profiles([...new Set(rows.map((r) => r.personId))]),
    ]);
    const deskById = new Map(desks.map((d) => [d.id, d]));
    const siteById = new Map(siteList.map((s) => [s.id, s]));
    const userById = new Map(users.map((u) => [u.id, u]));
    const personById = new Map(profiles.map((p) => [p.id, p]));
    return rows.map((r) => {
      const desk = deskById.get(r.deskId)!;
      const site = siteById.get(desk.siteId);
      const person = personById.get(r.personId);
      return {
        id: r.id,
        status: r.status,
        startsAt: r.startsAt.toISOString(),
        endsAt: r.endsAt.toISOString(),
        date: brusselsDay(r.startsAt),
        start: brusselsTime(r.startsAt),
        end: brusselsTime(r.endsAt),
        durationMinutes: Math.round((r.endsAt.getTime() - r.startsAt.getTime()) / 60_000),
        desk: { id: desk.id, name: desk.name },
        site: { id: desk.siteId, name: site?.name ?? '', address: site?.address ?? null, postalCode: site?.postalCode ?? null },
        staff: { id: r.staffUserId, name: userById.get(r.staffUserId)?.name ?? '' },
        person: { id: r.personId, firstName: person?.firstName ?? '', lastName: person?.lastName ?? '', erased: person?.erased ?? false },
        purpose: r.purpose,
        notes: r.notes,
        cancelReason: r.cancelReason,
        cancelledAt: r.cancelledAt?.toISOString() ?? null,
        outcomeAt: r.outcomeAt?.toISOString() ?? null,
        rescheduleCount: r.rescheduleCount,
        reminderSentAt: r.reminderSentAt?.toISOString() ?? null,
        createdAt: r.createdAt.toISOString(),
      };
    });
  }
  const presentOne = async (row: Row) => (await present([row]))[0];

  /** Booked appointments starting on a Brussels calendar day. */
  function bookedOn(day: string) {
    return db
      .select()
      .from(appointments)
      .where(and(eq(appointments.status, 'booked'), gte(appointments.startsAt, brusselsInstant(day)), lt(appointments.startsAt, brusselsInstant(nextDay(day)))))
      .orderBy(asc(appointments.startsAt), asc(appointments.id));
  }

  const service = {
    // ---- desks ----
    async listDesks(opts: { siteId?: number; includeInactive?: boolean } = {}): Promise<Desk[]> {
      return db
        .select()
        .from(appointmentDesks)
        .where(and(opts.siteId ? eq(appointmentDesks.siteId, opts.siteId) : undefined, opts.includeInactive ? undefined : eq(appointmentDesks.active, true)))
        .orderBy(asc(appointmentDesks.siteId), asc(appointmentDesks.name));
    },

    getDesk: (id: number) => loadDesk(id),

    async createDesk(actor: Actor, input: DeskInput): Promise<Desk> {
      await assertSite(input.siteId);
      await assertStaff(input.staffUserId, 'body.staffUserId');
      return db.transaction(async (tx) => {
        const [d] = await tx
          .insert(appointmentDesks)
          .values({ ...input, createdBy: actor.userId })
          .returning()
          .catch((err) => {
            if (sqlState(err) === '23505') throw conflict('error.desk_name_taken', { name: input.name });
            throw err;
          });
        await audit.record(actor, { action: 'appointment_desk.create', entityType: 'appointment_desk', entityId: d.id, details: { siteId: d.siteId, name: d.name } }, tx);
        return d;
      });
    },

    async updateDesk(actor: Actor, id: number, patch: DeskPatch): Promise<Desk> {
      await loadDesk(id);
      if (patch.staffUserId) await assertStaff(patch.staffUserId, 'body.staffUserId');
      return db.transaction(async (tx) => {
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
        return d;
      });
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

    // ---- appointments ----
    async get(id: number): Promise<AppointmentView> {
      return presentOne(await loadAppointment(id));
    },

    async book(actor: Actor, input: BookInput): Promise<AppointmentView> {
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
        if (sqlState(err) === '23P01') throw await staffBusy(staffUserId, startsAt, endsAt);
        throw err;
      }
      return presentOne(row);
    },

    async reschedule(actor: Actor, id: number, input: RescheduleInput): Promise<AppointmentView> {
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
        if (sqlState(err) === '23P01') throw await staffBusy(staffUserId, startsAt, endsAt, id);
        throw err;
      }
      return presentOne(row);
    },

    async cancel(actor: Actor, id: number, reason?: string | null): Promise<AppointmentView> {
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
      return presentOne(row);
    },

    /** Records whether the person came (attended / no_show), or undoes it (booked). */
    async setOutcome(actor: Actor & { userId: number | null }, id: number, outcome: 'attended' | 'no_show' | 'booked'): Promise<AppointmentView> {
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
      return presentOne(row);
    },

    async updateNotes(actor: Actor, id: number, input: { purpose?: string | null; notes?: string | null }): Promise<AppointmentView> {
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
      return presentOne(row);
    },

    /** A person's appointments, latest first. Reading them is written to the audit log. */
    async listForPerson(actor: Actor, personId: number): Promise<AppointmentView[]> {
      await people.contactOf(personId); // 404 for an unknown person
      const rows = await db.select().from(appointments).where(eq(appointments.personId, personId)).orderBy(desc(appointments.startsAt));
      await audit.record(actor, { action: 'person.appointments_read', entityType: 'person', entityId: personId });
      return present(rows);
    },

    /** Day or week (Monday to Sunday) calendar, per staff member, site or desk, with the desks' opening periods. */
    async calendar(q: CalendarQuery) {
      const from = q.view === 'day' ? q.date : mondayOf(q.date);
      const days: string[] = [from];
      if (q.view === 'week') for (let i = 1; i < 7; i++) days.push(nextDay(days[i - 1]));
      const to = nextDay(days[days.length - 1]);
      const desks = await db
        .select()
        .from(appointmentDesks)
        .where(and(q.siteId ? eq(appointmentDesks.siteId, q.siteId) : undefined, q.deskId ? eq(appointmentDesks.id, q.deskId) : undefined));
      const deskIds = desks.map((d) => d.id);
      const conds: (SQL | undefined)[] = [gte(appointments.startsAt, brusselsInstant(from)), lt(appointments.startsAt, brusselsInstant(to))];
      if (q.staffUserId) conds.push(eq(appointments.staffUserId, q.staffUserId));
      if (q.siteId || q.deskId) conds.push(deskIds.length ? inArray(appointments.deskId, deskIds) : sql`false`);
      if (q.includeCancelled !== 'true') conds.push(ne(appointments.status, 'cancelled'));
      const rows = await db
        .select()
        .from(appointments)
        .where(and(...conds))
        .orderBy(asc(appointments.startsAt), asc(appointments.id));
      const items = await present(rows);
      const siteList = await sites.list(true);
      const siteName = new Map(siteList.map((s) => [s.id, s.name]));
      const users = new Map((await auth.listUsers()).map((u) => [u.id, u.name]));
      return {
        view: q.view,
        from,
        to: days[days.length - 1],
        filter: { staffUserId: q.staffUserId ?? null, siteId: q.siteId ?? null, deskId: q.deskId ?? null },
        days: days.map((day) => ({
          date: day,
          weekday: isoWeekday(day),
          /** when desks are open that day (for the staff member: the desks they hold) */
          sessions: desks
            .filter((d) => d.active && (!q.staffUserId || d.staffUserId === q.staffUserId))
            .flatMap((d) =>
              d.hours
                .filter((p) => p.weekday === isoWeekday(day))
                .map((p) => ({
                  deskId: d.id,
                  deskName: d.name,
                  siteId: d.siteId,
                  siteName: siteName.get(d.siteId) ?? '',
                  staffUserId: d.staffUserId,
                  staffName: users.get(d.staffUserId) ?? '',
                  slotMinutes: d.slotMinutes,
                  from: p.from,
                  to: p.to,
                  startsAt: brusselsInstant(day, p.from).toISOString(),
                  endsAt: brusselsInstant(day, p.to).toISOString(),
                })),
            )
            .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.deskId - b.deskId)),
          appointments: items.filter((a) => a.date === day),
        })),
      };
    },

    /**
     * The people to phone about their appointment on `date` (default: tomorrow): everyone when no
     * SMTP server is configured, otherwise those the e-mail reminder cannot reach (or has not reached yet).
     */
    async callList(actor: Actor, date?: string) {
      const day = date ?? nextDay(brusselsDay(clock.now()));
      const rows = await bookedOn(day);
      const views = await present(rows);
      const items = [];
      for (const [i, r] of rows.entries()) {
        const c = await people.contactOf(r.personId);
        if (c.erased) continue;
        let reason: CallReason | null;
        if (!mailer.enabled) reason = 'mail_not_configured';
        else if (r.reminderSentAt) reason = null;
        else if (!c.email) reason = 'no_email';
        else if (!c.consents.includes('contact_by_email')) reason = 'no_email_consent';
        else reason = 'reminder_not_sent';
        if (!reason) continue;
        const v = views[i];
        items.push({
          appointmentId: r.id,
          date: v.date,
          start: v.start,
          end: v.end,
          desk: v.desk,
          site: v.site,
          staff: v.staff,
          purpose: v.purpose,
          person: { id: c.id, firstName: c.firstName, lastName: c.lastName, phone: c.phone, email: c.email, locale: personLocale(c.languages) },
          reason,
        });
      }
      await audit.record(actor, { action: 'appointment.call_list', entityType: 'appointment', details: { date: day, count: items.length } });
      return { date: day, mailEnabled: mailer.enabled, total: rows.length, items };
    },

    /**
     * E-mails a reminder for each booked appointment on `forDate` (normally tomorrow) whose person has
     * an e-mail address and agreed to be contacted by e-mail. Each appointment is reminded once: the
     * row is claimed before sending, and released if sending fails.
     */
    async sendReminders(forDate: string, actor: Actor = systemActor('reminders')) {
      const result = { date: forDate, mailEnabled: mailer.enabled, sent: 0, skipped: 0, failed: 0 };
      if (!mailer.enabled) return result;
      const rows = (await bookedOn(forDate)).filter((r) => !r.reminderSentAt);
      if (rows.length === 0) return result;
      const views = await present(rows);
      for (const [i, r] of rows.entries()) {
        const c = await people.contactOf(r.personId);
        if (c.erased || !c.email || !c.consents.includes('contact_by_email')) {
          result.skipped++;
          continue;
        }
        const claimed = await db.transaction(async (tx) => {
          const [got] = await tx
            .update(appointments)
            .set({ reminderSentAt: clock.now() })
            .where(and(eq(appointments.id, r.id), isNull(appointments.reminderSentAt), eq(appointments.status, 'booked')))
            .returning({ id: appointments.id });
          if (got) await audit.record(actor, { action: 'appointment.reminder_sent', entityType: 'appointment', entityId: r.id, details: { personId: r.personId } }, tx);
          return Boolean(got);
        });
        if (!claimed) continue;
        const v = views[i];
        const locale = personLocale(c.languages);
        const params = {
          name: `${c.firstName} ${c.lastName}`.trim(),
          date: longDate(v.date, locale),
          start: v.start,
          end: v.end,
          staff: v.staff.name,
          site: v.site.name,
          address: [v.site.address, v.site.postalCode].filter(Boolean).join(', '),
          desk: v.desk.name,
        };
        try {
          await mailer.send({
            to: c.email,
            subject: translate(locale, 'mail.appointment_reminder.subject', params),
            text: translate(locale, 'mail.appointment_reminder.text', params),
            attachments: [{ filename: 'rendez-vous.ics', content: appointmentIcs(v, { locale, now: clock.now() }), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
          });
          result.sent++;
        } catch {
          result.failed++;
          await db.transaction(async (tx) => {
            await tx.update(appointments).set({ reminderSentAt: null }).where(eq(appointments.id, r.id));
            await audit.record(actor, { action: 'appointment.reminder_failed', entityType: 'appointment', entityId: r.id }, tx);
          });
        }
      }
      return result;
    },

    /** The appointment as an iCalendar file, in the person's language. */
    async ics(id: number): Promise<string> {
      const v = await service.get(id);
      const c = await people.contactOf(v.person.id);
      return appointmentIcs(v, { locale: personLocale(c.languages), now: clock.now() });
    },

    /** What a printed appointment card shows, in the person's language. */
    async card(id: number) {
      const v = await service.get(id);
      const c = await people.contactOf(v.person.id);
      const locale = personLocale(c.languages);
      return {
        appointment: v,
        locale,
        person: { firstName: v.person.firstName, lastName: v.person.lastName },
        when: { date: v.date, longDate: longDate(v.date, locale), start: v.start, end: v.end },
        where: { site: v.site.name, address: v.site.address, postalCode: v.site.postalCode, desk: v.desk.name },
        with: v.staff.name,
        purpose: v.purpose,
        icsUrl: `/api/appointments/${v.id}/ics`,
      };
    },

    /** Figures of a calendar year (Brussels time), read by the social desk statistics and the observatory. */
    async statsForYear(year: number): Promise<AppointmentStats> {
      const { from, to } = brusselsYearRange(year);
      const rows = await db
        .select({
          deskId: appointments.deskId,
          booked: sql<number>`count(*)::int`,
          attended: sql<number>`count(*) filter (where ${appointments.status} = 'attended')::int`,
          noShows: sql<number>`count(*) filter (where ${appointments.status} = 'no_show')::int`,
          cancelled: sql<number>`count(*) filter (where ${appointments.status} = 'cancelled')::int`,
          distinctPeopleAttended: sql<number>`count(distinct ${appointments.personId}) filter (where ${appointments.status} = 'attended')::int`,
        })
        .from(appointments)
        .where(and(gte(appointments.startsAt, from), lt(appointments.startsAt, to)))
        .groupBy(appointments.deskId);
      const [totals] = await db
        .select({
          booked: sql<number>`count(*)::int`,
          attended: sql<number>`count(*) filter (where ${appointments.status} = 'attended')::int`,
          noShows: sql<number>`count(*) filter (where ${appointments.status} = 'no_show')::int`,
          cancelled: sql<number>`count(*) filter (where ${appointments.status} = 'cancelled')::int`,
          pending: sql<number>`count(*) filter (where ${appointments.status} = 'booked')::int`,
          distinctPeopleAttended: sql<number>`count(distinct ${appointments.personId}) filter (where ${appointments.status} = 'attended')::int`,
        })
        .from(appointments)
        .where(and(gte(appointments.startsAt, from), lt(appointments.startsAt, to)));
      const desks = rows.length ? await db.select().from(appointmentDesks).where(inArray(appointmentDesks.id, rows.map((r) => r.deskId))) : [];
      const deskById = new Map(desks.map((d) => [d.id, d]));
      const known = totals.attended + totals.noShows;
      return {
        year,
        ...totals,
        noShowRate: known ? Math.round((totals.noShows / known) * 1000) / 1000 : null,
        byDesk: rows
          .map((r) => ({ ...r, deskName: deskById.get(r.deskId)?.name ?? '', siteId: deskById.get(r.deskId)?.siteId ?? 0 }))
          .sort((a, b) => a.deskId - b.deskId),
      };
    },

    // ---- hooks for the people module ----
    async timeline(personId: number, _viewer?: SessionUser): Promise<TimelineEntry[]> {
      const rows = await db.select().from(appointments).where(eq(appointments.personId, personId));
      const views = await present(rows);
      return views.flatMap((v) => {
        const summary = `${v.desk.name} — ${shortDate(v.date)} ${v.start}`;
        const base = { module: 'appointments', summary, link: `/appointments/${v.id}`, data: { appointmentId: v.id, status: v.status, startsAt: v.startsAt, staff: v.staff.name, site: v.site.name } };
        const out: TimelineEntry[] = [{ ...base, at: v.createdAt, kind: 'timeline.appointment_booked' }];
        if (v.status === 'attended') out.push({ ...base, at: v.startsAt, kind: 'timeline.appointment_attended' });
        if (v.status === 'no_show') out.push({ ...base, at: v.startsAt, kind: 'timeline.appointment_no_show' });
        if (v.status === 'cancelled' && v.cancelledAt) out.push({ ...base, at: v.cancelledAt, kind: 'timeline.appointment_cancelled' });
        return out;
      });
    },

    /** GDPR erasure: free text goes, future appointments are cancelled; dates and outcomes stay for the statistics. */
    async erase(tx: Tx, personId: number) {
      const now = clock.now();
      await tx
        .update(appointments)
        .set({ status: 'cancelled', cancelledAt: now, updatedAt: now })
        .where(and(eq(appointments.personId, personId), eq(appointments.status, 'booked'), gt(appointments.startsAt, now)));
      await tx.update(appointments).set({ purpose: null, notes: null, cancelReason: null, updatedAt: now }).where(eq(appointments.personId, personId));
    },
  };
  return service;
}

/**
 * Runs `run(tomorrow)` every `intervalMs` while Brussels time is between `fromHour` and `toHour`:
 * reminders are idempotent, so an appointment booked in the afternoon for tomorrow still gets its e-mail.
 * Timers are unref'd (they never keep the process alive); call the returned function to stop.
 */
export function startReminderScheduler(opts: {
  clock: Clock;
  run: (forDate: string) => Promise<unknown>;
  onError?: (err: unknown) => void;
  intervalMs?: number;
  firstDelayMs?: number;
  fromHour?: number;
  toHour?: number;
}): () => void {
  const { clock, run, intervalMs = 15 * 60_000, firstDelayMs = 60_000, fromHour = 9, toHour = 20 } = opts;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = async () => {
    const now = clock.now();
    const hour = Number(brusselsTime(now).slice(0, 2));
    if (hour >= fromHour && hour < toHour) {
      try {
        await run(nextDay(brusselsDay(now)));
      } catch (err) {
        opts.onError?.(err);
      }
    }
    if (stopped) return;
    timer = setTimeout(tick, intervalMs);
    timer.unref();
  };
  timer = setTimeout(tick, firstDelayMs);
  timer.unref();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
