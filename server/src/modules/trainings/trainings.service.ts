import crypto from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import type { Actor, AuditService } from '../../platform/audit/audit.service';
import type { AuthService } from '../../platform/auth/auth.service';
import { AppError, conflict, invalidField, notFound } from '../../platform/http/errors';
import { brusselsDay, brusselsInstant, brusselsTime } from '../../platform/brussels-time';
import type { ReachLine } from '../../platform/reach';
import type { PeopleService, TimelineEntry } from '../people/people.service';
import type { OrganisationsService } from '../organisations/organisations.service';
import {
  OUTCOMES,
  trainingAttendance,
  trainingEvaluationAnswers,
  trainingEvaluations,
  trainingParticipants,
  trainingProgrammePartners,
  trainingProgrammes,
  trainingProgrammeTrainers,
  trainingQuestions,
  trainingSessionDays,
  trainingSessions,
} from './trainings.table';
import type {
  AttendanceInput,
  EvaluationInput,
  OutcomeInput,
  ParticipantInput,
  ProgrammeInput,
  ProgrammePatch,
  SessionDayInput,
  SessionInput,
  SessionPatch,
} from './trainings.schemas';

type SessionRow = typeof trainingSessions.$inferSelect;
type ParticipantRow = typeof trainingParticipants.$inferSelect;
type Outcome = (typeof OUTCOMES)[number];
const POSITIVE: Outcome[] = ['entered_training', 'found_job'];

export type TrainingsService = ReturnType<typeof createTrainingsService>;

interface Deps {
  db: Db;
  clock: Clock;
  audit: AuditService;
  auth: AuthService;
  people: PeopleService;
  organisations: OrganisationsService;
}

const rate = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : null);
const round1 = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);

