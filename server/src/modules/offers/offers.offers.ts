import { and, asc, count, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import type { Tx } from '../../platform/db/database';
import { invalidField, notFound } from '../../platform/http/errors';
import { offersOffers } from './offers.table';
import type { OfferInput, OfferPatch, OffersQuery, PublicOffersQuery } from './offers.schemas';
import type { OffersCore, OffersDeps, OfferRow } from './offers.core';

/** What a later module reads of an offer (see public.ts). */
export interface OfferSummary {
  id: number;
  title: { fr: string; nl: string; en: string | null };
  employer: { id: number; name: string };
  status: OfferRow['status'];
  validThrough: string;
  commune: string | null;
}

const searchOf = (q: string): SQL =>
  sql`relais_normalise(${offersOffers.titleFr} || ' ' || ${offersOffers.titleNl} || ' ' || coalesce(${offersOffers.titleEn}, '') || ' ' || coalesce(${offersOffers.commune}, '')) like '%' || relais_normalise(${q}) || '%'`;

/** Job offers: staff's list and edits, the public list of published, valid offers. */
export function createOffersPart(deps: OffersDeps & { core: OffersCore }) {
  const { db, clock, audit, core } = deps;

  async function load(id: number, tx: Tx | typeof db = db): Promise<OfferRow> {
    const [o] = await tx.select().from(offersOffers).where(eq(offersOffers.id, id));
    if (!o) throw notFound('what.offer');
    return o;
  }

  /** A published offer must still be valid on the day it is published. */
  function checkPublishable(status: string, validThrough: string) {
    if (status === 'published' && validThrough < core.today()) throw invalidField('body.validThrough', 'error.offers.valid_through_past');
  }

  /** The public rule: published, and valid today or later (whether or not the nightly job ran). */
  const publicWhere = () => and(eq(offersOffers.status, 'published'), gte(offersOffers.validThrough, core.today()));

  const part = {
    load,

    async list(q: OffersQuery) {
      const day = core.today();
      const statusWhere =
        q.status === 'expired'
          ? sql`(${offersOffers.status} = 'expired' or (${offersOffers.status} = 'published' and ${offersOffers.validThrough} < ${day}))`
          : q.status === 'published'
            ? and(eq(offersOffers.status, 'published'), gte(offersOffers.validThrough, day))
            : q.status
              ? eq(offersOffers.status, q.status)
              : undefined;
      const where = and(
        statusWhere,
        q.source ? eq(offersOffers.source, q.source) : undefined,
        q.eventId ? eq(offersOffers.eventId, q.eventId) : undefined,
        q.organisationId ? eq(offersOffers.organisationId, q.organisationId) : undefined,
        q.q ? searchOf(q.q) : undefined,
      );
      const [rows, [{ n }]] = await Promise.all([
        db.select().from(offersOffers).where(where).orderBy(desc(offersOffers.updatedAt), desc(offersOffers.id)).limit(q.limit).offset(q.offset),
        db.select({ n: count() }).from(offersOffers).where(where),
      ]);
      return { items: await core.presentOffers(rows), total: n };
    },

    async get(id: number) {
      return (await core.presentOffers([await load(id)]))[0];
    },

    async create(actor: Actor, input: OfferInput) {
      await core.checkOrganisation(input.organisationId);
      if (input.eventId) await core.checkEvent(input.eventId);
      checkPublishable(input.status, input.validThrough);
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const exhibitorId = input.eventId ? await core.exhibitorOf(input.eventId, input.organisationId, tx) : null;
        const [o] = await tx
          .insert(offersOffers)
          .values({
            ...input,
            eventId: input.eventId ?? null,
            exhibitorId,
            publishedAt: input.status === 'published' ? now : null,
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        await audit.record(actor, { action: 'offer.create', entityType: 'offer', entityId: o.id, details: { status: o.status, source: o.source } }, tx);
        return o;
      });
      return (await core.presentOffers([row]))[0];
    },

    async update(actor: Actor, id: number, patch: OfferPatch) {
      const before = await load(id);
      if (patch.organisationId !== undefined && patch.organisationId !== before.organisationId) await core.checkOrganisation(patch.organisationId);
      if (patch.eventId) await core.checkEvent(patch.eventId);
      const status = patch.status ?? before.status;
      const validThrough = patch.validThrough ?? before.validThrough;
      if (patch.status === 'published' || (status === 'published' && patch.validThrough)) checkPublishable(status, validThrough);
      if (patch.workingTime === undefined && patch.hoursPerWeek != null && before.workingTime === 'full_time' && patch.hoursPerWeek < 30)
        throw invalidField('body.hoursPerWeek', 'error.offers.full_time_hours');
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const eventId = patch.eventId !== undefined ? patch.eventId : before.eventId;
        const organisationId = patch.organisationId ?? before.organisationId;
        const exhibitorId = eventId ? ((await core.exhibitorOf(eventId, organisationId, tx)) ?? null) : null;
        const [o] = await tx
          .update(offersOffers)
          .set({ ...patch, exhibitorId, updatedAt: now, publishedAt: status === 'published' && !before.publishedAt ? now : before.publishedAt })
          .where(eq(offersOffers.id, id))
          .returning();
        await audit.record(actor, { action: 'offer.update', entityType: 'offer', entityId: id, details: { fields: Object.keys(patch), status: o.status } }, tx);
        return o;
      });
      return (await core.presentOffers([row]))[0];
    },

    async remove(actor: Actor, id: number) {
      await db.transaction(async (tx) => {
        const [o] = await tx.delete(offersOffers).where(eq(offersOffers.id, id)).returning({ id: offersOffers.id });
        if (!o) throw notFound('what.offer');
        await audit.record(actor, { action: 'offer.delete', entityType: 'offer', entityId: id }, tx);
      });
    },

    /** Rows for the export (every matching offer, not a page). */
    async exportRows(q: { status?: OffersQuery['status']; eventId?: number }) {
      const { items } = await part.list({ ...q, limit: 100_000, offset: 0 } as OffersQuery);
      return items;
    },

    async publicList(q: PublicOffersQuery) {
      const where = and(publicWhere(), q.eventId ? eq(offersOffers.eventId, q.eventId) : undefined, q.contractType ? eq(offersOffers.contractType, q.contractType) : undefined, q.q ? searchOf(q.q) : undefined);
      const [rows, [{ n }]] = await Promise.all([
        db.select().from(offersOffers).where(where).orderBy(desc(offersOffers.publishedAt), desc(offersOffers.id)).limit(q.limit).offset(q.offset),
        db.select({ n: count() }).from(offersOffers).where(where),
      ]);
      return { items: await core.presentPublic(rows), total: n };
    },

    async publicGet(id: number) {
      const [o] = await db.select().from(offersOffers).where(and(eq(offersOffers.id, id), publicWhere()));
      if (!o) throw notFound('what.offer');
      return (await core.presentPublic([o]))[0];
    },

    /** The published offers of one event, for its fair guide. */
    async publicOfEvent(eventId: number) {
      const rows = await db.select().from(offersOffers).where(and(publicWhere(), eq(offersOffers.eventId, eventId))).orderBy(asc(offersOffers.titleFr), asc(offersOffers.id));
      return core.presentPublic(rows);
    },

    /** For later modules (matching): the ids of the offers open today (published, valid today or later). */
    async openIds(): Promise<number[]> {
      const rows = await db.select({ id: offersOffers.id }).from(offersOffers).where(publicWhere());
      return rows.map((r) => r.id);
    },

    /** For later modules (matching): title, employer and status of some offers (an unknown id is left out). */
    async summaries(ids: readonly number[]): Promise<Map<number, OfferSummary>> {
      const unique = [...new Set(ids)];
      if (!unique.length) return new Map();
      const rows = await db
        .select({ id: offersOffers.id, titleFr: offersOffers.titleFr, titleNl: offersOffers.titleNl, titleEn: offersOffers.titleEn, organisationId: offersOffers.organisationId, status: offersOffers.status, validThrough: offersOffers.validThrough, commune: offersOffers.commune })
        .from(offersOffers)
        .where(inArray(offersOffers.id, unique));
      const names = await core.organisationNames(rows.map((r) => r.organisationId));
      const day = core.today();
      return new Map(
        rows.map((r) => [
          r.id,
          {
            id: r.id,
            title: { fr: r.titleFr, nl: r.titleNl, en: r.titleEn },
            employer: { id: r.organisationId, name: names.get(r.organisationId)?.name ?? `#${r.organisationId}` },
            status: core.effectiveStatus(r, day),
            validThrough: r.validThrough,
            commune: r.commune,
          },
        ]),
      );
    },

    /** The nightly rule made durable: published offers past their last day become expired. */
    async expireDue(now: Date) {
      const day = core.today();
      const done = await db
        .update(offersOffers)
        .set({ status: 'expired', updatedAt: now })
        .where(and(eq(offersOffers.status, 'published'), lt(offersOffers.validThrough, day)))
        .returning({ id: offersOffers.id });
      return done.length;
    },
  };
  return part;
}
export type OffersPart = ReturnType<typeof createOffersPart>;
