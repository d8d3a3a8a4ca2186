import type { OffersDeps } from './offers.core';
import { createOffersCore } from './offers.core';
import { createOffersPart } from './offers.offers';
import { createOffersExhibitors } from './offers.exhibitors';
import { createOffersStats } from './offers.stats';

export type OffersService = ReturnType<typeof createOffersService>;

/** Job offers and the exhibitors of job fairs (see offers.offers.ts, offers.exhibitors.ts, offers.stats.ts). */
export function createOffersService(ctx: OffersDeps) {
  const core = createOffersCore(ctx);
  const offers = createOffersPart({ ...ctx, core });
  const exhibitors = createOffersExhibitors({ ...ctx, core, offers });
  const stats = createOffersStats({ ...ctx, core, exhibitors });
  return { core, offers, exhibitors, ...stats };
}
