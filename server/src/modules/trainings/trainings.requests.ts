import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import type { DbOrTx, Tx } from '../../platform/db/database';
import { AppError, conflict, invalid, notFound, type FieldError } from '../../platform/http/errors';
import { takeHourlySlot } from '../../platform/http/throttle';
import { newReferenceCode } from '../../platform/private-links';
import { translate, type Locale } from '../../platform/i18n/messages';
import type { Delivery } from '../../platform/outbox/outbox.service';
import { trainingRequests, trainingSessionDays, trainingSessions, trainingProgrammes } from './trainings.table';
import { acceptRequestBody, publicRequestInput, type AcceptRequestInput } from './trainings.schemas';
import { trainingsPermissions } from './trainings.permissions';
import type { TrainingsCore, TrainingsDeps } from './trainings.core';
import type { createTrainingParticipants } from './trainings.participants';
import type { createTrainingsPublic } from './trainings.public';

/** Requests a public form may store per address and hour (a family registering together is a handful). */
export const PUBLIC_TRAINING_REQUESTS_PER_HOUR = 10;
/** Days after a session's last day its requests are kept (a trainer may still look one up), then deleted. */
export const REQUEST_RETENTION_DAYS = 30;
const DAY = 86_400_000;

type RequestRow = typeof trainingRequests.$inferSelect;

/** What the visitor is told after sending the form. */
export interface RequestReceipt {
  reference: string;
  /** the session was full: the request is for its waiting list */
  waitingList: boolean;
  /**
   * How the receipt reaches the visitor: `email` (a mail server is set: it is being sent), `listed` (an e-mail address
   * was given but no mail server is set: the message waits in the staff's list), `none` (no e-mail address given).
   */
  receipt: 'email' | 'listed' | 'none';
  /** the same form sent again: nothing new was stored */
  repeated: boolean;
}

/**
 * Requests for a place from the website (no account): the visitor's form is checked and stored as a request, a
 * receipt goes through the outbox when an e-mail address is given; a trainer accepts it (the person found or created
 * in the registry, with the people module's duplicate check, then enrolled as `enrol` does) or declines it.
 */
