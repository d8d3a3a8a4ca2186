import { and, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import { brusselsDay, brusselsInstant, nextDay } from '../../platform/brussels-time';
import { figure, previousPeriod, resolvePeriod, type Period } from '../../platform/stats';
import { CONTRACT_TYPES, offersOffers } from './offers.table';
import type { OffersCore, OffersDeps } from './offers.core';
import type { OffersExhibitorsPart } from './offers.exhibitors';

const avg = (sum: number, n: number) => (n > 0 ? Math.round((sum / n) * 10) / 10 : null);

/**
 * The figures of a period: exhibitors of the events held in it (by the event's first day; without the events
 * module, by the day the exhibitor was recorded), their offers and positions, the job seekers they met; and the
 * offers published in the period, whatever their source.
 */
export function createOffersStats(deps: OffersDeps & { core: OffersCore; exhibitors: OffersExhibitorsPart }) {
  const { db, clock, core } = deps;

  async function compute(period: Period) {
      const all = await deps.exhibitors.all();
      const events = await core.events(all.map((e) => e.eventId));
      const dayOf = (e: (typeof all)[number]) => {
        const ev = events.get(e.eventId);
        return ev?.startsAt ? brusselsDay(new Date(ev.startsAt)) : brusselsDay(e.createdAt);
      };
      const inPeriod = all.filter((e) => dayOf(e) >= period.from && dayOf(e) <= period.to);
      const exhibitorIds = inPeriod.map((e) => e.id);
      const [fair, published] = await Promise.all([
        exhibitorIds.length
          ? db
              .select({ exhibitorId: offersOffers.exhibitorId, contractType: offersOffers.contractType, offers: sql<number>`count(*)::int`, positions: sql<number>`sum(${offersOffers.positions})::int` })
              .from(offersOffers)
              .where(and(inArray(offersOffers.exhibitorId, exhibitorIds), ne(offersOffers.status, 'draft')))
              .groupBy(offersOffers.exhibitorId, offersOffers.contractType)
          : Promise.resolve([]),
        db
          .select({ offers: sql<number>`count(*)::int`, positions: sql<number>`coalesce(sum(${offersOffers.positions}), 0)::int` })
          .from(offersOffers)
          .where(and(gte(offersOffers.publishedAt, brusselsInstant(period.from)), lt(offersOffers.publishedAt, brusselsInstant(nextDay(period.to))))),
      ]);
      const summarise = (rows: typeof inPeriod) => {
        const ids = new Set(rows.map((r) => r.id));
        const mine = fair.filter((f) => ids.has(f.exhibitorId!));
        const met = rows.reduce((n, r) => n + r.metCount, 0);
        return {
          exhibitors: rows.length,
          employers: rows.filter((r) => r.kind === 'employer').length,
          training: rows.filter((r) => r.kind === 'training').length,
          support: rows.filter((r) => r.kind === 'support').length,
          offers: mine.reduce((n, f) => n + f.offers, 0),
          positions: mine.reduce((n, f) => n + f.positions, 0),
          met,
          metPerExhibitor: avg(met, rows.length),
        };
      };
      const total = summarise(inPeriod);
      const eventIds = [...new Set(inPeriod.map((e) => e.eventId))].sort((a, b) => a - b);
      return {
        from: period.from,
        to: period.to,
        exhibitors: total.exhibitors,
        employers: total.employers,
        training: total.training,
        support: total.support,
        fairOffers: total.offers,
        fairPositions: total.positions,
        met: total.met,
        metPerExhibitor: total.metPerExhibitor,
        offersPublished: published[0]?.offers ?? 0,
        positionsPublished: published[0]?.positions ?? 0,
        events: eventIds.map((id) => {
          const { offers, positions, ...rest } = summarise(inPeriod.filter((e) => e.eventId === id));
          return { event: events.get(id)!, ...rest, offers, positions };
        }),
        byContract: CONTRACT_TYPES.map((c) => {
          const rows = fair.filter((f) => f.contractType === c);
          return { contractType: c, offers: rows.reduce((n, f) => n + f.offers, 0), positions: rows.reduce((n, f) => n + f.positions, 0) };
        }).filter((c) => c.offers > 0),
      };
  }

  return {
    /** The period's figures, the headline ones beside the period before (platform/stats.ts figures). */
    async stats(q: { year?: number; from?: string; to?: string }) {
      const period = resolvePeriod(q, clock);
      const [now, before] = await Promise.all([compute(period), compute(previousPeriod(period))]);
      return {
        ...now,
        figures: {
          exhibitors: figure(now.exhibitors, before.exhibitors),
          fairOffers: figure(now.fairOffers, before.fairOffers),
          fairPositions: figure(now.fairPositions, before.fairPositions),
          met: figure(now.met, before.met),
          metPerExhibitor: figure(now.metPerExhibitor, before.metPerExhibitor, 'decimal'),
          offersPublished: figure(now.offersPublished, before.offersPublished),
        },
      };
    },
  };
}
