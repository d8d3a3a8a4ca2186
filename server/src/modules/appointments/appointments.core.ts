import { and, asc, eq, gt, gte, lt, ne } from 'drizzle-orm';
import type { InstitutionService } from '../../platform/settings/institution';
import type { Db, Tx } from '../../platform/db/database';
import type { ReferenceCache } from '../../platform/db/reference-cache';
import type { Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { AuthService } from '../../platform/auth/auth.service';
import type { OutboxService } from '../../platform/outbox/outbox.service';
import type { Locale } from '../../platform/i18n/messages';
import { AppError, conflict, invalidField, notFound } from '../../platform/http/errors';
import { dbError } from '../../platform/db/constraints';
import { brusselsDay, brusselsInstant, brusselsTime, isoWeekday, nextDay } from '../../platform/brussels-time';
import type { PeopleService, PersonContact } from '../people/people.service';
import type { SitesService } from '../sites/sites.service';
import { allows, type Role } from '../../platform/auth/roles';
import { appointmentDesks, appointments, type AppointmentStatus, type DeskModule, type DeskPeriod } from './appointments.table';
import { DESK_CONTENT } from './appointments.permissions';

/** What every part of the appointments service is built from (one object, given by createAppointmentsService). */
export interface AppointmentsDeps {
  /** the institution's name in mails and .ics (ctx.institution) */
  institution: InstitutionService;
  db: Db;
  clock: Clock;
  audit: AuditService;
  auth: AuthService;
  /** the one way out for the reminders (ctx.outbox) */
  outbox: OutboxService;
  people: PeopleService;
  sites: SitesService;
  referenceCache: ReferenceCache;
}

export type Desk = typeof appointmentDesks.$inferSelect;
export type Row = typeof appointments.$inferSelect;

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
  /** `module`: whose work the desk is; what its appointments are about is for that module's readers */
  desk: { id: number; name: string; module: DeskModule };
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
  /** purpose, notes and cancel reason are kept from this viewer (the desk's module is not theirs): a busy slot */
  withheld: boolean;
}

/** An appointment as those outside its desk's module see it on a person's record: that the person is busy, and when. */
export interface BusySlot {
  id: number;
  busy: true;
  startsAt: string;
  endsAt: string;
  date: string;
  start: string;
  end: string;
}

/** Who is looking: a logged-in user's roles, or null for the server's own work (reminders, the GDPR export). */
export type Viewer = { roles: readonly Role[] } | null;

/**
 * What a viewer sees of an appointment: what it is about (purpose, notes, cancel reason) only with the read
 * permission of the desk's module (DESK_CONTENT: the social desk's desks for the social desk's readers).
 */
