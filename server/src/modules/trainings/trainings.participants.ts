import type { Locale } from '../../platform/i18n/messages';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database';
import type { Actor } from '../../platform/audit/audit.service';
import { conflict, invalidField } from '../../platform/http/errors';
import { dbError } from '../../platform/db/constraints';
import { brusselsDay } from '../../platform/brussels-time';
import { trainingAttendance, trainingParticipants, trainingSessionDays } from './trainings.table';
import type { AttendanceInput, OutcomeInput, ParticipantInput } from './trainings.schemas';
import type { ParticipantRow, TrainingsCore, TrainingsDeps } from './trainings.core';

/** Participants: enrolment and waiting list, withdrawal, attendance, outcome and certificate. */
export function createTrainingParticipants(deps: TrainingsDeps & { core: TrainingsCore }) {
  const { db, clock, audit, people, organisations, institution } = deps;
  const { loadProgramme, loadSession, loadParticipant, enrolledCount, promote, daysOf, presentDay, programmeLinks, userNames } = deps.core;

  const part = {
    // ---------- participants ----------
    /**
     * Before two people are merged (people's merge hook): when both are enrolled in (or waiting for) the same
     * session, one enrolment stays, the enrolled one before the waiting one, else the earlier. It takes the other's
     * attendance for the days it lacks and its outcome when it has none; the other is withdrawn, and a seat it
     * freed goes to the waiting list.
     */
    async mergePeople(tx: Tx, { keepId, removeId, actor }: { keepId: number; removeId: number; actor: Actor }) {
      const rows = await tx
        .select()
        .from(trainingParticipants)
        .where(and(inArray(trainingParticipants.personId, [keepId, removeId]), ne(trainingParticipants.status, 'withdrawn')))
        .orderBy(asc(trainingParticipants.id))
        .for('update');
      const bySession = new Map<number, ParticipantRow[]>();
      for (const r of rows) bySession.set(r.sessionId, [...(bySession.get(r.sessionId) ?? []), r]);
      const joined: { sessionId: number; kept: number; withdrawn: number }[] = [];
      for (const [sessionId, both] of bySession) {
        if (both.length < 2) continue;
        const rank = (p: ParticipantRow) => (p.status === 'enrolled' ? 0 : 1);
        const [kept, other] = [...both].sort((a, b) => rank(a) - rank(b) || a.enrolledAt.getTime() - b.enrolledAt.getTime() || a.id - b.id);
        await tx.execute(sql`insert into ${trainingAttendance} (session_id, participant_id, session_day_id, present, recorded_at)
          select session_id, ${kept.id}, session_day_id, present, recorded_at from ${trainingAttendance} where participant_id = ${other.id}
          on conflict do nothing`);
        if (kept.outcome === 'unknown' && other.outcome !== 'unknown')
          await tx.update(trainingParticipants).set({ outcome: other.outcome, outcomeDate: other.outcomeDate, outcomeNote: other.outcomeNote }).where(eq(trainingParticipants.id, kept.id));
        await tx.update(trainingParticipants).set({ status: 'withdrawn', withdrawnAt: clock.now() }).where(eq(trainingParticipants.id, other.id));
        await audit.record(actor, { action: 'training.withdraw', entityType: 'training_participant', entityId: other.id, details: { sessionId, was: other.status, mergedInto: kept.id } }, tx);
        if (other.status === 'enrolled' && kept.status === 'enrolled') {
          const session = await loadSession(sessionId, tx, true);
          if (session.status !== 'cancelled') await promote(actor, session, tx);
        }
        joined.push({ sessionId, kept: kept.id, withdrawn: other.id });
      }
      return joined.length ? { trainingEnrolments: joined } : undefined;
    },

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
        if (dbError(err).constraint === 'training_participants_person_once') throw conflict('error.training_already_enrolled');
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
        // Presence is known once the day has begun: ticks for a day to come would be guesses.
        if (day.startsAt > clock.now()) throw conflict('error.training_day_not_started', { date: input.date });
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
    async certificate(actor: Actor, participantId: number, locale: Locale = 'fr') {
      const p = await loadParticipant(participantId);
      if (p.status !== 'enrolled') throw conflict('error.training_participant_not_enrolled');
      const s = await loadSession(p.sessionId);
      const programme = await loadProgramme(s.programmeId);
      const days = await daysOf([s.id]);
      const att = await db.select().from(trainingAttendance).where(eq(trainingAttendance.participantId, participantId));
      // A certificate is dated once the training is over, never before its last day has ended.
      const last = days.at(-1);
      if (last && last.endsAt > clock.now()) throw conflict('error.training_not_ended', { date: last.day });
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
      const inst = await institution.get();
      await audit.record(actor, { action: 'training.certificate', entityType: 'training_participant', entityId: participantId });
      const nl = locale === 'nl';
      return {
        participant: { id: p.id, name, birthDate, organisation: org?.name ?? null, jobTitle: p.jobTitle },
        // in the certificate's language where staff wrote it (a programme's name is its own name otherwise)
        programme: { id: programme.id, name: (nl && programme.nameNl) || programme.name, description: (nl && programme.descriptionNl) || programme.description },
        session: { id: s.id, title: (nl && s.titleNl) || s.title, room: s.room, days: days.map(presentDay) },
        attendedDays: attended,
        attendedHours: Math.round(attended.reduce((h, d) => h + d.hours, 0) * 100) / 100,
        totalHours: Math.round(days.map(presentDay).reduce((h, d) => h + d.hours, 0) * 100) / 100,
        trainers: links.trainers.map((t) => users.get(t.userId)).filter((n): n is string => !!n),
        issuedOn: brusselsDay(clock.now()),
        issuer: {
          name: inst.certificate.issuer[locale],
          address: inst.address[locale],
          signatoryName: inst.certificate.signatoryName,
          signatoryTitle: inst.certificate.signatoryTitle[locale] || null,
          logoUrl: inst.logoUrl,
        },
      };
    },
  };
  return part;
}