export function createTrainingRequests(
  deps: TrainingsDeps & { core: TrainingsCore; participants: ReturnType<typeof createTrainingParticipants>; publicSessions: ReturnType<typeof createTrainingsPublic> },
) {
  const { db, clock, audit, people, outbox, institution } = deps;
  const { loadSession } = deps.core;

  /** The session as the visitor's message names it: its name in their language where staff wrote it, and its days. */
  async function describe(sessionId: number, locale: Locale, q: DbOrTx = db) {
    const [s] = await q
      .select({ title: trainingSessions.title, titleNl: trainingSessions.titleNl, programme: trainingProgrammes.name, programmeNl: trainingProgrammes.nameNl })
      .from(trainingSessions)
      .innerJoin(trainingProgrammes, eq(trainingProgrammes.id, trainingSessions.programmeId))
      .where(eq(trainingSessions.id, sessionId));
    const days = await q.select({ day: trainingSessionDays.day }).from(trainingSessionDays).where(eq(trainingSessionDays.sessionId, sessionId)).orderBy(asc(trainingSessionDays.day));
    const french = s?.title ?? s?.programme ?? '';
    const dutch = s?.title ? s.titleNl : s?.programmeNl;
    return { name: (locale === 'nl' && dutch) || french, dates: days.map((d) => d.day.split('-').reverse().join('/')).join(', ') };
  }

  /** A message to the visitor about their request (received, accepted, declined), in their language, through the outbox. */
  async function notify(tx: Tx, r: RequestRow, what: 'received' | 'accepted' | 'waiting' | 'declined'): Promise<Delivery | null> {
    if (!r.email && !r.phone) return null;
    const L = r.locale as Locale;
    const params = {
      person: `${r.firstName} ${r.lastName}`,
      ...(await describe(r.sessionId, L, tx)),
      reference: r.reference,
      institution: (await institution.inLocale(L, tx)).name,
      interpolation: { escapeValue: false },
    };
    const key = what === 'received' && r.waitingList ? 'received_waiting' : what;
    const { delivery } = await outbox.enqueue(
      {
        to: { name: params.person, email: r.email, phone: r.phone, locale: L },
        subject: translate(L, `trainings.mail.${key}_subject`, params),
        text: translate(L, `trainings.mail.${key}_text`, params),
        purpose: `trainings.request_${what}`,
        access: trainingsPermissions.manage,
        entityType: 'training_request',
        entityId: r.id,
      },
      tx,
    );
    return delivery;
  }

  /** The form's fields checked: the fields with their localisable errors, or the clean input. */
  function check(form: unknown) {
    const parsed = publicRequestInput.safeParse(form);
    if (parsed.success) return parsed.data;
    const fields: FieldError[] = parsed.error.issues.map((i) => ({ path: `body.${i.path.join('.')}`, code: i.message }));
    throw invalid(fields);
  }

  const present = (r: RequestRow) => ({
    id: r.id,
    sessionId: r.sessionId,
    reference: r.reference,
    firstName: r.firstName,
    lastName: r.lastName,
    email: r.email,
    phone: r.phone,
    commune: r.commune,
    locale: r.locale as Locale,
    waitingList: r.waitingList,
    status: r.status,
    personId: r.personId,
    participantId: r.participantId,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
  });

  async function loadRequest(id: number, tx: DbOrTx = db, lock = false) {
    const q = tx.select().from(trainingRequests).where(eq(trainingRequests.id, id));
    const [r] = lock ? await q.for('update') : await q;
    if (!r) throw notFound('what.training_request');
    return r;
  }

  /** A decision clears what was only needed to reach the visitor (the registry keeps it for an accepted one). */
  const cleared = { email: null, phone: null, commune: null };

  return {
    /**
     * A visitor asks for a place in a session open to the public (the website's form). Checked first (400 with the
     * fields, nothing stored); a session not (or no longer) public is a 404, nothing stored. A filled honeypot gets a
     * receipt-looking answer and nothing is stored. The same form (its token) sent twice, or the same person asking
     * again for the same session while the first request waits, is one request. At most
     * PUBLIC_TRAINING_REQUESTS_PER_HOUR per address and hour (429). A full session takes the request for its waiting list.
     */
    async requestPlace(ip: string, sessionId: number, form: unknown): Promise<RequestReceipt> {
      const input = check(form);
      const session = await deps.publicSessions.publicSession(sessionId);
      if (!session) throw notFound('what.training_session');
      if (input.website) return { reference: newReferenceCode('FOR'), waitingList: session.placesLeft <= 0, receipt: input.email ? (outbox.emailEnabled ? 'email' : 'listed') : 'none', repeated: false };
      const receiptOf = (r: RequestRow, delivery: Delivery | null): RequestReceipt['receipt'] => (!r.email ? 'none' : (delivery ?? (outbox.emailEnabled ? 'email' : 'manual')) === 'email' ? 'email' : 'listed');
      return db.transaction(async (tx) => {
        const s = await loadSession(sessionId, tx, true);
        if (!s.isPublic || (s.status !== 'planned' && s.status !== 'running')) throw notFound('what.training_session');
        const same = await tx
          .select()
          .from(trainingRequests)
          .where(
            and(
              eq(trainingRequests.sessionId, sessionId),
              sql`(${trainingRequests.formToken} = ${input.token} or (${trainingRequests.status} = 'pending'
                and relais_normalise(${trainingRequests.firstName} || ' ' || ${trainingRequests.lastName}) = relais_normalise(${`${input.firstName} ${input.lastName}`})
                and (${trainingRequests.email} = ${input.email} or ${trainingRequests.phone} = ${input.phone})))`,
            ),
          )
          .limit(1);
        if (same[0]) return { reference: same[0].reference, waitingList: same[0].waitingList, receipt: receiptOf(same[0], null), repeated: true };
        await takeHourlySlot(tx, clock, { scope: 'trainings.request', address: ip, perHour: PUBLIC_TRAINING_REQUESTS_PER_HOUR });
        const enrolled = await deps.core.enrolledCount(sessionId, tx);
        const reference = newReferenceCode('FOR');
        const inserted = await tx
          .insert(trainingRequests)
          .values({
            sessionId,
            reference,
            formToken: input.token,
            firstName: input.firstName,
            lastName: input.lastName,
            email: input.email,
            phone: input.phone,
            commune: input.commune,
            locale: input.locale,
            waitingList: enrolled >= s.capacity,
            consentAt: clock.now(),
            createdAt: clock.now(),
          })
          .onConflictDoNothing({ target: trainingRequests.formToken })
          .returning();
        if (!inserted[0]) {
          // the same form's token, sent from another session's page: a new form must be loaded
          throw invalid([{ path: 'body.token', code: 'error.training_request_form_stale' }]);
        }
        const r = inserted[0];
        // The audit log names the request by its reference, not by the visitor (whose details only trainers read).
        await audit.record({ userId: null, name: `public: ${reference}`, ip }, { action: 'training.request', entityType: 'training_request', entityId: r.id, details: { sessionId, waitingList: r.waitingList } }, tx);
        const delivery = r.email ? await notify(tx, r, 'received') : null;
        return { reference, waitingList: r.waitingList, receipt: receiptOf(r, delivery), repeated: false };
      });
    },

    /** A session's requests, the pending ones first (oldest first), then the decided ones. */
    async listRequests(sessionId: number) {
      await loadSession(sessionId);
      const rows = await db
        .select()
        .from(trainingRequests)
        .where(eq(trainingRequests.sessionId, sessionId))
        .orderBy(sql`${trainingRequests.status} = 'pending' desc`, asc(trainingRequests.createdAt), asc(trainingRequests.id));
      return { items: rows.map(present) };
    },

    /**
     * Accepts a request: the person of the registry given (personId), or a new one created from the request (the
     * people module's duplicate check answers 409 `error.possible_duplicate` with the candidates, unless
     * confirmNotDuplicate), then enrolled (or on the waiting list when full) as `enrol` does. A person already in the
     * session is the request accepted. The visitor is told (outbox), and the request's contact details are cleared.
     */
    async acceptRequest(actor: Actor, id: number, body: AcceptRequestInput) {
      const input = acceptRequestBody.parse(body);
      const r = await loadRequest(id);
      if (r.status !== 'pending') throw conflict('error.training_request_decided');
      const s = await loadSession(r.sessionId);
      if (s.status === 'cancelled' || s.status === 'done') throw conflict(s.status === 'cancelled' ? 'error.training_session_cancelled' : 'error.training_session_done');
      let personId = input.personId;
      if (personId) {
        try {
          await people.assertLinkable(personId);
        } catch (err) {
          if (err instanceof AppError && err.status === 404) throw invalid([{ path: 'body.personId', code: 'error.unknown_person' }]);
          throw err;
        }
      } else {
        const person = await people.create(actor, {
          firstName: r.firstName,
          lastName: r.lastName,
          email: r.email,
          phone: r.phone,
          commune: r.commune,
          gender: 'unspecified',
          studyLevel: 'unknown',
          professionalStatus: 'unknown',
          languages: [],
          confirmNotDuplicate: input.confirmNotDuplicate,
        });
        personId = person.id;
      }
      let participant: { id: number; status: string } | null = null;
      try {
        participant = await deps.participants.enrol(actor, r.sessionId, { personId });
      } catch (err) {
        if (!(err instanceof AppError && err.code === 'error.training_already_enrolled')) throw err;
      }
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(trainingRequests)
          .set({ status: 'accepted', personId, participantId: participant?.id ?? null, decidedAt: clock.now(), decidedBy: actor.userId, ...cleared })
          .where(and(eq(trainingRequests.id, id), eq(trainingRequests.status, 'pending')))
          .returning();
        if (!row) throw conflict('error.training_request_decided');
        await audit.record(actor, { action: 'training.request_accept', entityType: 'training_request', entityId: id, details: { sessionId: r.sessionId, personId, participantId: participant?.id ?? null } }, tx);
        const told = await notify(tx, r, participant?.status === 'waiting' ? 'waiting' : 'accepted');
        return { request: present(row), told: told ?? ('none' as const), participantStatus: (participant?.status ?? 'enrolled') as 'enrolled' | 'waiting' };
      });
    },

    /** Declines a request: the visitor is told (outbox: e-mailed, or listed for staff to call), its contact details are cleared. */
    async declineRequest(actor: Actor, id: number) {
      return db.transaction(async (tx) => {
        const r = await loadRequest(id, tx, true);
        if (r.status !== 'pending') throw conflict('error.training_request_decided');
        const told = await notify(tx, r, 'declined');
        const [row] = await tx.update(trainingRequests).set({ status: 'declined', decidedAt: clock.now(), decidedBy: actor.userId, ...cleared }).where(eq(trainingRequests.id, id)).returning();
        await audit.record(actor, { action: 'training.request_decline', entityType: 'training_request', entityId: id, details: { sessionId: r.sessionId } }, tx);
        return { request: present(row), told: told ?? ('none' as const) };
      });
    },

    /** Deletes the requests of sessions whose last day ended REQUEST_RETENTION_DAYS ago or more (a daily job). */
    async purgeRequests(now: Date) {
      const before = new Date(now.getTime() - REQUEST_RETENTION_DAYS * DAY);
      const over = db
        .select({ id: trainingSessionDays.sessionId })
        .from(trainingSessionDays)
        .groupBy(trainingSessionDays.sessionId)
        .having(lt(sql`max(${trainingSessionDays.endsAt})`, before));
      const gone = await db.delete(trainingRequests).where(inArray(trainingRequests.sessionId, over)).returning({ id: trainingRequests.id });
      return gone.length;
    },

    /** People merged: the requests accepted for the one removed are the kept one's. */
    async mergeRequests(tx: Tx, keepId: number, removeId: number) {
      await tx.update(trainingRequests).set({ personId: keepId }).where(eq(trainingRequests.personId, removeId));
    },

    /** GDPR erasure: a person's requests go (their participation, if any, stays in training_participants). */
    async eraseRequests(tx: Tx, personId: number) {
      await tx.delete(trainingRequests).where(eq(trainingRequests.personId, personId));
    },
  };
}
export type TrainingRequests = ReturnType<typeof createTrainingRequests>;
