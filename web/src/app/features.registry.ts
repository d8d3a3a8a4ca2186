import type { Feature } from './features';
import { roomsFeature } from '../features/rooms';
import { observatoryFeature } from '../features/observatory';
import { peopleFeature } from '../features/people';
import { epnFeature } from '../features/epn';
import { trainingsFeature } from '../features/trainings';
import { adminFeature } from '../features/admin';
import { appointmentsFeature } from '../features/appointments';
import { frontdeskFeature } from '../features/frontdesk';
import { socialdeskFeature } from '../features/socialdesk';
import { outboxFeature } from '../features/outbox';
import { importsFeature } from '../features/imports';
import { equipmentFeature } from '../features/equipment';
import { eventsFeature } from '../features/events';
import { offersFeature } from '../features/offers';
import { surveysFeature } from '../features/surveys';
import { contestsFeature } from '../features/contests';
import { diagnosticFeature } from '../features/diagnostic';
import { mentoringFeature } from '../features/mentoring';
import { matchingFeature } from '../features/matching';
import { siteFeature } from '../features/site';

/** Every feature of the web app. Add one line per feature module. */
export const features: Feature[] = [
  // Daily work (each feature adds itself on its own line).
  peopleFeature,
  appointmentsFeature,
  frontdeskFeature,
  socialdeskFeature,
  roomsFeature,
  eventsFeature,
  offersFeature,
  epnFeature,
  trainingsFeature,
  equipmentFeature,
  surveysFeature,
  contestsFeature,
  diagnosticFeature,
  mentoringFeature,
  matchingFeature,
  siteFeature,
  observatoryFeature,
  outboxFeature,
  importsFeature,
  adminFeature,
];
