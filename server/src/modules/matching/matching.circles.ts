import { and, asc, count, desc, eq, inArray, isNull, min } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import type { Tx } from '../../platform/db/database';
import { AppError, invalidField, notFound } from '../../platform/http/errors';
import { brusselsDay, brusselsTime, nextDay } from '../../platform/brussels-time';
import { matchingAppointments, matchingAttendance, matchingCases, matchingCircles, matchingSolutions } from './matching.table';
import { hashToken, newToken, threeMonthsAfter, type MatchingCore, type MatchingDeps } from './matching.core';
import type { AppointmentInput, CaseInput, CircleInput, CirclePatch } from './matching.schemas';

type CircleRow = typeof matchingCircles.$inferSelect;
type CaseRow = typeof matchingCases.$inferSelect;
type AppointmentRow = typeof matchingAppointments.$inferSelect;

/** The longest a workshop held over several days may run, first to last day. */
export const MAX_CIRCLE_DAYS = 31;

/** Every day of a circle, from its first (the day it starts, in Brussels) to its last. */
export function circleDays(c: Pick<CircleRow, 'startsAt' | 'endsOn'>): string[] {
  const first = brusselsDay(c.startsAt);
  const days = [first];
  for (let d = nextDay(first); c.endsOn && d <= c.endsOn && days.length < MAX_CIRCLE_DAYS; d = nextDay(d)) days.push(d);
  return days;
}

