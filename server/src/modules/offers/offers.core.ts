import { and, eq, inArray } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, invalidField } from '../../platform/http/errors';
import { brusselsDay } from '../../platform/brussels-time';
import { offersExhibitors, type offersOffers } from './offers.table';
import { eventLookup, type EventSummary } from './offers.events';

export type OfferRow = typeof offersOffers.$inferSelect;
export type ExhibitorRow = typeof offersExhibitors.$inferSelect;
export type OffersDeps = ModuleContext;

/** The event as an answer tells it: its title and dates when the events module is there, else only its id. */
export interface EventRef {
  id: number;
  title: EventSummary['title'] | null;
  startsAt: string | null;
  endsAt: string | null;
  place: string | null;
}

export { hashLinkToken as hashToken, newLinkToken as newToken } from '../../platform/private-links';
/** A link's secret: 24 random bytes, URL-safe (32 characters). */

export function createOffersCore(deps: OffersDeps) {
  const { db, clock } = deps;
  const today = () => brusselsDay(clock.now());

  async function events(ids: number[]): Promise<Map<number, EventRef>> {
    const lookup = eventLookup(deps.services);
    const unique = [...new Set(ids)];
    const found = await Promise.all(unique.map(async (id) => [id, lookup ? await lookup.summary(id) : null] as const));
    return new Map(
      found.map(([id, s]) => [
        id,
        s ? { id, title: s.title, startsAt: new Date(s.startsAt).toISOString(), endsAt: new Date(s.endsAt).toISOString(), place: s.place } : { id, title: null, startsAt: null, endsAt: null, place: null },
      ]),
    );
  }

  /** An event id from a body: unknown to the events module (when it is there) is bad input. */
  async function checkEvent(id: number, path = 'body.eventId'): Promise<EventSummary | null> {
    const lookup = eventLookup(deps.services);
    if (!lookup) return null;
    const s = await lookup.summary(id);
    if (!s) throw invalidField(path, 'error.offers.unknown_event', { id });
    return s;
  }

  async function checkOrganisation(id: number, path = 'body.organisationId') {
    try {
      return await deps.services.organisations.get(id);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) throw invalidField(path, 'error.offers.unknown_organisation');
      throw e;
    }
  }

  async function organisationNames(ids: number[]): Promise<Map<number, { name: string; type: string }>> {
    if (!ids.length) return new Map();
    const all = await deps.services.organisations.list({ includeInactive: true });
    return new Map(all.map((o) => [o.id, { name: o.name, type: o.type }]));
  }

  /** What an answer says of an offer's status: a published offer past its last day is expired, whether or not the nightly job ran. */
  const effectiveStatus = (o: Pick<OfferRow, 'status' | 'validThrough'>, day = today()) => (o.status === 'published' && o.validThrough < day ? 'expired' : o.status);

  async function presentOffers(rows: OfferRow[]) {
    const names = await organisationNames(rows.map((r) => r.organisationId));
    const day = today();
    return rows.map((o) => ({
      id: o.id,
      title: { fr: o.titleFr, nl: o.titleNl, en: o.titleEn },
      employer: { id: o.organisationId, name: names.get(o.organisationId)?.name ?? `#${o.organisationId}` },
      contractType: o.contractType,
      workingTime: o.workingTime,
      hoursPerWeek: o.hoursPerWeek,
      commune: o.commune,
      address: o.address,
      description: { fr: o.descriptionFr, nl: o.descriptionNl, en: o.descriptionEn },
      positions: o.positions,
      skills: o.skills,
      languages: o.languages,
      validThrough: o.validThrough,
      eventId: o.eventId,
      source: o.source,
      status: effectiveStatus(o, day),
      exhibitorId: o.exhibitorId,
      publishedAt: o.publishedAt?.toISOString() ?? null,
      createdAt: o.createdAt.toISOString(),
      updatedAt: o.updatedAt.toISOString(),
    }));
  }

  /** The stand of each offer's employer at the offer's event (a public offer shows where to find it). */
  async function standsOf(rows: OfferRow[], tx: DbOrTx = db): Promise<Map<string, string | null>> {
    const eventIds = [...new Set(rows.map((r) => r.eventId).filter((x): x is number => x !== null))];
    if (!eventIds.length) return new Map();
    const ex = await tx
      .select({ eventId: offersExhibitors.eventId, organisationId: offersExhibitors.organisationId, stand: offersExhibitors.stand })
      .from(offersExhibitors)
      .where(inArray(offersExhibitors.eventId, eventIds));
    return new Map(ex.map((e) => [`${e.eventId}:${e.organisationId}`, e.stand]));
  }

  async function presentPublic(rows: OfferRow[]) {
    const [full, stands] = await Promise.all([presentOffers(rows), standsOf(rows)]);
    return full.map(({ source: _s, status: _st, exhibitorId: _e, createdAt: _c, updatedAt: _u, ...o }) => ({
      ...o,
      stand: o.eventId ? (stands.get(`${o.eventId}:${o.employer.id}`) ?? null) : null,
    }));
  }

  async function exhibitorOf(eventId: number, organisationId: number, tx: DbOrTx = db) {
    const [e] = await tx
      .select({ id: offersExhibitors.id })
      .from(offersExhibitors)
      .where(and(eq(offersExhibitors.eventId, eventId), eq(offersExhibitors.organisationId, organisationId)));
    return e?.id ?? null;
  }

  return { today, events, checkEvent, checkOrganisation, organisationNames, effectiveStatus, presentOffers, presentPublic, exhibitorOf };
}
export type OffersCore = ReturnType<typeof createOffersCore>;
export type PresentedOffer = Awaited<ReturnType<OffersCore['presentOffers']>>[number];
