import { and, asc, desc, eq, gte, inArray, isNotNull, lte, ne, or, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import type { Tx } from '../../platform/db/database';
import { brusselsDay } from '../../platform/brussels-time';
import { AppError, conflict, invalidField, notFound } from '../../platform/http/errors';
import { resolvePeriod } from '../../platform/stats';
import type { ReachLine } from '../../platform/reach';
import { AREAS } from '../diagnostic/diagnostic.engine';
import { mentoringMentors, mentoringPairs, mentoringSessions } from './mentoring.table';
import type { MentorInput, MentorPatch, PairInput, PairPatch, SessionInput } from './mentoring.schemas';

export type MentoringService = ReturnType<typeof createMentoringService>;
type MentorRow = typeof mentoringMentors.$inferSelect;
type PairRow = typeof mentoringPairs.$inferSelect;

/** Mentoring ("Diginômes"): mentors, pairs with a mentee, sessions, and the mentee's progress between diagnostics. */
export function createMentoringService(ctx: ModuleContext) {
  const { db, clock, audit } = ctx;
  const people = () => ctx.services.people;

  async function checkPerson(personId: number, path: string, tx: Tx) {
    try {
      await people().assertLinkable(personId, tx);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) throw invalidField(path, 'error.unknown_person');
      throw e;
    }
  }

  async function presentMentors(rows: MentorRow[]) {
    const profiles = await people().profiles(rows.map((r) => r.personId).filter((x): x is number => x !== null));
    const byId = new Map(profiles.map((p) => [p.id, p]));
    const open = rows.length
      ? await db.select({ id: mentoringPairs.mentorId, n: sql<number>`count(*)::int` }).from(mentoringPairs).where(and(inArray(mentoringPairs.mentorId, rows.map((r) => r.id)), ne(mentoringPairs.status, 'ended'))).groupBy(mentoringPairs.mentorId)
      : [];
    const openBy = new Map(open.map((o) => [o.id, o.n]));
    return rows.map((m) => {
      const p = m.personId ? byId.get(m.personId) : undefined;
      return {
        id: m.id,
        personId: m.personId,
        person: p ? { id: p.id, firstName: p.firstName, lastName: p.lastName } : null,
        name: m.name ?? (p ? `${p.firstName} ${p.lastName}` : '?'),
        phone: m.phone,
        email: m.email,
        trainedOn: m.trainedOn,
        training: m.training,
        active: m.active,
        openPairs: openBy.get(m.id) ?? 0,
      };
    });
  }

  async function presentPairs(rows: PairRow[]) {
    if (!rows.length) return [];
    const [mentors, mentees, counts, progress] = await Promise.all([
      db.select().from(mentoringMentors).where(inArray(mentoringMentors.id, [...new Set(rows.map((r) => r.mentorId))])),
      people().profiles([...new Set(rows.map((r) => r.menteeId))]),
      db
        .select({ pairId: mentoringSessions.pairId, n: sql<number>`count(*)::int`, minutes: sql<number>`coalesce(sum(${mentoringSessions.minutes}), 0)::int`, last: sql<string | null>`max(${mentoringSessions.on})::text` })
        .from(mentoringSessions)
        .where(inArray(mentoringSessions.pairId, rows.map((r) => r.id)))
        .groupBy(mentoringSessions.pairId),
      ctx.services.diagnostic.firstAndLatest([...new Set(rows.map((r) => r.menteeId))]),
    ]);
    const mentorNames = new Map((await presentMentors(mentors)).map((m) => [m.id, m.name]));
    const mentee = new Map(mentees.map((p) => [p.id, p]));
    const count = new Map(counts.map((c) => [c.pairId, c]));
    return rows.map((r) => {
      const p = mentee.get(r.menteeId);
      const c = count.get(r.id);
      const d = progress.get(r.menteeId);
      return {
        id: r.id,
        mentor: { id: r.mentorId, name: mentorNames.get(r.mentorId) ?? '?' },
        mentee: { id: r.menteeId, firstName: p?.firstName ?? '?', lastName: p?.lastName ?? '?', erased: p?.erased ?? false },
        status: r.status,
        startsOn: r.startsOn,
        endsOn: r.endsOn,
        note: r.note,
        sessions: c?.n ?? 0,
        minutes: c?.minutes ?? 0,
        lastSessionOn: c?.last ?? null,
        firstDiagnostic: d?.first ?? null,
        latestDiagnostic: d?.latest ?? null,
      };
    });
  }

  async function loadPair(id: number, tx: Tx | typeof db = db) {
    const [p] = await tx.select().from(mentoringPairs).where(eq(mentoringPairs.id, id));
    if (!p) throw notFound('what.mentoring_pair');
    return p;
  }

  const service = {
    // ---------- mentors ----------
    async mentors(includeInactive = false) {
      const rows = await db.select().from(mentoringMentors).where(includeInactive ? undefined : eq(mentoringMentors.active, true)).orderBy(asc(mentoringMentors.id));
      return { items: (await presentMentors(rows)).sort((a, b) => a.name.localeCompare(b.name)) };
    },
    async createMentor(actor: Actor, input: MentorInput) {
      const row = await db.transaction(async (tx) => {
        if (input.personId) await checkPerson(input.personId, 'body.personId', tx);
        const [m] = await tx
          .insert(mentoringMentors)
          .values({ personId: input.personId ?? null, name: input.name ?? null, phone: input.phone || null, email: input.email || null, trainedOn: input.trainedOn ?? null, training: input.training || null, createdBy: actor.userId })
          .returning();
        await audit.record(actor, { action: 'mentoring.mentor_create', entityType: 'mentoring_mentor', entityId: m.id, details: { personId: m.personId } }, tx);
        return m;
      });
      return (await presentMentors([row]))[0];
    },
    async updateMentor(actor: Actor, id: number, patch: MentorPatch) {
      const row = await db.transaction(async (tx) => {
        const [m] = await tx.update(mentoringMentors).set(patch).where(eq(mentoringMentors.id, id)).returning();
        if (!m) throw notFound('what.mentor');
        await audit.record(actor, { action: 'mentoring.mentor_update', entityType: 'mentoring_mentor', entityId: id, details: { fields: Object.keys(patch) } }, tx);
        return m;
      });
      return (await presentMentors([row]))[0];
    },

    // ---------- pairs ----------
    async pairs(q: { status: string; menteeId?: number; mentorId?: number }) {
      const rows = await db
        .select()
        .from(mentoringPairs)
        .where(
          and(
            q.status === 'open' ? ne(mentoringPairs.status, 'ended') : q.status === 'all' ? undefined : eq(mentoringPairs.status, q.status as PairRow['status']),
            q.menteeId ? eq(mentoringPairs.menteeId, q.menteeId) : undefined,
            q.mentorId ? eq(mentoringPairs.mentorId, q.mentorId) : undefined,
          ),
        )
        .orderBy(desc(mentoringPairs.id));
      return { items: await presentPairs(rows) };
    },
    async pair(id: number) {
      const p = await loadPair(id);
      const sessions = await db.select().from(mentoringSessions).where(eq(mentoringSessions.pairId, id)).orderBy(desc(mentoringSessions.on), desc(mentoringSessions.id));
      return { ...(await presentPairs([p]))[0], sessionList: sessions.map((s) => ({ id: s.id, pairId: s.pairId, on: s.on, minutes: s.minutes, areas: s.areas as (typeof AREAS)[number][], topics: s.topics })) };
    },
    async createPair(actor: Actor, input: PairInput) {
      const today = brusselsDay(clock.now());
      const row = await db.transaction(async (tx) => {
        const [mentor] = await tx.select().from(mentoringMentors).where(eq(mentoringMentors.id, input.mentorId));
        if (!mentor || !mentor.active) throw invalidField('body.mentorId', 'error.mentoring.unknown_mentor');
        await checkPerson(input.menteeId, 'body.menteeId', tx);
        if (mentor.personId === input.menteeId) throw invalidField('body.menteeId', 'error.mentoring.own_mentor');
        const [p] = await tx
          .insert(mentoringPairs)
          .values({ mentorId: input.mentorId, menteeId: input.menteeId, status: input.status, startsOn: input.startsOn ?? (input.status === 'active' ? today : null), note: input.note || null, createdBy: actor.userId })
          .returning();
        await audit.record(actor, { action: 'mentoring.pair_create', entityType: 'mentoring_pair', entityId: p.id, details: { personId: p.menteeId, mentorId: p.mentorId, status: p.status } }, tx);
        return p;
      });
      return (await presentPairs([row]))[0];
    },
    async updatePair(actor: Actor, id: number, patch: PairPatch) {
      const today = brusselsDay(clock.now());
      const row = await db.transaction(async (tx) => {
        const before = await loadPair(id, tx);
        const status = patch.status ?? before.status;
        if (before.status === 'ended' && status !== 'ended') throw conflict('error.mentoring.pair_ended');
        const startsOn = patch.startsOn !== undefined ? patch.startsOn : (before.startsOn ?? (status !== 'proposed' ? today : null));
        const endsOn = status === 'ended' ? (patch.endsOn ?? before.endsOn ?? today) : null;
        if (startsOn && endsOn && endsOn < startsOn) throw invalidField('body.endsOn', 'error.end_before_start');
        const [p] = await tx.update(mentoringPairs).set({ status, startsOn, endsOn, note: patch.note !== undefined ? patch.note || null : before.note }).where(eq(mentoringPairs.id, id)).returning();
        await audit.record(actor, { action: 'mentoring.pair_update', entityType: 'mentoring_pair', entityId: id, details: { personId: p.menteeId, from: before.status, to: p.status } }, tx);
        return p;
      });
      return (await presentPairs([row]))[0];
    },

    // ---------- sessions ----------
    async logSession(actor: Actor, pairId: number, input: SessionInput) {
      const row = await db.transaction(async (tx) => {
        const p = await loadPair(pairId, tx);
        if (p.status === 'proposed') throw conflict('error.mentoring.pair_not_started');
        if (p.startsOn && input.on < p.startsOn) throw invalidField('body.on', 'error.mentoring.session_before_start');
        if (p.endsOn && input.on > p.endsOn) throw invalidField('body.on', 'error.mentoring.session_after_end');
        if (input.on > brusselsDay(clock.now())) throw invalidField('body.on', 'error.mentoring.session_in_future');
        const [s] = await tx.insert(mentoringSessions).values({ pairId, on: input.on, minutes: input.minutes, areas: [...new Set(input.areas)], topics: input.topics || null, createdBy: actor.userId }).returning();
        await people().touch(p.menteeId, clock.now(), tx);
        await audit.record(actor, { action: 'mentoring.session_create', entityType: 'mentoring_session', entityId: s.id, details: { personId: p.menteeId, pairId } }, tx);
        return s;
      });
      return { id: row.id, pairId: row.pairId, on: row.on, minutes: row.minutes, areas: row.areas as (typeof AREAS)[number][], topics: row.topics };
    },

    // ---------- figures ----------
    async stats(q: { year?: number; from?: string; to?: string }) {
      const p = resolvePeriod(q, clock);
      const [mentors, pairs, sessions] = await Promise.all([
        db.select().from(mentoringMentors),
        db.select().from(mentoringPairs).where(and(isNotNull(mentoringPairs.startsOn), lte(mentoringPairs.startsOn, p.to), or(sql`${mentoringPairs.endsOn} is null`, gte(mentoringPairs.endsOn, p.from)))),
        db.select().from(mentoringSessions).where(and(gte(mentoringSessions.on, p.from), lte(mentoringSessions.on, p.to))),
      ]);
      const pairOf = new Map(pairs.map((x) => [x.id, x]));
      const mentees = new Set(sessions.map((s) => pairOf.get(s.pairId)?.menteeId).filter((x): x is number => x !== undefined));
      const progress = await ctx.services.diagnostic.firstAndLatest([...mentees]);
      const retested = [...progress.values()].filter((d) => d.latest && d.latest.finishedAt.slice(0, 10) <= p.to);
      const months = new Map<string, { month: string; sessions: number; hours: number }>();
      for (const s of sessions) {
        const m = s.on.slice(0, 7);
        const e = months.get(m) ?? { month: m, sessions: 0, hours: 0 };
        e.sessions++;
        e.hours += s.minutes / 60;
        months.set(m, e);
      }
      return {
        from: p.from,
        to: p.to,
        mentorsTrained: mentors.filter((m) => m.trainedOn && m.trainedOn >= p.from && m.trainedOn <= p.to).length,
        activeMentors: new Set(pairs.filter((x) => x.status !== 'proposed').map((x) => x.mentorId)).size,
        pairsStarted: pairs.filter((x) => x.startsOn! >= p.from).length,
        pairsActive: pairs.filter((x) => x.status !== 'proposed').length,
        pairsEnded: pairs.filter((x) => x.endsOn && x.endsOn <= p.to).length,
        sessions: sessions.length,
        hours: sessions.reduce((a, s) => a + s.minutes, 0) / 60,
        mentees: mentees.size,
        menteesRetested: retested.length,
        menteesImproved: retested.filter((d) => d.latest!.overallLevel > d.first.overallLevel).length,
        byArea: AREAS.map((area) => ({ area, sessions: sessions.filter((s) => s.areas.includes(area)).length })),
        byMonth: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
      };
    },

    /** People reached: the mentees who had at least one session in the year. */
    async reachLines(year: number): Promise<ReachLine[]> {
      const where = sql`${mentoringSessions.on} between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`;
      const [r] = await db
        .select({ sessions: sql<number>`count(*)::int`, people: sql<number>`count(distinct ${mentoringPairs.menteeId})::int` })
        .from(mentoringSessions)
        .innerJoin(mentoringPairs, eq(mentoringPairs.id, mentoringSessions.pairId))
        .where(where);
      return [
        {
          key: 'digital_mentoring',
          labelKey: 'reach.digital_mentoring',
          unit: 'distinct_people',
          value: r.people,
          distinctPeople: r.people,
          participations: r.sessions,
          personIds: sql`select distinct p.mentee_id as person_id from mentoring_sessions s join mentoring_pairs p on p.id = s.pair_id where s.on between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`,
        },
      ];
    },

    async timeline(personId: number) {
      const pairs = await db.select().from(mentoringPairs).where(eq(mentoringPairs.menteeId, personId));
      const presented = await presentPairs(pairs);
      return presented.map((p) => ({
        at: p.startsOn ?? brusselsDay(clock.now()),
        module: 'mentoring',
        kind: 'timeline.mentoring_pair',
        summary: p.mentor.name,
        link: `/mentoring/pairs/${p.id}`,
        data: { pairId: p.id, status: p.status, sessions: p.sessions },
      }));
    },

    /** GDPR erasure: the free texts of the pairs and sessions, and a mentor's own contact details. */
    async erase(tx: Tx, personId: number) {
      await tx.update(mentoringMentors).set({ name: null, phone: null, email: null }).where(eq(mentoringMentors.personId, personId));
      const pairs = await tx.select({ id: mentoringPairs.id }).from(mentoringPairs).where(eq(mentoringPairs.menteeId, personId));
      await tx.update(mentoringPairs).set({ note: null }).where(eq(mentoringPairs.menteeId, personId));
      if (pairs.length) await tx.update(mentoringSessions).set({ topics: null }).where(inArray(mentoringSessions.pairId, pairs.map((p) => p.id)));
    },
  };
  return service;
}
