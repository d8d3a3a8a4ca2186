import type { RelaisModule } from '../platform/module';
import { healthModule } from '../platform/health.routes';
import { authModule } from '../platform/auth/auth.routes';
import { auditModule } from '../platform/audit/audit.routes';
import { outboxModule } from '../platform/outbox/outbox.routes';
import { institutionModule } from '../platform/settings/institution.routes';
import { sitesModule } from './sites/sites.routes';
import { organisationsModule } from './organisations/organisations.routes';
import { peopleModule } from './people/people.routes';
import { epnModule } from './epn/epn.routes';
import { trainingsModule } from './trainings/trainings.routes';
import { appointmentsModule } from './appointments/appointments.routes';
import { roomsModule } from './rooms/rooms.routes';
import { equipmentModule } from './equipment/equipment.routes';
import { observatoryModule } from './observatory/observatory.routes';
import { frontdeskModule } from './frontdesk/frontdesk.routes';
import { socialdeskModule } from './socialdesk/socialdesk.routes';
import { importsModule } from './imports/imports.routes';
import { eventsModule } from './events/events.routes';
import { offersModule } from './offers/offers.routes';
import { surveysModule } from './surveys/surveys.routes';
import { contestsModule } from './contests/contests.routes';
import { diagnosticModule } from './diagnostic/diagnostic.routes';
import { mentoringModule } from './mentoring/mentoring.routes';
import { matchingModule } from './matching/matching.routes';
import { siteModule } from './site/site.routes';

/**
 * Every module, in dependency order: a module may use the services of those before it
 * (ctx.services), never their tables. See docs/ARCHITECTURE.md.
 */
export const modules: RelaisModule[] = [
  healthModule,
  authModule,
  auditModule,
  outboxModule,
  institutionModule,
  sitesModule,
  organisationsModule,
  peopleModule,
  // The one survey engine, before the modules that ask questions (the trainings' evaluations, the events' surveys).
  surveysModule,
  // Activity modules (each adds itself on its own line).
  epnModule,
  trainingsModule,
  frontdeskModule,
  socialdeskModule,
  appointmentsModule,
  roomsModule,
  importsModule,
  eventsModule,
  offersModule,
  // The register lends equipment to the events before it.
  equipmentModule,
  contestsModule,
  diagnosticModule,
  mentoringModule,
  // Blind-hiring matching and referral circles, on the offers, people and organisations before it.
  matchingModule,
  // The public website reads events, offers, organisations, sites (and registers its analytics line).
  siteModule,
  // The observatory reads the others through ctx.reach and their services; keep it last.
  observatoryModule,
];
