import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import type { SessionUser } from '../../platform/auth/auth.service';
import type { Tx } from '../../platform/db/database';
import { AppError, conflict, invalidField, notFound } from '../../platform/http/errors';
import { AREAS, RULE, currentArea, estimate, nextItem, overallLevel, type EngineAnswer } from './diagnostic.engine';
import { diagnosticAnswers, diagnosticPartnerAccounts, diagnosticSessions } from './diagnostic.table';
import type { AnswerInput, StartHelpedInput } from './diagnostic.schemas';
import { hashToken, isPartner, isRight, newToken, presentItem, toEngineItem, type AreaLevels, type DiagnosticDeps, type ItemRow, type SessionRow } from './diagnostic.core';
import type { DiagnosticBank } from './diagnostic.bank';
import type { DiagnosticOrientation } from './diagnostic.orientation';

type Locale = 'fr' | 'nl' | 'en';

/** Taking a diagnostic: start (alone or with a helper), the next question, an answer, the end. */
export function createDiagnosticTaking(deps: DiagnosticDeps & { bank: DiagnosticBank; orientation: DiagnosticOrientation }) {
  const { db, clock, audit, bank, orientation } = deps;

  async function answersOf(sessionId: number, tx: Tx | typeof db = db) {
    return tx.select().from(diagnosticAnswers).where(eq(diagnosticAnswers.sessionId, sessionId)).orderBy(asc(diagnosticAnswers.position));
  }

  function stateOf(items: ItemRow[], session: SessionRow, answers: EngineAnswer[]) {
    if (session.finishedAt) return { status: 'finished' as const, answered: answers.length, expected: answers.length, areaIndex: AREAS.length, item: null, levels: session.levels as AreaLevels };
    const est = estimate(items.map(toEngineItem), answers);
    const current = currentArea(est);
    const areaIndex = current ? AREAS.indexOf(current) : AREAS.length - 1;
    // The areas still below their minimum, then about one more item for each unclear area, never past the budget:
    // a progress bar that does not jump back much.
    const minimum = est.reduce((n, e) => n + Math.max(0, RULE.minPerArea - e.asked), 0);
    const unclear = est.filter((e) => !e.done).length;
    const expected = Math.min(RULE.budget, Math.max(answers.length + 1, answers.length + minimum + unclear + 2));
    const item = items.find((i) => i.code === session.currentItem) ?? null;
    return { status: 'question' as const, answered: answers.length, expected, areaIndex, item: item ? presentItem(item) : null, levels: null };
  }

  async function byToken(token: string, tx: Tx | typeof db = db, lock = false): Promise<SessionRow> {
    const q = tx.select().from(diagnosticSessions).where(eq(diagnosticSessions.tokenHash, hashToken(token)));
    const [s] = lock ? await q.for('update') : await q;
    if (!s) throw notFound('what.diagnostic');
    return s;
  }

  async function create(actor: Actor, values: Omit<typeof diagnosticSessions.$inferInsert, 'tokenHash' | 'startedAt' | 'currentItem'>) {
    const items = await bank.activeItems();
    const first = nextItem(items.map(toEngineItem), []);
    const token = newToken();
    const row = await db.transaction(async (tx) => {
      if (values.personId) await deps.services.people.assertLinkable(values.personId, tx);
      const [s] = await tx
        .insert(diagnosticSessions)
        .values({ ...values, tokenHash: hashToken(token), startedAt: clock.now(), currentItem: first?.code ?? null })
        .returning();
      await audit.record(actor, { action: 'diagnostic.start', entityType: 'diagnostic', entityId: s.id, details: { mode: s.mode, personId: s.personId, organisationId: s.organisationId } }, tx);
      return s;
    });
    return { id: row.id, token, state: stateOf(items, row, []) };
  }

  const part = {
    /** A person takes it alone through the public link: anonymous. */
    async startAlone(input: { locale: Locale; commune?: string | null }) {
      return create({ userId: null, name: 'public diagnostic' }, { mode: 'alone', locale: input.locale, commune: input.commune || null });
    },

    /** A helper records it for a person of the registry (the Centrale) or for a partner's own job seeker. */
    async startHelped(viewer: SessionUser, actor: Actor, input: StartHelpedInput) {
      let organisationId: number | null = null;
      if (isPartner(viewer)) {
        if (input.personId) throw invalidField('body.personId', 'error.diagnostic.partner_no_registry');
        const [account] = await db.select().from(diagnosticPartnerAccounts).where(eq(diagnosticPartnerAccounts.userId, viewer.id));
        if (!account) throw conflict('error.diagnostic.partner_without_organisation');
        organisationId = account.organisationId;
      }
      if (!input.personId && !input.reference) throw invalidField('body.personId', 'error.diagnostic.person_or_reference');
      try {
        return await create(actor, { mode: 'helped', helperId: viewer.id, personId: input.personId ?? null, reference: input.reference ?? null, organisationId, locale: input.locale, commune: input.commune || null });
      } catch (e) {
        if (e instanceof AppError && e.status === 404) throw invalidField('body.personId', 'error.unknown_person');
        throw e;
      }
    },

    async state(token: string) {
      const s = await byToken(token);
      const answers = await answersOf(s.id);
      return stateOf(await bank.activeItems(), s, answers.map((a) => ({ code: a.itemCode, correct: a.correct })));
    },

    /** Records the answer to the current question and moves on; the last answer ends the diagnostic. */
    async answer(token: string, input: AnswerInput) {
      const items = await bank.activeItems();
      const engineItems = items.map(toEngineItem);
      const result = await db.transaction(async (tx) => {
        const s = await byToken(token, tx, true);
        if (s.finishedAt) throw conflict('error.diagnostic.finished');
        if (input.itemCode !== s.currentItem) throw invalidField('body.itemCode', 'error.diagnostic.not_current_item');
        const item = items.find((i) => i.code === s.currentItem);
        if (!item) throw invalidField('body.itemCode', 'error.diagnostic.not_current_item');
        if (input.response !== null && item.kind !== 'type' && !item.content.options.some((o) => o.key === input.response))
          throw invalidField('body.response', 'error.diagnostic.not_an_option');
        const previous = await answersOf(s.id, tx);
        const now = clock.now();
        const correct = isRight(item, input.response);
        await tx.insert(diagnosticAnswers).values({ sessionId: s.id, itemCode: item.code, position: previous.length + 1, response: input.response, correct, at: now });
        const answers = [...previous.map((a) => ({ code: a.itemCode, correct: a.correct })), { code: item.code, correct }];
        const next = nextItem(engineItems, answers);
        if (next) {
          const [u] = await tx.update(diagnosticSessions).set({ currentItem: next.code }).where(eq(diagnosticSessions.id, s.id)).returning();
          return { session: u, answers, finished: false };
        }
        const levels: AreaLevels = estimate(engineItems, answers).map((e) => ({ area: e.area, level: e.level, asked: e.asked, correct: e.correct }));
        const overall = overallLevel(levels);
        const [u] = await tx
          .update(diagnosticSessions)
          .set({ currentItem: null, finishedAt: now, levels, overallLevel: overall })
          .where(eq(diagnosticSessions.id, s.id))
          .returning();
        if (u.personId) await deps.services.people.touch(u.personId, now, tx);
        await audit.record({ userId: u.helperId, name: u.helperId ? 'helper' : 'public diagnostic' }, { action: 'diagnostic.finish', entityType: 'diagnostic', entityId: u.id, details: { overallLevel: overall, items: answers.length, personId: u.personId } }, tx);
        return { session: u, answers, finished: true };
      });
      // The orientation reads the trainings' and organisations' services (their own queries): after the commit.
      if (result.finished) await orientation.record(result.session);
      return stateOf(items, result.session, result.answers);
    },

    /** The result sheet of a finished diagnostic, in a language. */
    async result(token: string, locale?: Locale) {
      const s = await byToken(token);
      if (!s.finishedAt) throw conflict('error.diagnostic.not_finished');
      return {
        finishedAt: s.finishedAt.toISOString(),
        locale: (locale ?? s.locale) as Locale,
        levels: s.levels as AreaLevels,
        overallLevel: s.overallLevel!,
        orientation: await orientation.of(s),
      };
    },

    /** How many answers each session holds (for lists). */
    async answerCounts(ids: number[]) {
      if (!ids.length) return new Map<number, number>();
      const rows = await db
        .select({ id: diagnosticAnswers.sessionId, n: sql<number>`count(*)::int` })
        .from(diagnosticAnswers)
        .where(and(sql`${diagnosticAnswers.sessionId} in ${ids}`))
        .groupBy(diagnosticAnswers.sessionId);
      return new Map(rows.map((r) => [r.id, r.n]));
    },
    answersOf,
  };
  return part;
}
export type DiagnosticTaking = ReturnType<typeof createDiagnosticTaking>;
