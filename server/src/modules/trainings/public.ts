/**
 * What the trainings module offers the modules listed after it (the website, the diagnostic...): use
 * `ctx.services.trainings`, never its tables.
 *
 *   const open = await ctx.services.trainings.publicSessions();   // public sessions still to come or running
 *   const one = await ctx.services.trainings.publicSession(id);   // null when not (or no longer) public
 *   const r = await ctx.services.trainings.requestPlace(ip, id, form); // a visitor's request for a place (the site's form)
 *     // -> { reference, waitingList, receipt: 'email' | 'listed' | 'none', repeated }; 400 with the form's fields, 404, 429
 */
import type { TrainingsService } from './trainings.service';

export type { TrainingsService } from './trainings.service';
export type { RequestReceipt } from './trainings.requests';
export { PUBLIC_TRAINING_REQUESTS_PER_HOUR } from './trainings.requests';
export type PublicTrainingSession = Awaited<ReturnType<TrainingsService['publicSessions']>>[number];
