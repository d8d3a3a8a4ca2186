import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import type { Tx } from '../../platform/db/database';
import { AppError, invalidField, notFound } from '../../platform/http/errors';
import { brusselsDay, brusselsInstant, nextDay } from '../../platform/brussels-time';
import { offersExhibitors, offersOffers } from './offers.table';
import type { ExhibitorInput, ExhibitorOfferInput, ExhibitorOfferPatch, ExhibitorPatch, TallyInput } from './offers.schemas';
import { hashToken, newToken, type ExhibitorRow, type OffersCore, type OffersDeps } from './offers.core';
import type { OffersPart } from './offers.offers';

const LINK_DAYS_WITHOUT_EVENT = 60;

/** Exhibitors of an event, their private link (no account) and what they do through it: post offers, count job seekers met. */
export function createOffersExhibitors(deps: OffersDeps & { core: OffersCore; offers: OffersPart }) {
  const { db, clock, audit, core } = deps;

  async function load(id: number, tx: Tx | typeof db = db): Promise<ExhibitorRow> {
    const [e] = await tx.select().from(offersExhibitors).where(eq(offersExhibitors.id, id));
    if (!e) throw notFound('what.exhibitor');
    return e;
  }

  const linkState = (e: ExhibitorRow, now: Date): 'none' | 'revoked' | 'expired' | 'active' =>
    !e.linkTokenHash ? 'none' : e.linkRevokedAt ? 'revoked' : e.linkExpiresAt! <= now ? 'expired' : 'active';

  async function present(rows: ExhibitorRow[]) {
    const [names, events, totals] = await Promise.all([
      core.organisationNames(rows.map((r) => r.organisationId)),
      core.events(rows.map((r) => r.eventId)),
      rows.length
        ? db
            .select({ exhibitorId: offersOffers.exhibitorId, offers: sql<number>`count(*)::int`, positions: sql<number>`coalesce(sum(${offersOffers.positions}), 0)::int` })
            .from(offersOffers)
            .where(sql`${offersOffers.exhibitorId} is not null and ${offersOffers.status} <> 'draft'`)
            .groupBy(offersOffers.exhibitorId)
        : Promise.resolve([]),
    ]);
    const byExhibitor = new Map(totals.map((t) => [t.exhibitorId!, t]));
    const now = clock.now();
    return rows.map((e) => {
      const org = names.get(e.organisationId);
      return {
        id: e.id,
        eventId: e.eventId,
        event: events.get(e.eventId)!,
        organisation: { id: e.organisationId, name: org?.name ?? `#${e.organisationId}`, type: org?.type ?? 'other' },
        kind: e.kind,
        stand: e.stand,
        contactName: e.contactName,
        contactEmail: e.contactEmail,
        contactPhone: e.contactPhone,
        metCount: e.metCount,
        cvReceived: e.cvReceived,
        interviewsPlanned: e.interviewsPlanned,
        hired: e.hired,
        offers: byExhibitor.get(e.id)?.offers ?? 0,
        positions: byExhibitor.get(e.id)?.positions ?? 0,
        link: { state: linkState(e, now), expiresAt: e.linkExpiresAt?.toISOString() ?? null, createdAt: e.linkCreatedAt?.toISOString() ?? null },
      };
    });
  }

  /**
   * The exhibitor behind a private link, locked for the change that follows (so that a revocation and a late
   * post cannot cross): unknown link 404; revoked or expired 410, and nothing changes.
   */
  async function byToken(token: string, tx: Tx | typeof db, lock: boolean): Promise<ExhibitorRow> {
    const q = tx.select().from(offersExhibitors).where(eq(offersExhibitors.linkTokenHash, hashToken(token)));
    const [e] = lock ? await q.for('update') : await q;
    if (!e) throw notFound('what.exhibitor_link');
    if (e.linkRevokedAt) throw new AppError(410, 'error.offers.link_revoked');
    if (e.linkExpiresAt! <= clock.now()) throw new AppError(410, 'error.offers.link_expired');
    return e;
  }
  const linkActor = (e: ExhibitorRow, ip?: string): Actor => ({ userId: null, name: `exhibitor link #${e.id}`, ip: ip ?? null });

  const tallyColumns = { met: 'metCount', cvReceived: 'cvReceived', interviewsPlanned: 'interviewsPlanned', hired: 'hired' } as const;
  const countsOf = (e: ExhibitorRow) => ({ metCount: e.metCount, cvReceived: e.cvReceived, interviewsPlanned: e.interviewsPlanned, hired: e.hired });

  async function tallyOn(tx: Tx, e: ExhibitorRow, input: TallyInput, actor: Actor) {
    const set: Record<string, unknown> = { updatedAt: clock.now() };
    for (const [k, col] of Object.entries(tallyColumns)) {
      const d = input[k as keyof TallyInput];
      if (!d) continue;
      const next = e[col] + d;
      // Undoing more than was counted is refused (a count never goes below zero).
      if (next < 0) throw invalidField(`body.${k}`, 'error.offers.count_below_zero');
      set[col] = sql`${offersExhibitors[col]} + ${d}`;
    }
    const [row] = await tx.update(offersExhibitors).set(set).where(eq(offersExhibitors.id, e.id)).returning();
    await audit.record(actor, { action: 'exhibitor.tally', entityType: 'exhibitor', entityId: e.id, details: { ...input } }, tx);
    return countsOf(row);
  }

  const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });
  /** By stand in natural order (A2 before A10), exhibitors without a stand last. */
  const byStand = (a: { stand: string | null }, b: { stand: string | null }) => (a.stand === b.stand ? 0 : a.stand === null ? 1 : b.stand === null ? -1 : collator.compare(a.stand, b.stand));

  const part = {
    async list(q: { eventId?: number }) {
      const rows = await db
        .select()
        .from(offersExhibitors)
        .where(q.eventId ? eq(offersExhibitors.eventId, q.eventId) : undefined)
        .orderBy(asc(offersExhibitors.eventId), asc(offersExhibitors.id));
      return present(rows.sort((a, b) => a.eventId - b.eventId || byStand(a, b) || a.id - b.id));
    },

    async get(id: number) {
      return (await present([await load(id)]))[0];
    },

    async create(actor: Actor, input: ExhibitorInput) {
      await core.checkEvent(input.eventId);
      await core.checkOrganisation(input.organisationId);
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const [e] = await tx.insert(offersExhibitors).values({ ...input, createdBy: actor.userId, createdAt: now, updatedAt: now }).returning();
        // The organisation's offers already posted for this event are the exhibitor's.
        await tx
          .update(offersOffers)
          .set({ exhibitorId: e.id })
          .where(and(eq(offersOffers.eventId, e.eventId), eq(offersOffers.organisationId, e.organisationId)));
        await audit.record(actor, { action: 'exhibitor.create', entityType: 'exhibitor', entityId: e.id, details: { eventId: e.eventId, organisationId: e.organisationId } }, tx);
        return e;
      });
      return (await present([row]))[0];
    },

    async update(actor: Actor, id: number, patch: ExhibitorPatch) {
      const row = await db.transaction(async (tx) => {
        const [e] = await tx.update(offersExhibitors).set({ ...patch, updatedAt: clock.now() }).where(eq(offersExhibitors.id, id)).returning();
        if (!e) throw notFound('what.exhibitor');
        await audit.record(actor, { action: 'exhibitor.update', entityType: 'exhibitor', entityId: id, details: { fields: Object.keys(patch) } }, tx);
        return e;
      });
      return (await present([row]))[0];
    },

    async remove(actor: Actor, id: number) {
      await db.transaction(async (tx) => {
        const [e] = await tx.delete(offersExhibitors).where(eq(offersExhibitors.id, id)).returning({ id: offersExhibitors.id });
        if (!e) throw notFound('what.exhibitor');
        await audit.record(actor, { action: 'exhibitor.delete', entityType: 'exhibitor', entityId: id }, tx);
      });
    },

    /**
     * A new private link (the previous one stops working). The token is returned this once; only its SHA-256 is
     * kept. It works until the end of `validUntil` (Brussels), by default the day after the event.
     */
    async createLink(actor: Actor, id: number, validUntil?: string) {
      const e = await load(id);
      const now = clock.now();
      let lastDay = validUntil;
      if (!lastDay) {
        const ev = (await core.events([e.eventId])).get(e.eventId);
        lastDay = ev?.endsAt ? nextDay(brusselsDay(new Date(ev.endsAt))) : brusselsDay(new Date(now.getTime() + LINK_DAYS_WITHOUT_EVENT * 86_400_000));
      }
      const expiresAt = brusselsInstant(nextDay(lastDay));
      if (expiresAt <= now) throw invalidField('body.validUntil', 'error.offers.link_end_past');
      const token = newToken();
      await db.transaction(async (tx) => {
        await tx.update(offersExhibitors).set({ linkTokenHash: hashToken(token), linkExpiresAt: expiresAt, linkRevokedAt: null, linkCreatedAt: now, updatedAt: now }).where(eq(offersExhibitors.id, id));
        await audit.record(actor, { action: 'exhibitor.link_create', entityType: 'exhibitor', entityId: id, details: { expiresAt: expiresAt.toISOString() } }, tx);
      });
      return { token, path: `/p/exhibitor/${token}`, expiresAt: expiresAt.toISOString() };
    },

    async revokeLink(actor: Actor, id: number) {
      await db.transaction(async (tx) => {
        const e = await load(id, tx);
        if (!e.linkTokenHash || e.linkRevokedAt) return;
        await tx.update(offersExhibitors).set({ linkRevokedAt: clock.now(), updatedAt: clock.now() }).where(eq(offersExhibitors.id, id));
        await audit.record(actor, { action: 'exhibitor.link_revoke', entityType: 'exhibitor', entityId: id }, tx);
      });
    },

    /** Staff count on behalf of a stand (the same tap as the exhibitor's). */
    async tally(actor: Actor, id: number, input: TallyInput) {
      return db.transaction(async (tx) => {
        const [e] = await tx.select().from(offersExhibitors).where(eq(offersExhibitors.id, id)).for('update');
        if (!e) throw notFound('what.exhibitor');
        return tallyOn(tx, e, input, actor);
      });
    },

    // ---------- through the private link ----------
    async space(token: string) {
      const e = await byToken(token, db, false);
      const [ev, rows] = await Promise.all([
        core.events([e.eventId]),
        db.select().from(offersOffers).where(eq(offersOffers.exhibitorId, e.id)).orderBy(asc(offersOffers.id)),
      ]);
      const names = await core.organisationNames([e.organisationId]);
      return {
        exhibitor: { id: e.id, name: names.get(e.organisationId)?.name ?? `#${e.organisationId}`, kind: e.kind, stand: e.stand },
        event: ev.get(e.eventId)!,
        expiresAt: e.linkExpiresAt!.toISOString(),
        ...countsOf(e),
        offers: await core.presentOffers(rows),
      };
    },

    async postOffer(token: string, input: ExhibitorOfferInput, ip?: string) {
      if (input.validThrough < core.today()) throw invalidField('body.validThrough', 'error.offers.valid_through_past');
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const e = await byToken(token, tx, true);
        const [o] = await tx
          .insert(offersOffers)
          .values({
            ...input,
            organisationId: e.organisationId,
            eventId: e.eventId,
            exhibitorId: e.id,
            source: 'fair',
            publishedAt: input.status === 'published' ? now : null,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        await audit.record(linkActor(e, ip), { action: 'offer.create', entityType: 'offer', entityId: o.id, details: { exhibitorId: e.id, status: o.status } }, tx);
        return o;
      });
      return (await core.presentOffers([row]))[0];
    },

    /** Changes one of the exhibitor's own offers; another exhibitor's offer is "not found" (nothing tells it exists). */
    async editOffer(token: string, offerId: number, patch: ExhibitorOfferPatch, ip?: string) {
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const e = await byToken(token, tx, true);
        const [before] = await tx.select().from(offersOffers).where(and(eq(offersOffers.id, offerId), eq(offersOffers.exhibitorId, e.id)));
        if (!before) throw notFound('what.offer');
        const status = patch.status ?? before.status;
        const validThrough = patch.validThrough ?? before.validThrough;
        if (status === 'published' && validThrough < core.today() && (patch.status || patch.validThrough)) throw invalidField('body.validThrough', 'error.offers.valid_through_past');
        if (patch.workingTime === undefined && patch.hoursPerWeek != null && before.workingTime === 'full_time' && patch.hoursPerWeek < 30)
          throw invalidField('body.hoursPerWeek', 'error.offers.full_time_hours');
        const [o] = await tx
          .update(offersOffers)
          .set({ ...patch, updatedAt: now, publishedAt: status === 'published' && !before.publishedAt ? now : before.publishedAt })
          .where(eq(offersOffers.id, offerId))
          .returning();
        await audit.record(linkActor(e, ip), { action: 'offer.update', entityType: 'offer', entityId: offerId, details: { exhibitorId: e.id, fields: Object.keys(patch) } }, tx);
        return o;
      });
      return (await core.presentOffers([row]))[0];
    },

    async tallyByToken(token: string, input: TallyInput, ip?: string) {
      return db.transaction(async (tx) => {
        const e = await byToken(token, tx, true);
        return tallyOn(tx, e, input, linkActor(e, ip));
      });
    },

    /** The fair guide: exhibitors by stand (natural order: 2 before 10), each with its published offers. */
    async guide(eventId: number) {
      const [evs, rows, offers] = await Promise.all([
        core.events([eventId]),
        db.select().from(offersExhibitors).where(eq(offersExhibitors.eventId, eventId)),
        deps.offers.publicOfEvent(eventId),
      ]);
      const names = await core.organisationNames(rows.map((r) => r.organisationId));
      const exhibitors = rows
        .map((e) => ({
          id: e.id,
          name: names.get(e.organisationId)?.name ?? `#${e.organisationId}`,
          kind: e.kind,
          stand: e.stand,
          offers: offers.filter((o) => o.employer.id === e.organisationId),
        }))
        .sort((a, b) => byStand(a, b) || collator.compare(a.name, b.name));
      if (!evs.get(eventId)?.title && !rows.length) throw notFound('what.event');
      return {
        event: evs.get(eventId)!,
        exhibitors,
        offers: exhibitors.reduce((n, e) => n + e.offers.length, 0),
        positions: exhibitors.reduce((n, e) => n + e.offers.reduce((m, o) => m + o.positions, 0), 0),
      };
    },

    async all() {
      return db.select().from(offersExhibitors);
    },
  };
  return part;
}
export type OffersExhibitorsPart = ReturnType<typeof createOffersExhibitors>;
