/**
 * What the trainings module offers the modules listed after it (the website, the diagnostic...): use
 * `ctx.services.trainings`, never its tables.
 *
 *   const open = await ctx.services.trainings.publicSessions();   // public sessions still to come or running
 *   const one = await ctx.services.trainings.publicSession(id);   // null when not (or no longer) public
 */
import type { TrainingsService } from './trainings.service';

export type { TrainingsService } from './trainings.service';
export type PublicTrainingSession = Awaited<ReturnType<TrainingsService['publicSessions']>>[number];
