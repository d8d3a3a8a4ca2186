import { asc, eq, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import type { ReachLine } from '../../platform/reach';
import { AppError, notFound } from '../../platform/http/errors';
import { createMemo, type Memo } from '../../platform/stats';
import { manualFigures, projectObjectives, projects, reportTexts } from './observatory.table';

export type ManualUnit = 'head_count' | 'external' | 'participations' | 'distinct_people';

export interface PeopleReachedLine {
  key: string;
  labelKey: string;
  label?: string;
  /** tracked: computed from records; manual: entered by hand with its source */
  origin: 'tracked' | 'manual';
  unit: ManualUnit;
  value: number;
  distinctPeople?: number;
  participations?: number;
  anonymous?: number;
  source?: string;
  enteredBy?: number | null;
  enteredAt?: string;
  /** the identified people behind this line can be listed (GET .../lines/:key/people) */
  hasPeople?: boolean;
  /** a hand-entered figure for this line exists but the tracked value replaces it */
  supersededManual?: { value: number; source: string };
}

export interface PeopleReached {
  year: number;
  lines: PeopleReachedLine[];
  total: number;
  /** the total split by what it counts */
  totalByUnit: Record<ManualUnit, number>;
  /** distinct identified people across all tracked activities (a person met twice counts once) */
  distinctPeopleAllTracked: number;
  empty: boolean;
}

export interface ProjectInput {
  name: string;
  description?: string | null;
  funders: string[];
  periodStart: string;
  periodEnd: string;
  neighbourhood?: string | null;
  targetGroups: string[];
  parentId?: number | null;
  objectives: { label: string; activityKey: string; target: number }[];
}

/** Counts below this are shown as "<5" in open data, so that nobody can be recognised. */
export const OPEN_DATA_THRESHOLD = 5;

export type ObservatoryService = ReturnType<typeof createObservatoryService>;

export function createObservatoryService(ctx: ModuleContext) {
  const { db, clock, audit, reach } = ctx;
  const currentYear = () => Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(clock.now()));

  function assertReportableYear(year: number) {
    if (year > currentYear()) throw new AppError(400, 'error.year_in_future', { year });
  }

  async function trackedLines(year: number, memo: Memo = createMemo()): Promise<ReachLine[]> {
    return memo.get(`reach.lines:${year}`, async () => (await Promise.all(reach.all().map((s) => s.lines(year)))).flat());
  }

  const service = {
    currentYear,
    assertReportableYear,

    async peopleReached(year: number, memo: Memo = createMemo()): Promise<PeopleReached> {
      assertReportableYear(year);
      const [tracked, manual] = await Promise.all([
        trackedLines(year, memo),
        db.select().from(manualFigures).where(eq(manualFigures.year, year)).orderBy(asc(manualFigures.id)),
      ]);
      const lines: PeopleReachedLine[] = tracked.map((l) => ({
        key: l.key,
        labelKey: l.labelKey,
        label: l.label,
        origin: 'tracked',
        unit: l.unit,
        value: l.value,
        distinctPeople: l.distinctPeople,
        participations: l.participations,
        anonymous: l.anonymous,
        hasPeople: !!l.personIds,
      }));
      for (const m of manual) {
        const same = lines.find((l) => l.key === m.activityKey && l.origin === 'tracked');
        // A hand-entered figure gives way to the computed one as soon as the activity is tracked.
        if (same && same.value > 0) {
          same.supersededManual = { value: m.value, source: m.source };
          continue;
        }
        const line: PeopleReachedLine = {
          key: m.activityKey,
          labelKey: 'reach.manual',
          label: m.label,
          origin: 'manual',
          unit: m.unit as ManualUnit,
          value: m.value,
          source: m.source,
          enteredBy: m.enteredBy,
          enteredAt: m.enteredAt.toISOString(),
        };
        if (same) lines.splice(lines.indexOf(same), 1, line);
        else lines.push(line);
      }
      const totalByUnit: Record<ManualUnit, number> = { distinct_people: 0, participations: 0, head_count: 0, external: 0 };
      for (const l of lines) totalByUnit[l.unit] += l.value;
      const idQueries = tracked.filter((l) => l.personIds).map((l) => l.personIds!);
      let distinct = 0;
      if (idQueries.length) {
        const union = sql.join(
          idQueries.map((q) => sql`(${q})`),
          sql` union `,
        );
        const res = (await db.execute(sql`select count(*)::int as n from (${union}) as reached`)) as unknown as { rows: { n: number }[] };
        distinct = res.rows[0].n;
      }
      return {
        year,
        lines,
        total: lines.reduce((n, l) => n + l.value, 0),
        totalByUnit,
        distinctPeopleAllTracked: distinct,
        empty: lines.every((l) => l.value === 0),
      };
    },

    /** The identified people behind one tracked line: who the figure counts. Reading names is audited. */
    async peopleBehind(actor: Actor, year: number, key: string, limit: number, offset: number) {
      assertReportableYear(year);
      const line = (await trackedLines(year)).find((l) => l.key === key);
      if (!line?.personIds) throw notFound('what.reach_line');
      const res = (await db.execute(sql`
        select p.id, p.first_name as "firstName", p.last_name as "lastName", p.erased_at is not null as erased, count(*) over ()::int as total
        from people p where p.id in (${line.personIds})
        order by p.last_name, p.first_name, p.id limit ${limit} offset ${offset}`)) as unknown as {
        rows: { id: number; firstName: string; lastName: string; erased: boolean; total: number }[];
      };
      await audit.record(actor, { action: 'observatory.people_behind', entityType: 'reach_line', entityId: `${year}:${key}`, details: { count: res.rows.length } });
      return { year, key, total: res.rows[0]?.total ?? 0, items: res.rows.map(({ total: _, ...r }) => r) };
    },

    async listManualFigures(year: number) {
      return db.select().from(manualFigures).where(eq(manualFigures.year, year)).orderBy(asc(manualFigures.activityKey));
    },

    async setManualFigure(actor: Actor, input: { year: number; activityKey: string; label: string; value: number; unit: ManualUnit; source: string }) {
      assertReportableYear(input.year);
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(manualFigures)
          .values({ ...input, enteredBy: actor.userId, enteredAt: clock.now() })
          .onConflictDoUpdate({
            target: [manualFigures.year, manualFigures.activityKey],
            set: { label: input.label, value: input.value, unit: input.unit, source: input.source, enteredBy: actor.userId, enteredAt: clock.now() },
          })
          .returning();
        await audit.record(actor, { action: 'observatory.manual_figure', entityType: 'manual_figure', entityId: row.id, details: input }, tx);
        return row;
      });
    },

    async deleteManualFigure(actor: Actor, id: number) {
      return db.transaction(async (tx) => {
        const [row] = await tx.delete(manualFigures).where(eq(manualFigures.id, id)).returning();
        if (!row) throw notFound('what.manual_figure');
        await audit.record(actor, { action: 'observatory.manual_figure_delete', entityType: 'manual_figure', entityId: id, details: { year: row.year, activityKey: row.activityKey } }, tx);
      });
    },

    async reportTexts(year: number) {
      return db.select().from(reportTexts).where(eq(reportTexts.year, year));
    },

    async setReportText(actor: Actor, year: number, section: string, body: string) {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(reportTexts)
          .values({ year, section, body, updatedBy: actor.userId, updatedAt: clock.now() })
          .onConflictDoUpdate({ target: [reportTexts.year, reportTexts.section], set: { body, updatedBy: actor.userId, updatedAt: clock.now() } })
          .returning();
        await audit.record(actor, { action: 'observatory.report_text', entityType: 'report_text', entityId: `${year}:${section}` }, tx);
        return row;
      });
    },

    // Projects
    async listProjects() {
      const rows = await db.select().from(projects).orderBy(asc(projects.periodStart), asc(projects.name));
      const objectives = await db.select().from(projectObjectives).orderBy(asc(projectObjectives.id));
      return rows.map((p) => ({ ...p, objectives: objectives.filter((o) => o.projectId === p.id) }));
    },

    async getProject(id: number) {
      const [p] = await db.select().from(projects).where(eq(projects.id, id));
      if (!p) throw notFound('what.project');
      const objectives = await db.select().from(projectObjectives).where(eq(projectObjectives.projectId, id)).orderBy(asc(projectObjectives.id));
      return { ...p, objectives };
    },

    async saveProject(actor: Actor, input: ProjectInput, id?: number) {
      if (input.periodEnd < input.periodStart) throw new AppError(400, 'error.end_before_start', {}, [{ path: 'periodEnd', code: 'error.end_before_start' }]);
      const { objectives, ...fields } = input;
      const projectId = await db.transaction(async (tx) => {
        let projectId = id;
        if (id) {
          const [p] = await tx.update(projects).set({ ...fields, updatedAt: clock.now() }).where(eq(projects.id, id)).returning();
          if (!p) throw notFound('what.project');
          await tx.delete(projectObjectives).where(eq(projectObjectives.projectId, id));
        } else {
          const [p] = await tx.insert(projects).values(fields).returning();
          projectId = p.id;
        }
        if (objectives.length) await tx.insert(projectObjectives).values(objectives.map((o) => ({ ...o, projectId: projectId! })));
        await audit.record(actor, { action: id ? 'project.update' : 'project.create', entityType: 'project', entityId: projectId }, tx);
        return projectId!;
      });
      // Read after the commit: on PGlite a query outside a running transaction waits for it to end.
      return service.getProject(projectId);
    },

    /** Progress of each objective from the records, from the project's start up to `at` (default today). */
    async projectProgress(id: number, at?: string) {
      const project = await service.getProject(id);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(clock.now());
      const until = [at ?? today, project.periodEnd].sort()[0];
      const fromYear = Number(project.periodStart.slice(0, 4));
      const toYear = Math.min(Number(until.slice(0, 4)), currentYear());
      const perYear = new Map<number, PeopleReached>();
      for (let y = fromYear; y <= toYear; y++) perYear.set(y, await service.peopleReached(y));
      return {
        project,
        at: until,
        objectives: project.objectives.map((o) => {
          const value = [...perYear.values()].reduce((n, r) => n + (r.lines.find((l) => l.key === o.activityKey)?.value ?? 0), 0);
          return { ...o, value, ratio: o.target > 0 ? value / o.target : null };
        }),
      };
    },

    /** Aggregates only; any count below 5 is given as "<5". */
    async openData(year: number) {
      const reached = await service.peopleReached(year);
      const mask = (n: number | undefined) => (n === undefined ? null : n > 0 && n < OPEN_DATA_THRESHOLD ? `<${OPEN_DATA_THRESHOLD}` : n);
      return {
        dataset: 'relais-people-reached',
        year,
        generatedAt: clock.now().toISOString(),
        fields: {
          activity: 'stable key of the activity',
          unit: 'what value counts: distinct_people, participations, head_count (counted at the door), external (from an outside tool)',
          value: `the figure; counts between 1 and ${OPEN_DATA_THRESHOLD - 1} are given as "<${OPEN_DATA_THRESHOLD}"`,
          origin: 'tracked (computed from records) or manual (entered by hand, with its source)',
          source: 'for manual figures, where the figure comes from',
        },
        rows: reached.lines.map((l) => ({ activity: l.key, label: l.label ?? null, unit: l.unit, value: mask(l.value), origin: l.origin, source: l.source ?? null })),
      };
    },

    async years(): Promise<number[]> {
      const res = (await db.execute(sql`select distinct year from ${manualFigures} order by year`)) as unknown as { rows: { year: number }[] };
      return res.rows.map((r) => r.year);
    },
  };
  return service;
}
