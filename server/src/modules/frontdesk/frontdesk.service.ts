import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import type { SessionUser } from '../../platform/auth/auth.service';
import type { Tx } from '../../platform/db/database';
import { AppError, invalidField, notFound } from '../../platform/http/errors';
import { translate, type Locale } from '../../platform/i18n/messages';
import { createMemo, type Memo } from '../../platform/stats';
import { BRUSSELS, brusselsDay, brusselsInstant, brusselsTime, brusselsWallTime, isoWeekday, nextDay } from '../../platform/brussels-time';
import type { OpeningPeriod } from '../sites/sites.service';
import { frontdeskReasons, frontdeskVisits, INTERNAL_SERVICES } from './frontdesk.table';
import { configurableList } from '../../platform/lists';
import type { StatsQuery, VisitInput, VisitPatch } from './frontdesk.schemas';
import { resolvePeriod } from '../../platform/stats';

export type Reason = typeof frontdeskReasons.$inferSelect;
export type VisitRow = typeof frontdeskVisits.$inferSelect;
export type FrontdeskService = ReturnType<typeof createFrontdeskService>;

/** Whether an instant falls outside a site's opening hours (Brussels time). A site without hours is never "outside". */
export function outsideOpeningHours(hours: readonly OpeningPeriod[], at: Date): boolean {
  if (!hours.length) return false;
  const day = brusselsDay(at);
  const wd = isoWeekday(day);
  const t = brusselsTime(at);
  return !hours.some((p) => p.weekday === wd && p.from <= t && t < p.to);
}

export const labelOf = (item: { labelFr: string; labelNl: string; labelEn: string }, locale: Locale) =>
  locale === 'nl' ? item.labelNl : locale === 'en' ? item.labelEn : item.labelFr;

/** The period key of an instant in Brussels: YYYY-MM-DD, YYYY-MM or YYYY. */
const periodSql = (groupBy: 'day' | 'month' | 'year') =>
  // Literals, not parameters: GROUP BY must see the very same expression as SELECT.
  sql<string>`to_char(${frontdeskVisits.at} at time zone '${sql.raw(BRUSSELS)}', '${sql.raw(groupBy === 'day' ? 'YYYY-MM-DD' : groupBy === 'month' ? 'YYYY-MM' : 'YYYY')}')`;

