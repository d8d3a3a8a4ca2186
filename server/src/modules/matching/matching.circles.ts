import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import type { Tx } from '../../platform/db/database';
import { AppError, invalidField, notFound } from '../../platform/http/errors';
import { brusselsDay } from '../../platform/brussels-time';
import { matchingAppointments, matchingAttendance, matchingCases, matchingCircles, matchingSolutions } from './matching.table';
import { hashToken, newToken, threeMonthsAfter, type MatchingCore, type MatchingDeps } from './matching.core';
import type { AppointmentInput, CaseInput, CircleInput } from './matching.schemas';

type CircleRow = typeof matchingCircles.$inferSelect;
type CaseRow = typeof matchingCases.$inferSelect;
type AppointmentRow = typeof matchingAppointments.$inferSelect;

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
      place: c.place,
      partners: c.partnerIds.map((id) => ({ id, name: names.get(id) ?? `#${id}` })),
      heldAt: c.heldAt?.toISOString() ?? null,
      cases: await presentCases(cases),
      attendance: attendance
        .map((a) => ({ personId: a.personId, firstName: person.get(a.personId)?.firstName ?? '', lastName: person.get(a.personId)?.lastName ?? '', present: a.present }))
        .sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.personId - b.personId),
    };
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
      for (const [i, id] of input.partnerIds.entries()) await checkOrganisation(id, `body.partnerIds.${i}`);
      const row = await db.transaction(async (tx) => {
        const [c] = await tx.insert(matchingCircles).values({ kind: input.kind, titleFr: input.titleFr, titleNl: input.titleNl, startsAt, place: input.place, partnerIds: input.partnerIds, createdBy: actor.userId, createdAt: clock.now() }).returning();
        await audit.record(actor, { action: 'matching.circle_create', entityType: 'matching_circle', entityId: c.id, details: { kind: c.kind } }, tx);
        return c;
      });
      return presentCircle(row);
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
    async attendance(actor: Actor, id: number, input: { personId: number; present: boolean }) {
      await loadCircle(id);
      await deps.services.people.assertLinkable(input.personId);
      await db.transaction(async (tx) => {
        await tx.insert(matchingAttendance).values({ circleId: id, ...input }).onConflictDoUpdate({ target: [matchingAttendance.circleId, matchingAttendance.personId], set: { present: input.present } });
        await audit.record(actor, { action: 'matching.attendance', entityType: 'matching_circle', entityId: id, details: { personId: input.personId, present: input.present } }, tx);
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
