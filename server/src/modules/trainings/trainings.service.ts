import type { ModuleContext } from '../../platform/module';
import { createTrainingsCore, type TrainingsDeps } from './trainings.core';
import { createTrainingProgrammes } from './trainings.programmes';
import { createTrainingSessions } from './trainings.sessions';
import { createTrainingParticipants } from './trainings.participants';
import { createTrainingEvaluations } from './trainings.evaluations';
import { createTrainingStats } from './trainings.stats';
import { createTrainingsPublic } from './trainings.public';
import { createTrainingRequests } from './trainings.requests';

export type TrainingsService = ReturnType<typeof createTrainingsService>;

/** The trainings service: programmes, sessions, participants, evaluations and statistics, each in its own file, composed here. */
export function createTrainingsService(ctx: ModuleContext) {
  const deps: TrainingsDeps = {
    db: ctx.db,
    clock: ctx.clock,
    audit: ctx.audit,
    auth: ctx.auth,
    people: ctx.services.people,
    organisations: ctx.services.organisations,
    surveys: ctx.services.surveys,
    institution: ctx.institution,
    outbox: ctx.outbox,
  };
  const core = createTrainingsCore(deps);
  const sessions = createTrainingSessions({ ...deps, core });
  const participants = createTrainingParticipants({ ...deps, core });
  const publicSessions = createTrainingsPublic({ ...deps, core });
  return {
    ...createTrainingProgrammes({ ...deps, core, sessions }),
    ...sessions,
    participantNames: core.participantNames,
    ...participants,
    ...createTrainingEvaluations({ ...deps, core }),
    ...createTrainingStats({ ...deps, core }),
    ...publicSessions,
    ...createTrainingRequests({ ...deps, core, participants, publicSessions }),
  };
}
