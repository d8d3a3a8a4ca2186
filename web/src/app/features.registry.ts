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
import { diagnosticFeature } from '../features/diagnostic';
import { mentoringFeature } from '../features/mentoring';

/** Every feature of the web app. Add one line per feature module. */
export const features: Feature[] = [
  // Daily work (each feature adds itself on its own line).
  peopleFeature,
  appointmentsFeature,
  frontdeskFeature,
  socialdeskFeature,
  roomsFeature,
  epnFeature,
  trainingsFeature,
  diagnosticFeature,
  mentoringFeature,
  observatoryFeature,
  outboxFeature,
  adminFeature,
];
