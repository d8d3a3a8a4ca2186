import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database';
import type { ReachLine } from '../../platform/reach';
import { columnKindOf, createMemo, figure, periodLabel, previousPeriod, ratio, yearPeriod, type Memo, type Period } from '../../platform/stats';
import { translate, type Locale } from '../../platform/i18n/messages';
import type { ExportTable } from '../../platform/tabular-export';
import type { TimelineEntry } from '../people/people.service';
import {
  OUTCOMES,
  trainingAttendance,
  trainingParticipants,
  trainingProgrammes,
  trainingSessionDays,
  trainingSessions,
} from './trainings.table';
import { POSITIVE, rate, round1, type Outcome, type TrainingsCore, type TrainingsDeps } from './trainings.core';

/** Outcomes and yearly figures (read by the observatory), reach lines, and the person's timeline and erasure. */
export function createTrainingStats(deps: TrainingsDeps & { core: TrainingsCore }) {
  const { db } = deps;
  const { loadProgramme, countedParticipant, sessionYear, orgNames, daysOf } = deps.core;

  const part = {
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

    /** A year of trainings (sessions counted in the year of their first day, Brussels dates); rates are fractions. Once per request with `memo`. */
    statsForYear: (year: number, memo?: Memo) => (memo ? memo.get(`trainings.year:${year}`, () => part.statsForPeriod(yearPeriod(year), memo)) : part.statsForPeriod(yearPeriod(year))),

    /**
     * The sessions whose first day (a Brussels date) falls in a period: found from the period's days (and no day of
     * theirs before it), so that the cost follows the period, not every session ever.
     */
    sessionsOf(p: Period, memo: Memo = createMemo()) {
      return memo.get(`trainings.sessions:${p.from}:${p.to}`, async () => {
        const res = (await db.execute(sql`
          select t.id, t.programme_id as "programmeId", t.status, t.cancel_reason as "cancelReason"
          from (select ${trainingSessionDays.sessionId} as session_id from ${trainingSessionDays}
                where ${trainingSessionDays.day} between ${p.from}::date and ${p.to}::date group by ${trainingSessionDays.sessionId}) f
          join ${trainingSessions} t on t.id = f.session_id
          where not exists (select 1 from ${trainingSessionDays} e where e.session_id = f.session_id and e.day < ${p.from}::date)
          order by t.id`)) as unknown as { rows: { id: number; programmeId: number; status: string; cancelReason: string | null }[] };
        return res.rows;
      });
    },

    /** A period of trainings: the sessions whose first day (a Brussels date) falls in it, both ends included. */
    async statsForPeriod(p: Period, memo: Memo = createMemo()) {
      const sessionRows = await part.sessionsOf(p, memo);
      const programmeIds = [...new Set(sessionRows.map((s) => s.programmeId))];
      // The year's sessions are known now: the queries below take their ids rather than working out each
      // session's year again (a subquery per session of every year).
      const ofYear = sessionRows.length ? inArray(trainingSessions.id, sessionRows.map((s) => s.id)) : sql`false`;
      const [programmes, partRows, attRows, sessionFigures, orgs] = await Promise.all([
        programmeIds.length ? db.select().from(trainingProgrammes).where(inArray(trainingProgrammes.id, programmeIds)).orderBy(asc(trainingProgrammes.name)) : [],
        db
        .select({
          programmeId: trainingSessions.programmeId,
          personId: trainingParticipants.personId,
          organisationId: trainingParticipants.organisationId,
          outcome: trainingParticipants.outcome,
          id: trainingParticipants.id,
        })
        .from(trainingParticipants)
        .innerJoin(trainingSessions, eq(trainingSessions.id, trainingParticipants.sessionId))
        .where(and(ofYear, countedParticipant)),
        // Attendance rate: presences over the places expected on the days where attendance was taken.
        db
        .select({
          programmeId: trainingSessions.programmeId,
          present: sql<number>`count(*) filter (where ${trainingAttendance.present})::int`,
          expected: sql<number>`count(*)::int`,
        })
        .from(trainingAttendance)
        .innerJoin(trainingParticipants, eq(trainingParticipants.id, trainingAttendance.participantId))
        .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
        .where(and(ofYear, countedParticipant))
        .groupBy(trainingSessions.programmeId),
        // The evaluation forms and their scores, from the survey engine (a survey per session; the programme's questions are keyed tq:).
        deps.surveys.subjectFigures('training_session', sessionRows.map((s) => s.id), 'tq:'),
        memo.get('organisations.names', () => orgNames()),
      ]);
      const evalRows = programmeIds.map((programmeId) => {
        const ids = new Set(sessionRows.filter((s) => s.programmeId === programmeId).map((s) => s.id));
        const mine = sessionFigures.filter((f) => ids.has(f.subjectId));
        const sum = mine.reduce((a, f) => a + f.scaleSum, 0);
        const n = mine.reduce((a, f) => a + f.scaleCount, 0);
        return { programmeId, forms: mine.reduce((a, f) => a + f.forms, 0), sum, n, average: n ? sum / n : null };
      });

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
          cancelReasons: sess.filter((s) => s.status === 'cancelled').map((s) => s.cancelReason).filter((r): r is string => r !== null),
          participations: parts.length,
          distinctPeople: new Set(parts.filter((r) => r.personId).map((r) => r.personId)).size,
          professionals: parts.filter((r) => !r.personId).length,
          attendanceRate: att ? ratio(att.present, att.expected) : null,
          evaluationForms: ev?.forms ?? 0,
          evaluationAverage: round1(ev?.average),
          outcomes: { positive, known: parts.filter((r) => r.outcome !== 'unknown').length, rate: ratio(positive, parts.length) },
        };
      });
      const byOrganisation = new Map<string, number>();
      for (const r of partRows) {
        const name = r.organisationId ? (orgs.get(r.organisationId) ?? '?') : null;
        if (name) byOrganisation.set(name, (byOrganisation.get(name) ?? 0) + 1);
      }
      const present = attRows.reduce((a, r) => a + r.present, 0);
      const expected = attRows.reduce((a, r) => a + r.expected, 0);
      const evalSum = evalRows.reduce((a, r) => a + r.sum, 0);
      const evalN = evalRows.reduce((a, r) => a + r.n, 0);
      const evalAll = { average: evalN ? evalSum / evalN : null };
      const positive = partRows.filter((r) => POSITIVE.includes(r.outcome)).length;
      return {
        year: p.year,
        programmes: programmes.length,
        sessionsHeld: sessionRows.filter((s) => s.status !== 'cancelled').length,
        sessionsCancelled: sessionRows.filter((s) => s.status === 'cancelled').length,
        participations: partRows.length,
        distinctPeople: new Set(partRows.filter((r) => r.personId).map((r) => r.personId)).size,
        professionals: partRows.filter((r) => !r.personId).length,
        attendanceRate: ratio(present, expected),
        evaluationForms: evalRows.reduce((a, r) => a + r.forms, 0),
        evaluationAverage: round1(evalAll?.average),
        outcomes: { positive, rate: ratio(positive, partRows.length) },
        byOrganisation: [...byOrganisation.entries()].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
        perProgramme,
      };
    },

    /** A period of trainings in the platform's shape (`platform/stats.ts`): each figure beside the same period a year before. */
    async stats(p: Period) {
      const [cur, prev] = await Promise.all([part.statsForPeriod(p), part.statsForPeriod(previousPeriod(p))]);
      return {
        year: p.year,
        from: p.from,
        to: p.to,
        programmes: figure(cur.programmes, prev.programmes),
        sessionsHeld: figure(cur.sessionsHeld, prev.sessionsHeld),
        sessionsCancelled: figure(cur.sessionsCancelled, prev.sessionsCancelled),
        participations: figure(cur.participations, prev.participations),
        distinctPeople: figure(cur.distinctPeople, prev.distinctPeople),
        professionals: figure(cur.professionals, prev.professionals),
        attendanceRate: figure(cur.attendanceRate, prev.attendanceRate, 'percent'),
        evaluationForms: figure(cur.evaluationForms, prev.evaluationForms),
        evaluationAverage: figure(cur.evaluationAverage, prev.evaluationAverage, 'decimal'),
        positiveOutcomes: figure(cur.outcomes.positive, prev.outcomes.positive),
        outcomeRate: figure(cur.outcomes.rate, prev.outcomes.rate, 'percent'),
        byOrganisation: cur.byOrganisation,
        perProgramme: cur.perProgramme,
      };
    },

    /** The year's statistics as tables, in a language: the figures beside the year before, per programme, per organisation. */
    async exportTables(p: Period, locale: Locale): Promise<ExportTable[]> {
      const s = await part.stats(p);
      const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
      // One column per figure, each of its own kind (a rate is never in a count column); a row per year.
      const figures = [
        ['report.programmes', s.programmes],
        ['report.sessions_held', s.sessionsHeld],
        ['report.sessions_cancelled', s.sessionsCancelled],
        ['report.participations', s.participations],
        ['report.distinct_people', s.distinctPeople],
        ['trainings.export.professionals', s.professionals],
        ['report.attendance_rate', s.attendanceRate],
        ['trainings.export.evaluation_forms', s.evaluationForms],
        ['report.evaluation_average', s.evaluationAverage],
        ['trainings.export.positive_outcomes', s.positiveOutcomes],
        ['report.outcome_rate', s.outcomeRate],
      ] as const;
      return [
        {
          title: t('trainings.export.sheet_year', { year: periodLabel(p) }),
          columns: [
            p.year !== null ? { header: t('trainings.export.year'), kind: 'date' as const, format: 'yyyy' } : { header: t('trainings.export.year') },
            ...figures.map(([key, f]) => ({ header: t(key), kind: columnKindOf(f.unit) })),
          ],
          rows: [
            // a year is a date, its first day (docs/ARCHITECTURE.md, spreadsheet exports); another period is named `from – to`
            [p.year !== null ? p.from : periodLabel(p), ...figures.map(([, f]) => f.value)],
            [p.year !== null ? previousPeriod(p).from : periodLabel(previousPeriod(p)), ...figures.map(([, f]) => f.previous)],
          ],
        },
        {
          title: t('trainings.export.sheet_programmes'),
          columns: [
            t('trainings.export.programme'),
            { header: t('report.sessions_held'), kind: 'count' },
            { header: t('report.sessions_cancelled'), kind: 'count' },
            { header: t('report.participations'), kind: 'count' },
            { header: t('report.distinct_people'), kind: 'count' },
            { header: t('trainings.export.professionals'), kind: 'count' },
            { header: t('report.attendance_rate'), kind: 'percent' },
            { header: t('report.evaluation_average'), kind: 'decimal' },
            { header: t('trainings.export.positive_outcomes'), kind: 'count' },
            { header: t('report.outcome_rate'), kind: 'percent' },
          ],
          rows: s.perProgramme.map((p) => [p.name, p.sessionsHeld, p.sessionsCancelled, p.participations, p.distinctPeople, p.professionals, p.attendanceRate, p.evaluationAverage, p.outcomes.positive, p.outcomes.rate]),
        },
        {
          title: t('trainings.export.sheet_organisations'),
          columns: [t('trainings.export.organisation'), { header: t('report.participations'), kind: 'count' }],
          rows: s.byOrganisation.map((o) => [o.name, o.count]),
        },
      ];
    },

    /** One "people reached" line per programme with sessions that year: participations, distinct identified people. */
    async reachLines(year: number, memo: Memo = createMemo()): Promise<ReachLine[]> {
      const [s, sessions] = await Promise.all([part.statsForYear(year, memo), part.sessionsOf(yearPeriod(year), memo)]);
      return s.perProgramme
        .filter((p) => p.participations > 0)
        .map((p) => {
          // the programme's sessions held that year (known: no session's year is worked out again)
          const ids = sessions.filter((x) => x.programmeId === p.id && x.status !== 'cancelled').map((x) => x.id);
          return {
            key: `training:${p.id}`,
            labelKey: 'reach.training',
            label: p.name,
            unit: 'participations' as const,
            value: p.participations,
            participations: p.participations,
            distinctPeople: p.distinctPeople,
            personIds: sql`select distinct tp.person_id from training_participants tp
              where tp.session_id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) and tp.person_id is not null and tp.status = 'enrolled'`,
          };
        });
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
  return part;
}
