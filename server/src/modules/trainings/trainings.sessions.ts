import { asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import { conflict } from '../../platform/http/errors';
import { trainingAttendance, trainingParticipants, trainingSessionDays, trainingSessions } from './trainings.table';
import type { SessionInput, SessionPatch } from './trainings.schemas';
import type { SessionRow, TrainingsCore, TrainingsDeps } from './trainings.core';

/** Sessions of a programme (over several days), their status and detail. */
export function createTrainingSessions(deps: TrainingsDeps & { core: TrainingsCore }) {
  const { db, clock, audit } = deps;
  const { loadProgramme, loadSession, dayRow, presentDay, daysOf, enrolledCount, promote, orgNames, participantNames } = deps.core;

  const part = {
    // ---------- sessions ----------
    async listSessions(programmeId: number) {
      const rows = await db
        .select({
          session: trainingSessions,
          enrolled: sql<number>`(select count(*)::int from training_participants p where p.session_id = training_sessions.id and p.status = 'enrolled')`,
          waiting: sql<number>`(select count(*)::int from training_participants p where p.session_id = training_sessions.id and p.status = 'waiting')`,
        })
        .from(trainingSessions)
        .where(eq(trainingSessions.programmeId, programmeId))
        .orderBy(asc(trainingSessions.id));
      const days = await daysOf(rows.map((r) => r.session.id));
      return rows
        .map(({ session, enrolled, waiting }) => {
          const { evaluationToken: _, ...rest } = session;
          return { ...rest, enrolled, waiting, days: days.filter((d) => d.sessionId === session.id).map(presentDay) };
        })
        .sort((a, b) => (a.days[0]?.date ?? '').localeCompare(b.days[0]?.date ?? ''));
    },

    async createSession(actor: Actor, programmeId: number, input: SessionInput) {
      const id = await db.transaction(async (tx) => {
        await loadProgramme(programmeId, tx);
        const [s] = await tx.insert(trainingSessions).values({ programmeId, title: input.title ?? null, titleNl: input.titleNl ?? null, room: input.room ?? null, capacity: input.capacity, isPublic: input.isPublic ?? false }).returning();
        await tx.insert(trainingSessionDays).values(input.days.map((d) => dayRow(s.id, d)));
        await audit.record(actor, { action: 'training.session_create', entityType: 'training_session', entityId: s.id, details: { programmeId, days: input.days.map((d) => d.date) } }, tx);
        return s.id;
      });
      return part.getSession(id);
    },

    async updateSession(actor: Actor, id: number, patch: SessionPatch) {
      await db.transaction(async (tx) => {
        const s = await loadSession(id, tx, true);
        const { days, ...fields } = patch;
        if (patch.capacity !== undefined && patch.capacity < (await enrolledCount(id, tx)))
          throw conflict('error.training_capacity_below_enrolled', { enrolled: await enrolledCount(id, tx) });
        const [updated] = await tx
          .update(trainingSessions)
          .set({ ...fields, updatedAt: clock.now() })
          .where(eq(trainingSessions.id, id))
          .returning();
        if (days) {
          const existing = await daysOf([id], tx);
          const wanted = new Map(days.map((d) => [d.date, d]));
          for (const e of existing) {
            const w = wanted.get(e.day);
            if (!w) await tx.delete(trainingSessionDays).where(eq(trainingSessionDays.id, e.id));
            else await tx.update(trainingSessionDays).set(dayRow(id, w)).where(eq(trainingSessionDays.id, e.id));
          }
          const added = days.filter((d) => !existing.some((e) => e.day === d.date));
          if (added.length) await tx.insert(trainingSessionDays).values(added.map((d) => dayRow(id, d)));
        }
        const promoted = s.status === 'cancelled' ? [] : await promote(actor, updated, tx);
        await audit.record(actor, { action: 'training.session_update', entityType: 'training_session', entityId: id, details: { fields: Object.keys(patch), promoted } }, tx);
      });
      return part.getSession(id);
    },

    async setSessionStatus(actor: Actor, id: number, input: { status: SessionRow['status']; reason?: string }) {
      await db.transaction(async (tx) => {
        const s = await loadSession(id, tx, true);
        await tx
          .update(trainingSessions)
          .set({ status: input.status, cancelReason: input.status === 'cancelled' ? input.reason! : null, updatedAt: clock.now() })
          .where(eq(trainingSessions.id, id));
        await audit.record(actor, { action: 'training.session_status', entityType: 'training_session', entityId: id, details: { from: s.status, to: input.status, reason: input.reason } }, tx);
      });
      return part.getSession(id);
    },

    /** A session with its days, participants (with attendance per day) and waiting list. */
    async getSession(id: number) {
      const s = await loadSession(id);
      const programme = await loadProgramme(s.programmeId);
      const [days, parts, att, orgs] = await Promise.all([
        daysOf([id]),
        db.select().from(trainingParticipants).where(eq(trainingParticipants.sessionId, id)).orderBy(asc(trainingParticipants.id)),
        db.select().from(trainingAttendance).where(eq(trainingAttendance.sessionId, id)),
        orgNames(),
      ]);
      const names = await participantNames(parts);
      const { evaluationToken, ...rest } = s;
      const participants = parts.map((p) => ({
        ...p,
        name: names.get(p.id) ?? null,
        organisationName: p.organisationId ? (orgs.get(p.organisationId) ?? null) : null,
        attendance: Object.fromEntries(att.filter((a) => a.participantId === p.id).map((a) => [days.find((d) => d.id === a.sessionDayId)!.day, a.present])),
      }));
      const waiting = participants.filter((p) => p.status === 'waiting').sort((a, b) => a.waitingSince!.getTime() - b.waitingSince!.getTime() || a.id - b.id);
      return {
        ...rest,
        programme: { id: programme.id, name: programme.name },
        evaluationToken: s.evaluationOpen ? evaluationToken : null,
        days: days.map(presentDay),
        enrolled: participants.filter((p) => p.status === 'enrolled').length,
        participants: participants.filter((p) => p.status !== 'waiting'),
        waitingList: waiting.map((p, i) => ({ ...p, position: i + 1 })),
      };
    },

  };
  return part;
}
