/**
 * What the offers module offers the modules listed after it (matching...): use `ctx.services.offers.offers`.
 *
 *   const open = await ctx.services.offers.offers.openIds();          // published and valid today
 *   const byId = await ctx.services.offers.offers.summaries([12, 14]); // title, employer, status
 *   await ctx.services.offers.offers.load(id);                        // 404 'what.offer' when unknown
 */
export type { OfferSummary } from './offers.offers';
export type { OffersService } from './offers.service';
export { CONTRACT_TYPES, WORKING_TIMES } from './offers.table';
