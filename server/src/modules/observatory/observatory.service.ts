import { and, asc, eq, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import { ReachRegistry, type OwnedReachLine } from '../../platform/reach';
import type { Role } from '../../platform/auth/roles';
import { AppError, notFound } from '../../platform/http/errors';
import { LOCALES, translate, type Locale } from '../../platform/i18n/messages';
import { brusselsDay } from '../../platform/brussels-time';
import { settings } from '../../platform/settings/settings.table';
import { createMemo, defaultYear, type Memo } from '../../platform/stats';
import { importedFigures, manualFigures, projectObjectives, projects, reportTexts } from './observatory.table';

export const MANUAL_UNITS = ['head_count', 'external', 'participations', 'distinct_people'] as const;
export type ManualUnit = (typeof MANUAL_UNITS)[number];

/** The publics a project targets (labels in the catalogs: `target_group.<code>`). */
export const TARGET_GROUPS = ['job_seekers', 'over_50', 'under_30', 'women', 'neet', 'newcomers', 'disabled_people', 'employers'] as const;

/** A text in each language; null where nobody wrote it (never filled in from another language). */
export type Versions = Record<Locale, string | null>;

export interface PeopleReachedLine {
  key: string;
  /** the line's label in each language (a programme's or a site's name is the same in all) */
  labels: Versions;
  /** tracked: computed from records; manual: entered by hand with its source; imported: a past year's figure brought in */
  origin: 'tracked' | 'manual' | 'imported';
  unit: ManualUnit;
  value: number;
  distinctPeople: number | null;
  participations: number | null;
  anonymous: number | null;
  source: string | null;
  enteredAt: string | null;
  /** a hand-entered figure for this line exists but the tracked value replaces it */
  supersededManual: { value: number; source: string } | null;
  /** an imported figure for this line exists but the tracked value replaces it (the records win) */
  supersededImport: { value: number; source: string } | null;
  /** the tracked line as the reach registry gave it (who may list its people), null for a manual line */
  tracked: OwnedReachLine | null;
}

export interface PeopleReached {
  year: number;
  lines: PeopleReachedLine[];
  /** the sum of every line, whatever it counts (participations, distinct people, door counts, outside tools) */
  total: number;
  /** the total split by what it counts */
  totalByUnit: Record<ManualUnit, number>;
  /** distinct identified people across all tracked activities (a person met twice counts once) */
  distinctPeopleAllTracked: number;
  empty: boolean;
}

export interface ObjectiveInput {
  labelFr?: string | null;
  labelNl?: string | null;
  activityKey: string;
  target: number;
}
export interface ProjectInput {
  name: string;
  descriptionFr?: string | null;
  descriptionNl?: string | null;
  funders: string[];
  periodStart: string;
  periodEnd: string;
  neighbourhood?: string | null;
  targetGroups: string[];
  parentId?: number | null;
  objectives: ObjectiveInput[];
}

export interface ManualFigureInput {
  year: number;
  activityKey: string;
  label: string;
  labelNl?: string | null;
  labelEn?: string | null;
  value: number;
  unit: ManualUnit;
  source: string;
}

// --- open data ---------------------------------------------------------------------------------------

/** A cell is published only when at least this many distinct people are behind it. */
export const OPEN_DATA_THRESHOLD = 5;

/** Licences an installation may publish its open data under (SPDX id -> its text and the EU vocabulary's URI). */
export const LICENCES = {
  'CC-BY-4.0': { title: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/', eu: 'CC_BY_4_0' },
  'CC-BY-SA-4.0': { title: 'Creative Commons Attribution-ShareAlike 4.0 International', url: 'https://creativecommons.org/licenses/by-sa/4.0/', eu: 'CC_BYSA_4_0' },
  'CC0-1.0': { title: 'Creative Commons Zero v1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/', eu: 'CC0' },
  'ODbL-1.0': { title: 'Open Data Commons Open Database License v1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/', eu: 'ODC_BL' },
} as const;
export type LicenceId = keyof typeof LICENCES;
export const LICENCE_IDS = Object.keys(LICENCES) as [LicenceId, ...LicenceId[]];

export interface ObservatorySettings {
  /** the licence of the open data (CC BY 4.0 unless an admin chose another) */
  licence: LicenceId;
  /** who publishes the report and the open data, in each language */
  publisher: Record<Locale, string>;
  /** where portals and re-users write to (optional) */
  contactEmail: string | null;
}
const SETTINGS_KEY = 'observatory';
/** Without a publisher of its own, the report and the open data are the institution's (its name in the settings). */
export const DEFAULT_SETTINGS: Omit<ObservatorySettings, 'publisher'> = {
  licence: 'CC-BY-4.0',
  contactEmail: null,
};

export type OpenDataRowType = 'activity' | 'total' | 'distinct_people';
export interface OpenDataRow {
  year: number;
  row_type: OpenDataRowType;
  activity: string;
  label_fr: string | null;
  label_nl: string | null;
  label_en: string | null;
  unit: ManualUnit | 'mixed';
  origin: 'tracked' | 'manual' | 'imported';
  /** null when suppressed */
  value: number | null;
  suppressed: boolean;
  /** the year is not over: the figures will still change */
  provisional: boolean;
  source: string | null;
}

/**
 * Statistical disclosure control for one year's table: a cell is hidden when fewer than OPEN_DATA_THRESHOLD
 * distinct people are behind it (5 interviews of one person are one person), and more cells are hidden with
 * it (the smallest first, then the total if nothing else is left) so that the total minus the published cells
 * never gives a hidden cell back within less than the threshold.
 */
export function suppress(cells: { value: number; people: number }[], threshold = OPEN_DATA_THRESHOLD): { hidden: boolean[]; totalHidden: boolean } {
  const primary = cells.map((c) => c.value > 0 && c.people < threshold);
  const hidden = [...primary];
  const hiddenSum = () => cells.reduce((n, c, i) => n + (hidden[i] ? c.value : 0), 0);
  // Each cell hidden to protect people must stay uncertain by at least `threshold` for someone who subtracts
  // the published cells from the total (the cells hidden alongside need no protection of their own).
  const exposed = () => {
    const idx = primary.flatMap((h, i) => (h ? [i] : []));
    if (idx.length === 0) return false;
    const sum = hiddenSum();
    return idx.some((i) => sum - cells[i].value < threshold);
  };
  while (exposed()) {
    const next = cells
      .map((c, i) => ({ c, i }))
      .filter(({ c, i }) => !hidden[i] && c.value > 0)
      .sort((a, b) => a.c.value - b.c.value)[0];
    if (!next) return { hidden, totalHidden: true };
    hidden[next.i] = true;
  }
  return { hidden, totalHidden: false };
}

/** The people a line stands for, at least: a cell's protection is counted in people, not participations. */
function peopleBehind(l: PeopleReachedLine): number {
  if (l.origin !== 'tracked') return l.value; // door counts and outside tools: the figure itself (one entry, one person)
  if (l.distinctPeople === null) return l.unit === 'distinct_people' ? l.value : 0; // unknown: hidden unless known
  // anonymous visits may all be the same person: they add one at least
  return l.distinctPeople + ((l.anonymous ?? 0) > 0 ? 1 : 0);
}

type ManualRow = typeof manualFigures.$inferSelect;
type ProjectRow = typeof projects.$inferSelect;
type ObjectiveRow = typeof projectObjectives.$inferSelect;
/** Rows as the API gives them: instants as RFC 3339 text, units as their codes. */
const manualOut = (m: ManualRow) => ({ ...m, unit: m.unit as ManualUnit, enteredAt: m.enteredAt.toISOString() });
const projectOut = (p: ProjectRow, objectives: ObjectiveRow[]) => ({ ...p, createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString(), objectives });

export type ObservatoryService = ReturnType<typeof createObservatoryService>;

export function createObservatoryService(ctx: ModuleContext) {
  const { db, clock, audit, reach } = ctx;
  const currentYear = () => defaultYear(clock);

  function assertReportableYear(year: number) {
    if (year > currentYear()) throw new AppError(400, 'error.year_in_future', { year });
  }

  async function trackedLines(year: number, memo: Memo): Promise<OwnedReachLine[]> {
    return memo.get(`reach.lines:${year}`, () => reach.lines(year, memo));
  }

  const sameInAll = (text: string): Versions => ({ fr: text, nl: text, en: text });
  const catalogLabels = (key: string): Versions => Object.fromEntries(LOCALES.map((l) => [l, translate(l, key)])) as Versions;

  const service = {
    currentYear,
    assertReportableYear,
    /** The year is not over yet: its figures are provisional. */
    isProvisional: (year: number) => year >= currentYear(),

    async peopleReached(year: number, memo: Memo = createMemo()): Promise<PeopleReached> {
      assertReportableYear(year);
      return memo.get(`observatory.reached:${year}`, async () => {
        const [tracked, manual, imported] = await Promise.all([
          trackedLines(year, memo),
          db.select().from(manualFigures).where(eq(manualFigures.year, year)).orderBy(asc(manualFigures.id)),
          db
            .select()
            .from(importedFigures)
            .where(and(eq(importedFigures.year, year), eq(importedFigures.kind, 'line')))
            .orderBy(asc(importedFigures.id)),
        ]);
        const lines: PeopleReachedLine[] = tracked.map((l) => ({
          key: l.key,
          labels: l.label ? sameInAll(l.label) : catalogLabels(l.labelKey),
          origin: 'tracked',
          unit: l.unit,
          value: l.value,
          distinctPeople: l.distinctPeople ?? null,
          participations: l.participations ?? null,
          anonymous: l.anonymous ?? null,
          source: null,
          enteredAt: null,
          supersededManual: null,
          supersededImport: null,
          tracked: l,
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
            labels: { fr: m.label, nl: m.labelNl, en: m.labelEn },
            origin: 'manual',
            unit: m.unit as ManualUnit,
            value: m.value,
            distinctPeople: null,
            participations: null,
            anonymous: null,
            source: m.source,
            enteredAt: m.enteredAt.toISOString(),
            supersededManual: null,
            supersededImport: null,
            tracked: null,
          };
          if (same) lines.splice(lines.indexOf(same), 1, line);
          else lines.push(line);
        }
        // A past year's imported figure stands where the records count nothing (and no figure was entered by hand).
        for (const m of imported) {
          const same = lines.find((l) => l.key === m.item);
          if (same && same.origin === 'manual') continue;
          if (same && same.value > 0) {
            same.supersededImport = { value: m.value, source: m.source };
            continue;
          }
          const line: PeopleReachedLine = {
            key: m.item,
            labels: same?.labels ?? m.labels,
            origin: 'imported',
            unit: m.unit as ManualUnit,
            value: m.value,
            distinctPeople: null,
            participations: null,
            anonymous: null,
            source: m.source,
            enteredAt: m.importedAt.toISOString(),
            supersededManual: null,
            supersededImport: null,
            tracked: null,
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
      });
    },

    /** Whether these roles may list the people behind a line (the reach registry's one rule). */
    mayListPeople(line: PeopleReachedLine, roles: readonly Role[] | undefined) {
      return line.tracked !== null && ReachRegistry.mayListPeople(line.tracked, roles);
    },

    /** The identified people behind one tracked line: who the figure counts. Reading names is audited. */
    async peopleBehind(actor: Actor, roles: readonly Role[], year: number, key: string, limit: number, offset: number) {
      assertReportableYear(year);
      const line = (await trackedLines(year, createMemo())).find((l) => l.key === key);
      if (!line?.personIds) throw notFound('what.reach_line');
      // What a module knows stays with those who may read that module (the social desk's people, for the social desk).
      if (!ReachRegistry.mayListPeople(line, roles)) throw new AppError(403, 'error.reach_people_forbidden');
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
      return (await db.select().from(manualFigures).where(eq(manualFigures.year, year)).orderBy(asc(manualFigures.activityKey))).map(manualOut);
    },

    async setManualFigure(actor: Actor, input: ManualFigureInput) {
      assertReportableYear(input.year);
      const fields = { label: input.label, labelNl: input.labelNl ?? null, labelEn: input.labelEn ?? null, value: input.value, unit: input.unit, source: input.source };
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(manualFigures)
          .values({ year: input.year, activityKey: input.activityKey, ...fields, enteredBy: actor.userId, enteredAt: clock.now() })
          .onConflictDoUpdate({ target: [manualFigures.year, manualFigures.activityKey], set: { ...fields, enteredBy: actor.userId, enteredAt: clock.now() } })
          .returning();
        await audit.record(actor, { action: 'observatory.manual_figure', entityType: 'manual_figure', entityId: row.id, details: { ...input } }, tx);
        return manualOut(row);
      });
    },

    async deleteManualFigure(actor: Actor, id: number) {
      return db.transaction(async (tx) => {
        const [row] = await tx.delete(manualFigures).where(eq(manualFigures.id, id)).returning();
        if (!row) throw notFound('what.manual_figure');
        await audit.record(actor, { action: 'observatory.manual_figure_delete', entityType: 'manual_figure', entityId: id, details: { year: row.year, activityKey: row.activityKey } }, tx);
      });
    },

    /** The report's texts of a year: for each section, its version in each language (null: not written). */
    async reportTexts(year: number): Promise<Record<string, Versions>> {
      const rows = await db.select().from(reportTexts).where(eq(reportTexts.year, year)).orderBy(asc(reportTexts.section));
      const out: Record<string, Versions> = {};
      for (const r of rows) (out[r.section] ??= { fr: null, nl: null, en: null })[r.locale as Locale] = r.body;
      return out;
    },

    /** Writes one language's version of a section's text; an empty text removes that version. */
    async setReportText(actor: Actor, year: number, section: string, locale: Locale, body: string) {
      assertReportableYear(year);
      await db.transaction(async (tx) => {
        const key = and(eq(reportTexts.year, year), eq(reportTexts.section, section), eq(reportTexts.locale, locale));
        if (!body.trim()) await tx.delete(reportTexts).where(key);
        else
          await tx
            .insert(reportTexts)
            .values({ year, section, locale, body, updatedBy: actor.userId, updatedAt: clock.now() })
            .onConflictDoUpdate({ target: [reportTexts.year, reportTexts.section, reportTexts.locale], set: { body, updatedBy: actor.userId, updatedAt: clock.now() } });
        await audit.record(actor, { action: 'observatory.report_text', entityType: 'report_text', entityId: `${year}:${section}:${locale}`, details: { removed: !body.trim() } }, tx);
      });
      return { section, versions: (await service.reportTexts(year))[section] ?? { fr: null, nl: null, en: null } };
    },

    // Settings (licence, publisher)
    async settings(): Promise<ObservatorySettings> {
      const [row] = await db.select().from(settings).where(eq(settings.key, SETTINGS_KEY));
      const saved = (row?.value ?? {}) as Partial<ObservatorySettings>;
      const { name } = await ctx.institution.get();
      return { ...DEFAULT_SETTINGS, ...saved, publisher: { ...name, ...saved.publisher } };
    },
    async saveSettings(actor: Actor, value: ObservatorySettings) {
      await db.transaction(async (tx) => {
        await tx
          .insert(settings)
          .values({ key: SETTINGS_KEY, value, updatedAt: clock.now() })
          .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: clock.now() } });
        await audit.record(actor, { action: 'observatory.settings', entityType: 'settings', entityId: SETTINGS_KEY, details: { ...value } }, tx);
      });
      return service.settings();
    },

    // Projects
    async listProjects() {
      const rows = await db.select().from(projects).orderBy(asc(projects.periodStart), asc(projects.name));
      const objectives = await db.select().from(projectObjectives).orderBy(asc(projectObjectives.id));
      return rows.map((p) => projectOut(p, objectives.filter((o) => o.projectId === p.id)));
    },

    async getProject(id: number) {
      const [p] = await db.select().from(projects).where(eq(projects.id, id));
      if (!p) throw notFound('what.project');
      const objectives = await db.select().from(projectObjectives).where(eq(projectObjectives.projectId, id)).orderBy(asc(projectObjectives.id));
      return projectOut(p, objectives);
    },

    async saveProject(actor: Actor, input: ProjectInput, id?: number) {
      if (input.periodEnd < input.periodStart) throw new AppError(400, 'error.end_before_start', {}, [{ path: 'periodEnd', code: 'error.end_before_start' }]);
      input.objectives.forEach((o, i) => {
        if (!o.labelFr?.trim() && !o.labelNl?.trim()) throw new AppError(400, 'error.objective_label_required', {}, [{ path: `objectives.${i}.labelFr`, code: 'error.objective_label_required' }]);
      });
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
        if (objectives.length)
          await tx
            .insert(projectObjectives)
            .values(objectives.map((o) => ({ activityKey: o.activityKey, target: o.target, labelFr: o.labelFr?.trim() || null, labelNl: o.labelNl?.trim() || null, projectId: projectId! })));
        await audit.record(actor, { action: id ? 'project.update' : 'project.create', entityType: 'project', entityId: projectId }, tx);
        return projectId!;
      });
      // Read after the commit: on PGlite a query outside a running transaction waits for it to end.
      return service.getProject(projectId);
    },

    /** Progress of each objective from the records, from the project's start up to `at` (default today). */
    async projectProgress(id: number, at?: string, memo: Memo = createMemo()) {
      const project = await service.getProject(id);
      const today = brusselsDay(clock.now());
      const until = [at ?? today, project.periodEnd].sort()[0];
      const fromYear = Number(project.periodStart.slice(0, 4));
      const toYear = Math.min(Number(until.slice(0, 4)), currentYear());
      const perYear: PeopleReached[] = [];
      for (let y = fromYear; y <= toYear; y++) perYear.push(await service.peopleReached(y, memo));
      return {
        project,
        at: until,
        objectives: project.objectives.map((o) => {
          const value = perYear.reduce((n, r) => n + (r.lines.find((l) => l.key === o.activityKey)?.value ?? 0), 0);
          return { ...o, value, ratio: o.target > 0 ? value / o.target : null };
        }),
      };
    },

    /** The years that open data covers: from the first year with a record or a figure to the current one. */
    async openDataYears(): Promise<number[]> {
      const res = (await db.execute(
        sql`select min(year)::int as first from (select year from ${manualFigures} union all select year from ${importedFigures}) as figures`,
      )) as unknown as { rows: { first: number | null }[] };
      const now = currentYear();
      // Tracked activities: look back until two empty years in a row (no module keeps data older than that empty).
      let first = res.rows[0].first ?? now;
      for (let y = now - 1, empty = 0; y >= 2000 && empty < 2; y--) {
        const r = await service.peopleReached(y);
        if (r.empty) empty++;
        else {
          empty = 0;
          first = Math.min(first, y);
        }
      }
      return Array.from({ length: now - first + 1 }, (_, i) => first + i);
    },

    /**
     * Open data: one row per activity and year, the sum and the distinct people; numbers as numbers, a
     * `suppressed` flag where fewer than OPEN_DATA_THRESHOLD people are behind a figure (and where hiding it
     * needs more hidden), `provisional` for the year not over.
     */
    async openData(years: number[]): Promise<OpenDataRow[]> {
      const rows: OpenDataRow[] = [];
      for (const year of years) {
        const r = await service.peopleReached(year);
        const provisional = service.isProvisional(year);
        const { hidden, totalHidden } = suppress(r.lines.map((l) => ({ value: l.value, people: peopleBehind(l) })));
        r.lines.forEach((l, i) => {
          rows.push({
            year,
            row_type: 'activity',
            activity: l.key,
            label_fr: l.labels.fr,
            label_nl: l.labels.nl,
            label_en: l.labels.en,
            unit: l.unit,
            origin: l.origin,
            value: hidden[i] ? null : l.value,
            suppressed: hidden[i],
            provisional,
            source: l.source,
          });
        });
        const t = (key: string) => Object.fromEntries(LOCALES.map((loc) => [`label_${loc}`, translate(loc, key)])) as Pick<OpenDataRow, 'label_fr' | 'label_nl' | 'label_en'>;
        rows.push({ year, row_type: 'total', activity: 'total', ...t('reach.total_sum'), unit: 'mixed', origin: 'tracked', value: totalHidden ? null : r.total, suppressed: totalHidden, provisional, source: null });
        const distinctHidden = r.distinctPeopleAllTracked > 0 && r.distinctPeopleAllTracked < OPEN_DATA_THRESHOLD;
        rows.push({
          year,
          row_type: 'distinct_people',
          activity: 'distinct_people_all_tracked',
          ...t('reach.distinct_all'),
          unit: 'distinct_people',
          origin: 'tracked',
          value: distinctHidden ? null : r.distinctPeopleAllTracked,
          suppressed: distinctHidden,
          provisional,
          source: null,
        });
      }
      return rows;
    },
  };
  return service;
}
