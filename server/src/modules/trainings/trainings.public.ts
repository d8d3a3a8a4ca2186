import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { trainingProgrammes, trainingSessionDays, trainingSessions } from './trainings.table';
import type { TrainingsCore, TrainingsDeps } from './trainings.core';

/**
 * The sessions open to the public, for the modules listed after trainings (the website's agenda): only what a
 * visitor may read (no participant, no evaluation link). A session is listed while it is planned or running, public,
 * of an active programme, and one of its days has not ended yet.
 */
export function createTrainingsPublic(deps: TrainingsDeps & { core: TrainingsCore }) {
  const { db, clock } = deps;
  const { daysOf, presentDay } = deps.core;

  async function publicSessions(options: { limit?: number; id?: number } = {}) {
    const now = clock.now();
    const rows = await db
      .select({
        id: trainingSessions.id,
        title: trainingSessions.title,
        titleNl: trainingSessions.titleNl,
        room: trainingSessions.room,
        capacity: trainingSessions.capacity,
        programme: {
          id: trainingProgrammes.id,
          name: trainingProgrammes.name,
          nameNl: trainingProgrammes.nameNl,
          description: trainingProgrammes.description,
          descriptionNl: trainingProgrammes.descriptionNl,
          targetPublic: trainingProgrammes.targetPublic,
          targetPublicNl: trainingProgrammes.targetPublicNl,
        },
        enrolled: sql<number>`(select count(*)::int from training_participants p where p.session_id = ${trainingSessions.id} and p.status = 'enrolled')`,
        firstDay: sql<string>`(select min(d.starts_at) from training_session_days d where d.session_id = ${trainingSessions.id})`,
      })
      .from(trainingSessions)
      .innerJoin(trainingProgrammes, eq(trainingProgrammes.id, trainingSessions.programmeId))
      .where(
        and(
          eq(trainingSessions.isPublic, true),
          options.id !== undefined ? eq(trainingSessions.id, options.id) : undefined,
          inArray(trainingSessions.status, ['planned', 'running']),
          eq(trainingProgrammes.active, true),
          sql`exists (${db.select({ one: sql`1` }).from(trainingSessionDays).where(and(eq(trainingSessionDays.sessionId, trainingSessions.id), gt(trainingSessionDays.endsAt, now)))})`,
        ),
      )
      .orderBy(sql`(select min(d.starts_at) from training_session_days d where d.session_id = ${trainingSessions.id})`, asc(trainingSessions.id))
      .limit(options.limit ?? 100);
    const days = await daysOf(rows.map((r) => r.id));
    return rows.map(({ enrolled, firstDay: _, ...r }) => {
      const own = days.filter((d) => d.sessionId === r.id).map(presentDay);
      return {
        ...r,
        /** the session's own title, else its programme's name (French) */
        name: r.title ?? r.programme.name,
        /** the same in Dutch, null when not translated (a session titled in French only is not translated) */
        nameNl: r.title ? r.titleNl : r.programme.nameNl,
        days: own.map(({ date, from, to, startsAt, endsAt }) => ({ date, from, to, startsAt, endsAt })),
        startsAt: own[0].startsAt,
        endsAt: own[own.length - 1].endsAt,
        placesLeft: Math.max(0, r.capacity - enrolled),
        /**
         * How a visitor registers: online, a request for a place (`requestPlace`) that a trainer accepts or declines
         * (the waiting list when the session is full), or at the desk.
         */
        registration: 'request' as const,
      };
    });
  }

  /** One session open to the public, or null (not public, cancelled, over or unknown). */
  async function publicSession(id: number) {
    return (await publicSessions({ id, limit: 1 }))[0] ?? null;
  }

  return { publicSessions, publicSession };
}