export function createFrontdeskService(ctx: ModuleContext) {
  const { db, clock, audit, referenceCache } = ctx;
  /** The visit reasons: a configurable list (platform/lists). */
  const reasonList = configurableList({ db, audit, clock, referenceCache, table: frontdeskReasons, entity: 'frontdesk.reason', what: 'what.reason', codeTaken: 'error.frontdesk.reason_code_taken' });

  async function reasonByCode(code: string, tx: typeof db | Tx = db): Promise<Reason> {
    const [r] = await reasonList.activeByCodes([code], tx);
    if (!r) throw invalidField('body.reason', 'error.frontdesk.unknown_reason', { code });
    return r;
  }

  async function siteFor(siteId: number) {
    try {
      return await ctx.services.sites.get(siteId);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) throw invalidField('body.siteId', 'error.unknown_site');
      throw e;
    }
  }

  async function checkOrganisation(id: number) {
    try {
      await ctx.services.organisations.get(id);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) throw invalidField('body.orientationOrganisationId', 'error.unknown_organisation');
      throw e;
    }
  }

  async function checkPerson(personId: number, tx: Tx) {
    try {
      await ctx.services.people.assertLinkable(personId, tx);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) throw invalidField('body.personId', 'error.unknown_person');
      throw e;
    }
  }

  /** The instant a visit input tells: `at`, or a Brussels wall time, or undefined. */
  function instantOf(input: { at?: Date; date?: string; time?: string }): Date | undefined {
    if (input.at) return input.at;
    if (input.date && input.time) {
      const at = brusselsWallTime(input.date, input.time);
      if (!at) throw invalidField('body.time', 'error.time_does_not_exist');
      return at;
    }
    return undefined;
  }

  /** Visits with what a screen shows: the person's name, the reason, the orientation's name. */
  async function present(rows: VisitRow[]) {
    const [reasons, orgs, sitesList, profiles] = await Promise.all([
      reasonList.items(true),
      rows.some((r) => r.orientationOrganisationId) ? ctx.services.organisations.list({ includeInactive: true }) : Promise.resolve([]),
      ctx.services.sites.list(true),
      ctx.services.people.profiles([...new Set(rows.map((r) => r.personId).filter((x): x is number => x !== null))]),
    ]);
    const reasonById = new Map(reasons.map((r) => [r.id, r]));
    const orgById = new Map(orgs.map((o) => [o.id, o]));
    const siteById = new Map(sitesList.map((s) => [s.id, s]));
    const personById = new Map(profiles.map((p) => [p.id, p]));
    return rows.map((v) => {
      const reason = reasonById.get(v.reasonId)!;
      const p = v.personId ? personById.get(v.personId) : undefined;
      const org = v.orientationOrganisationId ? orgById.get(v.orientationOrganisationId) : undefined;
      return {
        id: v.id,
        at: v.at.toISOString(),
        localDate: brusselsDay(v.at),
        localTime: brusselsTime(v.at),
        siteId: v.siteId,
        siteName: siteById.get(v.siteId)?.name ?? null,
        personId: v.personId,
        person: p ? { id: p.id, firstName: p.firstName, lastName: p.lastName, erased: p.erased } : null,
        reason: { id: reason.id, code: reason.code, labelFr: reason.labelFr, labelNl: reason.labelNl, labelEn: reason.labelEn },
        orientationService: v.orientationService,
        orientationOrganisation: org ? { id: org.id, name: org.name } : null,
        outOfHours: v.outOfHours,
        note: v.note,
        createdBy: v.createdBy,
      };
    });
  }
  type Visit = Awaited<ReturnType<typeof present>>[number];

  async function load(id: number, tx: typeof db | Tx = db): Promise<VisitRow> {
    const [v] = await tx.select().from(frontdeskVisits).where(eq(frontdeskVisits.id, id));
    if (!v) throw notFound('what.visit');
    return v;
  }

  function dayRange(from: string, to: string): SQL {
    return and(gte(frontdeskVisits.at, brusselsInstant(from)), lt(frontdeskVisits.at, brusselsInstant(nextDay(to))))!;
  }

  type StatsRow = { period: string | null; reasonId: number | null; orientation: string | null; g: number; total: number; anonymous: number; outOfHours: number; distinctPeople: number };

  /**
   * The counts of `stats`: per period, per period and reason, per period and orientation (`g` tells them apart),
   * and the whole period unless it is one period.
   */
  async function statsRows(from: string, to: string, groupBy: StatsQuery['groupBy'], siteId: number | undefined, onePeriod: boolean): Promise<StatsRow[]> {
    const where = and(dayRange(from, to), siteId ? eq(frontdeskVisits.siteId, siteId) : undefined);
    const keyLength = groupBy === 'day' ? 10 : groupBy === 'month' ? 7 : 4;
    const period = onePeriod ? sql<string>`${sql.raw(`'${from.slice(0, keyLength)}'`)}::text` : periodSql(groupBy);
    const orientation = sql<string>`coalesce(${frontdeskVisits.orientationService}, 'organisation:' || ${frontdeskVisits.orientationOrganisationId}, 'none')`;
    const v = sql.raw('v');
    const res = await db.execute(sql`
      select period, reason_id as "reasonId", orientation, grouping(period, reason_id, orientation)::int as g, count(*)::int as total,
             (count(*) filter (where person_id is null))::int as anonymous, (count(*) filter (where out_of_hours))::int as "outOfHours",
             count(distinct person_id)::int as "distinctPeople"
      from (select ${period} as period, ${frontdeskVisits.reasonId} as reason_id, ${orientation} as orientation, ${frontdeskVisits.personId} as person_id,
                   ${frontdeskVisits.outOfHours} as out_of_hours
            from ${frontdeskVisits} where ${where}) ${v}
      group by grouping sets ((period), (period, reason_id), (period, orientation)${onePeriod ? sql`` : sql`, ()`})
      order by period`);
    return (res as unknown as { rows: StatsRow[] }).rows;
  }

  /**
   * What the annual report and the people-reached table read of a calendar year and of the year before, in one
   * statement read by hash: the visits counted per year and reason, then summed by grouping sets; the distinct
   * people per year from the distinct (year, person) pairs. (`count(distinct)` beside grouping sets, as `stats`
   * has them, makes PostgreSQL sort every visit of the period, on disk past `work_mem`.) A visit's year is a
   * comparison of its instant with the year's first one (no conversion to Brussels time), kept a boolean so that
   * the planner knows it has two values.
   */
  async function yearPairRows(year: number): Promise<StatsRow[]> {
    const where = dayRange(`${year - 1}-01-01`, `${year}-12-31`);
    const cur = sql`${frontdeskVisits.at} >= ${sql.raw(`'${brusselsInstant(`${year}-01-01`).toISOString()}'::timestamptz`)}`;
    const period = sql.raw(`case when cur then '${year}' else '${year - 1}' end`);
    const res = await db.execute(sql`
      select ${period} as period, reason_id as "reasonId", null as orientation, (grouping(cur, reason_id) << 1 | 1)::int as g, sum(n)::int as total,
             sum(anonymous)::int as anonymous, sum(out_of_hours)::int as "outOfHours", null::int as "distinctPeople"
      from (select ${cur} as cur, ${frontdeskVisits.reasonId} as reason_id, count(*) as n,
                   count(*) filter (where ${frontdeskVisits.personId} is null) as anonymous, count(*) filter (where ${frontdeskVisits.outOfHours}) as out_of_hours
            from ${frontdeskVisits} where ${where} group by 1, 2) v
      group by grouping sets ((cur), (cur, reason_id))
      union all
      select ${period}, null, null, -1, null, null, null, count(*)::int
      from (select distinct ${cur} as cur, ${frontdeskVisits.personId} from ${frontdeskVisits} where ${frontdeskVisits.personId} is not null and ${where}) d
      group by cur`);
    const rows = (res as unknown as { rows: StatsRow[] }).rows;
    const people = new Map(rows.filter((r) => r.g === -1).map((r) => [r.period, r.distinctPeople]));
    return rows.filter((r) => r.g !== -1).map((r) => (r.g === 3 ? { ...r, distinctPeople: people.get(r.period) ?? 0 } : r));
  }

  /** The reference lists the statistics name their counts with (read once per request). */
  async function statsLists(memo: Memo) {
    const [reasons, orgs] = await Promise.all([
      memo.get('frontdesk.reasons', () => service.reasons(true)),
      memo.get('organisations.all', () => ctx.services.organisations.list({ includeInactive: true })),
    ]);
    return { reasons, orgs };
  }

  /** The statistics of a period from its counts (`statsRows`). */
  function statsOf(
    p: { from: string; to: string; groupBy: StatsQuery['groupBy']; siteId: number | null },
    rows: StatsRow[],
    onePeriod: boolean,
    { reasons, orgs }: Awaited<ReturnType<typeof statsLists>>,
  ) {
    // grouping(period, reason_id, orientation): 3 a period's totals, 1 by reason, 2 by orientation, 7 the whole period
    const byPeriod = rows.filter((r) => r.g === 3).map(({ period, total, anonymous, outOfHours, distinctPeople }) => ({ period: period!, total, anonymous, outOfHours, distinctPeople }));
    const byPeriodReason = rows.filter((r) => r.g === 1).map((r) => ({ period: r.period!, reasonId: r.reasonId!, count: r.total }));
    const byPeriodOrientation = rows.filter((r) => r.g === 2).map((r) => ({ period: r.period!, orientation: r.orientation!, count: r.total }));
    const totalRows = onePeriod ? null : rows.filter((r) => r.g === 7);
    const totals = totalRows?.[0] ?? byPeriod[0] ?? { total: 0, anonymous: 0, outOfHours: 0, distinctPeople: 0 };
    const reasonById = new Map(reasons.map((r) => [r.id, r]));
    const orgById = new Map(orgs.map((o) => [o.id, o]));
    const periods = byPeriod.map((p) => ({ ...p, byReason: {} as Record<string, number>, byOrientation: {} as Record<string, number> }));
    const periodIndex = new Map(periods.map((p) => [p.period, p]));
    const reasonTotals = new Map<string, number>();
    for (const r of byPeriodReason) {
      const code = reasonById.get(r.reasonId)!.code;
      periodIndex.get(r.period)!.byReason[code] = r.count;
      reasonTotals.set(code, (reasonTotals.get(code) ?? 0) + r.count);
    }
    const orientationTotals = new Map<string, number>();
    for (const o of byPeriodOrientation) {
      periodIndex.get(o.period)!.byOrientation[o.orientation] = o.count;
      orientationTotals.set(o.orientation, (orientationTotals.get(o.orientation) ?? 0) + o.count);
    }
    const describeOrientation = (key: string) => {
      if (key === 'none') return { key, kind: 'none' as const, code: null, organisationId: null, name: null };
      if (key.startsWith('organisation:')) {
        const organisationId = Number(key.slice('organisation:'.length));
        return { key, kind: 'organisation' as const, code: null, organisationId, name: orgById.get(organisationId)?.name ?? null };
      }
      return { key, kind: 'service' as const, code: key, organisationId: null, name: null };
    };
    return {
      from: p.from,
      to: p.to,
      groupBy: p.groupBy,
      siteId: p.siteId,
      total: totals.total,
      anonymous: totals.anonymous,
      identified: totals.total - totals.anonymous,
      distinctPeople: totals.distinctPeople,
      outOfHours: totals.outOfHours,
      periods,
      byReason: reasons
        .filter((r) => r.active || reasonTotals.has(r.code))
        .map((r) => ({ code: r.code, labelFr: r.labelFr, labelNl: r.labelNl, labelEn: r.labelEn, count: reasonTotals.get(r.code) ?? 0 })),
      byOrientation: [...orientationTotals]
        .sort((a, b) => b[1] - a[1])
        .map(([key, count]) => ({ ...describeOrientation(key), count })),
    };
  }

  const service = {
    /** The list of reasons (its service and its routes). */
    reasonList,
    reasons: reasonList.items,

    async logVisit(actor: Actor, input: VisitInput): Promise<Visit> {
      if (input.orientationService && input.orientationOrganisationId)
        throw invalidField('body.orientationOrganisationId', 'error.frontdesk.one_orientation');
      const at = instantOf(input) ?? clock.now();
      const site = await siteFor(input.siteId);
      if (input.orientationOrganisationId) await checkOrganisation(input.orientationOrganisationId);
      const reason = await reasonByCode(input.reason);
      const row = await db.transaction(async (tx) => {
        if (input.personId) await checkPerson(input.personId, tx);
        const [v] = await tx
          .insert(frontdeskVisits)
          .values({
            at,
            siteId: site.id,
            personId: input.personId ?? null,
            reasonId: reason.id,
            orientationService: input.orientationService ?? null,
            orientationOrganisationId: input.orientationOrganisationId ?? null,
            outOfHours: outsideOpeningHours(site.openingHours, at),
            note: input.note || null,
            createdBy: actor.userId,
          })
          .returning();
        if (v.personId) await ctx.services.people.touch(v.personId, at, tx);
        await audit.record(actor, { action: 'frontdesk.visit_create', entityType: 'frontdesk_visit', entityId: v.id, details: { personId: v.personId } }, tx);
        return v;
      });
      return (await present([row]))[0];
    },

    async updateVisit(actor: Actor, id: number, patch: VisitPatch): Promise<Visit> {
      const before = await load(id);
      // Choosing one kind of orientation clears the other.
      const orientationService = patch.orientationService !== undefined ? patch.orientationService : patch.orientationOrganisationId ? null : before.orientationService;
      const orientationOrganisationId =
        patch.orientationOrganisationId !== undefined ? patch.orientationOrganisationId : patch.orientationService ? null : before.orientationOrganisationId;
      if (orientationService && orientationOrganisationId) throw invalidField('body.orientationOrganisationId', 'error.frontdesk.one_orientation');
      const site = await siteFor(patch.siteId ?? before.siteId);
      if (patch.orientationOrganisationId) await checkOrganisation(patch.orientationOrganisationId);
      const at = instantOf(patch) ?? before.at;
      const row = await db.transaction(async (tx) => {
        const reasonId = patch.reason ? (await reasonByCode(patch.reason, tx)).id : before.reasonId;
        if (patch.personId) await checkPerson(patch.personId, tx);
        const [v] = await tx
          .update(frontdeskVisits)
          .set({
            at,
            siteId: site.id,
            personId: patch.personId !== undefined ? patch.personId : before.personId,
            reasonId,
            orientationService,
            orientationOrganisationId,
            outOfHours: outsideOpeningHours(site.openingHours, at),
            note: patch.note !== undefined ? patch.note || null : before.note,
            updatedAt: clock.now(),
          })
          .where(eq(frontdeskVisits.id, id))
          .returning();
        if (!v) throw notFound('what.visit');
        await audit.record(actor, { action: 'frontdesk.visit_update', entityType: 'frontdesk_visit', entityId: id, details: { fields: Object.keys(patch) } }, tx);
        return v;
      });
      return (await present([row]))[0];
    },

    async deleteVisit(actor: Actor, id: number): Promise<void> {
      await db.transaction(async (tx) => {
        const [v] = await tx.delete(frontdeskVisits).where(eq(frontdeskVisits.id, id)).returning();
        if (!v) throw notFound('what.visit');
        await audit.record(actor, { action: 'frontdesk.visit_delete', entityType: 'frontdesk_visit', entityId: id, details: { personId: v.personId, at: v.at.toISOString() } }, tx);
      });
    },

    /** One site's day: every visit (latest first), the running count, and the day's opening hours. */
    async day(opts: { siteId: number; date?: string }) {
      const date = opts.date ?? brusselsDay(clock.now());
      let site;
      try {
        site = await ctx.services.sites.get(opts.siteId);
      } catch (e) {
        if (e instanceof AppError && e.status === 404) throw invalidField('querystring.siteId', 'error.unknown_site');
        throw e;
      }
      const rows = await db
        .select()
        .from(frontdeskVisits)
        .where(and(eq(frontdeskVisits.siteId, site.id), dayRange(date, date)))
        .orderBy(desc(frontdeskVisits.at), desc(frontdeskVisits.id));
      const items = await present(rows);
      const byReason = new Map<string, number>();
      for (const v of items) byReason.set(v.reason.code, (byReason.get(v.reason.code) ?? 0) + 1);
      return {
        date,
        site: { id: site.id, name: site.name },
        openingHours: site.openingHours.filter((p) => p.weekday === isoWeekday(date)).map(({ from, to }) => ({ from, to })),
        count: items.length,
        anonymous: items.filter((v) => !v.personId).length,
        outOfHours: items.filter((v) => v.outOfHours).length,
        byReason: [...byReason].map(([code, count]) => ({ code, count })),
        items,
      };
    },

    /**
     * Counts per day, month or year, by reason and by orientation, over a period (default: this year): one
     * statement (grouping sets: per period, per period and reason, per period and orientation, and the whole
     * period). `memo` is the request's: the reference lists are read once per request.
     */
    async stats(q: StatsQuery, memo: Memo = createMemo()) {
      // ?year= or ?from=&to= like every statistics route (a year asked was ignored: the page and the report disagreed)
      const { from, to } = resolvePeriod(q, clock);
      if (to < from) throw invalidField('querystring.to', 'error.end_before_start');
      // A period that fits in one bucket (a year grouped by year...) has one key, known without converting
      // every visit's time to Brussels time (slow: to_char and a time-zone conversion per row), and its
      // totals are its only period's (no grouping set of its own).
      const keyLength = q.groupBy === 'day' ? 10 : q.groupBy === 'month' ? 7 : 4;
      const onePeriod = from.slice(0, keyLength) === to.slice(0, keyLength) && /^\d{4}(-\d{2}){0,2}$/.test(from.slice(0, keyLength));
      const [rows, lists] = await Promise.all([statsRows(from, to, q.groupBy, q.siteId, onePeriod), statsLists(memo)]);
      return statsOf({ from, to, groupBy: q.groupBy, siteId: q.siteId ?? null }, rows, onePeriod, lists);
    },

    orientationLabel(o: { kind: 'none' | 'organisation' | 'service'; code: string | null; name: string | null }, locale: Locale): string {
      if (o.kind === 'organisation') return o.name ?? '?';
      if (o.kind === 'none') return translate(locale, 'frontdesk.orientation.none');
      return translate(locale, `frontdesk.service.${o.code}`);
    },

    /** The person's front-desk visits, for the person's timeline. */
    async timeline(personId: number, viewer: SessionUser) {
      const rows = await db.select().from(frontdeskVisits).where(eq(frontdeskVisits.personId, personId)).orderBy(desc(frontdeskVisits.at));
      const visits = await present(rows);
      return visits.map((v) => ({
        at: v.at,
        module: 'frontdesk',
        kind: 'timeline.frontdesk_visit',
        summary: labelOf(v.reason, viewer.locale),
        data: {
          visitId: v.id,
          siteName: v.siteName,
          reason: v.reason.code,
          orientationService: v.orientationService,
          orientationOrganisation: v.orientationOrganisation?.name ?? null,
          outOfHours: v.outOfHours,
        },
      }));
    },

    /**
     * A calendar year's figures (visits, anonymous, distinct people, out of hours, by reason), once per request:
     * the report's section and the reach line read the same.
     * A year's figures stand beside the year before's (the report, the people-reached table): both are counted
     * in one statement (`yearPairRows`), and the year before's is kept in the memo for when it is asked.
     */
    yearStats(year: number, memo: Memo = createMemo()) {
      return memo.get(`frontdesk.year:${year}`, () => {
        const both = Promise.all([yearPairRows(year), statsLists(memo)]).then(([rows, lists]) =>
          [year, year - 1].map((y) => {
            // (no orientation: the report does not show it, and the year's rows hold none)
            const { total, anonymous, identified, distinctPeople, outOfHours, byReason } = statsOf(
              { from: `${y}-01-01`, to: `${y}-12-31`, groupBy: 'year', siteId: null },
              rows.filter((r) => r.period === String(y)),
              true,
              lists,
            );
            return { year: y, total, anonymous, identified, distinctPeople, outOfHours, byReason };
          }),
        );
        // (a failure is the year's, reported by it: the year before's promise is not left unhandled)
        memo.get(`frontdesk.year:${year - 1}`, () => both.then(([, before]) => before)).catch(() => undefined);
        return both.then(([current]) => current);
      });
    },

    /** Reach: every visit in the year is a participation; anonymous visitors are counted too. */
    async reachLine(year: number, memo: Memo = createMemo()) {
      const where = dayRange(`${year}-01-01`, `${year}-12-31`);
      const r = await service.yearStats(year, memo);
      return {
        key: 'front_desk',
        labelKey: 'reach.front_desk',
        unit: 'participations' as const,
        value: r.total,
        participations: r.total,
        anonymous: r.anonymous,
        distinctPeople: r.distinctPeople,
        personIds: sql`select distinct ${frontdeskVisits.personId} as person_id from ${frontdeskVisits} where ${frontdeskVisits.personId} is not null and ${where}`,
      };
    },

    /** GDPR erasure: the free-text note of a visit may identify the person. */
    async erase(tx: Tx, personId: number) {
      await tx.update(frontdeskVisits).set({ note: null }).where(eq(frontdeskVisits.personId, personId));
    },
  };
  return service;
}

export const INTERNAL_SERVICE_CODES = INTERNAL_SERVICES;
