import { addMessages, type Locale } from './i18n/messages';
import type { SessionUser } from './auth/auth.service';
import { allows, type Permission, type Role } from './auth/roles';
import type { Tx } from './db/database';
import type { Actor } from './audit/audit.service';
import type { Figure, Memo } from './stats';
import { ReachRegistry } from './reach';
import { ImportAdapters } from './imports';

addMessages({
  fr: {
    'report.anonymous_visits': 'dont visites anonymes',
    'report.distinct_people': 'Personnes distinctes identifiées',
  },
  nl: {
    'report.anonymous_visits': 'waarvan anonieme bezoeken',
    'report.distinct_people': 'Verschillende geïdentificeerde personen',
  },
  en: {
    'report.anonymous_visits': 'of which anonymous visits',
    'report.distinct_people': 'Distinct identified people',
  },
});

/**
 * How a module takes part in what spans the whole application: the annual report, the people-reached
 * table (`reach`), the home dashboards, a person's timeline, the GDPR export and erasure. A module registers
 * its parts in `ctx.registry` when it registers its routes; the composers (people, observatory) iterate the
 * registry and never name a module. Labels are given in the caller's language by the module itself, from
 * its own catalog.
 */

// --- annual report -----------------------------------------------------------------------------------

export interface ReportFigure extends Figure {
  key: string;
  label: string;
  /** what the figure counts, when the label alone could be read two ways (a site, all sites...) */
  note?: string;
  /** who may read it, when not every reader of the report may (see `reportSectionFor`) */
  access?: Permission;
}
export interface ReportChart {
  key: string;
  title: string;
  kind: 'bar' | 'donut';
  data: { key: string; label: string; value: number; previous: number | null }[];
  /** who may read it, when not every reader of the report may: the social desk's problem categories */
  access?: Permission;
}

/**
 * A report section as these roles may read it: a figure or chart carrying an `access` they lack is left out (the
 * social desk's problem categories are not for communication or logistics). The one rule the report's composer applies.
 */
export function reportSectionFor(section: ReportSection, roles: readonly Role[] | undefined): ReportSection {
  const open = <T extends { access?: Permission }>(items: T[]) =>
    items.filter((x) => !x.access || allows(x.access, roles)).map(({ access: _, ...x }) => x as Omit<T, 'access'>);
  return { ...section, figures: open(section.figures), charts: open(section.charts) };
}
export interface ReportSection {
  key: string;
  title: string;
  figures: ReportFigure[];
  charts: ReportChart[];
}
export interface ReportSectionSource {
  key: string;
  /** position in the report (the order of the printed report: 10 social desk, 20 front desk, ...) */
  order: number;
  /** The section for a year, in a language; null when the module has nothing to report. */
  build(input: { year: number; locale: Locale; memo: Memo }): Promise<ReportSection | null>;
}

// --- home dashboards -----------------------------------------------------------------------------------

export interface DashboardSeriesSource {
  key: string;
  /** position on the home page (the report's order) */
  order: number;
  /** server catalog key of the series' title (the module's own catalog) */
  labelKey: string;
  /** who sees it on their home page: those whose work it is */
  access: Permission;
  /** the web page where its figures are detailed */
  link: string;
  /** twelve monthly figures of a year, for the whole organisation */
  months(year: number, memo: Memo): Promise<number[]>;
  /** the same figures counting only what this user recorded ("My figures"); without it the series is the organisation's */
  mine?(year: number, userId: number): Promise<number[]>;
}

// --- a person's timeline, GDPR export and erasure --------------------------------------------------------

/** One line of a person's timeline, contributed by any module. `kind` names a UI catalog key. */
export interface TimelineEntry {
  at: string; // ISO date or date-time
  module: string;
  kind: string;
  summary?: string | null;
  /** true when some of this entry was hidden from the viewer (e.g. what was said at the social desk) */
  redacted?: boolean;
  link?: string;
  data?: Record<string, unknown>;
  /**
   * Who may read what this entry says (its summary, link and data): the read permission of the module that owns
   * it. A viewer without it sees only that something of this kind took place, and when (`timelineFor`).
   */
  access?: Permission;
}

