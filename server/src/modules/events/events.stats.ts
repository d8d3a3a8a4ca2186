import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { SessionUser } from '../../platform/auth/auth.service';
import type { Tx } from '../../platform/db/database';
import type { TimelineEntry } from '../../platform/registries';
import { brusselsDay, brusselsInstant, nextDay } from '../../platform/brussels-time';
import { figure, previousPeriod, ratio, resolvePeriod, type Period } from '../../platform/stats';
import { eventCheckins, eventDoorCounts, eventRegistrations, events, EVENT_KINDS } from './events.table';
import type { StatsQuery } from './events.schemas';
import { titleOf, type EventsCore, type EventsDeps } from './events.core';

/** Statistics of the events (the page, the report, the people reached), the timeline and erasure. */
export function createEventsStats(deps: EventsDeps & { core: EventsCore }) {
  const { db, clock } = deps;

  /** Events starting within the period, with their figures. */
  async function perEvent(p: Period, kind?: string) {
    const rows = await db
      .select()
      .from(events)
      .where(
        and(
          gte(events.startsAt, brusselsInstant(p.from)),
          lt(events.startsAt, brusselsInstant(nextDay(p.to))),
          sql`${events.status} <> 'cancelled'`,
          kind ? eq(events.kind, kind as (typeof EVENT_KINDS)[number]) : undefined,
        ),
      )
      .orderBy(asc(events.startsAt), asc(events.id));
    const ids = rows.map((r) => r.id);
    if (!ids.length) return [];
    const [regs, checks, doors] = await Promise.all([
      db
        .select({ eventId: eventRegistrations.eventId, n: sql<number>`count(*)::int` })
        .from(eventRegistrations)
        .where(and(inArray(eventRegistrations.eventId, ids), inArray(eventRegistrations.status, ['registered', 'offered'])))
        .groupBy(eventRegistrations.eventId),
      db
        .select({
          eventId: eventCheckins.eventId,
          n: sql<number>`count(*)::int`,
          people: sql<number>`count(distinct ${eventRegistrations.personId})::int`,
        })
        .from(eventCheckins)
        .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventCheckins.registrationId))
        .where(inArray(eventCheckins.eventId, ids))
        .groupBy(eventCheckins.eventId),
      db
        .select({ eventId: eventDoorCounts.eventId, n: sql<number>`count(*)::int` })
        .from(eventDoorCounts)
        .where(and(inArray(eventDoorCounts.eventId, ids), isNull(eventDoorCounts.undoneAt), eq(eventDoorCounts.direction, 'in')))
        .groupBy(eventDoorCounts.eventId),
    ]);
    const get = (list: { eventId: number; n: number }[], id: number) => list.find((x) => x.eventId === id)?.n ?? 0;
    return rows.map((e) => ({
      row: e,
      id: e.id,
      kind: e.kind,
      title: titleOf(e, 'fr'),
      date: brusselsDay(e.startsAt),
      registrations: get(regs, e.id),
      checkIns: get(checks, e.id),
      walkIns: get(doors, e.id),
      distinctPeople: checks.find((x) => x.eventId === e.id)?.people ?? 0,
    }));
  }

  /** Distinct identified people checked in at events starting within the period (SQL of person ids). */
  const peopleSql = (p: Period) =>
    sql`select distinct r.person_id from event_checkins c join event_registrations r on r.id = c.registration_id join events e on e.id = c.event_id
        where r.person_id is not null and e.status <> 'cancelled' and e.starts_at >= ${brusselsInstant(p.from).toISOString()}::timestamptz and e.starts_at < ${brusselsInstant(nextDay(p.to)).toISOString()}::timestamptz`;

  async function distinctPeople(p: Period, kind?: string) {
    const res = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from (${peopleSql(p)} ${kind ? sql`and e.kind = ${kind}` : sql``}) x`,
    );
    const rows = (res as unknown as { rows?: { n: number }[] }).rows ?? (res as unknown as { n: number }[]);
    return Number(rows[0]?.n ?? 0);
  }

  async function totals(p: Period, kind?: string) {
    const list = await perEvent(p, kind);
    const sum = (k: 'registrations' | 'checkIns' | 'walkIns') => list.reduce((s, e) => s + e[k], 0);
    return { list, events: list.length, registrations: sum('registrations'), checkIns: sum('checkIns'), walkIns: sum('walkIns'), distinctPeople: await distinctPeople(p, kind) };
  }

  const stats = {
    async stats(q: StatsQuery) {
      const p = resolvePeriod(q, clock);
      const [cur, prev] = await Promise.all([totals(p, q.kind), totals(previousPeriod(p), q.kind)]);
      const byKind = EVENT_KINDS.map((kind) => {
        const l = cur.list.filter((e) => e.kind === kind);
        return { kind, events: l.length, registrations: l.reduce((s, e) => s + e.registrations, 0), checkIns: l.reduce((s, e) => s + e.checkIns, 0), walkIns: l.reduce((s, e) => s + e.walkIns, 0) };
      }).filter((k) => k.events > 0);
      const months = [...new Set(cur.list.map((e) => e.date.slice(0, 7)))].sort();
      return {
        from: p.from,
        to: p.to,
        events: figure(cur.events, prev.events),
        registrations: figure(cur.registrations, prev.registrations),
        checkIns: figure(cur.checkIns, prev.checkIns),
        walkIns: figure(cur.walkIns, prev.walkIns),
        distinctPeople: figure(cur.distinctPeople, prev.distinctPeople),
        showRate: figure(ratio(cur.checkIns, cur.registrations), ratio(prev.checkIns, prev.registrations), 'percent'),
        byKind,
        byMonth: months.map((month) => {
          const l = cur.list.filter((e) => e.date.startsWith(month));
          return { month, events: l.length, checkIns: l.reduce((s, e) => s + e.checkIns, 0), walkIns: l.reduce((s, e) => s + e.walkIns, 0) };
        }),
        perEvent: cur.list.map(({ row: _r, ...e }) => e),
      };
    },

    /** The people-reached lines of a year: distinct identified people, and the door counter's head count. */
    async reachLines(year: number) {
      const p: Period = { from: `${year}-01-01`, to: `${year}-12-31`, year };
      const t = await totals(p);
      return [
        {
          key: 'events_identified',
          labelKey: 'reach.events_identified',
          unit: 'distinct_people' as const,
          value: t.distinctPeople,
          distinctPeople: t.distinctPeople,
          participations: t.checkIns,
          personIds: sql`select person_id from (${peopleSql(p)}) x`,
        },
        { key: 'events_door', labelKey: 'reach.events_door', unit: 'participations' as const, value: t.walkIns, participations: t.walkIns, anonymous: t.walkIns },
      ];
    },

    yearTotals: (year: number) => totals({ from: `${year}-01-01`, to: `${year}-12-31`, year }),

    async timeline(personId: number, _viewer: SessionUser): Promise<TimelineEntry[]> {
      const rows = await db
        .select({ r: eventRegistrations, e: events, c: eventCheckins })
        .from(eventRegistrations)
        .innerJoin(events, eq(events.id, eventRegistrations.eventId))
        .leftJoin(eventCheckins, eq(eventCheckins.registrationId, eventRegistrations.id))
        .where(eq(eventRegistrations.personId, personId));
      return rows.map(({ r, e, c }) => ({
        at: (c?.at ?? e.startsAt).toISOString(),
        module: 'events',
        kind: c ? 'timeline.attended' : `timeline.${r.status}`,
        summary: e.titleFr,
        link: `/events/${e.id}`,
        data: { eventId: e.id, status: r.status, checkedIn: !!c },
      }));
    },

    /** Erasure: what identifies the person in registrations goes; the registration and its check-in stay counted. */
    async erase(tx: Tx, personId: number) {
      await tx
        .update(eventRegistrations)
        .set({ firstName: '—', lastName: '—', email: null, phone: null, answers: {} })
        .where(and(eq(eventRegistrations.personId, personId), isNotNull(eventRegistrations.personId)));
    },
  };
  return stats;
}
