import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { InstitutionService } from '../../platform/settings/institution';
import type { Db, DbOrTx, Tx } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import type { Actor, AuditService } from '../../platform/audit/audit.service';
import type { AuthService } from '../../platform/auth/auth.service';
import { invalidField, notFound } from '../../platform/http/errors';
import { brusselsInstant, brusselsTime } from '../../platform/brussels-time';
import type { PeopleService } from '../people/people.service';
import type { OrganisationsService } from '../organisations/organisations.service';
import {
  type OUTCOMES,
  trainingParticipants,
  trainingProgrammePartners,
  trainingProgrammes,
  trainingProgrammeTrainers,
  trainingQuestions,
  trainingSessionDays,
  trainingSessions,
} from './trainings.table';
import type { SessionDayInput } from './trainings.schemas';
import type { SurveysService } from '../surveys/public';
import type { OutboxService } from '../../platform/outbox/outbox.service';

/** What every part of the trainings service is built from (one object, given by createTrainingsService). */
export interface TrainingsDeps {
  db: Db;
  clock: Clock;
  audit: AuditService;
  auth: AuthService;
  people: PeopleService;
  organisations: OrganisationsService;
  /** the app's one survey engine: the end-of-training evaluations are its surveys about training sessions */
  surveys: SurveysService;
  /** who issues the certificates (ctx.institution) */
  institution: InstitutionService;
  /** the receipts and answers to the website's requests for a place */
  outbox: OutboxService;
}

export type SessionRow = typeof trainingSessions.$inferSelect;
export type ParticipantRow = typeof trainingParticipants.$inferSelect;
export type Outcome = (typeof OUTCOMES)[number];
export const POSITIVE: Outcome[] = ['entered_training', 'found_job'];

export const rate = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : null);
export const round1 = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);

export type TrainingsCore = ReturnType<typeof createTrainingsCore>;

/** Loading, checking and presenting programmes, sessions and participants, shared by every part of the service. */
export function createTrainingsCore(deps: TrainingsDeps) {
  const { db, clock, audit, auth, people, organisations } = deps;
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

  /** Display names of participants: the person's "First Last" (registry) or the professional's name. */
  async function participantNames(parts: ParticipantRow[]): Promise<Map<number, string>> {
    const out = new Map<number, string>();
    const personIds = [...new Set(parts.filter((p) => p.personId).map((p) => p.personId!))];
    const profiles = new Map((await people.profiles(personIds)).map((x) => [x.id, x]));
    for (const p of parts) {
      const x = p.personId ? profiles.get(p.personId) : undefined;
      if (x) out.set(p.id, x.erased ? '—' : `${x.firstName} ${x.lastName}`.trim());
    }
    for (const p of parts) if (p.professionalName) out.set(p.id, p.professionalName);
    return out;
  }

  return {
    loadProgramme,
    loadSession,
    loadParticipant,
    checkPartners,
    checkTrainers,
    dayRow,
    presentDay,
    daysOf,
    enrolledCount,
    promote,
    programmeLinks,
    orgNames,
    userNames,
    countedParticipant,
    sessionYear,
    participantNames,
  };
}
