import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import { notFound } from '../../platform/http/errors';
import { brusselsDay } from '../../platform/brussels-time';
import { trainingProgrammePartners, trainingProgrammes, trainingProgrammeTrainers, trainingQuestions } from './trainings.table';
import type { ProgrammeInput, ProgrammePatch } from './trainings.schemas';
import type { TrainingsCore, TrainingsDeps } from './trainings.core';
import type { createTrainingSessions } from './trainings.sessions';

/** Programmes, their partners, trainers and evaluation questions. */
export function createTrainingProgrammes(deps: TrainingsDeps & { core: TrainingsCore; sessions: Pick<ReturnType<typeof createTrainingSessions>, "listSessions"> }) {
  const { db, clock, audit, sessions: sessionsPart } = deps;
  const { loadProgramme, checkPartners, checkTrainers, programmeLinks, orgNames, userNames } = deps.core;

  const part = {
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
      const [links, orgs, users, sessions] = await Promise.all([programmeLinks([id]), orgNames(), userNames(), sessionsPart.listSessions(id)]);
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
      return part.getProgramme(id);
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
      return part.getProgramme(id);
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
  };
  return part;
}
