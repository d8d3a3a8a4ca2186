import { and, gte, inArray, lt, sql } from 'drizzle-orm';
import type { SessionUser } from '../../platform/auth/auth.service';
import { brusselsDay, brusselsInstant, nextDay } from '../../platform/brussels-time';
import { resolvePeriod, type Period } from '../../platform/stats';
import type { ReachLine } from '../../platform/reach';
import { AREAS } from './diagnostic.engine';
import { diagnosticAnswers, diagnosticOrientations, diagnosticSessions } from './diagnostic.table';
import { levelsOf, visibleTo, type DiagnosticDeps, type SessionRow } from './diagnostic.core';
import { communeName } from './diagnostic.orientation';

const zeros = () => [0, 0, 0, 0, 0];
/** How long after a diagnostic a training joined counts as following its orientation. */
const JOIN_WINDOW_DAYS = 183;

/** The diagnostic's figures over a period (a partner account: its organisation's only). */
export function createDiagnosticStats(deps: DiagnosticDeps) {
  const { db, clock } = deps;

  const inPeriod = (p: Period) => and(gte(diagnosticSessions.startedAt, brusselsInstant(p.from)), lt(diagnosticSessions.startedAt, brusselsInstant(nextDay(p.to))));

  async function compute(period: Period, viewer: SessionUser | null) {
    const rows: SessionRow[] = await db.select().from(diagnosticSessions).where(and(inPeriod(period), viewer ? visibleTo(viewer) : undefined));
    const finished = rows.filter((r) => r.finishedAt);
    const ids = finished.map((r) => r.id);
    const [answerCounts, orientations] = await Promise.all([
      ids.length ? db.select({ id: diagnosticAnswers.sessionId, n: sql<number>`count(*)::int` }).from(diagnosticAnswers).where(inArray(diagnosticAnswers.sessionId, ids)).groupBy(diagnosticAnswers.sessionId) : Promise.resolve([]),
      ids.length ? db.select().from(diagnosticOrientations).where(inArray(diagnosticOrientations.sessionId, ids)) : Promise.resolve([]),
    ]);
    const byArea = AREAS.map((area) => ({ area, levels: zeros() }));
    const overall = zeros();
    const communes = new Map<string, number[]>();
    const months = new Map<string, { month: string; finished: number; alone: number; helped: number }>();
    for (const s of finished) {
      for (const l of levelsOf(s) ?? []) byArea[AREAS.indexOf(l.area)].levels[l.level]++;
      overall[s.overallLevel!]++;
      const c = communeName(s.commune) ?? '—';
      if (!communes.has(c)) communes.set(c, zeros());
      communes.get(c)![s.overallLevel!]++;
      const m = brusselsDay(s.finishedAt!).slice(0, 7);
      const e = months.get(m) ?? { month: m, finished: 0, alone: 0, helped: 0 };
      e.finished++;
      e[s.mode]++;
      months.set(m, e);
    }
    const minutes = finished.map((s) => (s.finishedAt!.getTime() - s.startedAt.getTime()) / 60_000);
    const totalAnswers = answerCounts.reduce((a, r) => a + r.n, 0);
    const people = new Set(finished.map((s) => s.personId).filter((x): x is number => x !== null));
    const orientedSessions = new Set(orientations.map((o) => o.sessionId));
    const orientedPeople = new Set(finished.filter((s) => orientedSessions.has(s.id) && s.personId).map((s) => s.personId!));

    // Trainings joined afterwards: an enrolment (the trainings module's timeline of the person) within six months.
    let joined = 0;
    for (const personId of orientedPeople) {
      const after = finished.filter((s) => s.personId === personId).map((s) => s.finishedAt!.getTime());
      const first = Math.min(...after);
      const entries = await deps.services.trainings.timeline(personId);
      if (entries.some((e) => e.data?.status !== 'waiting' && new Date(e.at).getTime() >= first - 86_400_000 && new Date(e.at).getTime() <= first + JOIN_WINDOW_DAYS * 86_400_000)) joined++;
    }

    // Second diagnostics: people with more than one finished diagnostic, ever up to the end of the period.
    const everRows = people.size
      ? await db
          .select({ personId: diagnosticSessions.personId, overallLevel: diagnosticSessions.overallLevel, finishedAt: diagnosticSessions.finishedAt })
          .from(diagnosticSessions)
          .where(and(inArray(diagnosticSessions.personId, [...people]), sql`${diagnosticSessions.finishedAt} is not null`, lt(diagnosticSessions.startedAt, brusselsInstant(nextDay(period.to)))))
          .orderBy(diagnosticSessions.finishedAt, diagnosticSessions.id)
      : [];
    const seq = new Map<number, number[]>();
    for (const r of everRows) seq.set(r.personId!, [...(seq.get(r.personId!) ?? []), r.overallLevel!]);
    const retested = [...seq.values()].filter((l) => l.length > 1);

    return {
      from: period.from,
      to: period.to,
      finished: finished.length,
      started: rows.length,
      alone: finished.filter((s) => s.mode === 'alone').length,
      helped: finished.filter((s) => s.mode === 'helped').length,
      distinctPeople: people.size,
      anonymous: finished.filter((s) => !s.personId).length,
      averageItems: finished.length ? totalAnswers / finished.length : null,
      averageMinutes: minutes.length ? minutes.reduce((a, b) => a + b, 0) / minutes.length : null,
      orientations: orientations.length,
      orientedPeople: orientedPeople.size,
      joinedTraining: joined,
      retested: retested.length,
      improved: retested.filter((l) => l[l.length - 1] > l[0]).length,
      byArea,
      overall,
      byCommune: [...communes].map(([commune, levels]) => ({ commune, count: levels.reduce((a, b) => a + b, 0), levels })).sort((a, b) => b.count - a.count || a.commune.localeCompare(b.commune)),
      byMonth: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
    };
  }

  return {
    async stats(viewer: SessionUser | null, q: { year?: number; from?: string; to?: string }) {
      return compute(resolvePeriod(q, clock), viewer);
    },
    async yearStats(year: number) {
      return compute({ from: `${year}-01-01`, to: `${year}-12-31`, year }, null);
    },
    /** People reached: the people of the registry diagnosed in the year; anonymous diagnostics as participations. */
    async reachLines(year: number): Promise<ReachLine[]> {
      const p = { from: `${year}-01-01`, to: `${year}-12-31`, year };
      const where = and(inPeriod(p), sql`${diagnosticSessions.finishedAt} is not null`);
      const [r] = await db
        .select({
          total: sql<number>`count(*)::int`,
          anonymous: sql<number>`(count(*) filter (where ${diagnosticSessions.personId} is null))::int`,
          people: sql<number>`count(distinct ${diagnosticSessions.personId})::int`,
        })
        .from(diagnosticSessions)
        .where(where);
      return [
        {
          key: 'digital_diagnostic',
          labelKey: 'reach.digital_diagnostic',
          unit: 'participations',
          value: r.total,
          participations: r.total,
          anonymous: r.anonymous,
          distinctPeople: r.people,
          personIds: sql`select distinct ${diagnosticSessions.personId} as person_id from ${diagnosticSessions} where ${diagnosticSessions.personId} is not null and ${where}`,
        },
      ];
    },
  };
}
export type DiagnosticStats = ReturnType<typeof createDiagnosticStats>;