export function createTrainingsService({ db, clock, audit, auth, people, organisations }: Deps) {
  // ---------- helpers ----------
  async function loadProgramme(id: number, tx: DbOrTx = db) {
    const [p] = await tx.select().from(trainingProgrammes).where(eq(trainingProgrammes.id, id));
    if (!p) throw notFound('what.training_programme');
    return p;
  }
  async function loadSession(id: number, tx: DbOrTx = db, lock = false): Promise<SessionRow> {
    const q = tx.select().from(trainingSessions).where(eq(trainingSessions.id, id));
    const [s] = lock ? await q.for('update') : await q;
    if (!s) throw notFound('what.training_session');
    return s;
  }
  async function loadParticipant(id: number, tx: DbOrTx = db, lock = false): Promise<ParticipantRow> {
    const q = tx.select().from(trainingParticipants).where(eq(trainingParticipants.id, id));
    const [p] = lock ? await q.for('update') : await q;
    if (!p) throw notFound('what.training_participant');
    return p;
  }
  async function checkPartners(ids: number[] | undefined) {
    for (const id of new Set(ids ?? [])) {
      try {
        await organisations.get(id);
      } catch {
        throw invalidField('body.partnerIds', 'error.training_organisation_unknown');
      }
    }
  }
  async function checkTrainers(ids: number[] | undefined) {
    for (const id of new Set(ids ?? [])) {
      try {
        await auth.getUser(id);
      } catch {
        throw invalidField('body.trainerIds', 'error.training_trainer_unknown');
      }
    }
  }
  const dayRow = (sessionId: number, d: SessionDayInput) => ({
    sessionId,
    day: d.date,
    startsAt: brusselsInstant(d.date, d.from),
    endsAt: brusselsInstant(d.date, d.to),
  });
  const presentDay = (d: typeof trainingSessionDays.$inferSelect) => ({
    id: d.id,
    date: d.day,
    from: brusselsTime(d.startsAt),
    to: brusselsTime(d.endsAt),
    startsAt: d.startsAt.toISOString(),
    endsAt: d.endsAt.toISOString(),
    hours: Math.round(((d.endsAt.getTime() - d.startsAt.getTime()) / 3_600_000) * 100) / 100,
  });
  async function daysOf(sessionIds: number[], tx: DbOrTx = db) {
    if (!sessionIds.length) return [];
    return tx.select().from(trainingSessionDays).where(inArray(trainingSessionDays.sessionId, sessionIds)).orderBy(asc(trainingSessionDays.day));
  }
  async function enrolledCount(sessionId: number, tx: DbOrTx) {
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(trainingParticipants)
      .where(and(eq(trainingParticipants.sessionId, sessionId), eq(trainingParticipants.status, 'enrolled')));
    return n;
  }
  /** Moves people from the waiting list into free places, first come first served. */
  async function promote(actor: Actor, session: SessionRow, tx: Tx): Promise<number[]> {
    const free = session.capacity - (await enrolledCount(session.id, tx));
    if (free <= 0) return [];
    const next = await tx
      .select({ id: trainingParticipants.id })
      .from(trainingParticipants)
      .where(and(eq(trainingParticipants.sessionId, session.id), eq(trainingParticipants.status, 'waiting')))
      .orderBy(asc(trainingParticipants.waitingSince), asc(trainingParticipants.id))
      .limit(free);
    for (const p of next) {
      await tx.update(trainingParticipants).set({ status: 'enrolled', enrolledAt: clock.now() }).where(eq(trainingParticipants.id, p.id));
      await audit.record(actor, { action: 'training.promote', entityType: 'training_participant', entityId: p.id, details: { sessionId: session.id } }, tx);
    }
    return next.map((p) => p.id);
  }
  async function programmeLinks(ids: number[]) {
    if (!ids.length) return { partners: [], trainers: [], questions: [] };
    const [partners, trainers, questions] = await Promise.all([
      db.select().from(trainingProgrammePartners).where(inArray(trainingProgrammePartners.programmeId, ids)),
      db.select().from(trainingProgrammeTrainers).where(inArray(trainingProgrammeTrainers.programmeId, ids)),
      db.select().from(trainingQuestions).where(inArray(trainingQuestions.programmeId, ids)).orderBy(asc(trainingQuestions.position), asc(trainingQuestions.id)),
    ]);
    return { partners, trainers, questions };
  }
  async function orgNames(): Promise<Map<number, string>> {
    return new Map((await organisations.list({ includeInactive: true })).map((o) => [o.id, o.name]));
  }
  async function userNames(): Promise<Map<number, string>> {
    return new Map((await auth.listUsers()).map((u) => [u.id, u.name]));
  }

  /** Participants counted in figures: enrolled (not waiting, not withdrawn) in a session that was not cancelled. */
  const countedParticipant = sql`${trainingParticipants.status} = 'enrolled' and ${trainingSessions.status} <> 'cancelled'`;
  /** The Brussels year of a session: the year of its first day. */
  const sessionYear = sql<number>`(select extract(year from min(d.day))::int from training_session_days d where d.session_id = training_sessions.id)`;

  const service = {
    // ---------- programmes ----------
    async listProgrammes(includeInactive = false) {
      const rows = await db
        .select({
          programme: trainingProgrammes,
          sessions: sql<number>`(select count(*)::int from training_sessions s where s.programme_id = training_programmes.id)`,
          participants: sql<number>`(select count(*)::int from training_participants p join training_sessions s on s.id = p.session_id where s.programme_id = training_programmes.id and p.status = 'enrolled' and s.status <> 'cancelled')`,
          nextDay: sql<string | null>`(select min(d.day)::text from training_session_days d join training_sessions s on s.id = d.session_id where s.programme_id = training_programmes.id and s.status <> 'cancelled' and d.day >= ${brusselsDay(clock.now())}::date)`,
        })
        .from(trainingProgrammes)
        .where(includeInactive ? undefined : eq(trainingProgrammes.active, true))
        .orderBy(asc(trainingProgrammes.name));
      return rows.map((r) => ({ ...r.programme, sessionCount: r.sessions, participantCount: r.participants, nextDay: r.nextDay }));
    },

    async getProgramme(id: number) {
      const p = await loadProgramme(id);
      const [links, orgs, users, sessions] = await Promise.all([programmeLinks([id]), orgNames(), userNames(), service.listSessions(id)]);
      return {
        ...p,
        partners: links.partners.map((x) => ({ id: x.organisationId, name: orgs.get(x.organisationId) ?? null })),
        trainers: links.trainers.map((x) => ({ id: x.userId, name: users.get(x.userId) ?? null })),
        questions: links.questions,
        sessions,
      };
    },

    async createProgramme(actor: Actor, input: ProgrammeInput) {
      await checkPartners(input.partnerIds);
      await checkTrainers(input.trainerIds);
      const id = await db.transaction(async (tx) => {
        const { partnerIds, trainerIds, questions, ...fields } = input;
        const [p] = await tx.insert(trainingProgrammes).values(fields).returning();
        if (partnerIds.length) await tx.insert(trainingProgrammePartners).values([...new Set(partnerIds)].map((organisationId) => ({ programmeId: p.id, organisationId })));
        if (trainerIds.length) await tx.insert(trainingProgrammeTrainers).values([...new Set(trainerIds)].map((userId) => ({ programmeId: p.id, userId })));
        if (questions.length) await tx.insert(trainingQuestions).values(questions.map((text, i) => ({ programmeId: p.id, text, position: i + 1 })));
        await audit.record(actor, { action: 'training.programme_create', entityType: 'training_programme', entityId: p.id, details: { name: p.name } }, tx);
        return p.id;
      });
      return service.getProgramme(id);
    },

    async updateProgramme(actor: Actor, id: number, patch: ProgrammePatch) {
      await checkPartners(patch.partnerIds);
      await checkTrainers(patch.trainerIds);
      await db.transaction(async (tx) => {
        await loadProgramme(id, tx);
        const { partnerIds, trainerIds, ...fields } = patch;
        if (Object.keys(fields).length) await tx.update(trainingProgrammes).set({ ...fields, updatedAt: clock.now() }).where(eq(trainingProgrammes.id, id));
        if (partnerIds) {
          await tx.delete(trainingProgrammePartners).where(eq(trainingProgrammePartners.programmeId, id));
          if (partnerIds.length) await tx.insert(trainingProgrammePartners).values([...new Set(partnerIds)].map((organisationId) => ({ programmeId: id, organisationId })));
        }
        if (trainerIds) {
          await tx.delete(trainingProgrammeTrainers).where(eq(trainingProgrammeTrainers.programmeId, id));
          if (trainerIds.length) await tx.insert(trainingProgrammeTrainers).values([...new Set(trainerIds)].map((userId) => ({ programmeId: id, userId })));
        }
        await audit.record(actor, { action: 'training.programme_update', entityType: 'training_programme', entityId: id, details: { fields: Object.keys(patch) } }, tx);
      });
      return service.getProgramme(id);
    },

    async addQuestion(actor: Actor, programmeId: number, input: { text: string; position?: number }) {
      return db.transaction(async (tx) => {
        await loadProgramme(programmeId, tx);
        const [q] = await tx.insert(trainingQuestions).values({ programmeId, text: input.text, position: input.position ?? 100 }).returning();
        await audit.record(actor, { action: 'training.question_add', entityType: 'training_programme', entityId: programmeId, details: { questionId: q.id } }, tx);
        return q;
      });
    },

    async updateQuestion(actor: Actor, programmeId: number, questionId: number, patch: { text?: string; position?: number; active?: boolean }) {
      return db.transaction(async (tx) => {
        const [q] = await tx
          .update(trainingQuestions)
          .set(patch)
          .where(and(eq(trainingQuestions.id, questionId), eq(trainingQuestions.programmeId, programmeId)))
          .returning();
        if (!q) throw notFound('what.training_question');
        await audit.record(actor, { action: 'training.question_update', entityType: 'training_programme', entityId: programmeId, details: { questionId, ...patch } }, tx);
        return q;
      });
    },

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
        const [s] = await tx.insert(trainingSessions).values({ programmeId, title: input.title ?? null, room: input.room ?? null, capacity: input.capacity }).returning();
        await tx.insert(trainingSessionDays).values(input.days.map((d) => dayRow(s.id, d)));
        await audit.record(actor, { action: 'training.session_create', entityType: 'training_session', entityId: s.id, details: { programmeId, days: input.days.map((d) => d.date) } }, tx);
        return s.id;
      });
      return service.getSession(id);
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
      return service.getSession(id);
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
      return service.getSession(id);
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
      const names = await service.participantNames(parts);
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

    /** Display names of participants: the person's "First Last" (registry) or the professional's name. */
    async participantNames(parts: ParticipantRow[]): Promise<Map<number, string>> {
      const out = new Map<number, string>();
      const personIds = [...new Set(parts.filter((p) => p.personId).map((p) => p.personId!))];
      const profiles = new Map((await people.profiles(personIds)).map((x) => [x.id, x]));
      for (const p of parts) {
        const x = p.personId ? profiles.get(p.personId) : undefined;
        if (x) out.set(p.id, x.erased ? '—' : `${x.firstName} ${x.lastName}`.trim());
      }
      for (const p of parts) if (p.professionalName) out.set(p.id, p.professionalName);
      return out;
    },

    // ---------- participants ----------
    /** Enrols a participant, or puts them on the waiting list when the session is full. */
    async enrol(actor: Actor, sessionId: number, input: ParticipantInput) {
      if (input.personId) await people.assertLinkable(input.personId);
      if (input.organisationId) {
        try {
          await organisations.get(input.organisationId);
        } catch {
          throw invalidField('body.organisationId', 'error.training_organisation_unknown');
        }
      }
      try {
        return await db.transaction(async (tx) => {
          const s = await loadSession(sessionId, tx, true);
          if (s.status === 'cancelled') throw conflict('error.training_session_cancelled');
          const full = (await enrolledCount(sessionId, tx)) >= s.capacity;
          const now = clock.now();
          const [p] = await tx
            .insert(trainingParticipants)
            .values({
              sessionId,
              personId: input.personId ?? null,
              professionalName: input.personId ? null : input.professionalName!,
              organisationId: input.organisationId ?? null,
              jobTitle: input.jobTitle || null,
              status: full ? 'waiting' : 'enrolled',
              enrolledAt: now,
              waitingSince: full ? now : null,
            })
            .returning();
          if (input.personId) await people.touch(input.personId, now, tx);
          await audit.record(actor, { action: full ? 'training.wait' : 'training.enrol', entityType: 'training_participant', entityId: p.id, details: { sessionId, personId: input.personId } }, tx);
          return p;
        });
      } catch (err) {
        const e = (err as { cause?: { code?: string; constraint?: string }; code?: string; constraint?: string }) ?? {};
        const pg = e.cause ?? e;
        if (pg.code === '23505' && pg.constraint === 'training_participants_person_once') throw conflict('error.training_already_enrolled');
        throw err;
      }
    },

    /** Withdraws a participant; the first on the waiting list takes the freed place. */
    async withdraw(actor: Actor, participantId: number, reason?: string) {
      return db.transaction(async (tx) => {
        const p = await loadParticipant(participantId, tx, true);
        if (p.status === 'withdrawn') throw conflict('error.training_already_withdrawn');
        const s = await loadSession(p.sessionId, tx, true);
        const [row] = await tx
          .update(trainingParticipants)
          .set({ status: 'withdrawn', withdrawnAt: clock.now(), withdrawReason: reason || null })
          .where(eq(trainingParticipants.id, participantId))
          .returning();
        await audit.record(actor, { action: 'training.withdraw', entityType: 'training_participant', entityId: participantId, details: { sessionId: s.id, was: p.status } }, tx);
        const promoted = p.status === 'enrolled' && s.status !== 'cancelled' ? await promote(actor, s, tx) : [];
        return { ...row, promoted };
      });
    },

    /** Attendance of one day of the session: the day must be one of the session's days. */
    async recordAttendance(actor: Actor, sessionId: number, input: AttendanceInput) {
      return db.transaction(async (tx) => {
        const s = await loadSession(sessionId, tx);
        if (s.status === 'cancelled') throw conflict('error.training_session_cancelled');
        const [day] = await tx
          .select()
          .from(trainingSessionDays)
          .where(and(eq(trainingSessionDays.sessionId, sessionId), eq(trainingSessionDays.day, input.date)));
        if (!day) throw invalidField('body.date', 'error.training_day_not_in_session', { date: input.date });
        const ids = [...new Set(input.entries.map((e) => e.participantId))];
        if (ids.length !== input.entries.length) throw invalidField('body.entries', 'error.training_participant_twice');
        const parts = await tx
          .select({ id: trainingParticipants.id })
          .from(trainingParticipants)
          .where(and(eq(trainingParticipants.sessionId, sessionId), eq(trainingParticipants.status, 'enrolled'), inArray(trainingParticipants.id, ids)));
        if (parts.length !== ids.length) throw invalidField('body.entries', 'error.training_participant_not_enrolled');
        const now = clock.now();
        await tx
          .insert(trainingAttendance)
          .values(input.entries.map((e) => ({ sessionId, participantId: e.participantId, sessionDayId: day.id, present: e.present, recordedAt: now })))
          .onConflictDoUpdate({
            target: [trainingAttendance.participantId, trainingAttendance.sessionDayId],
            set: { present: sql`excluded.present`, recordedAt: now },
          });
        await audit.record(actor, { action: 'training.attendance', entityType: 'training_session', entityId: sessionId, details: { date: input.date, count: input.entries.length } }, tx);
        return { date: input.date, recorded: input.entries.length, present: input.entries.filter((e) => e.present).length };
      });
    },

    async setOutcome(actor: Actor, participantId: number, input: OutcomeInput) {
      return db.transaction(async (tx) => {
        const p = await loadParticipant(participantId, tx, true);
        if (p.status !== 'enrolled') throw conflict('error.training_participant_not_enrolled');
        const [row] = await tx
          .update(trainingParticipants)
          .set({ outcome: input.outcome, outcomeDate: input.date ?? brusselsDay(clock.now()), outcomeNote: input.note ?? null })
          .where(eq(trainingParticipants.id, participantId))
          .returning();
        await audit.record(actor, { action: 'training.outcome', entityType: 'training_participant', entityId: participantId, details: { outcome: input.outcome } }, tx);
        return row;
      });
    },

    /** What a printable attendance certificate shows. Reading a person's name is an audited read. */
    async certificate(actor: Actor, participantId: number) {
      const p = await loadParticipant(participantId);
      if (p.status !== 'enrolled') throw conflict('error.training_participant_not_enrolled');
      const s = await loadSession(p.sessionId);
      const programme = await loadProgramme(s.programmeId);
      const days = await daysOf([s.id]);
      const att = await db.select().from(trainingAttendance).where(eq(trainingAttendance.participantId, participantId));
      const attended = days.filter((d) => att.some((a) => a.sessionDayId === d.id && a.present)).map(presentDay);
      if (!attended.length) throw conflict('error.training_no_attendance');
      let name = p.professionalName ?? '';
      let birthDate: string | null = null;
      if (p.personId) {
        const person = await people.get(actor, p.personId);
        name = `${person.firstName} ${person.lastName}`.trim();
        birthDate = person.birthDate;
      }
      const links = await programmeLinks([programme.id]);
      const users = await userNames();
      const org = p.organisationId ? await organisations.get(p.organisationId) : null;
      await audit.record(actor, { action: 'training.certificate', entityType: 'training_participant', entityId: participantId });
      return {
        participant: { id: p.id, name, birthDate, organisation: org?.name ?? null, jobTitle: p.jobTitle },
        programme: { id: programme.id, name: programme.name, description: programme.description },
        session: { id: s.id, title: s.title, room: s.room, days: days.map(presentDay) },
        attendedDays: attended,
        attendedHours: Math.round(attended.reduce((h, d) => h + d.hours, 0) * 100) / 100,
        totalHours: Math.round(days.map(presentDay).reduce((h, d) => h + d.hours, 0) * 100) / 100,
        trainers: links.trainers.map((t) => users.get(t.userId)).filter(Boolean),
        issuedOn: brusselsDay(clock.now()),
        issuer: { name: "Centrale de l'Emploi de la Ville de Bruxelles", address: "Boulevard d'Anvers 26, 1000 Bruxelles" },
      };
    },

    // ---------- evaluations ----------
    /** Opens the end-of-training evaluation. The link (random token) is made once per session; reopening revives it. */
    async openEvaluation(actor: Actor, sessionId: number) {
      return db.transaction(async (tx) => {
        const s = await loadSession(sessionId, tx, true);
        if (s.status === 'cancelled') throw conflict('error.training_session_cancelled');
        if (s.evaluationOpen) return { token: s.evaluationToken! };
        const token = s.evaluationToken ?? crypto.randomBytes(18).toString('base64url');
        await tx.update(trainingSessions).set({ evaluationToken: token, evaluationOpen: true, evaluationClosedAt: null }).where(eq(trainingSessions.id, sessionId));
        await audit.record(actor, { action: 'training.evaluation_open', entityType: 'training_session', entityId: sessionId }, tx);
        return { token };
      });
    },

    async closeEvaluation(actor: Actor, sessionId: number) {
      return db.transaction(async (tx) => {
        await loadSession(sessionId, tx, true);
        await tx.update(trainingSessions).set({ evaluationOpen: false, evaluationClosedAt: clock.now() }).where(eq(trainingSessions.id, sessionId));
        await audit.record(actor, { action: 'training.evaluation_close', entityType: 'training_session', entityId: sessionId }, tx);
        return { open: false };
      });
    },

    async evaluationToken(sessionId: number): Promise<string> {
      const s = await loadSession(sessionId);
      if (!s.evaluationOpen || !s.evaluationToken) throw conflict('error.evaluation_closed');
      return s.evaluationToken;
    },

    /** The public form behind a link: 404 for an unknown link, 410 once the evaluation is closed. */
    async publicForm(token: string, tx: DbOrTx = db) {
      const [s] = await tx.select().from(trainingSessions).where(eq(trainingSessions.evaluationToken, token));
      if (!s) throw notFound('what.evaluation_link');
      if (!s.evaluationOpen) throw new AppError(410, 'error.evaluation_closed');
      const programme = await loadProgramme(s.programmeId, tx);
      const questions = await tx
        .select({ id: trainingQuestions.id, text: trainingQuestions.text })
        .from(trainingQuestions)
        .where(and(eq(trainingQuestions.programmeId, programme.id), eq(trainingQuestions.active, true)))
        .orderBy(asc(trainingQuestions.position), asc(trainingQuestions.id));
      const days = await daysOf([s.id], tx);
      return { sessionId: s.id, programme: programme.name, session: s.title, days: days.map((d) => d.day), questions, scale: { min: 1, max: 5 } };
    },

    async submitEvaluation(actor: Actor, target: { token: string } | { sessionId: number }, input: EvaluationInput) {
      return db.transaction(async (tx) => {
        let sessionId: number;
        if ('token' in target) {
          // Lock the session so that closing and a late answer cannot cross.
          const [s] = await tx.select().from(trainingSessions).where(eq(trainingSessions.evaluationToken, target.token)).for('update');
          if (!s) throw notFound('what.evaluation_link');
          if (!s.evaluationOpen) throw new AppError(410, 'error.evaluation_closed');
          sessionId = s.id;
        } else sessionId = (await loadSession(target.sessionId, tx)).id;
        const s = await loadSession(sessionId, tx);
        const valid = await tx
          .select({ id: trainingQuestions.id })
          .from(trainingQuestions)
          .where(and(eq(trainingQuestions.programmeId, s.programmeId), eq(trainingQuestions.active, true)));
        const validIds = new Set(valid.map((q) => q.id));
        if (input.answers.some((a) => !validIds.has(a.questionId))) throw invalidField('body.answers', 'error.training_question_unknown');
        const [e] = await tx
          .insert(trainingEvaluations)
          .values({ sessionId, source: 'token' in target ? 'public' : 'staff', comments: input.comments || null, submittedAt: clock.now(), enteredBy: actor.userId })
          .returning();
        await tx.insert(trainingEvaluationAnswers).values(input.answers.map((a) => ({ evaluationId: e.id, questionId: a.questionId, score: a.score })));
        await audit.record(actor, { action: 'training.evaluation_submit', entityType: 'training_session', entityId: sessionId, details: { evaluationId: e.id, source: e.source } }, tx);
        return { id: e.id };
      });
    },

    /** Results of a session's evaluation: average and distribution per question, comments. */
    async evaluationResults(sessionId: number) {
      const s = await loadSession(sessionId);
      const questions = await db.select().from(trainingQuestions).where(eq(trainingQuestions.programmeId, s.programmeId)).orderBy(asc(trainingQuestions.position), asc(trainingQuestions.id));
      const evals = await db.select().from(trainingEvaluations).where(eq(trainingEvaluations.sessionId, sessionId)).orderBy(asc(trainingEvaluations.id));
      const answers = evals.length
        ? await db.select().from(trainingEvaluationAnswers).where(inArray(trainingEvaluationAnswers.evaluationId, evals.map((e) => e.id)))
        : [];
      const avg = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null);
      return {
        sessionId,
        open: s.evaluationOpen,
        closedAt: s.evaluationClosedAt,
        forms: evals.length,
        average: avg(answers.map((a) => a.score)),
        questions: questions
          .map((q) => {
            const scores = answers.filter((a) => a.questionId === q.id).map((a) => a.score);
            return { id: q.id, text: q.text, active: q.active, answers: scores.length, average: avg(scores), distribution: [1, 2, 3, 4, 5].map((v) => scores.filter((x) => x === v).length) };
          })
          .filter((q) => q.active || q.answers > 0),
        comments: evals.filter((e) => e.comments).map((e) => ({ at: e.submittedAt.toISOString(), source: e.source, text: e.comments! })),
      };
    },

    // ---------- outcomes and statistics ----------
    /** Outcome rate of a programme (e.g. 9 of 12 into training or work), per session and overall. */
    async programmeOutcomes(programmeId: number, year?: number) {
      await loadProgramme(programmeId);
      const rows = await db
        .select({ sessionId: trainingSessions.id, title: trainingSessions.title, outcome: trainingParticipants.outcome, n: sql<number>`count(*)::int` })
        .from(trainingParticipants)
        .innerJoin(trainingSessions, eq(trainingSessions.id, trainingParticipants.sessionId))
        .where(and(eq(trainingSessions.programmeId, programmeId), countedParticipant, year ? sql`${sessionYear} = ${year}` : undefined))
        .groupBy(trainingSessions.id, trainingSessions.title, trainingParticipants.outcome);
      const summarise = (rs: typeof rows) => {
        const byOutcome = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
        for (const r of rs) byOutcome[r.outcome] += r.n;
        const participants = Object.values(byOutcome).reduce((a, b) => a + b, 0);
        const positive = byOutcome.entered_training + byOutcome.found_job;
        return { participants, positive, known: participants - byOutcome.unknown, rate: rate(positive, participants), byOutcome };
      };
      const sessionIds = [...new Set(rows.map((r) => r.sessionId))];
      return {
        programmeId,
        year: year ?? null,
        ...summarise(rows),
        sessions: sessionIds.map((id) => ({ sessionId: id, title: rows.find((r) => r.sessionId === id)!.title, ...summarise(rows.filter((r) => r.sessionId === id)) })),
      };
    },

    /** A year of trainings (sessions counted in the year of their first day, Brussels dates). */
    async statsForYear(year: number) {
      const inYear = sql`${sessionYear} = ${year}`;
      const sessionRows = await db
        .select({ id: trainingSessions.id, programmeId: trainingSessions.programmeId, status: trainingSessions.status, cancelReason: trainingSessions.cancelReason })
        .from(trainingSessions)
        .where(inYear);
      const programmeIds = [...new Set(sessionRows.map((s) => s.programmeId))];
      // The year's sessions are known now: the queries below take their ids rather than working out each
      // session's year again (a subquery per session of every year).
      const ofYear = sessionRows.length ? inArray(trainingSessions.id, sessionRows.map((s) => s.id)) : sql`false`;
      const programmes = programmeIds.length ? await db.select().from(trainingProgrammes).where(inArray(trainingProgrammes.id, programmeIds)).orderBy(asc(trainingProgrammes.name)) : [];
      const partRows = await db
        .select({
          programmeId: trainingSessions.programmeId,
          personId: trainingParticipants.personId,
          organisationId: trainingParticipants.organisationId,
          outcome: trainingParticipants.outcome,
          id: trainingParticipants.id,
        })
        .from(trainingParticipants)
        .innerJoin(trainingSessions, eq(trainingSessions.id, trainingParticipants.sessionId))
        .where(and(ofYear, countedParticipant));
      // Attendance rate: presences over the places expected on the days where attendance was taken.
      const attRows = await db
        .select({
          programmeId: trainingSessions.programmeId,
          present: sql<number>`count(*) filter (where ${trainingAttendance.present})::int`,
          expected: sql<number>`count(*)::int`,
        })
        .from(trainingAttendance)
        .innerJoin(trainingParticipants, eq(trainingParticipants.id, trainingAttendance.participantId))
        .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
        .where(and(ofYear, countedParticipant))
        .groupBy(trainingSessions.programmeId);
      const evalRows = await db
        .select({
          programmeId: trainingSessions.programmeId,
          forms: sql<number>`count(distinct ${trainingEvaluations.id})::int`,
          average: sql<number | null>`avg(${trainingEvaluationAnswers.score})`,
        })
        .from(trainingEvaluations)
        .innerJoin(trainingSessions, eq(trainingSessions.id, trainingEvaluations.sessionId))
        .leftJoin(trainingEvaluationAnswers, eq(trainingEvaluationAnswers.evaluationId, trainingEvaluations.id))
        .where(ofYear)
        .groupBy(trainingSessions.programmeId);
      const orgs = await orgNames();

      const perProgramme = programmes.map((p) => {
        const sess = sessionRows.filter((s) => s.programmeId === p.id);
        const parts = partRows.filter((r) => r.programmeId === p.id);
        const att = attRows.find((a) => a.programmeId === p.id);
        const ev = evalRows.find((e) => e.programmeId === p.id);
        const positive = parts.filter((r) => POSITIVE.includes(r.outcome)).length;
        return {
          id: p.id,
          name: p.name,
          sessionsHeld: sess.filter((s) => s.status !== 'cancelled').length,
          sessionsCancelled: sess.filter((s) => s.status === 'cancelled').length,
          cancelReasons: sess.filter((s) => s.status === 'cancelled').map((s) => s.cancelReason),
          participations: parts.length,
          distinctPeople: new Set(parts.filter((r) => r.personId).map((r) => r.personId)).size,
          professionals: parts.filter((r) => !r.personId).length,
          attendanceRate: att ? rate(att.present, att.expected) : null,
          evaluationForms: ev?.forms ?? 0,
          evaluationAverage: round1(ev?.average),
          outcomes: { positive, known: parts.filter((r) => r.outcome !== 'unknown').length, rate: rate(positive, parts.length) },
        };
      });
      const byOrganisation = new Map<string, number>();
      for (const r of partRows) {
        const name = r.organisationId ? (orgs.get(r.organisationId) ?? '?') : null;
        if (name) byOrganisation.set(name, (byOrganisation.get(name) ?? 0) + 1);
      }
      const present = attRows.reduce((a, r) => a + r.present, 0);
      const expected = attRows.reduce((a, r) => a + r.expected, 0);
      const [evalAll] = await db
        .select({ average: sql<number | null>`avg(${trainingEvaluationAnswers.score})` })
        .from(trainingEvaluationAnswers)
        .innerJoin(trainingEvaluations, eq(trainingEvaluations.id, trainingEvaluationAnswers.evaluationId))
        .innerJoin(trainingSessions, eq(trainingSessions.id, trainingEvaluations.sessionId))
        .where(ofYear);
      const positive = partRows.filter((r) => POSITIVE.includes(r.outcome)).length;
      return {
        year,
        programmes: programmes.length,
        sessionsHeld: sessionRows.filter((s) => s.status !== 'cancelled').length,
        sessionsCancelled: sessionRows.filter((s) => s.status === 'cancelled').length,
        participations: partRows.length,
        distinctPeople: new Set(partRows.filter((r) => r.personId).map((r) => r.personId)).size,
        professionals: partRows.filter((r) => !r.personId).length,
        attendanceRate: rate(present, expected),
        evaluationForms: evalRows.reduce((a, r) => a + r.forms, 0),
        evaluationAverage: round1(evalAll?.average),
        outcomes: { positive, rate: rate(positive, partRows.length) },
        byOrganisation: [...byOrganisation.entries()].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
        perProgramme,
      };
    },

    /** One "people reached" line per programme with sessions that year: participations, distinct identified people. */
    async reachLines(year: number): Promise<ReachLine[]> {
      const s = await service.statsForYear(year);
      return s.perProgramme
        .filter((p) => p.participations > 0)
        .map((p) => ({
          key: `training:${p.id}`,
          labelKey: 'reach.training',
          label: p.name,
          unit: 'participations' as const,
          value: p.participations,
          participations: p.participations,
          distinctPeople: p.distinctPeople,
          personIds: sql`select distinct tp.person_id from training_participants tp join training_sessions ts on ts.id = tp.session_id
            where ts.programme_id = ${p.id} and tp.person_id is not null and tp.status = 'enrolled' and ts.status <> 'cancelled'
            and (select extract(year from min(d.day))::int from training_session_days d where d.session_id = ts.id) = ${year}`,
        }));
    },

    /** The person's trainings, for the timeline. */
    async timeline(personId: number): Promise<TimelineEntry[]> {
      const rows = await db
        .select({ p: trainingParticipants, programme: trainingProgrammes.name, title: trainingSessions.title, sessionStatus: trainingSessions.status })
        .from(trainingParticipants)
        .innerJoin(trainingSessions, eq(trainingSessions.id, trainingParticipants.sessionId))
        .innerJoin(trainingProgrammes, eq(trainingProgrammes.id, trainingSessions.programmeId))
        .where(eq(trainingParticipants.personId, personId));
      const days = await daysOf([...new Set(rows.map((r) => r.p.sessionId))]);
      const att = rows.length
        ? await db.select().from(trainingAttendance).where(inArray(trainingAttendance.participantId, rows.map((r) => r.p.id)))
        : [];
      return rows.map((r) => {
        const first = days.find((d) => d.sessionId === r.p.sessionId);
        return {
          at: first?.startsAt.toISOString() ?? r.p.enrolledAt.toISOString(),
          module: 'trainings',
          kind: 'timeline.training',
          summary: [r.programme, r.title].filter(Boolean).join(' — '),
          link: `/trainings/sessions/${r.p.sessionId}`,
          data: {
            participantId: r.p.id,
            sessionId: r.p.sessionId,
            status: r.p.status,
            sessionStatus: r.sessionStatus,
            outcome: r.p.outcome,
            daysAttended: att.filter((a) => a.participantId === r.p.id && a.present).length,
          },
        };
      });
    },

    /** GDPR erasure: participations stay (figures), free-text notes about the person go. */
    async erase(tx: Tx, personId: number) {
      await tx.update(trainingParticipants).set({ outcomeNote: null, withdrawReason: null }).where(eq(trainingParticipants.personId, personId));
    },
  };
  return service;
}