/**
 * What a viewer sees of timeline entries: an entry whose `access` the viewer lacks keeps its date, module and kind,
 * nothing else (a social-desk interview took place on that day; not why, not with whom). The one rule for every source.
 */
export function timelineFor(entries: readonly TimelineEntry[], viewer: { roles: readonly Role[] }): TimelineEntry[] {
  return entries.map(({ access, ...entry }) =>
    !access || allows(access, viewer.roles) ? entry : { at: entry.at, module: entry.module, kind: entry.kind, redacted: true },
  );
}
export type TimelineSource = (personId: number, viewer: SessionUser) => Promise<TimelineEntry[]>;
/** Called inside the erasure transaction, so a module can remove what identifies the person in its tables. */
export type ErasureHook = (tx: Tx, personId: number) => Promise<void>;
/**
 * Called inside the merge transaction before the rows of `removeId` move to `keepId`, so that a module can join
 * what would break one of its rules once both records are one person (two enrolments in one session, two open
 * follow-ups). Returns what it did, for the audit log.
 */
export type MergeHook = (tx: Tx, merge: { keepId: number; removeId: number; actor: Actor }) => Promise<Record<string, unknown> | void>;

/** A module's part of a person's GDPR export: every row it holds about the person, with readable labels. */
export interface GdprPart {
  key: string;
  /** the database tables this part covers (a test checks that every table with a person_id is covered) */
  tables: string[];
  collect(input: GdprInput): Promise<GdprSection[]>;
}
export interface GdprInput {
  personId: number;
  viewer: SessionUser;
  /** the language of the export (the person's, by default) */
  locale: Locale;
  /** a social worker asked for confidential social notes (only that role may: the route checks it) */
  includeConfidential: boolean;
}
export interface GdprSection {
  key: string;
  title: string;
  /** column key -> localised header */
  columns: { key: string; label: string }[];
  rows: Record<string, string | number | boolean | null>[];
  /** something exists that this export may not show (e.g. confidential notes), and whom to ask */
  withheld?: string;
}

export class Registry {
  readonly reach = new ReachRegistry();
  /** What each module lets the imports module bring in (platform/imports.ts). */
  readonly imports = new ImportAdapters();
  private readonly reportSources: ReportSectionSource[] = [];
  private readonly dashboardSources: DashboardSeriesSource[] = [];
  private readonly timelines: TimelineSource[] = [];
  private readonly erasures: ErasureHook[] = [];
  private readonly merges: MergeHook[] = [];
  private readonly gdpr: GdprPart[] = [];

  reportSection(source: ReportSectionSource) {
    if (this.reportSources.some((s) => s.key === source.key)) throw new Error(`report section ${source.key} registered twice`);
    this.reportSources.push(source);
  }
  reportSections(): readonly ReportSectionSource[] {
    return [...this.reportSources].sort((a, b) => a.order - b.order);
  }

  dashboardSeries(source: DashboardSeriesSource) {
    this.dashboardSources.push(source);
  }
  dashboards(): readonly DashboardSeriesSource[] {
    return [...this.dashboardSources].sort((a, b) => a.order - b.order);
  }

  timelineSource(source: TimelineSource) {
    this.timelines.push(source);
  }
  timelineSources(): readonly TimelineSource[] {
    return this.timelines;
  }

  erasureHook(hook: ErasureHook) {
    this.erasures.push(hook);
  }
  erasureHooks(): readonly ErasureHook[] {
    return this.erasures;
  }

  mergeHook(hook: MergeHook) {
    this.merges.push(hook);
  }
  mergeHooks(): readonly MergeHook[] {
    return this.merges;
  }

  gdprPart(part: GdprPart) {
    this.gdpr.push(part);
  }
  gdprParts(): readonly GdprPart[] {
    return this.gdpr;
  }
}