/** Referral workshops and professional circles: intake, circle, cases, solutions, partner appointments, follow-up. */
export function createMatchingCircles(deps: MatchingDeps & { core: MatchingCore }) {
  const { db, clock, audit, core } = deps;

  async function orgNames(ids: readonly number[]) {
    if (!ids.length) return new Map<number, string>();
    const all = await deps.services.organisations.list({ includeInactive: true });
    return new Map(all.map((o) => [o.id, o.name]));
  }

  async function checkOrganisation(id: number, path: string) {
    try {
      await deps.services.organisations.get(id);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) throw invalidField(path, 'error.matching.organisation_unknown', { id });
      throw e;
    }
  }

  async function loadCircle(id: number, tx: Tx | typeof db = db) {
    const [c] = await tx.select().from(matchingCircles).where(eq(matchingCircles.id, id));
    if (!c) throw notFound('what.matching_circle');
    return c;
  }
  async function loadCase(id: number, tx: Tx | typeof db = db) {
    const [c] = await tx.select().from(matchingCases).where(eq(matchingCases.id, id));
    if (!c) throw notFound('what.matching_case');
    return c;
  }

  const presentAppointment = (a: AppointmentRow, names: Map<number, string>) => ({
    id: a.id,
    organisation: { id: a.organisationId, name: names.get(a.organisationId) ?? `#${a.organisationId}` },
    startsAt: a.startsAt.toISOString(),
    place: a.place,
    contactName: a.contactName,
    contactPhone: a.contactPhone,
    contactEmail: a.contactEmail,
    confirmedAt: a.confirmedAt?.toISOString() ?? null,
    outcome: a.outcome,
    outcomeAt: a.outcomeAt?.toISOString() ?? null,
    revokedAt: a.revokedAt?.toISOString() ?? null,
  });

  async function presentCases(rows: CaseRow[]) {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const [people, solutions, appointments] = await Promise.all([
      deps.services.people.profiles(rows.map((r) => r.personId)),
      db.select().from(matchingSolutions).where(inArray(matchingSolutions.caseId, ids)).orderBy(asc(matchingSolutions.id)),
      db.select().from(matchingAppointments).where(inArray(matchingAppointments.caseId, ids)).orderBy(asc(matchingAppointments.startsAt), asc(matchingAppointments.id)),
    ]);
    const names = await orgNames(appointments.map((a) => a.organisationId));
    const person = new Map(people.map((p) => [p.id, p]));
    return rows.map((c) => {
      // the follow-up is due three months after the case's circle (or its intake when it had none)
      return {
        id: c.id,
        person: { id: c.personId, firstName: person.get(c.personId)?.firstName ?? '', lastName: person.get(c.personId)?.lastName ?? '' },
        need: c.need,
        circleId: c.circleId,
        solutions: solutions.filter((s) => s.caseId === c.id).map((s) => ({ id: s.id, kind: s.kind, description: s.description, organisationId: s.organisationId })),
        appointments: appointments.filter((a) => a.caseId === c.id).map((a) => presentAppointment(a, names)),
        followUpDue: threeMonthsAfter(c.createdAt),
        followUp: c.followUp,
        followUpAt: c.followUpAt?.toISOString() ?? null,
        createdAt: c.createdAt.toISOString(),
      };
    });
  }

  async function presentCircle(c: CircleRow) {
    const [cases, attendance, names] = await Promise.all([
      db.select().from(matchingCases).where(eq(matchingCases.circleId, c.id)).orderBy(asc(matchingCases.id)),
      db.select().from(matchingAttendance).where(eq(matchingAttendance.circleId, c.id)),
      orgNames(c.partnerIds),
    ]);
    const people = await deps.services.people.profiles(attendance.map((a) => a.personId));
    const person = new Map(people.map((p) => [p.id, p]));
    return {
      id: c.id,
      kind: c.kind,
      title: { fr: c.titleFr, nl: c.titleNl },
      startsAt: c.startsAt.toISOString(),
      endsOn: c.endsOn,
      days: circleDays(c),
      place: c.place,
      partners: c.partnerIds.map((id) => ({ id, name: names.get(id) ?? `#${id}` })),
      heldAt: c.heldAt?.toISOString() ?? null,
      cases: await presentCases(cases),
      attendance: attendance
        .map((a) => ({ personId: a.personId, firstName: person.get(a.personId)?.firstName ?? '', lastName: person.get(a.personId)?.lastName ?? '', day: a.day, present: a.present }))
        .sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.personId - b.personId || a.day.localeCompare(b.day)),
    };
  }

  /** The last day of a workshop: on or after its first day, at most MAX_CIRCLE_DAYS long; null for one day. */
  function checkEndsOn(date: string, endsOn: string | null | undefined) {
    if (!endsOn || endsOn === date) return null;
    if (endsOn < date) throw invalidField('body.endsOn', 'error.matching.ends_before_start');
    if (circleDays({ startsAt: new Date(`${date}T12:00:00Z`), endsOn }).at(-1) !== endsOn) throw invalidField('body.endsOn', 'error.matching.too_many_days', { max: MAX_CIRCLE_DAYS });
    return endsOn;
  }

  async function appointmentByToken(token: string, lock: boolean, tx: Tx | typeof db = db) {
    const q = tx.select().from(matchingAppointments).where(eq(matchingAppointments.tokenHash, hashToken(token)));
    const [a] = lock ? await q.for('update') : await q;
    return core.checkLink(a);
  }

  const part = {
    async list() {
      const rows = await db.select().from(matchingCircles).orderBy(desc(matchingCircles.startsAt), desc(matchingCircles.id));
      const counts = rows.length ? await db.select({ circleId: matchingCases.circleId, n: count() }).from(matchingCases).where(inArray(matchingCases.circleId, rows.map((r) => r.id))).groupBy(matchingCases.circleId) : [];
      const names = await orgNames(rows.flatMap((r) => r.partnerIds));
      return {
        items: rows.map((c) => ({
          id: c.id,
          kind: c.kind,
          title: { fr: c.titleFr, nl: c.titleNl },
          startsAt: c.startsAt.toISOString(),
          endsOn: c.endsOn,
          days: circleDays(c),
          place: c.place,
          partners: c.partnerIds.map((id) => ({ id, name: names.get(id) ?? `#${id}` })),
          heldAt: c.heldAt?.toISOString() ?? null,
          cases: counts.find((x) => x.circleId === c.id)?.n ?? 0,
        })),
      };
    },
    async get(id: number) {
      return presentCircle(await loadCircle(id));
    },
    async create(actor: Actor, input: CircleInput) {
      const startsAt = core.wallTime(input.date, input.time);
      const endsOn = checkEndsOn(input.date, input.endsOn);
      for (const [i, id] of input.partnerIds.entries()) await checkOrganisation(id, `body.partnerIds.${i}`);
      const row = await db.transaction(async (tx) => {
        const [c] = await tx.insert(matchingCircles).values({ kind: input.kind, titleFr: input.titleFr, titleNl: input.titleNl, startsAt, endsOn, place: input.place, partnerIds: input.partnerIds, createdBy: actor.userId, createdAt: clock.now() }).returning();
        await audit.record(actor, { action: 'matching.circle_create', entityType: 'matching_circle', entityId: c.id, details: { kind: c.kind } }, tx);
        return c;
      });
      return presentCircle(row);
    },
    /**
     * Changes a circle: its kind, titles, day and time, last day, place, partners. Its days keep the attendance
     * recorded on them: a change that would leave attendance outside the circle's days is refused (409).
     */
    async update(actor: Actor, id: number, patch: CirclePatch) {
      const c = await loadCircle(id);
      const date = patch.date ?? brusselsDay(c.startsAt);
      const time = patch.time ?? brusselsTime(c.startsAt);
      const startsAt = patch.date !== undefined || patch.time !== undefined ? core.wallTime(date, time) : c.startsAt;
      const endsOn = checkEndsOn(date, patch.endsOn !== undefined ? patch.endsOn : c.endsOn && c.endsOn > date ? c.endsOn : null);
      for (const [i, pid] of (patch.partnerIds ?? []).entries()) if (!c.partnerIds.includes(pid)) await checkOrganisation(pid, `body.partnerIds.${i}`);
      const days = new Set(circleDays({ startsAt, endsOn }));
      await db.transaction(async (tx) => {
        const [locked] = await tx.select().from(matchingCircles).where(eq(matchingCircles.id, id)).for('update');
        if (!locked) throw notFound('what.matching_circle');
        const recorded = await tx.selectDistinct({ day: matchingAttendance.day }).from(matchingAttendance).where(eq(matchingAttendance.circleId, id));
        const outside = recorded.map((r) => r.day).filter((d) => !days.has(d));
        if (outside.length) throw new AppError(409, 'error.matching.attendance_outside_days', { days: outside.sort().join(', ') });
        const set: Partial<CircleRow> = { startsAt, endsOn };
        if (patch.kind) set.kind = patch.kind;
        if (patch.titleFr) set.titleFr = patch.titleFr;
        if (patch.titleNl) set.titleNl = patch.titleNl;
        if (patch.place) set.place = patch.place;
        if (patch.partnerIds) set.partnerIds = patch.partnerIds;
        await tx.update(matchingCircles).set(set).where(eq(matchingCircles.id, id));
        await audit.record(actor, { action: 'matching.circle_update', entityType: 'matching_circle', entityId: id, details: { fields: Object.keys(patch) } }, tx);
      });
      return presentCircle(await loadCircle(id));
    },
    /** The circle took place (it counts in the figures from then on). */
    async held(actor: Actor, id: number) {
      const c = await loadCircle(id);
      if (c.startsAt > clock.now()) throw new AppError(409, 'error.matching.circle_not_yet');
      await db.transaction(async (tx) => {
        await tx.update(matchingCircles).set({ heldAt: c.heldAt ?? clock.now() }).where(eq(matchingCircles.id, id));
        await audit.record(actor, { action: 'matching.circle_held', entityType: 'matching_circle', entityId: id }, tx);
      });
      return presentCircle(await loadCircle(id));
    },
    /** A person's attendance on one day of the circle (its first day by default); not for a day still to come. */
    async attendance(actor: Actor, id: number, input: { personId: number; present: boolean; day?: string }) {
      const c = await loadCircle(id);
      const days = circleDays(c);
      const day = input.day ?? days[0];
      if (!days.includes(day)) throw invalidField('body.day', 'error.matching.day_outside_circle', { first: days[0], last: days.at(-1) });
      if (day > core.today()) throw invalidField('body.day', 'error.matching.day_to_come');
      await deps.services.people.assertLinkable(input.personId);
      await db.transaction(async (tx) => {
        await tx
          .insert(matchingAttendance)
          .values({ circleId: id, personId: input.personId, day, present: input.present })
          .onConflictDoUpdate({ target: [matchingAttendance.circleId, matchingAttendance.personId, matchingAttendance.day], set: { present: input.present } });
        await audit.record(actor, { action: 'matching.attendance', entityType: 'matching_circle', entityId: id, details: { personId: input.personId, day, present: input.present } }, tx);
        await deps.services.people.touch(input.personId, clock.now(), tx);
      });
      return presentCircle(await loadCircle(id));
    },

    // ---------- cases ----------
    async cases(q: { circleId?: number; personId?: number; unscheduled?: 'true' | 'false' }) {
      const rows = await db
        .select()
        .from(matchingCases)
        .where(and(q.circleId ? eq(matchingCases.circleId, q.circleId) : undefined, q.personId ? eq(matchingCases.personId, q.personId) : undefined, q.unscheduled === 'true' ? isNull(matchingCases.circleId) : undefined))
        .orderBy(desc(matchingCases.createdAt), desc(matchingCases.id))
        .limit(500);
      return { items: await presentCases(rows) };
    },
    async getCase(actor: Actor, id: number) {
      const c = await loadCase(id);
      await audit.record(actor, { action: 'matching.case_read', entityType: 'matching_case', entityId: id, details: { personId: c.personId } });
      return (await presentCases([c]))[0];
    },
    async createCase(actor: Actor, input: CaseInput) {
      await deps.services.people.assertLinkable(input.personId);
      if (input.circleId) await loadCircle(input.circleId).catch(() => Promise.reject(invalidField('body.circleId', 'error.matching.circle_unknown')));
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const [c] = await tx.insert(matchingCases).values({ personId: input.personId, need: input.need, circleId: input.circleId ?? null, referentId: actor.userId, createdAt: now }).returning();
        await audit.record(actor, { action: 'matching.case_create', entityType: 'matching_case', entityId: c.id, details: { personId: input.personId, circleId: c.circleId } }, tx);
        await deps.services.people.touch(input.personId, now, tx);
        return c;
      });
      return (await presentCases([row]))[0];
    },
    async updateCase(actor: Actor, id: number, patch: { need?: string; circleId?: number | null }) {
      if (patch.circleId) await loadCircle(patch.circleId).catch(() => Promise.reject(invalidField('body.circleId', 'error.matching.circle_unknown')));
      const row = await db.transaction(async (tx) => {
        const [c] = await tx.update(matchingCases).set(patch).where(eq(matchingCases.id, id)).returning();
        if (!c) throw notFound('what.matching_case');
        await audit.record(actor, { action: 'matching.case_update', entityType: 'matching_case', entityId: id, details: { personId: c.personId, fields: Object.keys(patch) } }, tx);
        return c;
      });
      return (await presentCases([row]))[0];
    },
    async addSolution(actor: Actor, id: number, input: { kind: (typeof matchingSolutions.$inferInsert)['kind']; description: string; organisationId?: number | null }) {
      const c = await loadCase(id);
      if (input.organisationId) await checkOrganisation(input.organisationId, 'body.organisationId');
      await db.transaction(async (tx) => {
        const [s] = await tx.insert(matchingSolutions).values({ caseId: id, kind: input.kind, description: input.description, organisationId: input.organisationId ?? null, createdAt: clock.now() }).returning();
        await audit.record(actor, { action: 'matching.solution_add', entityType: 'matching_case', entityId: id, details: { personId: c.personId, solutionId: s.id, kind: s.kind } }, tx);
      });
      return (await presentCases([await loadCase(id)]))[0];
    },
    /** The appointment at a partner; its private link (shown this once) lets the partner confirm it and say how it went. */
    async addAppointment(actor: Actor, id: number, input: AppointmentInput) {
      const c = await loadCase(id);
      await checkOrganisation(input.organisationId, 'body.organisationId');
      const startsAt = core.wallTime(input.date, input.time);
      // the link works until a month after the appointment, for the partner to say how it went
      const expiresAt = core.linkEnd(brusselsDay(new Date(startsAt.getTime() + 31 * 86_400_000)));
      const token = newToken();
      const row = await db.transaction(async (tx) => {
        const [a] = await tx
          .insert(matchingAppointments)
          .values({ caseId: id, organisationId: input.organisationId, startsAt, place: input.place, contactName: input.contactName, contactPhone: input.contactPhone ?? null, contactEmail: input.contactEmail ?? null, tokenHash: hashToken(token), expiresAt, createdAt: clock.now() })
          .returning();
        await audit.record(actor, { action: 'matching.appointment_create', entityType: 'matching_case', entityId: id, details: { personId: c.personId, appointmentId: a.id, organisationId: a.organisationId } }, tx);
        return a;
      });
      const names = await orgNames([row.organisationId]);
      return { ...presentAppointment(row, names), link: { token, path: `/p/matching/appointment/${token}`, expiresAt: expiresAt.toISOString() } };
    },
    async revokeAppointmentLink(actor: Actor, appointmentId: number) {
      await db.transaction(async (tx) => {
        const [a] = await tx.update(matchingAppointments).set({ revokedAt: clock.now() }).where(and(eq(matchingAppointments.id, appointmentId), isNull(matchingAppointments.revokedAt))).returning();
        if (!a) {
          const [exists] = await tx.select({ id: matchingAppointments.id }).from(matchingAppointments).where(eq(matchingAppointments.id, appointmentId));
          if (!exists) throw notFound('what.matching_appointment');
          return;
        }
        await audit.record(actor, { action: 'matching.appointment_link_revoke', entityType: 'matching_case', entityId: a.caseId, details: { appointmentId } }, tx);
      });
    },
    /** Staff record whether the person kept a partner appointment (at the 3-month follow-up, when the partner did not say). */
    async appointmentOutcome(actor: Actor, appointmentId: number, outcome: NonNullable<AppointmentRow['outcome']>) {
      const caseId = await db.transaction(async (tx) => {
        const [a] = await tx.select().from(matchingAppointments).where(eq(matchingAppointments.id, appointmentId)).for('update');
        if (!a) throw notFound('what.matching_appointment');
        if (a.startsAt > clock.now()) throw new AppError(409, 'error.matching.appointment_not_yet');
        await tx.update(matchingAppointments).set({ outcome, outcomeAt: clock.now() }).where(eq(matchingAppointments.id, appointmentId));
        await audit.record(actor, { action: 'matching.appointment_outcome', entityType: 'matching_case', entityId: a.caseId, details: { appointmentId, outcome } }, tx);
        return a.caseId;
      });
      return (await presentCases([await loadCase(caseId)]))[0];
    },
    /** What a person's record shows of the circles: their cases and the workshops they came to (with a link to each). */
    async timeline(personId: number) {
      const [cases, attended] = await Promise.all([
        db.select({ id: matchingCases.id, circleId: matchingCases.circleId, createdAt: matchingCases.createdAt, title: matchingCircles.titleFr }).from(matchingCases).leftJoin(matchingCircles, eq(matchingCircles.id, matchingCases.circleId)).where(eq(matchingCases.personId, personId)),
        db
          .select({ circleId: matchingAttendance.circleId, kind: matchingCircles.kind, title: matchingCircles.titleFr, first: min(matchingAttendance.day), days: count() })
          .from(matchingAttendance)
          .innerJoin(matchingCircles, eq(matchingCircles.id, matchingAttendance.circleId))
          .where(and(eq(matchingAttendance.personId, personId), eq(matchingAttendance.present, true)))
          .groupBy(matchingAttendance.circleId, matchingCircles.kind, matchingCircles.titleFr),
      ]);
      return [
        ...cases.map((c) => ({ at: c.createdAt.toISOString(), kind: 'timeline.case', summary: c.title, link: c.circleId ? `/matching/circles/${c.circleId}` : `/matching/circles?person=${personId}`, data: { caseId: c.id, circleId: c.circleId } })),
        ...attended.map((a) => ({ at: a.first!, kind: 'timeline.attended', summary: a.title, link: `/matching/circles/${a.circleId}`, data: { circleId: a.circleId, kind: a.kind, days: a.days } })),
      ];
    },
    async caseFollowUp(actor: Actor, id: number, followUp: NonNullable<CaseRow['followUp']>) {
      const row = await db.transaction(async (tx) => {
        const [c] = await tx.update(matchingCases).set({ followUp, followUpAt: clock.now() }).where(eq(matchingCases.id, id)).returning();
        if (!c) throw notFound('what.matching_case');
        await audit.record(actor, { action: 'matching.case_follow_up', entityType: 'matching_case', entityId: id, details: { personId: c.personId, followUp } }, tx);
        return c;
      });
      return (await presentCases([row]))[0];
    },

    // ---------- the partner's private link ----------
    async partnerSpace(token: string) {
      const a = await appointmentByToken(token, false);
      const c = await loadCase(a.caseId);
      const [person] = await deps.services.people.profiles([c.personId]);
      const names = await orgNames([a.organisationId]);
      return {
        organisation: names.get(a.organisationId) ?? `#${a.organisationId}`,
        startsAt: a.startsAt.toISOString(),
        place: a.place,
        contactName: a.contactName,
        person: { firstName: person?.firstName ?? '', lastName: person?.lastName ?? '' },
        confirmedAt: a.confirmedAt?.toISOString() ?? null,
        outcome: a.outcome,
        expiresAt: a.expiresAt.toISOString(),
      };
    },
    /** The partner confirms the appointment, and afterwards says whether it was kept (not before its time). */
    async partnerAnswer(token: string, input: { confirmed?: boolean; outcome?: AppointmentRow['outcome'] }, ip?: string) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const a = await appointmentByToken(token, true, tx);
        if (input.outcome && a.startsAt > now) throw new AppError(409, 'error.matching.appointment_not_yet');
        const set: Partial<AppointmentRow> = {};
        if (input.confirmed !== undefined) set.confirmedAt = input.confirmed ? (a.confirmedAt ?? now) : null;
        if (input.outcome) Object.assign(set, { outcome: input.outcome, outcomeAt: now, confirmedAt: set.confirmedAt ?? a.confirmedAt ?? now });
        await tx.update(matchingAppointments).set(set).where(eq(matchingAppointments.id, a.id));
        await audit.record({ userId: null, name: `partner link #${a.id}`, ip: ip ?? null }, { action: 'matching.appointment_answer', entityType: 'matching_case', entityId: a.caseId, details: { appointmentId: a.id, ...input } }, tx);
      });
      return part.partnerSpace(token);
    },
  };
  return part;
}
export type MatchingCirclesPart = ReturnType<typeof createMatchingCircles>;
