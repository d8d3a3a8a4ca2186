import { z } from 'zod';
import type { Clock } from './clock';
import { and, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { brusselsDay, brusselsInstant, brusselsYearRange, nextDay } from './brussels-time';
import type { Db } from './db/database';
import { isoDate } from './http/schemas';

/**
 * One shape for statistics, in every module:
 * - a period is asked the same way everywhere: `?year=YYYY`, or `?from=YYYY-MM-DD&to=YYYY-MM-DD`
 *   (local dates, both included); without either, the default year (`defaultYear`);
 * - a statistics route is `GET /api/<module>/stats`, its export `GET /api/<module>/stats/export?format=xlsx|csv`
 *   with the same query;
 * - a figure is `{ value, previous, change, unit }`: `previous` is the same figure a year earlier,
 *   `change` the relative change as a fraction ((value - previous) / previous; null when previous is 0
 *   or unknown); a percentage is a fraction too (0.164 for 16.4 %), its unit says so.
 */

/** The year every page opens on when none is asked: the current year in Brussels. */
export function defaultYear(clock: Clock): number {
  return Number(brusselsDay(clock.now()).slice(0, 4));
}

export const yearParam = z.coerce.number().int().min(2000, 'error.year_invalid').max(2100, 'error.year_invalid');

export const periodFields = {
  year: yearParam.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
};

/** Refinement shared by the period queries: a year, or from/to, not both; `to` not before `from`. */
export function checkPeriod(q: { year?: number; from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (q.year !== undefined && (q.from !== undefined || q.to !== undefined))
    ctx.addIssue({ code: 'custom', message: 'error.period_year_or_dates', path: ['year'] });
  if (q.from && q.to && q.to < q.from) ctx.addIssue({ code: 'custom', message: 'error.end_before_start', path: ['to'] });
}

export const periodQuery = z.strictObject(periodFields).superRefine(checkPeriod);

/** The export of a statistics route: the same period query, and `format`. */
export const periodExportQuery = z
  .strictObject({ ...periodFields, format: z.enum(['xlsx', 'csv']).default('xlsx') })
  .superRefine(checkPeriod);
export type PeriodQuery = z.infer<typeof periodQuery>;

export interface Period {
  from: string;
  to: string;
  /** set when the period is one calendar year */
  year: number | null;
}

/** The period a query asks for, with the default year when it asks none. */
export function resolvePeriod(q: { year?: number; from?: string; to?: string }, clock: Clock): Period {
  if (q.from || q.to) {
    const from = q.from ?? `${q.to!.slice(0, 4)}-01-01`;
    const to = q.to ?? `${from.slice(0, 4)}-12-31`;
    const year = from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31` ? Number(from.slice(0, 4)) : null;
    return { from, to, year };
  }
  const year = q.year ?? defaultYear(clock);
  return { from: `${year}-01-01`, to: `${year}-12-31`, year };
}

/** A calendar year as a period. */
export const yearPeriod = (year: number): Period => ({ from: `${year}-01-01`, to: `${year}-12-31`, year });

/** [start, end) instants of a period's Brussels days (`to` included). */
export function periodRange(p: Period): { from: Date; to: Date } {
  return { from: brusselsInstant(p.from), to: brusselsInstant(nextDay(p.to)) };
}

/** How a period is named in a file or a column header: its year, or `from – to`. */
export const periodLabel = (p: Period): string => (p.year !== null ? String(p.year) : `${p.from} – ${p.to}`);
/** How a period is named in a file name: its year, or `from_to`. */
export const periodFileLabel = (p: Period): string => (p.year !== null ? String(p.year) : `${p.from}_${p.to}`);

/** The same period one year earlier (29 February becomes 28 February). */
export function previousPeriod(p: Period): Period {
  const back = (d: string) => {
    const y = Number(d.slice(0, 4)) - 1;
    const md = d.slice(5) === '02-29' ? '02-28' : d.slice(5);
    return `${y}-${md}`;
  };
  return { from: back(p.from), to: back(p.to), year: p.year === null ? null : p.year - 1 };
}

export const FIGURE_UNITS = ['count', 'percent', 'decimal', 'hours', 'euros'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

export const figureSchema = z
  .object({
    value: z.number().nullable(),
    previous: z.number().nullable(),
    /** relative change as a fraction, null when it cannot be computed */
    change: z.number().nullable(),
    unit: z.enum(FIGURE_UNITS),
  })
  .meta({ id: 'Figure', description: 'A figure beside the same figure a year earlier. change = (value - previous) / previous. Percentages are fractions.' });
export type Figure = z.infer<typeof figureSchema>;

export function figure(value: number | null, previous: number | null, unit: FigureUnit = 'count'): Figure {
  const change = value === null || previous === null || previous === 0 ? null : (value - previous) / previous;
  return { value, previous, change, unit };
}

/** The spreadsheet column kind of a figure's unit (`platform/tabular-export.ts`). */
export const columnKindOf = (unit: FigureUnit): 'count' | 'percent' | 'decimal' | 'hours' | 'currency' => (unit === 'euros' ? 'currency' : unit);

/** A rate as a fraction, null when there is nothing to divide by. */
export const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * Per-request memo: the report, the people-reached table and the dashboard ask modules for the same
 * statistics; each is computed once per request.
 */
export interface Memo {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
}
export function createMemo(): Memo {
  const cache = new Map<string, Promise<unknown>>();
  return {
    get<T>(key: string, compute: () => Promise<T>) {
      let p = cache.get(key) as Promise<T> | undefined;
      if (!p) {
        p = compute();
        cache.set(key, p);
      }
      return p;
    },
  };
}

/**
 * Twelve monthly counts of a year: the rows of `table` whose instant `at` falls in each Brussels month, among
 * those `where` keeps (e.g. the rows a user recorded, for the home page's "My figures").
 */
export async function monthlyCounts(db: Db, table: PgTable, at: PgColumn, year: number, where?: SQL): Promise<number[]> {
  const { from, to } = brusselsYearRange(year);
  const month = sql<number>`extract(month from ${at} at time zone 'Europe/Brussels')::int`;
  const rows = await db
    .select({ month, n: sql<number>`count(*)::int` })
    .from(table)
    .where(and(gte(at, from), lt(at, to), where))
    .groupBy(month);
  return Array.from({ length: 12 }, (_, i) => rows.find((r) => Number(r.month) === i + 1)?.n ?? 0);
}