export function seenBy(v: AppointmentView, viewer: Viewer): AppointmentView {
  if (!viewer || allows(DESK_CONTENT[v.desk.module], viewer.roles)) return v;
  return { ...v, purpose: null, notes: null, cancelReason: null, withheld: true };
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
  /** the year when the period is one calendar year, else null */
  year: number | null;
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

export const shortDate = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

export function addMinutes(hhmm: string, minutes: number): string {
  const [h, m] = hhmm.split(':').map(Number);
  const t = h * 60 + m + minutes;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

/** Monday of the ISO week of a calendar day. */
export function mondayOf(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - (isoWeekday(day) - 1));
  return d.toISOString().slice(0, 10);
}

/** The SQLSTATE of a database error, whichever driver (and Drizzle wrapper) raised it. */
export const sqlState = (err: unknown): string | undefined => dbError(err).code;

/** Whether [startsAt, endsAt) lies within one period of the desk, in Brussels wall-clock time. */
export function fitsDeskHours(hours: readonly DeskPeriod[], startsAt: Date, endsAt: Date): boolean {
  const day = brusselsDay(startsAt);
  if (brusselsDay(new Date(endsAt.getTime() - 1)) !== day) return false;
  const wd = isoWeekday(day);
  const from = brusselsTime(startsAt);
  const to = brusselsTime(endsAt) === '00:00' ? '24:00' : brusselsTime(endsAt);
  return hours.some((p) => p.weekday === wd && p.from <= from && to <= p.to);
}

/** A desk as answers show it. */
export function presentDesk(d: Desk) {
  return { ...d, createdBy: undefined, createdAt: d.createdAt.toISOString(), updatedAt: d.updatedAt.toISOString() };
}

export type AppointmentsCore = ReturnType<typeof createAppointmentsCore>;

/** Loading, checking and presenting desks and appointments, shared by every part of the service. */
export function createAppointmentsCore(deps: AppointmentsDeps) {
  const { db, auth, people, sites } = deps;
  /** Every desk, by site then name, in memory while none changes (platform/db/reference-cache.ts). */
  const desks = deps.referenceCache.list('appointment_desks', (): Promise<readonly Desk[]> =>
    db.select().from(appointmentDesks).orderBy(asc(appointmentDesks.siteId), asc(appointmentDesks.name)),
  );
  const allDesks = desks.read;

  async function loadDesk(id: number, path?: string): Promise<Desk> {
    const d = (await allDesks()).find((x) => x.id === id);
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

  /**
   * The 409 of a person booked twice at the same time, naming the appointment in the way. Checked before writing
   * (assertPersonFree) for a clear answer; the database holds the rule under concurrent requests (appointments_person_no_overlap).
   */
  async function personBusy(personId: number, startsAt: Date, endsAt: Date, excludeId?: number): Promise<AppError | null> {
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
    if (!other) return null;
    return conflict(
      'error.person_busy',
      { date: shortDate(brusselsDay(other.startsAt)), from: brusselsTime(other.startsAt), to: brusselsTime(other.endsAt) },
      { conflict: { appointmentId: other.id, startsAt: other.startsAt.toISOString(), endsAt: other.endsAt.toISOString() } },
    );
  }

  async function assertPersonFree(personId: number, startsAt: Date, endsAt: Date, excludeId?: number) {
    const busy = await personBusy(personId, startsAt, endsAt, excludeId);
    if (busy) throw busy;
  }

  /** Turns the database's refusal of an overlapping appointment (staff or person) into the 409 that names it. */
  async function overlapError(err: unknown, at: { staffUserId: number; personId: number; startsAt: Date; endsAt: Date; excludeId?: number }): Promise<unknown> {
    const { code, constraint } = dbError(err);
    if (code !== '23P01') return err;
    if (constraint === 'appointments_person_no_overlap') return (await personBusy(at.personId, at.startsAt, at.endsAt, at.excludeId)) ?? conflict('error.appointments.person_double_booked');
    return staffBusy(at.staffUserId, at.startsAt, at.endsAt, at.excludeId);
  }

  async function present(rows: Row[]): Promise<AppointmentView[]> {
    if (rows.length === 0) return [];
    const deskIds = [...new Set(rows.map((r) => r.deskId))];
    const [desks, siteList, users, profiles] = await Promise.all([
      allDesks().then((all) => all.filter((d) => deskIds.includes(d.id))),
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
        desk: { id: desk.id, name: desk.name, module: desk.module },
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
        withheld: false,
      };
    });
  }
  /** Appointments as this viewer may see them (seenBy): every answer to a user goes through here. */
  const presentFor = async (rows: Row[], viewer: Viewer) => (await present(rows)).map((v) => seenBy(v, viewer));
  const presentOne = async (row: Row, viewer: Viewer) => (await presentFor([row], viewer))[0];

  /** Booked appointments starting on a Brussels calendar day. */
  function bookedOn(day: string) {
    return db
      .select()
      .from(appointments)
      .where(and(eq(appointments.status, 'booked'), gte(appointments.startsAt, brusselsInstant(day)), lt(appointments.startsAt, brusselsInstant(nextDay(day)))))
      .orderBy(asc(appointments.startsAt), asc(appointments.id));
  }

  return { allDesks, desksWritten: desks.written, loadDesk, loadAppointment, assertStaff, assertSite, bookablePerson, assertFits, staffBusy, assertPersonFree, overlapError, present, presentFor, presentOne, bookedOn };
}
